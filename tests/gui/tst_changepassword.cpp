#include "guisupport.h"
#include "languages.h"
#include "services/authservice.h"
#include "services/userservice.h"
#include "users/changepassworddialog.h"

#include <QLabel>
#include <QPushButton>
#include <QTest>

using namespace GuiTest;

// After an administrator resets a password, its owner signs in with it and must choose their own
// in this dialog: a weak one is refused with the reason under the field, in both languages, and a
// good one works at the next sign-in while the old one no longer does.
class TestChangePassword : public QObject
{
    Q_OBJECT
private slots:
    void cleanup() { Languages::install(QLocale(QStringLiteral("en"))); }
    void resetPasswordIsChangedAtSignIn_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("weakReason");
        QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("common password or word");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN") << QStringLiteral("常见的密码或单词");
    }
    void resetPasswordIsChangedAtSignIn();
};

void TestChangePassword::resetPasswordIsChangedAtSignIn()
{
    QFETCH(QString, language);
    QFETCH(QString, weakReason);
    Languages::install(QLocale(language));
    TestDatabase db(QStringLiteral("sqlite"));
    QVERIFY2(db.ok(), qPrintable(db.error()));
    const Session admin = db.createUser(Role::Admin, QStringLiteral("boss"));
    const Session clerk = db.createUser(Role::Clerk, QStringLiteral("wangfang"));
    QVERIFY2(db.ok(), qPrintable(db.error()));
    const QString temporary = QStringLiteral("kettle-lantern-73");
    QVERIFY(UserService(db.connection()).resetPassword(admin, clerk.userId, temporary));
    auto signedIn = AuthService(db.connection()).login(QStringLiteral("wangfang"), temporary);
    QVERIFY(signedIn && signedIn->mustChangePassword);

    const Workspace workspace = workspaceFor(db, signedIn.value());
    ChangePasswordDialog dialog(workspace);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(find<QLabel>(&dialog, "messageText")->isVisible()); // says why the dialog is there
    type(&dialog, "changePassword_current", temporary);
    type(&dialog, "changePassword_password", QStringLiteral("Password123!"));
    type(&dialog, "changePassword_repeat", QStringLiteral("Password123!"));
    QTest::mouseClick(find<QPushButton>(&dialog, "changePasswordSave"), Qt::LeftButton);
    QTRY_VERIFY(!dialog.fieldError(QStringLiteral("password")).isEmpty());
    QVERIFY2(dialog.fieldError(QStringLiteral("password")).contains(weakReason),
             qPrintable(dialog.fieldError(QStringLiteral("password"))));
    QVERIFY(dialog.isVisible());
    QCOMPARE(cutLabels(&dialog), QStringList());

    type(&dialog, "changePassword_password", QStringLiteral("blue-river-stone-9"));
    type(&dialog, "changePassword_repeat", QStringLiteral("blue-river-stone-9"));
    QTest::mouseClick(find<QPushButton>(&dialog, "changePasswordSave"), Qt::LeftButton);
    QTRY_COMPARE(dialog.result(), int(QDialog::Accepted));
    auto now =
        AuthService(db.connection()).login(QStringLiteral("wangfang"), QStringLiteral("blue-river-stone-9"));
    QVERIFY(now);
    QVERIFY(!now->mustChangePassword);
}

QTEST_MAIN(TestChangePassword)
#include "tst_changepassword.moc"
