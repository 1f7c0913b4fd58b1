#include "db/sql.h"
#include "domain/sortkey.h"
#include "services/generator.h"
#include "services/supplierservice.h"
#include "tables/suppliergoodslistmodel.h"
#include "tables/supplierlistmodel.h"
#include "testdatabase.h"

#include <QAbstractItemModelTester>
#include <QTest>
#include <algorithm>
#include <map>
#include <memory>

// The supplier list and the list of goods a supplier sells, on every engine: search finds what a
// person types (a Chinese character of a name, a code, part of a phone number or an e-mail), names
// sort in the reader's language, and each supplier's goods list shows that supplier's offers only.
class TestSupplierLists : public QObject
{
    Q_OBJECT
private slots:
    void cleanupTestCase() { m_shared.clear(); }

    void search_data();
    void search();
    void sortsNamesInTheLanguagesOrder_data();
    void sortsNamesInTheLanguagesOrder();
    void sortsByCodeAndNotByColumnsWithoutAnIndex_data() { TestDatabase::addEngineRows(); }
    void sortsByCodeAndNotByColumnsWithoutAnIndex();
    void listModelPassesTheModelTester_data() { TestDatabase::addEngineRows(); }
    void listModelPassesTheModelTester();
    void goodsListShowsOneSuppliersOffers_data() { TestDatabase::addEngineRows(); }
    void goodsListShowsOneSuppliersOffers();
    void goodsListLeavesCostsOutForRolesWithout();

private:
    TestDatabase& shared(const QString& engine);
    std::map<QString, std::unique_ptr<TestDatabase>> m_shared;
};

namespace {

struct FixtureSupplier
{
    const char* code;
    const char* name;
    const char* contact;
    const char* phone;
    const char* email;
    bool archived;
};

const FixtureSupplier fixture[] = {
    {"S00001", "杭州龙井茶业有限公司", "陈国强", "0571-8765 4321", "sales@longjing-tea.example", false},
    {"S00002", "上海优品食品贸易有限公司", "李晓燕", "021-6543 2100", "order@youpin-food.example", false},
    {"S00003", "Global Snacks Import Ltd.", "Emma Clarke", "+44 20 7946 0321", "trade@globalsnacks.example",
     false},
    {"S00004", "Café Été Roasters", "Zoë Müller", "", "", false},
    {"S00005", "apple orchard co-op", "", "", "", false},
    {"S00006", "Äpfel & Birnen GmbH", "", "", "", false},
    {"S00007", "cafeteria supplies", "", "", "", false},
    {"S00008", "Zebra Tea", "", "", "", false},
    {"S00009", "阿里山茶园", "", "", "", false},
    {"S00010", "北京稻香村食品有限责任公司", "", "", "", false},
    {"S00011", "深圳创联数码配件厂", "", "", "", false},
    {"S00012", "广州洁净日化有限公司", "", "", "", false},
    {"S00013", "天津旧货商行", "", "", "", true},
};

QString text(const char* utf8)
{
    return QString::fromUtf8(utf8);
}

QStringList activeNames()
{
    QStringList names;
    for (const FixtureSupplier& s : fixture) {
        if (!s.archived)
            names << text(s.name);
    }
    return names;
}

// The names the supplier list shows for SEARCH, sorted; built from the list's own filter the way
// the page loader runs it. An engine error comes back as the only entry.
QStringList found(const Connection& c, const QString& search, bool archived = false)
{
    const ListFilter q = SupplierList::filter(c.sql(), {search, archived});
    auto rows =
        Sql::exec(c, QStringLiteral("SELECT s.name FROM suppliers s WHERE %1").arg(q.where), q.values);
    if (!rows)
        return {"error: " + rows.error().message};
    QStringList names;
    while (rows.value().next())
        names << rows.value().value(0).toString();
    names.sort();
    return names;
}

bool loaded(const QAbstractItemModel& model, int row)
{
    return model.index(row, 0).data(PagedTableModel::LoadedRole).toBool();
}

// Every row of MODEL (a few hundred at most), waiting for each page; the values of column KEY.
QStringList column(ListModel& model, const QString& key)
{
    QStringList values;
    if (!QTest::qWaitFor([&] { return model.isCountKnown() && model.isCurrent(); }))
        return {"error: no count"};
    for (int row = 0; row < model.rowCount(); ++row) {
        model.index(row, 0).data();
        if (!QTest::qWaitFor([&] { return loaded(model, row); }))
            return {QStringLiteral("error: row %1 did not load").arg(row)};
        values << model.rowValue(row, key).toString();
    }
    return values;
}

QStringList inSortKeyOrder(QStringList names, SortKey::Language language)
{
    std::stable_sort(names.begin(), names.end(), [language](const QString& a, const QString& b) {
        return SortKey::of(a, language) < SortKey::of(b, language);
    });
    return names;
}

} // namespace

