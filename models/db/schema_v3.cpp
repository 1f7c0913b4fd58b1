// Version 3: customers and suppliers per state, kept by their services in the same transaction as
// each change (as goods_counts keeps goods), so their lists know their size at ten million rows
// without visiting one. Staff accounts: a password an administrator set must be changed at the next
// sign-in, and the locks in a row of a user name, so that a lock that ran out does not hand out a
// fresh set of guesses. Indexes for the audit log viewer.
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
    ){table})")),
            dialect.expandDdl(QStringLiteral(
                "ALTER TABLE users ADD COLUMN must_change_password {bool} NOT NULL DEFAULT 0")),
            QStringLiteral("ALTER TABLE login_attempts ADD COLUMN locks INTEGER NOT NULL DEFAULT 0"),
            // The audit log newest first of one person or of one kind of record, read from an index
            // at any size (ix_audit_log_time serves everyone's).
            QStringLiteral("CREATE INDEX ix_audit_log_user ON audit_log (user_id, changed_at, id)"),
            QStringLiteral("CREATE INDEX ix_audit_log_kind ON audit_log (entity, changed_at, id)")};
}

Status applyV3(const Connection& connection)
{
    for (const QString& table : RowCounts::keptTables()) {
        if (auto done = RowCounts::rebuild(connection, table); !done)
            return done;
    }
    return Done{};
}
