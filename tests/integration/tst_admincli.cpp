// storekeeper-admin as a user meets it: the real executable in a child process, judged only by its
// exit code, what it prints and what it leaves on disk or on the server.
#include "adminprocess.h"
#include "db/migrations.h"
#include "db/sql.h"
#include "domain/password.h"
#include "services/authservice.h"
#include "testdatabase.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>
#include <memory>

namespace {

const QString adminPassword = QStringLiteral("correct-horse-battery");

} // namespace

class TestAdminCli : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();

    void happyPath_data();
    void happyPath();
    void defaultDatabaseStaysInTheHomeFolder();
    void unreachableServer_data();
    void unreachableServer();
    void wrongServerPassword_data();
    void wrongServerPassword();
    void noServerPasswordAndNoTerminal_data();
    void noServerPasswordAndNoTerminal();
    void usersCommands_data() { TestDatabase::addEngineRows(); }
    void usersCommands();

private:
    AdminProcess m_admin;
};

void TestAdminCli::initTestCase()
{
    const QString problem = m_admin.binaryProblem();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QVERIFY(Password::initialize());
}

void TestAdminCli::init()
{
    QVERIFY(m_admin.makeRoot()); // a fresh root and home for every test row
}

void TestAdminCli::happyPath_data()
{
    TestDatabase::addEngineRows();
}

