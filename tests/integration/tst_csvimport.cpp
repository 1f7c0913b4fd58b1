#include "adminprocess.h"
#include "db/sql.h"
#include "services/demodata.h"
#include "services/integritycheck.h"
#include "services/warehouseservice.h"
#include "tables/goodslistmodel.h"
#include "testdatabase.h"
#include "transfer/exporter.h"
#include "transfer/exportfile.h"
#include "transfer/importer.h"
#include "transfer/listexport.h"
#include "transfer/xlsxsink.h"

#include <QBuffer>
#include <QProcess>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

// CSV imports on the three engines, through the services: good files in every encoding and
// delimiter Chinese and English spreadsheets write, each broken file refused with its line, column
// and reason and nothing written, existing rows updated or skipped, a dry run that writes nothing,
// and an export that imports into an empty database as the same rows.
class TestCsvImport : public QObject
{
    Q_OBJECT
private slots:
    void importsGoodFiles_data();
    void importsGoodFiles();
    void refusesBrokenFiles_data();
    void refusesBrokenFiles();
    void oneBadRowInAHundredThousandWritesNothing_data() { TestDatabase::addEngineRows(); }
    void oneBadRowInAHundredThousandWritesNothing();
    void updatesOrSkipsExisting_data() { TestDatabase::addEngineRows(); }
    void updatesOrSkipsExisting();
    void dryRunWritesNothing_data() { TestDatabase::addEngineRows(); }
    void dryRunWritesNothing();
    void importsEveryKind_data() { TestDatabase::addEngineRows(); }
    void importsEveryKind();
    void exportImportsAsTheSameRows_data() { TestDatabase::addEngineRows(); }
    void exportImportsAsTheSameRows();
    void costsStayHiddenFromRolesThatMayNotSeeThem();
    void exportsWorkbooks();
    void exportFileIsWholeOrNothing_data();
    void exportFileIsWholeOrNothing();
    void exportsAListAsShown_data() { TestDatabase::addEngineRows(); }
    void exportsAListAsShown();
    void importsAndExportsStock_data() { TestDatabase::addEngineRows(); }
    void importsAndExportsStock();
};

namespace {

QByteArray gbk(const QString& text)
{
    QStringEncoder encoder("GB18030");
    return encoder.encode(text);
}

QByteArray utf8(const char* text)
{
    return QByteArray(text);
}

Result<ImportReport> importBytes(const TestDatabase& db, ImportKind kind, const QByteArray& bytes,
                                 ImportOptions options = {}, const Session& session = managerSession())
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    options.kind = kind;
    return Importer::run(db.connection(), session, &buffer, options);
}

QString problemsOf(const ImportReport& report)
{
    QStringList lines;
    for (const ImportProblem& problem : report.problems)
        lines << QStringLiteral("line %1 [%2] %3").arg(problem.line).arg(problem.column, problem.message);
    return lines.join(QLatin1Char('\n'));
}

// Everything a user could see changed: rows of every table an import writes, and the audit log.
QString footprint(const Connection& c)
{
    QStringList counts;
    for (const char* table :
         {"goods", "goods_barcodes", "categories", "suppliers", "supplier_goods", "customers",
          "customer_addresses", "stock_levels", "stock_movements", "applied_operations", "audit_log"})
        counts << QStringLiteral("%1=%2")
                      .arg(QLatin1String(table))
                      .arg(countRows(c, QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table))));
    return counts.join(QLatin1Char(' '));
}

QStringList findings(const Connection& c)
{
    auto found = IntegrityCheck::run(c);
    return found ? found.value() : QStringList{QStringLiteral("error: ") + found.error().message};
}

QByteArray exported(const TestDatabase& db, ImportKind kind, const Session& session = managerSession())
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvSink sink(&buffer, TextEncoding::Utf8);
    auto rows = Exporter::run(db.connection(), session, kind, &sink);
    if (!rows)
        qWarning().noquote() << rows.error().message;
    return buffer.data();
}

QVariant goodsValue(const TestDatabase& db, const QString& sku, const QString& column)
{
    auto value =
        Sql::scalar(db.connection(), QStringLiteral("SELECT %1 FROM goods WHERE sku = ?").arg(column), {sku});
    return value ? value.value() : QVariant();
}

} // namespace

