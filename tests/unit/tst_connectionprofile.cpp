#include "db/connectionprofile.h"
#include "db/database.h"

#include <QDir>
#include <QTest>

class TestConnectionProfile : public QObject
{
    Q_OBJECT
private slots:
    void driverWordsAreSentences_data();
    void driverWordsAreSentences();
    void parsesGoodAddresses_data();
    void parsesGoodAddresses();
    void refusesBadAddresses_data();
    void refusesBadAddresses();
    void neverRepeatsAPassword_data();
    void neverRepeatsAPassword();
    void takesSqlitePathsAsTyped_data();
    void takesSqlitePathsAsTyped();
};

void TestConnectionProfile::parsesGoodAddresses_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<int>("engine");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("database");
    QTest::addColumn<QString>("path");
    const int sqlite = int(ConnectionProfile::Engine::SQLite);
    const int pg = int(ConnectionProfile::Engine::PostgreSQL);
    const int my = int(ConnectionProfile::Engine::MySQL);
    QTest::newRow("sqlite absolute") << "sqlite:/var/shop/shop.db" << sqlite << "" << 0 << ""
                                     << ""
                                     << "/var/shop/shop.db";
    QTest::newRow("sqlite url form") << "sqlite:///var/shop/shop.db" << sqlite << "" << 0 << ""
                                     << ""
                                     << "/var/shop/shop.db";
    QTest::newRow("sqlite home") << "sqlite:~/shop.db" << sqlite << "" << 0 << ""
                                 << "" << QDir::homePath() + "/shop.db";
    QTest::newRow("postgresql") << "postgresql://me@db.example:5433/shop?sslmode=require" << pg
                                << "db.example" << 5433 << "me"
                                << "shop"
                                << "";
    QTest::newRow("postgres default port")
        << "postgres://me@db.example/shop" << pg << "db.example" << 5432 << "me"
        << "shop"
        << "";
    QTest::newRow("mysql") << "mysql://clerk@10.0.0.5:3307/store" << my << "10.0.0.5" << 3307 << "clerk"
                           << "store"
                           << "";
    QTest::newRow("mariadb") << "mariadb://clerk@localhost/store" << my << "localhost" << 3306 << "clerk"
                             << "store"
                             << "";
    QTest::newRow("encoded user") << "postgresql://shop%20owner@h/db" << pg << "h" << 5432 << "shop owner"
                                  << "db"
                                  << "";
}

void TestConnectionProfile::parsesGoodAddresses()
{
    QFETCH(QString, url);
    QFETCH(int, engine);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, user);
    QFETCH(QString, database);
    QFETCH(QString, path);
    auto profile = ConnectionProfile::parse(url);
    QVERIFY2(profile.ok(), qPrintable(profile.ok() ? QString() : profile.error().message));
    QCOMPARE(int(profile->engine), engine);
    QCOMPARE(profile->host, host);
    QCOMPARE(profile->effectivePort(), port);
    QCOMPARE(profile->user, user);
    QCOMPARE(profile->database, database);
    QCOMPARE(profile->path, path);
    auto again = ConnectionProfile::parse(profile->toUrl());
    QVERIFY(again.ok());
    QCOMPARE(again->toUrl(), profile->toUrl());
}

void TestConnectionProfile::refusesBadAddresses_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("says");
    QTest::newRow("empty") << ""
                           << "empty";
    QTest::newRow("unknown scheme") << "oracle://me@h/db"
                                    << "oracle";
    QTest::newRow("no scheme") << "just-a-name"
                               << "which kind of database";
    QTest::newRow("plain path") << "/srv/shop.db"
                                << "which kind of database";
    QTest::newRow("sqlite host") << "sqlite://fileserver/tmp/shop.db"
                                 << "on this computer";
    QTest::newRow("fragment") << "postgresql://me@h/db#x"
                              << "\"#\"";
    QTest::newRow("bare question mark") << "mysql://me@h/db?"
                                        << "names no option";
    QTest::newRow("encoded newline in user") << "postgresql://u%0A@h/db"
                                             << "control";
    QTest::newRow("encoded NUL in database") << "postgresql://u@h/db%00x"
                                             << "control";
    QTest::newRow("sqlite no path") << "sqlite:"
                                    << "path is missing";
    QTest::newRow("no host") << "postgresql://me@/db"
                             << "host";
    QTest::newRow("no user") << "postgresql://h/db"
                             << "user name";
    QTest::newRow("no database") << "mysql://me@h"
                                 << "database name";
    QTest::newRow("password inside") << "postgresql://me:secret@h/db"
                                     << "password";
    QTest::newRow("bad port") << "postgresql://me@h:99999/db"
                              << "between 1 and 65535";
    QTest::newRow("port letters") << "postgresql://me@h:abc/db"
                                  << "between 1 and 65535";
    QTest::newRow("bad sslmode") << "postgresql://me@h/db?sslmode=maybe"
                                 << "sslmode";
    QTest::newRow("unknown option") << "mysql://me@h/db?ssl=1"
                                    << "ssl";
    QTest::newRow("control character") << "sqlite:/tmp/a\nb.db"
                                       << "control";
    QTest::newRow("raw spaces") << "postgresql://me@h/db;DROP TABLE x"
                                << "well-formed";
    QTest::newRow("sql in database") << "postgresql://me@h/db;DROP%20TABLE%20x"
                                     << "";
}

