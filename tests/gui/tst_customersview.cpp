#include "areas.h"
#include "common/mainwindow.h"
#include "common/messagewidget.h"
#include "common/pagedtableview.h"
#include "customers/addresseditor.h"
#include "customers/customerform.h"
#include "customers/customersview.h"
#include "db/sql.h"
#include "guisupport.h"
#include "services/customerservice.h"
#include "tables/customerlistmodel.h"
#include "testdatabase.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QCompleter>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>
#include <QTest>

using namespace GuiTest;

// The customers area as a cashier and a manager use it: a new customer with two addresses through
// the form, found in the list; a wrong phone number explained under its field; a duplicate merged
// through the dialog.
class TestCustomersView : public QObject
{
    Q_OBJECT
private slots:
    void createsACustomerWithTwoAddresses();
    void badPhoneNumbersGetFieldNotes();
    void secondSaveShowsBothVersions();
    void mergesADuplicateThroughTheDialog();
    void cashierMayNotMerge();
    void headerClickOnAnUnsortableColumnKeepsTheOrder();
};

namespace {

int column(const CustomerListModel* model, const char* key)
{
    return model->spec().indexOf(QString::fromLatin1(key));
}

// What the message above the list says.
QString listMessage(QWidget* view)
{
    auto* message = view->findChild<MessageWidget*>(QStringLiteral("customersMessage"));
    return message ? message->text() : QStringLiteral("(no message widget)");
}

bool listShows(const CustomerListModel* model, const QString& search, int rows)
{
    return model->filter().search == search && model->isCurrent() && model->isCountKnown() &&
           model->rowCount() == rows &&
           (rows == 0 || model->index(0, 0).data(PagedTableModel::LoadedRole).toBool());
}

// Runs STEPS in the modal dialog that CLICKING leads to, also when it opens only once a job has
// read what it shows (withModalDialog needs CLICKING itself to open it).
void withDialog(const std::function<void()>& clicking, const std::function<void(QWidget*)>& steps)
{
    bool ran = false;
    QTimer poll;
    poll.setInterval(10);
    QObject::connect(&poll, &QTimer::timeout, [&] {
        QWidget* dialog = QApplication::activeModalWidget();
        if (!dialog || ran)
            return;
        poll.stop();
        ran = true;
        steps(dialog);
        if (QApplication::activeModalWidget() == dialog)
            dialog->close();
    });
    poll.start();
    clicking();
    QTRY_VERIFY(ran);
    QTRY_VERIFY(!QApplication::activeModalWidget());
}

// Answers the question box that CLICKING raises on top of an already open dialog with BUTTON.
void answerQuestion(const std::function<void()>& clicking, const char* button)
{
    bool answered = false;
    QTimer::singleShot(0, [&] {
        QTRY_VERIFY(qobject_cast<QMessageBox*>(QApplication::activeModalWidget()));
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        answered = true;
        QTest::mouseClick(find<QPushButton>(box, button), Qt::LeftButton);
    });
    clicking();
    QVERIFY(answered);
}

CustomerDraft customer(const QString& name, const QString& code, const QString& phone = {})
{
    CustomerDraft d;
    d.name = name;
    d.code = code;
    d.phone = phone;
    return d;
}

} // namespace

