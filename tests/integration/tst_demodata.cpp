#include "db/sql.h"
#include "domain/goods.h"
#include "services/authservice.h"
#include "services/demodata.h"
#include "services/integritycheck.h"
#include "testdatabase.h"

#include <QTest>

// The demo shop on each engine: it fills an empty database with rows that pass the integrity
// check and accounts that sign in, refuses to mix into a catalogue that has goods, and the
// integrity check notices when the stock ledger and the levels disagree.
class TestDemoData : public QObject
{
    Q_OBJECT
private slots:
    void loadFillsAnEmptyDatabase_data() { TestDatabase::addEngineRows(); }
    void loadFillsAnEmptyDatabase();
    void newDatabaseGetsADemoAdministrator_data() { TestDatabase::addEngineRows(); }
    void newDatabaseGetsADemoAdministrator();
    void shopWithStaffGetsNoPublishedAccounts_data() { TestDatabase::addEngineRows(); }
    void shopWithStaffGetsNoPublishedAccounts();
    void secondLoadIsRefused_data() { TestDatabase::addEngineRows(); }
    void secondLoadIsRefused();
    void integrityCheckFindsABrokenLedger_data() { TestDatabase::addEngineRows(); }
    void integrityCheckFindsABrokenLedger();
    void integrityCheckNamesWrongValuesOnce_data() { TestDatabase::addEngineRows(); }
    void integrityCheckNamesWrongValuesOnce();
};

namespace {

// QVERIFY2 builds its message even when the check passes: ask only a failed result for its error.
template<typename T> QByteArray why(const Result<T>& result)
{
    return result.ok() ? QByteArray() : result.error().message.toUtf8();
}

const char* const countedTables[] = {"goods",          "categories", "suppliers",    "customers",
                                     "users",          "warehouses", "stock_levels", "stock_movements",
                                     "supplier_goods", "audit_log"};

QMap<QString, qint64> rowCounts(const Connection& c)
{
    QMap<QString, qint64> counts;
    for (const char* table : countedTables)
        counts.insert(table, countRows(c, QStringLiteral("SELECT COUNT(*) FROM %1").arg(table)));
    return counts;
}

bool hasHan(const QString& text)
{
    for (QChar c : text) {
        if (c.script() == QChar::Script_Han)
            return true;
    }
    return false;
}

bool isLatinOnly(const QString& text)
{
    bool letters = false;
    for (QChar c : text) {
        if (c.script() == QChar::Script_Han)
            return false;
        letters = letters || (c >= 'A' && c <= 'z' && c.isLetter());
    }
    return letters;
}

// Loads the demo shop as an administrator account of its own, so audit rows name a real user.
Result<DemoData::Summary> load(TestDatabase& db, Session* owner = nullptr)
{
    const Session admin = db.createUser(Role::Admin, "owner");
    if (!db.ok())
        return Error::make(Error::Kind::Database, db.error());
    if (owner)
        *owner = admin;
    return DemoData::load(db.connection(), admin);
}

} // namespace

void TestDemoData::loadFillsAnEmptyDatabase()
{
    QFETCH(QString, engine);
    TestDatabase db(engine);
    QVERIFY2(db.ok(), qPrintable(db.error()));
    const Connection& c = db.connection();
    QCOMPARE(countRows(c, "SELECT COUNT(*) FROM goods"), qint64(0));

    const auto summary = load(db);
    QVERIFY2(summary.ok(), why(summary));
    QVERIFY(summary->goods > 0);
    QVERIFY(summary->categories > 0);
    QVERIFY(summary->suppliers > 0);
    QVERIFY(summary->customers > 0);
    // The owner is an administrator already: no demo administrator with a published password.
    QCOMPARE(summary->staff, int(DemoData::accounts().size()) - 1);
    QCOMPARE(countRows(c, "SELECT COUNT(*) FROM users WHERE username = 'demo-admin'"), qint64(0));
    // Each warehouse's opening stock is one receipt, audited once, every movement by the owner.
    QCOMPARE(countRows(c, "SELECT COUNT(*) FROM audit_log WHERE entity = 'stock' AND action = 'receipt'"),
             countRows(c, "SELECT COUNT(*) FROM warehouses"));
    QCOMPARE(countRows(c, "SELECT COUNT(*) FROM audit_log WHERE entity = 'warehouse' AND action = 'create'"),
             countRows(c, "SELECT COUNT(*) FROM warehouses"));
    QCOMPARE(countRows(c, "SELECT COUNT(*) FROM stock_movements WHERE user_id IS NULL"), qint64(0));
    QCOMPARE(countRows(c, "SELECT COUNT(*) FROM stock_movements"),
             countRows(c, "SELECT COUNT(*) FROM stock_levels"));
    // What it reports is what is there.
    QCOMPARE(countRows(c, "SELECT COUNT(*) FROM goods"), qint64(summary->goods));
    QCOMPARE(countRows(c, "SELECT COUNT(*) FROM categories"), qint64(summary->categories));
    QCOMPARE(countRows(c, "SELECT COUNT(*) FROM suppliers"), qint64(summary->suppliers));
    QCOMPARE(countRows(c, "SELECT COUNT(*) FROM customers"), qint64(summary->customers));
    QCOMPARE(countRows(c, "SELECT COUNT(*) FROM users"), qint64(summary->staff) + 1); // + the owner
    QVERIFY(countRows(c, "SELECT COUNT(*) FROM stock_movements") > 0);
    QCOMPARE(countRows(c, "SELECT COUNT(*) FROM audit_log WHERE entity = 'goods' AND action = 'create'"),
             qint64(summary->goods));

    auto names = Sql::exec(c, "SELECT name FROM goods");
    QVERIFY(names.ok());
    int chinese = 0;
    int english = 0;
    while (names.value().next()) {
        const QString name = names.value().value(0).toString();
        chinese += hasHan(name) ? 1 : 0;
        english += isLatinOnly(name) ? 1 : 0;
    }
    QVERIFY2(chinese > 0, "no goods with a Chinese name");
    QVERIFY2(english > 0, "no goods with an English name");
    // Read back through the engine intact: a Chinese demo name is found by its exact text.
    QCOMPARE(countRows(c, "SELECT COUNT(*) FROM goods WHERE name = ?", {QStringLiteral("绿茶饮料 500ml")}),
             qint64(1));

    const auto findings = IntegrityCheck::run(c);
    QVERIFY2(findings.ok(), why(findings));
    QVERIFY2(findings->isEmpty(), qPrintable(findings->join("\n")));

    const AuthService auth(c);
    QCOMPARE(summary->accounts.size(), summary->staff);
    for (const DemoData::Account& account : summary->accounts) {
        const auto session = auth.login(account.username, account.password);
        QVERIFY2(session.ok(),
                 qPrintable(QString(account.username) + ": " + QString::fromUtf8(why(session))));
        QCOMPARE(int(session->role), int(account.role));
        QCOMPARE(session->username, QString(account.username));
    }
}

