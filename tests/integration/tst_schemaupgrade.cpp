#include "db/migrations.h"
#include "db/sql.h"
#include "domain/sortkey.h"
#include "services/goodsservice.h"
#include "services/integritycheck.h"
#include "testdatabase.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>
#include <map>
#include <memory>

// A database made by the first release, with rows in it, upgraded by this one: every row keeps its
// id and meaning, the new columns are filled in, an id the audit log names is never handed out
// again, and all three engines end up with the same tables and columns.
class TestSchemaUpgrade : public QObject
{
    Q_OBJECT
private slots:
    void version1RowsSurviveTheUpgrade_data() { TestDatabase::addEngineRows(); }
    void version1RowsSurviveTheUpgrade();
    void deletedIdIsNeverReused_data() { TestDatabase::addEngineRows(); }
    void deletedIdIsNeverReused();
    void sqliteRefusesAWrongTypedValue();
    void enginesEndWithTheSameColumns();
};

namespace {

template<typename T> QByteArray why(const Result<T>& result)
{
    return result.ok() ? QByteArray() : result.error().message.toUtf8();
}

bool run(const Connection& c, const QString& sql, const QVariantList& values = {})
{
    auto done = Sql::exec(c, sql, values);
    if (!done)
        qWarning("%s: %s", qPrintable(sql), qPrintable(done.error().message));
    return done.ok();
}

QString text(const Connection& c, const QString& sql, const QVariantList& values = {})
{
    auto value = Sql::scalar(c, sql, values);
    return value ? value.value().toString() : QStringLiteral("<%1>").arg(value.error().message);
}

// The search document the first release wrote: name, SKU and its one barcode.
QString searchText(const char* sku, const char* name, const char* barcode = "")
{
    GoodsDraft draft;
    draft.sku = QString::fromUtf8(sku);
    draft.name = QString::fromUtf8(name);
    if (*barcode)
        draft.barcodes = {QString::fromUtf8(barcode)};
    return GoodsRules::searchText(draft);
}

// What the first release wrote for a small shop, in its own words (free-text units, one barcode,
// one address per customer, suppliers without codes).
bool fillVersion1(const Connection& c)
{
    const QString insertGoods = QStringLiteral(
        "INSERT INTO goods (id, sku, barcode, name, category_id, unit, price_cents, cost_cents, search_text, "
        "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1, 1)");
    const QVariant none(QMetaType(QMetaType::QString));
    const QVariant noCategory(QMetaType(QMetaType::LongLong));
    return run(c, "INSERT INTO categories (id, parent_id, parent_key, name, created_at, updated_at) VALUES "
                  "(1, NULL, 0, '饮料', 1, 1), (2, 1, 1, '茶', 1, 1)") &&
           run(c, insertGoods,
               {1, "SK-1", "6901234560015", "绿茶饮料", 2, "瓶", 350, 210,
                searchText("SK-1", "绿茶饮料", "6901234560015")}) &&
           run(c, insertGoods,
               {2, "SK-2", none, "Nescafé Gold", noCategory, "jar", 8900, 5500,
                searchText("SK-2", "Nescafé Gold")}) &&
           run(c, insertGoods,
               {3, "SK-3", none, "Archived tea", 2, "piece", 100, 50, searchText("SK-3", "Archived tea")}) &&
           run(c, "UPDATE goods SET archived = 1 WHERE id = 3") &&
           run(c, "INSERT INTO suppliers (id, name, phone, created_at, updated_at) VALUES "
                  "(1, '杭州龙井茶业', '0571-8765 4321', 1, 1)") &&
           run(c, "INSERT INTO supplier_goods (supplier_id, goods_id, supplier_sku, cost_cents, lead_days) "
                  "VALUES "
                  "(1, 1, 'LJ-1', 200, 3)") &&
           run(c, "INSERT INTO customers (id, code, name, phone, address, created_at, updated_at) VALUES "
                  "('018f0000-0000-7000-8000-000000000001', 'M1', '张伟', '138 0013 8001', "
                  "'北京市朝阳区建国路 88 号', 1, 1), "
                  "('018f0000-0000-7000-8000-000000000002', 'M2', 'Emily Chen', NULL, NULL, 1, 1)");
}

} // namespace

