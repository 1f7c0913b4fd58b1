// storekeeper-admin given wrong input: malformed command lines and addresses, files that are not
// (or not yet, or no longer) Storekeeper databases. Each must end in a clear message and an exit
// code, with nothing created or changed on disk. The process helpers are in adminprocess.h, shared
// with tst_admincli.cpp.

#include "adminprocess.h"

#include <QDir>
#include <QFile>
#include <QTest>

namespace {

const QString adminPassword = QStringLiteral("correct-horse-battery");

} // namespace

class TestAdminCliBadInput : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();

    void malformedAddress_data();
    void malformedAddress();
    void badCommandLine_data();
    void badCommandLine();
    void administratorWithoutPassword();
    void unacceptableAdministrator_data();
    void unacceptableAdministrator();
    void fileThatIsNotADatabase_data();
    void fileThatIsNotADatabase();
    void otherApplicationsDatabase_data();
    void otherApplicationsDatabase();
    void databaseFromNewerVersion_data();
    void databaseFromNewerVersion();
    void missingDatabaseFile_data();
    void missingDatabaseFile();
    void folderInsteadOfFile_data();
    void folderInsteadOfFile();
    void permissionsAreNotDamage();

private:
    // A migrated, empty Storekeeper file made by the tool itself.
    bool makeStorekeeperFile(const QString& name) const;

    AdminProcess m_admin;
};

void TestAdminCliBadInput::initTestCase()
{
    const QString problem = m_admin.binaryProblem();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestAdminCliBadInput::init()
{
    QVERIFY(m_admin.makeRoot()); // a fresh root and home for every test row
}

bool TestAdminCliBadInput::makeStorekeeperFile(const QString& name) const
{
    const CliRun migrated =
        m_admin.run({QStringLiteral("migrate"), QStringLiteral("--database"), m_admin.sqliteAddress(name)});
    if (migrated.exitCode != 0)
        qWarning().noquote() << migrated.transcript();
    return migrated.exitCode == 0;
}

void TestAdminCliBadInput::malformedAddress_data()
{
    QTest::addColumn<QString>("address"); // %ROOT% is the test's temporary folder
    QTest::addColumn<QString>("why");
    const auto row = [](const char* name, const char* address, const char* why) {
        QTest::newRow(name) << QString::fromUtf8(address) << QString::fromUtf8(why);
    };
    row("empty", "", "it is empty");
    row("blank", "   ", "it is empty");
    row("unknown kind", "oracle://x@h/db", "the kind \"oracle\"");
    row("password in address", "postgresql://me:pw@h/db", "it contains a password");
    row("no user", "postgresql://h/db", "the user name is missing");
    row("port out of range", "mysql://me@h:99999/db", "between 1 and 65535");
    row("port missing", "postgresql://me@127.0.0.1:/db", "the port is not a number");
    row("no database", "mysql://me@h:3306/", "the database name is missing");
    row("unknown option", "postgresql://me@h/db?sslmode=maybe", "sslmode must be one of");
    row("sqlite without path", "sqlite:", "the SQLite file path is missing");
    row("newline in path", "sqlite:%ROOT%/shop\n.db", "control characters");
    row("bell in path", "sqlite:%ROOT%/sh\aop.db", "control characters");
    row("newline in server address", "postgresql://me@h/d\nb", "control characters");
}

void TestAdminCliBadInput::malformedAddress()
{
    QFETCH(QString, address);
    QFETCH(QString, why);
    address.replace("%ROOT%", m_admin.root());
    const CliRun result =
        m_admin.run({"migrate", "--database", address},
                    {{"STOREKEEPER_DB_PASSWORD", "secret-1"}, {"STOREKEEPER_ADMIN_PASSWORD", adminPassword}});
    COMPARE_EXIT(result, 2);
    VERIFY_SAYS(result.err, "is not valid: ");
    VERIFY_SAYS(result.err, why);
    VERIFY_SAYS(result.err, "Use sqlite:PATH");
    QCOMPARE(result.out, QString());
    QCOMPARE(entriesUnder(m_admin.root()), QStringList{"home"});
}

void TestAdminCliBadInput::badCommandLine_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("says");
    QTest::newRow("unknown command") << QStringList{"frobnicate"} << "Unknown command \"frobnicate\"";
    QTest::newRow("no command") << QStringList{} << "Name a command.";
    QTest::newRow("two commands") << QStringList{"migrate", "check"} << "Give exactly one command.";
    QTest::newRow("unknown option") << QStringList{"check", "--frobnicate"} << "frobnicate";
    QTest::newRow("goods negative") << QStringList{"generate", "--goods", "-5"}
                                    << "take a whole number from 0 to";
    QTest::newRow("goods not a number")
        << QStringList{"generate", "--goods", "abc"} << "take a whole number from 0 to";
    QTest::newRow("goods too many") << QStringList{"generate", "--goods", "99999999999999"}
                                    << "take a whole number from 0 to";
    QTest::newRow("customers fraction")
        << QStringList{"generate", "--customers", "1.5"} << "take a whole number from 0 to";
    QTest::newRow("seed negative") << QStringList{"generate", "--goods", "1", "--seed", "-1"}
                                   << "--seed takes";
    QTest::newRow("suppliers negative")
        << QStringList{"generate", "--suppliers", "-1"} << "take a whole number from 0 to";
    QTest::newRow("nothing to generate") << QStringList{"generate"} << "Nothing to generate";
    QTest::newRow("zero to generate") << QStringList{"generate", "--goods", "0"} << "with N above 0";
    QTest::newRow("admin without name") << QStringList{"create-admin"} << "create-admin needs --username.";
}

