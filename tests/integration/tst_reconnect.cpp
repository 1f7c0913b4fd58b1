// A server restart or a dropped network link must not leave the window stuck with a dead
// connection: the next request opens it again and goes through.
#include "db/sql.h"
#include "services/goodsservice.h"
#include "tables/goodslistmodel.h"
#include "testdatabase.h"

#include <QTest>

namespace {

// Ends CONNECTION's session from another connection, as a server restart would.
bool killSession(const TestDatabase& db, const Connection& connection, const QString& engine)
{
    const bool postgres = engine == QLatin1String("postgresql");
    auto id = Sql::scalar(connection, postgres ? QStringLiteral("SELECT pg_backend_pid()")
                                               : QStringLiteral("SELECT CONNECTION_ID()"));
    if (!id)
        return false;
    const QString killer = QStringLiteral("killer");
    bool killed = false;
    {
        auto other = db.database().connect(killer);
        if (other) {
            killed =
                Sql::exec(other.value(),
                          postgres
                              ? QStringLiteral("SELECT pg_terminate_backend(%1)").arg(id.value().toLongLong())
                              : QStringLiteral("KILL %1").arg(id.value().toLongLong()))
                    .ok();
        }
    }
    Database::disconnect(killer);
    QTest::qWait(200); // let the server finish closing it
    return killed;
}

GoodsDraft tea(const QString& sku)
{
    GoodsDraft draft;
    draft.sku = sku;
    draft.name = QStringLiteral("Oolong");
    draft.unit = QStringLiteral("bag");
    draft.price = Money::fromCents(1200);
    return draft;
}

} // namespace

class TestReconnect : public QObject
{
    Q_OBJECT
private slots:
    void servicesReconnect_data();
    void servicesReconnect();
    void listReconnects_data() { servicesReconnect_data(); }
    void listReconnects();
};

void TestReconnect::servicesReconnect_data()
{
    QTest::addColumn<QString>("engine");
    QTest::newRow("postgresql") << QStringLiteral("postgresql");
    QTest::newRow("mariadb") << QStringLiteral("mariadb");
}

void TestReconnect::servicesReconnect()
{
    QFETCH(QString, engine);
    TestDatabase db(engine);
    QVERIFY2(db.ok(), qPrintable(db.error()));
    const Session manager = db.createUser(Role::Manager, QStringLiteral("manager"));
    const GoodsService goods(db.connection());

    QVERIFY(killSession(db, db.connection(), engine));
    auto saved = goods.create(manager, tea(QStringLiteral("T-1"))); // a write transaction first
    QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.error().message));

    QVERIFY(killSession(db, db.connection(), engine));
    auto read = goods.get(managerSession(), saved->id); // a plain read
    QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().message));
    QCOMPARE(read->draft.sku, QStringLiteral("T-1"));
}

void TestReconnect::listReconnects()
{
    QFETCH(QString, engine);
    TestDatabase db(engine);
    QVERIFY2(db.ok(), qPrintable(db.error()));
    const Session manager = db.createUser(Role::Manager, QStringLiteral("manager"));
    QVERIFY(GoodsService(db.connection()).create(manager, tea(QStringLiteral("T-1"))).ok());

    GoodsListModel model(db.database(), managerSession());
    model.setFilter({});
    QTRY_VERIFY(model.isCountKnown());
    QCOMPARE(model.rowCount(), 1);

    // The loader's own connection is the one to lose here: find it by its application name.
    const bool postgres = engine == QLatin1String("postgresql");
    auto others = Sql::exec(
        db.connection(),
        postgres ? QStringLiteral("SELECT pid FROM pg_stat_activity WHERE datname = current_database() "
                                  "AND pid <> pg_backend_pid()")
                 : QStringLiteral("SELECT id FROM information_schema.processlist WHERE db = DATABASE() "
                                  "AND id <> CONNECTION_ID()"));
    QVERIFY(others.ok());
    QList<qint64> sessions;
    while (others.value().next())
        sessions << others.value().value(0).toLongLong();
    QVERIFY(!sessions.isEmpty());
    for (qint64 id : sessions)
        QVERIFY(Sql::exec(db.connection(), postgres
                                               ? QStringLiteral("SELECT pg_terminate_backend(%1)").arg(id)
                                               : QStringLiteral("KILL %1").arg(id))
                    .ok());
    QTest::qWait(200);

    QVERIFY(GoodsService(db.connection()).create(manager, tea(QStringLiteral("T-2"))).ok());
    model.refresh();
    QTRY_COMPARE(model.rowCount(), 2);
}

QTEST_GUILESS_MAIN(TestReconnect)
#include "tst_reconnect.moc"
