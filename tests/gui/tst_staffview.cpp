#include "areas.h"
#include "audit/auditview.h"
#include "common/pagedtableview.h"
#include "db/sql.h"
#include "guisupport.h"
#include "services/authservice.h"
#include "services/userservice.h"
#include "tables/auditlistmodel.h"
#include "tables/userlistmodel.h"
#include "users/changepassworddialog.h"
#include "users/logindialog.h"
#include "users/staffform.h"
#include "users/staffview.h"

#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QTest>

using namespace GuiTest;

// The staff area through its real widgets: only administrators have it; an administrator creates a
// clerk, the clerk signs in with the first password and must choose their own, and the audit log has
// both steps; the last administrator cannot be deactivated from the list.
class TestStaffView : public QObject
{
    Q_OBJECT
private slots:
    void onlyAdministratorsSeeTheArea();
    void createsAClerkWhoChoosesTheirOwnPassword();
    void lastAdministratorStaysActive();
};

namespace {

void answer(const std::function<void()>& clicking, bool yes)
{
    withModalDialog(clicking, [yes](QWidget* box) {
        QTest::mouseClick(find<QPushButton>(box, yes ? "confirmYes" : "confirmNo"), Qt::LeftButton);
    });
}

int rowOf(const UserListModel* model, const QString& username)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->rowValue(row, QStringLiteral("username")).toString() == username)
            return row;
    }
    return -1;
}

} // namespace

void TestStaffView::onlyAdministratorsSeeTheArea()
{
    TestDatabase db(QStringLiteral("sqlite"));
    QVERIFY2(db.ok(), qPrintable(db.error()));
    MainWindow admin(workspaceFor(db, TestDatabase::sessionFor(Role::Admin)), Areas::all());
    QVERIFY(admin.areaNames().contains(QStringLiteral("Staff")));
    for (Role role : {Role::Manager, Role::Clerk, Role::Cashier}) {
        MainWindow window(workspaceFor(db, TestDatabase::sessionFor(role)), Areas::all());
        QVERIFY(!window.areaNames().contains(QStringLiteral("Staff")));
    }
}

