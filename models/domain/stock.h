#pragma once

#include "money.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <optional>

// What moves stock, as the ledger names it (stock_movements.kind).
enum class MovementKind
{
    Receipt,    // goods in from a supplier, or an opening balance
    Adjustment, // damaged, lost, found, or a correction, always with its reason
    Transfer,   // out of one warehouse and into another, as one operation
};

// Why an adjustment was made: the ledger keeps one of these, and a note beside it.
enum class AdjustmentReason
{
    Damaged,
    Lost,
    Found,
    Correction,
};

// One goods item of a stock operation: a receipt and a transfer move a positive QUANTITY, an
// adjustment adds (found) or takes away (damaged) with its sign.
struct StockLine
{
    qint64 goodsId = 0;
    qint64 quantity = 0;
    // What a received unit cost, when the receipt says: the item's cost moves to the average.
    std::optional<Money> unitCost;
};

// A stock operation as a self-contained command: everything needed to apply it again, on this
// database or, queued in a store's outbox, on the server. OPERATIONID is made where the person
// works (newUuid7()); applying a command whose id was applied already changes nothing.
struct StockCommand
{
    QString operationId;
    MovementKind kind = MovementKind::Receipt;
    qint64 warehouseId = 0;   // where the goods are received or adjusted, or leave from
    qint64 toWarehouseId = 0; // a transfer's destination
    QList<StockLine> lines;
    std::optional<AdjustmentReason> reason; // an adjustment's
    QString note;
    QString referenceKind; // the document it belongs to ("purchase_order"), if any
    QString referenceId;
};

class StockRules
{
    Q_DECLARE_TR_FUNCTIONS(StockRules)
public:
    static constexpr qint64 maxQuantity = 1000000000; // a billion of anything is a typing error
    static QString kindKey(MovementKind kind);
    static QString reasonKey(AdjustmentReason reason);
    static QString reasonName(AdjustmentReason reason);
    // What is wrong with COMMAND before anything is read, by field ("lines", "reason", "warehouse").
    static QMap<QString, QString> problems(const StockCommand& command);
    // The moving average cost after RECEIVED units at UNITCOST join ONHAND units at COST, to the
    // cent with halves away from zero. Stock below zero counts as none: there is nothing it is
    // worth. Nothing when the value overflows.
    static std::optional<Money> averageCost(Money cost, qint64 onHand, Money unitCost, qint64 received);
};

// A place stock is kept: the main warehouse, a shop's back room.
struct WarehouseDraft
{
    QString code; // short and stable: scanned labels and files use it ("MAIN")
    QString name;
    QString address;
};

struct WarehouseRecord
{
    qint64 id = 0;
    WarehouseDraft draft;
    bool archived = false;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    int version = 0;
};

class WarehouseRules
{
    Q_DECLARE_TR_FUNCTIONS(WarehouseRules)
public:
    static WarehouseDraft normalized(WarehouseDraft draft);
    // What is wrong with DRAFT, by field ("code", "name", "address").
    static QMap<QString, QString> problems(const WarehouseDraft& draft);
};

Q_DECLARE_METATYPE(WarehouseRecord)