void TestCsvImport::importsGoodFiles_data()
{
    QTest::addColumn<QString>("engine");
    QTest::addColumn<QByteArray>("file");
    const QString chinese = QStringLiteral("编码,名称,分类,条码,单位,售价,成本,补货点\r\n"
                                           "T-1,西湖龙井 100g,食品/饮料/茶,6901234560015,盒,￥168.00,95,5\r\n"
                                           "T-2,\"乌龙茶, 500ml\",食品/饮料/茶,,瓶,4,2.40,\r\n"
                                           "T-3,'; DROP TABLE goods; --,食品,,个,¥1234.5,0,\r\n");
    const QByteArray english = utf8("sku,name,category,barcode,unit,price,cost,reorder_point\n"
                                    "t-1,西湖龙井 100g,食品/饮料/茶,6901234560015,box,168,95.00,5\n"
                                    "T-2,\"乌龙茶, 500ml\",食品 / 饮料 / 茶,,bottle,4.00,2.4,\n"
                                    "T-3,'; DROP TABLE goods; --,食品,,pcs,\"1,234.50\",0,\n");
    for (const QString& engine : TestDatabase::engines()) {
        QTest::addRow("%s: Chinese header, GBK", qPrintable(engine)) << engine << gbk(chinese);
        QTest::addRow("%s: Chinese header, UTF-8 with BOM", qPrintable(engine))
            << engine << QByteArray("\xEF\xBB\xBF") + chinese.toUtf8();
        QTest::addRow("%s: English header, UTF-8", qPrintable(engine)) << engine << english;
        QByteArray semicolons = english;
        semicolons.replace(",\"1,234.50\"", ";1234.50")
            .replace("'; DROP TABLE goods; --", "\"'; DROP TABLE goods; --\"")
            .replace(',', ';')
            .replace("\"乌龙茶; 500ml\"", "\"乌龙茶, 500ml\"");
        QTest::addRow("%s: semicolons", qPrintable(engine)) << engine << semicolons;
        QByteArray tabs = english;
        tabs.replace(",\"1,234.50\"", "\t1234.50")
            .replace(',', '\t')
            .replace("\"乌龙茶\t 500ml\"", "\"乌龙茶, 500ml\"");
        QTest::addRow("%s: tabs", qPrintable(engine)) << engine << tabs;
    }
}

void TestCsvImport::importsGoodFiles()
{
    QFETCH(QString, engine);
    QFETCH(QByteArray, file);
    TestDatabase db(engine);
    QVERIFY2(db.ok(), qPrintable(db.error()));
    auto report = importBytes(db, ImportKind::Goods, file);
    QVERIFY2(report, qPrintable(report ? QString() : report.error().message));
    QVERIFY2(!report->hasProblems(), qPrintable(problemsOf(report.value())));
    QVERIFY(report->written);
    QCOMPARE(report->created, 3);
    QCOMPARE(goodsValue(db, QStringLiteral("T-1"), QStringLiteral("price_cents")).toLongLong(), 16800);
    QCOMPARE(goodsValue(db, QStringLiteral("T-1"), QStringLiteral("cost_cents")).toLongLong(), 9500);
    QCOMPARE(goodsValue(db, QStringLiteral("T-1"), QStringLiteral("unit")).toString(), QStringLiteral("box"));
    QCOMPARE(goodsValue(db, QStringLiteral("T-1"), QStringLiteral("reorder_point")).toLongLong(), 5);
    QCOMPARE(goodsValue(db, QStringLiteral("T-1"), QStringLiteral("barcode")).toString(),
             QStringLiteral("6901234560015"));
    QCOMPARE(goodsValue(db, QStringLiteral("T-2"), QStringLiteral("name")).toString(),
             QStringLiteral("乌龙茶, 500ml"));
    QVERIFY(goodsValue(db, QStringLiteral("T-2"), QStringLiteral("reorder_point")).isNull());
    QCOMPARE(goodsValue(db, QStringLiteral("T-3"), QStringLiteral("name")).toString(),
             QStringLiteral("'; DROP TABLE goods; --"));
    QCOMPARE(goodsValue(db, QStringLiteral("T-3"), QStringLiteral("price_cents")).toLongLong(), 123450);
    // The path was made once, level by level, and both teas are filed under it.
    QCOMPARE(countRows(db.connection(), QStringLiteral("SELECT COUNT(*) FROM categories")), 3);
    QCOMPARE(
        countRows(db.connection(),
                  QStringLiteral("SELECT COUNT(*) FROM goods g JOIN categories c ON c.id = g.category_id "
                                 "WHERE c.name = ?"),
                  {QStringLiteral("茶")}),
        2);
    // Each item and each category has its audit row, as when made in the forms.
    QCOMPARE(
        countRows(db.connection(), QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = 'goods' AND "
                                                  "action = 'create'")),
        3);
    QCOMPARE(countRows(db.connection(),
                       QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = 'category'")),
             3);
    QCOMPARE(findings(db.connection()), QStringList());
}

