// The stock ledger on the three engines: receipts, adjustments and transfers move the levels with
// their movements; what cannot be done is refused whole with a reason; a command applied twice
// changes nothing the second time; and desks taking the same goods at once, each with a
// connection of its own, never take it below zero. `check` is clean after every one of them.
#include "db/sql.h"
#include "db/transaction.h"
#include "domain/uuid7.h"
#include "services/generator.h"
#include "services/goodsservice.h"
#include "services/integritycheck.h"
#include "services/stockservice.h"
#include "services/warehouseservice.h"
#include "testdatabase.h"

#include <QTest>
#include <atomic>
#include <thread>
#include <vector>

class TestStockService : public QObject
{
    Q_OBJECT
private slots:
    void receivesAdjustsAndTransfers_data() { TestDatabase::addEngineRows(); }
    void receivesAdjustsAndTransfers();
    void refusesWholeWithAReason_data() { TestDatabase::addEngineRows(); }
    void refusesWholeWithAReason();
    void appliedTwiceChangesNothing_data() { TestDatabase::addEngineRows(); }
    void appliedTwiceChangesNothing();
    void desksAtOnceNeverGoBelowZero_data() { TestDatabase::addEngineRows(); }
    void desksAtOnceNeverGoBelowZero();
    void warehousesAreKeptAndArchivedOnlyEmpty_data() { TestDatabase::addEngineRows(); }
    void warehousesAreKeptAndArchivedOnlyEmpty();
    void receiptsAverageTheCost_data() { TestDatabase::addEngineRows(); }
    void receiptsAverageTheCost();
    void generatedLedgerAddsUp_data() { TestDatabase::addEngineRows(); }
    void generatedLedgerAddsUp();
};

namespace {

// A shop with two warehouses and two goods items, and a clerk to move them.
struct Stockroom
{
    explicit Stockroom(const QString& engine) : db(engine) {}

    TestDatabase db;
    Session clerk;
    qint64 main = 0;
    qint64 shop = 0;
    qint64 tea = 0;
    qint64 cups = 0;

    bool open()
    {
        if (!db.ok())
            return false;
        clerk = db.createUser(Role::Clerk, QStringLiteral("clerk"));
        main = warehouse("MAIN", "Main warehouse");
        shop = warehouse("SHOP", "Shop floor");
        tea = goods("TEA-1", "Green tea");
        cups = goods("CUP-1", "Tea cup");
        return main > 0 && shop > 0 && tea > 0 && cups > 0;
    }
    qint64 warehouse(const char* code, const char* name)
    {
        auto created = WarehouseService(db.connection())
                           .create(TestDatabase::sessionFor(Role::Manager),
                                   {QString::fromLatin1(code), QString::fromLatin1(name), QString()});
        return created ? created->id : 0;
    }
    qint64 goods(const char* sku, const char* name)
    {
        GoodsDraft draft;
        draft.sku = QString::fromLatin1(sku);
        draft.name = QString::fromLatin1(name);
        draft.unit = QStringLiteral("pcs");
        draft.price = Money::fromCents(500);
        auto created = GoodsService(db.connection()).create(TestDatabase::sessionFor(Role::Manager), draft);
        return created ? created->id : 0;
    }
    qint64 level(qint64 goods, qint64 warehouse) const
    {
        auto quantity = StockService(db.connection()).level(goods, warehouse);
        return quantity ? quantity.value() : -1;
    }
    qint64 movements() const
    {
        return countRows(db.connection(), QStringLiteral("SELECT COUNT(*) FROM stock_movements"));
    }
    QStringList findings() const
    {
        auto found = IntegrityCheck::run(db.connection());
        return found ? found.value() : QStringList{found.error().message};
    }
};

StockCommand command(MovementKind kind, qint64 warehouse, QList<StockLine> lines)
{
    StockCommand c;
    c.operationId = newUuid7();
    c.kind = kind;
    c.warehouseId = warehouse;
    c.lines = std::move(lines);
    return c;
}

} // namespace

