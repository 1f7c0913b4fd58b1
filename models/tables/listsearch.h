#pragma once

#include "db/dialect.h"
#include "listcolumn.h"

// What a search field finds, the same in every list: the words and codes typed, through the table's
// full-text index (search_text, SearchTokens), every word a prefix, as the engine's dialect does it.
namespace ListSearch {

// Empty when TEXT is. Text with no letter or digit ("%", "#") has nothing for a full-text index
// to find: it is looked for as typed in LIKECOLUMNS instead.
SqlFragment condition(const Dialect& dialect, const QString& table, const QString& alias, const QString& text,
                      const QStringList& likeColumns, Dialect::SearchKey key = Dialect::SearchKey::Integer);

// Adds the search for TEXT to FILTER: its condition to CONDITIONS (which become FILTER's `where`),
// its values to FILTER's, and the fence that has the engine find the matches before ordering them.
// False, with nothing added, when there is nothing to search for.
bool narrow(ListFilter& filter, QStringList& conditions, const Dialect& dialect, const QString& table,
            const QString& alias, const QString& text, const QStringList& likeColumns,
            Dialect::SearchKey key = Dialect::SearchKey::Integer);

// The condition that any of COLUMNS contains TYPED as typed (LIKE, with its wildcards escaped), for
// small tables without a full-text index; empty when TYPED is.
SqlFragment like(const QStringList& columns, const QString& typed);

// Whether TEXT looks like a code being typed or scanned (one word with a digit: "SK-1000",
// "6901234"), whose exact and prefix matches a list shows first.
bool looksLikeCode(const QString& text);
// The condition that COLUMN starts with PREFIX, as a range an index on COLUMN answers (LIKE would
// not use it on every engine), with its two values.
SqlFragment startsWith(const QString& column, const QString& prefix);

} // namespace ListSearch
