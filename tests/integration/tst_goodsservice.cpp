#include "db/sql.h"
#include "db/transaction.h"
#include "domain/barcode.h"
#include "services/categoryservice.h"
#include "services/goodsbulkservice.h"
#include "services/goodsservice.h"
#include "services/integritycheck.h"
#include "services/selections.h"
#include "tables/goodslistmodel.h"
#include "testdatabase.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <map>
#include <memory>

Q_DECLARE_METATYPE(GoodsDraft)

// The goods catalogue against real engines: what is saved is what comes back, rules refuse bad
// input without writing, edits never overwrite someone else's, history stays auditable, and the
// list's search finds what a person types on SQLite, PostgreSQL and MariaDB alike.
class TestGoodsService : public QObject
{
    Q_OBJECT
private slots:
    void cleanupTestCase() { m_shared.clear(); }

    void createReturnsExactRecord_data() { TestDatabase::addEngineRows(); }
    void createReturnsExactRecord();
    void invalidDraftWritesNothing_data();
    void invalidDraftWritesNothing();
    void hostileTextIsStoredVerbatim_data() { TestDatabase::addEngineRows(); }
    void hostileTextIsStoredVerbatim();
    void staleUpdateIsAConflict_data() { TestDatabase::addEngineRows(); }
    void staleUpdateIsAConflict();
    void archiveKeepsTheRow_data() { TestDatabase::addEngineRows(); }
    void archiveKeepsTheRow();
    void removeReferencedIsRefused_data();
    void removeReferencedIsRefused();
    void removeUnreferencedDeletes_data() { TestDatabase::addEngineRows(); }
    void removeUnreferencedDeletes();
    void everyChangeWritesOneAuditRow_data() { TestDatabase::addEngineRows(); }
    void everyChangeWritesOneAuditRow();
    void permissionsFollowTheRole_data() { TestDatabase::addEngineRows(); }
    void permissionsFollowTheRole();
    void costsStayWithTheirRoles_data() { TestDatabase::addEngineRows(); }
    void costsStayWithTheirRoles();
    void barcodesBelongToOneItem_data() { TestDatabase::addEngineRows(); }
    void barcodesBelongToOneItem();
    void bulkPriceChangeIsExactToTheCent_data() { TestDatabase::addEngineRows(); }
    void bulkPriceChangeIsExactToTheCent();
    void bulkChangeRefusesItemsChangedSinceThePreview_data() { TestDatabase::addEngineRows(); }
    void bulkChangeRefusesItemsChangedSinceThePreview();
    void search_data();
    void search();

private:
    // One database per engine for the read-mostly tests, so each table row does not pay for a
    // fresh migrated database; made on first use, with the search fixture already in it.
    TestDatabase& shared(const QString& engine);
    static QString fillSearchFixture(TestDatabase& db);
    EngineDatabases m_shared{&TestGoodsService::fillSearchFixture};
};

namespace {

// QVERIFY2 builds its message even when the check passes: ask only a failed result for its error.
template<typename T> QByteArray why(const Result<T>& result)
{
    return result.ok() ? QByteArray() : result.error().message.toUtf8();
}

QString barcode(const char* twelveDigits)
{
    const QString digits = QString::fromLatin1(twelveDigits);
    return digits + QString::number(gtinCheckDigit(digits));
}

GoodsDraft draft(const QString& sku, const QString& name, const QString& code = {}, qint64 priceCents = 1250)
{
    GoodsDraft d;
    d.sku = sku;
    d.name = name;
    if (!code.isEmpty())
        d.barcodes = {code};
    d.unit = QStringLiteral("pcs");
    d.price = Money::fromCents(priceCents);
    d.cost = Money::fromCents(priceCents / 2);
    return d;
}

qint64 goodsRows(const Connection& c)
{
    return countRows(c, "SELECT COUNT(*) FROM goods");
}
qint64 auditRows(const Connection& c)
{
    return countRows(c, "SELECT COUNT(*) FROM audit_log WHERE entity = 'goods'");
}

// The names the goods list shows for SEARCH, sorted. Built from the list's own query parts the way
// its page loader joins them, so this is the search users get. An engine error comes back as the
// only entry, so it shows in the comparison instead of aborting the run.
QStringList found(const Connection& c, const QString& search, bool archived = false)
{
    GoodsFilter filter;
    filter.search = search;
    filter.archived = archived;
    const ListFilter q = GoodsList::filter(c.sql(), filter);
    auto rows = Sql::exec(
        c, QStringLiteral("SELECT g.name FROM goods g %1 WHERE %2").arg(q.keyJoins, q.where), q.values);
    if (!rows)
        return {"error: " + rows.error().message};
    QStringList names;
    while (rows.value().next())
        names << rows.value().value(0).toString();
    names.sort();
    const QString counting =
        QStringLiteral("SELECT COUNT(*) FROM goods g %1 WHERE %2").arg(q.keyJoins, q.where);
    auto counted = Sql::scalar(c, counting, q.values);
    if (!counted)
        return {"error: " + counted.error().message};
    if (counted.value().toLongLong() != names.size()) // the list's count and its rows must agree
        return {QStringLiteral("error: counted %1, listed %2")
                    .arg(counted.value().toLongLong())
                    .arg(names.size())};
    return names;
}

// The stored item, or an empty record (id 0) when it cannot be read.
GoodsRecord stored(const GoodsService& service, qint64 id)
{
    auto record = service.get(managerSession(), id);
    if (!record)
        qWarning("goods %lld: %s", id, qPrintable(record.error().message));
    return record ? record.value() : GoodsRecord();
}

struct AuditRow
{
    qint64 rows = 0; // how many goods audit rows item ID has with this action
    qint64 userId = -1;
    QVariant oldValue, newValue;
    QJsonObject oldJson() const { return QJsonDocument::fromJson(oldValue.toString().toUtf8()).object(); }
    QJsonObject newJson() const { return QJsonDocument::fromJson(newValue.toString().toUtf8()).object(); }
};

AuditRow audit(const Connection& c, qint64 id, const QString& action)
{
    AuditRow row;
    auto q = Sql::exec(c,
                       "SELECT user_id, old_value, new_value FROM audit_log WHERE entity = 'goods' "
                       "AND entity_id = ? AND action = ?",
                       {QString::number(id), action});
    while (q && q.value().next()) {
        ++row.rows;
        row.userId = q.value().value(0).toLongLong();
        row.oldValue = q.value().value(1);
        row.newValue = q.value().value(2);
    }
    return row;
}

// The search fixture: two Chinese names, two English ones, one mixed; one without a barcode.
struct SearchItem
{
    const char* sku;
    const char* name;
    const char* barcodePrefix;
};
const SearchItem searchItems[] = {
    {"BEV-0101", "绿茶饮料 500ml", "690111111111"},  {"BEV-0102", "乌龙茶", "690222222222"},
    {"CAF-2201", "Green Tea Latte", "400333333333"}, {"CAF-2202", "Coffee Beans", "400444444444"},
    {"BEV-0103", "茉莉花茶 Jasmine Tea", nullptr},
};

} // namespace

