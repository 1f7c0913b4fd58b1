#pragma once

#include "connectionprofile.h"
#include "domain/error.h"
#include "domain/searchtokens.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QStringList>
#include <QVariantList>

class QSqlDatabase;
class QSqlQuery;

// A piece of SQL and the values bound to its '?' placeholders, in order.
struct SqlFragment
{
    QString sql;
    QVariantList values;
};

// Everything that differs between SQLite, PostgreSQL and MariaDB/MySQL lives behind this class, so
// services and migrations are written once. Table conventions it relies on: a searchable table has
// a search_text column of space-separated tokens (SearchTokens) and the index searchIndexDdl() makes.
class Dialect
{
    Q_DECLARE_TR_FUNCTIONS(Dialect)
public:
    virtual ~Dialect() = default;
    static const Dialect& forEngine(ConnectionProfile::Engine engine);

    virtual ConnectionProfile::Engine engine() const = 0;
    virtual QString driverName() const = 0;

    // Replaces the type tokens of portable DDL: {id} (identity primary key), {uuid}, {money},
    // {ts} (UTC milliseconds), {bool}, {text}, {table} (table options after the closing paren),
    // {code} (after VARCHAR(n): compared byte for byte, not by a case- or accent-blind collation),
    // {sortkey} (a SortKey, compared as bytes; empty by default) and {blob} (bytes: an image).
    QString expandDdl(const QString& ddl) const;

    // Adds COLUMN of portable TYPE to TABLE, referring to REFTABLE's id: MySQL ignores a
    // REFERENCES written beside a column, and SQLite cannot add a table constraint.
    virtual QString addReferenceColumn(const QString& table, const QString& column, const QString& type,
                                       const QString& refTable) const;
    virtual QString dropIndex(const QString& table, const QString& index) const;
    // Brings tables made by older versions to the form expandDdl() makes now, keeping their rows
    // and ids. Only SQLite has anything to do (see SqliteDialect); runs inside the migration step.
    virtual Status tightenTables(const struct Connection& connection) const;
    // Statements around a migration step that rebuilds tables: SQLite must stop enforcing foreign
    // keys while a table is replaced (outside the transaction), and check them all before commit.
    virtual QStringList beforeTableRebuild() const { return {}; }
    virtual QStringList afterTableRebuild() const { return {}; }
    // Makes sure the identity of TABLE never again hands out an id up to HIGHEST, which the audit
    // log may name though the row is gone (SQLite before AUTOINCREMENT reused them; rows restored
    // with their ids do not move a server's counter). Never moves a counter back.
    virtual Status reserveIds(const struct Connection& connection, const QString& table,
                              qint64 highest) const = 0;
    // Every foreign key of the database, one row each: table, column, referenced table, column.
    virtual QString foreignKeysSql() const = 0;

    // Statements run on every new connection (time zone, strictness, pragmas). They never write.
    virtual QStringList sessionSetup(bool readOnly) const = 0;
    // Run on a connection about to close: SQLite keeps the planner's statistics up to date this way
    // (PostgreSQL's autovacuum and InnoDB do it themselves). Best effort; failures are ignored.
    virtual QStringList beforeClose() const { return {}; }
    // Around a transaction of many savepoints (an import undoes each refused row on its own): run
    // before it begins and after it ends.
    virtual QStringList beforeManySteps() const { return {}; }
    virtual QStringList afterManySteps() const { return {}; }
    // Inside the transaction of a load of many new rows into TABLE through the services (an
    // import): holds back what the engine would otherwise do for every row of its search index,
    // and returns the statements that catch up with it, to run before committing.
    virtual Result<QStringList> holdSearchIndex(const struct Connection&, const QString&) const
    {
        return QStringList();
    }
    // Lasting settings of a database known to be Storekeeper's, run before migrating it.
    virtual QStringList prepareDatabase() const { return {}; }

    // Statements that take and release a lock every desk takes before changing the schema, so desks
    // started together after an upgrade change it one after the other. Empty for SQLite, where
    // BEGIN IMMEDIATE already lets one writer in at a time.
    virtual QString schemaLock() const { return {}; }
    virtual QString schemaUnlock() const { return {}; }

