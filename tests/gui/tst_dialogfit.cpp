// Dialogs grow and shrink with their messages and notes, in both languages: no label is cut, no
// field is squeezed when an error appears, rows close up again when it goes, and quiet text keeps
// a readable contrast.
#include "areas.h"
#include "common/connectiondialog.h"
#include "common/messagewidget.h"
#include "common/theme.h"
#include "goods/goodsform.h"
#include "guisupport.h"
#include "languages.h"
#include "services/goodsservice.h"
#include "users/firstrundialog.h"
#include "users/logindialog.h"

#include <QLabel>
#include <QLayout>
#include <QPushButton>
#include <QScreen>
#include <QSpinBox>
#include <QTcpServer>
#include <QTest>

using namespace GuiTest;

class TestDialogFit : public QObject
{
    Q_OBJECT
private slots:
    void cleanup() { Languages::install(QLocale(QStringLiteral("en"))); }
    void signInErrorFits_data() { languages(); }
    void signInErrorFits();
    void firstRunNotesFit_data() { languages(); }
    void firstRunNotesFit();
    void refusedServerKeepsTheFields_data() { languages(); }
    void refusedServerKeepsTheFields();
    void goodsNotesFitAndGo_data() { languages(); }
    void goodsNotesFitAndGo();
    void takingTheirVersionClosesTheFormUp_data() { languages(); }
    void takingTheirVersionClosesTheFormUp();

private:
    static void languages()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
    }
};

namespace {

// A SQLite database in a folder with a long name, as a shop's network share might have.
// A database file deep in folders with long names in both scripts, as a shop's shared drive has
// them: the path shown in the dialogs must wrap, never be cut.
std::unique_ptr<TestDatabase> deepDatabase()
{
    return std::make_unique<TestDatabase>(
        QStringLiteral("sqlite"), true,
        QStringLiteral("Shared records of the shop 商店的共享记录/2026 financial year 二〇二六财年/"
                       "north branch warehouse 北区分店仓库/back office 后台办公室/"
                       "storekeeper_main_branch_database_of_the_north_warehouse_2026.db"));
}

void settle()
{
    QTest::qWait(30); // layouts settle and windows resize in the event loop
}

// Whether DIALOG is as tall as its rows need (within half a line): nothing left between them
// where a note or a conflict view was.
bool closedUp(QWidget* dialog)
{
    QLayout* rows = dialog->layout();
    const int needed = rows->hasHeightForWidth() ? rows->totalHeightForWidth(dialog->width())
                                                 : rows->totalSizeHint().height();
    return dialog->height() <= needed + dialog->fontMetrics().height() / 2;
}

} // namespace

void TestDialogFit::signInErrorFits()
{
    QFETCH(QString, language);
    Languages::install(QLocale(language));
    auto db = deepDatabase();
    QVERIFY2(db->ok(), qPrintable(db->error()));
    db->createUser(Role::Manager, QStringLiteral("meimei"));
    LoginDialog dialog(db->connection());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    type(&dialog, "loginUsername", QStringLiteral("meimei"));
    type(&dialog, "loginPassword", QStringLiteral("wrong-password"));
    QTest::mouseClick(find<QPushButton>(&dialog, "loginSignIn"), Qt::LeftButton);
    QTRY_VERIFY(find<QLabel>(&dialog, "messageText")->isVisible());
    settle();
    QCOMPARE(cutLabels(&dialog), QStringList());
    // The path wraps: the dialog stays a compact size instead of stretching to the path's length.
    QVERIFY2(dialog.width() <= dialog.screen()->availableGeometry().width() / 2,
             qPrintable(QString::number(dialog.width())));
}

void TestDialogFit::firstRunNotesFit()
{
    QFETCH(QString, language);
    Languages::install(QLocale(language));
    auto db = deepDatabase();
    QVERIFY2(db->ok(), qPrintable(db->error()));
    const Workspace setup = workspaceFor(*db, Session());
    FirstRunDialog dialog(setup);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    // The quiet note under the demo choice still reads well: WCAG AA, 4.5:1.
    auto* note = find<QLabel>(&dialog, "firstRunDemoNote");
    const double ratio = Theme::contrast(note->palette().color(QPalette::WindowText),
                                         dialog.palette().color(QPalette::Window));
    QVERIFY2(ratio >= 4.5, qPrintable(QString::number(ratio)));
    type(&dialog, "firstRun_username", QStringLiteral("Not A Name!"));
    type(&dialog, "firstRun_password", QStringLiteral("short"));
    QTest::mouseClick(find<QPushButton>(&dialog, "firstRunCreate"), Qt::LeftButton);
    settle();
    QVERIFY(find<QLabel>(&dialog, "firstRun_username_error")->isVisible());
    QVERIFY(find<QLabel>(&dialog, "firstRun_password_error")->isVisible());
    QCOMPARE(cutLabels(&dialog), QStringList());
}

void TestDialogFit::refusedServerKeepsTheFields()
{
    QFETCH(QString, language);
    Languages::install(QLocale(language));
    // A port nothing listens on: the server refuses at once.
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const quint16 port = closed.serverPort();
    closed.close();
    ConnectionDialog dialog(
        ConnectionProfile::parse(QStringLiteral("postgresql://shop@127.0.0.1:%1/shop").arg(port)).value());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* portField = find<QSpinBox>(&dialog, "connectionPort");
    const int height = portField->height();
    find<QLineEdit>(&dialog, "connectionHost")->setFocus();
    QMetaObject::invokeMethod(&dialog, "accept");
    QTRY_VERIFY(find<QWidget>(&dialog, "connectionMessage")->isVisible());
    settle();
    QVERIFY(dialog.isVisible());
    QCOMPARE(portField->height(), height); // the message makes the dialog taller, not the fields thinner
    QCOMPARE(cutLabels(&dialog), QStringList());
}

