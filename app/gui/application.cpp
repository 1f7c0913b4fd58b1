#include "application.h"

#include "common/mainwindow.h"
#include "config/settings.h"
#include "databaseoptions.h"
#include "db/migrations.h"
#include "languages.h"
#include "services/userservice.h"
#include "users/firstrundialog.h"
#include "users/logindialog.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QInputDialog>
#include <QMessageBox>
#include <QTextStream>
#include <QTimer>

namespace {

const QString mainConnection = QStringLiteral("main");

} // namespace

Application::Application() = default;

Application::~Application()
{
    m_window.reset();
    m_connection = Connection();
    Database::disconnect(mainConnection);
}

int Application::failAtStart(const QString& message, int exitCode)
{
    QTextStream(stderr) << "storekeeper: " << message << Qt::endl;
    QMessageBox::critical(nullptr, tr("Storekeeper cannot start"), message);
    return exitCode;
}

int Application::start(const QCommandLineParser& parser)
{
    auto profile = DatabaseOptions::resolve(parser);
    if (!profile)
        return failAtStart(profile.error().message, 2);
    const QString password = qEnvironmentVariable("STOREKEEPER_DB_PASSWORD");
    if (auto opened = open(profile.value(), password); !opened)
        return failAtStart(opened.error().message, 1);
    if (DatabaseOptions::given(parser))
        Settings::setValue(Settings::Key::DatabaseUrl, profile->toUrl());
    return signIn() ? -1 : 0;
}

Status Application::open(const ConnectionProfile& profile, QString password)
{
    // A server asks for its password; a wrong one may be typed again.
    for (int attempt = 0;; ++attempt) {
        if (profile.isServer() && password.isEmpty()) {
            bool ok = false;
            password =
                QInputDialog::getText(nullptr, tr("Database password"),
                                      tr("Password for %1 on %2:").arg(profile.user, profile.location()),
                                      QLineEdit::Password, QString(), &ok);
            if (!ok)
                return Error::make(Error::Kind::Authentication,
                                   tr("No password was given for %1.").arg(profile.location()));
        }
        const Database database(profile, password, Database::Access::ReadWriteCreate);
        auto connection = database.connect(mainConnection);
        if (!connection) {
            if (connection.error().kind == Error::Kind::Authentication && attempt < 2) {
                QMessageBox::warning(nullptr, tr("Database password"), connection.error().message);
                password.clear();
                continue;
            }
            return connection.error();
        }
        auto version = Migrations::migrate(connection.value());
        if (!version) {
            Database::disconnect(mainConnection);
            return version.error();
        }
        m_database = database;
        m_connection = connection.value();
        return Done{};
    }
}

bool Application::signIn(const QString& notice)
{
    auto users = UserService(m_connection).userCount();
    if (!users) {
        failAtStart(users.error().message, 1);
        return false;
    }
    if (users.value() == 0) {
        FirstRunDialog dialog(m_connection);
        if (dialog.exec() != QDialog::Accepted)
            return false;
        showWindow(dialog.session(), dialog.demoSummary().isEmpty() ? notice : dialog.demoSummary());
        return true;
    }
    LoginDialog dialog(m_connection);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    showWindow(dialog.session(), notice);
    return true;
}

void Application::showWindow(const Session& session, const QString& notice)
{
    m_window = std::make_unique<MainWindow>(Workspace{m_database, m_connection, session});
    connect(m_window.get(), &MainWindow::signOutRequested, this, &Application::signOut, Qt::QueuedConnection);
    connect(m_window.get(), &MainWindow::databaseChangeRequested, this, &Application::changeDatabase,
            Qt::QueuedConnection);
    connect(m_window.get(), &MainWindow::languageChangeRequested, this, &Application::changeLanguage,
            Qt::QueuedConnection);
    connect(m_window.get(), &MainWindow::closed, this, [this] {
        if (!m_replacingWindow)
            QApplication::quit();
    });
    if (!notice.isEmpty())
        m_window->showNotice(notice);
    m_window->show();
}

void Application::closeWindow()
{
    m_replacingWindow = true;
    if (m_window)
        m_window->close();
    m_window.reset();
    m_replacingWindow = false;
}

void Application::signOut()
{
    closeWindow();
    if (!signIn())
        QApplication::quit();
}

void Application::changeDatabase(const ConnectionProfile& profile, const QString& password)
{
    closeWindow();
    m_connection = Connection();
    Database::disconnect(mainConnection);
    if (auto opened = open(profile, password); !opened) {
        // m_database is still the previous one: go back to it.
        QMessageBox::warning(nullptr, tr("Connect to a database"),
                             tr("%1\n\nStorekeeper stays on %2.")
                                 .arg(opened.error().message, m_database.profile().location()));
        auto back = m_database.connect(mainConnection);
        if (!back) {
            failAtStart(back.error().message, 1);
            QApplication::exit(1);
            return;
        }
        m_connection = back.value();
    } else {
        Settings::setValue(Settings::Key::DatabaseUrl, profile.toUrl());
    }
    if (!signIn())
        QApplication::quit();
}

void Application::changeLanguage(const QString& localeName)
{
    Settings::setValue(Settings::Key::Language, localeName);
    Languages::install(localeName.isEmpty() ? QLocale::system() : QLocale(localeName));
    if (!m_window)
        return;
    // Every widget takes its texts when built, so the window is built again in the new language.
    const Session session = m_window->workspace().session;
    closeWindow();
    showWindow(session, {});
}