void TestCustomersView::createsACustomerWithTwoAddresses()
{
    TestDatabase db(QStringLiteral("sqlite"));
    QVERIFY2(db.ok(), qPrintable(db.error()));
    const Session cashier = db.createUser(Role::Cashier, QStringLiteral("till"));
    MainWindow window(workspaceFor(db, cashier), Areas::all());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QCOMPARE(window.areaNames(), (QStringList{QStringLiteral("Goods"), QStringLiteral("Customers")}));
    QTest::keyClick(&window, Qt::Key_4, Qt::ControlModifier);
    auto* view = qobject_cast<CustomersView*>(window.currentArea());
    QVERIFY(view);

    view->searchField()->setFocus();
    withModalDialog([&] { QTest::keyClick(view->searchField(), Qt::Key_N, Qt::ControlModifier); },
                    [&](QWidget* dialog) {
                        auto* form = qobject_cast<CustomerForm*>(dialog);
                        QVERIFY(form);
                        QCOMPARE(form->addressEditor()->rowCount(), 1); // one empty row to start with
                        // Offscreen, a dialog opened over the window does not become the active one by
                        // itself.
                        form->activateWindow();
                        QTRY_COMPARE(QApplication::activeWindow(), form);
                        type(form, "customerForm_code", QStringLiteral("m-1001"));
                        type(form, "customerForm_name", QStringLiteral("张伟"));
                        type(form, "customerForm_phone", QStringLiteral("138 0013 8001"));
                        type(form, "customerForm_email", QStringLiteral("Zhang.Wei@Example.com"));
                        type(form, "address1_label", QStringLiteral("家"));
                        type(form, "address1_recipient", QStringLiteral("张伟"));
                        type(form, "address1_address", QStringLiteral("杭州市西湖区文三路 90 号"));
                        // The second address, added from the keyboard and made the default one.
                        auto* firstAddress = find<QWidget>(form, "address1_address");
                        firstAddress->setFocus();
                        QTest::keyClick(firstAddress, Qt::Key_D, Qt::AltModifier);
                        QTRY_COMPARE(form->addressEditor()->rowCount(),
                                     2); // a mnemonic clicks after a moment
                        QCOMPARE(QApplication::focusWidget(), find<QWidget>(form, "address2_label"));
                        type(form, "address2_label", QStringLiteral("公司"));
                        type(form, "address2_phone", QStringLiteral("0571-8888 6666"));
                        type(form, "address2_address", QStringLiteral("杭州市滨江区网商路 699 号"));
                        auto* second = find<QRadioButton>(form, "address2_default");
                        second->setFocus();
                        QTest::keyClick(second, Qt::Key_Space);
                        QVERIFY(second->isChecked());
                        QVERIFY(!find<QRadioButton>(form, "address1_default")->isChecked());
                        QCOMPARE(form->addressEditor()->defaultRow(), 1);
                        // A third row left empty is not saved.
                        QTest::mouseClick(find<QPushButton>(form, "addressAdd"), Qt::LeftButton);
                        QCOMPARE(form->addressEditor()->rowCount(), 3);
                        QTest::mouseClick(find<QPushButton>(form, "customerFormSave"), Qt::LeftButton);
                        QTRY_VERIFY(!form->isVisible());
                        QCOMPARE(form->saved().draft.addresses.size(), 2);
                    });
    QTRY_VERIFY2(listMessage(view).contains(QStringLiteral("Added \"张伟\"")), qPrintable(listMessage(view)));

    CustomerListModel* model = view->model();
    type(view, "customersSearch", QStringLiteral("13800138001"));
    QTRY_VERIFY(listShows(model, QStringLiteral("13800138001"), 1));
    QCOMPARE(model->index(0, column(model, "code")).data().toString(), QStringLiteral("M-1001"));
    QCOMPARE(model->index(0, column(model, "name")).data().toString(), QStringLiteral("张伟"));
    QCOMPARE(model->index(0, column(model, "email")).data().toString(),
             QStringLiteral("zhang.wei@example.com"));
    QCOMPARE(model->index(0, column(model, "address")).data().toString(),
             QStringLiteral("杭州市滨江区网商路 699 号"));
    QTRY_VERIFY(find<QLabel>(view, "customersCount")->text().contains(QLatin1String("1 customer")));

    // Enter opens it again, with both addresses in their order and the second still the default.
    view->table()->setFocus();
    view->table()->setCurrentIndex(model->index(0, 0));
    withDialog([&] { QTest::keyClick(view->table(), Qt::Key_Return); },
               [&](QWidget* dialog) {
                   auto* form = qobject_cast<CustomerForm*>(dialog);
                   QVERIFY(form);
                   QCOMPARE(form->addressEditor()->rowCount(), 2);
                   QCOMPARE(find<QLineEdit>(form, "address1_label")->text(), QStringLiteral("家"));
                   QVERIFY(find<QRadioButton>(form, "address2_default")->isChecked());
                   form->reject();
               });
}

