#include "sql.h"

#include "database.h"
#include "transaction.h"

#include <QElapsedTimer>
#include <QHash>
#include <QLoggingCategory>
#include <QSqlError>
#include <functional>

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

struct PreparedStatements
{
    QHash<QString, QSqlQuery*> bySql;
    ~PreparedStatements() { qDeleteAll(bySql); }
};
thread_local QHash<QString, PreparedStatements*> cachesByConnection;

// Runs SQL with VALUES and hands the result to READ: on the kept statement while a StatementCache
// serves the connection, else on a new one.
template<typename T>
Result<T> withStatement(const Connection& connection, const QString& sql, const QVariantList& values,
                        const std::function<Result<T>(QSqlQuery&)>& read)
{
    PreparedStatements* cache =
        cachesByConnection.isEmpty() ? nullptr : cachesByConnection.value(connection.db.connectionName());
    if (!cache) {
        auto query = Sql::exec(connection, sql, values);
        if (!query)
            return query.error();
        return read(query.value());
    }
    if (!Database::ensureOpen(connection))
        return Database::unavailable(connection);
    QSqlQuery*& query = cache->bySql[sql];
    if (!query) {
        query = new QSqlQuery(connection.db);
        query->setForwardOnly(true);
        if (!query->prepare(sql)) {
            const Error error = Sql::failure(connection, *query);
            delete query;
            cache->bySql.remove(sql);
            return error;
        }
    }
    for (int i = 0; i < values.size(); ++i)
        query->bindValue(i, values.at(i));
    if (!query->exec())
        return Sql::failure(connection, *query);
    Result<T> result = read(*query);
    query->finish();
    return result;
}

} // namespace

StatementCache::StatementCache(const Connection& connection)
    : m_connectionName(connection.db.connectionName())
{
    if (cachesByConnection.contains(m_connectionName))
        m_connectionName.clear();
    else
        cachesByConnection.insert(m_connectionName, new PreparedStatements);
}

StatementCache::~StatementCache()
{
    if (!m_connectionName.isEmpty())
        delete cachesByConnection.take(m_connectionName);
}

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
    return withStatement<QVariant>(connection, sql, values, [](QSqlQuery& query) -> Result<QVariant> {
        if (!query.next())
            return QVariant();
        return query.value(0);
    });
}

Result<qint64> Sql::insert(const Connection& connection, const QString& sql, const QVariantList& values)
{
    return withStatement<qint64>(connection, sql, values, [&connection](QSqlQuery& query) -> Result<qint64> {
        const QVariant id = connection.sql().insertedId(connection, query);
        if (!id.isValid() || id.toLongLong() <= 0)
            return Error::make(Error::Kind::Database, tr("The database did not tell the new row's number."));
        return id.toLongLong();
    });
}

Status Sql::each(const Connection& connection, const QString& sql, const QVariantList& values,
                 const std::function<void(const QSqlQuery& row)>& row)
{
    return withStatement<Done>(connection, sql, values, [&row](QSqlQuery& query) -> Status {
        while (query.next())
            row(query);
        return Done{};
    });
}

Result<qint64> Sql::change(const Connection& connection, const QString& sql, const QVariantList& values)
{
    return withStatement<qint64>(connection, sql, values, [](QSqlQuery& query) -> Result<qint64> {
        return qint64(query.numRowsAffected());
    });
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
