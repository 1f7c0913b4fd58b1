#include "domain/searchtokens.h"

#include <QTest>

namespace {

// Whether every query term finds a document token, as the engines' full-text indexes match.
bool matches(const QString& query, const QStringList& document)
{
    const auto terms = SearchTokens::forQuery(query);
    if (terms.isEmpty())
        return true;
    for (const auto& term : terms) {
        const bool found = std::any_of(document.begin(), document.end(), [&](const QString& token) {
            return term.prefix ? token.startsWith(term.token) : token == term.token;
        });
        if (!found)
            return false;
    }
    return true;
}

} // namespace

class TestSearchTokens : public QObject
{
    Q_OBJECT
private slots:
    void chineseDocumentHasCharactersAndPairs();
    void finds_data();
    void finds();
    void hostileInputBecomesPlainWords();
};

void TestSearchTokens::chineseDocumentHasCharactersAndPairs()
{
    const QStringList tokens = SearchTokens::forDocument({QStringLiteral("绿茶饮料 500ml")});
    QCOMPARE(tokens, QStringList({"绿", "茶", "饮", "料", "绿茶", "茶饮", "饮料", "500ml"}));
}

void TestSearchTokens::finds_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("sku");
    QTest::addColumn<QString>("query");
    QTest::addColumn<bool>("found");
    QTest::newRow("one han character") << "绿茶饮料"
                                       << "SK-1"
                                       << "茶" << true;
    QTest::newRow("two han characters") << "绿茶饮料"
                                        << "SK-1"
                                        << "饮料" << true;
    QTest::newRow("three han characters") << "绿茶饮料"
                                          << "SK-1"
                                          << "茶饮料" << true;
    QTest::newRow("other han") << "绿茶饮料"
                               << "SK-1"
                               << "咖啡" << false;
    QTest::newRow("english prefix") << "Green Tea 500ml"
                                    << "SK-1"
                                    << "gre" << true;
    QTest::newRow("any case") << "Green Tea"
                              << "SK-1"
                              << "TEA" << true;
    QTest::newRow("two words") << "Green Tea"
                               << "SK-1"
                               << "tea gre" << true;
    QTest::newRow("mixed") << "绿茶 Green Tea"
                           << "SK-1"
                           << "绿茶 green" << true;
    QTest::newRow("missing word") << "Green Tea"
                                  << "SK-1"
                                  << "green coffee" << false;
    QTest::newRow("sku with dash") << "Tea"
                                   << "SK-00123"
                                   << "sk-001" << true;
    QTest::newRow("sku joined") << "Tea"
                                << "SK-00123"
                                << "sk00123" << true;
    QTest::newRow("barcode prefix") << "Tea"
                                    << "6901234567892"
                                    << "690123" << true;
    QTest::newRow("accents") << "Nescafé Gold"
                             << "SK-1"
                             << "nescafé" << true;
    QTest::newRow("fullwidth") << "ＡＢＣ饼干"
                               << "SK-1"
                               << "abc" << true;
}

void TestSearchTokens::finds()
{
    QFETCH(QString, name);
    QFETCH(QString, sku);
    QFETCH(QString, query);
    QFETCH(bool, found);
    QCOMPARE(matches(query, SearchTokens::forDocument({name}, {sku})), found);
}

void TestSearchTokens::hostileInputBecomesPlainWords()
{
    const auto terms = SearchTokens::forQuery(QStringLiteral("\"'; DROP TABLE goods;-- * OR 1=1 \x01"));
    QStringList tokens;
    for (const auto& term : terms) {
        for (QChar c : term.token)
            QVERIFY2(c.isLetterOrNumber(), qPrintable(term.token));
        tokens << term.token;
    }
    QCOMPARE(tokens, QStringList({"drop", "table", "goods", "or", "1"}));
    QVERIFY(SearchTokens::forQuery(QStringLiteral("  -- ** ''  ")).isEmpty());
}

QTEST_GUILESS_MAIN(TestSearchTokens)
#include "tst_searchtokens.moc"
