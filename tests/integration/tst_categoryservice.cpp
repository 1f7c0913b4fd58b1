#include "db/sql.h"
#include "domain/password.h"
#include "services/categoryservice.h"
#include "services/goodsservice.h"
#include "services/integritycheck.h"
#include "testdatabase.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

// The category service against real engines: names stay unique among siblings, merges carry goods
// and kept counts along, archiving waits for the contents, every change is audited and no change
// overwrites another's. Moves and loops: tst_categorymoves.
class TestCategoryService : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();

    void siblingNamesAreUnique_data() { TestDatabase::addEngineRows(); }
    void siblingNamesAreUnique();
    void mergeCarriesGoodsCountsAndSubcategories_data() { TestDatabase::addEngineRows(); }
    void mergeCarriesGoodsCountsAndSubcategories();
    void mergeRefusals_data() { TestDatabase::addEngineRows(); }
    void mergeRefusals();
    void archiveWaitsForTheContents_data() { TestDatabase::addEngineRows(); }
    void archiveWaitsForTheContents();
    void ensurePathMakesMissingLevels_data() { TestDatabase::addEngineRows(); }
    void ensurePathMakesMissingLevels();
    void everyChangeWritesItsAuditRow_data() { TestDatabase::addEngineRows(); }
    void everyChangeWritesItsAuditRow();
    void staleVersionIsAConflict_data() { TestDatabase::addEngineRows(); }
    void staleVersionIsAConflict();
    void clerksAndCashiersAreRefused_data() { TestDatabase::addEngineRows(); }
    void clerksAndCashiersAreRefused();
};

namespace {

template<typename T> QByteArray why(const Result<T>& result)
{
    return result.ok() ? QByteArray() : result.error().message.toUtf8();
}

// Why RESULT was refused; a refusal of no kind a test expects when it succeeded.
template<typename T> Error refusal(const Result<T>& result)
{
    return result ? Error::make(Error::Kind::Database, QStringLiteral("it succeeded")) : result.error();
}

// The new category's id, or -1 (with the reason in the log).
qint64 make(const CategoryService& service, const QString& name, qint64 parent = 0)
{
    auto id = service.create(managerSession(), name, parent);
    if (!id)
        qWarning("creating %s: %s", qPrintable(name), qPrintable(id.error().message));
    return id ? id.value() : -1;
}

Category stored(const CategoryService& service, qint64 id)
{
    auto category = service.get(id);
    return category ? category.value() : Category();
}

qint64 goodsIn(const Connection& c, const QString& sku, qint64 category)
{
    GoodsDraft d;
    d.sku = sku;
    d.name = QStringLiteral("Item ") + sku;
    d.unit = QStringLiteral("pcs");
    d.price = Money::fromCents(500);
    d.cost = Money::fromCents(200);
    d.categoryId = category;
    auto created = GoodsService(c).create(managerSession(), d);
    if (!created)
        qWarning("goods %s: %s", qPrintable(sku), qPrintable(created.error().message));
    return created ? created->id : -1;
}

qint64 categoryRows(const Connection& c)
{
    return countRows(c, "SELECT COUNT(*) FROM categories");
}

qint64 auditRows(const Connection& c, const QString& entity = QStringLiteral("category"))
{
    return countRows(c, "SELECT COUNT(*) FROM audit_log WHERE entity = ?", {entity});
}

qint64 auditRows(const Connection& c, qint64 id, const QString& action)
{
    return countRows(
        c, "SELECT COUNT(*) FROM audit_log WHERE entity = 'category' AND entity_id = ? AND action = ?",
        {QString::number(id), action});
}

// The kept count of goods in CATEGORY and the goods themselves, counted: they must agree.
QPair<qint64, qint64> keptAndCounted(const Connection& c, qint64 category, bool archived)
{
    const qint64 kept = countRows(
        c, "SELECT COALESCE(SUM(goods), 0) FROM goods_counts WHERE category_key = ? AND archived = ?",
        {category, archived ? 1 : 0});
    const qint64 counted = countRows(c, "SELECT COUNT(*) FROM goods WHERE category_id = ? AND archived = ?",
                                     {category, archived ? 1 : 0});
    return {kept, counted};
}

} // namespace

void TestCategoryService::initTestCase()
{
    QVERIFY(Password::initialize());
}

