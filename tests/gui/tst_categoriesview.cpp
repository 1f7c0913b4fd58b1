#include "areas.h"
#include "categories/categoriesview.h"
#include "categories/categorynamedialog.h"
#include "categories/categorypickerdialog.h"
#include "common/mainwindow.h"
#include "common/messagewidget.h"
#include "guisupport.h"
#include "services/categoryservice.h"
#include "services/goodsservice.h"
#include "tables/categorytreemodel.h"
#include "testdatabase.h"

#include <QApplication>
#include <QCheckBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTest>
#include <QTreeView>
#include <memory>

using namespace GuiTest;

// The categories area as a manager uses it: new categories and subcategories through the form,
// renames in place and in the form, moves through Move to… and by dropping, the goods counts in
// the tree, and refusals said above it.
class TestCategoriesView : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void createsCategoriesAndSubcategories();
    void renamesInPlaceAndThroughTheForm();
    void movesThroughTheMoveToDialog();
    void showsGoodsCounts();
    void refusedMovesSayWhy();
    void archivesOnlyWhatIsEmpty();
    void managersFindTheAreaAfterGoods();

private:
    // Opens the area on a fresh database, as MANAGER, once its tree is read.
    void open();
    qint64 make(const QString& name, qint64 parent = 0);
    Category stored(qint64 id) const { return CategoryService(m_db->connection()).get(id).value(); }
    QModelIndex shown(qint64 id) const { return m_view->model()->indexOf(id); }
    void waitForTree() const;
    // Back in the tree, as after a dialog closes on a desktop.
    void focusTree() const;
    QString messageText() const { return find<QLabel>(m_view->message(), "messageText")->text(); }
    void clickOn(QTreeView* tree, const QModelIndex& index) const;

    std::unique_ptr<TestDatabase> m_db;
    Session m_manager;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<CategoriesView> m_view;
};

void TestCategoriesView::init()
{
    m_db = std::make_unique<TestDatabase>(QStringLiteral("sqlite"));
    QVERIFY2(m_db->ok(), qPrintable(m_db->error()));
    m_manager = m_db->createUser(Role::Manager, QStringLiteral("mei"));
}

void TestCategoriesView::cleanup()
{
    m_view.reset();
    m_workspace.reset();
    m_db.reset();
}

void TestCategoriesView::open()
{
    m_workspace = std::make_unique<Workspace>(workspaceFor(*m_db, m_manager));
    m_view = std::make_unique<CategoriesView>(*m_workspace);
    m_view->resize(900, 600);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowActive(m_view.get()));
    waitForTree();
    m_view->focusMain(); // as the window does when it shows the area
}

void TestCategoriesView::waitForTree() const
{
    QTRY_VERIFY(m_view->isLoaded());
}

void TestCategoriesView::focusTree() const
{
    QApplication::setActiveWindow(m_view.get());
    m_view->tree()->setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget*>(m_view->tree()));
}

qint64 TestCategoriesView::make(const QString& name, qint64 parent)
{
    auto id = CategoryService(m_db->connection()).create(m_manager, name, parent);
    if (!id)
        qWarning("%s: %s", qPrintable(name), qPrintable(id.error().message));
    return id ? id.value() : -1;
}

void TestCategoriesView::clickOn(QTreeView* tree, const QModelIndex& index) const
{
    QVERIFY(QTest::qWaitForWindowExposed(tree->window()));
    tree->scrollTo(index);
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(index).center());
}

