#pragma once

#include "db/connection.h"
#include "domain/error.h"
#include "tables/listcolumn.h"
#include "tables/pagedquery.h"
#include "tablesink.h"

#include <QCoreApplication>
#include <functional>

// Any list of the window into a file, as it is filtered and sorted on screen, in the columns it
// shows: File → Export. The rows come from the list's own query, so the file holds exactly what the
// list holds, in its order (a code search's exact matches first). Streamed: an engine that hands
// rows out as it finds them (SQLite, PostgreSQL) runs one statement; MariaDB, whose client keeps a
// whole result, is read in pages. Either way the export holds a page, not the list.
class ListExport
{
    Q_DECLARE_TR_FUNCTIONS(ListExport)
public:
    using Progress = std::function<bool(qint64 rows)>; // false stops the export
    static constexpr int defaultPageRows = 5000;

    // COLUMNS are indexes into SPEC's columns, in the order they are shown. PAGEROWS: how many rows
    // each page holds where the engine does not stream.
    static Result<qint64> run(const Connection& connection, const ListSpec& spec, const PagedQuery& query,
                              const QList<int>& columns, TableSink* sink, const Progress& progress = {},
                              int pageRows = defaultPageRows);
    // VALUE of COLUMN as a file holds it: amounts as 12.50, times as 2026-12-04 17:05 local, a unit
    // by its name in the interface's language, a flag as 1 or 0.
    static QString cellText(const ListColumn& column, const QVariant& value);
};