void TestCustomersView::badPhoneNumbersGetFieldNotes()
{
    TestDatabase db(QStringLiteral("sqlite"));
    QVERIFY2(db.ok(), qPrintable(db.error()));
    const Session cashier = db.createUser(Role::Cashier, QStringLiteral("till"));
    const Workspace workspace = workspaceFor(db, cashier);
    CustomerForm form(workspace);
    form.startNew();
    form.show();
    QVERIFY(QTest::qWaitForWindowExposed(&form));
    form.activateWindow();
    QTRY_COMPARE(QApplication::activeWindow(), &form);
    type(&form, "customerForm_name", QStringLiteral("李娜"));
    find<QLineEdit>(&form, "customerForm_phone")->setFocus();
    type(&form, "customerForm_phone", QStringLiteral("call me"));
    QTest::keyClick(find<QLineEdit>(&form, "customerForm_phone"), Qt::Key_Tab); // leaving a field checks it
    QVERIFY2(form.fieldError(QStringLiteral("phone")).contains(QLatin1String("Not a phone number")),
             qPrintable(form.fieldError(QStringLiteral("phone"))));
    QVERIFY(find<QLabel>(&form, "customerForm_phone_error")->isVisible());

    type(&form, "customerForm_phone", QStringLiteral("139 1234 5678"));
    form.addressEditor()->addRow();
    type(&form, "address1_address", QStringLiteral("北京市朝阳区 1 号"));
    type(&form, "address2_address", QStringLiteral("北京市海淀区 2 号"));
    type(&form, "address2_phone", QStringLiteral("123-abc"));
    QTest::mouseClick(find<QPushButton>(&form, "customerFormSave"), Qt::LeftButton);
    QVERIFY(form.isVisible());
    QVERIFY(form.fieldError(QStringLiteral("phone")).isEmpty());
    // Which address and what is wrong with it, and the row outlined.
    const QString note = form.fieldError(QStringLiteral("addresses"));
    QVERIFY2(note.startsWith(QLatin1String("Address 2: Not a phone number")), qPrintable(note));
    QVERIFY(find<QLabel>(&form, "customerForm_addresses_error")->isVisible());
    QVERIFY(find<QLineEdit>(&form, "address2_phone")->property("invalid").toBool());
    QVERIFY(!find<QLineEdit>(&form, "address1_label")->property("invalid").toBool());
    QVERIFY(!find<QWidget>(&form, "address2_address")->property("invalid").toBool());
    QCOMPARE(QApplication::focusWidget(), find<QWidget>(&form, "address2_phone"));
    QCOMPARE(countRows(db.connection(), "SELECT COUNT(*) FROM customers"), qint64(0));

    // Removing the wrong row clears the note, and the customer saves with the one address left.
    QTest::mouseClick(find<QWidget>(&form, "address2_remove"), Qt::LeftButton);
    QCOMPARE(form.addressEditor()->rowCount(), 1);
    QVERIFY(form.fieldError(QStringLiteral("addresses")).isEmpty());
    QTest::mouseClick(find<QPushButton>(&form, "customerFormSave"), Qt::LeftButton);
    QTRY_VERIFY(!form.isVisible());
    QCOMPARE(form.saved().draft.phone, QStringLiteral("139 1234 5678"));
    QCOMPARE(form.saved().draft.addresses.size(), 1);
    QVERIFY(form.saved().draft.addresses.first().isDefault);
}

