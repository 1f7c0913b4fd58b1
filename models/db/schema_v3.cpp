// Version 3: customers and suppliers per state, kept by their services in the same transaction as
// each change (as goods_counts keeps goods), so their lists know their size at ten million rows
// without visiting one.
#include "dialect.h"
#include "schema.h"
#include "services/rowcounts.h"

QStringList schemaV3(const Dialect& dialect)
{
    return {dialect.expandDdl(QStringLiteral(R"(CREATE TABLE row_counts (
        table_name VARCHAR(64) NOT NULL,
        archived {bool} NOT NULL,
        n BIGINT NOT NULL,
        PRIMARY KEY (table_name, archived)
    ){table})"))};
}

Status applyV3(const Connection& connection)
{
    for (const QString& table : RowCounts::keptTables()) {
        if (auto done = RowCounts::rebuild(connection, table); !done)
            return done;
    }
    return Done{};
}