void TestDialogFit::goodsNotesFitAndGo()
{
    QFETCH(QString, language);
    Languages::install(QLocale(language));
    auto db = deepDatabase();
    QVERIFY2(db->ok(), qPrintable(db->error()));
    const Workspace workspace = workspaceFor(*db, db->createUser(Role::Manager, QStringLiteral("manager")));
    GoodsForm form(workspace, {});
    form.startNew();
    form.show();
    QVERIFY(QTest::qWaitForWindowExposed(&form));
    settle();
    const int tidyHeight = form.height();

    // A note shown on leaving the field is whole at once, not only after Save.
    type(&form, "goodsForm_sku", QStringLiteral("T-1"));
    type(&form, "goodsForm_name", QStringLiteral("Tea"));
    type(&form, "goodsForm_price", QStringLiteral("abc"));
    QTest::keyClick(find<QLineEdit>(&form, "goodsForm_price"), Qt::Key_Tab);
    settle();
    QVERIFY(!form.fieldError(QStringLiteral("price")).isEmpty());
    QCOMPARE(cutLabels(&form), QStringList());
    // The barcode's note is the longest (it names the check digit that fits).
    type(&form, "goodsForm_barcode", QStringLiteral("6901234567891"));
    find<QLineEdit>(&form, "goodsForm_name")->setFocus();
    settle();
    QVERIFY(!form.fieldError(QStringLiteral("barcode")).isEmpty());
    QCOMPARE(cutLabels(&form), QStringList());

    QTest::mouseClick(find<QPushButton>(&form, "goodsFormSave"), Qt::LeftButton);
    type(&form, "goodsForm_cost", QStringLiteral("-1"));
    QTest::keyClick(find<QLineEdit>(&form, "goodsForm_cost"), Qt::Key_Tab);
    settle();
    QCOMPARE(cutLabels(&form), QStringList());
    // Each note sits right under its field.
    auto* cost = find<QLineEdit>(&form, "goodsForm_cost");
    auto* costNote = find<QLabel>(&form, "goodsForm_cost_error");
    QVERIFY(costNote->isVisible());
    QVERIFY2(costNote->mapTo(&form, QPoint()).y() - cost->mapTo(&form, QPoint(0, cost->height())).y() < 12,
             "the note drifted away from its field");
    const int withNotes = form.height();
    QVERIFY(withNotes > tidyHeight);

    // Put right, the form closes up again.
    type(&form, "goodsForm_price", QStringLiteral("3.50"));
    QTest::keyClick(find<QLineEdit>(&form, "goodsForm_price"), Qt::Key_Tab);
    type(&form, "goodsForm_cost", QStringLiteral("2.00"));
    QTest::keyClick(find<QLineEdit>(&form, "goodsForm_cost"), Qt::Key_Tab);
    settle();
    QVERIFY(form.fieldError(QStringLiteral("cost")).isEmpty());
    // As tall as its rows need (within half a line), nothing left between them where the notes were.
    QVERIFY2(closedUp(&form) && form.height() < withNotes - cost->height(),
             qPrintable(QStringLiteral("%1 tall, with notes it was %2").arg(form.height()).arg(withNotes)));
}

void TestDialogFit::takingTheirVersionClosesTheFormUp()
{
    QFETCH(QString, language);
    Languages::install(QLocale(language));
    TestDatabase db(QStringLiteral("sqlite"));
    QVERIFY2(db.ok(), qPrintable(db.error()));
    const Session manager = db.createUser(Role::Manager, QStringLiteral("manager"));
    const GoodsService service(db.connection());
    const auto created = service.create(manager, goodsItem("TEA-9", "Oolong 250g", 3800));
    QVERIFY(created.ok());
    const Workspace workspace = workspaceFor(db, manager);
    GoodsForm form(workspace, {});
    form.startEdit(created.value());
    form.show();
    QVERIFY(QTest::qWaitForWindowExposed(&form));
    settle();
    const int tidyHeight = form.height();
    GoodsDraft theirs = created->draft;
    theirs.price = Money::fromCents(4200);
    QVERIFY(service.update(manager, created->id, created->version, theirs).ok());

    type(&form, "goodsForm_price", QStringLiteral("39.00"));
    QTest::mouseClick(find<QPushButton>(&form, "goodsFormSave"), Qt::LeftButton);
    QTRY_VERIFY(find<QWidget>(&form, "conflictView")->isVisible());
    settle();
    QCOMPARE(cutLabels(&form), QStringList());
    QVERIFY(form.height() > tidyHeight);

    QTest::mouseClick(find<QPushButton>(&form, "conflictTakeTheirs"), Qt::LeftButton);
    settle();
    QVERIFY(!find<QWidget>(&form, "conflictView")->isVisible());
    // What is left is the form and the line saying it now shows their version.
    auto* message = form.findChild<MessageWidget*>();
    QVERIFY(message && message->isVisible());
    const int allowed =
        tidyHeight + message->height() + form.layout()->spacing() + form.fontMetrics().height() / 2;
    QVERIFY2(closedUp(&form) && form.height() <= allowed,
             qPrintable(QStringLiteral("%1 tall, %2 before the conflict, %3 allowed with the message")
                            .arg(form.height())
                            .arg(tidyHeight)
                            .arg(allowed)));
    QCOMPARE(cutLabels(&form), QStringList());
}

QTEST_MAIN(TestDialogFit)
#include "tst_dialogfit.moc"