void TestCsvImport::refusesBrokenFiles_data()
{
    QTest::addColumn<QString>("engine");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<qint64>("line");
    QTest::addColumn<QString>("column");
    QTest::addColumn<QString>("says");
    const QByteArray header = "sku,name,category,price,supplier_code\n";
    const QByteArray good = "OK-1,Green tea,Drinks/Tea,3.50,\n";
    struct Case
    {
        const char* name;
        int kind;
        QByteArray file;
        qint64 line;
        const char* column;
        const char* says;
    };
    const QList<Case> cases = {
        {"a price that is not an amount", 0, header + good + "B-1,Tea,,abc,\n", 3, "price", "not an amount"},
        {"a negative price", 0, header + good + "B-1,Tea,,-3.50,\n", 3, "price", ""},
        {"a price too large", 0, header + good + "B-1,Tea,,99999999999.00,\n", 3, "price", ""},
        {"too many decimals", 0, header + good + "B-1,Tea,,1.005,\n", 3, "price", "not an amount"},
        {"the same SKU twice", 0, header + good + "ok-1,Other tea,,1,\n", 3, "sku", "line 2"},
        {"a formula", 0, header + good + "B-1,=HYPERLINK(\"http://evil\"),,1,\n", 3, "name", "formula"},
        {"a DDE formula", 0, header + good + "B-1,\"-2+3+cmd|' /C calc'!A0\",,1,\n", 3, "name", "formula"},
        {"a control character", 0,
         header + good +
             "B-1,Te\x07"
             "a,,1,\n",
         3, "name", "control character"},
        {"a ragged row", 0, header + good + "B-1,Tea\n", 3, "", "header has 5"},
        {"a row too long", 0, header + good + "B-1,Tea,,1,,extra\n", 3, "", "header has 5"},
        {"a category path with an empty level", 0, header + good + "B-1,Tea,Drinks//Tea,1,\n", 3, "category",
         "empty level"},
        {"an unknown supplier", 0, header + good + "B-1,Tea,,1,NOPE\n", 3, "supplier_code", "NOPE"},
        {"a new item without a name", 0, header + good + "B-1,,,1,\n", 3, "name", "needs a name"},
        {"a new item without a price", 0, header + good + "B-1,Tea,,,\n", 3, "price", "needs a price"},
        {"a SKU too long", 0, header + good + QByteArray(70, 'S') + ",Tea,,1,\n", 3, "sku", ""},
        {"an unknown column", 0, "sku,name,prcie\nA,b,1\n", 1, "", "prcie"},
        {"no SKU column", 0, "name,price\nTea,1\n", 1, "", "sku"},
        {"a column twice", 0, "sku,name,名称,price\nA,b,c,1\n", 1, "", "both read as name"},
        {"an empty file", 0, "", 0, "", "empty"},
        {"a binary file", 0,
         QByteArray("\x7f"
                    "ELF\x02\x01\x01\0\0\0\0\0\0\0\0\0\x03\0>\0",
                    20),
         1, "", "NUL"},
        {"a quote never closed", 0, header + good + "B-1,\"Tea,,1,\n", 3, "", "never closed"},
        {"a 10 MB field", 0, header + good + "B-1," + QByteArray(10 * 1024 * 1024, 'x') + ",,1,\n", 3, "",
         "longer than"},
        {"a JPEG", 0, QByteArray("\xFF\xD8\xFF\xE0\0\x10JFIF\0", 11), 1, "", "NUL"},
        {"a supplier without a code", 2, "code,name\n,Acme\n", 2, "code", "code"},
        {"a supplier with a bad e-mail", 2, "code,name,email\nS1,Acme,not-an-address\n", 2, "email", ""},
        {"an offer of an unknown SKU", 3, "supplier_code,sku,cost\nNONE,NOPE,1\n", 2, "supplier_code",
         "NONE"},
        {"a customer without a name", 4, "code,name,phone\nC1,,123\n", 2, "name", ""},
        {"a category path with an empty level", 1, "path\nFood//Tea\n", 2, "path", "empty level"},
    };
    for (const QString& engine : TestDatabase::engines()) {
        for (const Case& c : cases)
            QTest::addRow("%s: %s (%s)", qPrintable(engine), c.name,
                          qPrintable(ImportKinds::key(ImportKind(c.kind))))
                << engine << c.kind << c.file << c.line << QString::fromUtf8(c.column)
                << QString::fromUtf8(c.says);
    }
}

void TestCsvImport::refusesBrokenFiles()
{
    static EngineDatabases databases;
    QFETCH(QString, engine);
    QFETCH(int, kind);
    QFETCH(QByteArray, file);
    QFETCH(qint64, line);
    QFETCH(QString, column);
    QFETCH(QString, says);
    TestDatabase& db = databases[engine];
    QVERIFY2(db.ok(), qPrintable(db.error()));
    const QString before = footprint(db.connection());
    auto report = importBytes(db, ImportKind(kind), file);
    QVERIFY2(report, qPrintable(report ? QString() : report.error().message));
    QVERIFY(!report->written);
    QCOMPARE(report->problems.size(), 1);
    const ImportProblem problem = report->problems.first();
    QVERIFY2(problem.line == line && problem.column == column && problem.message.contains(says),
             qPrintable(problemsOf(report.value())));
    QVERIFY(!problem.message.isEmpty());
    QCOMPARE(footprint(db.connection()), before);
    QCOMPARE(findings(db.connection()), QStringList());
}