void TestCustomersView::secondSaveShowsBothVersions()
{
    TestDatabase db(QStringLiteral("sqlite"));
    QVERIFY2(db.ok(), qPrintable(db.error()));
    const Session cashier = db.createUser(Role::Cashier, QStringLiteral("till"));
    const CustomerService service(db.connection());
    CustomerDraft draft =
        customer(QStringLiteral("赵敏"), QStringLiteral("Z-1"), QStringLiteral("186 5555 6666"));
    draft.addresses = {
        CustomerAddress{{}, QStringLiteral("家"), {}, {}, QStringLiteral("南京市 1 号"), true}};
    const auto created = service.create(cashier, draft);
    QVERIFY(created.ok());

    // Mine: the form opened on version 1. Theirs: saved meanwhile at another counter.
    const Workspace workspace = workspaceFor(db, cashier);
    CustomerForm form(workspace);
    form.startEdit(created.value());
    form.show();
    QVERIFY(QTest::qWaitForWindowExposed(&form));
    form.activateWindow();
    QTRY_COMPARE(QApplication::activeWindow(), &form);
    CustomerDraft theirs = draft;
    theirs.email = QStringLiteral("zhao.min@example.com");
    QVERIFY(service.update(cashier, created->id, created->version, theirs).ok());

    // The keyboard goes through an address row field by field, then on to the next row.
    auto* address = find<QWidget>(&form, "address1_address");
    address->setFocus();
    QTest::keyClick(address, Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), find<QWidget>(&form, "address1_remove"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), find<QWidget>(&form, "addressAdd"));

    type(&form, "customerForm_phone", QStringLiteral("186 5555 7777"));
    QTest::mouseClick(find<QPushButton>(&form, "customerFormSave"), Qt::LeftButton);
    QTRY_VERIFY(find<QWidget>(&form, "conflictView")->isVisible()); // the save runs off the window's thread
    auto* table = find<QTableWidget>(&form, "conflictTable");
    QStringList shown;
    for (int row = 0; row < table->rowCount(); ++row)
        shown << table->item(row, 0)->text() + QLatin1Char('=') + table->item(row, 1)->text() +
                     QLatin1Char('|') + table->item(row, 2)->text();
    QCOMPARE(shown, (QStringList{QStringLiteral("Phone=186 5555 7777|186 5555 6666"),
                                 QStringLiteral("E-mail=|zhao.min@example.com")}));
    QCOMPARE(service.get(cashier, created->id)->draft.phone,
             QStringLiteral("186 5555 6666")); // theirs untouched

    QTest::mouseClick(find<QPushButton>(&form, "conflictTakeTheirs"), Qt::LeftButton);
    QCOMPARE(find<QLineEdit>(&form, "customerForm_email")->text(), QStringLiteral("zhao.min@example.com"));
    type(&form, "customerForm_phone", QStringLiteral("186 5555 7777")); // combine: my phone, their e-mail
    QTest::mouseClick(find<QPushButton>(&form, "customerFormSave"), Qt::LeftButton);
    QTRY_VERIFY(!form.isVisible());
    const auto saved = service.get(cashier, created->id);
    QCOMPARE(saved->draft.phone, QStringLiteral("186 5555 7777"));
    QCOMPARE(saved->draft.email, QStringLiteral("zhao.min@example.com"));
    QCOMPARE(saved->draft.addresses.size(), 1);
    QCOMPARE(saved->version, 3);
}