TestDatabase& TestSupplierLists::shared(const QString& engine)
{
    auto& slot = m_shared[engine];
    if (!slot) {
        slot = std::make_unique<TestDatabase>(engine);
        if (slot->ok()) {
            const SupplierService service(slot->connection());
            for (const FixtureSupplier& s : fixture) {
                SupplierDraft d;
                d.code = text(s.code);
                d.name = text(s.name);
                d.contact = text(s.contact);
                d.phone = text(s.phone);
                d.email = text(s.email);
                auto created = service.create(Session::maintenance(), d);
                if (created && s.archived)
                    created =
                        service.setArchived(Session::maintenance(), created->id, created->version, true);
                if (!created)
                    qWarning("fixture %s: %s", s.code, qPrintable(created.error().message));
            }
        }
    }
    return *slot;
}

void TestSupplierLists::search_data()
{
    QTest::addColumn<QString>("engine");
    QTest::addColumn<QString>("search");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<bool>("archived");
    const QString longjing = text("杭州龙井茶业有限公司"), youpin = text("上海优品食品贸易有限公司"),
                  snacks = "Global Snacks Import Ltd.", cafe = "Café Été Roasters", zebra = "Zebra Tea",
                  alishan = text("阿里山茶园"), daoxiang = text("北京稻香村食品有限责任公司"),
                  tianjin = text("天津旧货商行");
    for (const QString& engine : TestDatabase::engines()) {
        const auto row = [&](const QString& search, const QStringList& expected, bool archived = false) {
            QTest::addRow("%s/%s%s", qPrintable(engine), qPrintable(search.left(30)),
                          archived ? " archived" : "")
                << engine << search << expected << archived;
        };
        row("", activeNames());
        row("茶", {longjing, alishan});
        row("龙井", {longjing});
        row("茶业", {longjing});
        row("龙井茶业", {longjing});
        row("杭州 茶", {longjing});
        row("绿茶", {});
        row("食品", {youpin, daoxiang});
        row("陈国强", {longjing}); // the contact
        row("国强", {longjing});
        row("emma", {snacks});
        row("CLARKE", {snacks});
        row("glo sna", {snacks});
        row("tea", {longjing, zebra}); // in 杭州's e-mail address, and Zebra Tea's name
        row("CAFÉ roa", {cafe});
        row("zoë", {cafe});
        row("s00003", {snacks}); // codes, whatever the case
        row("S00001", {longjing});
        row("0571", {longjing}); // phones, in parts or whole
        row("0571-8765", {longjing});
        row("057187654321", {longjing});
        row("+44 20", {snacks});
        row("sales@longjing", {longjing});
        row("globalsnacks", {snacks});
        row("旧货", {});
        row("旧货", {tianjin}, true);
        row("xyz", {});
        row("'); DROP TABLE suppliers;--", {});
        row("%", {});
        row("_", {});
        row("\"", {});
        row("茶' OR 1=1 --", {});
        row(QString(3000, u'茶'), {});
    }
}

void TestSupplierLists::search()
{
    QFETCH(QString, engine);
    QFETCH(QString, search);
    QFETCH(QStringList, expected);
    QFETCH(bool, archived);
    TestDatabase& db = shared(engine);
    QVERIFY2(db.ok(), qPrintable(db.error()));
    expected.sort();
    const QStringList names = found(db.connection(), search, archived);
    QVERIFY2(!names.value(0).startsWith("error: "), qPrintable(names.value(0)));
    QCOMPARE(names, expected);
}

void TestSupplierLists::sortsNamesInTheLanguagesOrder_data()
{
    QTest::addColumn<QString>("engine");
    QTest::addColumn<int>("language");
    for (const QString& engine : TestDatabase::engines()) {
        QTest::addRow("%s/English", qPrintable(engine)) << engine << int(SortKey::Language::English);
        QTest::addRow("%s/Chinese", qPrintable(engine)) << engine << int(SortKey::Language::Chinese);
    }
}

