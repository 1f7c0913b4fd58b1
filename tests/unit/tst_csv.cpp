#include "transfer/csvreader.h"
#include "transfer/csvwriter.h"

#include <QBuffer>
#include <QStringEncoder>
#include <QTest>

// CSV as spreadsheets write it: RFC 4180 quoting, the three delimiters, UTF-8 with and without its
// byte order mark, GBK from Chinese Excel, UTF-16 from Excel's "Unicode text"; and the files that
// are not CSV, each refused with the line it went wrong on.
class TestCsv : public QObject
{
    Q_OBJECT
private slots:
    void readsRecords_data();
    void readsRecords();
    void guessesTheEncoding_data();
    void guessesTheEncoding();
    void refusesWhatIsNotCsv_data();
    void refusesWhatIsNotCsv();
    void readsInBlocks();
    void writesWhatReadsBack();
    void makesFormulasInert_data();
    void makesFormulasInert();
    void tellsFormulasFromValues();
    void writesGbkAndBom();
};

namespace {

QList<QStringList> readAll(const QByteArray& bytes, CsvReader::Options options = {},
                           QString* problem = nullptr, qint64* problemLine = nullptr,
                           QList<qint64>* lines = nullptr)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, options);
    QList<QStringList> records;
    CsvRecord record;
    while (reader.next(&record)) {
        records << record.fields;
        if (lines)
            *lines << record.line;
    }
    if (problem)
        *problem = reader.problem();
    if (problemLine)
        *problemLine = reader.problemLine();
    return records;
}

QByteArray gbk(const QString& text)
{
    QStringEncoder encoder("GB18030");
    return encoder.encode(text);
}

} // namespace

void TestCsv::readsRecords_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<QList<QStringList>>("records");
    QTest::addColumn<QList<qint64>>("lines");
    using L = QList<QStringList>;
    using N = QList<qint64>;
    QTest::newRow("plain") << QByteArray("a,b\n1,2\n") << L{{"a", "b"}, {"1", "2"}} << N{1, 2};
    QTest::newRow("no final line break") << QByteArray("a,b\n1,2") << L{{"a", "b"}, {"1", "2"}} << N{1, 2};
    QTest::newRow("CRLF") << QByteArray("a,b\r\n1,2\r\n") << L{{"a", "b"}, {"1", "2"}} << N{1, 2};
    QTest::newRow("old Mac CR") << QByteArray("a,b\r1,2\r") << L{{"a", "b"}, {"1", "2"}} << N{1, 2};
    QTest::newRow("delimiter in quotes")
        << QByteArray("a,b\n\"x, y\",2\n") << L{{"a", "b"}, {"x, y", "2"}} << N{1, 2};
    QTest::newRow("doubled quotes") << QByteArray("a\n\"say \"\"hi\"\"\"\n") << L{{"a"}, {"say \"hi\""}}
                                    << N{1, 2};
    QTest::newRow("line breaks in quotes, counted")
        << QByteArray("a,b\n\"one\r\ntwo\nthree\",2\nx,y\n")
        << L{{"a", "b"}, {"one\ntwo\nthree", "2"}, {"x", "y"}} << N{1, 2, 5};
    QTest::newRow("empty fields") << QByteArray("a,b,c\n,,\n") << L{{"a", "b", "c"}, {"", "", ""}} << N{1, 2};
    QTest::newRow("empty quoted field") << QByteArray("a,b\n\"\",x\n") << L{{"a", "b"}, {"", "x"}} << N{1, 2};
    QTest::newRow("semicolon guessed") << QByteArray("sku;name;price\nA;\"b;c\";1,50\n")
                                       << L{{"sku", "name", "price"}, {"A", "b;c", "1,50"}} << N{1, 2};
    QTest::newRow("tab guessed") << QByteArray("sku\tname\nA\tB, C\n") << L{{"sku", "name"}, {"A", "B, C"}}
                                 << N{1, 2};
    QTest::newRow("one column") << QByteArray("path\nFood/Tea\n") << L{{"path"}, {"Food/Tea"}} << N{1, 2};
    QTest::newRow("bare quote inside a plain field kept")
        << QByteArray("a\n5\" screen\n") << L{{"a"}, {"5\" screen"}} << N{1, 2};
    QTest::newRow("blank line") << QByteArray("a\n\nb\n") << L{{"a"}, {""}, {"b"}} << N{1, 2, 3};
    QTest::newRow("empty file") << QByteArray() << L{} << N{};
}

