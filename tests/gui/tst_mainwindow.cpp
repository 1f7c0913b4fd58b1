#include "areas.h"
#include "common/mainwindow.h"
#include "common/pagedtableview.h"
#include "db/sql.h"
#include "goods/categorycombo.h"
#include "goods/goodsform.h"
#include "goods/goodsview.h"
#include "guisupport.h"
#include "languages.h"
#include "services/categoryservice.h"
#include "services/demodata.h"
#include "services/generator.h"
#include "services/goodsservice.h"
#include "tables/goodslistmodel.h"
#include "testdatabase.h"
#include "users/firstrundialog.h"
#include "users/logindialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <functional>

using namespace GuiTest;

class TestMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void firstRunCreatesTheAdministrator();
    void firstRunErrorsKeepTheFieldsTall();
    void loginRefusesWrongPasswordThenSignsIn();
    void createsGoodsThroughTheFormAndFindsIt();
    void clerkSeesTheListButCannotAddGoods();
    void ctrlEndShowsTheRealLastRows();
    void secondSaveShowsBothVersions();
    void archivedGoodsKeepTheWindowWidth(); // and fit a laptop screen
    void newGoodsStartInTheFilteredCategory();
    void fieldSummaryGoesWithTheLastNote();
};

void TestMainWindow::firstRunCreatesTheAdministrator()
{
    TestDatabase db(QStringLiteral("sqlite"));
    QVERIFY2(db.ok(), qPrintable(db.error()));
    FirstRunDialog dialog(db.connection());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    find<QCheckBox>(&dialog, "firstRunDemo")->setChecked(false);
    type(&dialog, "firstRun_displayName", QStringLiteral("王 Admin"));
    type(&dialog, "firstRun_password", QStringLiteral("short"));
    type(&dialog, "firstRun_repeat", QStringLiteral("short"));
    QTest::mouseClick(find<QPushButton>(&dialog, "firstRunCreate"), Qt::LeftButton);
    auto* passwordError = find<QLabel>(&dialog, "firstRun_password_error");
    QVERIFY(passwordError->isVisible());
    QVERIFY2(passwordError->text().contains(QLatin1String("8 characters")),
             qPrintable(passwordError->text()));
    QCOMPARE(dialog.result(), int(QDialog::Rejected));

    type(&dialog, "firstRun_password", QStringLiteral("correct-horse-1"));
    type(&dialog, "firstRun_repeat", QStringLiteral("correct-horse-2"));
    QTest::mouseClick(find<QPushButton>(&dialog, "firstRunCreate"), Qt::LeftButton);
    QVERIFY(find<QLabel>(&dialog, "firstRun_repeat_error")->isVisible());

    type(&dialog, "firstRun_repeat", QStringLiteral("correct-horse-1"));
    QTest::mouseClick(find<QPushButton>(&dialog, "firstRunCreate"), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.session().role, Role::Admin);
    QCOMPARE(dialog.session().username, QStringLiteral("admin"));
    QCOMPARE(dialog.session().displayName, QStringLiteral("王 Admin"));
}

void TestMainWindow::firstRunErrorsKeepTheFieldsTall()
{
    TestDatabase db(QStringLiteral("sqlite"));
    QVERIFY2(db.ok(), qPrintable(db.error()));
    FirstRunDialog dialog(db.connection());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const QStringList keys = {QStringLiteral("username"), QStringLiteral("displayName"),
                              QStringLiteral("password"), QStringLiteral("repeat")};
    QHash<QString, int> heights;
    for (const QString& key : keys) {
        auto* edit = dialog.findChild<QLineEdit*>(QStringLiteral("firstRun_") + key);
        QVERIFY(edit);
        edit->clear();
        heights.insert(key, edit->height());
    }
    QTest::mouseClick(find<QPushButton>(&dialog, "firstRunCreate"), Qt::LeftButton);
    QTest::qWait(50); // the layout settles and the window grows in the event loop
    for (const QString& key : keys) {
        auto* edit = dialog.findChild<QLineEdit*>(QStringLiteral("firstRun_") + key);
        QCOMPARE(edit->height(), heights.value(key));
        auto* error = dialog.findChild<QLabel*>(QStringLiteral("firstRun_") + key + QStringLiteral("_error"));
        if (error->isVisible())
            QVERIFY2(error->geometry().top() >= edit->geometry().bottom(), qPrintable(key));
    }
    QVERIFY(find<QLabel>(&dialog, "firstRun_displayName_error")->isVisible());
    QVERIFY(find<QLabel>(&dialog, "firstRun_password_error")->isVisible());
}