void TestAdminCliBadInput::badCommandLine()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, says);
    const CliRun result = m_admin.run(arguments + QStringList{"--database", m_admin.sqliteAddress("shop.db")},
                                      {{"STOREKEEPER_ADMIN_PASSWORD", adminPassword}});
    COMPARE_EXIT(result, 2);
    VERIFY_SAYS(result.err, says);
    VERIFY_SAYS(result.err, "storekeeper-admin --help");
    QCOMPARE(result.out, QString());
    QCOMPARE(entriesUnder(m_admin.root()), QStringList{"home"});
}

void TestAdminCliBadInput::administratorWithoutPassword()
{
    // No terminal to ask in and no STOREKEEPER_ADMIN_PASSWORD: the command was right, so exit 1.
    const CliRun result = m_admin.run(
        {"create-admin", "--username", "boss", "--database", m_admin.sqliteAddress("shop.db")}, {});
    COMPARE_EXIT(result, 1);
    VERIFY_SAYS(result.err, "No password given");
    QCOMPARE(entriesUnder(m_admin.root()), QStringList{"home"});
}

void TestAdminCliBadInput::unacceptableAdministrator_data()
{
    QTest::addColumn<QString>("username");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("field");
    const auto row = [](const char* name, const char* username, const QString& password, const char* field) {
        QTest::newRow(name) << QString::fromUtf8(username) << password << QString::fromUtf8(field);
    };
    // The field is named as a person reads it, not by its key in the code.
    row("too short", "boss", "abc", "Password");
    row("one character repeated", "boss", "aaaaaaaaaa", "Password");
    row("empty password", "boss", "", "Password");
    row("name with spaces", "big boss", adminPassword, "User name");
}

void TestAdminCliBadInput::unacceptableAdministrator()
{
    QFETCH(QString, username);
    QFETCH(QString, password);
    QFETCH(QString, field);
    QVERIFY(makeStorekeeperFile("shop.db"));
    const QByteArray before = contents(m_admin.path("shop.db"));
    const CliRun result =
        m_admin.run({"create-admin", "--username", username, "--database", m_admin.sqliteAddress("shop.db")},
                    {{"STOREKEEPER_ADMIN_PASSWORD", password}});
    COMPARE_EXIT(result, 1);
    VERIFY_SAYS(result.err, "The account was not created:");
    VERIFY_SAYS(result.err, "  " + field + ": ");
    if (!password.isEmpty())
        QVERIFY2(!result.err.contains(password), "a password must never be echoed");
    QCOMPARE(contents(m_admin.path("shop.db")), before);
    SqliteFile own(m_admin.path("shop.db"));
    QVERIFY(own.isOpen());
    QCOMPARE(scalar(own.db(), "SELECT COUNT(*) FROM users").toString(), QString("0"));
}

