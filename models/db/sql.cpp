#include "sql.h"

#include "database.h"
#include "transaction.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QSqlError>

// QT_LOGGING_RULES="storekeeper.sql.debug=true" prints every statement with the time it took: the
// first place to look when a list is slow.
Q_LOGGING_CATEGORY(lcSql, "storekeeper.sql", QtWarningMsg)

namespace {

bool execute(QSqlQuery& query, const QString& sql, const QVariantList& values)
{
    // Without values there is nothing to bind, and PostgreSQL cannot PREPARE DDL.
    if (values.isEmpty())
        return query.exec(sql);
    if (!query.prepare(sql))
        return false;
    for (const QVariant& value : values)
        query.addBindValue(value);
    return query.exec();
}

bool run(QSqlQuery& query, const QString& sql, const QVariantList& values)
{
    if (!lcSql().isDebugEnabled())
        return execute(query, sql, values);
    QElapsedTimer timer;
    timer.start();
    const bool done = execute(query, sql, values);
    qCDebug(lcSql).noquote() << QString::number(double(timer.nsecsElapsed()) / 1e6, 'f', 1) << "ms" << sql;
    return done;
}

} // namespace

Result<QSqlQuery> Sql::exec(const Connection& connection, const QString& sql, const QVariantList& values)
{
    // A connection closed by a failed reopen opens again first: nothing has been sent yet.
    if (!Database::ensureOpen(connection))
        return Database::unavailable(connection);
    QSqlQuery query(connection.db);
    query.setForwardOnly(true);
    if (run(query, sql, values))
        return query;
    // A read outside a transaction, lost with its connection, can simply run again. A write might
    // have been done before the link broke, and inside a transaction the work before it is gone
    // too: the caller must hear of those.
    const bool read = sql.trimmed().startsWith(QLatin1String("SELECT"), Qt::CaseInsensitive);
    if (read && connection.sql().isConnectionLost(query.lastError()) && !Transaction::isOpen(connection) &&
        Database::reopen(connection)) {
        QSqlQuery again(connection.db);
        again.setForwardOnly(true);
        if (run(again, sql, values))
            return again;
        return failure(connection, again);
    }
    return failure(connection, query);
}

Result<QVariant> Sql::scalar(const Connection& connection, const QString& sql, const QVariantList& values)
{
    auto query = exec(connection, sql, values);
    if (!query)
        return query.error();
    if (!query.value().next())
        return QVariant();
    return query.value().value(0);
}

Result<qint64> Sql::insert(const Connection& connection, const QString& sql, const QVariantList& values)
{
    auto inserted = exec(connection, sql, values);
    if (!inserted)
        return inserted.error();
    const QVariant id = connection.sql().insertedId(connection, inserted.value());
    if (!id.isValid() || id.toLongLong() <= 0)
        return Error::make(Error::Kind::Database, tr("The database did not tell the new row's number."));
    return id.toLongLong();
}

Error Sql::failure(const Connection& connection, const QSqlQuery& query)
{
    const QSqlError error = query.lastError();
    const QString detail = error.text().trimmed();
    if (connection.sql().isUniqueViolation(error)) {
        Error duplicate =
            Error::make(Error::Kind::Duplicate, tr("The database refused a duplicate: %1").arg(detail));
        duplicate.constraint = connection.sql().violatedIndex(connection, error);
        return duplicate;
    }
    if (connection.sql().isConnectionLost(error))
        return Error::make(
            Error::Kind::Unavailable,
            tr("The connection to the database was lost: %1. Check the network and try again.").arg(detail));
    return Error::make(Error::Kind::Database, tr("The database refused the request: %1").arg(detail));
}

SqlStatement::SqlStatement(const Connection& connection, QString sql)
    : m_connection(connection), m_sql(std::move(sql)), m_query(connection.db)
{}

Status SqlStatement::exec(const QVariantList& values)
{
    if (!m_prepared) {
        if (!m_query.prepare(m_sql))
            return Sql::failure(m_connection, m_query);
        m_prepared = true;
    }
    for (int i = 0; i < values.size(); ++i)
        m_query.bindValue(i, values.at(i));
    if (!m_query.exec())
        return Sql::failure(m_connection, m_query);
    return Done{};
}