void TestMainWindow::loginRefusesWrongPasswordThenSignsIn()
{
    TestDatabase db(QStringLiteral("sqlite"));
    QVERIFY2(db.ok(), qPrintable(db.error()));
    db.createUser(Role::Manager, QStringLiteral("meimei"));
    LoginDialog dialog(db.connection());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    type(&dialog, "loginUsername", QStringLiteral("MeiMei"));
    type(&dialog, "loginPassword", QStringLiteral("wrong-password"));
    auto* signIn = find<QPushButton>(&dialog, "loginSignIn");
    QTest::mouseClick(signIn, Qt::LeftButton);
    auto* message = find<QLabel>(&dialog, "messageText");
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().contains(QLatin1String("Wrong user name or password")),
             qPrintable(message->text()));
    QVERIFY(!signIn->isEnabled()); // waits out the delay before the next try
    QTRY_VERIFY_WITH_TIMEOUT(signIn->isEnabled(), 5000);

    type(&dialog, "loginPassword", QStringLiteral("correct-horse-1"));
    QTest::mouseClick(signIn, Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.session().role, Role::Manager);
}

void TestMainWindow::createsGoodsThroughTheFormAndFindsIt()
{
    TestDatabase db(QStringLiteral("sqlite"));
    QVERIFY2(db.ok(), qPrintable(db.error()));
    const Session manager = db.createUser(Role::Manager, QStringLiteral("manager"));
    MainWindow window(workspaceFor(db, manager), Areas::all());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.areaNames(), (QStringList{QStringLiteral("Goods"), QStringLiteral("Customers")}));
    QVERIFY(find<QLabel>(&window, "statusDatabase")->text().contains(QLatin1String("SQLite")));
    QVERIFY(find<QLabel>(&window, "statusUser")->text().contains(QLatin1String("Manager")));

    GoodsView* goods = area<GoodsView>(window, "goods");
    withModalDialog(
        [&] { QTest::mouseClick(find<QPushButton>(goods, "goodsNew"), Qt::LeftButton); },
        [&](QWidget* form) {
            type(form, "goodsForm_sku", QStringLiteral("tea-1"));
            type(form, "goodsForm_name", QStringLiteral("绿茶饮料 500ml"));
            type(form, "goodsForm_barcode", QStringLiteral("6901234567891"));
            type(form, "goodsForm_price", QStringLiteral("abc"));
            type(form, "goodsForm_cost", QStringLiteral("-1"));
            QTest::mouseClick(find<QPushButton>(form, "goodsFormSave"), Qt::LeftButton);
            auto* gf = qobject_cast<GoodsForm*>(form);
            QVERIFY(gf && gf->isVisible());
            QVERIFY2(gf->fieldError(QStringLiteral("barcode")).contains(QLatin1String("should be 2")),
                     qPrintable(gf->fieldError(QStringLiteral("barcode"))));
            QVERIFY(find<QLabel>(form, "goodsForm_barcode_error")->isVisible());
            QVERIFY(gf->fieldError(QStringLiteral("price")).contains(QLatin1String("Not an amount")));
            QVERIFY(gf->fieldError(QStringLiteral("cost")).contains(QLatin1String("negative")));

            type(form, "goodsForm_barcode", QStringLiteral("6901234567892"));
            type(form, "goodsForm_price", QStringLiteral("3.50"));
            type(form, "goodsForm_cost", QStringLiteral("2.1"));
            QTest::mouseClick(find<QPushButton>(form, "goodsFormSave"), Qt::LeftButton);
            QTRY_VERIFY(!form->isVisible());
        });

    type(goods, "goodsSearch", QStringLiteral("茶"));
    GoodsListModel* model = goods->model();
    QTRY_VERIFY(model->isCountKnown() && model->filter().search == QStringLiteral("茶"));
    QCOMPARE(model->rowCount(), 1);
    QTRY_VERIFY(model->index(0, 0).data(PagedTableModel::LoadedRole).toBool());
    QCOMPARE(model->index(0, goodsColumn("sku")).data().toString(), QStringLiteral("TEA-1"));
    QCOMPARE(model->index(0, goodsColumn("name")).data().toString(), QStringLiteral("绿茶饮料 500ml"));
    QCOMPARE(model->index(0, goodsColumn("price")).data().value<Money>().cents(), qint64(350));
    QCOMPARE(model->index(0, goodsColumn("cost")).data().value<Money>().cents(), qint64(210));
    QTRY_VERIFY(find<QLabel>(goods, "goodsCount")->text().contains(QLatin1String("1 goods")));
}

