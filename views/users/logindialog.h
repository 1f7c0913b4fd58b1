#pragma once

#include "db/connection.h"
#include "domain/session.h"

#include <QDialog>

class MessageWidget;
class QLineEdit;
class QPushButton;
class QTimer;

// Signing in to the open database. After a wrong password the button waits out the delay the
// service imposes, counting down, so the person sees why nothing happens.
class LoginDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Who
    {
        LastUser,
        Anyone
    }; // Anyone: switching user, so the name starts empty
    explicit LoginDialog(const Connection& connection, Who who = Who::LastUser, QWidget* parent = nullptr);
    const Session& session() const { return m_session; }

    void accept() override;

private:
    void tick();

    Connection m_connection;
    Session m_session;
    MessageWidget* m_message;
    QLineEdit* m_username;
    QLineEdit* m_password;
    QPushButton* m_signIn;
    QTimer* m_countdown;
    qint64 m_retryAt = 0;
    QString m_retryFor; // the wait belongs to this user name, not to whoever uses the desk next
};
