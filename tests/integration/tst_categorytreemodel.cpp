#include "services/categoryservice.h"
#include "services/goodsservice.h"
#include "tables/categorytreemodel.h"
#include "testdatabase.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>
#include <memory>

// The tree the categories area shows, over what the service lists on each engine: Qt's model
// tester on every change of it, the counts a person reads, and drags and renames that ask for a
// change instead of making one.
class TestCategoryTreeModel : public QObject
{
    Q_OBJECT
private slots:
    void showsTheTreeWithCounts_data() { TestDatabase::addEngineRows(); }
    void showsTheTreeWithCounts();
    void dropsAndRenamesAskTheView_data() { TestDatabase::addEngineRows(); }
    void dropsAndRenamesAskTheView();
    void siblingsFollowTheLanguage_data() { TestDatabase::addEngineRows(); }
    void siblingsFollowTheLanguage();
};

namespace {

struct Shop
{
    qint64 food = 0, drinks = 0, tea = 0, coffee = 0, old = 0;
};

// Food › Drinks › {Tea, Coffee} and an archived Old; two active goods and an archived one in Tea,
// one in Drinks.
Shop makeShop(const Connection& c)
{
    const CategoryService categories(c);
    const Session manager = managerSession();
    Shop shop;
    shop.food = categories.create(manager, "Food", 0).value();
    shop.drinks = categories.create(manager, "Drinks", shop.food).value();
    shop.tea = categories.create(manager, "Tea", shop.drinks).value();
    shop.coffee = categories.create(manager, "Coffee", shop.drinks).value();
    shop.old = categories.create(manager, "Old", 0).value();
    if (!categories.setArchived(manager, shop.old, 1, true))
        qWarning("could not archive Old");
    const GoodsService goods(c);
    int n = 0;
    for (qint64 category : {shop.tea, shop.tea, shop.tea, shop.drinks}) {
        GoodsDraft d;
        d.sku = QStringLiteral("SK-%1").arg(++n);
        d.name = d.sku;
        d.unit = QStringLiteral("pcs");
        d.categoryId = category;
        auto created = goods.create(manager, d);
        if (!created)
            qWarning("goods: %s", qPrintable(created.error().message));
        else if (n == 3 && !goods.setArchived(manager, created->id, 1, true))
            qWarning("could not archive goods");
    }
    return shop;
}

QList<Category> tree(const Connection& c, SortKey::Language language = SortKey::Language::English)
{
    auto listed = CategoryService(c).list(true, language);
    if (!listed)
        qWarning("list: %s", qPrintable(listed.error().message));
    return listed ? listed.value() : QList<Category>();
}

std::unique_ptr<QMimeData> dragged(const CategoryTreeModel& model, qint64 id)
{
    return std::unique_ptr<QMimeData>(model.mimeData({model.indexOf(id)}));
}

} // namespace

void TestCategoryTreeModel::showsTheTreeWithCounts()
{
    QFETCH(QString, engine);
    TestDatabase db(engine);
    QVERIFY2(db.ok(), qPrintable(db.error()));
    const Shop shop = makeShop(db.connection());
    CategoryTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCategories(tree(db.connection()));

    // Archived categories only when asked for.
    QCOMPARE(model.rowCount(), 1);
    QVERIFY(!model.indexOf(shop.old).isValid());
    const QModelIndex food = model.index(0, CategoryTreeModel::NameColumn);
    QCOMPARE(food.data().toString(), QString("Food"));
    QCOMPARE(model.rowCount(food), 1);
    const QModelIndex drinks = model.index(0, 0, food);
    QCOMPARE(model.rowCount(drinks), 2);
    QCOMPARE(model.index(0, 0, drinks).data().toString(), QString("Coffee"));
    QCOMPARE(model.index(1, 0, drinks).data().toString(), QString("Tea"));
    QCOMPARE(model.indexOf(shop.tea).parent(), drinks);
    QCOMPARE(model.pathOf(shop.tea), QString("Food › Drinks › Tea"));

    // Active goods only: here, and with everything below.
    const auto count = [&](qint64 id, int column) { return model.indexOf(id, column).data().toLongLong(); };
    QCOMPARE(count(shop.tea, CategoryTreeModel::OwnGoodsColumn), qint64(2));
    QCOMPARE(count(shop.tea, CategoryTreeModel::TotalGoodsColumn), qint64(2));
    QCOMPARE(count(shop.drinks, CategoryTreeModel::OwnGoodsColumn), qint64(1));
    QCOMPARE(count(shop.drinks, CategoryTreeModel::TotalGoodsColumn), qint64(3));
    QCOMPARE(count(shop.food, CategoryTreeModel::OwnGoodsColumn), qint64(0));
    QCOMPARE(count(shop.food, CategoryTreeModel::TotalGoodsColumn), qint64(3));
    QCOMPARE(
        model.indexOf(shop.food, CategoryTreeModel::TotalGoodsColumn).data(Qt::TextAlignmentRole).toInt(),
        int(Qt::AlignRight | Qt::AlignVCenter));

    model.setShowArchived(true);
    QCOMPARE(model.rowCount(), 2);
    const QModelIndex old = model.indexOf(shop.old);
    QVERIFY(old.isValid());
    QVERIFY(old.data(CategoryTreeModel::ArchivedRole).toBool());
    QCOMPARE(old.data(Qt::ToolTipRole).toString(), QString("Archived"));
    QVERIFY(!model.indexOf(shop.food).data(Qt::ToolTipRole).isValid());

    // A picker's tree: nothing to edit or drag, and the moved category's subtree is no target.
    QVERIFY(!(model.flags(model.indexOf(shop.tea)) & Qt::ItemIsEditable));
    QVERIFY(!(model.flags(model.indexOf(shop.tea)) & Qt::ItemIsDragEnabled));
    model.setExcludedSubtree(shop.drinks);
    for (qint64 id : {shop.drinks, shop.tea, shop.coffee})
        QCOMPARE(model.flags(model.indexOf(id)), Qt::ItemFlags(Qt::NoItemFlags));
    QVERIFY(model.flags(model.indexOf(shop.food)) & Qt::ItemIsSelectable);
    QCOMPARE(model.subtree(shop.drinks), (QSet<qint64>{shop.drinks, shop.tea, shop.coffee}));

    // Reloaded after a change, it shows the change.
    QVERIFY(CategoryService(db.connection()).move(managerSession(), shop.tea, 1, 0));
    model.setCategories(tree(db.connection()));
    QCOMPARE(model.rowCount(), 3);
    QVERIFY(!model.indexOf(shop.tea).parent().isValid());
    QCOMPARE(count(shop.food, CategoryTreeModel::TotalGoodsColumn), qint64(1));
    model.setShowArchived(false);
    QCOMPARE(model.rowCount(), 2);
}