void TestMainWindow::clerkSeesTheListButCannotAddGoods()
{
    TestDatabase db(QStringLiteral("sqlite"));
    QVERIFY2(db.ok(), qPrintable(db.error()));
    const Session clerk = db.createUser(Role::Clerk, QStringLiteral("clerk"));
    MainWindow window(workspaceFor(db, clerk), Areas::all());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    GoodsView* goods = area<GoodsView>(window, "goods");
    QVERIFY(goods);
    QVERIFY(!goods->findChild<QPushButton*>("goodsNew"));
    QVERIFY(!goods->findChild<QPushButton*>("goodsArchive"));
    QVERIFY(!window.findChild<QAction*>(QStringLiteral("actionConnect")));

    GoodsDraft draft;
    draft.sku = QStringLiteral("TEA-9");
    draft.name = QStringLiteral("Oolong 250g");
    draft.unit = QStringLiteral("bag");
    auto created =
        GoodsService(db.connection()).create(db.createUser(Role::Manager, QStringLiteral("m")), draft);
    QVERIFY(created.ok());
    GoodsForm form(window.workspace(), {});
    form.startEdit(created.value());
    auto* name = find<QLineEdit>(&form, "goodsForm_name");
    QVERIFY(name->isReadOnly());
    // Read-only, and looking it: not the white of a field to type in.
    QCOMPARE(name->palette().color(QPalette::Base), name->palette().color(QPalette::Window));
}

void TestMainWindow::ctrlEndShowsTheRealLastRows()
{
    TestDatabase db(QStringLiteral("sqlite"));
    QVERIFY2(db.ok(), qPrintable(db.error()));
    Generator::Request request;
    request.goods = 5000;
    QVERIFY(Generator::run(db.connection(), Session::maintenance(), request).ok());
    const Session manager = db.createUser(Role::Manager, QStringLiteral("manager"));
    MainWindow window(workspaceFor(db, manager), Areas::all());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    GoodsListModel* model = area<GoodsView>(window, "goods")->model();
    QTRY_VERIFY(model->isCountKnown());
    QCOMPARE(model->rowCount(), 5000);
    PagedTableView* table = area<GoodsView>(window, "goods")->table();
    table->setFocus();
    QTest::keyClick(table, Qt::Key_End, Qt::ControlModifier);
    QCOMPARE(table->currentIndex().row(), 4999);
    // Painting the placeholders is what asks for the page: no other call may be needed.
    QTRY_VERIFY(model->index(4999, 0).data(PagedTableModel::LoadedRole).toBool());
    auto last = Sql::scalar(db.connection(),
                            QStringLiteral("SELECT name FROM goods ORDER BY sort_en DESC, id DESC LIMIT 1"));
    QVERIFY(last.ok());
    QCOMPARE(model->index(4999, goodsColumn("name")).data().toString(), last.value().toString());
}

