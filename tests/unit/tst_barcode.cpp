#include "domain/barcode.h"
#include "domain/goods.h"

#include <QTest>

class TestBarcode : public QObject
{
    Q_OBJECT
private slots:
    void check_data();
    void check();
    void messageNamesTheRightDigit();
};

void TestBarcode::check_data()
{
    QTest::addColumn<QString>("digits");
    QTest::addColumn<int>("result");
    const int valid = int(BarcodeCheck::Result::Valid);
    QTest::newRow("ean13") << "4006381333931" << valid;
    QTest::newRow("ean13 china") << "6901234567892" << valid;
    QTest::newRow("upc-a") << "036000291452" << valid;
    QTest::newRow("ean8") << "96385074" << valid;
    QTest::newRow("empty") << "" << int(BarcodeCheck::Result::Empty);
    QTest::newRow("wrong check") << "4006381333932" << int(BarcodeCheck::Result::WrongCheckDigit);
    QTest::newRow("letters") << "40063813339X1" << int(BarcodeCheck::Result::NotDigits);
    QTest::newRow("fullwidth digits") << "４００６３８１３３３９３１" << int(BarcodeCheck::Result::NotDigits);
    QTest::newRow("too short") << "12345" << int(BarcodeCheck::Result::WrongLength);
    QTest::newRow("14 digits") << "40063813339310" << int(BarcodeCheck::Result::WrongLength);
}

void TestBarcode::check()
{
    QFETCH(QString, digits);
    QFETCH(int, result);
    QCOMPARE(int(checkBarcode(digits).result), result);
}

void TestBarcode::messageNamesTheRightDigit()
{
    QCOMPARE(checkBarcode(QStringLiteral("4006381333932")).expectedCheckDigit, 1);
    QVERIFY(GoodsRules::barcodeProblem(QStringLiteral("4006381333932")).contains(QLatin1Char('1')));
    QVERIFY(GoodsRules::barcodeProblem(QStringLiteral("4006381333931")).isEmpty());
}

QTEST_GUILESS_MAIN(TestBarcode)
#include "tst_barcode.moc"
