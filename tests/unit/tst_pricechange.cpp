#include "domain/pricechange.h"

#include <QTest>
#include <limits>

Q_DECLARE_METATYPE(PriceChange)

// A price change of many goods: each new price exact to the cent, halves away from zero, and the
// change described the way a person writes it.
class TestPriceChange : public QObject
{
    Q_OBJECT
private slots:
    void apply_data();
    void apply();
    void problems();
    void describe_data();
    void describe();
};

namespace {

PriceChange percent(qint64 basisPoints)
{
    PriceChange change;
    change.basisPoints = basisPoints;
    return change;
}

PriceChange amount(qint64 cents)
{
    PriceChange change;
    change.kind = PriceChange::Kind::Amount;
    change.amount = Money::fromCents(cents);
    return change;
}

} // namespace

void TestPriceChange::apply_data()
{
    QTest::addColumn<PriceChange>("change");
    QTest::addColumn<qint64>("price");
    QTest::addColumn<qint64>("expected");
    QTest::newRow("+10% of 1.99 is 2.189") << percent(1000) << qint64(199) << qint64(219);
    QTest::newRow("+10% of 0.05 is 0.055, half up") << percent(1000) << qint64(5) << qint64(6);
    QTest::newRow("-10% of 0.05 is 0.045, half away from zero") << percent(-1000) << qint64(5) << qint64(5);
    QTest::newRow("-10% of 0.15 is 0.135") << percent(-1000) << qint64(15) << qint64(14);
    QTest::newRow("+12.5% of 8.00") << percent(1250) << qint64(800) << qint64(900);
    QTest::newRow("-100% is free") << percent(-10000) << qint64(12345) << qint64(0);
    QTest::newRow("+2.50 each") << amount(250) << qint64(1000) << qint64(1250);
    QTest::newRow("-2.50 each") << amount(-250) << qint64(1000) << qint64(750);
}

void TestPriceChange::apply()
{
    QFETCH(PriceChange, change);
    QFETCH(qint64, price);
    QFETCH(qint64, expected);
    const auto changed = change.apply(Money::fromCents(price));
    QVERIFY(changed);
    QCOMPARE(changed->cents(), expected);
}

void TestPriceChange::problems()
{
    QVERIFY(percent(1000).problem().isEmpty());
    QVERIFY(!percent(0).problem().isEmpty()); // a change that changes nothing
    QVERIFY(!amount(0).problem().isEmpty());
    QVERIFY(!percent(-10001).problem().isEmpty()); // below -100 %
    QVERIFY(!percent(PriceChange::maxBasisPoints + 1).problem().isEmpty());
    QVERIFY(!amount(1).apply(Money::fromCents(std::numeric_limits<qint64>::max())));
}

void TestPriceChange::describe_data()
{
    QTest::addColumn<PriceChange>("change");
    QTest::addColumn<QString>("text");
    QTest::newRow("whole percent") << percent(1000) << QStringLiteral("+10%");
    QTest::newRow("half percent") << percent(1250) << QStringLiteral("+12.5%");
    QTest::newRow("hundredths") << percent(-1205) << QStringLiteral("−12.05%");
    QTest::newRow("amount keeps cents") << amount(-300) << QStringLiteral("−3.00");
    QTest::newRow("amount up") << amount(250) << QStringLiteral("+2.50");
}

void TestPriceChange::describe()
{
    QFETCH(PriceChange, change);
    QFETCH(QString, text);
    QCOMPARE(change.describe(), text);
}

QTEST_APPLESS_MAIN(TestPriceChange)
#include "tst_pricechange.moc"
