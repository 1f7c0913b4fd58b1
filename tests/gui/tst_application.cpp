// The window's whole flow as a user meets it: a new database named on the command line, the first
// administrator, signing out and in, switching to another user, switching language. Modal dialogs
// are answered the way a person would, as they appear.
#include "application.h"
#include "common/mainwindow.h"
#include "config/settings.h"
#include "databaseoptions.h"
#include "domain/password.h"
#include "goods/goodsview.h"
#include "services/userservice.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QCommandLineParser>
#include <QDialog>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QProcess>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <deque>
#include <functional>

namespace {

// Answers modal dialogs in order: each step gets the next new modal widget that opens.
class ModalScript : public QObject
{
public:
    using Step = std::function<void(QWidget*)>;
    explicit ModalScript(std::deque<Step> steps) : m_steps(std::move(steps))
    {
        connect(&m_poll, &QTimer::timeout, this, [this] {
            QWidget* modal = QApplication::activeModalWidget();
            if (!modal || modal == m_last || m_steps.empty() || !modal->isVisible())
                return;
            m_last = modal;
            Step step = std::move(m_steps.front());
            m_steps.pop_front();
            step(modal);
        });
        m_poll.start(20);
    }
    bool done() const { return m_steps.empty(); }

private:
    std::deque<Step> m_steps;
    QTimer m_poll;
    QWidget* m_last = nullptr;
};

void type(QWidget* parent, const char* name, const QString& text)
{
    auto* edit = parent->findChild<QLineEdit*>(QString::fromLatin1(name));
    QVERIFY2(edit, name);
    edit->clear();
    QTest::keyClicks(edit, text);
}

void click(QWidget* parent, const char* name)
{
    auto* button = parent->findChild<QPushButton*>(QString::fromLatin1(name));
    QVERIFY2(button, name);
    QTest::mouseClick(button, Qt::LeftButton);
}

ModalScript::Step signIn(const QString& user, const QString& password)
{
    return [=](QWidget* login) {
        QCOMPARE(login->objectName(), QStringLiteral("loginDialog"));
        type(login, "loginUsername", user);
        type(login, "loginPassword", password);
        click(login, "loginSignIn");
    };
}

QString statusUser(MainWindow* window)
{
    auto* label = window->findChild<QLabel*>(QStringLiteral("statusUser"));
    return label ? label->text() : QString();
}

} // namespace

class TestApplication : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY(Password::initialize()); }
    void firstRunThenSignOutSwitchUserAndLanguage();
    void badAddressesEndTheStartWithAMessage();
    void cancelledNewDatabaseIsNotRemembered();
    void wrongCommandLineExitsWithTwo();
};

