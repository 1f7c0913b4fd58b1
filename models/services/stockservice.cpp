#include "stockservice.h"

#include "audit.h"
#include "db/sql.h"
#include "domain/uuid7.h"
#include "writescope.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <algorithm>
#include <tuple>

namespace {

Permission permissionFor(MovementKind kind)
{
    return kind == MovementKind::Receipt ? Permission::ReceiveStock : Permission::MoveStock;
}

QJsonObject toJson(const StockCommand& command)
{
    QJsonArray lines;
    for (const StockLine& line : command.lines) {
        QJsonObject json{{QStringLiteral("goods_id"), line.goodsId},
                         {QStringLiteral("quantity"), line.quantity}};
        if (line.unitCost)
            json.insert(QStringLiteral("unit_cost"), line.unitCost->toPlainString());
        lines.append(json);
    }
    QJsonObject json{{QStringLiteral("kind"), StockRules::kindKey(command.kind)},
                     {QStringLiteral("warehouse_id"), command.warehouseId},
                     {QStringLiteral("lines"), lines}};
    if (command.kind == MovementKind::Transfer)
        json.insert(QStringLiteral("to_warehouse_id"), command.toWarehouseId);
    if (command.reason)
        json.insert(QStringLiteral("reason"), StockRules::reasonKey(*command.reason));
    if (!command.note.isEmpty())
        json.insert(QStringLiteral("note"), command.note);
    if (!command.referenceKind.isEmpty())
        json.insert(QStringLiteral("reference"),
                    command.referenceKind + QLatin1Char(' ') + command.referenceId);
    return json;
}

// One change of one level: GOODS in WAREHOUSE by DELTA.
struct LevelChange
{
    qint64 goodsId;
    qint64 warehouseId;
    qint64 delta;
};

} // namespace

Result<StockPosting> StockService::apply(const Session& session, const StockCommand& command) const
{
    WriteScope scope(m_connection, session, QStringLiteral("stock"));
    if (auto begun = scope.begin({permissionFor(command.kind)}); !begun)
        return begun.error();
    if (const QMap<QString, QString> fields = StockRules::problems(command); !fields.isEmpty())
        return Error::validation(fields, fields.first());
    // The operation is recorded before anything else: the same command applied again, later or at
    // this moment from another desk, meets this row and changes nothing.
    // Skipped rather than refused when it is there, so a transaction around this one (an import,
    // a sync) is not broken by the repeat.
    auto recorded = Sql::change(
        m_connection,
        m_connection.sql().insertOrIgnore(
            QStringLiteral("INSERT INTO applied_operations (id, origin, applied_at) VALUES (?, ?, ?)"),
            QStringLiteral("id")),
        {command.operationId, QStringLiteral("local"), scope.now()});
    if (!recorded)
        return recorded.error();
    if (recorded.value() == 0) {
        if (auto committed = scope.commit(); !committed)
            return committed.error();
        return StockPosting{true, 0};
    }
    if (auto known = checkReferences(command); !known)
        return known.error();

    QList<LevelChange> changes;
    for (const StockLine& line : command.lines) {
        if (command.kind == MovementKind::Transfer) {
            changes.append({line.goodsId, command.warehouseId, -line.quantity});
            changes.append({line.goodsId, command.toWarehouseId, line.quantity});
        } else {
            changes.append({line.goodsId, command.warehouseId, line.quantity});
        }
    }
    // Levels are locked in one order by every operation, so two transfers the opposite way round
    // never wait for each other.
    std::sort(changes.begin(), changes.end(), [](const LevelChange& a, const LevelChange& b) {
        return std::tie(a.goodsId, a.warehouseId) < std::tie(b.goodsId, b.warehouseId);
    });
    if (auto costed = updateCosts(scope, command); !costed)
        return costed.error();
    for (const LevelChange& change : changes) {
        if (auto moved =
                move(command, change.goodsId, change.warehouseId, change.delta, scope.now(), session.userId);
            !moved)
            return moved.error();
    }
    if (auto audited =
            scope.audit(command.operationId, StockRules::kindKey(command.kind), {}, toJson(command));
        !audited)
        return audited.error();
    if (auto committed = scope.commit(); !committed)
        return committed.error();
    return StockPosting{false, int(changes.size())};
}

Status StockService::updateCosts(const WriteScope& scope, const StockCommand& command) const
{
    QList<StockLine> costed;
    for (const StockLine& line : command.lines) {
        if (line.unitCost)
            costed << line;
    }
    // In goods order, as the levels are locked after them.
    std::sort(costed.begin(), costed.end(),
              [](const StockLine& a, const StockLine& b) { return a.goodsId < b.goodsId; });
    for (const StockLine& line : costed) {
        // The item is locked before its stock is summed: two receipts of it at once average one
        // after the other, each over the stock the other left.
        auto cost = Sql::scalar(m_connection,
                                QStringLiteral("SELECT g.cost_cents FROM goods g WHERE g.id = ?") +
                                    m_connection.sql().forUpdate(QStringLiteral("g")),
                                {line.goodsId});
        if (!cost)
            return cost.error();
        auto onHand = Sql::scalar(
            m_connection,
            QStringLiteral("SELECT COALESCE(SUM(quantity), 0) FROM stock_levels WHERE goods_id = ?"),
            {line.goodsId});
        if (!onHand)
            return onHand.error();
        const Money before = Money::fromCents(cost.value().toLongLong());
        const auto after =
            StockRules::averageCost(before, onHand.value().toLongLong(), *line.unitCost, line.quantity);
        if (!after)
            return Error::make(Error::Kind::Validation,
                               tr("The value of this receipt is too large to keep."));
        if (*after == before)
            continue;
        if (auto changed =
                Sql::change(m_connection,
                            QStringLiteral("UPDATE goods SET cost_cents = ?, version = version + 1, "
                                           "updated_at = ? WHERE id = ?"),
                            {after->cents(), scope.now(), line.goodsId});
            !changed)
            return changed.error();
        if (auto audited = Audit::record(m_connection, scope.session(), QStringLiteral("goods"),
                                         QString::number(line.goodsId), QStringLiteral("update"),
                                         {{QStringLiteral("cost"), before.toPlainString()}},
                                         {{QStringLiteral("cost"), after->toPlainString()}});
            !audited)
            return audited.error();
    }
    return Done{};
}

