#include "db/sql.h"
#include "desks.h"
#include "services/customerservice.h"
#include "services/generator.h"
#include "services/integritycheck.h"
#include "services/supplierservice.h"
#include "tables/customerlistmodel.h"
#include "tables/supplierlistmodel.h"
#include "testdatabase.h"

#include <QTest>

// The customer and supplier lists count their rows from counts the services keep in the same
// transaction as each change, so the count costs nothing at ten million rows. On the three engines:
// the counts follow every kind of change (create, archive, restore, merge, generate, and many desks
// adding at once), the lists show them, and `check` finds a count broken behind the services.
class TestKeptCounts : public QObject
{
    Q_OBJECT
private slots:
    void followEveryChange_data() { TestDatabase::addEngineRows(); }
    void followEveryChange();
    void manyDesksAddingAtOnce_data() { TestDatabase::addEngineRows(); }
    void manyDesksAddingAtOnce();
    void checkFindsABrokenCount_data() { TestDatabase::addEngineRows(); }
    void checkFindsABrokenCount();
};

namespace {

template<typename T> QByteArray why(const Result<T>& result)
{
    return result ? QByteArray() : result.error().message.toUtf8();
}

qint64 rows(const Connection& c, const QString& sql)
{
    auto value = Sql::scalar(c, sql);
    return value ? value.value().toLongLong() : -1;
}

// What the customer list shows as its size, once the count has landed.
qint64 listedCustomers(const Database& database, bool active)
{
    CustomerListModel model(database, managerSession(), nullptr, SortKey::Language::English);
    CustomerFilter filter;
    filter.active = active;
    model.setFilter(filter);
    if (!QTest::qWaitFor([&] { return model.isCurrent() && model.isCountKnown(); }, 20000))
        return -1;
    return model.totalCount();
}

qint64 listedSuppliers(const Database& database, bool archived)
{
    SupplierListModel model(database, managerSession(), nullptr, SortKey::Language::English);
    SupplierFilter filter;
    filter.archived = archived;
    model.setFilter(filter);
    if (!QTest::qWaitFor([&] { return model.isCurrent() && model.isCountKnown(); }, 20000))
        return -1;
    return model.totalCount();
}

CustomerDraft customer(const QString& name)
{
    CustomerDraft draft;
    draft.name = name;
    return draft;
}

SupplierDraft supplier(const QString& code, const QString& name)
{
    SupplierDraft draft;
    draft.code = code;
    draft.name = name;
    return draft;
}

QStringList findings(const Connection& c)
{
    auto found = IntegrityCheck::run(c);
    return found ? found.value() : QStringList{QStringLiteral("error: ") + found.error().message};
}

} // namespace

void TestKeptCounts::followEveryChange()
{
    QFETCH(QString, engine);
    TestDatabase db(engine);
    QVERIFY2(db.ok(), qPrintable(db.error()));
    const Connection& c = db.connection();
    const Session manager = managerSession();
    const CustomerService customers(c);
    const SupplierService suppliers(c);

    auto wang = customers.create(manager, customer(QStringLiteral("王芳")));
    auto wang2 = customers.create(manager, customer(QStringLiteral("王芳 (duplicate)")));
    auto li = customers.create(manager, customer(QStringLiteral("李娜")));
    QVERIFY2(wang && wang2 && li, why(wang) + why(wang2) + why(li));
    auto inactive = customers.setActive(manager, li->id, li->version, false);
    QVERIFY2(inactive, why(inactive));
    QCOMPARE(listedCustomers(db.database(), true), qint64(2));
    QCOMPARE(listedCustomers(db.database(), false), qint64(1));
    // Deactivating what is already inactive changes nothing, the count included.
    QVERIFY(customers.setActive(manager, li->id, inactive->version, false));
    QCOMPARE(listedCustomers(db.database(), false), qint64(1));
    auto merged = customers.merge(manager, wang->id, wang->version, wang2->id, wang2->version);
    QVERIFY2(merged, why(merged));
    QCOMPARE(listedCustomers(db.database(), true), qint64(1));
    QCOMPARE(listedCustomers(db.database(), false), qint64(2));
    // A refused change (a stale version) leaves the count as it was.
    QVERIFY(!customers.setActive(manager, wang->id, wang->version, false));
    QCOMPARE(listedCustomers(db.database(), true), qint64(1));

    auto tea = suppliers.create(manager, supplier(QStringLiteral("S-1"), QStringLiteral("茶园")));
    auto farm = suppliers.create(manager, supplier(QStringLiteral("S-2"), QStringLiteral("Farm")));
    QVERIFY2(tea && farm, why(tea) + why(farm));
    // A duplicate code is refused: no row, no count.
    QVERIFY(!suppliers.create(manager, supplier(QStringLiteral("s-1"), QStringLiteral("Other"))));
    auto archived = suppliers.setArchived(manager, farm->id, farm->version, true);
    QVERIFY2(archived, why(archived));
    QCOMPARE(listedSuppliers(db.database(), false), qint64(1));
    QCOMPARE(listedSuppliers(db.database(), true), qint64(1));
    QVERIFY(suppliers.setArchived(manager, farm->id, archived->version, false));
    QCOMPARE(listedSuppliers(db.database(), false), qint64(2));
    QCOMPARE(listedSuppliers(db.database(), true), qint64(0));

    Generator::Request request;
    request.customers = 120;
    request.suppliers = 7;
    auto generated = Generator::run(c, TestDatabase::sessionFor(Role::Admin), request, {});
    QVERIFY2(generated, why(generated));
    QCOMPARE(listedCustomers(db.database(), true), qint64(121));
    QCOMPARE(listedSuppliers(db.database(), false), qint64(9));
    QCOMPARE(rows(c, "SELECT COUNT(*) FROM customers WHERE archived = 0"), qint64(121));
    QCOMPARE(findings(c), QStringList());
}