void TestApplication::firstRunThenSignOutSwitchUserAndLanguage()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("shop.db"));
    QCommandLineParser parser;
    DatabaseOptions::addTo(parser);
    QVERIFY(parser.parse(
        {QStringLiteral("storekeeper"), QStringLiteral("--database"), QStringLiteral("sqlite:") + path}));

    Application app;
    ModalScript firstStart({
        [](QWidget* question) { // the file does not exist yet: a new database is confirmed, not assumed
            auto* box = qobject_cast<QMessageBox*>(question);
            QVERIFY(box);
            QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
        },
        [](QWidget* firstRun) {
            QCOMPARE(firstRun->objectName(), QStringLiteral("firstRunDialog"));
            QVERIFY(!firstRun->findChild<QCheckBox*>(QStringLiteral("firstRunDemo"))->isChecked());
            type(firstRun, "firstRun_displayName", QStringLiteral("Ada Owner"));
            type(firstRun, "firstRun_password", QStringLiteral("correct-horse-1"));
            type(firstRun, "firstRun_repeat", QStringLiteral("correct-horse-1"));
            click(firstRun, "firstRunCreate");
        },
    });
    QCOMPARE(app.start(parser), -1);
    QVERIFY(firstStart.done());
    QVERIFY(QFileInfo::exists(path));
    QVERIFY(app.window());
    QTRY_VERIFY(app.window()->isVisible());
    QVERIFY(statusUser(app.window()).contains(QLatin1String("Ada Owner")));
    QVERIFY(app.window()
                ->showArea("goods")
                ->findChild<QPushButton*>(QStringLiteral("goodsNew"))
                ->isVisibleTo(app.window()));

    // A clerk is added from another desk.
    {
        auto other =
            Database(ConnectionProfile::sqliteFile(path), QString()).connect(QStringLiteral("other desk"));
        QVERIFY(other.ok());
        QVERIFY(UserService(other.value())
                    .create(Session::maintenance(), {QStringLiteral("li"), QStringLiteral("Li Clerk"),
                                                     QStringLiteral("ledger-lamp-27"), Role::Clerk})
                    .ok());
    }
    Database::disconnect(QStringLiteral("other desk"));

    // Sign out: the login names the last user; signing in again opens a new window.
    QPointer<MainWindow> before = app.window(); // null once the window is replaced
    ModalScript signOut({[](QWidget* login) {
        QCOMPARE(login->findChild<QLineEdit*>(QStringLiteral("loginUsername"))->text(),
                 QStringLiteral("admin"));
        signIn(QStringLiteral("admin"), QStringLiteral("correct-horse-1"))(login);
    }});
    app.window()->findChild<QAction*>(QStringLiteral("actionSignOut"))->trigger();
    QTRY_VERIFY(signOut.done() && app.window() && !before && app.window()->isVisible());

    // Switch user: the name starts empty, and the clerk's window has no way to add goods.
    before = app.window();
    ModalScript switchUser({[](QWidget* login) {
        QVERIFY(login->findChild<QLineEdit*>(QStringLiteral("loginUsername"))->text().isEmpty());
        signIn(QStringLiteral("li"), QStringLiteral("ledger-lamp-27"))(login);
    }});
    app.window()->findChild<QAction*>(QStringLiteral("actionSwitchUser"))->trigger();
    QTRY_VERIFY(switchUser.done() && app.window() && !before && app.window()->isVisible());
    QVERIFY(statusUser(app.window()).contains(QLatin1String("Li Clerk")));
    QVERIFY(!app.window()->showArea("goods")->findChild<QPushButton*>(QStringLiteral("goodsNew")));

    // Another language: the window is built again in it, same user.
    before = app.window();
    emit app.window()->languageChangeRequested(QStringLiteral("zh_CN"));
    QTRY_VERIFY(app.window() && !before && app.window()->isVisible());
    QCOMPARE(app.window()->areaNames(), QStringList{QStringLiteral("商品")});
    QVERIFY(statusUser(app.window()).contains(QLatin1String("Li Clerk")));
    emit app.window()->languageChangeRequested(QStringLiteral("en"));
    QTRY_COMPARE(app.window()->areaNames(), QStringList{QStringLiteral("Goods")});

    // Another database, abandoned at its first-run dialog: back on this one, still signed in, and
    // the next start opens this one too.
    const ConnectionProfile here = ConnectionProfile::sqliteFile(path);
    const ConnectionProfile elsewhere =
        ConnectionProfile::sqliteFile(dir.filePath(QStringLiteral("elsewhere.db")));
    before = app.window();
    ModalScript abandon({[](QWidget* firstRun) {
        QCOMPARE(firstRun->objectName(), QStringLiteral("firstRunDialog"));
        qobject_cast<QDialog*>(firstRun)->reject();
    }});
    emit app.window()->databaseChangeRequested(elsewhere, QString());
    QTRY_VERIFY(abandon.done() && app.window() && !before && app.window()->isVisible());
    QVERIFY(statusUser(app.window()).contains(QLatin1String("Li Clerk")));
    QVERIFY(app.window()
                ->findChild<QLabel*>(QStringLiteral("statusDatabase"))
                ->text()
                .contains(QLatin1String("shop.db")));
    QCOMPARE(Settings::string(Settings::Key::DatabaseUrl), here.toUrl());

    // Carried through, the switch is what the next start opens.
    before = app.window();
    ModalScript carryOn({[](QWidget* firstRun) {
        type(firstRun, "firstRun_displayName", QStringLiteral("Bo Owner"));
        type(firstRun, "firstRun_password", QStringLiteral("another-horse-2"));
        type(firstRun, "firstRun_repeat", QStringLiteral("another-horse-2"));
        click(firstRun, "firstRunCreate");
    }});
    emit app.window()->databaseChangeRequested(elsewhere, QString());
    QTRY_VERIFY(carryOn.done() && app.window() && !before && app.window()->isVisible());
    QVERIFY(statusUser(app.window()).contains(QLatin1String("Bo Owner")));
    QCOMPARE(Settings::string(Settings::Key::DatabaseUrl), elsewhere.toUrl());
}