void TestStockService::receivesAdjustsAndTransfers()
{
    QFETCH(QString, engine);
    Stockroom room(engine);
    QVERIFY2(room.open(), qPrintable(room.db.error()));
    const StockService stock(room.db.connection());

    auto received =
        stock.apply(room.clerk, command(MovementKind::Receipt, room.main, {{room.tea, 24}, {room.cups, 6}}));
    QVERIFY2(received, qPrintable(received ? QString() : received.error().message));
    QCOMPARE(received->movements, 2);
    QVERIFY(!received->alreadyApplied);
    QCOMPARE(room.level(room.tea, room.main), 24);
    QCOMPARE(room.level(room.cups, room.main), 6);

    StockCommand damaged = command(MovementKind::Adjustment, room.main, {{room.cups, -2}});
    damaged.reason = AdjustmentReason::Damaged;
    damaged.note = QStringLiteral("Dropped while unpacking");
    QVERIFY(stock.apply(room.clerk, damaged));
    QCOMPARE(room.level(room.cups, room.main), 4);

    StockCommand toShop = command(MovementKind::Transfer, room.main, {{room.tea, 10}, {room.cups, 4}});
    toShop.toWarehouseId = room.shop;
    auto moved = stock.apply(room.clerk, toShop);
    QVERIFY2(moved, qPrintable(moved ? QString() : moved.error().message));
    QCOMPARE(moved->movements, 4); // out of one and into the other, for each item
    QCOMPARE(room.level(room.tea, room.main), 14);
    QCOMPARE(room.level(room.tea, room.shop), 10);
    QCOMPARE(room.level(room.cups, room.main), 0);
    QCOMPARE(room.level(room.cups, room.shop), 4);

    // The ledger tells who did what and why; each operation has one audit row.
    QCOMPARE(room.movements(), 7);
    QCOMPARE(Sql::scalar(room.db.connection(),
                         QStringLiteral("SELECT reason FROM stock_movements WHERE kind = 'adjustment'"))
                 .value()
                 .toString(),
             QStringLiteral("damaged"));
    QCOMPARE(
        countRows(
            room.db.connection(),
            QStringLiteral("SELECT COUNT(*) FROM stock_movements WHERE user_id = %1").arg(room.clerk.userId)),
        7);
    QCOMPARE(countRows(room.db.connection(),
                       QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = 'stock'")),
             3);
    QCOMPARE(room.findings(), QStringList());
}

void TestStockService::refusesWholeWithAReason()
{
    QFETCH(QString, engine);
    Stockroom room(engine);
    QVERIFY2(room.open(), qPrintable(room.db.error()));
    const StockService stock(room.db.connection());
    QVERIFY(stock.apply(room.clerk, command(MovementKind::Receipt, room.main, {{room.tea, 5}})));
    const qint64 before = room.movements();

    // Five teas and no cups: the cups line refuses the whole transfer, the teas stay where they are.
    StockCommand tooMany = command(MovementKind::Transfer, room.main, {{room.tea, 5}, {room.cups, 1}});
    tooMany.toWarehouseId = room.shop;
    auto refused = stock.apply(room.clerk, tooMany);
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, Error::Kind::Validation);
    QVERIFY2(refused.error().message.contains(QStringLiteral("Only 0 of “Tea cup” are in Main warehouse")),
             qPrintable(refused.error().message));
    QCOMPARE(room.level(room.tea, room.main), 5);
    QCOMPARE(room.level(room.tea, room.shop), 0);
    QCOMPARE(room.movements(), before);
    // Refused, it was not applied: the same command goes through once the cups have come.
    QVERIFY(stock.apply(room.clerk, command(MovementKind::Receipt, room.main, {{room.cups, 1}})));
    QVERIFY(stock.apply(room.clerk, tooMany));
    QCOMPARE(room.level(room.tea, room.shop), 5);

    const auto refusal = [&](const StockCommand& c, const char* field) {
        auto result = stock.apply(room.clerk, c);
        if (result)
            return QStringLiteral("applied");
        return result.error().fields.contains(QString::fromLatin1(field)) ? QString()
                                                                          : result.error().message;
    };
    StockCommand noReason = command(MovementKind::Adjustment, room.main, {{room.tea, -1}});
    QCOMPARE(refusal(noReason, "reason"), QString());
    StockCommand sameWarehouse = command(MovementKind::Transfer, room.shop, {{room.tea, 1}});
    sameWarehouse.toWarehouseId = room.shop;
    QCOMPARE(refusal(sameWarehouse, "toWarehouse"), QString());
    QCOMPARE(refusal(command(MovementKind::Receipt, room.main, {{room.tea, 0}}), "lines"), QString());
    QCOMPARE(refusal(command(MovementKind::Receipt, room.main, {{room.tea, -4}}), "lines"), QString());
    QCOMPARE(refusal(command(MovementKind::Receipt, room.main, {{room.tea, StockRules::maxQuantity + 1}}),
                     "lines"),
             QString());
    QCOMPARE(refusal(command(MovementKind::Receipt, room.main, {{room.tea, 1}, {room.tea, 2}}), "lines"),
             QString());
    QCOMPARE(refusal(command(MovementKind::Receipt, room.main, {}), "lines"), QString());
    StockCommand noId = command(MovementKind::Receipt, room.main, {{room.tea, 1}});
    noId.operationId = QStringLiteral("'; DROP TABLE stock_levels; --");
    QCOMPARE(refusal(noId, "operation"), QString());

    // An item or a warehouse that is gone, or archived, refuses the operation.
    auto unknown = stock.apply(room.clerk, command(MovementKind::Receipt, room.main, {{room.tea + 1000, 1}}));
    QVERIFY(!unknown);
    QCOMPARE(unknown.error().kind, Error::Kind::NotFound);
    QVERIFY(Sql::exec(room.db.connection(), QStringLiteral("UPDATE warehouses SET archived = 1 WHERE id = ?"),
                      {room.shop}));
    auto archived = stock.apply(room.clerk, command(MovementKind::Receipt, room.shop, {{room.tea, 1}}));
    QVERIFY(!archived);
    QVERIFY2(archived.error().message.contains(QStringLiteral("archived")),
             qPrintable(archived.error().message));

    // A cashier sells; receiving is not theirs to do.
    const Session cashier = room.db.createUser(Role::Cashier, QStringLiteral("cashier"));
    auto notAllowed = stock.apply(cashier, command(MovementKind::Receipt, room.main, {{room.tea, 1}}));
    QVERIFY(!notAllowed);
    QCOMPARE(notAllowed.error().kind, Error::Kind::Permission);

    QCOMPARE(room.level(room.tea, room.main), 0);
    QCOMPARE(room.level(room.tea, room.shop), 5);
    QCOMPARE(room.findings(), QStringList());
}