void TestCategoryService::siblingNamesAreUnique()
{
    QFETCH(QString, engine);
    TestDatabase db(engine);
    QVERIFY2(db.ok(), qPrintable(db.error()));
    const Connection& c = db.connection();
    const CategoryService service(c);

    const qint64 drinks = make(service, "  Drinks ");
    QVERIFY(drinks > 0);
    QCOMPARE(stored(service, drinks).name, QString("Drinks")); // trimmed
    const qint64 tea = make(service, "Tea", drinks);
    QVERIFY(tea > 0);
    // The same name under another parent is another category.
    const qint64 topTea = make(service, "Tea");
    QVERIFY(topTea > 0);
    QVERIFY(topTea != tea);

    const qint64 rows = categoryRows(c);
    auto twice = service.create(managerSession(), "Tea", drinks);
    QVERIFY(!twice);
    QCOMPARE(twice.error().kind, Error::Kind::Validation);
    QVERIFY2(twice.error().fields.value(CategoryRules::nameField).contains("Tea"), why(twice));
    auto slash = service.create(managerSession(), "Tea/Coffee", drinks);
    QVERIFY(!slash);
    QVERIFY2(slash.error().fields.value(CategoryRules::nameField).contains("/"), why(slash));
    auto empty = service.create(managerSession(), "   ", 0);
    QVERIFY(!empty);
    QVERIFY(empty.error().fields.contains(CategoryRules::nameField));
    QCOMPARE(categoryRows(c), rows);

    // A rename meets the same rules, and a rename to a free name sticks.
    auto clash = service.rename(managerSession(), topTea, 1, "Drinks");
    QVERIFY(!clash);
    QVERIFY2(clash.error().fields.value(CategoryRules::nameField).contains("Drinks"), why(clash));
    auto slashRename = service.rename(managerSession(), tea, 1, "Green/Black");
    QVERIFY(!slashRename);
    QVERIFY(slashRename.error().fields.contains(CategoryRules::nameField));
    QCOMPARE(stored(service, tea).version, 1);
    auto renamed = service.rename(managerSession(), tea, 1, " Green tea ");
    QVERIFY2(renamed, why(renamed));
    QCOMPARE(renamed->name, QString("Green tea"));
    QCOMPARE(renamed->version, 2);
    QCOMPARE(stored(service, tea).name, QString("Green tea"));
    // Now "Tea" is free under Drinks again.
    QVERIFY(make(service, "Tea", drinks) > 0);
}

void TestCategoryService::mergeCarriesGoodsCountsAndSubcategories()
{
    QFETCH(QString, engine);
    TestDatabase db(engine);
    QVERIFY2(db.ok(), qPrintable(db.error()));
    const Connection& c = db.connection();
    const CategoryService service(c);
    const qint64 tea = make(service, "Tea");
    const qint64 green = make(service, "Green", tea);
    const qint64 hot = make(service, "Hot drinks");
    const qint64 black = make(service, "Black", hot);
    QVERIFY(black > 0);
    const qint64 sencha = goodsIn(c, "T-1", tea);
    const qint64 oolong = goodsIn(c, "T-2", tea);
    const qint64 matcha = goodsIn(c, "T-3", green);
    QVERIFY(goodsIn(c, "H-1", hot) > 0);
    const GoodsService goods(c);
    auto archived = goods.setArchived(managerSession(), oolong, 1, true);
    QVERIFY2(archived, why(archived));

    auto merged = service.merge(managerSession(), tea, 1, hot);
    QVERIFY2(merged, why(merged));
    auto gone = service.get(tea);
    QVERIFY(!gone);
    QCOMPARE(gone.error().kind, Error::Kind::NotFound);
    // Each goods item moved is a change of it: a new version and a line in its history.
    for (qint64 id : {sencha, oolong}) {
        auto item = goods.get(managerSession(), id);
        QVERIFY2(item, why(item));
        QCOMPARE(item->draft.categoryId, hot);
        QCOMPARE(item->version, id == oolong ? 3 : 2);
        QCOMPARE(
            countRows(c,
                      "SELECT COUNT(*) FROM audit_log WHERE entity = 'goods' AND entity_id = ? AND action = "
                      "'update'",
                      {QString::number(id)}),
            qint64(1));
    }
    QCOMPARE(goods.get(managerSession(), matcha)->draft.categoryId, green);
    const Category movedGreen = stored(service, green);
    QCOMPARE(movedGreen.parentId, hot);
    QCOMPARE(movedGreen.version, 2);
    QCOMPARE(auditRows(c, green, "move"), qint64(1));
    QCOMPARE(auditRows(c, tea, "merge"), qint64(1));
    // Kept counts follow the goods, in both states.
    for (qint64 category : {tea, hot, green}) {
        for (bool state : {false, true}) {
            const auto [kept, counted] = keptAndCounted(c, category, state);
            QCOMPARE(kept, counted);
        }
    }
    QCOMPARE(keptAndCounted(c, hot, false).second, qint64(2));
    QCOMPARE(keptAndCounted(c, hot, true).second, qint64(1));
    // And the tree shows them: two active goods here, three with Green's.
    auto tree = service.list();
    QVERIFY2(tree, why(tree));
    QCOMPARE(tree->size(), 3);
    QCOMPARE(tree->at(0).id, hot);
    QCOMPARE(tree->at(0).ownGoods, qint64(2));
    QCOMPARE(tree->at(0).totalGoods, qint64(3));
    QCOMPARE(tree->at(1).name, QString("Black"));
    QCOMPARE(tree->at(2).name, QString("Green"));
    QCOMPARE(tree->at(2).depth, 1);
    auto findings = IntegrityCheck::run(c);
    QVERIFY2(findings, why(findings));
    QCOMPARE(findings.value(), QStringList());
}

