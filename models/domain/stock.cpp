#include "stock.h"

#include <QRegularExpression>
#include <QSet>
#include <QUuid>

QString StockRules::kindKey(MovementKind kind)
{
    switch (kind) {
    case MovementKind::Receipt:
        return QStringLiteral("receipt");
    case MovementKind::Adjustment:
        return QStringLiteral("adjustment");
    case MovementKind::Transfer:
        break;
    }
    return QStringLiteral("transfer");
}

QString StockRules::reasonKey(AdjustmentReason reason)
{
    switch (reason) {
    case AdjustmentReason::Damaged:
        return QStringLiteral("damaged");
    case AdjustmentReason::Lost:
        return QStringLiteral("lost");
    case AdjustmentReason::Found:
        return QStringLiteral("found");
    case AdjustmentReason::Correction:
        break;
    }
    return QStringLiteral("correction");
}

QString StockRules::reasonName(AdjustmentReason reason)
{
    switch (reason) {
    case AdjustmentReason::Damaged:
        return tr("Damaged");
    case AdjustmentReason::Lost:
        return tr("Lost");
    case AdjustmentReason::Found:
        return tr("Found");
    case AdjustmentReason::Correction:
        break;
    }
    return tr("Correction");
}

QMap<QString, QString> StockRules::problems(const StockCommand& command)
{
    QMap<QString, QString> fields;
    if (QUuid(command.operationId).isNull())
        fields.insert(QStringLiteral("operation"),
                      tr("The operation has no valid id; it cannot be told apart from a repeat of another."));
    if (command.warehouseId <= 0)
        fields.insert(QStringLiteral("warehouse"), tr("Choose a warehouse."));
    if (command.kind == MovementKind::Transfer) {
        if (command.toWarehouseId <= 0)
            fields.insert(QStringLiteral("toWarehouse"), tr("Choose the warehouse the goods go to."));
        else if (command.toWarehouseId == command.warehouseId)
            fields.insert(QStringLiteral("toWarehouse"),
                          tr("The goods already are in this warehouse; choose another to move them to."));
    }
    if (command.kind == MovementKind::Adjustment && !command.reason)
        fields.insert(QStringLiteral("reason"),
                      tr("Say why the stock changes: damaged, lost, found or a correction."));
    if (command.lines.isEmpty())
        fields.insert(QStringLiteral("lines"), tr("Add at least one item."));
    QSet<qint64> seen;
    for (const StockLine& line : command.lines) {
        const bool signedOk =
            command.kind == MovementKind::Adjustment ? line.quantity != 0 : line.quantity > 0;
        if (line.goodsId <= 0) {
            fields.insert(QStringLiteral("lines"), tr("Every line needs an item."));
        } else if (!signedOk) {
            fields.insert(QStringLiteral("lines"),
                          command.kind == MovementKind::Adjustment
                              ? tr("An adjustment of nothing changes nothing; type how many more or fewer.")
                              : tr("Type a quantity of at least 1."));
        } else if (line.quantity > maxQuantity || line.quantity < -maxQuantity) {
            fields.insert(QStringLiteral("lines"), tr("A quantity can be at most %L1.").arg(maxQuantity));
        } else if (seen.contains(line.goodsId)) {
            fields.insert(QStringLiteral("lines"), tr("An item is on two lines; put its quantity on one."));
        }
        seen.insert(line.goodsId);
    }
    for (const StockLine& line : command.lines) {
        if (line.unitCost && (command.kind != MovementKind::Receipt || line.unitCost->isNegative()))
            fields.insert(QStringLiteral("lines"), command.kind != MovementKind::Receipt
                                                       ? tr("Only a receipt says what goods cost.")
                                                       : tr("A cost cannot be below zero."));
    }
    if (command.note.size() > 2000)
        fields.insert(QStringLiteral("note"), tr("A note can be at most 2,000 characters."));
    return fields;
}

WarehouseDraft WarehouseRules::normalized(WarehouseDraft draft)
{
    draft.code = draft.code.trimmed().toUpper();
    draft.name = draft.name.simplified();
    draft.address = draft.address.trimmed();
    return draft;
}

QMap<QString, QString> WarehouseRules::problems(const WarehouseDraft& draft)
{
    QMap<QString, QString> fields;
    static const QRegularExpression codePattern(QStringLiteral("^[A-Z0-9][A-Z0-9._-]{0,31}$"));
    if (draft.code.isEmpty())
        fields.insert(QStringLiteral("code"), tr("Give the warehouse a short code, such as MAIN."));
    else if (!codePattern.match(draft.code).hasMatch())
        fields.insert(
            QStringLiteral("code"),
            tr("A code is up to 32 letters, digits, dots, dashes or underscores, such as STORE-1."));
    if (draft.name.isEmpty())
        fields.insert(QStringLiteral("name"), tr("Give the warehouse a name."));
    else if (draft.name.size() > 200)
        fields.insert(QStringLiteral("name"), tr("A name can be at most 200 characters."));
    for (const QChar c : draft.name + draft.address) {
        if (c.category() == QChar::Other_Control && c != QLatin1Char('\n')) {
            fields.insert(draft.name.contains(c) ? QStringLiteral("name") : QStringLiteral("address"),
                          tr("Remove the control character; it cannot be printed."));
            break;
        }
    }
    if (draft.address.size() > 2000)
        fields.insert(QStringLiteral("address"), tr("An address can be at most 2,000 characters."));
    return fields;
}

std::optional<Money> StockRules::averageCost(Money cost, qint64 onHand, Money unitCost, qint64 received)
{
    const qint64 held = std::max<qint64>(onHand, 0);
    if (received <= 0 || held > maxQuantity || received > maxQuantity)
        return std::nullopt;
    const auto heldValue = cost.multiplied(held);
    const auto receivedValue = unitCost.multiplied(received);
    if (!heldValue || !receivedValue)
        return std::nullopt;
    const auto total = heldValue->added(*receivedValue);
    if (!total)
        return std::nullopt;
    return total->scaled(1, held + received);
}