void TestSchemaUpgrade::version1RowsSurviveTheUpgrade()
{
    QFETCH(QString, engine);
    TestDatabase db(engine, false);
    QVERIFY2(db.ok(), qPrintable(db.error()));
    const Connection& c = db.connection();
    const auto first = Migrations::migrate(c, 1);
    QVERIFY2(first.ok(), why(first));
    QCOMPARE(first.value(), 1);
    QVERIFY(fillVersion1(c));

    const auto upgraded = Migrations::migrate(c);
    QVERIFY2(upgraded.ok(), why(upgraded));
    QCOMPARE(upgraded.value(), Migrations::latestVersion());

    // Units became keys of the one list; the barcode moved into the barcode table too.
    QCOMPARE(text(c, "SELECT unit FROM goods WHERE id = 1"), QStringLiteral("bottle"));
    QCOMPARE(text(c, "SELECT unit FROM goods WHERE id = 2"), QStringLiteral("can"));
    QCOMPARE(text(c, "SELECT unit FROM goods WHERE id = 3"), QStringLiteral("pcs"));
    QCOMPARE(text(c, "SELECT barcode FROM goods_barcodes WHERE goods_id = 1 AND position = 0"),
             QStringLiteral("6901234560015"));
    QCOMPARE(countRows(c, "SELECT COUNT(*) FROM goods_barcodes"), qint64(1));
    // Names got their sort keys, so the lists sort them in each language.
    auto key = Sql::scalar(c, "SELECT sort_zh FROM goods WHERE id = 1");
    QVERIFY(key.ok());
    QCOMPARE(key.value().toByteArray(), SortKey::of(QStringLiteral("绿茶饮料"), SortKey::Language::Chinese));
    // Kept counts start from the goods as they are.
    QCOMPARE(countRows(c, "SELECT goods FROM goods_counts WHERE category_key = 2 AND archived = 0"),
             qint64(1));
    QCOMPARE(countRows(c, "SELECT goods FROM goods_counts WHERE category_key = 2 AND archived = 1"),
             qint64(1));
    QCOMPARE(countRows(c, "SELECT goods FROM goods_counts WHERE category_key = 0 AND archived = 0"),
             qint64(1));
    // Suppliers got codes; the customer's one address became their default one.
    QCOMPARE(text(c, "SELECT code FROM suppliers WHERE id = 1"), QStringLiteral("S00001"));
    QCOMPARE(text(c, "SELECT address FROM customer_addresses WHERE customer_id = ? AND is_default = 1",
                  {QStringLiteral("018f0000-0000-7000-8000-000000000001")}),
             QStringLiteral("北京市朝阳区建国路 88 号"));
    QCOMPARE(countRows(c, "SELECT COUNT(*) FROM customer_addresses"), qint64(1));
    QCOMPARE(countRows(c, "SELECT version FROM supplier_goods WHERE supplier_id = 1 AND goods_id = 1"),
             qint64(1));

    // The goods service reads an upgraded row whole.
    const Session manager = TestDatabase::sessionFor(Role::Manager);
    auto record = GoodsService(c).get(manager, 1);
    QVERIFY2(record.ok(), why(record));
    QCOMPARE(record->draft.barcodes, QStringList{"6901234560015"});
    QCOMPARE(record->categoryName, QStringLiteral("茶"));
    QCOMPARE(record->draft.cost.cents(), qint64(210));

    auto findings = IntegrityCheck::run(c);
    QVERIFY2(findings.ok(), why(findings));
    QVERIFY2(findings->isEmpty(), qPrintable(findings->join('\n')));
}

