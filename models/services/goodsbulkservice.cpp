#include "goodsbulkservice.h"

#include "audit.h"
#include "db/sql.h"
#include "domain/goods.h"
#include "goodscounts.h"
#include "jobs/jobrunner.h"
#include "selections.h"
#include "writescope.h"

#include <QHash>
#include <QJsonObject>
#include <QSqlQuery>
#include <memory>

namespace {

constexpr int batchRows = 500;

struct Item
{
    qint64 position = 0;
    qint64 id = 0;
    int version = -1; // -1: the item is gone
    int frozenVersion = 0;
    qint64 priceCents = 0;
    qint64 categoryId = 0;
    bool archived = false;
    QString sku;
};

QList<Permission> permissionsFor(GoodsBulkChange::Kind kind)
{
    switch (kind) {
    case GoodsBulkChange::Kind::Price:
        return {Permission::EditGoods, Permission::ChangePrices};
    case GoodsBulkChange::Kind::Archive:
        return {Permission::ArchiveGoods};
    case GoodsBulkChange::Kind::Category:
        break;
    }
    return {Permission::EditGoods};
}

} // namespace

Result<qint64> GoodsBulkService::apply(const Session& session, const QString& selectionId,
                                       const GoodsBulkChange& change, JobControl* control) const
{
    WriteScope scope(m_connection, session, QStringLiteral("goods"));
    if (auto begun = scope.begin(permissionsFor(change.kind)); !begun)
        return begun.error();
    if (change.kind == GoodsBulkChange::Kind::Price) {
        if (QString problem = change.price.problem(); !problem.isEmpty())
            return Error::make(Error::Kind::Validation, problem);
    }
    if (change.kind == GoodsBulkChange::Kind::Category && change.categoryId > 0) {
        auto found = Sql::scalar(m_connection,
                                 QStringLiteral("SELECT id FROM categories WHERE id = ? AND archived = 0"),
                                 {change.categoryId});
        if (!found)
            return found.error();
        if (!found.value().isValid())
            return Error::make(Error::Kind::Validation,
                               tr("This category was removed or archived; choose another."));
    }
    auto total = Sql::scalar(m_connection,
                             QStringLiteral("SELECT COUNT(*) FROM selection_items WHERE selection_id = ?"),
                             {selectionId});
    if (!total)
        return total.error();

    std::unique_ptr<SqlStatement> update;
    Audit::Recorder audit(m_connection, session, QStringLiteral("goods"));
    QHash<QPair<qint64, bool>, qint64> countChanges;
    qint64 changed = 0, stale = 0, outOfRange = 0, done = 0;
    QStringList staleExamples, rangeExamples;
    qint64 after = 0;
    for (;;) {
        auto rows = Sql::exec(
            m_connection,
            QStringLiteral("SELECT s.id, s.item_id, s.item_version, g.version, g.price_cents, "
                           "g.category_id, g.archived, g.sku FROM selection_items s LEFT JOIN goods g "
                           "ON g.id = s.item_id WHERE s.selection_id = ? AND s.id > ? ORDER BY s.id "
                           "LIMIT %1")
                .arg(batchRows),
            {selectionId, after});
        if (!rows)
            return rows.error();
        QList<Item> items;
        while (rows.value().next()) {
            const QSqlQuery& q = rows.value();
            Item item;
            item.position = q.value(0).toLongLong();
            item.id = q.value(1).toLongLong();
            item.frozenVersion = q.value(2).toInt();
            item.version = q.value(3).isNull() ? -1 : q.value(3).toInt();
            item.priceCents = q.value(4).toLongLong();
            item.categoryId = q.value(5).toLongLong();
            item.archived = q.value(6).toInt() != 0;
            item.sku = q.value(7).toString();
            items << item;
        }
        rows.value().finish();
        if (items.isEmpty())
            break;
        after = items.last().position;
        for (const Item& item : qAsConst(items)) {
            if (item.version != item.frozenVersion) {
                ++stale;
                if (staleExamples.size() < 3)
                    staleExamples << (item.version < 0 ? tr("an item since deleted") : item.sku);
                continue;
            }
            QString assignments;
            QVariantList values;
            QJsonObject before, now;
            switch (change.kind) {
            case GoodsBulkChange::Kind::Price: {
                const auto price = change.price.apply(Money::fromCents(item.priceCents));
                if (!price || !GoodsRules::moneyProblem(*price).isEmpty()) {
                    ++outOfRange;
                    if (rangeExamples.size() < 3)
                        rangeExamples << item.sku;
                    continue;
                }
                assignments = QStringLiteral("price_cents = ?");
                values << price->cents();
                before.insert(QStringLiteral("price_cents"), item.priceCents);
                now.insert(QStringLiteral("price_cents"), price->cents());
                break;
            }
            case GoodsBulkChange::Kind::Category:
                assignments = QStringLiteral("category_id = ?");
                values << nullableId(change.categoryId);
                before.insert(QStringLiteral("category_id"), item.categoryId);
                now.insert(QStringLiteral("category_id"), change.categoryId);
                countChanges[qMakePair(item.categoryId, item.archived)] -= 1;
                countChanges[qMakePair(change.categoryId, item.archived)] += 1;
                break;
            case GoodsBulkChange::Kind::Archive:
                if (item.archived)
                    continue;
                assignments = QStringLiteral("archived = 1");
                before.insert(QStringLiteral("archived"), false);
                now.insert(QStringLiteral("archived"), true);
                countChanges[qMakePair(item.categoryId, false)] -= 1;
                countChanges[qMakePair(item.categoryId, true)] += 1;
                break;
            }
            if (stale > 0 || outOfRange > 0)
                continue; // refused whole in the end: no need to write more
            // Prepared once for the whole change: the assignments are the same for every item.
            if (!update)
                update = std::make_unique<SqlStatement>(
                    m_connection, QStringLiteral("UPDATE goods SET %1, version = version + 1, updated_at = ? "
                                                 "WHERE id = ? AND version = ?")
                                      .arg(assignments));
            values << scope.now() << item.id << item.version;
            if (auto updated = update->exec(values); !updated)
                return updated.error();
            if (update->rowsAffected() != 1)
                return WriteScope::conflict(
                    tr("Someone changed an item of the selection a moment ago; look at the preview again."),
                    QVariant());
            before.insert(QStringLiteral("version"), item.version);
            now.insert(QStringLiteral("version"), item.version + 1);
            if (auto audited =
                    audit.record(QString::number(item.id),
                                 change.kind == GoodsBulkChange::Kind::Archive ? QStringLiteral("archive")
                                                                               : QStringLiteral("update"),
                                 before, now);
                !audited)
                return audited.error();
            ++changed;
        }
        done += items.size();
        if (control) {
            if (control->cancelled())
                return Error::make(Error::Kind::Validation,
                                   tr("Cancelled; no price or category was changed."));
            control->progress(done, total.value().toLongLong());
        }
    }
    if (stale > 0)
        return WriteScope::conflict(
            tr("%n of the selected items changed since the preview (%1), so nothing was changed. "
               "Look at the preview again.",
               nullptr, int(std::min<qint64>(stale, std::numeric_limits<int>::max())))
                .arg(staleExamples.join(QStringLiteral(", "))),
            QVariant());
    if (outOfRange > 0)
        return Error::make(
            Error::Kind::Validation,
            tr("%n item(s) would get a price below zero or above the highest allowed (%1), so nothing "
               "was changed.",
               nullptr, int(std::min<qint64>(outOfRange, std::numeric_limits<int>::max())))
                .arg(rangeExamples.join(QStringLiteral(", "))));
    for (auto it = countChanges.cbegin(); it != countChanges.cend(); ++it) {
        if (auto counted = GoodsCounts::adjust(m_connection, it.key().first, it.key().second, it.value());
            !counted)
            return counted.error();
    }
    if (auto discarded = Selections::discard(m_connection, selectionId); !discarded)
        return discarded.error();
    if (auto committed = scope.commit(); !committed)
        return committed.error();
    return changed;
}
