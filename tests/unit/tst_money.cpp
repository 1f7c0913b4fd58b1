#include "domain/money.h"

#include <QLocale>
#include <QTest>
#include <limits>

class TestMoney : public QObject
{
    Q_OBJECT
private slots:
    void parse_data();
    void parse();
    void arithmeticOverflowIsReported();
    void plainText_data();
    void plainText();
};

void TestMoney::parse_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("error");
    QTest::addColumn<qint64>("cents");
    const int none = int(MoneyParse::Error::None);
    QTest::newRow("whole") << "en_US"
                           << "12" << none << qint64(1200);
    QTest::newRow("one decimal") << "en_US"
                                 << "12.5" << none << qint64(1250);
    QTest::newRow("two decimals") << "en_US"
                                  << "12.50" << none << qint64(1250);
    QTest::newRow("grouped") << "en_US"
                             << "1,234.56" << none << qint64(123456);
    QTest::newRow("leading point") << "en_US"
                                   << ".5" << none << qint64(50);
    QTest::newRow("spaces around") << "en_US"
                                   << "  3.00  " << none << qint64(300);
    QTest::newRow("yuan sign") << "zh_CN"
                               << "¥12.30" << none << qint64(1230);
    QTest::newRow("fullwidth yuan") << "zh_CN"
                                    << "￥8" << none << qint64(800);
    QTest::newRow("dollar after minus") << "en_US"
                                        << "-$5" << none << qint64(-500);
    QTest::newRow("iso code after") << "en_US"
                                    << "12 USD" << none << qint64(1200);
    QTest::newRow("symbol inside") << "en_US"
                                   << "1$2" << int(MoneyParse::Error::Malformed) << qint64(0);
    QTest::newRow("code inside") << "en_US"
                                 << "12USD34" << int(MoneyParse::Error::Malformed) << qint64(0);
    QTest::newRow("two yuan signs") << "zh_CN"
                                    << "¥1¥2" << int(MoneyParse::Error::Malformed) << qint64(0);
    QTest::newRow("negative") << "en_US"
                              << "-0.05" << none << qint64(-5);
    QTest::newRow("german comma") << "de_DE"
                                  << "1.234,50" << none << qint64(123450);
    QTest::newRow("zero") << "en_US"
                          << "0" << none << qint64(0);
    QTest::newRow("largest") << "en_US"
                             << "92233720368547758.07" << none << std::numeric_limits<qint64>::max();
    QTest::newRow("smallest") << "en_US"
                              << "-92233720368547758.08" << none << std::numeric_limits<qint64>::min();
    QTest::newRow("empty") << "en_US"
                           << "" << int(MoneyParse::Error::Empty) << qint64(0);
    QTest::newRow("blank") << "en_US"
                           << "   " << int(MoneyParse::Error::Empty) << qint64(0);
    QTest::newRow("three decimals") << "en_US"
                                    << "1.005" << int(MoneyParse::Error::TooManyDecimals) << qint64(0);
    QTest::newRow("letters") << "en_US"
                             << "abc" << int(MoneyParse::Error::Malformed) << qint64(0);
    QTest::newRow("exponent") << "en_US"
                              << "1e5" << int(MoneyParse::Error::Malformed) << qint64(0);
    QTest::newRow("two points") << "en_US"
                                << "1.2.3" << int(MoneyParse::Error::Malformed) << qint64(0);
    QTest::newRow("sql") << "en_US"
                         << "1'; DROP TABLE goods;--" << int(MoneyParse::Error::Malformed) << qint64(0);
    QTest::newRow("control char") << "en_US"
                                  << "1\t2" << int(MoneyParse::Error::Malformed) << qint64(0);
    QTest::newRow("just sign") << "en_US"
                               << "-" << int(MoneyParse::Error::Malformed) << qint64(0);
    QTest::newRow("just point") << "en_US"
                                << "." << int(MoneyParse::Error::Malformed) << qint64(0);
    QTest::newRow("group first") << "en_US"
                                 << ",5" << int(MoneyParse::Error::Malformed) << qint64(0);
    QTest::newRow("past int64") << "en_US"
                                << "92233720368547758.08" << int(MoneyParse::Error::TooLarge) << qint64(0);
    QTest::newRow("huge") << "en_US" << QString(400, QLatin1Char('9')) << int(MoneyParse::Error::TooLarge)
                          << qint64(0);
}

void TestMoney::parse()
{
    QFETCH(QString, locale);
    QFETCH(QString, text);
    QFETCH(int, error);
    QFETCH(qint64, cents);
    const MoneyParse result = parseMoney(text, QLocale(locale));
    QCOMPARE(int(result.error), error);
    if (error == int(MoneyParse::Error::None))
        QCOMPARE(result.value.cents(), cents);
}

void TestMoney::arithmeticOverflowIsReported()
{
    const Money max = Money::fromCents(std::numeric_limits<qint64>::max());
    const Money min = Money::fromCents(std::numeric_limits<qint64>::min());
    QVERIFY(!max.added(Money::fromCents(1)).has_value());
    QVERIFY(!min.subtracted(Money::fromCents(1)).has_value());
    QVERIFY(!max.multiplied(2).has_value());
    QVERIFY(!min.multiplied(-1).has_value());
    QCOMPARE(max.added(Money::fromCents(-1))->cents(), std::numeric_limits<qint64>::max() - 1);
    QCOMPARE(Money::fromCents(1999).multiplied(3)->cents(), qint64(5997));
    QCOMPARE(Money::fromCents(10).subtracted(Money::fromCents(25))->cents(), qint64(-15));
    // 0.1 + 0.2 is exactly 0.3 in cents, unlike in floating point.
    QCOMPARE(Money::fromCents(10).added(Money::fromCents(20)).value(), Money::fromCents(30));
}

void TestMoney::plainText_data()
{
    QTest::addColumn<qint64>("cents");
    QTest::addColumn<QString>("text");
    QTest::newRow("zero") << qint64(0) << "0.00";
    QTest::newRow("cents") << qint64(5) << "0.05";
    QTest::newRow("negative") << qint64(-105) << "-1.05";
    QTest::newRow("max") << std::numeric_limits<qint64>::max() << "92233720368547758.07";
    QTest::newRow("min") << std::numeric_limits<qint64>::min() << "-92233720368547758.08";
}

void TestMoney::plainText()
{
    QFETCH(qint64, cents);
    QFETCH(QString, text);
    QCOMPARE(Money::fromCents(cents).toPlainString(), text);
    QCOMPARE(parseMoney(text, QLocale::c()).value.cents(), cents);
}

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
