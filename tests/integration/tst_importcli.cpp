#include "adminprocess.h"
#include "db/sql.h"
#include "services/integritycheck.h"
#include "testdatabase.h"

#include <QFile>
#include <QProcess>
#include <QStringDecoder>
#include <QTest>
#include <csignal>

// storekeeper-admin import and export as a script meets them: exit 0 when every row was written,
// 1 with a report of every bad row and nothing written, 2 for a wrong command line; exports on
// standard output or into a file, in UTF-8 with its byte order mark or in GBK. And an import killed
// half-way (SIGKILL, on every engine) leaves the database as it was.
class TestImportCli : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void wrongCommandLines_data();
    void wrongCommandLines();
    void reportsEveryBadRowAndWritesNothing();
    void importsAndExports();
    void exportsTheLedger();
    void killedImportLeavesTheDatabaseAsItWas_data() { TestDatabase::addEngineRows(); }
    void killedImportLeavesTheDatabaseAsItWas();

private:
    bool write(const QString& name, const QByteArray& bytes) const;
    AdminProcess m_admin;
};

namespace {

QString footprint(const Connection& c)
{
    QStringList counts;
    for (const char* table : {"goods", "goods_barcodes", "categories", "audit_log", "goods_counts"})
        counts << QStringLiteral("%1=%2")
                      .arg(QLatin1String(table))
                      .arg(countRows(c, QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table))));
    return counts.join(QLatin1Char(' '));
}

} // namespace

void TestImportCli::initTestCase()
{
    const QString problem = m_admin.binaryProblem();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

bool TestImportCli::write(const QString& name, const QByteArray& bytes) const
{
    QFile file(m_admin.path(name));
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

void TestImportCli::wrongCommandLines_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("says");
    QTest::newRow("import alone") << QStringList{"import"} << "needs what to import";
    QTest::newRow("unknown kind") << QStringList{"import", "widgets", "ok.csv"} << "widgets";
    QTest::newRow("no file") << QStringList{"import", "goods"} << "FILE";
    QTest::newRow("two files") << QStringList{"import", "goods", "ok.csv", "ok.csv"} << "FILE";
    QTest::newRow("missing file") << QStringList{"import", "goods", "missing.csv"} << "missing.csv";
    QTest::newRow("wrong --existing")
        << QStringList{"import", "goods", "ok.csv", "--existing", "maybe"} << "update or skip";
    QTest::newRow("wrong --encoding")
        << QStringList{"import", "goods", "ok.csv", "--encoding", "latin9"} << "utf-8 or gbk";
    QTest::newRow("wrong --delimiter")
        << QStringList{"import", "goods", "ok.csv", "--delimiter", "|"} << "tab";
    QTest::newRow("export with a file") << QStringList{"export", "goods", "out.csv"} << "--output";
    QTest::newRow("export of nothing") << QStringList{"export"} << "needs what to export";
    QTest::newRow("export into a missing folder")
        << QStringList{"export", "goods", "--output", "no/such/folder/out.csv"} << "cannot be written";
}

void TestImportCli::wrongCommandLines()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, says);
    QVERIFY(m_admin.makeRoot());
    QVERIFY(write("ok.csv", "sku,name,price\nA-1,Tea,1\n"));
    const QString database = m_admin.sqliteAddress("shop.db");
    QVERIFY(m_admin.run({"migrate", "--database", database}).exitCode == 0);
    const CliRun run = m_admin.run(arguments + QStringList{"--database", database});
    COMPARE_EXIT(run, 2);
    VERIFY_SAYS(run.err, says);
    SqliteFile shop(m_admin.path("shop.db"));
    QCOMPARE(scalar(shop.db(), "SELECT COUNT(*) FROM goods").toInt(), 0);
}

void TestImportCli::reportsEveryBadRowAndWritesNothing()
{
    QVERIFY(m_admin.makeRoot());
    const QString database = m_admin.sqliteAddress("shop.db");
    QVERIFY(write("bad.csv", "sku,name,price\nA-1,Tea,1\nA-2,Cola,abc\nA-3,,2\nA-1,Again,3\nA-4,=1+1,4\n"));
    const CliRun run = m_admin.run({"import", "goods", "bad.csv", "--database", database});
    COMPARE_EXIT(run, 1);
    VERIFY_SAYS(run.out, QStringLiteral("line 3, price: \"abc\" is not an amount"));
    VERIFY_SAYS(run.out, QStringLiteral("line 4, name: A new item needs a name."));
    VERIFY_SAYS(run.out, QStringLiteral("line 5, sku: This row names the same record as line 2."));
    VERIFY_SAYS(run.out, QStringLiteral("line 6, name: \"=1+1\" is a spreadsheet formula"));
    VERIFY_SAYS(run.out, QStringLiteral("Nothing was imported: 4 problems"));
    SqliteFile shop(m_admin.path("shop.db"));
    QCOMPARE(scalar(shop.db(), "SELECT COUNT(*) FROM goods").toInt(), 0);
    QCOMPARE(scalar(shop.db(), "SELECT COUNT(*) FROM audit_log").toInt(), 0);
}