void TestAdminCliBadInput::fileThatIsNotADatabase_data()
{
    QTest::addColumn<QString>("command");
    for (const char* command : {"migrate", "check", "create-admin", "demo-data", "generate"})
        QTest::newRow(command) << command;
}

void TestAdminCliBadInput::fileThatIsNotADatabase()
{
    QFETCH(QString, command);
    const QByteArray text = QByteArray("Shopping list\n- 2 kg rice\n- soy sauce\n").repeated(200);
    {
        QFile file(m_admin.path("x.db"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(text), qint64(text.size()));
    }
    const CliRun result = m_admin.run(
        {command, "--database", m_admin.sqliteAddress("x.db"), "--username", "boss", "--goods", "5"},
        {{"STOREKEEPER_ADMIN_PASSWORD", adminPassword}});
    COMPARE_EXIT(result, 1);
    VERIFY_SAYS(result.err, m_admin.path("x.db") + " is not a Storekeeper database, or it is damaged");
    QCOMPARE(contents(m_admin.path("x.db")), text);
    QCOMPARE(entriesUnder(m_admin.root()), (QStringList{"home", "x.db"})); // no -wal, -shm or -journal
}

void TestAdminCliBadInput::otherApplicationsDatabase_data()
{
    fileThatIsNotADatabase_data();
}

void TestAdminCliBadInput::otherApplicationsDatabase()
{
    QFETCH(QString, command);
    {
        SqliteFile other(m_admin.path("other.db"));
        QVERIFY(other.isOpen());
        QVERIFY(other.exec("CREATE TABLE foo (id INTEGER PRIMARY KEY, note TEXT)"));
        QVERIFY(other.exec("INSERT INTO foo (note) VALUES ('kept')"));
    }
    const QByteArray before = contents(m_admin.path("other.db"));
    QCOMPARE(entriesUnder(m_admin.root()), (QStringList{"home", "other.db"}));
    const CliRun result = m_admin.run(
        {command, "--database", m_admin.sqliteAddress("other.db"), "--username", "boss", "--goods", "5"},
        {{"STOREKEEPER_ADMIN_PASSWORD", adminPassword}});
    COMPARE_EXIT(result, 1);
    VERIFY_SAYS(result.err,
                m_admin.path("other.db") + " is not a Storekeeper database: it holds other tables (foo).");
    VERIFY_SAYS(result.err, "Nothing was changed.");
    QCOMPARE(entriesUnder(m_admin.root()), (QStringList{"home", "other.db"}));
    // The message promises nothing was changed; the bytes must agree (journal mode included).
    QCOMPARE(contents(m_admin.path("other.db")), before);
}

void TestAdminCliBadInput::databaseFromNewerVersion_data()
{
    fileThatIsNotADatabase_data();
}

void TestAdminCliBadInput::databaseFromNewerVersion()
{
    QFETCH(QString, command);
    QVERIFY(makeStorekeeperFile("shop.db"));
    {
        SqliteFile own(m_admin.path("shop.db"));
        QVERIFY(own.isOpen());
        QVERIFY(own.exec(
            "INSERT INTO schema_version (version, description, applied_at) VALUES (999, 'future', 0)"));
    }
    const QStringList entries = entriesUnder(m_admin.root());
    const QByteArray before = contents(m_admin.path("shop.db"));
    const CliRun result = m_admin.run(
        {command, "--database", m_admin.sqliteAddress("shop.db"), "--username", "boss", "--goods", "5"},
        {{"STOREKEEPER_ADMIN_PASSWORD", adminPassword}});
    COMPARE_EXIT(result, 1);
    VERIFY_SAYS(result.err, "This database was upgraded by a newer Storekeeper (schema version 999;");
    VERIFY_SAYS(result.err, "Nothing was changed.");
    QCOMPARE(contents(m_admin.path("shop.db")), before);
    // Nothing changed includes no -wal/-shm files left behind by a read-only look.
    QCOMPARE(entriesUnder(m_admin.root()), entries);
}

void TestAdminCliBadInput::missingDatabaseFile_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("file") << "none.db";
    QTest::newRow("file in a missing folder") << "nowhere/none.db";
}