void TestCsv::readsRecords()
{
    QFETCH(QByteArray, file);
    QFETCH(QList<QStringList>, records);
    QFETCH(QList<qint64>, lines);
    QString problem;
    QList<qint64> read;
    QCOMPARE(readAll(file, {}, &problem, nullptr, &read), records);
    QCOMPARE(problem, QString());
    QCOMPARE(read, lines);
}

void TestCsv::guessesTheEncoding_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<int>("encoding");
    const QString text = QStringLiteral("编码,名称\nSK-1,绿茶 500ml\n");
    QTest::newRow("UTF-8") << text.toUtf8() << int(TextEncoding::Utf8);
    QTest::newRow("UTF-8 with BOM") << QByteArray("\xEF\xBB\xBF") + text.toUtf8() << int(TextEncoding::Utf8);
    QTest::newRow("GBK") << gbk(text) << int(TextEncoding::Gbk);
    QStringEncoder utf16(QStringEncoder::Utf16LE, QStringEncoder::Flag::WriteBom);
    QTest::newRow("UTF-16 with BOM") << QByteArray(utf16.encode(text)) << int(TextEncoding::Utf16Le);
}

void TestCsv::guessesTheEncoding()
{
    QFETCH(QByteArray, file);
    QFETCH(int, encoding);
    QBuffer buffer;
    buffer.setData(file);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, {});
    QCOMPARE(int(reader.encoding()), encoding);
    CsvRecord record;
    QVERIFY(reader.next(&record));
    QCOMPARE(record.fields, QStringList({QStringLiteral("编码"), QStringLiteral("名称")}));
    QVERIFY(reader.next(&record));
    QCOMPARE(record.fields, QStringList({QStringLiteral("SK-1"), QStringLiteral("绿茶 500ml")}));
    QVERIFY(!reader.next(&record));
    QCOMPARE(reader.problem(), QString());
}

void TestCsv::refusesWhatIsNotCsv_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<int>("encoding"); // -1: guessed
    QTest::addColumn<qint64>("line");
    QTest::addColumn<QString>("says");
    QTest::newRow("unclosed quote") << QByteArray("a,b\n1,\"two\n3,4\n") << -1 << qint64(2) << "never closed";
    QTest::newRow("text after a closing quote")
        << QByteArray("a,b\n1,\"two\"x\n") << -1 << qint64(2) << "closing quote";
    QTest::newRow("binary (NUL)") << QByteArray("a,b\n1,\0002\n", 9) << -1 << qint64(2) << "Binary";
    QTest::newRow("a 10 MB field") << QByteArray("a\n") + QByteArray(10 * 1024 * 1024, 'x') << -1 << qint64(2)
                                   << "longer than";
    QTest::newRow("a 10 MB quoted field") << QByteArray("a\n\"") + QByteArray(10 * 1024 * 1024, 'x') + "\"\n"
                                          << -1 << qint64(2) << "longer than";
    QTest::newRow("too many fields") << QByteArray("a\n") + QByteArray(100000, ',') << -1 << qint64(2)
                                     << "fields";
    QTest::newRow("GBK read as UTF-8")
        << gbk(QStringLiteral("a\nb\n绿茶\n")) << int(TextEncoding::Utf8) << qint64(3) << "not UTF-8";
}

void TestCsv::refusesWhatIsNotCsv()
{
    QFETCH(QByteArray, file);
    QFETCH(int, encoding);
    QFETCH(qint64, line);
    QFETCH(QString, says);
    CsvReader::Options options;
    if (encoding >= 0)
        options.encoding = TextEncoding(encoding);
    QString problem;
    qint64 at = 0;
    readAll(file, options, &problem, &at);
    QVERIFY2(problem.contains(says), qPrintable(problem));
    QCOMPARE(at, line);
}

void TestCsv::readsInBlocks()
{
    // Records that straddle the reader's 64 KiB blocks, CRLF split between two of them, and GBK
    // characters cut in half by a block boundary all read whole.
    QString text = QStringLiteral("sku,name\r\n");
    QList<QStringList> expected = {{QStringLiteral("sku"), QStringLiteral("name")}};
    for (int i = 0; i < 20000; ++i) {
        const QString name =
            i % 3 == 0 ? QStringLiteral("绿茶 \"特级\", %1").arg(i) : QStringLiteral("乌龙 %1").arg(i);
        text += QStringLiteral("SK-%1,%2\r\n").arg(i).arg(CsvWriter::escaped(name, QLatin1Char(',')));
        expected << QStringList{QStringLiteral("SK-%1").arg(i), name};
    }
    for (const QByteArray& bytes : {text.toUtf8(), gbk(text)}) {
        QString problem;
        QCOMPARE(readAll(bytes, {}, &problem), expected);
        QCOMPARE(problem, QString());
    }
}