void TestStockService::appliedTwiceChangesNothing()
{
    QFETCH(QString, engine);
    Stockroom room(engine);
    QVERIFY2(room.open(), qPrintable(room.db.error()));
    const StockService stock(room.db.connection());
    const StockCommand receipt = command(MovementKind::Receipt, room.main, {{room.tea, 12}});
    QVERIFY(stock.apply(room.clerk, receipt));
    auto again = stock.apply(room.clerk, receipt);
    QVERIFY2(again, qPrintable(again ? QString() : again.error().message));
    QVERIFY(again->alreadyApplied);
    QCOMPARE(again->movements, 0);
    QCOMPARE(room.level(room.tea, room.main), 12);
    QCOMPARE(room.movements(), 1);

    // A repeat inside a larger transaction (a sync pushing a batch) leaves the rest of it whole.
    {
        Transaction batch(room.db.connection());
        QVERIFY(batch.ok());
        auto repeated = stock.apply(room.clerk, receipt);
        QVERIFY(repeated && repeated->alreadyApplied);
        QVERIFY(stock.apply(room.clerk, command(MovementKind::Receipt, room.main, {{room.tea, 1}})));
        QVERIFY(batch.commit());
    }
    QCOMPARE(room.level(room.tea, room.main), 13);

    // Eight desks replaying one command at the same moment: it is applied once.
    const StockCommand replayed = command(MovementKind::Receipt, room.main, {{room.cups, 3}});
    constexpr int desks = 8;
    std::atomic<int> applied{0}, repeats{0}, failures{0};
    std::vector<std::thread> threads;
    for (int desk = 0; desk < desks; ++desk) {
        threads.emplace_back([&, desk] {
            const QString name = QStringLiteral("replay-%1-%2").arg(engine).arg(desk);
            {
                auto connection = room.db.database().connect(name);
                if (!connection) {
                    ++failures;
                    return;
                }
                auto result = StockService(connection.value()).apply(room.clerk, replayed);
                if (!result)
                    ++failures;
                else if (result->alreadyApplied)
                    ++repeats;
                else
                    ++applied;
            }
            Database::disconnect(name);
        });
    }
    for (auto& thread : threads)
        thread.join();
    QCOMPARE(failures.load(), 0);
    QCOMPARE(applied.load(), 1);
    QCOMPARE(repeats.load(), desks - 1);
    QCOMPARE(room.level(room.cups, room.main), 3);
    QCOMPARE(room.findings(), QStringList());
}