    // Starts a write transaction. SQLite needs BEGIN IMMEDIATE: a deferred BEGIN that later writes
    // can fail with SQLITE_BUSY instead of waiting for the lock. Each returns the engine's error,
    // or a QSqlError of type NoError.
    virtual QSqlError beginWrite(QSqlDatabase& db) const;
    virtual QSqlError commit(QSqlDatabase& db) const;
    virtual QSqlError rollback(QSqlDatabase& db) const;

    // Ends a derived table's query so that the planner runs it as written, not merged into the query
    // around it: a search's matches are then all found before they are ordered.
    virtual QString fence() const = 0;

    // Appended to a SELECT that reads rows of the table aliased ALIAS that it will update in the same
    // transaction. PostgreSQL locks only that table's rows; MariaDB locks the joined rows too.
    virtual QString forUpdate(const QString& alias) const
    {
        Q_UNUSED(alias)
        return QStringLiteral(" FOR UPDATE");
    }
    // Appended to a SELECT of one table: the rows read stay as they are until the transaction ends,
    // while other readers may hold them too (a stock operation and its warehouse).
    virtual QString forShare() const { return QStringLiteral(" FOR SHARE"); }

    // Full-text search over TABLE.search_text. KEY says whether the table's key is an integer or
    // a client-made UUID (SQLite's index needs an integer of its own for those).
    enum class SearchKey
    {
        Integer,
        Uuid
    };
    virtual QStringList searchIndexDdl(const QString& table, SearchKey key = SearchKey::Integer) const = 0;
    virtual SqlFragment searchCondition(const QString& table, const QString& alias,
                                        const QList<SearchTokens::QueryTerm>& terms,
                                        SearchKey key = SearchKey::Integer) const = 0;
    // Prepares TABLE, inside the caller's transaction, for many inserted rows: lets the engine
    // build its indexes once at the end instead of row by row. Returns the statements that finish
    // the load, the planner's statistics of the table among them; run them before committing.
    virtual Result<QStringList> startBulkLoad(const struct Connection& connection,
                                              const QString& table) const;

    // INSERT_SQL made to skip, silently, a row whose KEY (its columns, comma-separated) is taken,
    // and to refuse anything else. A skipped row counts as no row affected.
    virtual QString insertOrIgnore(const QString& insertSql, const QString& key) const
    {
        return insertSql + QStringLiteral(" ON CONFLICT (%1) DO NOTHING").arg(key);
    }
    // An SQL expression for the server's clock in UTC milliseconds: one clock for every desk.
    virtual QString currentMillis() const = 0;

    // The identity key the INSERT just run on CONNECTION gave its row.
    virtual QVariant insertedId(const struct Connection& connection, const QSqlQuery& insert) const;

    virtual bool isUniqueViolation(const QSqlError& error) const = 0;
    // The unique index a duplicate broke ("ux_goods_sku"), so a service can say which field.
    virtual QString violatedIndex(const struct Connection& connection, const QSqlError& error) const = 0;
    // INSERT INTO TABLE (KEYS..., COLUMN) VALUES (?, ..., ?) that adds to COLUMN when the key exists:
    // counters kept in the same transaction as the change they count.
    virtual QString upsertAdd(const QString& table, const QStringList& keys, const QString& column) const;
    // Whether a forward-only query hands out rows as the engine finds them, rather than the client
    // library fetching the whole result first (MariaDB's, behind Qt's driver).
    virtual bool streamsRows() const { return true; }
    virtual bool isConnectionLost(const QSqlError& error) const
    {
        return error.type() == QSqlError::ConnectionError;
    }
    virtual bool isAuthenticationFailure(const QSqlError& error) const = 0;

    // A condition true where COLUMN holds something other than an integer: SQLite stores what it is
    // given in a table made before STRICT; the servers' types refuse it. Empty when it cannot happen.
    virtual QString notAnInteger(const QString& column) const
    {
        Q_UNUSED(column)
        return {};
    }
    // Engine-specific consistency checks; each query returns rows only when something is wrong.
    virtual QStringList integrityProblems(const QSqlDatabase& db) const = 0;

protected:
    // What {id}, {uuid}, {table}, {code}, {sortkey} and {blob} become; the other tokens are the
    // same on every engine.
    struct DdlTypes
    {
        QString identity;
        QString uuid;
        QString tableOptions;
        QString exactText;
        QString sortKey;
        QString blob;
    };
    virtual DdlTypes ddlTypes() const = 0;
    // A last pass over expanded DDL, for an engine that spells types its own way.
    virtual QString adaptDdl(const QString& ddl) const { return ddl; }
};
