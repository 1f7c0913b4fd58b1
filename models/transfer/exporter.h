#pragma once

#include "db/connection.h"
#include "domain/error.h"
#include "domain/session.h"
#include "importcolumns.h"
#include "tablesink.h"

#include <QCoreApplication>
#include <functional>

// Writes every record of a kind in the columns its import reads (so an export imports again as it
// was), the header first. Read a page at a time by key, never by offset: an export of millions of
// rows holds one page, and each page costs the same, on every engine. Costs are left out (empty)
// for a role that may not see them.
class Exporter
{
    Q_DECLARE_TR_FUNCTIONS(Exporter)
public:
    // Called with the rows written so far after each page; returning false stops the export.
    using Progress = std::function<bool(qint64 rows)>;
    static constexpr int pageRows = 2000;

    // The number of rows written (the header not counted).
    static Result<qint64> run(const Connection& connection, const Session& session, ImportKind kind,
                              TableSink* sink, const Progress& progress = {});
    // The stock ledger, oldest first: what `export movements` writes. Not an import: the ledger
    // grows only by stock operations.
    static Result<qint64> movements(const Connection& connection, const Session& session, TableSink* sink,
                                    const Progress& progress = {});
    static QString movementsKey() { return QStringLiteral("movements"); }
};