void TestStockService::desksAtOnceNeverGoBelowZero()
{
    QFETCH(QString, engine);
    Stockroom room(engine);
    QVERIFY2(room.open(), qPrintable(room.db.error()));
    const qint64 onHand = 50;
    QVERIFY(StockService(room.db.connection())
                .apply(room.clerk, command(MovementKind::Receipt, room.main, {{room.tea, onHand}})));

    // Eight desks each try to move ten teas to the shop, one at a time: fifty can go, thirty cannot.
    constexpr int desks = 8;
    constexpr int tries = 10;
    std::atomic<int> moved{0}, refused{0};
    std::vector<QString> failures(desks);
    std::vector<std::thread> threads;
    for (int desk = 0; desk < desks; ++desk) {
        threads.emplace_back([&, desk] {
            const QString name = QStringLiteral("desk-%1-%2").arg(engine).arg(desk);
            {
                auto connection = room.db.database().connect(name);
                if (!connection) {
                    failures[desk] = connection.error().message;
                    return;
                }
                const StockService stock(connection.value());
                for (int i = 0; i < tries; ++i) {
                    StockCommand one = command(MovementKind::Transfer, room.main, {{room.tea, 1}});
                    one.toWarehouseId = room.shop;
                    auto result = stock.apply(room.clerk, one);
                    if (result)
                        ++moved;
                    else if (result.error().kind == Error::Kind::Validation)
                        ++refused;
                    else
                        failures[desk] = result.error().message;
                }
            }
            Database::disconnect(name);
        });
    }
    for (auto& thread : threads)
        thread.join();
    for (const QString& failure : failures)
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
    QCOMPARE(moved.load(), int(onHand));
    QCOMPARE(refused.load(), desks * tries - int(onHand));
    QCOMPARE(room.level(room.tea, room.main), 0);
    QCOMPARE(room.level(room.tea, room.shop), onHand);
    QCOMPARE(room.findings(), QStringList());
}