void TestKeptCounts::manyDesksAddingAtOnce()
{
    QFETCH(QString, engine);
    TestDatabase db(engine);
    QVERIFY2(db.ok(), qPrintable(db.error()));
    // Desks that add customers and suppliers and archive some of them, each on its own connection,
    // all at the same time: every counter row is contended.
    constexpr int desks = 4, each = 15;
    const auto outcomes =
        Desks::atOnce<Done>(db.database(), desks, [&](int desk, const Connection& connection) -> Status {
            const CustomerService customers(connection);
            const SupplierService suppliers(connection);
            for (int i = 0; i < each; ++i) {
                auto added = customers.create(
                    managerSession(), customer(QStringLiteral("Desk %1 customer %2").arg(desk).arg(i)));
                if (!added)
                    return added.error();
                if (i % 3 == 0) {
                    if (auto off = customers.setActive(managerSession(), added->id, added->version, false);
                        !off)
                        return off.error();
                }
                auto offered = suppliers.create(
                    managerSession(), supplier(QStringLiteral("D%1-%2").arg(desk).arg(i),
                                               QStringLiteral("Desk %1 supplier %2").arg(desk).arg(i)));
                if (!offered)
                    return offered.error();
                if (i % 5 == 0) {
                    if (auto off =
                            suppliers.setArchived(managerSession(), offered->id, offered->version, true);
                        !off)
                        return off.error();
                }
            }
            return Done{};
        });
    for (const Status& outcome : outcomes)
        QVERIFY2(outcome, why(outcome));
    QCOMPARE(listedCustomers(db.database(), true), qint64(desks * (each - 5)));
    QCOMPARE(listedCustomers(db.database(), false), qint64(desks * 5));
    QCOMPARE(listedSuppliers(db.database(), false), qint64(desks * (each - 3)));
    QCOMPARE(listedSuppliers(db.database(), true), qint64(desks * 3));
    QCOMPARE(findings(db.connection()), QStringList());
}

void TestKeptCounts::checkFindsABrokenCount()
{
    QFETCH(QString, engine);
    TestDatabase db(engine);
    QVERIFY2(db.ok(), qPrintable(db.error()));
    const Connection& c = db.connection();
    QVERIFY(CustomerService(c).create(managerSession(), customer(QStringLiteral("张伟"))));
    QVERIFY(
        SupplierService(c).create(managerSession(), supplier(QStringLiteral("S-9"), QStringLiteral("茶园"))));
    QCOMPARE(findings(c), QStringList());
    // A row written past the service, as a hand-made import would.
    QVERIFY(
        Sql::exec(c, QStringLiteral("INSERT INTO customers (id, name, search_text, created_at, updated_at) "
                                    "VALUES ('0190a1b2-0000-7000-8000-000000000001', 'Past the service', "
                                    "'', 1, 1)"))
            .ok());
    QVERIFY(Sql::exec(c, QStringLiteral("UPDATE row_counts SET n = n + 5 WHERE table_name = 'suppliers' AND "
                                        "archived = 0"))
                .ok());
    const QStringList found = findings(c);
    // (It also finds the search entry and sort key the raw row lacks.) Each count once.
    QCOMPARE(found.filter(QStringLiteral("kept count")).size(), 2);
    QVERIFY2(
        found.contains(QStringLiteral("The kept count of active rows in customers is 1, but there are 2.")),
        qPrintable(found.join('\n')));
    QVERIFY2(
        found.contains(QStringLiteral("The kept count of active rows in suppliers is 6, but there are 1.")),
        qPrintable(found.join('\n')));
}

QTEST_GUILESS_MAIN(TestKeptCounts)
#include "tst_keptcounts.moc"
