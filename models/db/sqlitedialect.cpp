#include "connection.h"
#include "dialect.h"
#include "sql.h"

#include <QSqlDatabase>
#include <QSqlQuery>

Status sqliteTightenTables(const Connection& connection);
QStringList sqliteSearchIndexDdl(const QString& table, bool uuidKey);
SqlFragment sqliteSearchCondition(const QString& table, const QString& alias,
                                  const QList<SearchTokens::QueryTerm>& terms, bool uuidKey);
QString sqliteSearchInsertTrigger(const QString& table, bool uuidKey);
QString sqliteViolatedIndex(const Connection& connection, const QString& message);
Status sqliteReserveIds(const Connection& connection, const QString& table, qint64 highest);
QString sqliteStrictTypes(const QString& ddl);

namespace {

class SqliteDialect final : public Dialect
{
public:
    ConnectionProfile::Engine engine() const override { return ConnectionProfile::Engine::SQLite; }
    QString driverName() const override { return QStringLiteral("QSQLITE"); }

    // Only settings of this connection: nothing here writes to the file, which may turn out not to
    // be a Storekeeper database at all. Read-only connections use query_only rather than opening the
    // file read-only, so the last one to close can still tidy away the WAL's side files.
    QStringList sessionSetup(bool readOnly) const override
    {
        // 8 MiB of cache each: the operating system caches the file as well, and lists open a
        // connection each, so a larger one only grows the process as a list is scrolled.
        QStringList statements = {QStringLiteral("PRAGMA foreign_keys = ON"),
                                  QStringLiteral("PRAGMA cache_size = -8192"),
                                  // Sales must survive a power cut: a sync on every commit.
                                  QStringLiteral("PRAGMA synchronous = FULL")};
        if (readOnly)
            statements << QStringLiteral("PRAGMA query_only = ON");
        return statements;
    }

    // Write-ahead logging lets the window read while another connection writes. Stored in the file.
    QStringList prepareDatabase() const override { return {QStringLiteral("PRAGMA journal_mode = WAL")}; }

    QSqlError beginWrite(QSqlDatabase& db) const override
    {
        return run(db, QStringLiteral("BEGIN IMMEDIATE"));
    }
    QSqlError commit(QSqlDatabase& db) const override { return run(db, QStringLiteral("COMMIT")); }
    QSqlError rollback(QSqlDatabase& db) const override { return run(db, QStringLiteral("ROLLBACK")); }

    QString addReferenceColumn(const QString& table, const QString& column, const QString& type,
                               const QString& refTable) const override
    {
        return expandDdl(QStringLiteral("ALTER TABLE %1 ADD COLUMN %2 %3 REFERENCES %4 (id)")
                             .arg(table, column, type, refTable));
    }
    Status tightenTables(const Connection& connection) const override
    {
        return sqliteTightenTables(connection);
    }
    Status reserveIds(const Connection& connection, const QString& table, qint64 highest) const override
    {
        return sqliteReserveIds(connection, table, highest);
    }
    QStringList beforeTableRebuild() const override { return {QStringLiteral("PRAGMA foreign_keys = OFF")}; }
    QStringList afterTableRebuild() const override { return {QStringLiteral("PRAGMA foreign_keys = ON")}; }
    QString foreignKeysSql() const override
    {
        return QStringLiteral(
            "SELECT m.name, k.\"from\", k.\"table\", k.\"to\" FROM sqlite_master m, "
            "pragma_foreign_key_list(m.name) k WHERE m.type = 'table' ORDER BY m.name, k.id");
    }

    // SQLite locks the whole database for a write transaction, so rows need no lock of their own.
    QString forUpdate(const QString&) const override { return {}; }
    QString forShare() const override { return {}; } // a write transaction holds the whole file

    QStringList searchIndexDdl(const QString& table, SearchKey key) const override
    {
        return sqliteSearchIndexDdl(table, key == SearchKey::Uuid);
    }

    SqlFragment searchCondition(const QString& table, const QString& alias,
                                const QList<SearchTokens::QueryTerm>& terms, SearchKey key) const override
    {
        return sqliteSearchCondition(table, alias, terms, key == SearchKey::Uuid);
    }