QString TestGoodsService::fillSearchFixture(TestDatabase& db)
{
    const GoodsService service(db.connection());
    for (const SearchItem& item : searchItems) {
        auto created = service.create(Session::maintenance(), draft(item.sku, QString::fromUtf8(item.name),
                                                                    item.barcodePrefix ? barcode(item.barcodePrefix)
                                                                                       : QString()));
        if (!created)
            return created.error().message;
    }
    return {};
}

TestDatabase& TestGoodsService::shared(const QString& engine)
{
    return m_shared[engine];
}

void TestGoodsService::createReturnsExactRecord()
{
    QFETCH(QString, engine);
    TestDatabase db(engine);
    QVERIFY2(db.ok(), qPrintable(db.error()));
    const Session admin = db.createUser(Role::Admin, "owner");
    const GoodsService service(db.connection());

    // The largest allowed price needs 34 bits, and 2^32 + 1 keeps a low bit that an int would lose.
    GoodsDraft input =
        draft("  ab-12x ", "  Oolong 乌龙  ", barcode("690123456789"), GoodsRules::maxPriceCents);
    input.cost = Money::fromCents(4'294'967'297);
    input.description = "line one\nline two";
    const auto created = service.create(admin, input);
    QVERIFY2(created.ok(), why(created));
    const GoodsRecord& r = created.value();
    QVERIFY(r.id > 0);
    QCOMPARE(r.draft.sku, QStringLiteral("AB-12X"));
    QCOMPARE(r.draft.name, QStringLiteral("Oolong 乌龙"));
    QCOMPARE(r.draft.barcodes, QStringList{barcode("690123456789")});
    QCOMPARE(r.draft.price.cents(), GoodsRules::maxPriceCents);
    QCOMPARE(r.draft.cost.cents(), qint64(4'294'967'297));
    QCOMPARE(r.draft.description, QStringLiteral("line one\nline two"));
    QCOMPARE(r.version, 1);
    QCOMPARE(r.archived, false);
    QVERIFY(r.createdAt > 0);

    const auto read = service.get(managerSession(), r.id);
    QVERIFY2(read.ok(), why(read));
    QCOMPARE(read->draft.price.cents(), GoodsRules::maxPriceCents);
    QCOMPARE(read->draft.cost.cents(), qint64(4'294'967'297));
    QCOMPARE(countRows(db.connection(), "SELECT price_cents FROM goods WHERE id = ?", {r.id}),
             GoodsRules::maxPriceCents);
}

void TestGoodsService::invalidDraftWritesNothing_data()
{
    QTest::addColumn<QString>("engine");
    QTest::addColumn<GoodsDraft>("input");
    QTest::addColumn<QString>("field");
    GoodsDraft negativeCost = draft("X-4", "Tea");
    negativeCost.cost = Money::fromCents(-5);
    const QString taken = barcode("690111111111"); // the search fixture's, already in the shared database
    for (const QString& engine : TestDatabase::engines()) {
        const auto row = [&](const char* what, const GoodsDraft& d, const QString& field) {
            QTest::addRow("%s/%s", qPrintable(engine), what) << engine << d << field;
        };
        row("barcode check digit", draft("X-1", "Tea", "4006381333932"), GoodsRules::barcodeField);
        row("barcode letters", draft("X-2", "Tea", "40063813339X1"), GoodsRules::barcodeField);
        row("negative price", draft("X-3", "Tea", {}, -1), GoodsRules::priceField);
        row("negative cost", negativeCost, GoodsRules::costField);
        row("empty name", draft("X-5", ""), GoodsRules::nameField);
        row("blank name", draft("X-6", " \t "), GoodsRules::nameField);
        row("empty sku", draft("", "Tea"), GoodsRules::skuField);
        row("sku taken in another case", draft("bev-0101", "Another tea"), GoodsRules::skuField);
        row("barcode taken, typed with spaces",
            draft("NEW-1", "Another tea", taken.left(6) + ' ' + taken.mid(6)), GoodsRules::barcodeField);
    }
}

void TestGoodsService::invalidDraftWritesNothing()
{
    QFETCH(QString, engine);
    QFETCH(GoodsDraft, input);
    QFETCH(QString, field);
    TestDatabase& db = shared(engine);
    QVERIFY2(db.ok(), qPrintable(db.error()));
    const qint64 goods = goodsRows(db.connection());
    const qint64 audits = countRows(db.connection(), "SELECT COUNT(*) FROM audit_log");

    const auto created = GoodsService(db.connection()).create(Session::maintenance(), input);
    QVERIFY(!created.ok());
    QCOMPARE(created.error().kind, Error::Kind::Validation);
    QVERIFY2(created.error().fields.contains(field), qPrintable(created.error().message));
    QCOMPARE(goodsRows(db.connection()), goods);
    QCOMPARE(countRows(db.connection(), "SELECT COUNT(*) FROM audit_log"), audits);
}

void TestGoodsService::hostileTextIsStoredVerbatim()
{
    QFETCH(QString, engine);
    TestDatabase db(engine);
    QVERIFY2(db.ok(), qPrintable(db.error()));
    const Session admin = db.createUser(Role::Admin, "owner");
    const GoodsService service(db.connection());
    const QStringList names = {
        "'); DROP TABLE goods;--",
        "O'Brien's \"best\" tea",
        "back\\slash 100% _under_ ?",
        "绿茶 🍵 emoji 😀 тест ελληνικά",
        "e\u0301 combining, \u200b zero width",
        "Robert'); DELETE FROM audit_log; --",
    };
    int serial = 0;
    for (const QString& name : names) {
        GoodsDraft d = draft(QStringLiteral("H-%1").arg(++serial), name);
        d.description = name + "\n" + name;
        d.unit = "瓶"; // as people write it: kept as the unit's key
        const auto created = service.create(admin, d);
        QVERIFY2(created.ok(), qPrintable(name + ": " + QString::fromUtf8(why(created))));
        const GoodsRecord read = stored(service, created->id);
        QCOMPARE(read.draft.name, name);
        QCOMPARE(read.draft.description, name + "\n" + name);
        QCOMPARE(read.draft.unit, QStringLiteral("bottle"));
        const auto raw = Sql::scalar(db.connection(), "SELECT name FROM goods WHERE id = ?", {created->id});
        QVERIFY2(raw.ok(), why(raw));
        QCOMPARE(raw.value().toString(), name);
    }
    QCOMPARE(goodsRows(db.connection()), qint64(names.size()));
    QCOMPARE(auditRows(db.connection()), qint64(names.size()));
    QCOMPARE(found(db.connection(), "O'Brien"), QStringList({names.at(1)}));
    // A unit is one of the list, whatever is typed; anything else is refused and writes nothing.
    GoodsDraft odd = draft("H-99", "odd unit");
    odd.unit = "个🍵'; --";
    const auto refused = service.create(admin, odd);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, Error::Kind::Validation);
    QVERIFY(refused.error().fields.contains(GoodsRules::unitField));
    QCOMPARE(goodsRows(db.connection()), qint64(names.size()));
}

void TestGoodsService::staleUpdateIsAConflict()
{
    QFETCH(QString, engine);
    TestDatabase db(engine);
    QVERIFY2(db.ok(), qPrintable(db.error()));
    const Session admin = db.createUser(Role::Admin, "owner");
    const GoodsService service(db.connection());
    const auto created = service.create(admin, draft("C-1", "Original", {}, 1000));
    QVERIFY2(created.ok(), why(created));
    const int readVersion = created->version;

    // Two people opened the same version; the first one saves.
    GoodsDraft first = created->draft;
    first.name = "First save";
    first.price = Money::fromCents(1100);
    const auto saved = service.update(admin, created->id, readVersion, first);
    QVERIFY2(saved.ok(), why(saved));
    QCOMPARE(saved->version, readVersion + 1);
    const qint64 audits = auditRows(db.connection());

    GoodsDraft second = created->draft;
    second.name = "Second save";
    second.price = Money::fromCents(1200);
    const auto stale = service.update(admin, created->id, readVersion, second);
    QVERIFY(!stale.ok());
    QCOMPARE(stale.error().kind, Error::Kind::Conflict);
    const auto staleArchive = service.setArchived(admin, created->id, readVersion, true);
    QVERIFY(!staleArchive.ok());
    QCOMPARE(staleArchive.error().kind, Error::Kind::Conflict);

    const GoodsRecord now = stored(service, created->id);
    QCOMPARE(now.draft.name, QStringLiteral("First save"));
    QCOMPARE(now.draft.price.cents(), qint64(1100));
    QCOMPARE(now.version, saved->version);
    QCOMPARE(now.archived, false);
    QCOMPARE(auditRows(db.connection()), audits);
}

void TestGoodsService::archiveKeepsTheRow()
{
    QFETCH(QString, engine);
    TestDatabase db(engine);
    QVERIFY2(db.ok(), qPrintable(db.error()));
    const Session admin = db.createUser(Role::Admin, "owner");
    const GoodsService service(db.connection());
    const auto created = service.create(admin, draft("AR-1", "Seasonal mooncake"));
    QVERIFY2(created.ok(), why(created));

    const auto archived = service.setArchived(admin, created->id, created->version, true);
    QVERIFY2(archived.ok(), why(archived));
    QCOMPARE(archived->archived, true);
    QCOMPARE(archived->version, created->version + 1);
    QCOMPARE(goodsRows(db.connection()), qint64(1));
    QCOMPARE(stored(service, created->id).draft.name, QStringLiteral("Seasonal mooncake"));
    // It leaves the active list and shows in the archived one, search included.
    QCOMPARE(found(db.connection(), "mooncake"), QStringList());
    QCOMPARE(found(db.connection(), "mooncake", true), QStringList({"Seasonal mooncake"}));

    const auto restored = service.setArchived(admin, created->id, archived->version, false);
    QVERIFY2(restored.ok(), why(restored));
    QCOMPARE(restored->archived, false);
    QCOMPARE(found(db.connection(), "mooncake"), QStringList({"Seasonal mooncake"}));
}

void TestGoodsService::removeReferencedIsRefused_data()
{
    QTest::addColumn<QString>("engine");
    QTest::addColumn<QStringList>("statements");
    // The item under test is the only goods row, so MAX(id) names it.
    const QString warehouse =
        "INSERT INTO warehouses (code, name, created_at, updated_at) VALUES ('W1', 'Main', 1, 1)";
    const QString goodsId = "(SELECT MAX(id) FROM goods)", warehouseId = "(SELECT MAX(id) FROM warehouses)";
    const QString uuid = "'00000000-0000-7000-8000-00000000000%1'";
    const QStringList movement = {warehouse, "INSERT INTO stock_movements (id, goods_id, warehouse_id, "
                                             "quantity_delta, kind, created_at) VALUES (" +
                                                 uuid.arg(1) + ", " + goodsId + ", " + warehouseId +
                                                 ", 5, 'receipt', 1)"};
    const QStringList orderLine = {
        warehouse,
        "INSERT INTO orders (id, order_no, warehouse_id, status, subtotal_cents, total_cents, currency, "
        "created_at, "
        "updated_at) VALUES (" +
            uuid.arg(2) + ", 'SO-1', " + warehouseId + ", 'draft', 500, 500, 'CNY', 1, 1)",
        "INSERT INTO order_lines (id, order_id, line_no, goods_id, sku, name, quantity, unit_price_cents, "
        "line_total_cents) VALUES (" +
            uuid.arg(3) + ", " + uuid.arg(2) + ", 1, " + goodsId + ", 'R-1', 'x', 1, 500, 500)"};
    const QStringList purchaseLine = {
        warehouse, "INSERT INTO suppliers (name, created_at, updated_at) VALUES ('Tea farm', 1, 1)",
        "INSERT INTO purchase_orders (po_no, supplier_id, warehouse_id, status, created_at, updated_at) "
        "VALUES ('PO-1', (SELECT MAX(id) FROM suppliers), " +
            warehouseId + ", 'draft', 1, 1)",
        "INSERT INTO purchase_order_lines (purchase_order_id, goods_id, quantity_ordered, unit_cost_cents) "
        "VALUES ((SELECT MAX(id) FROM purchase_orders), " +
            goodsId + ", 10, 300)"};
    const QStringList countLine = {
        warehouse,
        "INSERT INTO stock_counts (id, warehouse_id, status, created_at) VALUES (" + uuid.arg(4) + ", " +
            warehouseId + ", 'open', 1)",
        "INSERT INTO stock_count_lines (id, count_id, goods_id, expected_quantity) VALUES (" + uuid.arg(5) +
            ", " + uuid.arg(4) + ", " + goodsId + ", 0)"};
    for (const QString& engine : TestDatabase::engines()) {
        QTest::addRow("%s/stock movement", qPrintable(engine)) << engine << movement;
        QTest::addRow("%s/order line", qPrintable(engine)) << engine << orderLine;
        QTest::addRow("%s/purchase order line", qPrintable(engine)) << engine << purchaseLine;
        QTest::addRow("%s/stock count line", qPrintable(engine)) << engine << countLine;
    }
}

void TestGoodsService::removeReferencedIsRefused()
{
    QFETCH(QString, engine);
    QFETCH(QStringList, statements);
    TestDatabase db(engine);
    QVERIFY2(db.ok(), qPrintable(db.error()));
    const Connection& c = db.connection();
    const Session admin = db.createUser(Role::Admin, "owner");
    const GoodsService service(c);
    const auto created = service.create(admin, draft("R-1", "Referenced"));
    QVERIFY2(created.ok(), why(created));
    for (const QString& sql : qAsConst(statements)) {
        const auto done = Sql::exec(c, sql);
        QVERIFY2(done.ok(), why(done));
    }
    const qint64 audits = auditRows(c);

    const auto removed = service.remove(admin, created->id, created->version);
    QVERIFY(!removed.ok());
    QCOMPARE(removed.error().kind, Error::Kind::Validation);
    QCOMPARE(stored(service, created->id).draft.name, QStringLiteral("Referenced"));
    QCOMPARE(auditRows(c), audits);
}

void TestGoodsService::removeUnreferencedDeletes()
{
    QFETCH(QString, engine);
    TestDatabase db(engine);
    QVERIFY2(db.ok(), qPrintable(db.error()));
    const Connection& c = db.connection();
    const Session admin = db.createUser(Role::Admin, "owner");
    const GoodsService service(c);
    const auto keep = service.create(admin, draft("K-1", "Keep me"));
    const auto mistake = service.create(admin, draft("K-2", "Typo itme"));
    QVERIFY(keep.ok() && mistake.ok());
    // A supplier's offer is not history: it goes with the item.
    QVERIFY(Sql::exec(c, "INSERT INTO suppliers (name, created_at, updated_at) VALUES ('S', 1, 1)").ok());
    QVERIFY(Sql::exec(c,
                      "INSERT INTO supplier_goods (supplier_id, goods_id, cost_cents) VALUES "
                      "((SELECT MAX(id) FROM suppliers), ?, 100)",
                      {mistake->id})
                .ok());

    const auto removed = service.remove(admin, mistake->id, mistake->version);
    QVERIFY2(removed.ok(), why(removed));
    const auto gone = service.get(managerSession(), mistake->id);
    QVERIFY(!gone.ok());
    QCOMPARE(gone.error().kind, Error::Kind::NotFound);
    QCOMPARE(goodsRows(c), qint64(1));
    QCOMPARE(stored(service, keep->id).draft.name, QStringLiteral("Keep me"));
    QCOMPARE(countRows(c, "SELECT COUNT(*) FROM supplier_goods"), qint64(0));
    QCOMPARE(found(c, "itme"), QStringList());
}

void TestGoodsService::everyChangeWritesOneAuditRow()
{
    QFETCH(QString, engine);
    TestDatabase db(engine);
    QVERIFY2(db.ok(), qPrintable(db.error()));
    const Connection& c = db.connection();
    const Session manager = db.createUser(Role::Manager, "mgr");
    QVERIFY(manager.userId > 0);
    const GoodsService service(c);

    qint64 audits = auditRows(c);
    const auto created = service.create(manager, draft("AU-1", "Before 之前", {}, 500));
    QVERIFY2(created.ok(), why(created));
    QCOMPARE(auditRows(c), ++audits);
    AuditRow row = audit(c, created->id, "create");
    QCOMPARE(row.rows, qint64(1));
    QCOMPARE(row.userId, manager.userId);
    QVERIFY(row.oldValue.isNull());
    QCOMPARE(row.newJson().value("name").toString(), QStringLiteral("Before 之前"));
    QCOMPARE(row.newJson().value("sku").toString(), QStringLiteral("AU-1"));

    GoodsDraft changed = created->draft;
    changed.name = "After 之后";
    changed.sku = "au-2";
    changed.price = Money::fromCents(650);
    const auto updated = service.update(manager, created->id, created->version, changed);
    QVERIFY2(updated.ok(), why(updated));
    QCOMPARE(auditRows(c), ++audits);
    row = audit(c, created->id, "update");
    QCOMPARE(row.rows, qint64(1));
    QCOMPARE(row.userId, manager.userId);
    QCOMPARE(row.oldJson().value("name").toString(), QStringLiteral("Before 之前"));
    QCOMPARE(row.newJson().value("name").toString(), QStringLiteral("After 之后"));
    QCOMPARE(row.oldJson().value("price_cents").toInteger(), qint64(500));
    QCOMPARE(row.newJson().value("price_cents").toInteger(), qint64(650));
    // The list searches the new name and SKU, no longer the old ones.
    for (const char* old : {"before", "之前", "au1"})
        QCOMPARE(found(c, old), QStringList());
    for (const char* now : {"after", "之后", "au-2"})
        QCOMPARE(found(c, now), QStringList({"After 之后"}));

    // Saving without a change writes nothing, and does not spoil a transaction around it.
    {
        Transaction outer(c);
        QVERIFY(outer.ok());
        const auto unchanged = service.update(manager, created->id, updated->version, updated->draft);
        QVERIFY2(unchanged.ok(), why(unchanged));
        QCOMPARE(unchanged->version, updated->version);
        const Status committed = outer.commit();
        QVERIFY2(committed.ok(), qPrintable(committed.ok() ? QString() : committed.error().message));
    }
    QCOMPARE(auditRows(c), audits);

    const auto archived = service.setArchived(manager, created->id, updated->version, true);
    QVERIFY2(archived.ok(), why(archived));
    QCOMPARE(auditRows(c), ++audits);
    row = audit(c, created->id, "archive");
    QCOMPARE(row.rows, qint64(1));
    QCOMPARE(row.userId, manager.userId);
    QCOMPARE(row.oldJson().value("archived").toBool(), false);
    QCOMPARE(row.newJson().value("archived").toBool(), true);

    const auto removed = service.remove(manager, created->id, archived->version);
    QVERIFY2(removed.ok(), why(removed));
    QCOMPARE(auditRows(c), ++audits);
    row = audit(c, created->id, "delete");
    QCOMPARE(row.rows, qint64(1));
    QCOMPARE(row.userId, manager.userId);
    QCOMPARE(row.oldJson().value("name").toString(), QStringLiteral("After 之后"));
    QVERIFY(row.newValue.isNull());
}

void TestGoodsService::permissionsFollowTheRole()
{
    QFETCH(QString, engine);
    TestDatabase db(engine);
    QVERIFY2(db.ok(), qPrintable(db.error()));
    const Connection& c = db.connection();
    const Session manager = db.createUser(Role::Manager, "mgr");
    const Session clerk = db.createUser(Role::Clerk, "clerk");
    const Session cashier = db.createUser(Role::Cashier, "cashier");
    const GoodsService service(c);

    const auto byClerk = service.create(clerk, draft("P-1", "Clerk's item"));
    QVERIFY(!byClerk.ok());
    QCOMPARE(byClerk.error().kind, Error::Kind::Permission);
    QCOMPARE(goodsRows(c), qint64(0));

    const auto item = service.create(manager, draft("P-2", "Rice 5kg", {}, 4990));
    QVERIFY2(item.ok(), why(item));
    const qint64 audits = auditRows(c);

    GoodsDraft cheaper = item->draft;
    cheaper.price = Money::fromCents(100);
    const auto clerkPrice = service.update(clerk, item->id, item->version, cheaper);
    QVERIFY(!clerkPrice.ok());
    QCOMPARE(clerkPrice.error().kind, Error::Kind::Permission);
    const auto cashierArchive = service.setArchived(cashier, item->id, item->version, true);
    QVERIFY(!cashierArchive.ok());
    QCOMPARE(cashierArchive.error().kind, Error::Kind::Permission);
    const auto cashierRemove = service.remove(cashier, item->id, item->version);
    QVERIFY(!cashierRemove.ok());
    QCOMPARE(cashierRemove.error().kind, Error::Kind::Permission);

    GoodsRecord now = stored(service, item->id);
    QCOMPARE(now.draft.price.cents(), qint64(4990));
    QCOMPARE(now.version, item->version);
    QCOMPARE(now.archived, false);
    QCOMPARE(auditRows(c), audits);

    const auto managerPrice = service.update(manager, item->id, item->version, cheaper);
    QVERIFY2(managerPrice.ok(), why(managerPrice));
    QCOMPARE(stored(service, item->id).draft.price.cents(), qint64(100));
}

void TestGoodsService::search_data()
{
    QTest::addColumn<QString>("engine");
    QTest::addColumn<QString>("search");
    QTest::addColumn<QStringList>("expected");
    const QString greenTea = "绿茶饮料 500ml", oolong = "乌龙茶", latte = "Green Tea Latte",
                  beans = "Coffee Beans", jasmine = "茉莉花茶 Jasmine Tea";
    const QStringList all = {greenTea, oolong, latte, beans, jasmine};
    for (const QString& engine : TestDatabase::engines()) {
        const auto row = [&](const QString& search, const QStringList& expected) {
            QTest::addRow("%s/%s", qPrintable(engine), qPrintable(search.left(30)))
                << engine << search << expected;
        };
        row("", all);
        row("茶", {greenTea, oolong, jasmine});
        row("绿茶", {greenTea});
        row("饮料", {greenTea});
        row("茶饮料", {greenTea});
        row("龙茶", {oolong});
        row("红茶", {});
        row("绿茶 500", {greenTea});
        row("gre", {latte});
        row("GREEN", {latte});
        row("ＧＲＥＥＮ", {latte}); // full-width, as some Chinese input methods type it
        row("tea", {latte, jasmine});
        row("tea lat", {latte});
        row("latte tea", {latte});
        row("coffee", {beans});
        row("caf-2201", {latte});
        row("caf2201", {latte});
        row("bev", {greenTea, oolong, jasmine});
        row("bev 0102", {oolong});
        row(barcode("400444444444").left(7), {beans});
        row(barcode("690111111111"), {greenTea});
        row("xyz", {});
        // Hostile or odd input: no error, nothing dropped; with a word in it only letters and
        // digits count, and without one the name and SKU are searched for it as typed.
        row("'); DROP TABLE goods;--", {});
        row("\"", {});
        row("'", {});
        row("*", {});
        row("%", {});
        row("_", {});
        row("!", {});
        row("🍵", {});
        row("-", all.mid(0, 4) + QStringList{jasmine}); // every SKU has one
        row(" - ", all.mid(0, 4) + QStringList{jasmine});
        row("+-<>()~*\"@:&|!", {});
        row("\\'%_", {});
        row("tea*", {latte, jasmine});
        row("-tea", {latte, jasmine});
        row("tea:*|coffee", {});
        row("a\" OR \"1\"=\"1", {});
        row("茶' OR 1=1 --", {});
        row("NEAR(tea latte)", {});
        row(QString(3000, u'z'), {}); // pasted by mistake
        row(QString(3000, u'茶'), {});
    }
}

void TestGoodsService::search()
{
    QFETCH(QString, engine);
    QFETCH(QString, search);
    QFETCH(QStringList, expected);
    TestDatabase& db = shared(engine);
    QVERIFY2(db.ok(), qPrintable(db.error()));
    expected.sort();
    const QStringList names = found(db.connection(), search);
    QVERIFY2(!names.value(0).startsWith("error: "), qPrintable(names.value(0)));
    QCOMPARE(names, expected);
    QCOMPARE(goodsRows(db.connection()), qint64(std::size(searchItems)));
}

// Cost prices are manager information: a cashier or clerk gets records and lists without them.
void TestGoodsService::costsStayWithTheirRoles()
{
    QFETCH(QString, engine);
    TestDatabase db(engine);
    QVERIFY2(db.ok(), qPrintable(db.error()));
    const GoodsService service(db.connection());
    auto item = service.create(managerSession(), draft("C-1", "Rice 5kg", {}, 4990));
    QVERIFY2(item.ok(), why(item));
    QCOMPARE(item->draft.cost.cents(), qint64(2495));
    for (Role role : {Role::Cashier, Role::Clerk}) {
        const Session session = TestDatabase::sessionFor(role);
        auto read = service.get(session, item->id);
        QVERIFY2(read.ok(), why(read));
        QVERIFY(read->costHidden);
        QCOMPARE(read->draft.cost.cents(), qint64(0));
        QCOMPARE(read->draft.price.cents(), qint64(4990));
        auto found = service.findByCode(session, QStringLiteral("c-1"));
        QVERIFY2(found.ok(), why(found));
        QCOMPARE(found->draft.cost.cents(), qint64(0));
        // The list does not even read the column for them.
        GoodsListModel list(db.database(), session);
        QCOMPARE(list.spec().indexOf(QStringLiteral("cost")), -1);
        list.setFilter({});
        QVERIFY(!list.currentQuery().columns.contains(QLatin1String("cost_cents")));
    }
    GoodsListModel managers(db.database(), managerSession());
    QVERIFY(managers.spec().indexOf(QStringLiteral("cost")) >= 0);
}

void TestGoodsService::barcodesBelongToOneItem()
{
    QFETCH(QString, engine);
    TestDatabase db(engine);
    QVERIFY2(db.ok(), qPrintable(db.error()));
    const GoodsService service(db.connection());
    // Two EAN-13 codes and a UPC-A one, typed in its 12-digit form.
    const QString upc = barcode("012345678901").mid(1);
    GoodsDraft tea = draft("B-1", "Green tea", barcode("690123450001"));
    tea.barcodes << barcode("690123450002") << upc;
    auto created = service.create(managerSession(), tea);
    QVERIFY2(created.ok(), why(created));
    QCOMPARE(created->draft.barcodes.size(), 3);
    QCOMPARE(created->draft.primaryBarcode(), barcode("690123450001"));
    // Any of them finds it, and the UPC-A form of the last one too.
    for (const QString& code : created->draft.barcodes) {
        auto found = service.findByCode(managerSession(), code);
        QVERIFY2(found.ok(), why(found));
        QCOMPARE(found->id, created->id);
    }
    QCOMPARE(created->draft.barcodes.last(), QStringLiteral("0") + upc); // kept in its EAN-13 form
    auto byUpc = service.findByCode(managerSession(), upc);
    QVERIFY2(byUpc.ok(), why(byUpc));
    QCOMPARE(byUpc->id, created->id);
    QCOMPARE(found(db.connection(), barcode("690123450002")), QStringList{"Green tea"});
    // A second item cannot take one of them, and nothing is written when it tries.
    auto taken = service.create(managerSession(), draft("B-2", "Black tea", barcode("690123450002")));
    QVERIFY(!taken.ok());
    QVERIFY(taken.error().fields.value(GoodsRules::barcodeField).contains(QLatin1String("Green tea")));
    QCOMPARE(goodsRows(db.connection()), qint64(1));
    // Dropping a barcode frees it for another item.
    GoodsDraft fewer = created->draft;
    fewer.barcodes.removeAt(1);
    QVERIFY(service.update(managerSession(), created->id, created->version, fewer).ok());
    QVERIFY(service.create(managerSession(), draft("B-2", "Black tea", barcode("690123450002"))).ok());
    auto check = IntegrityCheck::run(db.connection());
    QVERIFY2(check.ok() && check->isEmpty(),
             qPrintable(check.ok() ? check->join('\n') : check.error().message));
}

namespace {

// Freezes every row of the goods list as a manager sees it, sorted by SKU.
Result<Selections::Frozen> selectAll(const TestDatabase& db, qint64 rows)
{
    const ListSpec spec = GoodsList::spec(SortKey::Language::English);
    const PagedQuery query = ListModel::buildQuery(spec, GoodsList::filter(db.connection().sql(), {}),
                                                   spec.indexOf("sku"), Qt::AscendingOrder);
    return Selections::freeze(db.connection(), managerSession(), Permission::EditGoods, query, spec.version,
                              {{0, int(rows - 1)}});
}

} // namespace

void TestGoodsService::bulkPriceChangeIsExactToTheCent()
{
    QFETCH(QString, engine);
    TestDatabase db(engine);
    QVERIFY2(db.ok(), qPrintable(db.error()));
    const GoodsService service(db.connection());
    // Prices where 12.5 % lands on half a cent and rounds away from zero.
    const qint64 prices[] = {4, 12, 100, 999, 12345, 1};
    const qint64 raised[] = {5, 14, 113, 1124, 13888, 1};
    int n = 0;
    for (qint64 price : prices)
        QVERIFY(
            service.create(managerSession(), draft(QStringLiteral("Q-%1").arg(++n), "Item", {}, price)).ok());
    auto frozen = selectAll(db, n);
    QVERIFY2(frozen.ok(), why(frozen));
    QCOMPARE(frozen->rows, qint64(n));
    GoodsBulkChange change;
    change.kind = GoodsBulkChange::Kind::Price;
    change.price.basisPoints = 1250;
    const qint64 auditsBefore = auditRows(db.connection());
    auto changed = GoodsBulkService(db.connection()).apply(managerSession(), frozen->id, change);
    QVERIFY2(changed.ok(), why(changed));
    QCOMPARE(changed.value(), qint64(n));
    for (int i = 0; i < n; ++i)
        QCOMPARE(countRows(db.connection(), "SELECT price_cents FROM goods WHERE sku = ?",
                           {QStringLiteral("Q-%1").arg(i + 1)}),
                 raised[i]);
    QCOMPARE(auditRows(db.connection()), auditsBefore + n); // each item audited
    QCOMPARE(countRows(db.connection(), "SELECT COUNT(*) FROM selection_items"), qint64(0));

    // Lowering by an amount that would take one below zero changes none of them.
    auto again = selectAll(db, n);
    QVERIFY2(again.ok(), why(again));
    change.price.kind = PriceChange::Kind::Amount;
    change.price.amount = Money::fromCents(-10);
    auto refused = GoodsBulkService(db.connection()).apply(managerSession(), again->id, change);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().message.contains("Q-1"), qPrintable(refused.error().message));
    QCOMPARE(countRows(db.connection(), "SELECT price_cents FROM goods WHERE sku = 'Q-3'"), qint64(113));
    // And a cashier may not change prices at all.
    auto cashier =
        GoodsBulkService(db.connection()).apply(TestDatabase::sessionFor(Role::Cashier), again->id, change);
    QVERIFY(!cashier.ok());
    QCOMPARE(cashier.error().kind, Error::Kind::Permission);
}

void TestGoodsService::bulkChangeRefusesItemsChangedSinceThePreview()
{
    QFETCH(QString, engine);
    TestDatabase db(engine);
    QVERIFY2(db.ok(), qPrintable(db.error()));
    const GoodsService service(db.connection());
    QVERIFY(service.create(managerSession(), draft("R-1", "One", {}, 1000)).ok());
    auto second = service.create(managerSession(), draft("R-2", "Two", {}, 2000));
    QVERIFY(second.ok());
    auto frozen = selectAll(db, 2);
    QVERIFY2(frozen.ok(), why(frozen));
    // Someone edits the second item after the preview was made.
    GoodsDraft edited = second->draft;
    edited.price = Money::fromCents(2500);
    QVERIFY(service.update(managerSession(), second->id, second->version, edited).ok());
    GoodsBulkChange change;
    change.kind = GoodsBulkChange::Kind::Price;
    change.price.basisPoints = 1000;
    auto refused = GoodsBulkService(db.connection()).apply(managerSession(), frozen->id, change);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, Error::Kind::Conflict);
    QCOMPARE(countRows(db.connection(), "SELECT price_cents FROM goods WHERE sku = 'R-1'"), qint64(1000));
    QCOMPARE(countRows(db.connection(), "SELECT price_cents FROM goods WHERE sku = 'R-2'"), qint64(2500));

    // A move of both to a category keeps the kept counts right.
    auto category = CategoryService(db.connection()).create(managerSession(), QStringLiteral("Tea"), 0);
    QVERIFY(category.ok());
    auto fresh = selectAll(db, 2);
    QVERIFY(fresh.ok());
    change.kind = GoodsBulkChange::Kind::Category;
    change.categoryId = category.value();
    QVERIFY(GoodsBulkService(db.connection()).apply(managerSession(), fresh->id, change).ok());
    QCOMPARE(countRows(db.connection(),
                       "SELECT goods FROM goods_counts WHERE category_key = ? AND archived = 0",
                       {category.value()}),
             qint64(2));
    auto check = IntegrityCheck::run(db.connection());
    QVERIFY2(check.ok() && check->isEmpty(),
             qPrintable(check.ok() ? check->join('\n') : check.error().message));
}

QTEST_GUILESS_MAIN(TestGoodsService)
#include "tst_goodsservice.moc"
