#include "areas.h"
#include "common/mainwindow.h"
#include "common/messagewidget.h"
#include "common/pagedtableview.h"
#include "guisupport.h"
#include "services/goodsservice.h"
#include "services/supplierservice.h"
#include "suppliers/supplierform.h"
#include "suppliers/suppliergoodspanel.h"
#include "suppliers/suppliersview.h"
#include "tables/suppliergoodslistmodel.h"
#include "tables/supplierlistmodel.h"
#include "testdatabase.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QCompleter>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

using namespace GuiTest;

// The suppliers area as a manager uses it: the list, the supplier's form with its notes and
// conflicts, and the goods the supplier sells, added through the offer dialog.
class TestSuppliersView : public QObject
{
    Q_OBJECT
private slots:
    void onlyRolesThatManageSuppliersSeeTheArea();
    void createsASupplierThroughTheFormAndFindsIt();
    void archivesAfterAskingAndRestores();
    void addsAndRemovesTheGoodsASupplierSells();
    void secondSaveShowsBothVersions();
};

namespace {

bool loaded(const QAbstractItemModel* model, int row)
{
    return model->index(row, 0).data(PagedTableModel::LoadedRole).toBool();
}

SupplierRecord supplier(const TestDatabase& db, const QString& code, const QString& name)
{
    SupplierDraft draft;
    draft.code = code;
    draft.name = name;
    draft.contact = QStringLiteral("陈国强");
    auto created = SupplierService(db.connection()).create(Session::maintenance(), draft);
    if (!created)
        qWarning("%s", qPrintable(created.error().message));
    return created ? created.value() : SupplierRecord();
}

// Answers the question a click opens with YES (the action) or Cancel.
void answer(const std::function<void()>& clicking, bool yes)
{
    withModalDialog(clicking, [yes](QWidget* box) {
        QTest::mouseClick(find<QPushButton>(box, yes ? "confirmYes" : "confirmNo"), Qt::LeftButton);
    });
}

} // namespace

void TestSuppliersView::onlyRolesThatManageSuppliersSeeTheArea()
{
    TestDatabase db(QStringLiteral("sqlite"));
    QVERIFY2(db.ok(), qPrintable(db.error()));
    for (Role role : {Role::Manager, Role::Admin}) {
        MainWindow window(workspaceFor(db, TestDatabase::sessionFor(role)), Areas::all());
        QVERIFY(window.areaNames().contains(QStringLiteral("Suppliers")));
        QVERIFY(window.areaNames().indexOf(QStringLiteral("Suppliers")) >
                window.areaNames().indexOf(QStringLiteral("Goods")));
    }
    for (Role role : {Role::Clerk, Role::Cashier}) {
        MainWindow window(workspaceFor(db, TestDatabase::sessionFor(role)), Areas::all());
        QVERIFY(!window.areaNames().contains(QStringLiteral("Suppliers")));
    }
}