void TestStockService::warehousesAreKeptAndArchivedOnlyEmpty()
{
    QFETCH(QString, engine);
    Stockroom room(engine);
    QVERIFY2(room.open(), qPrintable(room.db.error()));
    const Session manager = room.db.createUser(Role::Manager, QStringLiteral("manager"));
    const WarehouseService warehouses(room.db.connection());

    // Codes are short and plain; a taken one is named on its field.
    const auto refusedField = [&](const WarehouseDraft& draft) {
        auto created = warehouses.create(manager, draft);
        return created ? QStringLiteral("created") : created.error().fields.keys().join(QLatin1Char(','));
    };
    QCOMPARE(refusedField({QString(), QStringLiteral("Back room"), QString()}), QStringLiteral("code"));
    QCOMPARE(refusedField({QStringLiteral("B'; DROP TABLE warehouses; --"), QStringLiteral("x"), QString()}),
             QStringLiteral("code"));
    QCOMPARE(refusedField({QStringLiteral("main"), QStringLiteral("Another main"), QString()}),
             QStringLiteral("code")); // MAIN, whatever the case
    QCOMPARE(refusedField({QStringLiteral("BACK"), QString(), QString()}), QStringLiteral("name"));
    QCOMPARE(refusedField({QStringLiteral("BACK"), QStringLiteral("Back\x01room"), QString()}),
             QStringLiteral("name"));
    auto clerkMade = warehouses.create(room.clerk, {QStringLiteral("BACK"), QStringLiteral("Back room"), {}});
    QVERIFY(!clerkMade);
    QCOMPARE(clerkMade.error().kind, Error::Kind::Permission);

    auto back =
        warehouses.create(manager, {QStringLiteral(" back-1 "), QStringLiteral("  Back   room "), {}});
    QVERIFY2(back, qPrintable(back ? QString() : back.error().message));
    QCOMPARE(back->draft.code, QStringLiteral("BACK-1"));
    QCOMPARE(back->draft.name, QStringLiteral("Back room"));

    // Renamed from an old version: a conflict, not a lost change.
    auto renamed = warehouses.update(manager, back->id, back->version,
                                     {QStringLiteral("BACK-1"), QStringLiteral("Stock room"), {}});
    QVERIFY(renamed);
    auto stale = warehouses.update(manager, back->id, back->version,
                                   {QStringLiteral("BACK-1"), QStringLiteral("Cellar"), {}});
    QVERIFY(!stale);
    QCOMPARE(stale.error().kind, Error::Kind::Conflict);

    // Not archived while it holds stock; archived once that is moved out, and then it takes none.
    const StockService stock(room.db.connection());
    QVERIFY(stock.apply(room.clerk, command(MovementKind::Receipt, back->id, {{room.tea, 3}})));
    auto full = warehouses.setArchived(manager, back->id, renamed->version, true);
    QVERIFY(!full);
    QVERIFY2(full.error().message.contains(QStringLiteral("still holds stock of 1 item")),
             qPrintable(full.error().message));
    StockCommand out = command(MovementKind::Transfer, back->id, {{room.tea, 3}});
    out.toWarehouseId = room.main;
    QVERIFY(stock.apply(room.clerk, out));
    auto archived = warehouses.setArchived(manager, back->id, renamed->version, true);
    QVERIFY2(archived, qPrintable(archived ? QString() : archived.error().message));
    QVERIFY(archived->archived);
    QVERIFY(!stock.apply(room.clerk, command(MovementKind::Receipt, back->id, {{room.tea, 1}})));
    auto listed = warehouses.list(room.clerk);
    QVERIFY(listed);
    QCOMPARE(listed->size(), 2); // MAIN and SHOP
    auto all = warehouses.list(room.clerk, true);
    QVERIFY(all);
    QCOMPARE(all->size(), 3);
    QCOMPARE(room.level(room.tea, room.main), 3);
    QCOMPARE(room.findings(), QStringList());
}