void TestCustomersView::mergesADuplicateThroughTheDialog()
{
    TestDatabase db(QStringLiteral("sqlite"));
    QVERIFY2(db.ok(), qPrintable(db.error()));
    const Session manager = db.createUser(Role::Manager, QStringLiteral("boss"));
    const CustomerService service(db.connection());
    CustomerDraft keep = customer(QStringLiteral("王芳"), QStringLiteral("M-1"));
    keep.addresses = {CustomerAddress{{}, QStringLiteral("家"), {}, {}, QStringLiteral("上海市 1 号"), true}};
    CustomerDraft dup =
        customer(QStringLiteral("王芳 (old)"), QStringLiteral("M-9"), QStringLiteral("137 0000 1111"));
    dup.addresses = {CustomerAddress{{}, {}, {}, {}, QStringLiteral("上海市 2 号"), true}};
    const auto survivor = service.create(manager, keep);
    const auto duplicate = service.create(manager, dup);
    QVERIFY(survivor.ok() && duplicate.ok());

    MainWindow window(workspaceFor(db, manager), Areas::all());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* view = area<CustomersView>(window, "customers");
    QVERIFY(view);
    CustomerListModel* model = view->model();
    QTRY_VERIFY(listShows(model, QString(), 2));
    QTRY_VERIFY(model->index(1, 0).data(PagedTableModel::LoadedRole).toBool());
    const int survivorRow = model->customerId(0) == survivor->id ? 0 : 1;
    view->table()->setCurrentIndex(model->index(survivorRow, 0));
    auto* mergeButton = find<QPushButton>(view, "customersMerge");
    QTRY_VERIFY(mergeButton->isEnabled());

    withDialog([&] { QTest::mouseClick(mergeButton, Qt::LeftButton); },
               [&](QWidget* dialog) {
                   QCOMPARE(dialog->objectName(), QStringLiteral("customerMerge"));
                   auto* run = find<QPushButton>(dialog, "customerMergeRun");
                   QVERIFY(!run->isEnabled());
                   auto* pick = find<QLineEdit>(dialog, "customerMerge_duplicate");
                   pick->setFocus();
                   // The survivor is not among the matches, only the other 王芳.
                   QTest::keyClicks(pick, QStringLiteral("M"));
                   QCompleter* completer =
                       pick->completer() ? pick->completer() : pick->findChild<QCompleter*>();
                   QVERIFY(completer);
                   QTRY_VERIFY(completer->popup()->isVisible());
                   QCOMPARE(completer->popup()->model()->rowCount(), 1);
                   QVERIFY(completer->popup()->model()->index(0, 0).data().toString().contains(
                       QStringLiteral("M-9")));
                   QTest::keyClick(completer->popup(), Qt::Key_Down);
                   QTest::keyClick(completer->popup(), Qt::Key_Return);
                   QTRY_VERIFY(run->isEnabled());
                   auto* table = find<QTableWidget>(dialog, "customerMergeTable");
                   QCOMPARE(table->item(0, 0)->text(), QStringLiteral("王芳"));
                   QCOMPARE(table->item(0, 1)->text(), QStringLiteral("王芳 (old)"));
                   QCOMPARE(table->item(2, 1)->text(), QStringLiteral("137 0000 1111"));
                   QVERIFY(table->item(4, 0)->text().startsWith(QLatin1String("1 address")));
                   QVERIFY(find<QLabel>(dialog, "customerMergeExplanation")
                               ->text()
                               .contains(QLatin1String("deactivated")));

                   // Cancel in the question merges nothing; Merge does.
                   answerQuestion([&] { QTest::mouseClick(run, Qt::LeftButton); }, "confirmNo");
                   QVERIFY(dialog->isVisible());
                   QCOMPARE(service.get(manager, duplicate->id)->active, true);
                   answerQuestion([&] { QTest::mouseClick(run, Qt::LeftButton); }, "confirmYes");
                   QTRY_VERIFY(!dialog->isVisible());
               });

    QTRY_VERIFY2(listMessage(view).contains(QStringLiteral("Merged \"王芳 (old)\" into \"王芳\"")),
                 qPrintable(listMessage(view)));
    QTRY_VERIFY(listShows(model, QString(), 1));
    QCOMPARE(model->customerId(0), survivor->id);
    const auto after = service.get(manager, survivor->id);
    QCOMPARE(after->draft.phone, QStringLiteral("137 0000 1111"));
    QCOMPARE(after->draft.addresses.size(), 2);
    QCOMPARE(service.get(manager, duplicate->id)->mergedInto, survivor->id);

    // The inactive list has the duplicate; its form says where it went, and merging is not offered.
    find<QComboBox>(view, "customersStatusFilter")->setCurrentIndex(1);
    QTRY_VERIFY(model->isCurrent() && !model->filter().active && listShows(model, QString(), 1));
    view->table()->setCurrentIndex(model->index(0, 0));
    QVERIFY(!mergeButton->isEnabled());
    QCOMPARE(find<QPushButton>(view, "customersActive")->text(), QStringLiteral("&Activate"));
    withDialog(
        [&] { QTest::mouseClick(find<QPushButton>(view, "customersEdit"), Qt::LeftButton); },
        [&](QWidget* dialog) {
            QTRY_VERIFY(find<QLabel>(dialog, "messageText")->isVisible());
            QVERIFY(
                find<QLabel>(dialog, "messageText")->text().contains(QStringLiteral("merged into \"王芳\"")));
            qobject_cast<QDialog*>(dialog)->reject();
        });
}