void TestCategoryService::mergeRefusals()
{
    QFETCH(QString, engine);
    TestDatabase db(engine);
    QVERIFY2(db.ok(), qPrintable(db.error()));
    const Connection& c = db.connection();
    const CategoryService service(c);
    const qint64 tea = make(service, "Tea");
    const qint64 green = make(service, "Green", tea);
    const qint64 leaf = make(service, "Leaf", green);
    const qint64 hot = make(service, "Hot drinks");
    QVERIFY(make(service, "Green", hot) > 0);
    const qint64 old = make(service, "Old");
    QVERIFY(old > 0 && leaf > 0);
    QVERIFY(service.setArchived(managerSession(), old, 1, true));
    QVERIFY(goodsIn(c, "T-1", tea) > 0);
    const qint64 rows = categoryRows(c), audits = auditRows(c);

    auto clash = service.merge(managerSession(), tea, 1, hot);
    QVERIFY(!clash);
    QCOMPARE(clash.error().kind, Error::Kind::Validation);
    QVERIFY2(clash.error().message.contains("\"Green\""), why(clash));
    for (qint64 inside : {tea, green, leaf}) {
        auto refused = service.merge(managerSession(), tea, 1, inside);
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, Error::Kind::Validation);
        QVERIFY2(refused.error().message.contains("lies inside"), why(refused));
    }
    auto intoArchived = service.merge(managerSession(), tea, 1, old);
    QVERIFY(!intoArchived);
    QVERIFY2(intoArchived.error().message.contains("archived"), why(intoArchived));
    QCOMPARE(categoryRows(c), rows);
    QCOMPARE(auditRows(c), audits);
    QCOMPARE(stored(service, tea).version, 1);
    QCOMPARE(keptAndCounted(c, tea, false), qMakePair(qint64(1), qint64(1)));
}

void TestCategoryService::archiveWaitsForTheContents()
{
    QFETCH(QString, engine);
    TestDatabase db(engine);
    QVERIFY2(db.ok(), qPrintable(db.error()));
    const Connection& c = db.connection();
    const CategoryService service(c);
    const qint64 tea = make(service, "Tea");
    const qint64 green = make(service, "Green", tea);
    const qint64 item = goodsIn(c, "T-1", green);
    QVERIFY(item > 0);

    // Active goods inside: refused, with the way out.
    auto withGoods = service.setArchived(managerSession(), green, 1, true);
    QVERIFY(!withGoods);
    QCOMPARE(withGoods.error().kind, Error::Kind::Validation);
    QVERIFY2(withGoods.error().message.contains("\"Green\""), why(withGoods));
    QVERIFY(GoodsService(c).setArchived(managerSession(), item, 1, true));
    auto empty = service.setArchived(managerSession(), green, 1, true);
    QVERIFY2(empty, why(empty));
    QVERIFY(empty->archived);
    // An archived category is left out of the tree unless asked for.
    QCOMPARE(service.list()->size(), 1);
    QCOMPARE(service.list(true)->size(), 2);

    // An active subcategory inside: refused.
    const qint64 black = make(service, "Black", tea);
    auto withChild = service.setArchived(managerSession(), tea, 1, true);
    QVERIFY(!withChild);
    QVERIFY2(withChild.error().message.contains("\"Tea\""), why(withChild));
    QVERIFY(service.setArchived(managerSession(), black, 1, true));
    auto parent = service.setArchived(managerSession(), tea, 1, true);
    QVERIFY2(parent, why(parent));

    // Inside an archived parent nothing comes back or arrives until the parent does.
    auto child = service.setArchived(managerSession(), green, 2, false);
    QVERIFY(!child);
    QVERIFY2(child.error().message.contains("\"Tea\""), why(child));
    QVERIFY(stored(service, green).archived);
    auto created = service.create(managerSession(), "White", tea);
    QVERIFY(!created);
    QVERIFY2(created.error().fields.value(CategoryRules::parentField).contains("\"Tea\""), why(created));
    const qint64 coffee = make(service, "Coffee");
    auto moved = service.move(managerSession(), coffee, 1, tea);
    QVERIFY(!moved);
    QVERIFY2(moved.error().fields.value(CategoryRules::parentField).contains("\"Tea\""), why(moved));
    QVERIFY(service.setArchived(managerSession(), tea, 2, false));
    auto restored = service.setArchived(managerSession(), green, 2, false);
    QVERIFY2(restored, why(restored));
    QVERIFY(!restored->archived);
}

