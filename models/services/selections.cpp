#include "selections.h"

#include "db/sql.h"
#include "db/transaction.h"
#include "domain/uuid7.h"
#include "jobs/jobrunner.h"

#include <QDateTime>
#include <QSqlQuery>

namespace {

constexpr int chunkRows = 5000; // rows written between two looks at Cancel
constexpr int insertRows = 200; // rows written per statement

Status insertBatch(const Connection& connection, const QString& selectionId,
                   const QList<QPair<QVariant, QVariant>>& rows, qint64 now)
{
    for (int start = 0; start < rows.size(); start += insertRows) {
        const int count = int(std::min<qsizetype>(insertRows, rows.size() - start));
        QStringList tuples;
        QVariantList values;
        for (int i = 0; i < count; ++i) {
            tuples << QStringLiteral("(?, ?, ?, ?)");
            values << selectionId << rows.at(start + i).first << rows.at(start + i).second << now;
        }
        auto done =
            Sql::exec(connection,
                      QStringLiteral("INSERT INTO selection_items (selection_id, item_id, item_version, "
                                     "created_at) VALUES ") +
                          tuples.join(QStringLiteral(", ")),
                      values);
        if (!done)
            return done.error();
    }
    return Done{};
}

} // namespace

Result<Selections::Frozen> Selections::freeze(const Connection& connection, const Session& session,
                                              Permission needed, const PagedQuery& query,
                                              const QString& versionColumn,
                                              const QList<QPair<int, int>>& ranges, JobControl* control)
{
    if (auto allowed = requirePermission(session, needed); !allowed)
        return allowed.error();
    qint64 total = 0;
    for (const auto& range : ranges)
        total += range.second - range.first + 1;
    Transaction transaction(connection);
    if (!transaction.ok())
        return transaction.error();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (auto stale = Sql::exec(connection, QStringLiteral("DELETE FROM selection_items WHERE created_at < ?"),
                               {now - keepMillis});
        !stale)
        return stale.error();
    Frozen frozen{newUuid7(), 0};
    const QString where = query.where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + query.where;
    // Each range in one pass: an OFFSET walks the index from its start, so reading a range in
    // chunks would walk it again for every chunk.
    for (const auto& [first, last] : ranges) {
        auto rows = Sql::exec(connection,
                              QStringLiteral("SELECT %1, %2 FROM %3 %4%5%6 LIMIT %7 OFFSET %8")
                                  .arg(query.key, versionColumn, query.table, query.keyJoins, where,
                                       query.orderClause(query.descending))
                                  .arg(qint64(last) - first + 1)
                                  .arg(first),
                              query.values);
        if (!rows)
            return rows.error();
        QList<QPair<QVariant, QVariant>> batch;
        bool more = true;
        while (more) {
            more = rows.value().next();
            if (more)
                batch << qMakePair(rows.value().value(0), rows.value().value(1));
            if (batch.size() < chunkRows && more)
                continue;
            if (auto done = insertBatch(connection, frozen.id, batch, now); !done)
                return done.error();
            frozen.rows += batch.size();
            batch.clear();
            if (control) {
                if (control->cancelled())
                    return Error::make(Error::Kind::Validation, tr("Cancelled; nothing was changed."));
                control->progress(frozen.rows, total);
            }
        }
    }
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return frozen;
}

Status Selections::discard(const Connection& connection, const QString& selectionId)
{
    auto done = Sql::exec(connection, QStringLiteral("DELETE FROM selection_items WHERE selection_id = ?"),
                          {selectionId});
    return done ? Status(Done{}) : Status(done.error());
}
