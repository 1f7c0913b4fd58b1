#include "sql.h"

#include <QSqlError>

Result<QSqlQuery> Sql::exec(const Connection& connection, const QString& sql, const QVariantList& values)
{
    QSqlQuery query(connection.db);
    query.setForwardOnly(true);
    // Without values there is nothing to bind, and PostgreSQL cannot PREPARE DDL.
    if (values.isEmpty()) {
        if (!query.exec(sql))
            return failure(connection, query);
        return query;
    }
    if (!query.prepare(sql))
        return failure(connection, query);
    for (const QVariant& value : values)
        query.addBindValue(value);
    if (!query.exec())
        return failure(connection, query);
    return query;
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

Error Sql::failure(const Connection& connection, const QSqlQuery& query)
{
    const QSqlError error = query.lastError();
    const QString detail = error.text().trimmed();
    if (connection.sql().isUniqueViolation(error))
        return Error::make(Error::Kind::Duplicate, tr("The database refused a duplicate: %1").arg(detail));
    if (connection.sql().isConnectionLost(error))
        return Error::make(
            Error::Kind::Unavailable,
            tr("The connection to the database was lost: %1. Check the network and try again.").arg(detail));
    return Error::make(Error::Kind::Database, tr("The database refused the request: %1").arg(detail));
}