void TestApplication::badAddressesEndTheStartWithAMessage()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const auto start = [](const QString& address, std::deque<ModalScript::Step> answers) {
        QCommandLineParser parser;
        DatabaseOptions::addTo(parser);
        if (!parser.parse({QStringLiteral("storekeeper"), QStringLiteral("--database"), address}))
            return -1;
        Application app;
        ModalScript script(std::move(answers));
        return app.start(parser);
    };
    QString said;
    const auto readMessage = [&said](QWidget* modal) {
        auto* box = qobject_cast<QMessageBox*>(modal);
        QVERIFY(box);
        said = box->text();
        box->accept();
    };

    QCOMPARE(start(QStringLiteral("postgresql://me:secret@db/shop"), {readMessage}), 2);
    QVERIFY2(said.contains(QLatin1String("password")), qPrintable(said));
    QVERIFY2(!said.contains(QLatin1String("secret")), qPrintable(said));

    // Asked for the password, then told plainly that the server cannot be reached.
    const auto givePassword = [](QWidget* modal) {
        auto* input = modal->findChild<QLineEdit*>();
        QVERIFY(input);
        input->setText(QStringLiteral("x"));
        QMetaObject::invokeMethod(modal, "accept", Qt::QueuedConnection);
    };
    QCOMPARE(start(QStringLiteral("postgresql://me@127.0.0.1:1/shop"), {givePassword, readMessage}), 1);
    QVERIFY2(said.contains(QLatin1String("Cannot connect")), qPrintable(said));

    // A file that is not there is created only when the user says so.
    const QString missing = dir.filePath(QStringLiteral("typo.db"));
    QCOMPARE(start(QStringLiteral("sqlite:") + missing, {[](QWidget* modal) {
                       auto* box = qobject_cast<QMessageBox*>(modal);
                       QVERIFY(box);
                       QTest::mouseClick(box->button(QMessageBox::No), Qt::LeftButton);
                   }}),
             1);
    QVERIFY(!QFileInfo::exists(missing));

    // A file that is not a database: refused, left as it was.
    const QString text = dir.filePath(QStringLiteral("notes.db"));
    {
        QFile file(text);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("shopping list: tea, rice\n");
    }
    QCOMPARE(start(QStringLiteral("sqlite:") + text, {readMessage}), 1);
    QVERIFY2(said.contains(QLatin1String("not a Storekeeper database")), qPrintable(said));
    QFile file(text);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("shopping list: tea, rice\n"));
}

void TestApplication::cancelledNewDatabaseIsNotRemembered()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString shop = ConnectionProfile::sqliteFile(dir.filePath(QStringLiteral("shop.db"))).toUrl();
    Settings::setValue(Settings::Key::DatabaseUrl, shop);
    const QString fresh = dir.filePath(QStringLiteral("new.db"));
    QCommandLineParser parser;
    DatabaseOptions::addTo(parser);
    QVERIFY(parser.parse(
        {QStringLiteral("storekeeper"), QStringLiteral("--database"), QStringLiteral("sqlite:") + fresh}));
    {
        Application app;
        ModalScript script({
            [](QWidget* question) {
                auto* box = qobject_cast<QMessageBox*>(question);
                QVERIFY(box);
                QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
            },
            [](QWidget* firstRun) {
                QCOMPARE(firstRun->objectName(), QStringLiteral("firstRunDialog"));
                qobject_cast<QDialog*>(firstRun)->reject();
            },
        });
        QCOMPARE(app.start(parser), 0);
        QVERIFY(script.done());
    }
    // The empty new file is not what the next plain start opens: the shop's database still is.
    QCOMPARE(Settings::string(Settings::Key::DatabaseUrl), shop);
    QCommandLineParser plain;
    DatabaseOptions::addTo(plain);
    QVERIFY(plain.parse({QStringLiteral("storekeeper")}));
    QCOMPARE(DatabaseOptions::resolve(plain, DatabaseOptions::Fallback::LastOpened)->toUrl(), shop);
}

void TestApplication::wrongCommandLineExitsWithTwo()
{
    // The real program, as a script or a desktop file would start it.
    const QString binary = qEnvironmentVariable("STOREKEEPER_BIN");
    QVERIFY2(QFileInfo(binary).isExecutable(), qPrintable(binary));
    QProcess process;
    process.start(binary, {QStringLiteral("--no-such-option")});
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 2);
    const QString said = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(said.contains(QLatin1String("no-such-option")) && said.contains(QLatin1String("--help")),
             qPrintable(said));
    process.start(binary, {QStringLiteral("--help")});
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), 0);
    QVERIFY(QString::fromUtf8(process.readAllStandardOutput())
                .contains(QLatin1String("2 the command line is wrong")));
}

QTEST_MAIN(TestApplication)
#include "tst_application.moc"
