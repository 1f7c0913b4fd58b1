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
    // The list's own order: its lead rows (a code's exact and prefix matches) first, then the rest.
    QList<QPair<QVariant, QVariant>> lead;
    if (!query.lead.isEmpty()) {
        const SqlFragment statement = query.leadStatement({versionColumn});
        auto rows = Sql::exec(connection, statement.sql, statement.values);
        if (!rows)
            return rows.error();
        while (rows.value().next())
            lead << qMakePair(rows.value().value(0), rows.value().value(1));
    }
    QVariantList leadKeys;
    for (const auto& row : qAsConst(lead))
        leadKeys << row.first;
    const PagedQuery rest = query.withoutKeys(leadKeys);
    QList<QPair<QVariant, QVariant>> batch;
    const auto flush = [&](bool always) -> Status {
        if (batch.isEmpty() || (!always && batch.size() < chunkRows))
            return Done{};
        if (auto done = insertBatch(connection, frozen.id, batch, now); !done)
            return done.error();
        frozen.rows += batch.size();
        batch.clear();
        if (control) {
            if (control->cancelled())
                return Error::make(Error::Kind::Validation, tr("Cancelled; nothing was changed."));
            control->progress(frozen.rows, total);
        }
        return Done{};
    };
    for (const auto& [first, last] : ranges) {
        for (qint64 row = first; row <= last && row < lead.size(); ++row)
            batch << lead.at(int(row));
        const qint64 restFirst = std::max<qint64>(0, first - lead.size());
        const qint64 restLast = qint64(last) - lead.size();
        if (restLast < restFirst)
            continue;
        // Each range in one pass: an OFFSET walks the index from its start, so reading a range in
        // chunks would walk it again for every chunk.
        auto rows = Sql::exec(
            connection, rest.keyRows({versionColumn}, restFirst, restLast - restFirst + 1, rest.descending),
            rest.values);
        if (!rows)
            return rows.error();
        while (rows.value().next()) {
            batch << qMakePair(rows.value().value(0), rows.value().value(1));
            if (auto done = flush(false); !done)
                return done.error();
        }
    }
    if (auto done = flush(true); !done)
        return done.error();
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