void TestAdminCli::happyPath()
{
    QFETCH(QString, engine);
    const bool sqlite = engine == QLatin1String("sqlite");
    const QString file = m_admin.path("shop.db");
    std::unique_ptr<TestDatabase> server;
    Environment env{{"STOREKEEPER_ADMIN_PASSWORD", adminPassword}};
    QString address = QStringLiteral("sqlite:") + file;
    if (!sqlite) {
        server = std::make_unique<TestDatabase>(engine, /*migrate*/ false);
        QVERIFY2(server->ok(), qPrintable(server->error()));
        address = server->url();
        env.insert("STOREKEEPER_DB_PASSWORD", server->password());
    }
    const QStringList db = {"--database", address};

    const CliRun migrated = m_admin.run(QStringList{"migrate"} + db, env);
    COMPARE_EXIT(migrated, 0);
    VERIFY_SAYS(migrated.out,
                QStringLiteral("is now at schema version %1.").arg(Migrations::latestVersion()));
    std::unique_ptr<SqliteFile> own;
    if (sqlite) {
        QVERIFY(QFileInfo(file).isFile());
        own = std::make_unique<SqliteFile>(file);
        QVERIFY(own->isOpen());
    }
    const QSqlDatabase check = sqlite ? own->db() : server->connection().db;
    QCOMPARE(scalar(check, "SELECT MAX(version) FROM schema_version").toInt(), Migrations::latestVersion());

    const CliRun created = m_admin.run(QStringList{"create-admin", "--username", "Boss"} + db, env);
    COMPARE_EXIT(created, 0);
    VERIFY_SAYS(created.out, "Administrator \"boss\" created.");
    QCOMPARE(scalar(check, "SELECT role FROM users WHERE username = 'boss'").toString(), QString("admin"));
    QVERIFY(Password::verify(
        scalar(check, "SELECT password_hash FROM users WHERE username = 'boss'").toString(), adminPassword));

    const CliRun demo = m_admin.run(QStringList{"demo-data"} + db, env);
    COMPARE_EXIT(demo, 0);
    const QRegularExpressionMatch summary =
        QRegularExpression("Demo data added. Categories: \\d+, goods: (\\d+), suppliers: \\d+, customers: "
                           "(\\d+), staff accounts: 3")
            .match(demo.out);
    QVERIFY2(summary.hasMatch(), qPrintable(demo.out));
    for (const char* account :
         {"demo-manager / oolong-teapot-2", "demo-clerk / oolong-teapot-3", "demo-cashier / oolong-teapot-4"})
        VERIFY_SAYS(demo.out, QString::fromLatin1(account));
    // boss is the administrator: no demo one beside it.
    QVERIFY2(!demo.out.contains("demo-admin"), qPrintable(demo.out));
    QCOMPARE(scalar(check, "SELECT COUNT(*) FROM users").toInt(), 4);

    const CliRun generated = m_admin.run(
        QStringList{"generate", "--goods", "2000", "--customers", "300", "--suppliers", "7"} + db, env);
    COMPARE_EXIT(generated, 0);
    VERIFY_SAYS(generated.out, "Goods: 2,000, customers: 300, suppliers: 7.");
    // Each generated item is offered by its usual supplier at least.
    QVERIFY(scalar(check, "SELECT COUNT(*) FROM supplier_goods").toInt() >= 2000);
    QCOMPARE(
        scalar(check, "SELECT COUNT(*) FROM goods WHERE sku LIKE 'GEN-%' AND default_supplier_id IS NULL")
            .toInt(),
        0);
    QCOMPARE(scalar(check, "SELECT COUNT(*) FROM goods").toInt(), summary.captured(1).toInt() + 2000);
    QCOMPARE(scalar(check, "SELECT COUNT(*) FROM customers").toInt(), summary.captured(2).toInt() + 300);

    const CliRun clean = m_admin.run(QStringList{"check"} + db, env);
    COMPARE_EXIT(clean, 0);
    VERIFY_SAYS(clean.out, "No problems found.");

    const CliRun again = m_admin.run(QStringList{"migrate"} + db, env);
    COMPARE_EXIT(again, 0);
    VERIFY_SAYS(again.out,
                QStringLiteral("is up to date (schema version %1).").arg(Migrations::latestVersion()));

    // Stock that no longer matches its movements, as a hand edit or a bug elsewhere would leave it.
    QSqlQuery level(check);
    QVERIFY(level.exec(sqlite
                           ? "SELECT l.goods_id, l.warehouse_id, l.quantity, g.sku, w.code FROM stock_levels "
                             "l JOIN goods g ON "
                             "g.id = l.goods_id JOIN warehouses w ON w.id = l.warehouse_id WHERE l.rowid = 1"
                           : "SELECT l.goods_id, l.warehouse_id, l.quantity, g.sku, w.code FROM stock_levels "
                             "l JOIN goods g ON "
                             "g.id = l.goods_id JOIN warehouses w ON w.id = l.warehouse_id ORDER BY "
                             "l.goods_id, l.warehouse_id"));
    QVERIFY(level.next());
    const qint64 goodsId = level.value(0).toLongLong();
    const qint64 warehouseId = level.value(1).toLongLong();
    const qint64 quantity = level.value(2).toLongLong();
    const QString sku = level.value(3).toString();
    const QString warehouse = level.value(4).toString();
    level.finish();
    QSqlQuery update(check);
    QVERIFY(update.exec(
        sqlite ? QStringLiteral("UPDATE stock_levels SET quantity = quantity + 5 WHERE rowid = 1")
               : QStringLiteral("UPDATE stock_levels SET quantity = quantity + 5 WHERE goods_id = %1 "
                                "AND warehouse_id = %2")
                     .arg(goodsId)
                     .arg(warehouseId)));
    QCOMPARE(update.numRowsAffected(), 1);

    const CliRun broken = m_admin.run(QStringList{"check"} + db, env);
    COMPARE_EXIT(broken, 1);
    VERIFY_SAYS(broken.out,
                // Named as people know them: the SKU and the warehouse's code.
                QStringLiteral("Stock of %1 in warehouse %2 is %3, but its movements add up to %4.")
                    .arg(sku, warehouse)
                    .arg(quantity + 5)
                    .arg(quantity));
    // Plurals come from the English translation even on a bare C.UTF-8 system.
    VERIFY_SAYS(broken.out, "1 problem found.");
}

