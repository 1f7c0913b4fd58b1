#pragma once

#include "connection.h"
#include "domain/error.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariantList>
#include <functional>

// Runs SQL with bound values, never with values pasted into the text, and turns an engine error
// into an Error that says what failed.
class Sql
{
    Q_DECLARE_TR_FUNCTIONS(Sql)
public:
    static Result<QSqlQuery> exec(const Connection& connection, const QString& sql,
                                  const QVariantList& values = {});
    // The first column of the first row, or an invalid QVariant when there is no row.
    static Result<QVariant> scalar(const Connection& connection, const QString& sql,
                                   const QVariantList& values = {});
    // Runs an INSERT into a table with an identity key and returns the key of the new row.
    static Result<qint64> insert(const Connection& connection, const QString& sql,
                                 const QVariantList& values);
    // Runs a query and hands each row to ROW, which must not run the same statement again.
    static Status each(const Connection& connection, const QString& sql, const QVariantList& values,
                       const std::function<void(const QSqlQuery& row)>& row);
    // Runs an INSERT, UPDATE or DELETE and returns how many rows it changed.
    static Result<qint64> change(const Connection& connection, const QString& sql,
                                 const QVariantList& values = {});
    // Error::Duplicate when a unique index refused the row, so a service can name the field.
    static Error failure(const Connection& connection, const QSqlQuery& query);
};

// One statement prepared once and run many times with other values: a change of a hundred
// thousand rows parses its UPDATE once, not a hundred thousand times. Inside a transaction only
// (nothing is retried after a lost connection).
class SqlStatement
{
public:
    SqlStatement(const Connection& connection, QString sql);
    Status exec(const QVariantList& values);
    // Rows the last exec() changed.
    int rowsAffected() const { return m_query.numRowsAffected(); }

private:
    const Connection& m_connection;
    QString m_sql;
    QSqlQuery m_query;
    bool m_prepared = false;
};

// While one exists, scalar(), each(), insert() and change() on CONNECTION in this thread run statements
// prepared once and kept: an import of a hundred thousand rows through the services parses each of
// their statements once instead of a hundred thousand times (on SQLite, parsing an INSERT into a
// table with indexes and a search trigger cost more than running it). exec() is not served: the
// rows it returns may still be read when the same statement runs again. Made around one long
// operation inside its transaction, and gone before the connection closes.
class StatementCache
{
public:
    explicit StatementCache(const Connection& connection);
    ~StatementCache();
    StatementCache(const StatementCache&) = delete;
    StatementCache& operator=(const StatementCache&) = delete;

private:
    QString m_connectionName; // empty when an enclosing cache serves the connection already
};