void TestSuppliersView::createsASupplierThroughTheFormAndFindsIt()
{
    TestDatabase db(QStringLiteral("sqlite"));
    QVERIFY2(db.ok(), qPrintable(db.error()));
    supplier(db, QStringLiteral("S00041"), QStringLiteral("Global Snacks Import Ltd."));
    const Session manager = db.createUser(Role::Manager, QStringLiteral("manager"));
    MainWindow window(workspaceFor(db, manager), Areas::all());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* view = area<SuppliersView>(window, "suppliers");
    QVERIFY(view);
    SupplierListModel* model = view->model();
    QTRY_VERIFY(model->isCountKnown());
    QCOMPARE(model->rowCount(), 1);

    withModalDialog(
        [&] { QTest::mouseClick(find<QPushButton>(view, "suppliersNew"), Qt::LeftButton); },
        [&](QWidget* form) {
            auto* sf = qobject_cast<SupplierForm*>(form);
            QVERIFY(sf);
            // One above the highest code so far, filled in off the window's thread.
            QTRY_COMPARE(find<QLineEdit>(form, "supplierForm_code")->text(), QStringLiteral("S00042"));
            // A new supplier has no goods yet: the panel says how to add them.
            QVERIFY(!find<QPushButton>(form, "supplierGoodsAdd")->isEnabled());
            QVERIFY(find<QLabel>(form, "supplierGoodsHint")->text().contains(QLatin1String("Save the new")));
            type(form, "supplierForm_name", QStringLiteral("杭州龙井茶业有限公司"));
            type(form, "supplierForm_contact", QStringLiteral("陈国强"));
            type(form, "supplierForm_phone", QStringLiteral("0571-8765 4321"));
            type(form, "supplierForm_email", QStringLiteral("sales at longjing"));
            type(form, "supplierForm_paymentTerms", QStringLiteral("30 days net"));
            type(form, "supplierForm_address", QStringLiteral("浙江省杭州市\n龙井路 1 号"));
            QTest::mouseClick(find<QPushButton>(form, "supplierFormSave"), Qt::LeftButton);
            QVERIFY(form->isVisible());
            QVERIFY(find<QLabel>(form, "supplierForm_email_error")->isVisible());
            QVERIFY2(sf->fieldError(QStringLiteral("email")).contains(QLatin1String("Not an e-mail address")),
                     qPrintable(sf->fieldError(QStringLiteral("email"))));
            QVERIFY(sf->fieldError(QStringLiteral("name")).isEmpty());

            type(form, "supplierForm_email", QStringLiteral("Sales@LongJing-Tea.example"));
            QTest::mouseClick(find<QPushButton>(form, "supplierFormSave"), Qt::LeftButton);
            QTRY_VERIFY(!form->isVisible());
            QCOMPARE(sf->result(), int(QDialog::Accepted));
        });
    QCOMPARE(find<QLabel>(view, "messageText")->text(), QStringLiteral("Added \"杭州龙井茶业有限公司\"."));

    type(view, "suppliersSearch", QStringLiteral("龙井"));
    QTRY_VERIFY(model->isCountKnown() && model->filter().search == QStringLiteral("龙井"));
    QCOMPARE(model->rowCount(), 1);
    QTRY_VERIFY(loaded(model, 0));
    QCOMPARE(model->rowValue(0, "code").toString(), QStringLiteral("S00042"));
    QCOMPARE(model->rowValue(0, "name").toString(), QStringLiteral("杭州龙井茶业有限公司"));
    QCOMPARE(model->rowValue(0, "email").toString(), QStringLiteral("sales@longjing-tea.example"));
    QCOMPARE(model->rowValue(0, "payment_terms").toString(), QStringLiteral("30 days net"));
    QTRY_VERIFY(find<QLabel>(view, "suppliersCount")->text().contains(QLatin1String("1 supplier")));
    // Found by a phone number too.
    type(view, "suppliersSearch", QStringLiteral("0571"));
    QTRY_VERIFY(model->isCountKnown() && model->filter().search == QStringLiteral("0571"));
    QCOMPARE(model->rowCount(), 1);

    // A click on a column no index sorts leaves the list, and its arrow, as they were.
    QHeaderView* header = view->table()->horizontalHeader();
    header->setSortIndicator(model->spec().indexOf("phone"), Qt::AscendingOrder);
    QCOMPARE(header->sortIndicatorSection(), model->spec().indexOf("name"));
    QCOMPARE(model->sortColumn(), model->spec().indexOf("name"));
}

