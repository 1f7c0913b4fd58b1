// Everything that reads what a person types or pastes, fed with random text made of the characters
// that break parsers: separators, signs, currency symbols, quotes, control characters, CJK, lone
// surrogates. Nothing may crash, and what is accepted must survive a round trip. Seeded, so a
// failure repeats; STOREKEEPER_FUZZ_SEED picks another sequence.
#include "csvfuzzcheck.h"
#include "db/connectionprofile.h"
#include "domain/barcode.h"
#include "domain/goods.h"
#include "domain/money.h"
#include "domain/searchtokens.h"

#include <QLocale>
#include <QRandomGenerator>
#include <QTest>

namespace {

const QString alphabet = QStringLiteral("0123456789.,-+ ¥$€￥'\"%;:/@?=&#*()[]{}\\\t\n\r\u0001\u00a0\u202f"
                                        "aZéß茶绿饮料ＡＢ１２、。「」") +
                         QChar(0xD83D) + QChar(0xDE00)    // a valid surrogate pair: 😀
                         + QChar(0xDC00) + QChar(0xD800); // and lone halves

QString randomText(QRandomGenerator& random, int maxLength)
{
    const int length = int(random.bounded(maxLength + 1));
    QString text;
    for (int i = 0; i < length; ++i)
        text += alphabet.at(int(random.bounded(quint32(alphabet.size()))));
    return text;
}

constexpr int rounds = 40000;

} // namespace

class TestFuzzParsers : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void money();
    void connectionAddresses();
    void searchTokens();
    void goodsDrafts();
    void csvFiles();

private:
    QRandomGenerator m_random;
};

void TestFuzzParsers::initTestCase()
{
    const quint32 seed = qEnvironmentVariableIsSet("STOREKEEPER_FUZZ_SEED")
                             ? quint32(qEnvironmentVariableIntValue("STOREKEEPER_FUZZ_SEED"))
                             : 20261130u;
    qInfo("seed %u", seed);
    m_random.seed(seed);
}

void TestFuzzParsers::money()
{
    const QList<QLocale> locales = {QLocale::c(), QLocale(QStringLiteral("en_US")),
                                    QLocale(QStringLiteral("zh_CN")), QLocale(QStringLiteral("de_DE")),
                                    QLocale(QStringLiteral("fr_FR"))};
    for (int i = 0; i < rounds; ++i) {
        const QString text = randomText(m_random, 24);
        const QLocale& locale = locales.at(i % locales.size());
        const MoneyParse parsed = parseMoney(text, locale);
        if (!parsed.ok())
            continue;
        // Accepted: the amount reads back exactly from its plain form.
        const MoneyParse again = parseMoney(parsed.value.toPlainString(), QLocale::c());
        QVERIFY2(again.ok() && again.value == parsed.value, qPrintable(text));
    }
}

void TestFuzzParsers::connectionAddresses()
{
    const QStringList prefixes = {QStringLiteral("sqlite:"), QStringLiteral("postgresql://"),
                                  QStringLiteral("mysql://"), QStringLiteral("mariadb://"), QString()};
    for (int i = 0; i < rounds; ++i) {
        const QString url = prefixes.at(i % prefixes.size()) + randomText(m_random, 40);
        auto profile = ConnectionProfile::parse(url);
        if (!profile) {
            QCOMPARE(profile.error().kind, Error::Kind::Validation);
            for (QChar c : profile.error().message) // never echoes control characters to a terminal
                QVERIFY2(c.category() != QChar::Other_Control, qPrintable(profile.error().message));
            continue;
        }
        auto again = ConnectionProfile::parse(profile->toUrl());
        QVERIFY2(again.ok(), qPrintable(url + QStringLiteral(" -> ") + profile->toUrl()));
        QCOMPARE(again->toUrl(), profile->toUrl());
    }
}

void TestFuzzParsers::searchTokens()
{
    for (int i = 0; i < rounds; ++i) {
        const QString text = randomText(m_random, 60);
        for (const auto& term : SearchTokens::forQuery(text)) {
            QVERIFY(!term.token.isEmpty());
            QVERIFY(term.token.size() <= SearchTokens::maxTokenLength);
            for (QChar c : term.token) // nothing an engine's query syntax could read as an operator
                QVERIFY2(c.isLetterOrNumber() || c.isMark() || c.isSurrogate(), qPrintable(text));
        }
        for (const QString& token : SearchTokens::forDocument({text}, {text}))
            QVERIFY(!token.isEmpty() && !token.contains(QLatin1Char(' ')));
    }
}

void TestFuzzParsers::goodsDrafts()
{
    for (int i = 0; i < rounds / 4; ++i) {
        GoodsDraft draft;
        draft.sku = randomText(m_random, 20);
        draft.name = randomText(m_random, 30);
        draft.barcodes = {randomText(m_random, 14), randomText(m_random, 8)};
        draft.unit = randomText(m_random, 4);
        const GoodsDraft normal = GoodsRules::normalized(draft);
        const auto problems = GoodsRules::problems(normal);
        if (!problems.contains(GoodsRules::barcodeField)) {
            for (const QString& barcode : normal.barcodes)
                QCOMPARE(checkBarcode(barcode).result, BarcodeCheck::Result::Valid);
        }
        QCOMPARE(GoodsRules::normalized(normal).sku, normal.sku); // normalizing twice changes nothing
        Q_UNUSED(GoodsRules::searchText(normal));
    }
}

void TestFuzzParsers::csvFiles()
{
    // Bytes from the characters that matter to CSV, GBK and UTF-8 halves, BOMs and NULs.
    static const QByteArray pieces[] = {",",
                                        ";",
                                        "\t",
                                        "\"",
                                        "\"\"",
                                        "\r",
                                        "\n",
                                        "\r\n",
                                        "'",
                                        "=",
                                        "+",
                                        "-",
                                        "@",
                                        "a",
                                        "7",
                                        " ",
                                        "\xEF\xBB\xBF",
                                        "\xB2\xE8",
                                        "\xE8\x8C\xB6",
                                        "\xE8",
                                        "\xFF\xFE",
                                        QByteArray("\0", 1)};
    for (int i = 0; i < rounds / 8; ++i) {
        QByteArray bytes;
        const int length = int(m_random.bounded(60));
        for (int j = 0; j < length; ++j)
            bytes += pieces[m_random.bounded(int(std::size(pieces)))];
        const QString failure = CsvFuzz::check(bytes);
        QVERIFY2(failure.isEmpty(),
                 qPrintable(failure + QStringLiteral(" for ") + QString::fromLatin1(bytes.toHex())));
    }
}

QTEST_GUILESS_MAIN(TestFuzzParsers)
#include "tst_fuzz_parsers.moc"