void TestAdminCli::defaultDatabaseStaysInTheHomeFolder()
{
    const CliRun migrated = m_admin.run({"migrate"});
    COMPARE_EXIT(migrated, 0);
    const QString dataHome = m_admin.path("home/.local/share");
    VERIFY_SAYS(migrated.out, dataHome);
    const QStringList made = entriesUnder(dataHome).filter(QRegularExpression("(^|/)storekeeper\\.db$"));
    QCOMPARE(made.size(), 1);
    // Only the home folder may have grown: nothing beside it in the working folder.
    QCOMPARE(QDir(m_admin.root()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
             QStringList{"home"});
}

void TestAdminCli::unreachableServer_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("engineName");
    for (const char* command : {"check", "migrate", "demo-data"}) {
        QTest::addRow("postgresql %s", command)
            << "postgresql://me@127.0.0.1:1/db" << command << "PostgreSQL";
        QTest::addRow("mysql %s", command) << "mysql://me@127.0.0.1:1/db" << command << "MariaDB/MySQL";
    }
}

void TestAdminCli::unreachableServer()
{
    QFETCH(QString, address);
    QFETCH(QString, command);
    QFETCH(QString, engineName);
    const CliRun result =
        m_admin.run({command, "--database", address}, {{"STOREKEEPER_DB_PASSWORD", "secret-1"}}, 30000);
    COMPARE_EXIT(result, 1);
    VERIFY_SAYS(result.err, QStringLiteral("Cannot connect to %1 at me@127.0.0.1:1/db").arg(engineName));
    VERIFY_SAYS(result.err, "Check that the server is running");
    QVERIFY2(result.elapsedMs < 15000, qPrintable(result.transcript()));
    QCOMPARE(entriesUnder(m_admin.root()), QStringList{"home"});
}

void TestAdminCli::wrongServerPassword_data()
{
    QTest::addColumn<QString>("engine");
    QTest::addColumn<QString>("command");
    for (const char* engine : {"postgresql", "mariadb"}) {
        for (const char* command : {"migrate", "check", "create-admin", "demo-data"})
            QTest::addRow("%s %s", engine, command) << engine << command;
    }
}

void TestAdminCli::wrongServerPassword()
{
    QFETCH(QString, engine);
    QFETCH(QString, command);
    const char* serverUrl = engine == QLatin1String("postgresql") ? "STOREKEEPER_TEST_POSTGRES_URL"
                                                                  : "STOREKEEPER_TEST_MYSQL_URL";
    QVERIFY2(qEnvironmentVariableIsSet(serverUrl), serverUrl); // TestDatabase builds on it
    TestDatabase target(engine, /*migrate*/ false);
    QVERIFY2(target.ok(), qPrintable(target.error()));
    const CliRun result = m_admin.run({command, "--database", target.url(), "--username", "boss"},
                                      {{"STOREKEEPER_DB_PASSWORD", target.password() + "-wrong"},
                                       {"STOREKEEPER_ADMIN_PASSWORD", adminPassword}});
    COMPARE_EXIT(result, 1);
    VERIFY_SAYS(result.err,
                QStringLiteral("server refused user \"%1\"").arg(target.database().profile().user));
    VERIFY_SAYS(result.err, "the password is wrong");
    QCOMPARE(result.out, QString());
    QCOMPARE(target.connection().db.tables(), QStringList());
}

void TestAdminCli::noServerPasswordAndNoTerminal_data()
{
    QTest::addColumn<QString>("engine");
    QTest::newRow("postgresql") << "postgresql";
    QTest::newRow("mariadb") << "mariadb";
}

void TestAdminCli::noServerPasswordAndNoTerminal()
{
    QFETCH(QString, engine);
    TestDatabase target(engine, /*migrate*/ false);
    QVERIFY2(target.ok(), qPrintable(target.error()));
    const CliRun result = m_admin.run({"migrate", "--database", target.url()}, {}, 30000);
    COMPARE_EXIT(result, 1);
    VERIFY_SAYS(result.err, "Set STOREKEEPER_DB_PASSWORD");
    VERIFY_SAYS(result.err, "nothing was done");
    QCOMPARE(target.connection().db.tables(), QStringList());
}

