#pragma once

#include "connection.h"
#include "domain/error.h"

#include <QCoreApplication>

// Opens connections to one database, as often as threads need them. Holds the password in memory
// only, for as long as the program runs; it is never written anywhere.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)
public:
    enum class Access
    {
        ReadWrite,       // the database must exist already
        ReadWriteCreate, // a missing SQLite file (and its folder) is created
        ReadOnly,        // nothing is written, not even a SQLite journal mode
    };

    Database() = default;
    Database(ConnectionProfile profile, QString password, Access access = Access::ReadWrite);

    const ConnectionProfile& profile() const { return m_profile; }
    const Dialect& dialect() const { return Dialect::forEngine(m_profile.engine); }
    Access access() const { return m_access; }

    // Opens a connection named NAME for the calling thread. Errors say what to do in plain words.
    Result<Connection> connect(const QString& name) const;
    // Closes and forgets the connection named NAME (call from the thread that opened it).
    static void disconnect(const QString& name);
    // Opens CONNECTION again after the server dropped it (a restart, a network break), with the
    // credentials it was opened with. Every copy of the Connection shares the new session. After a
    // failed try, the next one waits a few seconds, so a server that stays away does not freeze the
    // window on every click; until then the connection stays closed.
    static bool reopen(const Connection& connection);
    // Opens CONNECTION again if it is closed (an earlier reopen failed); true when it is open.
    static bool ensureOpen(const Connection& connection);
    static Error unavailable(const Connection& connection);
    // A driver's message on one line, each of its lines a sentence with its full stop.
    static QString oneLine(const QString& driverText);

private:
    static bool prepareSession(const Connection& connection, QString* failure);
    Status checkSqliteFile() const;
    Error describeOpenFailure(const QSqlError& error) const;

    ConnectionProfile m_profile;
    QString m_password;
    Access m_access = Access::ReadWrite;
};