Status StockService::checkReferences(const StockCommand& command) const
{
    for (const qint64 warehouse : {command.warehouseId, command.toWarehouseId}) {
        if (warehouse == 0)
            continue;
        // Held until commit: a warehouse cannot be archived between this look and the movements.
        auto archived = Sql::scalar(m_connection,
                                    QStringLiteral("SELECT archived FROM warehouses WHERE id = ?") +
                                        m_connection.sql().forShare(),
                                    {warehouse});
        if (!archived)
            return archived.error();
        if (!archived.value().isValid())
            return Error::make(Error::Kind::NotFound,
                               tr("That warehouse was removed; nothing was changed. Choose another."));
        if (archived.value().toInt() != 0)
            return Error::make(Error::Kind::Validation,
                               tr("That warehouse is archived; nothing was changed. Choose another, or bring "
                                  "it back first."));
    }
    for (const StockLine& line : command.lines) {
        auto goods =
            Sql::scalar(m_connection, QStringLiteral("SELECT id FROM goods WHERE id = ?"), {line.goodsId});
        if (!goods)
            return goods.error();
        if (!goods.value().isValid())
            return Error::make(Error::Kind::NotFound,
                               tr("An item of this operation was deleted; nothing was changed. Take it off "
                                  "and try again."));
    }
    return Done{};
}

Status StockService::move(const StockCommand& command, qint64 goodsId, qint64 warehouseId, qint64 delta,
                          qint64 now, qint64 userId) const
{
    // Taking away names how many must be there: the check and the change are one statement, which
    // the engine applies to the row as it is when the statement gets its lock.
    const QString update = QStringLiteral("UPDATE stock_levels SET quantity = quantity + ?, updated_at = ? "
                                          "WHERE goods_id = ? AND warehouse_id = ?") +
                           (delta < 0 ? QStringLiteral(" AND quantity >= ?") : QString());
    QVariantList values{delta, now, goodsId, warehouseId};
    if (delta < 0)
        values << -delta;
    auto updated = Sql::change(m_connection, update, values);
    if (!updated)
        return updated.error();
    if (updated.value() == 0 && delta < 0)
        return notEnough(goodsId, warehouseId, -delta);
    if (updated.value() == 0) {
        // The first of this item here. Another desk may add the same row at this moment: then
        // this insert does nothing and the update, run again, adds to theirs.
        auto inserted = Sql::change(
            m_connection,
            m_connection.sql().insertOrIgnore(
                QStringLiteral("INSERT INTO stock_levels (goods_id, warehouse_id, quantity, updated_at) "
                               "VALUES (?, ?, ?, ?)"),
                QStringLiteral("goods_id, warehouse_id")),
            {goodsId, warehouseId, delta, now});
        if (!inserted)
            return inserted.error();
        if (inserted.value() == 0) {
            auto again = Sql::change(m_connection, update, values);
            if (!again)
                return again.error();
        }
    }
    const QVariant user = userId > 0 ? QVariant(userId) : QVariant(QMetaType(QMetaType::LongLong));
    const QVariant reason = command.reason ? QVariant(StockRules::reasonKey(*command.reason))
                                           : QVariant(QMetaType(QMetaType::QString));
    auto written = Sql::exec(
        m_connection,
        QStringLiteral(
            "INSERT INTO stock_movements (id, goods_id, warehouse_id, quantity_delta, kind, reason, "
            "reference_kind, reference_id, user_id, created_at, origin) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {newUuid7(), goodsId, warehouseId, delta, StockRules::kindKey(command.kind), reason,
         nullableText(command.referenceKind), nullableText(command.referenceId), user, now,
         command.operationId});
    if (!written)
        return written.error();
    return Done{};
}

Error StockService::notEnough(qint64 goodsId, qint64 warehouseId, qint64 wanted) const
{
    auto there = level(goodsId, warehouseId);
    auto names = Sql::exec(m_connection,
                           QStringLiteral("SELECT g.name, w.name FROM goods g, warehouses w "
                                          "WHERE g.id = ? AND w.id = ?"),
                           {goodsId, warehouseId});
    QString goods, warehouse;
    if (names && names.value().next()) {
        goods = names.value().value(0).toString();
        warehouse = names.value().value(1).toString();
    }
    const QLocale locale;
    Error error = Error::make(
        Error::Kind::Validation,
        tr("Only %1 of “%2” are in %3, so %4 cannot be taken; nothing was changed.")
            .arg(locale.toString(there ? there.value() : 0), goods, warehouse, locale.toString(wanted)));
    error.fields.insert(QStringLiteral("lines"), error.message);
    return error;
}

Result<qint64> StockService::level(qint64 goodsId, qint64 warehouseId) const
{
    auto quantity = Sql::scalar(
        m_connection,
        QStringLiteral("SELECT quantity FROM stock_levels WHERE goods_id = ? AND warehouse_id = ?"),
        {goodsId, warehouseId});
    if (!quantity)
        return quantity.error();
    return quantity.value().toLongLong();
}