void TestSuppliersView::archivesAfterAskingAndRestores()
{
    TestDatabase db(QStringLiteral("sqlite"));
    QVERIFY2(db.ok(), qPrintable(db.error()));
    const SupplierRecord record =
        supplier(db, QStringLiteral("S00001"), QStringLiteral("Seasonal mooncakes"));
    QVERIFY(record.id > 0);
    MainWindow window(workspaceFor(db, TestDatabase::sessionFor(Role::Manager)), Areas::all());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* view = area<SuppliersView>(window, "suppliers");
    SupplierListModel* model = view->model();
    QTRY_VERIFY(model->isCountKnown() && loaded(model, 0));
    view->table()->setFocus();
    view->table()->setCurrentIndex(model->index(0, 0));
    auto* archive = find<QPushButton>(view, "suppliersArchive");
    QTRY_VERIFY(archive->isEnabled());

    // Cancel, the default answer, changes nothing.
    answer([&] { QTest::keyClick(view->table(), Qt::Key_Delete); }, false);
    QVERIFY(!SupplierService(db.connection()).get(Session::maintenance(), record.id)->archived);
    answer([&] { QTest::mouseClick(archive, Qt::LeftButton); }, true);
    QTRY_VERIFY(SupplierService(db.connection()).get(Session::maintenance(), record.id)->archived);
    QTRY_COMPARE(model->rowCount(), 0);

    find<QComboBox>(view, "suppliersStatusFilter")->setCurrentIndex(1);
    QTRY_VERIFY(model->isCountKnown() && model->filter().archived && model->rowCount() == 1);
    QTRY_VERIFY(loaded(model, 0));
    QCOMPARE(archive->text(), QStringLiteral("&Restore"));
    view->table()->setCurrentIndex(model->index(0, 0));
    QTest::mouseClick(archive, Qt::LeftButton); // restoring asks nothing
    QTRY_VERIFY(!SupplierService(db.connection()).get(Session::maintenance(), record.id)->archived);
    QTRY_COMPARE(model->rowCount(), 0);

    // Ctrl+N starts a new supplier from anywhere in the area.
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    view->searchField()->setFocus();
    withModalDialog([&] { QTest::keyClick(view->searchField(), Qt::Key_N, Qt::ControlModifier); },
                    [](QWidget* form) { QCOMPARE(form->objectName(), QStringLiteral("supplierForm")); });
}

void TestSuppliersView::addsAndRemovesTheGoodsASupplierSells()
{
    TestDatabase db(QStringLiteral("sqlite"));
    QVERIFY2(db.ok(), qPrintable(db.error()));
    const SupplierRecord record =
        supplier(db, QStringLiteral("S00001"), QStringLiteral("杭州龙井茶业有限公司"));
    GoodsDraft goods;
    goods.sku = QStringLiteral("TEA-250");
    goods.name = QStringLiteral("西湖龙井 250g");
    goods.unit = QStringLiteral("pcs");
    goods.price = Money::fromCents(8800);
    goods.cost = Money::fromCents(5000);
    const auto item = GoodsService(db.connection()).create(Session::maintenance(), goods);
    QVERIFY(item.ok());
    const Workspace workspace = workspaceFor(db, TestDatabase::sessionFor(Role::Manager));
    SupplierForm form(workspace);
    form.startEdit(record);
    form.show();
    QVERIFY(QTest::qWaitForWindowExposed(&form));
    SupplierGoodsListModel* model = form.goodsPanel()->model();
    QVERIFY(model);
    QTRY_VERIFY(model->isCountKnown());
    QCOMPARE(model->rowCount(), 0);

    withModalDialog(
        [&] { QTest::mouseClick(find<QPushButton>(&form, "supplierGoodsAdd"), Qt::LeftButton); },
        [&](QWidget* dialog) {
            QCOMPARE(find<QLabel>(dialog, "supplierOfferForm_supplier")->text(),
                     QStringLiteral("杭州龙井茶业有限公司"));
            auto* lookup = find<QLineEdit>(dialog, "supplierOfferForm_goods");
            lookup->setFocus();
            QTest::keyClicks(lookup, QStringLiteral("tea-250"));
            QAbstractItemView* matches = lookup->findChild<QCompleter*>()->popup();
            QTRY_VERIFY(matches->isVisible() && matches->model()->rowCount() == 1);
            QTest::mouseClick(matches->viewport(), Qt::LeftButton, {},
                              matches->visualRect(matches->model()->index(0, 0)).center());
            QTRY_COMPARE(lookup->text(), QStringLiteral("TEA-250 · 西湖龙井 250g"));
            type(dialog, "supplierOfferForm_supplierSku", QStringLiteral("LJ-250"));
            type(dialog, "supplierOfferForm_cost", QStringLiteral("12.555"));
            type(dialog, "supplierOfferForm_leadDays", QStringLiteral("a week"));
            QTest::mouseClick(find<QPushButton>(dialog, "supplierOfferFormSave"), Qt::LeftButton);
            auto* offer = qobject_cast<FormDialog*>(dialog);
            QVERIFY(offer->isVisible());
            QVERIFY(offer->fieldError(QStringLiteral("cost")).contains(QLatin1String("two decimals")));
            QVERIFY(offer->fieldError(QStringLiteral("leadDays")).contains(QLatin1String("whole number")));
            type(dialog, "supplierOfferForm_cost", QStringLiteral("52.50"));
            type(dialog, "supplierOfferForm_leadDays", QStringLiteral("7"));
            QTest::mouseClick(find<QPushButton>(dialog, "supplierOfferFormSave"), Qt::LeftButton);
            QTRY_VERIFY(!dialog->isVisible());
        });

    QTRY_COMPARE(model->rowCount(), 1);
    QTRY_VERIFY(loaded(model, 0));
    QCOMPARE(model->rowValue(0, "sku").toString(), QStringLiteral("TEA-250"));
    QCOMPARE(model->rowValue(0, "name").toString(), QStringLiteral("西湖龙井 250g"));
    QCOMPARE(model->rowValue(0, "supplier_sku").toString(), QStringLiteral("LJ-250"));
    QCOMPARE(model->index(0, model->spec().indexOf("cost")).data().value<Money>().cents(), qint64(5250));
    QCOMPARE(model->rowValue(0, "lead_days").toInt(), 7);
    QVERIFY(find<MessageWidget>(&form, "supplierGoodsMessage")->text().contains(QLatin1String("now sells")));

    PagedTableView* table = form.goodsPanel()->table();
    table->setFocus();
    table->setCurrentIndex(model->index(0, 0));
    auto* remove = find<QPushButton>(&form, "supplierGoodsRemove");
    QTRY_VERIFY(remove->isEnabled());
    answer([&] { QTest::mouseClick(remove, Qt::LeftButton); }, false);
    QCOMPARE(countRows(db.connection(), "SELECT COUNT(*) FROM supplier_goods"), qint64(1));
    answer([&] { QTest::mouseClick(remove, Qt::LeftButton); }, true);
    QTRY_COMPARE(countRows(db.connection(), "SELECT COUNT(*) FROM supplier_goods"), qint64(0));
    QTRY_COMPARE(model->rowCount(), 0);
}

