#include "domain/localformat.h"

#include <QTest>

// Each shipped language writes dates, times and numbers one way, whatever locale the system has.
class TestLocalFormat : public QObject
{
    Q_OBJECT
private slots:
    void languagesResolve_data();
    void languagesResolve();
    void datesFollowTheLanguage_data();
    void datesFollowTheLanguage();
};

void TestLocalFormat::languagesResolve_data()
{
    QTest::addColumn<QString>("system");
    QTest::addColumn<QString>("used");
    QTest::newRow("bare C") << QStringLiteral("C") << QStringLiteral("en_US");
    QTest::newRow("British") << QStringLiteral("en_GB") << QStringLiteral("en_US");
    QTest::newRow("German") << QStringLiteral("de_DE") << QStringLiteral("en_US");
    QTest::newRow("Chinese, China") << QStringLiteral("zh_CN") << QStringLiteral("zh_CN");
    QTest::newRow("Chinese, Taiwan") << QStringLiteral("zh_TW") << QStringLiteral("zh_CN");
}

void TestLocalFormat::languagesResolve()
{
    QFETCH(QString, system);
    QFETCH(QString, used);
    const QLocale resolved = LocalFormat::resolve(QLocale(system));
    QCOMPARE(resolved.name(), used);
    QCOMPARE(resolved.toString(123450 / 100.0, 'f', 2), QStringLiteral("1,234.50"));
}

void TestLocalFormat::datesFollowTheLanguage_data()
{
    QTest::addColumn<QString>("system");
    QTest::addColumn<QString>("dateTime");
    QTest::addColumn<QString>("date");
    QTest::newRow("English") << QStringLiteral("en_US") << QStringLiteral("3 Dec 2026, 17:05")
                             << QStringLiteral("3 Dec 2026");
    QTest::newRow("C reads English") << QStringLiteral("C") << QStringLiteral("3 Dec 2026, 17:05")
                                     << QStringLiteral("3 Dec 2026");
    QTest::newRow("Chinese") << QStringLiteral("zh_CN") << QStringLiteral("2026-12-03 17:05")
                             << QStringLiteral("2026-12-03");
}

void TestLocalFormat::datesFollowTheLanguage()
{
    QFETCH(QString, system);
    QFETCH(QString, dateTime);
    QFETCH(QString, date);
    const QLocale locale = LocalFormat::resolve(QLocale(system));
    const QDateTime when(QDate(2026, 12, 3), QTime(17, 5, 42));
    QCOMPARE(LocalFormat::dateTime(when, locale), dateTime);
    QCOMPARE(LocalFormat::date(when.date(), locale), date);
    QCOMPARE(LocalFormat::time(when.time(), locale), QStringLiteral("17:05"));
}

QTEST_APPLESS_MAIN(TestLocalFormat)
#include "tst_localformat.moc"
