#include "transaction.h"

#include "database.h"
#include "sql.h"

#include <QHash>

namespace {

struct Nesting
{
    int depth = 0;
    bool doomed = false; // an inner transaction gave up: the outer one must not commit
};

// Connections belong to one thread, so the bookkeeping is per thread too.
thread_local QHash<QString, Nesting> nestingByConnection;

} // namespace

Transaction::Transaction(const Connection& connection) : m_connection(connection)
{
    Nesting& nesting = nestingByConnection[m_connection.db.connectionName()];
    if (nesting.depth > 0) {
        m_nested = true;
        m_active = true;
        ++nesting.depth;
        return;
    }
    if (!Database::ensureOpen(m_connection)) {
        m_beginError = Database::unavailable(m_connection).message;
        return;
    }
    QSqlError failure = m_connection.sql().beginWrite(m_connection.db);
    // Nothing is lost yet at the start of a transaction: a dropped connection is opened again.
    if (m_connection.sql().isConnectionLost(failure) && Database::reopen(m_connection))
        failure = m_connection.sql().beginWrite(m_connection.db);
    m_active = failure.type() == QSqlError::NoError;
    if (!m_active) {
        m_beginError = failure.text();
        return;
    }
    nesting = Nesting{1, false};
}

Transaction::~Transaction()
{
    if (!m_active)
        return;
    if (m_nested)
        nestingByConnection[m_connection.db.connectionName()].doomed = true;
    else
        m_connection.sql().rollback(m_connection.db);
    leave();
}

bool Transaction::isOpen(const Connection& connection)
{
    return nestingByConnection.value(connection.db.connectionName()).depth > 0;
}

void Transaction::leave()
{
    m_active = false;
    const QString name = m_connection.db.connectionName();
    Nesting& nesting = nestingByConnection[name];
    if (--nesting.depth <= 0)
        nestingByConnection.remove(name);
}

Error Transaction::error() const
{
    return Error::make(
        Error::Kind::Unavailable,
        tr("Cannot start a change in the database (it may be busy or unreachable): %1").arg(m_beginError));
}

Status Transaction::commit()
{
    if (!m_active)
        return error();
    if (m_nested) {
        leave();
        return Done{};
    }
    const bool doomed = nestingByConnection[m_connection.db.connectionName()].doomed;
    leave();
    if (doomed) {
        m_connection.sql().rollback(m_connection.db);
        return Error::make(Error::Kind::Database, tr("A step of this change failed, so nothing was saved."));
    }
    const QSqlError failure = m_connection.sql().commit(m_connection.db);
    if (failure.type() != QSqlError::NoError) {
        m_connection.sql().rollback(m_connection.db);
        // The server may have saved it before the link broke: say so, rather than invite a second save.
        if (m_connection.sql().isConnectionLost(failure))
            return Error::make(Error::Kind::Unavailable,
                               tr("The connection broke while saving, so the change may or may not have been "
                                  "saved. Look before trying again."));
        return Error::make(Error::Kind::Database,
                           tr("The database did not save the change: %1").arg(failure.text()));
    }
    return Done{};
}

bool Transaction::doomed(const Connection& connection)
{
    return nestingByConnection.value(connection.db.connectionName()).doomed;
}

void Transaction::forgive(const Connection& connection)
{
    auto found = nestingByConnection.find(connection.db.connectionName());
    if (found != nestingByConnection.end())
        found->doomed = false;
}

Savepoint::Savepoint(const Connection& connection) : m_connection(connection) {}

Savepoint::~Savepoint()
{
    // Failing here leaves the transaction marked as failed, so it cannot commit.
    if (m_open)
        (void)undo();
}

Status Savepoint::run(const QString& sql)
{
    auto done = Sql::exec(m_connection, sql);
    if (!done)
        return done.error();
    return Done{};
}

Status Savepoint::begin()
{
    if (!Transaction::isOpen(m_connection))
        return Error::make(Error::Kind::Database, tr("A step was started outside its change."));
    if (auto started = run(QStringLiteral("SAVEPOINT storekeeper_step")); !started)
        return started;
    m_open = true;
    return Done{};
}

Status Savepoint::keep()
{
    if (!m_open)
        return Error::make(Error::Kind::Database, tr("A step was kept that had not started."));
    if (Transaction::doomed(m_connection)) {
        (void)undo(); // failing, it leaves the transaction unable to commit, as it should
        return Error::make(Error::Kind::Database, tr("A part of this step failed, so it was undone."));
    }
    m_open = false;
    return run(QStringLiteral("RELEASE SAVEPOINT storekeeper_step"));
}

Status Savepoint::undo()
{
    if (!m_open)
        return Done{};
    m_open = false;
    // ROLLBACK TO leaves the savepoint in place on every engine; RELEASE removes it.
    if (auto undone = run(QStringLiteral("ROLLBACK TO SAVEPOINT storekeeper_step")); !undone)
        return undone;
    Transaction::forgive(m_connection);
    return run(QStringLiteral("RELEASE SAVEPOINT storekeeper_step"));
}