void TestSuppliersView::secondSaveShowsBothVersions()
{
    TestDatabase db(QStringLiteral("sqlite"));
    QVERIFY2(db.ok(), qPrintable(db.error()));
    const SupplierRecord record = supplier(db, QStringLiteral("S00001"), QStringLiteral("Tea farm"));
    const Session manager = TestDatabase::sessionFor(Role::Manager);
    const SupplierService service(db.connection());
    const Workspace workspace = workspaceFor(db, manager);
    SupplierForm form(workspace);
    form.startEdit(record);
    form.show();
    QVERIFY(QTest::qWaitForWindowExposed(&form));
    SupplierDraft theirs = record.draft;
    theirs.paymentTerms = QStringLiteral("60 days");
    QVERIFY(service.update(manager, record.id, record.version, theirs).ok());

    type(&form, "supplierForm_name", QStringLiteral("Tea farm Ltd"));
    QTest::mouseClick(find<QPushButton>(&form, "supplierFormSave"), Qt::LeftButton);
    QTRY_VERIFY(find<QWidget>(&form, "conflictView")->isVisible());
    auto* table = find<QTableWidget>(&form, "conflictTable");
    QStringList shown;
    for (int row = 0; row < table->rowCount(); ++row)
        shown << table->item(row, 0)->text() + QLatin1Char('=') + table->item(row, 1)->text() +
                     QLatin1Char('|') + table->item(row, 2)->text();
    QCOMPARE(shown, (QStringList{QStringLiteral("Name=Tea farm Ltd|Tea farm"),
                                 QStringLiteral("Payment terms=|60 days")}));

    QTest::mouseClick(find<QPushButton>(&form, "conflictKeepMine"), Qt::LeftButton);
    QTRY_VERIFY(!form.isVisible());
    const auto saved = service.get(manager, record.id);
    QCOMPARE(saved->draft.name, QStringLiteral("Tea farm Ltd"));
    QCOMPARE(saved->draft.paymentTerms, QString()); // mine, as the person decided
    QCOMPARE(saved->version, 3);
}

QTEST_MAIN(TestSuppliersView)
#include "tst_suppliersview.moc"
