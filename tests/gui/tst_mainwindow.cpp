#include "common/mainwindow.h"
#include "goods/goodsform.h"
#include "goods/goodsview.h"
#include "tables/goodslistmodel.h"
#include "testdatabase.h"
#include "users/firstrundialog.h"
#include "users/logindialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTest>
#include <QTimer>

#include <functional>

namespace {

template<typename T>
T* find(QWidget* parent, const char* name)
{
    T* child = parent->findChild<T*>(QString::fromLatin1(name));
    if (!child)
        qWarning("no widget named %s", name);
    return child;
}

void type(QWidget* parent, const char* name, const QString& text)
{
    auto* edit = find<QLineEdit>(parent, name);
    QVERIFY(edit);
    edit->clear();
    // QTest types Latin-1 keys only; Chinese arrives the way an input method commits it.
    bool latin1 = true;
    for (QChar c : text)
        latin1 = latin1 && c.unicode() < 0x80;
    if (latin1)
        QTest::keyClicks(edit, text);
    else
        edit->insert(text);
}

// Runs STEPS inside the modal dialog that CLICKING opens, the way a person would use it.
void withModalDialog(const std::function<void()>& clicking, const std::function<void(QWidget*)>& steps)
{
    bool ran = false;
    QTimer::singleShot(0, [&] {
        QTRY_VERIFY(QApplication::activeModalWidget() != nullptr);
        ran = true;
        steps(QApplication::activeModalWidget());
    });
    clicking();
    QVERIFY(ran);
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void firstRunCreatesTheAdministrator();
    void loginRefusesWrongPasswordThenSignsIn();
    void createsGoodsThroughTheFormAndFindsIt();
    void clerkSeesTheListButCannotAddGoods();
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
    QVERIFY2(passwordError->text().contains(QLatin1String("8 characters")), qPrintable(passwordError->text()));
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
    QVERIFY2(message->text().contains(QLatin1String("Wrong user name or password")), qPrintable(message->text()));
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
    MainWindow window(Workspace{db.database(), db.connection(), manager});
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.areaNames(), QStringList{QStringLiteral("Goods")});
    QVERIFY(find<QLabel>(&window, "statusDatabase")->text().contains(QLatin1String("SQLite")));
    QVERIFY(find<QLabel>(&window, "statusUser")->text().contains(QLatin1String("Manager")));

    GoodsView* goods = window.goodsView();
    withModalDialog([&] { QTest::mouseClick(find<QPushButton>(goods, "goodsNew"), Qt::LeftButton); },
                    [&](QWidget* form) {
                        type(form, "goods_sku", QStringLiteral("tea-1"));
                        type(form, "goods_name", QStringLiteral("绿茶饮料 500ml"));
                        type(form, "goods_barcode", QStringLiteral("6901234567891"));
                        type(form, "goods_price", QStringLiteral("abc"));
                        type(form, "goods_cost", QStringLiteral("-1"));
                        QTest::mouseClick(find<QPushButton>(form, "goodsSave"), Qt::LeftButton);
                        auto* gf = qobject_cast<GoodsForm*>(form);
                        QVERIFY(gf && gf->isVisible());
                        QVERIFY2(gf->fieldError(QStringLiteral("barcode")).contains(QLatin1String("should be 2")),
                                 qPrintable(gf->fieldError(QStringLiteral("barcode"))));
                        QVERIFY(find<QLabel>(form, "goods_barcode_error")->isVisible());
                        QVERIFY(gf->fieldError(QStringLiteral("price")).contains(QLatin1String("Not an amount")));
                        QVERIFY(gf->fieldError(QStringLiteral("cost")).contains(QLatin1String("negative")));

                        type(form, "goods_barcode", QStringLiteral("6901234567892"));
                        type(form, "goods_price", QStringLiteral("3.50"));
                        type(form, "goods_cost", QStringLiteral("2.1"));
                        QTest::mouseClick(find<QPushButton>(form, "goodsSave"), Qt::LeftButton);
                        QTRY_VERIFY(!form->isVisible());
                    });

    type(goods, "goodsSearch", QStringLiteral("茶"));
    GoodsListModel* model = goods->model();
    QTRY_VERIFY(model->isCountKnown() && model->filter().search == QStringLiteral("茶"));
    QCOMPARE(model->rowCount(), 1);
    QTRY_VERIFY(model->index(0, 0).data(PagedTableModel::LoadedRole).toBool());
    QCOMPARE(model->index(0, GoodsListModel::Sku).data().toString(), QStringLiteral("TEA-1"));
    QCOMPARE(model->index(0, GoodsListModel::Name).data().toString(), QStringLiteral("绿茶饮料 500ml"));
    QCOMPARE(model->index(0, GoodsListModel::Price).data().value<Money>().cents(), qint64(350));
    QCOMPARE(model->index(0, GoodsListModel::Cost).data().value<Money>().cents(), qint64(210));
    QTRY_VERIFY(find<QLabel>(goods, "goodsCount")->text().contains(QLatin1String("1 goods")));
}

void TestMainWindow::clerkSeesTheListButCannotAddGoods()
{
    TestDatabase db(QStringLiteral("sqlite"));
    QVERIFY2(db.ok(), qPrintable(db.error()));
    const Session clerk = db.createUser(Role::Clerk, QStringLiteral("clerk"));
    MainWindow window(Workspace{db.database(), db.connection(), clerk});
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    GoodsView* goods = window.goodsView();
    QVERIFY(goods);
    QVERIFY(find<QPushButton>(goods, "goodsNew")->isHidden());
    QVERIFY(find<QPushButton>(goods, "goodsArchive")->isHidden());
    QVERIFY(!window.findChild<QAction*>(QStringLiteral("actionConnect")));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