void TestCategoryService::ensurePathMakesMissingLevels()
{
    QFETCH(QString, engine);
    TestDatabase db(engine);
    QVERIFY2(db.ok(), qPrintable(db.error()));
    const Connection& c = db.connection();
    const CategoryService service(c);
    const qint64 food = make(service, "Food");

    auto tea = service.ensurePath(managerSession(), " Food / Drinks/Tea ");
    QVERIFY2(tea, why(tea));
    QCOMPARE(categoryRows(c), qint64(3));
    const Category leaf = stored(service, tea.value());
    QCOMPARE(leaf.name, QString("Tea"));
    QCOMPARE(stored(service, leaf.parentId).name, QString("Drinks"));
    QCOMPARE(stored(service, leaf.parentId).parentId, food);
    auto again = service.ensurePath(managerSession(), "Food/Drinks/Tea");
    QVERIFY2(again, why(again));
    QCOMPARE(again.value(), tea.value());
    QCOMPARE(categoryRows(c), qint64(3));

    // A refused path leaves nothing behind, not even the levels before the wrong one.
    for (const char* wrong : {"New//Tea", "New/", "/New", "", "New/Tea/ "}) {
        auto refused = service.ensurePath(managerSession(), wrong);
        QVERIFY2(!refused, wrong);
        QCOMPARE(refused.error().kind, Error::Kind::Validation);
        QVERIFY2(refused.error().fields.value(CategoryRules::nameField).contains("empty level"), wrong);
    }
    auto tooLong =
        service.ensurePath(managerSession(), "New/" + QString(CategoryRules::maxNameLength + 1, 'x'));
    QVERIFY(!tooLong);
    QVERIFY(tooLong.error().fields.contains(CategoryRules::nameField));
    QCOMPARE(categoryRows(c), qint64(3));
    QCOMPARE(countRows(c, "SELECT COUNT(*) FROM categories WHERE name = 'New'"), qint64(0));
}

void TestCategoryService::everyChangeWritesItsAuditRow()
{
    QFETCH(QString, engine);
    TestDatabase db(engine);
    QVERIFY2(db.ok(), qPrintable(db.error()));
    const Connection& c = db.connection();
    const Session manager = db.createUser(Role::Manager, "mei");
    const CategoryService service(c);
    auto drinks = service.create(manager, "Drinks", 0);
    QVERIFY2(drinks, why(drinks));
    auto teaId = service.create(manager, "Tea", 0);
    QVERIFY2(teaId, why(teaId));
    const qint64 tea = teaId.value();
    QCOMPARE(auditRows(c, tea, "create"), qint64(1));

    QVERIFY(service.rename(manager, tea, 1, "Green tea"));
    QVERIFY(service.move(manager, tea, 2, drinks.value()));
    QVERIFY(service.setArchived(manager, tea, 3, true));
    QVERIFY(service.setArchived(manager, tea, 4, false));
    for (const char* action : {"rename", "move", "archive", "restore"})
        QCOMPARE(auditRows(c, tea, action), qint64(1));
    // Who did it, and from what to what.
    auto row = Sql::exec(c,
                         "SELECT user_id, old_value, new_value FROM audit_log WHERE entity = 'category' AND "
                         "entity_id = ? AND action = 'rename'",
                         {QString::number(tea)});
    QVERIFY(row && row.value().next());
    QCOMPARE(row.value().value(0).toLongLong(), manager.userId);
    QCOMPARE(
        QJsonDocument::fromJson(row.value().value(1).toString().toUtf8()).object().value("name").toString(),
        QString("Tea"));
    QCOMPARE(
        QJsonDocument::fromJson(row.value().value(2).toString().toUtf8()).object().value("name").toString(),
        QString("Green tea"));
    row.value().finish();

    // A change that changes nothing writes nothing.
    const qint64 before = auditRows(c);
    auto same = service.rename(manager, tea, 5, "Green tea");
    QVERIFY2(same, why(same));
    QCOMPARE(same->version, 5);
    QVERIFY(service.move(manager, tea, 5, drinks.value()));
    QCOMPARE(auditRows(c), before);

    const qint64 coffee = service.create(manager, "Coffee", 0).value();
    QVERIFY(service.merge(manager, coffee, 1, drinks.value()));
    QCOMPARE(auditRows(c, coffee, "merge"), qint64(1));
    auto made = service.ensurePath(manager, "Drinks/Juice/Apple");
    QVERIFY2(made, why(made));
    QCOMPARE(auditRows(c, made.value(), "create"), qint64(1));
    QCOMPARE(auditRows(c), before + 4); // Coffee made and merged, Juice and Apple made
}