void TestSupplierLists::sortsNamesInTheLanguagesOrder()
{
    QFETCH(QString, engine);
    QFETCH(int, language);
    TestDatabase& db = shared(engine);
    QVERIFY2(db.ok(), qPrintable(db.error()));
    const auto lang = SortKey::Language(language);
    SupplierListModel model(db.database(), managerSession(), nullptr, lang);
    model.setFilter({});
    const QStringList ascending = column(model, "name");
    QCOMPARE(ascending, inSortKeyOrder(activeNames(), lang));

    // What a reader of the language expects, whatever the bytes of the names.
    QStringList latin, han;
    for (const QString& name : ascending)
        (name.at(0).script() == QChar::Script_Han ? han : latin) << name;
    if (lang == SortKey::Language::English) {
        // Case and accents second: Äpfel (a-p-f) before apple (a-p-p), lower case among upper case.
        QCOMPARE(latin, QStringList({"Äpfel & Birnen GmbH", "apple orchard co-op", "Café Été Roasters",
                                     "cafeteria supplies", "Global Snacks Import Ltd.", "Zebra Tea"}));
        QCOMPARE(ascending.mid(0, latin.size()), latin); // Latin before Han
    } else {
        // Pinyin: a-li, bei-jing, guang-zhou, hang-zhou, shang-hai, shen-zhen.
        QCOMPARE(han, QStringList({text("阿里山茶园"), text("北京稻香村食品有限责任公司"),
                                   text("广州洁净日化有限公司"), text("杭州龙井茶业有限公司"),
                                   text("上海优品食品贸易有限公司"), text("深圳创联数码配件厂")}));
    }

    model.sort(model.spec().indexOf("name"), Qt::DescendingOrder);
    QStringList descending = column(model, "name");
    std::reverse(descending.begin(), descending.end());
    QCOMPARE(descending, ascending);
}

void TestSupplierLists::sortsByCodeAndNotByColumnsWithoutAnIndex()
{
    QFETCH(QString, engine);
    TestDatabase& db = shared(engine);
    QVERIFY2(db.ok(), qPrintable(db.error()));
    SupplierListModel model(db.database(), managerSession());
    const ListSpec& spec = model.spec();
    // Only code and name have an index that leads with archived; the rest do not sort.
    QStringList sortable;
    for (const ListColumn& c : spec.columns) {
        if (!c.orderBy.isEmpty())
            sortable << c.key;
    }
    QCOMPARE(sortable, QStringList({"code", "name"}));
    QCOMPARE(spec.indexOf("name"), model.sortColumn());

    model.setFilter({});
    model.sort(spec.indexOf("code"), Qt::DescendingOrder);
    QStringList codes = column(model, "code");
    QCOMPARE(codes.size(), 12);
    QCOMPARE(codes.first(), QStringLiteral("S00012"));
    QCOMPARE(codes.last(), QStringLiteral("S00001"));
    model.sort(spec.indexOf("phone"), Qt::AscendingOrder); // ignored: still by code
    QCOMPARE(model.sortColumn(), spec.indexOf("code"));
    QCOMPARE(column(model, "code").first(), QStringLiteral("S00012"));
}

void TestSupplierLists::listModelPassesTheModelTester()
{
    QFETCH(QString, engine);
    TestDatabase& db = shared(engine);
    QVERIFY2(db.ok(), qPrintable(db.error()));
    SupplierListModel model(db.database(), managerSession());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFilter({});
    QTRY_VERIFY(model.isCountKnown());
    QTRY_VERIFY(loaded(model, 0));
    QCOMPARE(model.rowCount(), 12);
    model.sort(model.spec().indexOf("code"), Qt::DescendingOrder);
    QTRY_VERIFY(model.isCurrent() && loaded(model, 0));
    model.setFilter({QStringLiteral("茶"), false});
    QTRY_VERIFY(model.isCountKnown() && model.isCurrent());
    QCOMPARE(model.rowCount(), 2);
    model.setFilter({QStringLiteral("no such supplier"), false});
    QTRY_COMPARE(model.rowCount(), 0);
    model.setFilter({{}, true});
    QTRY_COMPARE(model.rowCount(), 1);
    QTRY_VERIFY(loaded(model, 0));
    QCOMPARE(model.rowValue(0, "name").toString(), text("天津旧货商行"));
    QVERIFY(model.supplierId(0) > 0);
    QCOMPARE(model.supplierVersion(0), 2);
    model.refresh();
    QTRY_VERIFY(loaded(model, 0));
}