void TestStockService::receiptsAverageTheCost()
{
    QFETCH(QString, engine);
    Stockroom room(engine);
    QVERIFY2(room.open(), qPrintable(room.db.error()));
    const StockService stock(room.db.connection());
    const Session manager = TestDatabase::sessionFor(Role::Manager);
    const auto cost = [&] {
        auto item = GoodsService(room.db.connection()).get(manager, room.tea);
        return item ? item->draft.cost.cents() : -1;
    };
    QCOMPARE(cost(), 0);
    // Ten at 1.00 into the main warehouse, ten at 2.00 into the shop: twenty at 1.50.
    QVERIFY(stock.apply(room.clerk,
                        command(MovementKind::Receipt, room.main, {{room.tea, 10, Money::fromCents(100)}})));
    QCOMPARE(cost(), 100);
    QVERIFY(stock.apply(room.clerk,
                        command(MovementKind::Receipt, room.shop, {{room.tea, 10, Money::fromCents(200)}})));
    QCOMPARE(cost(), 150);
    // One more at a cent: 30.01 over 21 is 1.429…, kept as 1.43.
    QVERIFY(stock.apply(room.clerk,
                        command(MovementKind::Receipt, room.main, {{room.tea, 1, Money::fromCents(1)}})));
    QCOMPARE(cost(), 143);
    // A receipt without a cost leaves it; each change of it is in the item's history.
    QVERIFY(stock.apply(room.clerk, command(MovementKind::Receipt, room.main, {{room.tea, 5}})));
    QCOMPARE(cost(), 143);
    QCOMPARE(
        countRows(room.db.connection(),
                  QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = 'goods' AND entity_id = ? "
                                 "AND action = 'update'"),
                  {QString::number(room.tea)}),
        3);
    // A clerk receives at a cost, but the item as a clerk reads it still has none to show.
    auto seen = GoodsService(room.db.connection()).get(room.clerk, room.tea);
    QVERIFY(seen);
    QVERIFY(seen->costHidden);
    QCOMPARE(room.findings(), QStringList());
}

void TestStockService::generatedLedgerAddsUp()
{
    QFETCH(QString, engine);
    TestDatabase db(engine);
    QVERIFY2(db.ok(), qPrintable(db.error()));
    Generator::Request request;
    request.goods = 300;
    request.warehouses = 3;
    request.movements = 6000;
    auto generated = Generator::run(db.connection(), Session::maintenance(), request);
    QVERIFY2(generated, qPrintable(generated ? QString() : generated.error().message));
    const Connection& c = db.connection();
    QCOMPARE(countRows(c, QStringLiteral("SELECT COUNT(*) FROM warehouses")), 3);
    QCOMPARE(countRows(c, QStringLiteral("SELECT COUNT(*) FROM stock_movements")), 6000);
    QCOMPARE(countRows(c, QStringLiteral("SELECT COUNT(*) FROM stock_levels WHERE quantity < 0")), 0);
    QVERIFY(countRows(c, QStringLiteral("SELECT COUNT(*) FROM stock_movements WHERE quantity_delta < 0")) >
            0);
    QCOMPARE(countRows(c, QStringLiteral("SELECT SUM(quantity) FROM stock_levels")),
             countRows(c, QStringLiteral("SELECT SUM(quantity_delta) FROM stock_movements")));
    auto findings = IntegrityCheck::run(c);
    QVERIFY(findings);
    QCOMPARE(findings.value(), QStringList());

    // And the generated stock moves like any other.
    const qint64 goods =
        countRows(c, QStringLiteral("SELECT MIN(goods_id) FROM stock_levels WHERE quantity > 0"));
    const qint64 from =
        countRows(c,
                  QStringLiteral("SELECT MIN(warehouse_id) FROM stock_levels WHERE goods_id = ? "
                                 "AND quantity > 0"),
                  {goods});
    const qint64 to = countRows(c, QStringLiteral("SELECT MAX(id) FROM warehouses WHERE id <> ?"), {from});
    StockCommand move = command(MovementKind::Transfer, from, {{goods, 1}});
    move.toWarehouseId = to;
    QVERIFY(StockService(c).apply(Session::maintenance(), move));
    QCOMPARE(IntegrityCheck::run(c).value(), QStringList());

    Generator::Request nowhere;
    nowhere.movements = 10;
    QVERIFY(!Generator::run(c, Session::maintenance(), nowhere));
}

QTEST_GUILESS_MAIN(TestStockService)
#include "tst_stockservice.moc"
