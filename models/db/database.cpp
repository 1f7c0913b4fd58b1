#include "database.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

Database::Database(ConnectionProfile profile, QString password, Access access)
    : m_profile(std::move(profile)), m_password(std::move(password)), m_access(access)
{}

namespace {

QString native(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

// SQLite in WAL mode keeps two work files beside the database, made by the first connection.
bool mayKeepWorkFiles(const QFileInfo& file)
{
    const QFileInfo folder(file.absolutePath());
    if (folder.isWritable())
        return true;
    for (const char* suffix : {"-wal", "-shm"}) {
        const QFileInfo work(file.absoluteFilePath() + QLatin1String(suffix));
        if (!work.exists() || !work.isWritable())
            return false;
    }
    return true;
}

} // namespace

Status Database::checkSqliteFile() const
{
    const QFileInfo file(m_profile.path);
    if (file.exists() && !file.isFile())
        return Error::make(
            Error::Kind::Unavailable,
            tr("%1 is a folder, not a database file. Choose a file name.").arg(native(m_profile.path)));
    if (!file.exists()) {
        if (m_access != Access::ReadWriteCreate)
            return Error::make(Error::Kind::Unavailable,
                               tr("There is no database at %1. Check the path, or run \"storekeeper-admin "
                                  "migrate\" to create one there.")
                                   .arg(native(m_profile.path)));
        QDir folder(file.absolutePath());
        if (!folder.exists() && !QDir().mkpath(file.absolutePath()))
            return Error::make(
                Error::Kind::Unavailable,
                tr("Cannot create the folder %1 for the database: you may not write where it would "
                   "go. Choose another place, or ask for write access there.")
                    .arg(native(file.absolutePath())));
        if (!QFileInfo(file.absolutePath()).isWritable())
            return Error::make(Error::Kind::Unavailable,
                               tr("Cannot create the database %1: you may not write in the folder %2. Choose "
                                  "another folder, or ask for write access to this one.")
                                   .arg(native(m_profile.path), native(file.absolutePath())));
        return Done{};
    }
    if (!file.isReadable())
        return Error::make(
            Error::Kind::Unavailable,
            tr("You may not read %1. Ask whoever looks after it for access, or open a copy of it.")
                .arg(native(m_profile.path)));
    if (m_access == Access::ReadOnly)
        return Done{};
    if (!file.isWritable())
        return Error::make(
            Error::Kind::Unavailable,
            tr("You may read %1 but not write to it, and Storekeeper saves every change there. Ask "
               "whoever looks after it for write access, or open a copy of it.")
                .arg(native(m_profile.path)));
    if (!mayKeepWorkFiles(file))
        return Error::make(
            Error::Kind::Unavailable,
            tr("You may not create files in the folder %1, where SQLite keeps two work files beside "
               "the database (%2-wal and %2-shm). Ask for write access to the folder, or move the "
               "database to one you may write in.")
                .arg(native(file.absolutePath()), file.fileName()));
    return Done{};
}

QString Database::oneLine(const QString& driverText)
{
    // libpq writes "Connection refused\n\tIs the server running ...": each line is a sentence of
    // its own, so joined on one line each ends with its stop.
    QStringList sentences;
    for (QString line : driverText.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        line = line.simplified();
        if (line.isEmpty())
            continue;
        const bool han = line.back().script() == QChar::Script_Han;
        if (!QStringLiteral(".!?:;。！？").contains(line.back()))
            line += han ? QStringLiteral("。") : QStringLiteral(".");
        sentences << line;
    }
    QString text;
    for (const QString& sentence : qAsConst(sentences)) {
        if (!text.isEmpty() && !text.endsWith(QStringLiteral("。")) && !text.endsWith(QStringLiteral("？")) &&
            !text.endsWith(QStringLiteral("！")))
            text += QLatin1Char(' ');
        text += sentence;
    }
    if (text.endsWith(QLatin1Char('.')) || text.endsWith(QStringLiteral("。")))
        text.chop(1); // the message around it goes on after the parenthesis
    if (text.size() > 300)
        text = text.left(299) + QChar(0x2026);
    return text;
}

Error Database::describeOpenFailure(const QSqlError& error) const
{
    // The server's or client library's own words, on one line: libpq breaks its message into
    // indented lines, and the Qt driver's "Unable to connect" beside it says nothing more.
    QString detail = oneLine(error.databaseText());
    if (detail.isEmpty())
        detail = oneLine(error.driverText());
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
        const QFileInfo file(m_profile.path);
        if (readOnly && file.exists() && (!file.isWritable() || !mayKeepWorkFiles(file))) {
            // Looking must work with read access alone (a writable file is opened as usual, with
            // query_only, so its last connection still tidies SQLite's work files away). Without the
            // right to make those files, the file can only be read as it stands.
            options << QStringLiteral("QSQLITE_OPEN_READONLY");
            if (!mayKeepWorkFiles(file) && !QFileInfo::exists(m_profile.path + QStringLiteral("-wal"))) {
                options << QStringLiteral("QSQLITE_OPEN_URI");
                QUrl uri = QUrl::fromLocalFile(file.absoluteFilePath());
                uri.setQuery(QStringLiteral("immutable=1"));
                db.setDatabaseName(uri.toString(QUrl::FullyEncoded));
            }
        }
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
        if (!setup.exec(QStringLiteral("SELECT count(*) FROM sqlite_master"))) {
            // SQLITE_NOTADB (26) and SQLITE_CORRUPT (11) are the file; anything else is the way to it.
            const QString code = setup.lastError().nativeErrorCode();
            if (code == QLatin1String("26") || code == QLatin1String("11"))
                return fail(Error::make(Error::Kind::Schema,
                                        tr("%1 is not a Storekeeper database, or it is damaged: %2. Choose "
                                           "another file or restore a backup.")
                                            .arg(native(m_profile.path), setup.lastError().databaseText())));
            return fail(
                Error::make(Error::Kind::Unavailable,
                            tr("Cannot open %1: %2. Check that you may read and write the file and its "
                               "folder.")
                                .arg(native(m_profile.path), setup.lastError().databaseText())));
        }
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
        if (db.isOpen()) {
            for (const auto engine :
                 {ConnectionProfile::Engine::SQLite, ConnectionProfile::Engine::PostgreSQL,
                  ConnectionProfile::Engine::MySQL}) {
                const Dialect& dialect = Dialect::forEngine(engine);
                if (dialect.driverName() != db.driverName())
                    continue;
                for (const QString& statement : dialect.beforeClose())
                    QSqlQuery(db).exec(statement);
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
}