void TestSupplierLists::goodsListShowsOneSuppliersOffers()
{
    QFETCH(QString, engine);
    TestDatabase db(engine);
    QVERIFY2(db.ok(), qPrintable(db.error()));
    const Connection& c = db.connection();
    Generator::Request request;
    request.goods = 250;
    const Status generated = Generator::run(c, Session::maintenance(), request);
    QVERIFY2(generated.ok(), qPrintable(generated.ok() ? QString() : generated.error().message));
    const SupplierService service(c);
    QList<qint64> suppliers;
    for (const char* code : {"S-A", "S-B", "S-C"}) {
        SupplierDraft d;
        d.code = code;
        d.name = code;
        auto created = service.create(Session::maintenance(), d);
        QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().message));
        suppliers << created->id;
    }
    // Both A and B sell every item, each at a cost that says whose offer a row is; C sells nothing.
    for (int k = 0; k < 2; ++k) {
        const auto offered =
            Sql::exec(c,
                      "INSERT INTO supplier_goods (supplier_id, goods_id, cost_cents, version, "
                      "updated_at) SELECT ?, id, id * 10 + ?, 1, 0 FROM goods",
                      {suppliers.at(k), k + 1});
        QVERIFY2(offered.ok(), qPrintable(offered.ok() ? QString() : offered.error().message));
    }
    QList<qint64> goods; // in key order
    for (auto ids = Sql::exec(c, "SELECT id FROM goods ORDER BY id"); ids && ids.value().next();)
        goods << ids.value().value(0).toLongLong();
    QCOMPARE(goods.size(), 250);
    const qint64 firstGoods = goods.first();

    for (int k = 0; k < 2; ++k) {
        SupplierGoodsListModel model(db.database(), managerSession(), suppliers.at(k));
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_VERIFY(model.isCountKnown());
        QCOMPARE(model.rowCount(), 250);
        // The first page, the middle (read from the far end) and the last: each row is this
        // supplier's offer, once, in key order (no supplier SKU to sort by).
        for (int row : {0, 99, 100, 126, 200, 249}) {
            model.index(row, 0).data();
            QTRY_VERIFY(loaded(model, row));
            QCOMPARE(model.goodsId(row), goods.at(row));
            QCOMPARE(model.rowValue(row, "cost").toLongLong(), model.goodsId(row) * 10 + k + 1);
            QCOMPARE(model.offerVersion(row), 1);
            QVERIFY(!model.rowValue(row, "sku").toString().isEmpty());
        }
        model.sort(model.spec().indexOf("supplier_sku"), Qt::DescendingOrder);
        QTRY_VERIFY(model.isCurrent() && loaded(model, 0));
        QCOMPARE(model.goodsId(0), goods.last());
        QCOMPARE(model.rowValue(0, "cost").toLongLong(), goods.last() * 10 + k + 1);
        model.refresh();
        QTRY_VERIFY(loaded(model, 0));
    }
    SupplierGoodsListModel none(db.database(), managerSession(), suppliers.at(2));
    QTRY_VERIFY(none.isCountKnown());
    QCOMPARE(none.rowCount(), 0);

    // An offer changed through the service shows with its new values and version.
    auto offer = service.offer(managerSession(), suppliers.at(0), firstGoods);
    QVERIFY(offer.ok());
    SupplierOfferDraft changed = offer->draft;
    changed.supplierSku = "A-0001";
    changed.leadDays = 3;
    QVERIFY(service.saveOffer(managerSession(), changed, offer->version).ok());
    SupplierGoodsListModel model(db.database(), managerSession(), suppliers.at(0));
    model.sort(model.spec().indexOf("supplier_sku"), Qt::DescendingOrder); // NULLs sort as the engine does
    QTRY_VERIFY(model.isCountKnown() && model.isCurrent());
    int row = -1;
    for (int r : {0, 249}) {
        model.index(r, 0).data();
        QTRY_VERIFY(loaded(model, r));
        if (model.goodsId(r) == firstGoods)
            row = r;
    }
    QVERIFY2(row >= 0, "the offer with a supplier SKU sorts first or last");
    QCOMPARE(model.rowValue(row, "supplier_sku").toString(), QStringLiteral("A-0001"));
    QCOMPARE(model.offerVersion(row), 2);
    QVERIFY(model.index(row, model.spec().indexOf("lead_days")).data().toString().startsWith("3 day"));
}

void TestSupplierLists::goodsListLeavesCostsOutForRolesWithout()
{
    // No role without ViewCosts may manage suppliers today; the list leaves costs out all the same.
    for (Role role : {Role::Clerk, Role::Cashier}) {
        const ListSpec spec = SupplierGoodsList::spec().visibleTo(TestDatabase::sessionFor(role));
        QCOMPARE(spec.indexOf("cost"), -1);
        QCOMPARE(spec.indexOf("supplier_sku"), 2);
    }
    QVERIFY(SupplierGoodsList::spec().visibleTo(managerSession()).indexOf("cost") >= 0);
}

QTEST_GUILESS_MAIN(TestSupplierLists)
#include "tst_supplierlists.moc"