void TestSchemaUpgrade::deletedIdIsNeverReused()
{
    QFETCH(QString, engine);
    TestDatabase db(engine, false);
    QVERIFY2(db.ok(), qPrintable(db.error()));
    const Connection& c = db.connection();
    QVERIFY(Migrations::migrate(c, 1).ok());
    // The first release deleted goods 7, the newest, and its audit log still tells its story.
    QVERIFY(run(c,
                "INSERT INTO goods (id, sku, name, unit, price_cents, cost_cents, search_text, created_at, "
                "updated_at) VALUES (6, 'A', 'a', 'pcs', 1, 1, 'a', 1, 1)"));
    QVERIFY(run(c, "INSERT INTO audit_log (id, changed_at, entity, entity_id, action) VALUES "
                   "('018f0000-0000-7000-8000-0000000000a1', 1, 'goods', '7', 'create'), "
                   "('018f0000-0000-7000-8000-0000000000a2', 2, 'goods', '7', 'delete')"));
    QVERIFY(Migrations::migrate(c).ok());

    const Session manager = TestDatabase::sessionFor(Role::Manager);
    const GoodsService service(c);
    GoodsDraft draft;
    draft.sku = QStringLiteral("NEW-1");
    draft.name = QStringLiteral("new");
    draft.unit = QStringLiteral("pcs");
    auto created = service.create(manager, draft);
    QVERIFY2(created.ok(), why(created));
    QVERIFY2(created->id > 7, qPrintable(QString::number(created->id)));

    // And after a delete in this release, the next item gets a new id too.
    QVERIFY(service.remove(manager, created->id, created->version).ok());
    draft.sku = QStringLiteral("NEW-2");
    auto next = service.create(manager, draft);
    QVERIFY2(next.ok(), why(next));
    QVERIFY2(next->id > created->id, qPrintable(QString::number(next->id)));
}

void TestSchemaUpgrade::sqliteRefusesAWrongTypedValue()
{
    TestDatabase db(QStringLiteral("sqlite"), false);
    QVERIFY2(db.ok(), qPrintable(db.error()));
    const Connection& c = db.connection();
    QVERIFY(Migrations::migrate(c, 1).ok());
    QVERIFY(fillVersion1(c));
    QVERIFY(Migrations::migrate(c).ok());
    // What the sqlite3 tool could write into the first release's tables, a STRICT table refuses.
    QSqlQuery query(c.db);
    QVERIFY(!query.exec("UPDATE goods SET price_cents = 'abc' WHERE id = 1"));
    QVERIFY2(query.lastError().text().contains("cannot store TEXT value in INTEGER column"),
             qPrintable(query.lastError().text()));
    QCOMPARE(countRows(c, "SELECT price_cents FROM goods WHERE id = 1"), qint64(350));
    QCOMPARE(countRows(c,
                       "SELECT COUNT(*) FROM pragma_table_list WHERE schema = 'main' AND type = 'table' AND "
                       "strict = 0 AND name NOT LIKE 'sqlite%'"),
             qint64(0));
}

void TestSchemaUpgrade::enginesEndWithTheSameColumns()
{
    // Each engine's own catalogue, table by table; the engines' search machinery is their own.
    const QStringList ignored = {"fts_rowid", "search_ft"};
    std::map<QString, QMap<QString, QStringList>> byEngine;
    for (const QString& engine : TestDatabase::engines()) {
        // Upgraded from version 1 on one side, made fresh on the other: both must agree too.
        for (int start : {1, 0}) {
            TestDatabase db(engine, false);
            QVERIFY2(db.ok(), qPrintable(db.error()));
            const Connection& c = db.connection();
            if (start == 1)
                QVERIFY(Migrations::migrate(c, 1).ok());
            QVERIFY(Migrations::migrate(c).ok());
            QMap<QString, QStringList> columns;
            for (QString table : c.db.tables(QSql::Tables)) {
                table = table.toLower();
                if (table.startsWith("sqlite_") || table.contains("_fts"))
                    continue;
                const QSqlRecord record = c.db.record(table);
                QStringList names;
                for (int i = 0; i < record.count(); ++i) {
                    if (!ignored.contains(record.fieldName(i).toLower()))
                        names << record.fieldName(i).toLower();
                }
                names.sort();
                columns.insert(table, names);
            }
            const QString label =
                engine + (start == 1 ? QStringLiteral(" upgraded") : QStringLiteral(" fresh"));
            byEngine[label] = columns;
        }
    }
    const QMap<QString, QStringList>& reference = byEngine.at(QStringLiteral("sqlite fresh"));
    QVERIFY(reference.contains("customer_addresses"));
    QVERIFY(!reference.value("customers").contains("address"));
    for (const auto& [label, columns] : byEngine) {
        QCOMPARE(columns.keys(), reference.keys());
        for (auto it = reference.cbegin(); it != reference.cend(); ++it)
            QVERIFY2(columns.value(it.key()) == it.value(),
                     qPrintable(
                         QStringLiteral("%1, table %2: %3 instead of %4")
                             .arg(label, it.key(), columns.value(it.key()).join(','), it.value().join(','))));
    }
}

QTEST_GUILESS_MAIN(TestSchemaUpgrade)
#include "tst_schemaupgrade.moc"