void TestImportCli::importsAndExports()
{
    QVERIFY(m_admin.makeRoot());
    const QString database = m_admin.sqliteAddress("shop.db");
    QStringEncoder toGbk("GB18030");
    const QByteArray gbk = toGbk.encode(
        QStringLiteral("编码;名称;分类;售价\nT-1;龙井;食品/茶;168\nT-2;\"乌龙; 500ml\";食品/茶;4.5\n"));
    QVERIFY(write("goods.csv", gbk));

    const CliRun dry = m_admin.run({"import", "goods", "goods.csv", "--dry-run", "--database", database});
    COMPARE_EXIT(dry, 0);
    VERIFY_SAYS(dry.out, QStringLiteral("Nothing was written"));
    VERIFY_SAYS(dry.err, QStringLiteral("GBK"));
    VERIFY_SAYS(dry.err, QStringLiteral("semicolon"));
    {
        SqliteFile shop(m_admin.path("shop.db"));
        QCOMPARE(scalar(shop.db(), "SELECT COUNT(*) FROM goods").toInt(), 0);
    }
    const CliRun imported = m_admin.run({"import", "goods", "goods.csv", "--database", database});
    COMPARE_EXIT(imported, 0);
    VERIFY_SAYS(imported.out,
                QStringLiteral("Imported 2 rows: 2 created, 0 updated, 0 unchanged, 0 skipped."));
    const CliRun skipped =
        m_admin.run({"import", "goods", "goods.csv", "--existing", "skip", "--database", database});
    COMPARE_EXIT(skipped, 0);
    VERIFY_SAYS(skipped.out, QStringLiteral("0 created, 0 updated, 0 unchanged, 2 skipped"));

    const CliRun toStdout = m_admin.run({"export", "goods", "--output", "-", "--database", database});
    COMPARE_EXIT(toStdout, 0);
    VERIFY_SAYS(toStdout.out, QStringLiteral("sku,name,category,barcode,unit,price,cost,description,"
                                             "reorder_point,supplier_code,archived\r\n"));
    VERIFY_SAYS(toStdout.out, QStringLiteral("T-2,乌龙; 500ml,食品/茶,,pcs,4.50,0.00,,,,0\r\n"));

    // In UTF-8 with the byte order mark Excel needs to take it for UTF-8.
    COMPARE_EXIT(m_admin.run({"export", "goods", "--output", "utf8.csv", "--database", database}), 0);
    QVERIFY(contents(m_admin.path("utf8.csv")).startsWith("\xEF\xBB\xBFsku,name,"));
    const CliRun toGbkFile =
        m_admin.run({"export", "goods", "--output", "out.csv", "--encoding", "gbk", "--database", database});
    COMPARE_EXIT(toGbkFile, 0);
    const QByteArray written = contents(m_admin.path("out.csv"));
    QVERIFY(!written.startsWith("\xEF\xBB\xBF"));
    QStringDecoder fromGbk("GB18030");
    const QString text = fromGbk.decode(written);
    QVERIFY(!fromGbk.hasError());
    VERIFY_SAYS(text, QStringLiteral("T-1,龙井,食品/茶,,pcs,168.00,0.00,,,,0\r\n"));
    // Imported into an empty database, the export is the same rows.
    const QString copy = m_admin.sqliteAddress("copy.db");
    COMPARE_EXIT(m_admin.run({"import", "goods", "out.csv", "--database", copy}), 0);
    const CliRun again = m_admin.run({"export", "goods", "--database", copy});
    COMPARE_EXIT(again, 0);
    QCOMPARE(again.out, toStdout.out);
    COMPARE_EXIT(m_admin.run({"check", "--database", copy}), 0);
}

