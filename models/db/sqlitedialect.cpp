#include "connection.h"
#include "dialect.h"
#include "sql.h"

#include <QSqlDatabase>
#include <QSqlQuery>

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
        QStringList statements = {QStringLiteral("PRAGMA foreign_keys = ON"),
                                  QStringLiteral("PRAGMA cache_size = -32768"),
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

    // SQLite locks the whole database for a write transaction, so rows need no lock of their own.
    QString forUpdate(const QString&) const override { return {}; }

    QStringList searchIndexDdl(const QString& table) const override
    {
        const QString fts = table + QStringLiteral("_fts");
        return {
            QStringLiteral(
                "CREATE VIRTUAL TABLE %1 USING fts5(search_text, content='%2', content_rowid='id')")
                .arg(fts, table),
            insertTrigger(table),
            QStringLiteral(
                "CREATE TRIGGER %1_delete AFTER DELETE ON %2 BEGIN "
                "INSERT INTO %1(%1, rowid, search_text) VALUES ('delete', old.id, old.search_text); END")
                .arg(fts, table),
            QStringLiteral(
                "CREATE TRIGGER %1_update AFTER UPDATE OF search_text ON %2 BEGIN "
                "INSERT INTO %1(%1, rowid, search_text) VALUES ('delete', old.id, old.search_text); "
                "INSERT INTO %1(rowid, search_text) VALUES (new.id, new.search_text); END")
                .arg(fts, table),
        };
    }

    SqlFragment searchCondition(const QString& table, const QString& alias,
                                const QList<SearchTokens::QueryTerm>& terms) const override
    {
        QStringList parts;
        for (const auto& term : terms) // tokens hold letters and digits only; quoting keeps FTS syntax out
            parts << QLatin1Char('"') + term.token + QLatin1Char('"') +
                         (term.prefix ? QStringLiteral("*") : QString());
        return {QStringLiteral("%1.id IN (SELECT rowid FROM %2_fts WHERE %2_fts MATCH ?)").arg(alias, table),
                {parts.join(QStringLiteral(" AND "))}};
    }

    // Per-row index upkeep costs more than one rebuild at the end; the trigger comes back after.
    // Inserting into a B-tree in random key order costs a page search per row and index; building
    // it from sorted rows afterwards is several times quicker. So the table's own indexes and its
    // full-text trigger go for the load and come back at the end (still inside the transaction, so
    // a unique index that fails to come back rolls the whole load back).
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
        if (searchable.value().isValid()) {
            prepare << QStringLiteral("DROP TRIGGER %1_fts_insert").arg(table);
            finish << QStringLiteral("INSERT INTO %1_fts(%1_fts) VALUES ('rebuild')").arg(table)
                   << insertTrigger(table);
        }
        while (indexes.value().next()) {
            prepare << QStringLiteral("DROP INDEX ") + indexes.value().value(0).toString();
            finish << indexes.value().value(1).toString();
        }
        finish << QStringLiteral("PRAGMA cache_size = -32768");
        for (const QString& statement : qAsConst(prepare)) {
            if (auto done = Sql::exec(connection, statement); !done)
                return done.error();
        }
        return finish;
    }

    QString currentMillis() const override
    {
        return QStringLiteral("CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)");
    }

    bool isUniqueViolation(const QSqlError& error) const override
    {
        return error.text().contains(QLatin1String("UNIQUE constraint failed"));
    }
    bool isAuthenticationFailure(const QSqlError&) const override { return false; }
    // Qt's SQLite driver files every failed step, constraint violations too, as a ConnectionError;
    // a file has no connection to lose.
    bool isConnectionLost(const QSqlError&) const override { return false; }

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
        if (query.exec(QStringLiteral("PRAGMA foreign_key_check"))) {
            while (query.next())
                problems << tr("Row %1 of %2 refers to a %3 row that does not exist.")
                                .arg(query.value(1).toString(), query.value(0).toString(),
                                     query.value(2).toString());
        }
        // One index entry per goods row; read-only, unlike FTS5's own 'integrity-check' command.
        if (query.exec(QStringLiteral(
                "SELECT (SELECT COUNT(*) FROM goods_fts_docsize), (SELECT COUNT(*) FROM goods)")) &&
            query.next() && query.value(0).toLongLong() != query.value(1).toLongLong())
            problems << tr("The search index holds %1 entries for %2 goods, so search misses some.")
                            .arg(query.value(0).toString(), query.value(1).toString());
        return problems;
    }

protected:
    DdlTypes ddlTypes() const override
    {
        return {QStringLiteral("INTEGER PRIMARY KEY"), QStringLiteral("CHAR(36)"), QString(), QString()};
    }

private:
    static QString insertTrigger(const QString& table)
    {
        return QStringLiteral("CREATE TRIGGER %1_fts_insert AFTER INSERT ON %1 BEGIN "
                              "INSERT INTO %1_fts(rowid, search_text) VALUES (new.id, new.search_text); END")
            .arg(table);
    }

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