void TestConnectionProfile::refusesBadAddresses()
{
    QFETCH(QString, url);
    QFETCH(QString, says);
    auto profile = ConnectionProfile::parse(url);
    if (QTest::currentDataTag() == QByteArray("sql in database")) {
        // Allowed as a name (servers quote it), but it must stay one name and never reach SQL text.
        QVERIFY(profile.ok());
        QCOMPARE(profile->database, QStringLiteral("db;DROP TABLE x"));
        return;
    }
    QVERIFY(!profile.ok());
    QCOMPARE(profile.error().kind, Error::Kind::Validation);
    QVERIFY2(profile.error().message.contains(says, Qt::CaseInsensitive),
             qPrintable(profile.error().message));
    QVERIFY(profile.error().message.contains(QLatin1String("sqlite:PATH")));
}

void TestConnectionProfile::neverRepeatsAPassword_data()
{
    QTest::addColumn<QString>("url");
    QTest::newRow("valid otherwise") << "postgresql://me:secret@h/db";
    QTest::newRow("bad port too") << "postgresql://u:secret@h:99999/db";
    QTest::newRow("malformed") << "mysql://u:secret@h/db;DROP TABLE x";
}

void TestConnectionProfile::neverRepeatsAPassword()
{
    QFETCH(QString, url);
    auto profile = ConnectionProfile::parse(url);
    QVERIFY(!profile.ok());
    QVERIFY2(!profile.error().message.contains(QLatin1String("secret")), qPrintable(profile.error().message));
}

void TestConnectionProfile::takesSqlitePathsAsTyped_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("path");
    QTest::newRow("hash") << "sqlite:///tmp/shop#2.db"
                          << "/tmp/shop#2.db";
    QTest::newRow("question mark") << "sqlite:/tmp/shop.db?mode=ro"
                                   << "/tmp/shop.db?mode=ro";
    QTest::newRow("percent") << "sqlite:///tmp/x%20y.db"
                             << "/tmp/x%20y.db";
}

void TestConnectionProfile::takesSqlitePathsAsTyped()
{
    QFETCH(QString, url);
    QFETCH(QString, path);
    auto profile = ConnectionProfile::parse(url);
    QVERIFY2(profile.ok(), qPrintable(profile.ok() ? QString() : profile.error().message));
    QCOMPARE(profile->path, path);
    QCOMPARE(ConnectionProfile::parse(profile->toUrl())->path, path);
}

void TestConnectionProfile::driverWordsAreSentences_data()
{
    QTest::addColumn<QString>("driver");
    QTest::addColumn<QString>("shown");
    QTest::newRow("libpq, two lines")
        << "connection to server at \"127.0.0.1\", port 1 failed: Connection refused\n"
           "\tIs the server running on that host and accepting TCP/IP connections?\n"
        << "connection to server at \"127.0.0.1\", port 1 failed: Connection refused. Is "
           "the server running on that host and accepting TCP/IP connections?";
    QTest::newRow("one sentence") << "Unknown host"
                                  << "Unknown host";
    QTest::newRow("stops kept") << "Access denied.\nTry again!"
                                << "Access denied. Try again!";
    QTest::newRow("Chinese") << "连接被拒绝\n服务器是否在运行？"
                             << "连接被拒绝。服务器是否在运行？";
}

// What a driver says appears inside our message on one line: each of its lines a sentence.
void TestConnectionProfile::driverWordsAreSentences()
{
    QFETCH(QString, driver);
    QFETCH(QString, shown);
    QCOMPARE(Database::oneLine(driver), shown);
}

QTEST_GUILESS_MAIN(TestConnectionProfile)
#include "tst_connectionprofile.moc"