void TestMainWindow::secondSaveShowsBothVersions()
{
    TestDatabase db(QStringLiteral("sqlite"));
    QVERIFY2(db.ok(), qPrintable(db.error()));
    const Session manager = db.createUser(Role::Manager, QStringLiteral("manager"));
    GoodsDraft draft;
    draft.sku = QStringLiteral("TEA-9");
    draft.name = QStringLiteral("Oolong 250g");
    draft.unit = QStringLiteral("bag");
    draft.price = Money::fromCents(3800);
    draft.cost = Money::fromCents(2000);
    const GoodsService service(db.connection());
    auto created = service.create(manager, draft);
    QVERIFY(created.ok());

    // Mine: the form opened on version 1. Theirs: saved meanwhile from another desk.
    const Workspace workspace = workspaceFor(db, manager);
    GoodsForm form(workspace, {});
    form.startEdit(created.value());
    form.show();
    QVERIFY(QTest::qWaitForWindowExposed(&form));
    GoodsDraft theirs = draft;
    theirs.price = Money::fromCents(4200);
    QVERIFY(service.update(manager, created->id, created->version, theirs).ok());

    type(&form, "goodsForm_name", QStringLiteral("Oolong tea 250g"));
    auto* description = find<QWidget>(&form, "goodsForm_description");
    const int descriptionHeight = description->height();
    QTest::mouseClick(find<QPushButton>(&form, "goodsFormSave"), Qt::LeftButton);
    auto* conflict = find<QWidget>(&form, "conflictView");
    QTRY_VERIFY(conflict->isVisible()); // the save runs off the window's thread
    QVERIFY(form.isVisible());
    QTest::qWait(50);
    QCOMPARE(description->height(), descriptionHeight); // the form grows rather than squeezing it
    auto* table = find<QTableWidget>(&form, "conflictTable");
    QStringList shown;
    for (int row = 0; row < table->rowCount(); ++row)
        shown << table->item(row, 0)->text() + QLatin1Char('=') + table->item(row, 1)->text() +
                     QLatin1Char('|') + table->item(row, 2)->text();
    QCOMPARE(shown, (QStringList{QStringLiteral("Name=Oolong tea 250g|Oolong 250g"),
                                 QStringLiteral("Price=38.00|42.00")}));
    QCOMPARE(service.get(manager, created->id)->draft.price.cents(), qint64(4200)); // theirs is untouched

    QTest::mouseClick(find<QPushButton>(&form, "conflictTakeTheirs"), Qt::LeftButton);
    QCOMPARE(find<QLineEdit>(&form, "goodsForm_price")->text(), QStringLiteral("42.00"));
    type(&form, "goodsForm_name", QStringLiteral("Oolong tea 250g")); // combine: my name, their price
    QTest::mouseClick(find<QPushButton>(&form, "goodsFormSave"), Qt::LeftButton);
    QTRY_VERIFY(!form.isVisible());
    const auto saved = service.get(manager, created->id);
    QCOMPARE(saved->draft.name, QStringLiteral("Oolong tea 250g"));
    QCOMPARE(saved->draft.price.cents(), qint64(4200));
    QCOMPARE(saved->version, 3);
}

void TestMainWindow::archivedGoodsKeepTheWindowWidth()
{
    TestDatabase db(QStringLiteral("sqlite"));
    QVERIFY2(db.ok(), qPrintable(db.error()));
    QVERIFY(DemoData::load(db.connection(), db.createUser(Role::Admin, QStringLiteral("boss"))).ok());
    const Session manager = db.createUser(Role::Manager, QStringLiteral("manager"));
    // English says "0 archived items", longer than the source text and than "Searching…".
    Languages::install(QLocale(QStringLiteral("en")));
    struct RestoreLanguage
    {
        ~RestoreLanguage() { Languages::install(QLocale::system()); }
    } restoreLanguage;
    MainWindow window(workspaceFor(db, manager), Areas::all());
    window.resize(100, 720); // as narrow as it goes, where a wider count would push the window out
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    GoodsListModel* model = area<GoodsView>(window, "goods")->model();
    QTRY_VERIFY(model->isCountKnown());
    const int width = window.width();
    // And narrow enough for a 1280-pixel laptop screen, with room for the window frame.
    qInfo("narrowest goods window: %d px", width);
    QVERIFY2(width <= 1200, qPrintable(QString::number(width)));
    auto* status = find<QComboBox>(area<GoodsView>(window, "goods"), "goodsStatusFilter");
    status->setCurrentIndex(1);
    QTRY_VERIFY(model->isCountKnown() && model->filter().archived);
    QTest::qWait(50);
    QCOMPARE(window.width(), width);
}

