#include "testdatabase.h"

#include "db/migrations.h"
#include "db/sql.h"
#include "domain/password.h"
#include "services/userservice.h"
#include "tables/goodslistmodel.h"

#include <QDir>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

namespace {

QString serverVariable(const QString& engine, const char* suffix)
{
    const QByteArray name = QByteArray("STOREKEEPER_TEST_") +
                            (engine == QLatin1String("postgresql") ? "POSTGRES" : "MYSQL") + suffix;
    return qEnvironmentVariable(name.constData());
}

} // namespace

int goodsColumn(const char* key)
{
    return GoodsList::spec(SortKey::Language::English).indexOf(QString::fromLatin1(key));
}

Session managerSession()
{
    return TestDatabase::sessionFor(Role::Manager);
}

qint64 countRows(const Connection& connection, const QString& sql, const QVariantList& values)
{
    auto value = Sql::scalar(connection, sql, values);
    if (!value) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(value.error().message));
        return -1;
    }
    return value.value().toLongLong();
}

const QStringList& TestDatabase::engines()
{
    static const QStringList list = {QStringLiteral("sqlite"), QStringLiteral("postgresql"),
                                     QStringLiteral("mariadb")};
    return list;
}

void TestDatabase::addEngineRows()
{
    QTest::addColumn<QString>("engine");
    for (const QString& engine : engines())
        QTest::newRow(engine.toUtf8().constData()) << engine;
}

TestDatabase::TestDatabase(const QString& engine, bool migrate, const QString& sqliteFile) : m_engine(engine)
{
    Password::initialize();
    static int serial = 0;
    m_name = QStringLiteral("sk_test_%1_%2").arg(QCoreApplication::applicationPid()).arg(++serial);
    m_connectionName = QStringLiteral("test-") + m_name;
    ConnectionProfile profile;
    if (engine == QLatin1String("sqlite")) {
        if (!m_dir.isValid()) {
            m_error = QStringLiteral("cannot make a temporary folder");
            return;
        }
        const QString file = m_dir.filePath(sqliteFile);
        if (!QDir().mkpath(QFileInfo(file).absolutePath())) {
            m_error = QStringLiteral("cannot make the folder for %1").arg(file);
            return;
        }
        profile = ConnectionProfile::sqliteFile(file);
    } else {
        const QString url = serverVariable(engine, "_URL");
        m_password = serverVariable(engine, "_PASSWORD");
        if (url.isEmpty()) {
            m_error = QStringLiteral("no %1 server: STOREKEEPER_TEST_%2_URL is not set. Run the tests with "
                                     "./scripts/test, which starts the servers.")
                          .arg(engine, engine == QLatin1String("postgresql") ? QStringLiteral("POSTGRES")
                                                                             : QStringLiteral("MYSQL"));
            return;
        }
        auto server = ConnectionProfile::parse(url);
        if (!server) {
            m_error = server.error().message;
            return;
        }
        m_server = server.value();
        const QString create =
            engine == QLatin1String("postgresql")
                ? QStringLiteral("CREATE DATABASE %1 ENCODING 'UTF8' TEMPLATE template0").arg(m_name)
                : QStringLiteral("CREATE DATABASE %1 CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci")
                      .arg(m_name);
        if (!runOnServer(create))
            return;
        profile = m_server;
        profile.database = m_name;
    }
    m_database = Database(profile, m_password, Database::Access::ReadWriteCreate);
    auto connection = m_database.connect(m_connectionName);
    if (!connection) {
        m_error = connection.error().message;
        return;
    }
    m_connection = connection.value();
    if (migrate) {
        auto version = Migrations::migrate(m_connection);
        if (!version)
            m_error = version.error().message;
    }
}

TestDatabase::~TestDatabase()
{
    m_connection = Connection();
    Database::disconnect(m_connectionName);
    if (m_engine == QLatin1String("postgresql") && !m_server.host.isEmpty())
        runOnServer(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_name));
    else if (m_engine == QLatin1String("mariadb") && !m_server.host.isEmpty())
        runOnServer(QStringLiteral("DROP DATABASE IF EXISTS %1").arg(m_name));
}

bool TestDatabase::runOnServer(const QString& sql)
{
    const QString name = m_connectionName + QStringLiteral("-server");
    bool done = false;
    {
        auto connection = Database(m_server, m_password).connect(name);
        if (!connection) {
            m_error = connection.error().message;
        } else {
            QSqlQuery query(connection.value().db);
            done = query.exec(sql);
            if (!done)
                m_error = query.lastError().text();
        }
    }
    Database::disconnect(name);
    return done;
}

Session TestDatabase::sessionFor(Role role, qint64 userId)
{
    Session session;
    session.userId = userId;
    session.username = RoleNames::key(role);
    session.displayName = RoleNames::displayName(role);
    session.role = role;
    return session;
}

Session TestDatabase::createUser(Role role, const QString& username)
{
    auto id =
        UserService(m_connection)
            .create(Session::maintenance(), {username, username, QStringLiteral("correct-horse-1"), role});
    if (!id) {
        m_error = id.error().message;
        return {};
    }
    Session session = sessionFor(role, id.value());
    session.username = username;
    return session;
}

TestDatabase& EngineDatabases::operator[](const QString& engine)
{
    auto& slot = m_databases[engine];
    if (!slot) {
        slot = std::make_unique<TestDatabase>(engine);
        if (slot->ok() && m_fill) {
            const QString failed = m_fill(*slot);
            if (!failed.isEmpty())
                qWarning("filling the %s database: %s", qPrintable(engine), qPrintable(failed));
        }
    }
    return *slot;
}

TestDatabase& EngineDatabases::current()
{
    QFETCH(QString, engine);
    return (*this)[engine];
}