void TestCsv::writesWhatReadsBack()
{
    const QList<QStringList> rows = {
        {QStringLiteral("sku"), QStringLiteral("name"), QStringLiteral("description")},
        {QStringLiteral("A"), QStringLiteral("Tea, green"), QStringLiteral("line one\nline two")},
        {QStringLiteral("B"), QStringLiteral("5\" screen"), QString()},
        {QStringLiteral("C"), QStringLiteral("茶"), QStringLiteral("  spaces kept  ")},
    };
    for (const TextEncoding encoding : {TextEncoding::Utf8, TextEncoding::Gbk}) {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        CsvWriter writer(&buffer, encoding);
        for (const QStringList& row : rows)
            QVERIFY(writer.write(row));
        QVERIFY(writer.finish());
        QCOMPARE(readAll(buffer.data()), rows);
    }
}

void TestCsv::makesFormulasInert_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QString>("written");
    QTest::newRow("=") << "=1+2"
                       << "\"'=1+2\"";
    QTest::newRow("+") << "+86 138 0013 8000"
                       << "\"'+86 138 0013 8000\"";
    QTest::newRow("-") << "-2+3+cmd|' /C calc'!A0"
                       << "\"'-2+3+cmd|' /C calc'!A0\"";
    QTest::newRow("@") << "@SUM(A1)"
                       << "\"'@SUM(A1)\"";
    QTest::newRow("tab") << "\tx"
                         << "\"'\tx\"";
    QTest::newRow("CR") << "\rx"
                        << "\"'\rx\"";
    QTest::newRow("an apostrophe of its own") << "'=x"
                                              << "\"''=x\"";
    QTest::newRow("a negative number") << "-12.50"
                                       << "-12.50";
    QTest::newRow("minus, then not a number") << "-12.50+A1"
                                              << "\"'-12.50+A1\"";
    QTest::newRow("plain") << "Tea"
                           << "Tea";
    QTest::newRow("inside is fine") << "a=b"
                                    << "a=b";
}

void TestCsv::makesFormulasInert()
{
    QFETCH(QString, cell);
    QFETCH(QString, written);
    QCOMPARE(CsvWriter::escaped(cell, QLatin1Char(',')), written);
    // And it reads back as it was (a CR inside quotes reads as a line break, as every break does).
    if (cell.contains(QLatin1Char('\r')))
        return;
    const QList<QStringList> read =
        readAll((QStringLiteral("a\n") + written + QStringLiteral("\n")).toUtf8());
    QCOMPARE(read.size(), 2);
    QCOMPARE(withoutInertMark(read.at(1).at(0)), cell);
}

void TestCsv::tellsFormulasFromValues()
{
    for (const char* formula :
         {"=SUM(A1:A9)", "@HYPERLINK(\"http://x\")", "+cmd|' /C calc'!A0", "-HYPERLINK(\"x\")", "=1"})
        QVERIFY2(looksLikeFormula(QString::fromUtf8(formula)), formula);
    for (const char* value : {"+86 138 0013 8000", "-20% off", "12.50", "Tea", "", "a=b"})
        QVERIFY2(!looksLikeFormula(QString::fromUtf8(value)), value);
}

void TestCsv::writesGbkAndBom()
{
    QBuffer utf8;
    utf8.open(QIODevice::WriteOnly);
    CsvWriter toUtf8(&utf8, TextEncoding::Utf8);
    QVERIFY(toUtf8.write({QStringLiteral("茶")}));
    QVERIFY(toUtf8.finish());
    QCOMPARE(utf8.data(), QByteArray("\xEF\xBB\xBF") + QStringLiteral("茶\r\n").toUtf8());

    QBuffer chinese;
    chinese.open(QIODevice::WriteOnly);
    CsvWriter toGbk(&chinese, TextEncoding::Gbk);
    QVERIFY(toGbk.write({QStringLiteral("茶")}));
    QVERIFY(toGbk.finish());
    QCOMPARE(chinese.data(), QByteArray("\xB2\xE8\r\n"));
}

QTEST_GUILESS_MAIN(TestCsv)
#include "tst_csv.moc"