void TestCustomersView::cashierMayNotMerge()
{
    TestDatabase db(QStringLiteral("sqlite"));
    QVERIFY2(db.ok(), qPrintable(db.error()));
    const Session cashier = db.createUser(Role::Cashier, QStringLiteral("till"));
    QVERIFY(CustomerService(db.connection())
                .create(cashier, customer(QStringLiteral("陈静"), QStringLiteral("C-1")))
                .ok());
    MainWindow window(workspaceFor(db, cashier), Areas::all());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* view = area<CustomersView>(window, "customers");
    QVERIFY(view);
    QVERIFY(view->findChild<QPushButton*>(QStringLiteral("customersNew")));
    QVERIFY(!view->findChild<QPushButton*>(QStringLiteral("customersMerge")));
    QTRY_VERIFY(listShows(view->model(), QString(), 1));

    // Deactivating asks first, then moves the customer to the inactive list.
    view->table()->setCurrentIndex(view->model()->index(0, 0));
    auto* active = find<QPushButton>(view, "customersActive");
    QTRY_VERIFY(active->isEnabled());
    withModalDialog(
        [&] { QTest::mouseClick(active, Qt::LeftButton); },
        [&](QWidget* box) { QTest::mouseClick(find<QPushButton>(box, "confirmYes"), Qt::LeftButton); });
    // The row goes from the list, and the message saying so stays.
    QTRY_VERIFY2(listMessage(view).contains(QStringLiteral("Deactivated \"陈静\"")),
                 qPrintable(listMessage(view)));
    QTRY_VERIFY(listShows(view->model(), QString(), 0));
}

void TestCustomersView::headerClickOnAnUnsortableColumnKeepsTheOrder()
{
    TestDatabase db(QStringLiteral("sqlite"));
    QVERIFY2(db.ok(), qPrintable(db.error()));
    const Session cashier = db.createUser(Role::Cashier, QStringLiteral("till"));
    const CustomerService service(db.connection());
    QVERIFY(service
                .create(cashier, customer(QStringLiteral("Anna"), QStringLiteral("Z-9"),
                                          QStringLiteral("139 0000 0002")))
                .ok());
    QVERIFY(service
                .create(cashier, customer(QStringLiteral("Zoe"), QStringLiteral("A-1"),
                                          QStringLiteral("139 0000 0001")))
                .ok());
    MainWindow window(workspaceFor(db, cashier), Areas::all());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* view = area<CustomersView>(window, "customers");
    QVERIFY(view);
    CustomerListModel* model = view->model();
    QTRY_VERIFY(listShows(model, QString(), 2));
    QHeaderView* header = view->table()->horizontalHeader();
    const int name = column(model, "name");
    const int phone = column(model, "phone");
    const int code = column(model, "code");
    QCOMPARE(header->sortIndicatorSection(), name);
    const auto clickHeader = [&](int section) {
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                          QPoint(header->sectionViewportPosition(section) + header->sectionSize(section) / 2,
                                 header->height() / 2));
    };

    // Phone has no index to serve its order: the arrow stays on Name, the rows stay in name order,
    // and the header says why.
    QCOMPARE(model->headerData(phone, Qt::Horizontal, Qt::ToolTipRole).toString(),
             QStringLiteral("The list cannot be sorted by this column"));
    QVERIFY(model->headerData(code, Qt::Horizontal, Qt::ToolTipRole).isNull());
    clickHeader(phone);
    QCOMPARE(header->sortIndicatorSection(), name);
    QCOMPARE(model->sortColumn(), name);
    QTRY_VERIFY(listShows(model, QString(), 2));
    QCOMPARE(model->index(0, name).data().toString(), QStringLiteral("Anna"));

    // A sortable column still takes the click.
    clickHeader(code);
    QCOMPARE(header->sortIndicatorSection(), code);
    QTRY_COMPARE(model->index(0, name).data().toString(), QStringLiteral("Zoe"));
}

QTEST_MAIN(TestCustomersView)
#include "tst_customersview.moc"
