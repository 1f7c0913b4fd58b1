#pragma once

#include "db/connection.h"
#include "domain/error.h"

#include <QHash>

// Goods per category and state, kept in the goods_counts table by every change of goods in the
// same transaction, so a count never scans the goods: the list knows its size at ten million rows,
// and the category tree shows its counts at once.
namespace GoodsCounts {

// Adds DELTA to the goods counted under CATEGORYID (0: none) in the given state.
Status adjust(const Connection& connection, qint64 categoryId, bool archived, qint64 delta);
// Counts everything again from the goods themselves, after a bulk load that bypassed adjust().
Status rebuild(const Connection& connection);
// Goods counted per category id (0: none) in the given state.
Result<QHash<qint64, qint64>> byCategory(const Connection& connection, bool archived);

} // namespace GoodsCounts
