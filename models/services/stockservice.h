#pragma once

#include "db/connection.h"
#include "domain/error.h"
#include "domain/session.h"
#include "domain/stock.h"
#include "writescope.h"

#include <QCoreApplication>

// What applying a stock command did.
struct StockPosting
{
    bool alreadyApplied = false; // the command's id was applied before: nothing changed now
    int movements = 0;           // ledger rows written
};

// The stock ledger's one way in: receipts, adjustments and transfers as commands, each in one
// transaction that appends its movements, moves the levels with them and writes its audit row.
// A level is only ever changed by a statement that adds to it in the database, and one that takes
// away says how much may be taken (quantity >= n), so clients at once never take it below zero and
// the level always equals the sum of its movements.
class StockService
{
    Q_DECLARE_TR_FUNCTIONS(StockService)
public:
    explicit StockService(Connection connection) : m_connection(std::move(connection)) {}

    Result<StockPosting> apply(const Session& session, const StockCommand& command) const;
    // How many of GOODSID are in WAREHOUSEID now (0 when none ever were).
    Result<qint64> level(qint64 goodsId, qint64 warehouseId) const;

private:
    Status checkReferences(const StockCommand& command) const;
    // A receipt's unit costs move each item's cost to the moving average (README, "Stock").
    Status updateCosts(const WriteScope& scope, const StockCommand& command) const;
    Status move(const StockCommand& command, qint64 goodsId, qint64 warehouseId, qint64 delta, qint64 now,
                qint64 userId) const;
    Error notEnough(qint64 goodsId, qint64 warehouseId, qint64 wanted) const;

    Connection m_connection;
};