void TestCsvImport::oneBadRowInAHundredThousandWritesNothing()
{
    QFETCH(QString, engine);
    TestDatabase db(engine);
    QVERIFY2(db.ok(), qPrintable(db.error()));
    QByteArray file = "sku,name,category,price\n";
    // A hundred thousand rows on SQLite; on a server, where every statement is a round trip and a
    // row a dozen of them, three thousand make the same point in seconds rather than minutes.
    const bool embedded = engine == QLatin1String("sqlite");
    const int rows = embedded ? 100000 : 3000;
    const auto line = [](int i) {
        return QStringLiteral("BULK-%1,Item %1,Bulk/Part %2,%3.99\n").arg(i).arg(i % 7).arg(i).toUtf8();
    };
    for (int i = 1; i <= rows; ++i)
        file += line(i);
    const int badRow = rows * 4 / 5;
    const qint64 badLine = 1 + badRow; // the header is line 1
    QByteArray broken = file;
    broken.replace(line(badRow), QByteArray(line(badRow)).replace(".99", "O.99")); // "80000O.99" is no amount
    QVERIFY(broken != file);
    const QString before = footprint(db.connection());
    auto report = importBytes(db, ImportKind::Goods, broken);
    QVERIFY(report);
    QCOMPARE(report->rows, rows);
    QCOMPARE(report->problems.size(), 1);
    QCOMPARE(report->problems.first().line, badLine);
    QCOMPARE(report->problems.first().column, QStringLiteral("price"));
    QVERIFY(!report->written);
    QCOMPARE(footprint(db.connection()), before);

    // The same file with the row corrected imports whole.
    auto fixed = importBytes(db, ImportKind::Goods, file);
    QVERIFY(fixed);
    QVERIFY2(!fixed->hasProblems(), qPrintable(problemsOf(fixed.value())));
    QCOMPARE(fixed->created, rows);
    QCOMPARE(countRows(db.connection(), QStringLiteral("SELECT COUNT(*) FROM goods")), rows);
    QCOMPARE(findings(db.connection()), QStringList());
}

void TestCsvImport::updatesOrSkipsExisting()
{
    QFETCH(QString, engine);
    TestDatabase db(engine);
    QVERIFY2(db.ok(), qPrintable(db.error()));
    QVERIFY(importBytes(db, ImportKind::Goods,
                        "sku,name,price,description\nU-1,Tea,3.50,old\nU-2,Coffee,9,keep\n"));
    const qint64 auditBefore = countRows(db.connection(), QStringLiteral("SELECT COUNT(*) FROM audit_log"));

    // Only the columns the file has change: U-1's description stays, an empty name keeps the name.
    const QByteArray changes = "sku,name,price\nu-1,,4.20\nU-2,Coffee,9.00\nU-3,Water,1\n";
    ImportOptions skip;
    skip.existing = ImportOptions::Existing::Skip;
    auto skipped = importBytes(db, ImportKind::Goods, changes, skip);
    QVERIFY(skipped && skipped->written);
    QCOMPARE(skipped->skipped, 2);
    QCOMPARE(skipped->created, 1);
    QCOMPARE(goodsValue(db, QStringLiteral("U-1"), QStringLiteral("price_cents")).toLongLong(), 350);

    auto updated = importBytes(db, ImportKind::Goods, changes);
    QVERIFY(updated && updated->written);
    QVERIFY2(!updated->hasProblems(), qPrintable(problemsOf(updated.value())));
    QCOMPARE(updated->updated, 1);
    QCOMPARE(updated->unchanged, 2); // U-2 as stored, and U-3 made by the skipping import
    QCOMPARE(goodsValue(db, QStringLiteral("U-1"), QStringLiteral("price_cents")).toLongLong(), 420);
    QCOMPARE(goodsValue(db, QStringLiteral("U-1"), QStringLiteral("name")).toString(), QStringLiteral("Tea"));
    QCOMPARE(goodsValue(db, QStringLiteral("U-1"), QStringLiteral("description")).toString(),
             QStringLiteral("old"));
    QCOMPARE(goodsValue(db, QStringLiteral("U-1"), QStringLiteral("version")).toInt(), 2);
    QCOMPARE(goodsValue(db, QStringLiteral("U-2"), QStringLiteral("version")).toInt(), 1);
    // One audit row for U-3's creation, one for U-1's update: the unchanged rows leave none.
    QCOMPARE(countRows(db.connection(), QStringLiteral("SELECT COUNT(*) FROM audit_log")), auditBefore + 2);

    // Archiving through the file, and back.
    auto archived = importBytes(db, ImportKind::Goods, "sku,archived\nU-2,是\n");
    QVERIFY(archived && archived->written);
    QCOMPARE(goodsValue(db, QStringLiteral("U-2"), QStringLiteral("archived")).toInt(), 1);
    auto restored = importBytes(db, ImportKind::Goods, "sku,archived\nU-2,0\n");
    QVERIFY(restored && restored->written);
    QCOMPARE(goodsValue(db, QStringLiteral("U-2"), QStringLiteral("archived")).toInt(), 0);
    QCOMPARE(findings(db.connection()), QStringList());
}

