#pragma once

#include "common/workspace.h"
#include "users/logindialog.h"

#include <QCoreApplication>
#include <QObject>
#include <memory>

class MainWindow;
class QCommandLineParser;

// The GUI's flow: open the database (asking for a server password), sign in or create the first
// administrator, show the main window; sign out, switch user or database without restarting.
class Application : public QObject
{
    Q_OBJECT
public:
    Application();
    ~Application() override;

    // Returns an exit code when the program should end now, or -1 to run the event loop.
    int start(const QCommandLineParser& parser);
    MainWindow* window() const { return m_window.get(); }

private:
    enum class SignIn
    {
        Done,
        Cancelled,
        Failed
    };

    // Opens PROFILE under a connection name of its own, so the one in use stays until it succeeds.
    Result<Connection> open(const ConnectionProfile& profile, QString password, Database* opened);
    SignIn signIn(LoginDialog::Who who, const QString& notice = {});
    void signOut(LoginDialog::Who who);
    void closeWindow(); // for a sign-out or rebuild, which must not end the program
    void changeDatabase(const ConnectionProfile& profile, const QString& password);
    void changeLanguage(const QString& localeName);
    void showWindow(const Session& session, const QString& notice);
    void finishAfter(SignIn outcome);
    static int complain(const QString& message, int exitCode);

    Database m_database;
    Connection m_connection;
    int m_openCount = 0;
    std::unique_ptr<MainWindow> m_window;
    bool m_replacingWindow = false;
};