void TestAdminCliBadInput::missingDatabaseFile()
{
    QFETCH(QString, name);
    const CliRun result = m_admin.run({"check", "--database", m_admin.sqliteAddress(name)});
    COMPARE_EXIT(result, 1);
    VERIFY_SAYS(result.err, "There is no database at " + m_admin.path(name));
    QCOMPARE(result.out, QString());
    QCOMPARE(entriesUnder(m_admin.root()), QStringList{"home"});
}

void TestAdminCliBadInput::folderInsteadOfFile_data()
{
    fileThatIsNotADatabase_data();
}

void TestAdminCliBadInput::folderInsteadOfFile()
{
    QFETCH(QString, command);
    QVERIFY(QDir(m_admin.root()).mkdir("folder.db"));
    const CliRun result = m_admin.run(
        {command, "--database", m_admin.sqliteAddress("folder.db"), "--username", "boss", "--goods", "5"},
        {{"STOREKEEPER_ADMIN_PASSWORD", adminPassword}});
    COMPARE_EXIT(result, 1);
    VERIFY_SAYS(result.err, m_admin.path("folder.db") + " is a folder, not a database file.");
    QCOMPARE(entriesUnder(m_admin.root()), (QStringList{"folder.db", "home"}));
}

// Permissions are not damage: a file one may only read is checked read-only and refused for
// changes with the reason; a folder one may not write in is named as the problem.
void TestAdminCliBadInput::permissionsAreNotDamage()
{
    QVERIFY(QDir(m_admin.root()).mkdir("shop"));
    QVERIFY(makeStorekeeperFile("shop/shop.db"));
    const QString file = m_admin.path("shop/shop.db");
    const QString folder = m_admin.path("shop");
    const auto mode = [](const QString& path, QFileDevice::Permissions permissions) {
        QVERIFY(QFile::setPermissions(path, permissions));
    };
    const QFileDevice::Permissions readOnly =
        QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther;
    const QFileDevice::Permissions closedFolder =
        readOnly | QFileDevice::ExeOwner | QFileDevice::ExeGroup | QFileDevice::ExeOther;
    mode(file, readOnly);
    mode(folder, closedFolder);
    const QByteArray before = contents(file);

    const CliRun checked = m_admin.runUnprivileged({"--database", "sqlite:" + file, "check"});
    COMPARE_EXIT(checked, 0);
    VERIFY_SAYS(checked.out, "No problems found.");
    QCOMPARE(contents(file), before);

    const CliRun generated =
        m_admin.runUnprivileged({"--database", "sqlite:" + file, "generate", "--goods", "3"});
    COMPARE_EXIT(generated, 1);
    VERIFY_SAYS(generated.err, "may read " + file + " but not write to it");
    QVERIFY2(!generated.err.contains("damaged"), qPrintable(generated.err));
    QCOMPARE(contents(file), before);

    mode(file, readOnly | QFileDevice::WriteOwner | QFileDevice::WriteGroup | QFileDevice::WriteOther);
    const CliRun noWorkFiles =
        m_admin.runUnprivileged({"--database", "sqlite:" + file, "generate", "--goods", "3"});
    COMPARE_EXIT(noWorkFiles, 1);
    VERIFY_SAYS(noWorkFiles.err, "You may not create files in the folder " + folder);
    QCOMPARE(contents(file), before);

    const CliRun created = m_admin.runUnprivileged({"--database", "sqlite:" + folder + "/new.db", "migrate"});
    COMPARE_EXIT(created, 1);
    VERIFY_SAYS(created.err, "you may not write in the folder " + folder);
    QVERIFY2(!created.err.contains("server"), qPrintable(created.err));
    QVERIFY(!QFileInfo::exists(folder + "/new.db"));
    mode(folder, closedFolder | QFileDevice::WriteOwner); // the temporary folder can go again
}

QTEST_GUILESS_MAIN(TestAdminCliBadInput)
#include "tst_admincli_badinput.moc"