void TestCsvImport::dryRunWritesNothing()
{
    QFETCH(QString, engine);
    TestDatabase db(engine);
    QVERIFY2(db.ok(), qPrintable(db.error()));
    const QString before = footprint(db.connection());
    ImportOptions dry;
    dry.dryRun = true;
    auto report = importBytes(db, ImportKind::Goods,
                              "sku,name,category,price\nD-1,Tea,Drinks/Tea,1\nD-2,Cola,Drinks,2\n", dry);
    QVERIFY(report);
    QVERIFY2(!report->hasProblems(), qPrintable(problemsOf(report.value())));
    QCOMPARE(report->created, 2);
    QVERIFY(!report->written);
    QCOMPARE(footprint(db.connection()), before);
    // Every bad row of a dry run is listed, not just the first.
    auto bad = importBytes(db, ImportKind::Goods,
                           "sku,name,price\nD-1,Tea,x\nD-2,Cola,2\nD-3,,3\nD-1,Again,1\n", dry);
    QVERIFY(bad);
    QCOMPARE(bad->problems.size(), 3);
    QCOMPARE(bad->problems.at(0).line, 2);
    QCOMPARE(bad->problems.at(1).line, 4);
    QCOMPARE(bad->problems.at(2).line, 5);
    QCOMPARE(footprint(db.connection()), before);
}

void TestCsvImport::importsEveryKind()
{
    QFETCH(QString, engine);
    TestDatabase db(engine);
    QVERIFY2(db.ok(), qPrintable(db.error()));
    const auto imported = [&](ImportKind kind, const QByteArray& file) {
        auto report = importBytes(db, kind, file);
        if (!report)
            return report.error().message;
        return report->written ? QString() : problemsOf(report.value());
    };
    QCOMPARE(imported(ImportKind::Categories,
                      gbk(QStringLiteral("路径,归档\n食品/饮料/茶,0\n日用品,否\n旧货,是\n"))),
             QString());
    QCOMPARE(countRows(db.connection(), QStringLiteral("SELECT COUNT(*) FROM categories WHERE archived = 1")),
             1);
    QCOMPARE(
        imported(ImportKind::Suppliers,
                 gbk(QStringLiteral("编码,名称,联系人,电话,邮箱,地址,付款条件,备注\n"
                                    "s01,杭州茶业有限公司,王经理,0571-8888 8888,Tea@Example.com,\"杭州市, "
                                    "西湖区\",月结30天,\"第一行\n第二行\"\n"))),
        QString());
    QCOMPARE(countRows(db.connection(),
                       QStringLiteral("SELECT COUNT(*) FROM suppliers WHERE code = 'S01' AND email = "
                                      "'tea@example.com'")),
             1);
    QCOMPARE(imported(ImportKind::Goods, utf8("sku,name,price,cost,supplier_code\nG-1,龙井,168,95,S01\n")),
             QString());
    QCOMPARE(imported(ImportKind::SupplierGoods,
                      gbk(QStringLiteral(
                          "供应商编码,商品编码,供应商货号,进价,交货天数\nS01,g-1,HZ-LJ-100,90.5,7\n"))),
             QString());
    QCOMPARE(countRows(db.connection(), QStringLiteral("SELECT cost_cents FROM supplier_goods")), 9050);
    QCOMPARE(countRows(db.connection(), QStringLiteral("SELECT lead_days FROM supplier_goods")), 7);
    QCOMPARE(imported(ImportKind::Customers,
                      gbk(QStringLiteral("客户编码,姓名,手机,邮箱,收货地址\nm1,张伟,138 0013 "
                                         "8000,,北京市朝阳区建国路 88 号\n,李娜,,,\n"))),
             QString());
    QCOMPARE(countRows(db.connection(), QStringLiteral("SELECT COUNT(*) FROM customers")), 2);
    QCOMPARE(countRows(db.connection(),
                       QStringLiteral("SELECT COUNT(*) FROM customer_addresses WHERE is_default = 1")),
             1);
    // A second run changes nothing: every row matches by its code.
    auto again =
        importBytes(db, ImportKind::Suppliers,
                    gbk(QStringLiteral("编码,名称,联系人,电话,邮箱,地址,付款条件,备注\n"
                                       "S01,杭州茶业有限公司,王经理,0571-8888 8888,tea@example.com,\"杭州市, "
                                       "西湖区\",月结30天,\"第一行\n第二行\"\n")));
    QVERIFY(again && again->written);
    QCOMPARE(again->unchanged, 1);
    QCOMPARE(findings(db.connection()), QStringList());
}