    // Per-row index upkeep costs more than one rebuild at the end; the trigger comes back after.
    // Inserting into a B-tree in random key order costs a page search per row and index; building
    // it from sorted rows afterwards is several times quicker. So the table's own indexes and its
    // full-text trigger go for the load and come back at the end (still inside the transaction, so
    // a unique index that fails to come back rolls the whole load back).
    // SQLite's advice for long-lived databases: ANALYZE, bounded, where tables were never analysed
    // or have grown several times over since (a table analysed at ten rows plans badly at a million).
    QStringList beforeClose() const override
    {
        // Never waiting for a writer: closing must not hang on another desk's long transaction.
        return {QStringLiteral("PRAGMA busy_timeout = 0"), QStringLiteral("PRAGMA analysis_limit = 1000"),
                QStringLiteral("PRAGMA optimize")};
    }

    // Each savepoint keeps the pages it changes in a statement journal, a temporary file by
    // default: a hundred thousand rows wrote sixty blocks each to it. In memory it costs the pages
    // of one row, as each savepoint is released or undone before the next.
    // And a transaction of a hundred thousand rows outgrows the usual page cache: the pages it
    // changed were written to the log half-way and read back again.
    QStringList beforeManySteps() const override
    {
        return {QStringLiteral("PRAGMA temp_store = MEMORY"), QStringLiteral("PRAGMA cache_size = -65536")};
    }
    QStringList afterManySteps() const override
    {
        return {QStringLiteral("PRAGMA temp_store = DEFAULT"), QStringLiteral("PRAGMA cache_size = -8192")};
    }

    // FTS5 writes out what it holds for its index at every statement boundary inside a
    // transaction, so a row inserted through its trigger costs a small segment of its own: a
    // hundred thousand rows spent a third of their time there. New rows enter the index in one
    // statement at the end instead, as one segment. Only new rows are held back: the update
    // trigger, which an import of existing rows fires, stays.
    Result<QStringList> holdSearchIndex(const Connection& connection, const QString& table) const override
    {
        auto trigger = Sql::scalar(
            connection, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'trigger' AND name = ?"),
            {table + QStringLiteral("_fts_insert")});
        if (!trigger)
            return trigger.error();
        auto uuidKey = Sql::scalar(
            connection, QStringLiteral("SELECT COUNT(*) FROM pragma_table_info(?) WHERE name = 'fts_rowid'"),
            {table});
        if (!uuidKey)
            return uuidKey.error();
        // A table keyed by UUID numbers its index entries in the trigger itself.
        if (!trigger.value().isValid() || uuidKey.value().toInt() > 0)
            return QStringList();
        auto highest =
            Sql::scalar(connection, QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM %1").arg(table));
        if (!highest)
            return highest.error();
        if (auto dropped = Sql::exec(connection, QStringLiteral("DROP TRIGGER %1_fts_insert").arg(table));
            !dropped)
            return dropped.error();
        return QStringList{
            QStringLiteral(
                "INSERT INTO %1_fts(rowid, search_text) SELECT id, search_text FROM %1 WHERE id > %2")
                .arg(table)
                .arg(highest.value().toLongLong()),
            sqliteSearchInsertTrigger(table, false)};
    }

    Result<QStringList> startBulkLoad(const Connection& connection, const QString& table) const override
    {
        auto indexes = Sql::exec(connection,
                                 QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' "
                                                "AND tbl_name = ? AND sql IS NOT NULL"),
                                 {table});
        if (!indexes)
            return indexes.error();
        QStringList prepare = {QStringLiteral("PRAGMA cache_size = -1048576")};
        QStringList finish;
        auto searchable = Sql::scalar(connection,
                                      QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'trigger' "
                                                     "AND name = ?"),
                                      {table + QStringLiteral("_fts_insert")});
        if (!searchable)
            return searchable.error();
        auto uuidKey = Sql::scalar(
            connection, QStringLiteral("SELECT COUNT(*) FROM pragma_table_info(?) WHERE name = 'fts_rowid'"),
            {table});
        if (!uuidKey)
            return uuidKey.error();
        if (searchable.value().isValid()) {
            const bool uuid = uuidKey.value().toInt() > 0;
            prepare << QStringLiteral("DROP TRIGGER %1_fts_insert").arg(table);
            // Rows loaded without the trigger get their search numbers in one statement: all above
            // the highest so far (the subquery runs once), and apart, as rowids are.
            if (uuid)
                finish << QStringLiteral(
                              "UPDATE %1 SET fts_rowid = (SELECT COALESCE(MAX(fts_rowid), 0) FROM %1) + "
                              "rowid WHERE fts_rowid IS NULL")
                              .arg(table);
            finish << QStringLiteral("INSERT INTO %1_fts(%1_fts) VALUES ('rebuild')").arg(table)
                   << sqliteSearchInsertTrigger(table, uuid);
        }
        while (indexes.value().next()) {
            prepare << QStringLiteral("DROP INDEX ") + indexes.value().value(0).toString();
            finish << indexes.value().value(1).toString();
        }
        // Without statistics the planner takes an index for any equality on `archived` as selective,
        // and a search walks a million rows in name order instead of its few thousand matches.
        finish << QStringLiteral("ANALYZE ") + table << QStringLiteral("PRAGMA cache_size = -8192");
        for (const QString& statement : qAsConst(prepare)) {
            if (auto done = Sql::exec(connection, statement); !done)
                return done.error();
        }
        return finish;
    }