void TestCategoriesView::createsCategoriesAndSubcategories()
{
    open();
    withModalDialog([&] { QTest::keyClick(m_view->tree(), Qt::Key_N, Qt::ControlModifier); },
                    [&](QWidget* form) {
                        QCOMPARE(form->windowTitle(), QString("New category"));
                        QCOMPARE(find<QLabel>(form, "categoryName_parent")->text(), QString("Top level"));
                        type(form, "categoryName_name", "Drinks");
                        QTest::mouseClick(find<QPushButton>(form, "categoryNameSave"), Qt::LeftButton);
                        QTRY_VERIFY(!form->isVisible());
                    });
    waitForTree();
    const Category* drinks = m_view->model()->category(m_view->tree()->currentIndex());
    QVERIFY(drinks);
    QCOMPARE(drinks->name, QString("Drinks"));
    QCOMPARE(messageText(), QString("Added \"Drinks\"."));
    const qint64 drinksId = drinks->id;

    withModalDialog(
        [&] { QTest::mouseClick(find<QPushButton>(m_view.get(), "categoriesNewSub"), Qt::LeftButton); },
        [&](QWidget* form) {
            auto* dialog = qobject_cast<CategoryNameDialog*>(form);
            QVERIFY(dialog);
            QCOMPARE(find<QLabel>(form, "categoryName_parent")->text(), QString("Drinks"));
            // A "/" is refused before anything is sent.
            type(form, "categoryName_name", "Tea/Coffee");
            QTest::mouseClick(find<QPushButton>(form, "categoryNameSave"), Qt::LeftButton);
            QVERIFY2(dialog->fieldError(CategoryRules::nameField).contains("\"/\""),
                     qPrintable(dialog->fieldError(CategoryRules::nameField)));
            type(form, "categoryName_name", "Tea");
            QTest::mouseClick(find<QPushButton>(form, "categoryNameSave"), Qt::LeftButton);
            QTRY_VERIFY(!form->isVisible());
        });
    waitForTree();
    const QModelIndex tea = m_view->tree()->currentIndex();
    QCOMPARE(tea.data().toString(), QString("Tea"));
    QCOMPARE(tea.parent(), shown(drinksId));
    QVERIFY(m_view->tree()->isExpanded(shown(drinksId)));

    // The same name beside it is refused by the service, under the field.
    withModalDialog(
        [&] {
            m_view->select(drinksId);
            focusTree();
            QTest::keyClick(m_view->tree(), Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
        },
        [&](QWidget* form) {
            auto* dialog = qobject_cast<CategoryNameDialog*>(form);
            type(form, "categoryName_name", "Tea");
            QTest::mouseClick(find<QPushButton>(form, "categoryNameSave"), Qt::LeftButton);
            QTRY_COMPARE(dialog->fieldError(CategoryRules::nameField),
                         QString("There is already a category \"Tea\" here."));
            QVERIFY(form->isVisible());
            QTest::keyClick(form, Qt::Key_Escape);
        });
    waitForTree();
    QCOMPARE(countRows(m_db->connection(), "SELECT COUNT(*) FROM categories"), qint64(2));
}

void TestCategoriesView::renamesInPlaceAndThroughTheForm()
{
    const qint64 tea = make("Tea");
    open();
    m_view->select(tea);
    focusTree();
    QTest::keyClick(m_view->tree(), Qt::Key_F2);
    QLineEdit* editor = nullptr;
    QTRY_VERIFY((editor = qobject_cast<QLineEdit*>(QApplication::focusWidget())) != nullptr);
    QVERIFY(m_view->tree()->isAncestorOf(editor));
    // Delete in the name edits the name; it does not archive the category.
    editor->setCursorPosition(0);
    QTest::keyClick(editor, Qt::Key_Delete);
    QCOMPARE(editor->text(), QString("ea"));
    QVERIFY(!QApplication::activeModalWidget());
    editor->selectAll();
    QTest::keyClicks(editor, "Green tea");
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(messageText(), QString("Renamed \"Tea\" to \"Green tea\"."));
    waitForTree();
    QCOMPARE(stored(tea).name, QString("Green tea"));
    QCOMPARE(shown(tea).data().toString(), QString("Green tea"));

    withModalDialog(
        [&] { QTest::mouseClick(find<QPushButton>(m_view.get(), "categoriesRename"), Qt::LeftButton); },
        [&](QWidget* form) {
            QCOMPARE(find<QLineEdit>(form, "categoryName_name")->text(), QString("Green tea"));
            type(form, "categoryName_name", "Black tea");
            QTest::mouseClick(find<QPushButton>(form, "categoryNameSave"), Qt::LeftButton);
            QTRY_VERIFY(!form->isVisible());
        });
    waitForTree();
    QCOMPARE(messageText(), QString("Renamed \"Green tea\" to \"Black tea\"."));
    QCOMPARE(stored(tea).name, QString("Black tea"));
    QCOMPARE(stored(tea).version, 3);
}

void TestCategoriesView::movesThroughTheMoveToDialog()
{
    const qint64 food = make("Food");
    const qint64 drinks = make("Drinks");
    const qint64 tea = make("Tea", drinks);
    open();
    m_view->select(drinks);
    withModalDialog(
        [&] { QTest::mouseClick(find<QPushButton>(m_view.get(), "categoriesMove"), Qt::LeftButton); },
        [&](QWidget* dialog) {
            auto* picker = qobject_cast<CategoryPickerDialog*>(dialog);
            QVERIFY(picker);
            auto* tree = find<QTreeView>(dialog, "categoryPickerTree");
            auto* ok = find<QPushButton>(dialog, "categoryPickerOk");
            // Its own subcategory is no place for it: it cannot be chosen.
            clickOn(tree, picker->model()->indexOf(tea));
            QVERIFY(!ok->isEnabled());
            QCOMPARE(picker->model()->flags(picker->model()->indexOf(tea)), Qt::ItemFlags(Qt::NoItemFlags));
            clickOn(tree, picker->model()->indexOf(food));
            QVERIFY(ok->isEnabled());
            QTest::mouseClick(ok, Qt::LeftButton);
        });
    QTRY_COMPARE(messageText(), QString("Moved \"Drinks\" under \"Food\"."));
    waitForTree();
    QCOMPARE(stored(drinks).parentId, food);
    QCOMPARE(shown(drinks).parent(), shown(food));
    QCOMPARE(shown(tea).parent(), shown(drinks));
    QVERIFY(m_view->tree()->isExpanded(shown(food)));

    // Back to the top level.
    withModalDialog(
        [&] { QTest::mouseClick(find<QPushButton>(m_view.get(), "categoriesMove"), Qt::LeftButton); },
        [&](QWidget* dialog) {
            find<QCheckBox>(dialog, "categoryPickerTopLevel")->click();
            QTest::mouseClick(find<QPushButton>(dialog, "categoryPickerOk"), Qt::LeftButton);
        });
    QTRY_COMPARE(messageText(), QString("Moved \"Drinks\" to the top level."));
    waitForTree();
    QCOMPARE(stored(drinks).parentId, qint64(0));
}

void TestCategoriesView::showsGoodsCounts()
{
    const qint64 drinks = make("Drinks");
    const qint64 tea = make("Tea", drinks);
    const GoodsService goods(m_db->connection());
    for (qint64 category : {tea, tea, drinks}) {
        GoodsDraft d;
        d.sku = QStringLiteral("SK-%1").arg(countRows(m_db->connection(), "SELECT COUNT(*) FROM goods") + 1);
        d.name = d.sku;
        d.unit = QStringLiteral("pcs");
        d.categoryId = category;
        QVERIFY(goods.create(m_manager, d));
    }
    open();
    QTreeView* tree = m_view->tree();
    QCOMPARE(tree->header()->model()->headerData(1, Qt::Horizontal).toString(), QString("Goods here"));
    QCOMPARE(tree->header()->model()->headerData(2, Qt::Horizontal).toString(),
             QString("With subcategories"));
    // What the tree draws, in the view's locale, right-aligned.
    auto* delegate = qobject_cast<QStyledItemDelegate*>(tree->itemDelegate());
    QVERIFY(delegate);
    const auto drawn = [&](qint64 id, int column) {
        return delegate->displayText(m_view->model()->indexOf(id, column).data(), tree->locale());
    };
    QCOMPARE(drawn(drinks, CategoryTreeModel::OwnGoodsColumn), QString("1"));
    QCOMPARE(drawn(drinks, CategoryTreeModel::TotalGoodsColumn), QString("3"));
    QCOMPARE(drawn(tea, CategoryTreeModel::OwnGoodsColumn), QString("2"));
    QCOMPARE(drawn(tea, CategoryTreeModel::TotalGoodsColumn), QString("2"));
    QVERIFY(m_view->model()->indexOf(tea, 2).data(Qt::TextAlignmentRole).toInt() & Qt::AlignRight);
    QCOMPARE(find<QLabel>(m_view.get(), "categoriesCount")->text(), QString("2 categories"));
    // The name takes the width the counts leave.
    QVERIFY(tree->columnWidth(0) > tree->columnWidth(1) + tree->columnWidth(2));
}

void TestCategoriesView::refusedMovesSayWhy()
{
    const qint64 food = make("Food");
    const qint64 drinks = make("Drinks");
    const qint64 tea = make("Tea", drinks);
    QVERIFY(make("Tea", food) > 0);
    open();

    // Dropped beside a namesake: refused, and the tree stays as it was.
    auto* model = m_view->model();
    std::unique_ptr<QMimeData> dragged(model->mimeData({model->indexOf(tea)}));
    QVERIFY(model->canDropMimeData(dragged.get(), Qt::MoveAction, -1, -1, model->indexOf(food)));
    QVERIFY(model->dropMimeData(dragged.get(), Qt::MoveAction, -1, -1, model->indexOf(food)));
    QTRY_COMPARE(messageText(), QString("Could not move \"Tea\": There is already a category \"Tea\" here."));
    QCOMPARE(m_view->message()->type(), MessageWidget::Type::Error);
    waitForTree();
    QCOMPARE(stored(tea).parentId, drinks);

    // Someone at another desk put Food inside Drinks; this tree does not know yet. Moving Drinks
    // into Food now would close a loop: the service refuses, and the tree shows how things are.
    QVERIFY(CategoryService(m_db->connection()).move(m_manager, food, 1, drinks));
    m_view->select(drinks);
    withModalDialog(
        [&] { QTest::mouseClick(find<QPushButton>(m_view.get(), "categoriesMove"), Qt::LeftButton); },
        [&](QWidget* dialog) {
            auto* picker = qobject_cast<CategoryPickerDialog*>(dialog);
            clickOn(find<QTreeView>(dialog, "categoryPickerTree"), picker->model()->indexOf(food));
            QTest::mouseClick(find<QPushButton>(dialog, "categoryPickerOk"), Qt::LeftButton);
        });
    QTRY_COMPARE(
        messageText(),
        QString("Could not move \"Drinks\": \"Drinks\" cannot go under \"Food\": that lies inside it."));
    waitForTree();
    QCOMPARE(stored(drinks).parentId, qint64(0));
    QCOMPARE(shown(food).parent(), shown(drinks));
}

void TestCategoriesView::archivesOnlyWhatIsEmpty()
{
    const qint64 tea = make("Tea");
    const qint64 empty = make("Empty");
    GoodsDraft d;
    d.sku = QStringLiteral("T-1");
    d.name = QStringLiteral("Sencha");
    d.unit = QStringLiteral("pcs");
    d.categoryId = tea;
    QVERIFY(GoodsService(m_db->connection()).create(m_manager, d));
    open();

    // Still holding goods: refused at once, with the way out, and no question first.
    m_view->select(tea);
    QTest::mouseClick(find<QPushButton>(m_view.get(), "categoriesArchive"), Qt::LeftButton);
    QTRY_VERIFY(
        messageText().startsWith("Could not archive \"Tea\": \"Tea\" still holds 1 active goods item"));
    waitForTree();
    QVERIFY(!stored(tea).archived);

    // Empty: Delete asks first, then archives; it leaves the tree until archived ones are shown.
    m_view->select(empty);
    focusTree();
    withModalDialog([&] { QTest::keyClick(m_view->tree(), Qt::Key_Delete); },
                    [&](QWidget* question) {
                        QVERIFY(question->findChild<QLabel*>() != nullptr);
                        QTest::mouseClick(find<QPushButton>(question, "confirmYes"), Qt::LeftButton);
                    });
    QTRY_COMPARE(messageText(), QString("Archived \"Empty\"."));
    waitForTree();
    QVERIFY(stored(empty).archived);
    QVERIFY(!shown(empty).isValid());
    find<QCheckBox>(m_view.get(), "categoriesShowArchived")->click();
    QVERIFY(shown(empty).isValid());
    QCOMPARE(shown(empty).data(Qt::ToolTipRole).toString(), QString("Archived"));

    m_view->select(empty);
    auto* restore = find<QPushButton>(m_view.get(), "categoriesArchive");
    QCOMPARE(restore->text(), QString("Res&tore"));
    QTest::mouseClick(restore, Qt::LeftButton);
    QTRY_COMPARE(messageText(), QString("Restored \"Empty\"."));
    waitForTree();
    QVERIFY(!stored(empty).archived);
}

void TestCategoriesView::managersFindTheAreaAfterGoods()
{
    MainWindow window(workspaceFor(*m_db, m_manager), Areas::all());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.areaNames().mid(0, 2), (QStringList{"Goods", "Categories"}));
    QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
    QTRY_VERIFY(qobject_cast<CategoriesView*>(window.currentArea()) != nullptr);
    // Clerks and cashiers do not manage categories: no area for them.
    for (Role role : {Role::Clerk, Role::Cashier}) {
        MainWindow other(workspaceFor(*m_db, TestDatabase::sessionFor(role)), Areas::all());
        QVERIFY(!other.areaNames().contains("Categories"));
        QVERIFY(!other.showArea("categories"));
    }
}

QTEST_MAIN(TestCategoriesView)
#include "tst_categoriesview.moc"