void TestCsvImport::exportImportsAsTheSameRows()
{
    QFETCH(QString, engine);
    TestDatabase source(engine);
    QVERIFY2(source.ok(), qPrintable(source.error()));
    QVERIFY(DemoData::load(source.connection(), Session::maintenance()));
    // Values a spreadsheet would run, and text that needs quoting, survive the trip as text.
    QVERIFY(importBytes(source, ImportKind::Goods,
                        utf8("sku,name,price,description\n"
                             "X-1,'=1+2,1,\"a \"\"quoted\"\", text\nwith two lines\"\n"
                             "X-2,'@cmd,2,'+86 phone\n")));
    TestDatabase target(engine);
    QVERIFY2(target.ok(), qPrintable(target.error()));
    // In the order references need: categories and suppliers before the goods that name them.
    for (ImportKind kind : {ImportKind::Categories, ImportKind::Suppliers, ImportKind::Goods,
                            ImportKind::SupplierGoods, ImportKind::Customers}) {
        const QByteArray file = exported(source, kind);
        QVERIFY(file.startsWith("\xEF\xBB\xBF"));
        auto report = importBytes(target, kind, file);
        QVERIFY2(report && report->written,
                 qPrintable(report ? problemsOf(report.value()) : report.error().message));
        QCOMPARE(exported(target, kind), file);
    }
    QCOMPARE(goodsValue(target, QStringLiteral("X-1"), QStringLiteral("name")).toString(),
             QStringLiteral("=1+2"));
    QCOMPARE(goodsValue(target, QStringLiteral("X-1"), QStringLiteral("description")).toString(),
             QStringLiteral("a \"quoted\", text\nwith two lines"));
    QVERIFY(exported(source, ImportKind::Goods).contains("\"'=1+2\""));
    QCOMPARE(countRows(target.connection(), QStringLiteral("SELECT COUNT(*) FROM goods")),
             countRows(source.connection(), QStringLiteral("SELECT COUNT(*) FROM goods")));
    QCOMPARE(findings(target.connection()), QStringList());
}

void TestCsvImport::costsStayHiddenFromRolesThatMayNotSeeThem()
{
    TestDatabase db(QStringLiteral("sqlite"));
    QVERIFY2(db.ok(), qPrintable(db.error()));
    QVERIFY(importBytes(db, ImportKind::Goods, "sku,name,price,cost\nC-1,Tea,3.50,2.10\n"));
    const Session clerk = db.createUser(Role::Clerk, QStringLiteral("clerk"));
    const QByteArray file = exported(db, ImportKind::Goods, clerk);
    QVERIFY2(file.contains("C-1,Tea,,,pcs,3.50,,"), file.constData());
    // And a role that may not change the catalogue imports nothing.
    auto refused = importBytes(db, ImportKind::Goods, "sku,name,price\nC-2,Cola,1\n", {}, clerk);
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, Error::Kind::Permission);
    QCOMPARE(countRows(db.connection(), QStringLiteral("SELECT COUNT(*) FROM goods")), 1);
}

void TestCsvImport::exportsWorkbooks()
{
    TestDatabase db(QStringLiteral("sqlite"));
    QVERIFY2(db.ok(), qPrintable(db.error()));
    QVERIFY(importBytes(db, ImportKind::Goods,
                        utf8("sku,name,barcode,price,reorder_point\n"
                             "W-1,'=1+2,6901234560015,3.50,4\nW-2,绿茶 & <b>,,12,\nW-3,c,,0.05,\nW-4,d,,1,\n"
                             "W-5,e,,2,\n")));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("goods.xlsx"));
    {
        // Three rows a sheet (the header and two goods): five goods fill three sheets.
        XlsxSink sink(path, QStringLiteral("Goods"), 3);
        auto rows = Exporter::run(db.connection(), managerSession(), ImportKind::Goods, &sink);
        QVERIFY2(rows, qPrintable(rows ? QString() : rows.error().message));
        QCOMPARE(rows.value(), 5);
    }
    const auto unzipped = [&](const QString& member) {
        QProcess unzip;
        unzip.start(QStringLiteral("unzip"), {QStringLiteral("-p"), path, member});
        unzip.waitForFinished();
        return QString::fromUtf8(unzip.readAllStandardOutput());
    };
    const QString workbook = unzipped(QStringLiteral("xl/workbook.xml"));
    VERIFY_SAYS(workbook, QStringLiteral("name=\"Goods\""));
    VERIFY_SAYS(workbook, QStringLiteral("name=\"Goods 3\""));
    const QString first = unzipped(QStringLiteral("xl/worksheets/sheet1.xml"));
    VERIFY_SAYS(first, QStringLiteral("<is><t>sku</t></is>"));
    // A formula-like name is a text cell: nothing in a workbook export can run.
    VERIFY_SAYS(first, QStringLiteral("<is><t>=1+2</t></is>"));
    QVERIFY(!first.contains(QStringLiteral("<f>")));
    // A barcode stays text; an amount and a whole number are numbers.
    VERIFY_SAYS(first, QStringLiteral("<is><t>6901234560015</t></is>"));
    VERIFY_SAYS(first, QStringLiteral("<v>3.5</v>"));
    VERIFY_SAYS(first, QStringLiteral("<v>4</v>"));
    VERIFY_SAYS(first, QStringLiteral("<t>绿茶 &amp; &lt;b&gt;</t>"));
    const QString third = unzipped(QStringLiteral("xl/worksheets/sheet3.xml"));
    VERIFY_SAYS(third, QStringLiteral("<is><t>sku</t></is>"));
    VERIFY_SAYS(third, QStringLiteral("<is><t>W-5</t></is>"));

    // A workbook that cannot be written says so, and leaves no file.
    XlsxSink nowhere(dir.filePath(QStringLiteral("no/such/folder/goods.xlsx")), QStringLiteral("Goods"));
    auto refused = Exporter::run(db.connection(), managerSession(), ImportKind::Goods, &nowhere);
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, Error::Kind::File);
}

