#include "domain/uuid7.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

class TestUuid7 : public QObject
{
    Q_OBJECT
private slots:
    void formatAndVersion();
    void orderedAndUnique();
};

void TestUuid7::formatAndVersion()
{
    const QRegularExpression pattern(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"));
    const QString id = newUuid7();
    QVERIFY2(pattern.match(id).hasMatch(), qPrintable(id));
}

void TestUuid7::orderedAndUnique()
{
    QStringList ids;
    for (int i = 0; i < 20000; ++i)
        ids << newUuid7();
    QStringList sorted = ids;
    sorted.sort();
    QCOMPARE(sorted, ids); // made in order, they sort in order, even within one millisecond
    QCOMPARE(QSet<QString>(ids.begin(), ids.end()).size(), ids.size());
}

QTEST_GUILESS_MAIN(TestUuid7)
#include "tst_uuid7.moc"
