#include "domain/goods.h"

#include <QTest>

class TestGoodsRules : public QObject
{
    Q_OBJECT
private slots:
    void validDraftHasNoProblems();
    void problems_data();
    void problems();
    void normalizes();
};

namespace {

GoodsDraft validDraft()
{
    GoodsDraft draft;
    draft.sku = QStringLiteral("SK-1");
    draft.name = QStringLiteral("绿茶饮料 500ml");
    draft.unit = QStringLiteral("bottle");
    draft.barcodes = {QStringLiteral("6901234567892")};
    draft.price = Money::fromCents(350);
    draft.cost = Money::fromCents(210);
    return draft;
}

} // namespace

void TestGoodsRules::validDraftHasNoProblems()
{
    QVERIFY(GoodsRules::problems(validDraft()).isEmpty());
}

void TestGoodsRules::problems_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("says");
    QTest::newRow("no name") << "name"
                             << ""
                             << "Required";
    QTest::newRow("blank name") << "name"
                                << "   "
                                << "Required";
    QTest::newRow("long name") << "name" << QString(201, QLatin1Char('x')) << "Too long";
    QTest::newRow("tab in name") << "name"
                                 << "a\tb"
                                 << "control";
    QTest::newRow("no sku") << "sku"
                            << ""
                            << "Required";
    QTest::newRow("newline in sku") << "sku"
                                    << "A\nB"
                                    << "control";
    QTest::newRow("bad barcode") << "barcode"
                                 << "6901234567891"
                                 << "last digit should be 2";
    QTest::newRow("short barcode") << "barcode"
                                   << "123"
                                   << "13 digits";
    QTest::newRow("no unit") << "unit"
                             << ""
                             << "Required";
}

void TestGoodsRules::problems()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QString, says);
    GoodsDraft draft = validDraft();
    if (field == QLatin1String("name"))
        draft.name = value;
    else if (field == QLatin1String("sku"))
        draft.sku = value;
    else if (field == QLatin1String("barcode"))
        draft.barcodes = {value};
    else if (field == QLatin1String("unit"))
        draft.unit = value;
    const auto problems = GoodsRules::problems(draft);
    QCOMPARE(problems.keys(), QStringList{field});
    QVERIFY2(problems.value(field).contains(says), qPrintable(problems.value(field)));
}

void TestGoodsRules::normalizes()
{
    GoodsDraft draft = validDraft();
    draft.sku = QStringLiteral("  sk-abc ");
    draft.barcodes = {QStringLiteral(" 6901234 567892 "), QStringLiteral("6901234567892"), QString()};
    draft.unit = QStringLiteral("瓶");
    draft.price = Money::fromCents(-1);
    const GoodsDraft normal = GoodsRules::normalized(draft);
    QCOMPARE(normal.sku, QStringLiteral("SK-ABC"));
    QCOMPARE(normal.barcodes, QStringList{"6901234567892"}); // spaces out, each code once, blanks gone
    QCOMPARE(normal.unit, QStringLiteral("bottle"));         // as people write it, kept by key
    QVERIFY(GoodsRules::problems(normal).value(GoodsRules::priceField).contains(QLatin1String("negative")));
    draft.price = Money::fromCents(GoodsRules::maxPriceCents + 1);
    QVERIFY(GoodsRules::problems(GoodsRules::normalized(draft))
                .value(GoodsRules::priceField)
                .contains(QLatin1String("large")));
}

QTEST_GUILESS_MAIN(TestGoodsRules)
#include "tst_goodsrules.moc"
