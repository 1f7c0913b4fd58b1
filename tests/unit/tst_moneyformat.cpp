#include "common/moneyformat.h"

#include <QTest>
#include <limits>

class TestMoneyFormat : public QObject
{
    Q_OBJECT
private slots:
    void format_data();
    void format();
    void textParsesBack();
};

void TestMoneyFormat::format_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<qint64>("cents");
    QTest::addColumn<QString>("text");
    QTest::newRow("en") << "en_US" << qint64(123456789) << "1,234,567.89";
    QTest::newRow("zh") << "zh_CN" << qint64(350) << "3.50";
    QTest::newRow("de") << "de_DE" << qint64(123450) << "1.234,50";
    QTest::newRow("negative") << "en_US" << qint64(-5) << "-0.05";
    QTest::newRow("max") << "en_US" << std::numeric_limits<qint64>::max() << "92,233,720,368,547,758.07";
}

void TestMoneyFormat::format()
{
    QFETCH(QString, locale);
    QFETCH(qint64, cents);
    QFETCH(QString, text);
    QCOMPARE(MoneyFormat::text(Money::fromCents(cents), QLocale(locale)), text);
}

void TestMoneyFormat::textParsesBack()
{
    for (const char* name : {"en_US", "zh_CN", "de_DE", "fr_FR"}) {
        const QLocale locale{QLatin1String(name)};
        for (qint64 cents : {qint64(0), qint64(7), qint64(123456789), qint64(-4200)}) {
            const QString text = MoneyFormat::text(Money::fromCents(cents), locale);
            const MoneyParse parsed = parseMoney(text, locale);
            QVERIFY2(parsed.ok(), qPrintable(text));
            QCOMPARE(parsed.value.cents(), cents);
        }
    }
}

QTEST_GUILESS_MAIN(TestMoneyFormat)
#include "tst_moneyformat.moc"
