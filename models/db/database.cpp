#include "database.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

Database::Database(ConnectionProfile profile, QString password, Access access)
    : m_profile(std::move(profile)), m_password(std::move(password)), m_access(access)
{}

Status Database::checkSqliteFile() const
{
    const QFileInfo file(m_profile.path);
    if (file.exists() && !file.isFile())
        return Error::make(Error::Kind::Unavailable,
                           tr("%1 is a folder, not a database file. Choose a file name.")
                               .arg(QDir::toNativeSeparators(m_profile.path)));
    if (!file.exists()) {
        if (m_access != Access::ReadWriteCreate)
            return Error::make(Error::Kind::Unavailable,
                               tr("There is no database at %1. Check the path, or run \"storekeeper-admin "
                                  "migrate\" to create one there.")
                                   .arg(QDir::toNativeSeparators(m_profile.path)));
        if (!QDir().mkpath(file.absolutePath()))
            return Error::make(
                Error::Kind::Unavailable,
                tr("Cannot create the folder %1 for the database. Check that you may write there.")
                    .arg(QDir::toNativeSeparators(file.absolutePath())));
    } else if (!file.isReadable()) {
        return Error::make(Error::Kind::Unavailable, tr("You may not read %1. Check the file's permissions.")
                                                         .arg(QDir::toNativeSeparators(m_profile.path)));
    }
    return Done{};
}

Error Database::describeOpenFailure(const QSqlError& error) const
{
    // The server's or client library's own words, on one line: libpq breaks its message into
    // indented lines, and the Qt driver's "Unable to connect" beside it says nothing more.
    QString detail = error.databaseText().simplified();
    if (detail.isEmpty())
        detail = error.driverText().simplified();
    if (detail.size() > 300)
        detail = detail.left(299) + QChar(0x2026);
    if (dialect().isAuthenticationFailure(error))
        return Error::make(Error::Kind::Authentication,
                           tr("The %1 server refused user \"%2\": the password is wrong or the account may "
                              "not connect. Check the password and try again.")
                               .arg(m_profile.engineName(), m_profile.user));
    return Error::make(Error::Kind::Unavailable,
                       tr("Cannot connect to %1 at %2 (%3). Check that the server is running and that the "
                          "address is right.")
                           .arg(m_profile.engineName(), m_profile.location(), detail));
}

Result<Connection> Database::connect(const QString& name) const
{
    if (QSqlDatabase::contains(name))
        disconnect(name);
    const Dialect& rules = dialect();
    if (!QSqlDatabase::isDriverAvailable(rules.driverName()))
        return Error::make(Error::Kind::Unavailable,
                           tr("The Qt driver for %1 (%2) is not installed. Install the package that "
                              "provides it (for example libqt6sql6-psql or libqt6sql6-mysql).")
                               .arg(m_profile.engineName(), rules.driverName()));

    const bool readOnly = m_access == Access::ReadOnly;
    QSqlDatabase db = QSqlDatabase::addDatabase(rules.driverName(), name);
    QStringList options;
    if (m_profile.engine == ConnectionProfile::Engine::SQLite) {
        if (auto status = checkSqliteFile(); !status) {
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(name);
            return status.error();
        }
        db.setDatabaseName(m_profile.path);
        options << QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000");
    } else {
        db.setHostName(m_profile.host);
        db.setPort(m_profile.effectivePort());
        db.setUserName(m_profile.user);
        db.setPassword(m_password);
        db.setDatabaseName(m_profile.database);
        if (m_profile.engine == ConnectionProfile::Engine::PostgreSQL) {
            options << QStringLiteral("connect_timeout=10");
            if (!m_profile.sslMode.isEmpty())
                options << QStringLiteral("sslmode=") + m_profile.sslMode;
        } else {
            options << QStringLiteral("MYSQL_OPT_CONNECT_TIMEOUT=10");
        }
    }
    db.setConnectOptions(options.join(QLatin1Char(';')));

    const auto fail = [&](Error error) {
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        return error;
    };
    if (!db.open())
        return fail(describeOpenFailure(db.lastError()));

    QSqlQuery setup(db);
    if (m_profile.engine == ConnectionProfile::Engine::SQLite) {
        // Opening is lazy: read the header now so that a file that is not SQLite fails here,
        // before any pragma could write to it.
        if (!setup.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")))
            return fail(Error::make(
                Error::Kind::Schema,
                tr("%1 is not a Storekeeper database, or it is damaged: %2. Choose "
                   "another file or restore a backup.")
                    .arg(QDir::toNativeSeparators(m_profile.path), setup.lastError().databaseText())));
    }
    const Connection connection{db, &rules, m_profile, readOnly};
    if (QString failure; !prepareSession(connection, &failure))
        return fail(
            Error::make(Error::Kind::Unavailable,
                        tr("Cannot prepare the connection to %1: %2").arg(m_profile.location(), failure)));
    return connection;
}

bool Database::prepareSession(const Connection& connection, QString* failure)
{
    QSqlQuery setup(connection.db);
    const QStringList statements = connection.sql().sessionSetup(connection.readOnly);
    for (const QString& statement : statements) {
        if (!setup.exec(statement)) {
            *failure = setup.lastError().text();
            return false;
        }
    }
    return true;
}

namespace {

constexpr qint64 reopenPauseMillis = 5000;
// When each connection last failed to reopen; connections belong to one thread, so per thread.
thread_local QHash<QString, qint64> lastFailedReopen;

} // namespace

bool Database::reopen(const Connection& connection)
{
    const QString name = connection.db.connectionName();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (now - lastFailedReopen.value(name, now - reopenPauseMillis) < reopenPauseMillis)
        return false;
    QSqlDatabase db = connection.db;
    db.close();
    QString failure;
    if (db.open() && prepareSession(connection, &failure)) {
        lastFailedReopen.remove(name);
        return true;
    }
    db.close();
    lastFailedReopen.insert(name, now);
    return false;
}

bool Database::ensureOpen(const Connection& connection)
{
    return connection.db.isOpen() || reopen(connection);
}

Error Database::unavailable(const Connection& connection)
{
    return Error::make(
        Error::Kind::Unavailable,
        tr("The connection to %1 is broken and could not be opened again yet. Check the server "
           "and the network; Storekeeper tries again with your next action.")
            .arg(connection.profile.location()));
}

void Database::disconnect(const QString& name)
{
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(name);
}
