#pragma once

#include "db/connection.h"
#include "db/dialect.h"
#include "domain/error.h"

#include <QStringList>

// Rows per table and state (active or archived), kept in the row_counts table by the services in
// the same transaction as each change, so an unfiltered list knows its size without visiting a row,
// at any size. Goods have their own kept counts, per category (GoodsCounts).
//
// One counter row per table and state means that two transactions adding rows to the same table
// take turns at the counter until they commit: right for records people create by hand (customers,
// suppliers); a table written many times a second needs counters spread over several rows instead.
namespace RowCounts {

// The tables whose rows are counted here.
const QStringList& keptTables();

// Adds DELTA to the rows of TABLE counted in the given state.
Status adjust(const Connection& connection, const QString& table, bool archived, qint64 delta);
// A row moved from one state to the other.
Status moved(const Connection& connection, const QString& table, bool wasArchived, bool isArchived);
// Counts TABLE again from its rows, after a bulk load that bypassed adjust().
Status rebuild(const Connection& connection, const QString& table);
// The kept count of TABLE's rows in the given state.
Result<qint64> kept(const Connection& connection, const QString& table, bool archived);
// The statement a list without a search counts its rows with.
SqlFragment countStatement(const QString& table, bool archived);

} // namespace RowCounts