void TestCsvImport::exportFileIsWholeOrNothing_data()
{
    QTest::addColumn<int>("formatNumber");
    QTest::newRow("csv") << int(ExportFormat::CsvUtf8);
    QTest::newRow("csv, gbk") << int(ExportFormat::CsvGbk);
    QTest::newRow("xlsx") << int(ExportFormat::Xlsx);
}

void TestCsvImport::exportFileIsWholeOrNothing()
{
    QFETCH(int, formatNumber);
    const auto format = ExportFormat(formatNumber);
    QTemporaryDir dir;
    const QString path =
        dir.filePath(format == ExportFormat::Xlsx ? QStringLiteral("list.xlsx") : QStringLiteral("list.csv"));
    const auto fileHolds = [&] {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("(none)");
    };
    const auto filesLeft = [&] {
        return QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
    };
    {
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("yesterday's export");
    }
    // Kept from prying eyes by its owner, as a file with costs in it may be.
    QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    // Half-way through, the database goes away: yesterday's file is still all there is.
    auto failed =
        ExportFile::write(path, format, QStringLiteral("List"), [](TableSink* sink) -> Result<qint64> {
            if (auto header = sink->header({{QStringLiteral("sku")}}); !header)
                return header.error();
            if (auto row = sink->row({QStringLiteral("A-1")}); !row)
                return row.error();
            return Error::make(Error::Kind::Unavailable, QStringLiteral("the server went away"));
        });
    QVERIFY(!failed);
    QCOMPARE(failed.error().message, QStringLiteral("the server went away"));
    QCOMPARE(fileHolds(), QByteArray("yesterday's export"));
    QCOMPARE(filesLeft(), QStringList{QFileInfo(path).fileName()});

    auto written =
        ExportFile::write(path, format, QStringLiteral("List"), [](TableSink* sink) -> Result<qint64> {
            if (auto header = sink->header({{QStringLiteral("sku")}}); !header)
                return header.error();
            if (auto row = sink->row({QStringLiteral("B-2")}); !row)
                return row.error();
            if (auto finished = sink->finish(); !finished)
                return finished.error();
            return qint64(1);
        });
    QVERIFY2(written, qPrintable(written ? QString() : written.error().message));
    QCOMPARE(written.value(), 1);
    QVERIFY(fileHolds() != QByteArray("yesterday's export"));
    if (format == ExportFormat::Xlsx)
        QVERIFY(fileHolds().startsWith("PK")); // a zip
    else
        QVERIFY(fileHolds().endsWith("B-2\r\n"));
    QCOMPARE(filesLeft(), QStringList{QFileInfo(path).fileName()});
    QCOMPARE(QFile::permissions(path) & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
             QFileDevice::Permissions());
}

void TestCsvImport::exportsAListAsShown()
{
    QFETCH(QString, engine);
    TestDatabase db(engine);
    QVERIFY2(db.ok(), qPrintable(db.error()));
    QByteArray file = "sku,name,category,price,archived\n";
    for (int i = 1; i <= 23; ++i)
        file += QStringLiteral("L-%1,%2 %1,Drinks,%3.00,%4\n")
                    .arg(i, 2, 10, QLatin1Char('0'))
                    .arg(i % 3 == 0 ? QStringLiteral("Coffee") : QStringLiteral("Green tea"))
                    .arg(100 - i)
                    .arg(i == 4 ? 1 : 0)
                    .toUtf8();
    auto imported = importBytes(db, ImportKind::Goods, file);
    QVERIFY2(imported && imported->written, qPrintable(imported ? problemsOf(imported.value()) : QString()));

    // The list as a person left it: searched for tea, cheapest first, without the barcode column.
    GoodsListModel list(db.database(), managerSession(), nullptr, SortKey::Language::English);
    GoodsFilter filter;
    filter.search = QStringLiteral("tea");
    list.setFilter(filter);
    list.sort(goodsColumn("price"), Qt::AscendingOrder);
    QVERIFY(QTest::qWaitFor([&] { return list.isCurrent() && list.isCountKnown(); }, 20000));
    const QList<int> shown = {goodsColumn("sku"), goodsColumn("name"), goodsColumn("price"),
                              goodsColumn("unit"), goodsColumn("updated")};
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvSink sink(&buffer, TextEncoding::Utf8);
    // Pages of four rows where the engine does not stream, so paging is crossed several times.
    auto rows = ListExport::run(db.connection(), list.spec(), list.currentQuery(), shown, &sink, {}, 4);
    QVERIFY2(rows, qPrintable(rows ? QString() : rows.error().message));
    QCOMPARE(rows.value(), list.totalCount());

    QBuffer reading;
    reading.setData(buffer.data());
    reading.open(QIODevice::ReadOnly);
    CsvReader reader(&reading, {});
    CsvRecord record;
    QVERIFY(reader.next(&record));
    QCOMPARE(record.fields, QStringList({"SKU", "Name", "Price", "Unit", "Updated"}));
    QStringList skus;
    qint64 lastPrice = -1;
    while (reader.next(&record)) {
        QVERIFY2(record.fields.at(1).startsWith(QStringLiteral("Green tea")),
                 qPrintable(record.fields.at(1)));
        const qint64 price = qint64(record.fields.at(2).toDouble() * 100);
        QVERIFY(price >= lastPrice);
        lastPrice = price;
        QCOMPARE(record.fields.at(3), QStringLiteral("pcs"));
        QVERIFY(QDateTime::fromString(record.fields.at(4), QStringLiteral("yyyy-MM-dd HH:mm:ss")).isValid());
        skus << record.fields.at(0);
    }
    // Fifteen teas, the archived L-04 not among them; the dearest is the first item.
    QCOMPARE(skus.size(), 15);
    QVERIFY(!skus.contains(QStringLiteral("L-04")));
    QCOMPARE(skus.first(), QStringLiteral("L-23"));
    QCOMPARE(skus.last(), QStringLiteral("L-01"));
}