void TestMainWindow::newGoodsStartInTheFilteredCategory()
{
    TestDatabase db(QStringLiteral("sqlite"));
    QVERIFY2(db.ok(), qPrintable(db.error()));
    const Session manager = db.createUser(Role::Manager, QStringLiteral("manager"));
    const CategoryService categories(db.connection());
    auto drinks = categories.create(manager, QStringLiteral("Drinks"), 0);
    QVERIFY(drinks.ok());
    auto tea = categories.create(manager, QStringLiteral("Tea"), drinks.value());
    QVERIFY(tea.ok());
    MainWindow window(workspaceFor(db, manager), Areas::all());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    GoodsView* goods = area<GoodsView>(window, "goods");
    auto* filter = find<CategoryCombo>(goods, "goodsCategoryFilter");
    QTRY_COMPARE(filter->count(), 3); // all, Drinks, Drinks › Tea: read off the window's thread
    filter->setCurrentCategoryId(tea.value());
    GoodsListModel* model = goods->model();
    QTRY_VERIFY(model->isCountKnown() && model->filter().categoryIds == QList<qint64>{tea.value()});
    QCOMPARE(model->rowCount(), 0);

    withModalDialog([&] { QTest::mouseClick(find<QPushButton>(goods, "goodsNew"), Qt::LeftButton); },
                    [&](QWidget* form) {
                        QCOMPARE(find<CategoryCombo>(form, "goodsForm_category")->currentCategoryId(),
                                 tea.value());
                        type(form, "goodsForm_sku", QStringLiteral("tea-2"));
                        type(form, "goodsForm_name", QStringLiteral("Sencha 100g"));
                        type(form, "goodsForm_price", QStringLiteral("4.20"));
                        type(form, "goodsForm_cost", QStringLiteral("2.00"));
                        QTest::mouseClick(find<QPushButton>(form, "goodsFormSave"), Qt::LeftButton);
                        QTRY_VERIFY(!form->isVisible());
                    });
    QTRY_COMPARE(model->rowCount(), 1);

    // "All categories" is no category to start in.
    filter->setCurrentCategoryId(0);
    withModalDialog([&] { QTest::mouseClick(find<QPushButton>(goods, "goodsNew"), Qt::LeftButton); },
                    [&](QWidget* form) {
                        QCOMPARE(find<CategoryCombo>(form, "goodsForm_category")->currentCategoryId(),
                                 qint64(0));
                    });
}

void TestMainWindow::fieldSummaryGoesWithTheLastNote()
{
    TestDatabase db(QStringLiteral("sqlite"));
    QVERIFY2(db.ok(), qPrintable(db.error()));
    const Session manager = db.createUser(Role::Manager, QStringLiteral("manager"));
    const Workspace workspace = workspaceFor(db, manager);
    GoodsForm form(workspace, {});
    form.startNew();
    form.show();
    QVERIFY(QTest::qWaitForWindowExposed(&form));
    QTest::mouseClick(find<QPushButton>(&form, "goodsFormSave"), Qt::LeftButton);
    auto* summary = find<QWidget>(&form, "messageWidget");
    QVERIFY(summary->isVisible());
    QVERIFY(!form.fieldError(QStringLiteral("sku")).isEmpty());
    QVERIFY(!form.fieldError(QStringLiteral("name")).isEmpty());

    type(&form, "goodsForm_sku", QStringLiteral("tea-3"));
    QTest::keyClick(find<QLineEdit>(&form, "goodsForm_sku"), Qt::Key_Tab); // leaving a field checks it
    QVERIFY(form.fieldError(QStringLiteral("sku")).isEmpty());
    QVERIFY(summary->isVisible()); // the name still needs attention
    type(&form, "goodsForm_name", QStringLiteral("Sencha 100g"));
    QTest::keyClick(find<QLineEdit>(&form, "goodsForm_name"), Qt::Key_Tab);
    QVERIFY(form.fieldError(QStringLiteral("name")).isEmpty());
    QVERIFY(!summary->isVisible());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
