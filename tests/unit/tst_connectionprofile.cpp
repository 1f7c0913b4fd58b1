#include "db/connectionprofile.h"

#include <QDir>
#include <QTest>

class TestConnectionProfile : public QObject
{
    Q_OBJECT
private slots:
    void parsesGoodAddresses_data();
    void parsesGoodAddresses();
    void refusesBadAddresses_data();
    void refusesBadAddresses();
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
                               << "not one Storekeeper knows";
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
                              << "valid";
    QTest::newRow("port letters") << "postgresql://me@h:abc/db"
                                  << "valid";
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

QTEST_GUILESS_MAIN(TestConnectionProfile)
#include "tst_connectionprofile.moc"