void TestDemoData::newDatabaseGetsADemoAdministrator()
{
    QFETCH(QString, engine);
    TestDatabase db(engine);
    QVERIFY2(db.ok(), qPrintable(db.error()));
    const auto summary = DemoData::load(db.connection(), Session::maintenance());
    QVERIFY2(summary.ok(), why(summary));
    QCOMPARE(summary->staff, int(DemoData::accounts().size()));
    QVERIFY(AuthService(db.connection()).login("demo-admin", "oolong-teapot-1").ok());
}

void TestDemoData::shopWithStaffGetsNoPublishedAccounts()
{
    QFETCH(QString, engine);
    TestDatabase db(engine);
    QVERIFY2(db.ok(), qPrintable(db.error()));
    db.createUser(Role::Manager, "real-manager");
    const auto summary = load(db);
    QVERIFY2(summary.ok(), why(summary));
    QVERIFY(summary->goods > 0);
    QCOMPARE(summary->staff, 0);
    QCOMPARE(countRows(db.connection(), "SELECT COUNT(*) FROM users WHERE username LIKE 'demo-%'"),
             qint64(0));
}

void TestDemoData::secondLoadIsRefused()
{
    QFETCH(QString, engine);
    TestDatabase db(engine);
    QVERIFY2(db.ok(), qPrintable(db.error()));
    Session owner;
    const auto first = load(db, &owner);
    QVERIFY2(first.ok(), why(first));
    const QMap<QString, qint64> before = rowCounts(db.connection());

    const auto second = DemoData::load(db.connection(), owner);
    QVERIFY(!second.ok());
    QCOMPARE(second.error().kind, Error::Kind::Validation);
    QCOMPARE(rowCounts(db.connection()), before);

    // Also refused when the demo staff accounts are gone but goods remain: the catalogue decides.
    QVERIFY(Sql::exec(db.connection(), "DELETE FROM users WHERE username LIKE 'demo-%'").ok());
    const QMap<QString, qint64> withoutStaff = rowCounts(db.connection());
    const auto third = DemoData::load(db.connection(), owner);
    QVERIFY(!third.ok());
    QCOMPARE(third.error().kind, Error::Kind::Validation);
    QCOMPARE(rowCounts(db.connection()), withoutStaff);
}