void TestCsvImport::importsAndExportsStock()
{
    QFETCH(QString, engine);
    // Two shops with the same goods and warehouses; the first one's stock goes to the second.
    const auto shop = [&](TestDatabase& db) {
        if (!db.ok())
            return false;
        auto goods =
            importBytes(db, ImportKind::Goods, "sku,name,price\nT-1,Green tea,12\nT-2,Black tea,9\n");
        if (!goods || !goods->written)
            return false;
        for (const char* code : {"MAIN", "SHOP"}) {
            if (!WarehouseService(db.connection())
                     .create(managerSession(), {QString::fromLatin1(code), QString::fromLatin1(code), {}}))
                return false;
        }
        return true;
    };
    TestDatabase db(engine);
    QVERIFY2(shop(db), qPrintable(db.error()));
    const QString before = footprint(db.connection());

    // Every bad row named, and nothing received.
    auto refused = importBytes(db, ImportKind::Stock,
                               "sku,warehouse,quantity,unit_cost\n"
                               "T-1,MAIN,10,1.00\n"
                               "T-1,NOWHERE,1,\n"
                               "T-9,MAIN,1,\n"
                               "T-2,MAIN,-3,\n"
                               "T-2,SHOP,2.5,\n"
                               "T-1,SHOP,4,-1\n"
                               "t-1,main,3,\n");
    QVERIFY(refused);
    QVERIFY(!refused->written);
    const QString problems = problemsOf(refused.value());
    for (const char* expected :
         {"line 3 [warehouse] No warehouse has the code NOWHERE",
          "line 4 [sku] No goods item has the SKU T-9", "line 5 [quantity]", "line 6 [quantity]",
          "line 7 [unit_cost]", "line 8 [sku] This row names the same record as line 2"})
        QVERIFY2(problems.contains(QString::fromUtf8(expected)), qPrintable(problems));
    QCOMPARE(footprint(db.connection()), before);

    // Opening balances: received, the cost averaged over both warehouses.
    auto received = importBytes(db, ImportKind::Stock,
                                "sku,warehouse,quantity,unit_cost\nT-1,MAIN,10,1.00\nT-1,shop,10,¥2.00\n"
                                "T-2,MAIN,5,\n");
    QVERIFY(received);
    QVERIFY2(received->written, qPrintable(problemsOf(received.value())));
    QCOMPARE(received->created, 3);
    QCOMPARE(goodsValue(db, QStringLiteral("T-1"), QStringLiteral("cost_cents")).toLongLong(), 150);
    QCOMPARE(countRows(db.connection(), QStringLiteral("SELECT SUM(quantity) FROM stock_levels")), 25);
    QCOMPARE(findings(db.connection()), QStringList());

    // Exported, it is the same stock in another database.
    const QByteArray file = exported(db, ImportKind::Stock);
    QVERIFY2(file.contains("sku,warehouse,quantity,unit_cost"), file.constData());
    QVERIFY2(file.contains("T-1,SHOP,10,1.50"), file.constData());
    TestDatabase other(engine, true, QStringLiteral("other.db"));
    QVERIFY2(shop(other), qPrintable(other.error()));
    auto copied = importBytes(other, ImportKind::Stock, file);
    QVERIFY(copied);
    QVERIFY2(copied->written, qPrintable(problemsOf(copied.value())));
    const QString levels =
        QStringLiteral("SELECT SUM(l.quantity) FROM stock_levels l JOIN goods g ON g.id = l.goods_id "
                       "JOIN warehouses w ON w.id = l.warehouse_id WHERE g.sku = ? AND w.code = ?");
    for (const auto& [sku, code] :
         QList<QPair<QString, QString>>{{"T-1", "MAIN"}, {"T-1", "SHOP"}, {"T-2", "MAIN"}})
        QCOMPARE(countRows(other.connection(), levels, {sku, code}),
                 countRows(db.connection(), levels, {sku, code}));
    QCOMPARE(goodsValue(other, QStringLiteral("T-1"), QStringLiteral("cost_cents")).toLongLong(), 150);
    QCOMPARE(findings(other.connection()), QStringList());
}

QTEST_GUILESS_MAIN(TestCsvImport)
#include "tst_csvimport.moc"