void TestCategoryService::staleVersionIsAConflict()
{
    QFETCH(QString, engine);
    TestDatabase db(engine);
    QVERIFY2(db.ok(), qPrintable(db.error()));
    const CategoryService service(db.connection());
    const qint64 tea = make(service, "Tea");
    const qint64 drinks = make(service, "Drinks");
    QVERIFY(service.rename(managerSession(), tea, 1, "Green tea")); // someone else's save: version 2

    auto rename = service.rename(managerSession(), tea, 1, "Black tea");
    QVERIFY(!rename);
    QCOMPARE(rename.error().kind, Error::Kind::Conflict);
    // The conflict carries the category as it is now, for the person to compare.
    QCOMPARE(rename.error().current.value<Category>().name, QString("Green tea"));
    QCOMPARE(rename.error().current.value<Category>().version, 2);
    auto move = service.move(managerSession(), tea, 1, drinks);
    QVERIFY(!move);
    QCOMPARE(move.error().kind, Error::Kind::Conflict);
    auto archive = service.setArchived(managerSession(), tea, 1, true);
    QVERIFY(!archive);
    QCOMPARE(archive.error().kind, Error::Kind::Conflict);
    auto merge = service.merge(managerSession(), tea, 1, drinks);
    QVERIFY(!merge);
    QCOMPARE(merge.error().kind, Error::Kind::Conflict);
    const Category now = stored(service, tea);
    QCOMPARE(now.name, QString("Green tea"));
    QCOMPARE(now.parentId, qint64(0));
    QCOMPARE(now.version, 2);
    QVERIFY(!now.archived);
}

void TestCategoryService::clerksAndCashiersAreRefused()
{
    QFETCH(QString, engine);
    TestDatabase db(engine);
    QVERIFY2(db.ok(), qPrintable(db.error()));
    const Connection& c = db.connection();
    const CategoryService service(c);
    const qint64 tea = make(service, "Tea");
    const qint64 drinks = make(service, "Drinks");
    const qint64 rows = categoryRows(c), audits = auditRows(c);
    for (Role role : {Role::Clerk, Role::Cashier}) {
        const Session session = TestDatabase::sessionFor(role);
        const QList<Error> errors = {
            refusal(service.create(session, "Coffee", 0)),
            refusal(service.rename(session, tea, 1, "Green tea")),
            refusal(service.move(session, tea, 1, drinks)),
            refusal(service.merge(session, tea, 1, drinks)),
            refusal(service.setArchived(session, tea, 1, true)),
            refusal(service.ensurePath(session, "Drinks/Juice")),
        };
        for (const Error& error : errors) {
            QCOMPARE(error.kind, Error::Kind::Permission);
            QVERIFY2(error.message.contains("manage categories"), qPrintable(error.message));
        }
        // Reading the tree is for everyone who sees the catalogue.
        QCOMPARE(service.list()->size(), 2);
    }
    QCOMPARE(categoryRows(c), rows);
    QCOMPARE(auditRows(c), audits);
    QCOMPARE(stored(service, tea).version, 1);
}

QTEST_GUILESS_MAIN(TestCategoryService)
#include "tst_categoryservice.moc"