void TestImportCli::exportsTheLedger()
{
    QVERIFY(m_admin.makeRoot());
    const QString database = m_admin.sqliteAddress("ledger.db");
    const CliRun generated = m_admin.run(
        {"generate", "--goods", "20", "--warehouses", "2", "--movements", "150", "--database", database});
    COMPARE_EXIT(generated, 0);
    const CliRun ledger = m_admin.run({"export", "movements", "--output", "-", "--database", database});
    COMPARE_EXIT(ledger, 0);
    VERIFY_SAYS(ledger.err, QStringLiteral("Exported 150 rows of stock movements."));
    const QStringList lines = ledger.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 151);
    QCOMPARE(lines.first(),
             QStringLiteral("time,sku,warehouse,quantity,kind,reason,reference,user,operation"));
    // Oldest first, and the quantities add up to what is in stock.
    qint64 sum = 0;
    QString previous;
    for (const QString& line : lines.mid(1)) {
        const QStringList fields = line.split(QLatin1Char(','));
        QCOMPARE(fields.size(), 9);
        QVERIFY2(fields.at(0) >= previous, qPrintable(line));
        previous = fields.at(0);
        sum += fields.at(3).toLongLong();
        QVERIFY(fields.at(4) == QLatin1String("receipt") || fields.at(4) == QLatin1String("adjustment"));
    }
    const CliRun stock = m_admin.run({"export", "stock", "--output", "-", "--database", database});
    COMPARE_EXIT(stock, 0);
    qint64 held = 0;
    for (const QString& line : stock.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts).mid(1))
        held += line.split(QLatin1Char(',')).value(2).toLongLong();
    QCOMPARE(sum, held);
    // The ledger is not imported: it grows by stock operations only.
    QVERIFY(write("ledger.csv", ledger.out.toUtf8()));
    const CliRun refused = m_admin.run({"import", "movements", "ledger.csv", "--database", database});
    COMPARE_EXIT(refused, 2);
    VERIFY_SAYS(refused.err, QStringLiteral("Cannot import \"movements\""));
}

void TestImportCli::killedImportLeavesTheDatabaseAsItWas()
{
    QFETCH(QString, engine);
    TestDatabase db(engine);
    QVERIFY2(db.ok(), qPrintable(db.error()));
    QVERIFY(m_admin.makeRoot());
    QByteArray file = "sku,name,category,barcode,price\n";
    for (int i = 0; i < 100000; ++i)
        file +=
            QStringLiteral("K-%1,Item %1,Killed/Part %2,,%3.50\n").arg(i).arg(i % 13).arg(i % 500).toUtf8();
    QVERIFY(write("big.csv", file));
    const QString before = footprint(db.connection());

    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("STOREKEEPER_DB_PASSWORD"), db.password());
    process.setProcessEnvironment(env);
    process.setWorkingDirectory(m_admin.root());
    process.start(qEnvironmentVariable("STOREKEEPER_ADMIN_BIN"),
                  {"import", "goods", "big.csv", "--progress", "--database", db.url()});
    process.setReadChannel(QProcess::StandardError);
    QVERIFY(process.waitForStarted());
    // Killed once it has written half the rows inside its transaction.
    QByteArray said;
    bool halfWay = false;
    while (!halfWay && process.state() == QProcess::Running && process.waitForReadyRead(60000)) {
        said += process.readAllStandardError();
        for (int percent = 50; percent < 100 && !halfWay; ++percent)
            halfWay = said.contains(QByteArray::number(percent) + " % read");
    }
    QVERIFY2(halfWay, said.constData());
    ::kill(pid_t(process.processId()), SIGKILL);
    QVERIFY(process.waitForFinished());
    QCOMPARE(process.exitStatus(), QProcess::CrashExit);

    // The server notices the dropped connection and rolls back; SQLite rolls back its journal at the
    // next open. Either way, nothing of the import is there.
    if (engine != QLatin1String("sqlite")) {
        QVERIFY(QTest::qWaitFor(
            [&] { return countRows(db.connection(), QStringLiteral("SELECT COUNT(*) FROM goods")) == 0; },
            30000));
    }
    QCOMPARE(footprint(db.connection()), before);
    auto findings = IntegrityCheck::run(db.connection());
    QVERIFY(findings);
    QCOMPARE(findings.value(), QStringList());
    // And the database takes the next import as if nothing had happened.
    QVERIFY(write("small.csv", "sku,name,category,price\nK-1,Item 1,Killed/Part 1,1\n"));
    Environment extra;
    extra.insert("STOREKEEPER_DB_PASSWORD", db.password());
    COMPARE_EXIT(m_admin.run({"import", "goods", "small.csv", "--database", db.url()}, extra), 0);
    QCOMPARE(countRows(db.connection(), QStringLiteral("SELECT COUNT(*) FROM goods")), 1);
}

QTEST_GUILESS_MAIN(TestImportCli)
#include "tst_importcli.moc"