// The way back for an administrator locked out of every desk, and a look at the accounts.
void TestAdminCli::usersCommands()
{
    QFETCH(QString, engine);
    TestDatabase db(engine);
    QVERIFY2(db.ok(), qPrintable(db.error()));
    db.createUser(Role::Admin, "boss");
    db.createUser(Role::Clerk, "wangfang");
    QVERIFY2(db.ok(), qPrintable(db.error()));
    Environment env;
    if (engine != QLatin1String("sqlite"))
        env.insert("STOREKEEPER_DB_PASSWORD", db.password());
    const QStringList address = {"--database", db.url()};
    // The boss, locked out by wrong passwords.
    AuthService auth(db.connection());
    for (int i = 0; i < 3; ++i)
        QVERIFY(!auth.login("boss", "wrong-password-1"));
    QVERIFY(Sql::exec(db.connection(),
                      "UPDATE login_attempts SET locked_until = 4102444800000, locks = 1 WHERE "
                      "username = 'boss'")
                .ok());

    const CliRun listed = m_admin.run(QStringList{"users", "list"} + address, env);
    COMPARE_EXIT(listed, 0);
    VERIFY_SAYS(listed.out, "boss");
    VERIFY_SAYS(listed.out, "locked until");
    VERIFY_SAYS(listed.out, "Warehouse clerk");
    VERIFY_SAYS(listed.out, "2 accounts.");

    const CliRun unlocked = m_admin.run(QStringList{"users", "unlock", "BOSS"} + address, env);
    COMPARE_EXIT(unlocked, 0);
    VERIFY_SAYS(unlocked.out, "\"boss\" can sign in again now.");
    auto in = auth.login("boss", "correct-horse-1");
    QVERIFY2(in.ok(), in ? "" : qPrintable(in.error().message));

    // A weak password is refused with the reason, and nothing changes; a good one must be changed.
    Environment weak = env;
    weak.insert("STOREKEEPER_NEW_PASSWORD", "wangfang123");
    const CliRun refused = m_admin.run(QStringList{"users", "reset-password", "wangfang"} + address, weak);
    COMPARE_EXIT(refused, 1);
    VERIFY_SAYS(refused.err, "user name");
    Environment good = env;
    good.insert("STOREKEEPER_NEW_PASSWORD", "kettle-lantern-73");
    const CliRun reset = m_admin.run(QStringList{"users", "reset-password", "wangfang"} + address, good);
    COMPARE_EXIT(reset, 0);
    VERIFY_SAYS(reset.out, "must choose a new one");
    QVERIFY2(!reset.out.contains("kettle-lantern-73") && !reset.err.contains("kettle-lantern-73"),
             qPrintable(reset.out + reset.err));
    auto temporary = auth.login("wangfang", "kettle-lantern-73");
    QVERIFY(temporary && temporary->mustChangePassword);
    auto audited = Sql::scalar(db.connection(), "SELECT COUNT(*) FROM audit_log WHERE entity = 'user' AND "
                                                "action IN ('unlock', 'reset-password')");
    QCOMPARE(audited.value().toInt(), 2);

    // Wrong command lines exit 2; an unknown account exits 1.
    for (const QStringList& wrong : {QStringList{"users"}, QStringList{"users", "unlock"},
                                     QStringList{"users", "frob"}, QStringList{"users", "list", "extra"}})
        COMPARE_EXIT(m_admin.run(wrong + address, env), 2);
    const CliRun nobody = m_admin.run(QStringList{"users", "unlock", "nobody"} + address, env);
    COMPARE_EXIT(nobody, 1);
    VERIFY_SAYS(nobody.err, "There is no staff account \"nobody\".");
}

QTEST_GUILESS_MAIN(TestAdminCli)
#include "tst_admincli.moc"