void TestStaffView::createsAClerkWhoChoosesTheirOwnPassword()
{
    TestDatabase db(QStringLiteral("sqlite"));
    QVERIFY2(db.ok(), qPrintable(db.error()));
    const Session boss = db.createUser(Role::Admin, QStringLiteral("boss"));
    QVERIFY2(db.ok(), qPrintable(db.error()));
    MainWindow window(workspaceFor(db, boss), Areas::all());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* view = area<StaffView>(window, "staff");
    QVERIFY(view);
    QTRY_VERIFY(view->model()->isCountKnown() && view->model()->rowCount() == 1);

    withModalDialog(
        [&] { QTest::mouseClick(find<QPushButton>(view, "staffNew"), Qt::LeftButton); },
        [&](QWidget* form) {
            auto* staff = qobject_cast<StaffForm*>(form);
            QVERIFY(staff);
            type(form, "staffForm_username", QStringLiteral("WangFang"));
            type(form, "staffForm_displayName", QStringLiteral("王芳"));
            auto* role = find<QComboBox>(form, "staffForm_role");
            role->setCurrentIndex(role->findData(int(Role::Clerk)));
            // A guessable first password is refused with the reason, under its field.
            type(form, "staffForm_password", QStringLiteral("wangfang2026"));
            type(form, "staffForm_repeat", QStringLiteral("wangfang2026"));
            QTest::mouseClick(find<QPushButton>(form, "staffFormSave"), Qt::LeftButton);
            QVERIFY(form->isVisible());
            QVERIFY2(staff->fieldError(QStringLiteral("password")).contains(QLatin1String("user name")),
                     qPrintable(staff->fieldError(QStringLiteral("password"))));
            type(form, "staffForm_password", QStringLiteral("kettle-lantern-73"));
            type(form, "staffForm_repeat", QStringLiteral("kettle-lantern-73"));
            QTest::mouseClick(find<QPushButton>(form, "staffFormSave"), Qt::LeftButton);
            QTRY_VERIFY(!form->isVisible());
            QCOMPARE(staff->result(), int(QDialog::Accepted));
        });
    QVERIFY2(find<QLabel>(view, "messageText")->text().contains(QLatin1String("Added \"wangfang\"")),
             qPrintable(find<QLabel>(view, "messageText")->text()));
    QTRY_VERIFY(view->model()->isCountKnown() && view->model()->rowCount() == 2);
    const int row = rowOf(view->model(), QStringLiteral("wangfang"));
    QVERIFY(row >= 0);
    QCOMPARE(view->model()->index(row, view->model()->spec().indexOf("role")).data().toString(),
             QStringLiteral("Warehouse clerk"));
    QCOMPARE(view->model()->index(row, view->model()->spec().indexOf("mustChange")).data().toString(),
             QStringLiteral("✓"));

    // The clerk signs in with that password and is asked for their own before anything else.
    LoginDialog login(db.connection(), LoginDialog::Who::Anyone);
    login.show();
    QVERIFY(QTest::qWaitForWindowExposed(&login));
    type(&login, "loginUsername", QStringLiteral("wangfang"));
    type(&login, "loginPassword", QStringLiteral("kettle-lantern-73"));
    QTest::mouseClick(find<QPushButton>(&login, "loginSignIn"), Qt::LeftButton);
    QTRY_COMPARE(login.result(), int(QDialog::Accepted));
    QVERIFY(login.session().mustChangePassword);
    const Workspace clerkDesk = workspaceFor(db, login.session());
    ChangePasswordDialog change(clerkDesk);
    change.show();
    QVERIFY(QTest::qWaitForWindowExposed(&change));
    type(&change, "changePassword_current", QStringLiteral("kettle-lantern-73"));
    type(&change, "changePassword_password", QStringLiteral("blue-river-stone-9"));
    type(&change, "changePassword_repeat", QStringLiteral("blue-river-stone-9"));
    QTest::mouseClick(find<QPushButton>(&change, "changePasswordSave"), Qt::LeftButton);
    QTRY_COMPARE(change.result(), int(QDialog::Accepted));
    auto again =
        AuthService(db.connection()).login(QStringLiteral("wangfang"), QStringLiteral("blue-river-stone-9"));
    QVERIFY(again && !again->mustChangePassword);

    // Both steps are in the audit log, as the boss and as the clerk, without the passwords.
    auto audit =
        Sql::exec(db.connection(), QStringLiteral("SELECT action, user_id, COALESCE(new_value, '') FROM "
                                                  "audit_log WHERE entity = 'user' ORDER BY changed_at"));
    QVERIFY(audit);
    QStringList steps;
    while (audit.value().next()) {
        steps << audit.value().value(0).toString() + QLatin1Char('/') + audit.value().value(1).toString();
        QVERIFY(!audit.value().value(2).toString().contains(QLatin1String("kettle")));
    }
    QVERIFY2(steps.contains(QStringLiteral("create/%1").arg(boss.userId)), qPrintable(steps.join(',')));
    QVERIFY2(steps.contains(QStringLiteral("change-password/%1").arg(login.session().userId)),
             qPrintable(steps.join(',')));

    // And the boss finds them in the audit log viewer, filtered to the clerk's account.
    auto* log = area<AuditView>(window, "audit");
    QVERIFY(log);
    log->showRecord(QStringLiteral("user"), QString::number(login.session().userId));
    AuditListModel* entries = log->model();
    QTRY_VERIFY(entries->isCurrent() && entries->isCountKnown() && entries->rowCount() == 2 &&
                entries->index(1, 0).data(PagedTableModel::LoadedRole).toBool());
    const int action = entries->spec().indexOf(QStringLiteral("action"));
    const int who = entries->spec().indexOf(QStringLiteral("who"));
    QCOMPARE(entries->index(0, action).data().toString(), QStringLiteral("password changed"));
    QCOMPARE(entries->index(0, who).data().toString(), QStringLiteral("王芳"));
    QCOMPARE(entries->index(1, action).data().toString(), QStringLiteral("created"));
    QCOMPARE(entries->index(1, who).data().toString(), QStringLiteral("boss"));
}

void TestStaffView::lastAdministratorStaysActive()
{
    TestDatabase db(QStringLiteral("sqlite"));
    QVERIFY2(db.ok(), qPrintable(db.error()));
    const Session boss = db.createUser(Role::Admin, QStringLiteral("boss"));
    QVERIFY2(db.ok(), qPrintable(db.error()));
    MainWindow window(workspaceFor(db, boss), Areas::all());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* view = area<StaffView>(window, "staff");
    QTRY_VERIFY(view->model()->isCountKnown() && view->model()->rowCount() == 1);
    view->table()->selectRow(0);
    answer([&] { QTest::mouseClick(find<QPushButton>(view, "staffActivate"), Qt::LeftButton); }, true);
    QTRY_VERIFY(
        find<QLabel>(view, "messageText")->text().contains(QLatin1String("last active administrator")));
    auto still = UserService(db.connection()).get(boss, boss.userId);
    QVERIFY(still && still->active);
}

QTEST_MAIN(TestStaffView)
#include "tst_staffview.moc"
