#include "application.h"

#include "areas.h"
#include "common/mainwindow.h"
#include "config/settings.h"
#include "databaseoptions.h"
#include "db/migrations.h"
#include "languages.h"
#include "services/userservice.h"
#include "users/changepassworddialog.h"
#include "users/firstrundialog.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QInputDialog>
#include <QMessageBox>
#include <QTextStream>
#include <utility>

Application::Application() = default;

Application::~Application()
{
    m_window.reset();
    const QString name = m_connection.db.connectionName();
    m_connection = Connection();
    if (!name.isEmpty())
        Database::disconnect(name);
}

int Application::complain(const QString& message, int exitCode)
{
    QTextStream(stderr) << "storekeeper: " << message << Qt::endl;
    QMessageBox::critical(nullptr, tr("Storekeeper"), message);
    return exitCode;
}

int Application::start(const QCommandLineParser& parser)
{
    auto profile = DatabaseOptions::resolve(parser, DatabaseOptions::Fallback::LastOpened);
    if (!profile)
        return complain(profile.error().message, 2);
    // A file named on the command line that is not there is more likely a typo than a new shop.
    if (DatabaseOptions::given(parser) && !profile->isServer() && !QFileInfo::exists(profile->path) &&
        QMessageBox::question(nullptr, tr("New database"),
                              tr("There is no database at %1. Create a new, empty one there?")
                                  .arg(QDir::toNativeSeparators(profile->path))) != QMessageBox::Yes)
        return 1;
    auto connection = open(profile.value(), qEnvironmentVariable("STOREKEEPER_DB_PASSWORD"), &m_database);
    if (!connection)
        return complain(connection.error().message, 1);
    m_connection = connection.value();
    switch (signIn(LoginDialog::Who::LastUser)) {
    case SignIn::Done:
        // Only a database opened and signed in to completely is the one the next start opens: a
        // new file left at its first-run dialog, or a sign-in given up, leaves the choice as it was.
        if (DatabaseOptions::given(parser))
            Settings::setValue(Settings::Key::DatabaseUrl, profile->toUrl());
        return -1;
    case SignIn::Cancelled:
        return 0;
    case SignIn::Failed:
        break;
    }
    return 1;
}

Result<Connection> Application::open(const ConnectionProfile& profile, QString password, Database* opened)
{
    const QString name = QStringLiteral("main-%1").arg(++m_openCount);
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
        auto connection = database.connect(name);
        if (!connection) {
            if (connection.error().kind == Error::Kind::Authentication && attempt < 2) {
                QMessageBox::warning(nullptr, tr("Database password"), connection.error().message);
                password.clear();
                continue;
            }
            return connection.error();
        }
        if (auto version = Migrations::migrate(connection.value()); !version) {
            connection = version.error(); // no copy of the connection may outlive its removal
            Database::disconnect(name);
            return connection;
        }
        *opened = database;
        return connection;
    }
}

Application::SignIn Application::signIn(LoginDialog::Who who, const QString& notice)
{
    auto users = UserService(m_connection).userCount();
    if (!users) {
        complain(users.error().message, 1);
        return SignIn::Failed;
    }
    if (users.value() == 0) {
        // No one is signed in yet; the dialog's saves still run off the window's thread.
        const Workspace setup{m_database, m_connection, Session(), std::make_shared<JobRunner>(m_database)};
        FirstRunDialog dialog(setup);
        if (dialog.exec() != QDialog::Accepted)
            return SignIn::Cancelled;
        showWindow(dialog.session(), dialog.demoSummary().isEmpty() ? notice : dialog.demoSummary());
        return SignIn::Done;
    }
    LoginDialog dialog(m_connection, who);
    if (dialog.exec() != QDialog::Accepted)
        return SignIn::Cancelled;
    Session session = dialog.session();
    if (session.mustChangePassword) {
        // A password an administrator set opens nothing until its owner has chosen their own.
        const Workspace signedIn{m_database, m_connection, session, std::make_shared<JobRunner>(m_database)};
        ChangePasswordDialog change(signedIn);
        if (change.exec() != QDialog::Accepted)
            return SignIn::Cancelled;
        session.mustChangePassword = false;
    }
    showWindow(session, notice);
    return SignIn::Done;
}

void Application::finishAfter(SignIn outcome)
{
    if (outcome == SignIn::Cancelled)
        QApplication::quit();
    else if (outcome == SignIn::Failed)
        QApplication::exit(1);
}

void Application::showWindow(const Session& session, const QString& notice)
{
    m_window = std::make_unique<MainWindow>(
        Workspace{m_database, m_connection, session, std::make_shared<JobRunner>(m_database)}, Areas::all());
    connect(
        m_window.get(), &MainWindow::signOutRequested, this, [this] { signOut(LoginDialog::Who::LastUser); },
        Qt::QueuedConnection);
    connect(
        m_window.get(), &MainWindow::switchUserRequested, this, [this] { signOut(LoginDialog::Who::Anyone); },
        Qt::QueuedConnection);
    connect(m_window.get(), &MainWindow::changePasswordRequested, this, [this] {
        ChangePasswordDialog dialog(m_window->workspace(), m_window.get());
        if (dialog.exec() == QDialog::Accepted)
            m_window->showNotice(tr("Your password was changed. Use the new one from now on."));
    });
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

void Application::signOut(LoginDialog::Who who)
{
    closeWindow();
    finishAfter(signIn(who));
}

void Application::changeDatabase(const ConnectionProfile& profile, const QString& password)
{
    // The new database opens beside the old one; only when it works does the window move over.
    Database database;
    auto connection = open(profile, password, &database);
    if (!connection) {
        QMessageBox::warning(m_window.get(), tr("Connect to a database"),
                             tr("%1\n\nStorekeeper stays on %2.")
                                 .arg(connection.error().message, m_database.profile().location()));
        return;
    }
    // The old database stays open, and is what the next start opens, until someone has signed in
    // to the new one: cancelling there goes back to where the user was, still signed in.
    const Session previousSession = m_window ? m_window->workspace().session : Session();
    Database previousDatabase = m_database;
    Connection previousConnection = m_connection;
    closeWindow();
    m_connection = connection.value();
    m_database = database;
    const bool switched = signIn(LoginDialog::Who::LastUser) == SignIn::Done;
    if (switched) {
        Settings::setValue(Settings::Key::DatabaseUrl, profile.toUrl());
    } else {
        std::swap(m_connection, previousConnection);
        std::swap(m_database, previousDatabase);
    }
    // No copy of a connection may outlive its removal.
    const QString unused = previousConnection.db.connectionName();
    previousConnection = Connection();
    Database::disconnect(unused);
    if (!switched)
        showWindow(previousSession, tr("Storekeeper stays on %1.").arg(m_database.profile().location()));
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