void TestDemoData::integrityCheckFindsABrokenLedger()
{
    QFETCH(QString, engine);
    TestDatabase db(engine);
    QVERIFY2(db.ok(), qPrintable(db.error()));
    const Connection& c = db.connection();
    const auto summary = load(db);
    QVERIFY2(summary.ok(), why(summary));
    const auto clean = IntegrityCheck::run(c);
    QVERIFY2(clean.ok(), why(clean));
    QVERIFY2(clean->isEmpty(), qPrintable(clean->join("\n")));

    // The highest goods id in the last warehouse: a number unlikely to appear in another finding.
    auto row = Sql::exec(c, "SELECT goods_id, warehouse_id, quantity FROM stock_levels "
                            "ORDER BY goods_id DESC, warehouse_id DESC");
    QVERIFY(row.ok() && row.value().next());
    const qint64 goodsId = row.value().value(0).toLongLong();
    const qint64 warehouseId = row.value().value(1).toLongLong();
    const qint64 quantity = row.value().value(2).toLongLong();
    row.value().finish();
    const auto broken = Sql::exec(c,
                                  "UPDATE stock_levels SET quantity = quantity + 1 "
                                  "WHERE goods_id = ? AND warehouse_id = ?",
                                  {goodsId, warehouseId});
    QVERIFY2(broken.ok(), why(broken));
    QCOMPARE(broken.value().numRowsAffected(), 1);

    const auto findings = IntegrityCheck::run(c);
    QVERIFY2(findings.ok(), why(findings));
    QCOMPARE(findings->size(), 1);
    const QString finding = findings->first();
    // Named as people know them: the SKU and the warehouse's code.
    const QString sku = Sql::scalar(c, "SELECT sku FROM goods WHERE id = ?", {goodsId}).value().toString();
    const QString warehouse =
        Sql::scalar(c, "SELECT code FROM warehouses WHERE id = ?", {warehouseId}).value().toString();
    for (const QString& part : {sku, warehouse, QString::number(quantity), QString::number(quantity + 1)})
        QVERIFY2(finding.contains(part), qPrintable(finding));

    // Putting it right makes the finding go away: the check reads the data, not a remembered state.
    QVERIFY(Sql::exec(c, "UPDATE stock_levels SET quantity = ? WHERE goods_id = ? AND warehouse_id = ?",
                      {quantity, goodsId, warehouseId})
                .ok());
    const auto repaired = IntegrityCheck::run(c);
    QVERIFY2(repaired.ok(), why(repaired));
    QCOMPARE(repaired.value(), QStringList());
}

// Values written past the services: each finding names the row by what people know it by and the
// column, and comes once.
void TestDemoData::integrityCheckNamesWrongValuesOnce()
{
    QFETCH(QString, engine);
    TestDatabase db(engine);
    QVERIFY2(db.ok(), qPrintable(db.error()));
    const Connection& c = db.connection();
    QVERIFY2(load(db).ok(), "demo data");
    QVERIFY(Sql::exec(c, "UPDATE goods SET reorder_point = -5 WHERE sku = 'SK-10001'").ok());
    QVERIFY(Sql::exec(c, "UPDATE supplier_goods SET lead_days = 4000 WHERE supplier_sku = 'S1-1'").ok());
    QVERIFY(Sql::exec(c, "UPDATE goods_counts SET goods = goods + 3 WHERE archived = 0 AND goods > 0").ok());
    auto findings = IntegrityCheck::run(c);
    QVERIFY2(findings.ok(), why(findings));
    const QString all = findings->join('\n');
    QVERIFY2(all.contains("goods SK-10001: reorder_point is -5, outside 0 to 1000000000."), qPrintable(all));
    QVERIFY2(all.contains("lead_days is 4000, outside 0 to 365."), qPrintable(all));
    QVERIFY2(all.contains("The kept count of active goods in category"), qPrintable(all));
    // A negative price, written past the table's own CHECK the way a hand-edit in the engine's shell
    // could (each engine has its own way round it), is named by row and column.
    const QString bypass = engine == "sqlite" ? "PRAGMA ignore_check_constraints = ON"
                           : engine == "postgresql"
                               ? "ALTER TABLE goods DROP CONSTRAINT goods_price_cents_check"
                               : "SET check_constraint_checks = 0";
    QVERIFY(Sql::exec(c, bypass).ok());
    QVERIFY(Sql::exec(c, "UPDATE goods SET price_cents = -150 WHERE sku = 'SK-10003'").ok());
    if (engine == "sqlite")
        QVERIFY(Sql::exec(c, "PRAGMA ignore_check_constraints = OFF").ok());
    else if (engine != "postgresql")
        QVERIFY(Sql::exec(c, "SET check_constraint_checks = 1").ok());
    auto negative = IntegrityCheck::run(c);
    QVERIFY2(negative.ok(), why(negative));
    QCOMPARE(negative->filter("price_cents"),
             QStringList{QStringLiteral("goods SK-10003: price_cents is -150, outside 0 to %1.")
                             .arg(GoodsRules::maxPriceCents)});
    // A goods item filed under a category that is gone is one finding, not one per way of seeing it.
    if (engine != "postgresql") { // PostgreSQL enforces the key even here; nothing can break it
        const QString off = engine == "sqlite" ? "PRAGMA foreign_keys = OFF" : "SET foreign_key_checks = 0";
        const QString on = engine == "sqlite" ? "PRAGMA foreign_keys = ON" : "SET foreign_key_checks = 1";
        QVERIFY(Sql::exec(c, off).ok());
        QVERIFY(Sql::exec(c, "UPDATE goods SET category_id = 987654 WHERE sku = 'SK-10002'").ok());
        QVERIFY(Sql::exec(c, on).ok());
        auto again = IntegrityCheck::run(c);
        QVERIFY2(again.ok(), why(again));
        const QStringList missing = again->filter("names a row of categories");
        QCOMPARE(
            missing,
            QStringList{"goods SK-10002: category_id 987654 names a row of categories that does not exist."});
    }
}

QTEST_GUILESS_MAIN(TestDemoData)
#include "tst_demodata.moc"