void TestCategoryTreeModel::dropsAndRenamesAskTheView()
{
    QFETCH(QString, engine);
    TestDatabase db(engine);
    QVERIFY2(db.ok(), qPrintable(db.error()));
    const Shop shop = makeShop(db.connection());
    CategoryTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setEditable(true);
    model.setCategories(tree(db.connection()));
    QSignalSpy moves(&model, &CategoryTreeModel::moveRequested);
    QSignalSpy renames(&model, &CategoryTreeModel::renameRequested);

    QVERIFY(model.flags(model.indexOf(shop.tea)) & Qt::ItemIsEditable);
    QVERIFY(model.flags(model.indexOf(shop.tea)) & Qt::ItemIsDragEnabled);
    QVERIFY(!(model.flags(model.indexOf(shop.tea, CategoryTreeModel::OwnGoodsColumn)) & Qt::ItemIsEditable));
    QVERIFY(model.flags(QModelIndex()) & Qt::ItemIsDropEnabled); // empty space: the top level
    QCOMPARE(model.mimeTypes(), QStringList{CategoryTreeModel::mimeType});

    // On a category: under it. On empty space: to the top. Nothing is written by the model.
    auto data = dragged(model, shop.tea);
    QVERIFY(data);
    QVERIFY(model.dropMimeData(data.get(), Qt::MoveAction, -1, -1, model.indexOf(shop.food)));
    QVERIFY(model.dropMimeData(data.get(), Qt::MoveAction, -1, -1, QModelIndex()));
    // Between two rows: under their parent.
    QVERIFY(model.dropMimeData(data.get(), Qt::MoveAction, 0, 0, model.indexOf(shop.food)));
    QCOMPARE(moves.size(), 3);
    QCOMPARE(moves.at(0), (QVariantList{shop.tea, 1, shop.food}));
    QCOMPARE(moves.at(1), (QVariantList{shop.tea, 1, qint64(0)}));
    QCOMPARE(moves.at(2), (QVariantList{shop.tea, 1, shop.food}));
    // Where it is already, a copy, or something else dragged in: no request.
    QVERIFY(!model.dropMimeData(data.get(), Qt::MoveAction, -1, -1, model.indexOf(shop.drinks)));
    QVERIFY(!model.dropMimeData(data.get(), Qt::CopyAction, -1, -1, model.indexOf(shop.food)));
    QMimeData text;
    text.setText("Tea");
    QVERIFY(!model.canDropMimeData(&text, Qt::MoveAction, -1, -1, model.indexOf(shop.food)));
    QCOMPARE(moves.size(), 3);
    QCOMPARE(CategoryService(db.connection()).get(shop.tea)->parentId, shop.drinks);

    // A rename in place shows at once and asks for the change.
    const QModelIndex tea = model.indexOf(shop.tea);
    QVERIFY(model.setData(tea, " Black tea "));
    QCOMPARE(renames.size(), 1);
    QCOMPARE(renames.at(0), (QVariantList{shop.tea, 1, QString(" Black tea ")}));
    QCOMPARE(tea.data().toString(), QString("Black tea"));
    QVERIFY(!model.setData(tea, "Black tea")); // unchanged
    QVERIFY(!model.setData(model.indexOf(shop.tea, CategoryTreeModel::OwnGoodsColumn), "7"));
    QCOMPARE(renames.size(), 1);
    QCOMPARE(CategoryService(db.connection()).get(shop.tea)->name, QString("Tea"));
}

void TestCategoryTreeModel::siblingsFollowTheLanguage()
{
    QFETCH(QString, engine);
    TestDatabase db(engine);
    QVERIFY2(db.ok(), qPrintable(db.error()));
    const CategoryService service(db.connection());
    for (const char* name : {"绿茶", "白茶", "红茶", "banana", "Apple", "cherry"})
        QVERIFY(service.create(managerSession(), QString::fromUtf8(name), 0));
    CategoryTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const auto names = [&] {
        QStringList shown;
        for (int row = 0; row < model.rowCount(); ++row)
            shown << model.index(row, 0).data().toString();
        return shown;
    };
    model.setCategories(tree(db.connection(), SortKey::Language::Chinese));
    // Pinyin: bái, hóng, lǜ.
    QCOMPARE(names().mid(names().indexOf("白茶"), 3), (QStringList{"白茶", "红茶", "绿茶"}));
    model.setCategories(tree(db.connection(), SortKey::Language::English));
    QCOMPARE(names().mid(0, 3), (QStringList{"Apple", "banana", "cherry"}));
}

QTEST_GUILESS_MAIN(TestCategoryTreeModel)
#include "tst_categorytreemodel.moc"