    // SQLite does not flatten a subquery with a LIMIT into a query with one of its own.
    QString fence() const override { return QStringLiteral(" LIMIT -1"); }

    QString currentMillis() const override
    {
        return QStringLiteral("CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)");
    }

    bool isUniqueViolation(const QSqlError& error) const override
    {
        return error.text().contains(QLatin1String("UNIQUE constraint failed"));
    }
    // SQLite names the columns ("UNIQUE constraint failed: goods.sku"); the index is the table's
    // unique one on exactly those.
    QString violatedIndex(const Connection& connection, const QSqlError& error) const override
    {
        return sqliteViolatedIndex(connection, error.text());
    }
    bool isAuthenticationFailure(const QSqlError&) const override { return false; }
    // Qt's SQLite driver files every failed step, constraint violations too, as a ConnectionError;
    // a file has no connection to lose.
    bool isConnectionLost(const QSqlError&) const override { return false; }

    QString notAnInteger(const QString& column) const override
    {
        return QStringLiteral("typeof(%1) NOT IN ('integer', 'null')").arg(column);
    }

    QStringList integrityProblems(const QSqlDatabase& db) const override
    {
        QStringList problems;
        QSqlQuery query(db);
        if (query.exec(QStringLiteral("PRAGMA integrity_check"))) {
            while (query.next()) {
                if (query.value(0).toString() != QLatin1String("ok"))
                    problems << tr("The database file is damaged: %1. Restore a backup.")
                                    .arg(query.value(0).toString());
            }
        } else {
            problems << tr("The database file could not be checked: %1").arg(query.lastError().text());
        }
        // One index entry per row; read-only, unlike FTS5's own 'integrity-check' command.
        for (const QString& table :
             {QStringLiteral("goods"), QStringLiteral("suppliers"), QStringLiteral("customers")}) {
            if (query.exec(
                    QStringLiteral("SELECT (SELECT COUNT(*) FROM %1_fts_docsize), (SELECT COUNT(*) FROM %1)")
                        .arg(table)) &&
                query.next() && query.value(0).toLongLong() != query.value(1).toLongLong())
                problems << tr("The search index of %1 holds %2 entries for %3 rows, so search misses some.")
                                .arg(table, query.value(0).toString(), query.value(1).toString());
        }
        return problems;
    }

protected:
    // STRICT tables refuse a value of the wrong type (text in a price, written with the sqlite3
    // tool), as the servers do; AUTOINCREMENT never hands out the id of a deleted row again, which
    // the audit log may still name.
    DdlTypes ddlTypes() const override
    {
        return {QStringLiteral("INTEGER PRIMARY KEY AUTOINCREMENT"),
                QStringLiteral("TEXT"),
                QStringLiteral(" STRICT"),
                QString(),
                QStringLiteral("BLOB NOT NULL DEFAULT x''"),
                QStringLiteral("BLOB")};
    }
    QString adaptDdl(const QString& ddl) const override { return sqliteStrictTypes(ddl); }

private:
    static QSqlError run(QSqlDatabase& db, const QString& statement)
    {
        QSqlQuery query(db);
        return query.exec(statement) ? QSqlError() : query.lastError();
    }
};

} // namespace

const Dialect& sqliteDialect()
{
    static const SqliteDialect dialect;
    return dialect;
}
