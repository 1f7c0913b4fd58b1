// The stock rules that need no database: a command's problems before anything is read, and the
// moving average cost a receipt gives, to the cent.
#include "domain/stock.h"
#include "domain/uuid7.h"

#include <QTest>

class TestStockRules : public QObject
{
    Q_OBJECT
private slots:
    void averageCost_data();
    void averageCost();
    void averageCostRefusesOverflow();
    void unitCostsBelongToReceipts();
};

void TestStockRules::averageCost_data()
{
    QTest::addColumn<qint64>("cost");
    QTest::addColumn<qint64>("onHand");
    QTest::addColumn<qint64>("unitCost");
    QTest::addColumn<qint64>("received");
    QTest::addColumn<qint64>("average");
    QTest::newRow("the first receipt sets it")
        << qint64(0) << qint64(0) << qint64(250) << qint64(12) << qint64(250);
    QTest::newRow("ten at 1.00 and ten at 2.00")
        << qint64(100) << qint64(10) << qint64(200) << qint64(10) << qint64(150);
    // (20 × 1.50 + 1 × 0.01) / 21 = 1.42904…
    QTest::newRow("rounded down") << qint64(150) << qint64(20) << qint64(1) << qint64(1) << qint64(143);
    // (1 × 0.01 + 1 × 0.02) / 2 = 0.015: the half goes away from zero
    QTest::newRow("a half rounds up") << qint64(1) << qint64(1) << qint64(2) << qint64(1) << qint64(2);
    QTest::newRow("stock below zero is worth nothing")
        << qint64(999) << qint64(-5) << qint64(300) << qint64(2) << qint64(300);
    QTest::newRow("received free") << qint64(400) << qint64(3) << qint64(0) << qint64(1) << qint64(300);
}

void TestStockRules::averageCost()
{
    QFETCH(qint64, cost);
    QFETCH(qint64, onHand);
    QFETCH(qint64, unitCost);
    QFETCH(qint64, received);
    QFETCH(qint64, average);
    const auto result =
        StockRules::averageCost(Money::fromCents(cost), onHand, Money::fromCents(unitCost), received);
    QVERIFY(result);
    QCOMPARE(result->cents(), average);
}

void TestStockRules::averageCostRefusesOverflow()
{
    const Money huge = Money::fromCents(std::numeric_limits<qint64>::max() / 2);
    QVERIFY(!StockRules::averageCost(huge, StockRules::maxQuantity, huge, 10));
    QVERIFY(!StockRules::averageCost(Money::fromCents(100), 1, Money::fromCents(100), 0));
}

void TestStockRules::unitCostsBelongToReceipts()
{
    StockCommand command;
    command.operationId = newUuid7();
    command.warehouseId = 1;
    command.kind = MovementKind::Receipt;
    command.lines = {{7, 3, Money::fromCents(120)}};
    QVERIFY(StockRules::problems(command).isEmpty());
    command.lines = {{7, 3, Money::fromCents(-1)}};
    QVERIFY(StockRules::problems(command).contains(QStringLiteral("lines")));
    command.kind = MovementKind::Adjustment;
    command.reason = AdjustmentReason::Found;
    command.lines = {{7, 3, Money::fromCents(120)}};
    QVERIFY(StockRules::problems(command).contains(QStringLiteral("lines")));
    command.lines = {{7, 3, std::nullopt}};
    QVERIFY(StockRules::problems(command).isEmpty());
}

QTEST_GUILESS_MAIN(TestStockRules)
#include "tst_stockrules.moc"
