#include "logindialog.h"

#include "common/messagewidget.h"
#include "common/richtext.h"
#include "common/windowfit.h"
#include "config/settings.h"
#include "services/authservice.h"
#include "services/userservice.h"

#include <QApplication>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

LoginDialog::LoginDialog(const Connection& connection, Who who, QWidget* parent)
    : QDialog(parent), m_connection(connection), m_message(new MessageWidget), m_username(new QLineEdit),
      m_password(new QLineEdit), m_signIn(new QPushButton(tr("Sign in"))), m_countdown(new QTimer(this))
{
    setObjectName(QStringLiteral("loginDialog"));
    setWindowTitle(tr("Sign in to Storekeeper"));
    setMinimumWidth(420);
    m_username->setObjectName(QStringLiteral("loginUsername"));
    m_password->setObjectName(QStringLiteral("loginPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_username->setMaxLength(UserService::maxUsernameLength);
    m_signIn->setObjectName(QStringLiteral("loginSignIn"));
    m_signIn->setDefault(true);
    if (who == Who::LastUser)
        m_username->setText(Settings::string(Settings::Key::LastUsername));

    auto* logo = new QLabel;
    logo->setPixmap(QIcon(QStringLiteral(":/icons/storekeeper.svg")).pixmap(48, 48));
    auto* title = new QLabel(
        QStringLiteral("<b style='font-size:15pt'>%1</b><br>%2")
            .arg(tr("Storekeeper"),
                 tr("Database: %1 · %2")
                     .arg(connection.profile.engineName(), RichText::wrappablePath(connection.profile.location()))));
    title->setObjectName(QStringLiteral("loginDatabase"));
    title->setWordWrap(true);
    auto* header = new QHBoxLayout;
    header->addWidget(logo);
    header->addWidget(title, 1);

    auto* form = new QFormLayout;
    form->addRow(tr("&User name:"), m_username);
    form->addRow(tr("&Password:"), m_password);
    auto* buttons = new QDialogButtonBox;
    buttons->addButton(m_signIn, QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addSpacing(6);
    layout->addWidget(m_message);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &LoginDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &LoginDialog::reject);
    m_countdown->setInterval(250);
    connect(m_countdown, &QTimer::timeout, this, &LoginDialog::tick);
    connect(m_username, &QLineEdit::textChanged, this, &LoginDialog::tick);
    if (m_username->text().isEmpty())
        m_username->setFocus();
    else
        m_password->setFocus();
}

void LoginDialog::accept()
{
    if (!m_signIn->isEnabled())
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto session = AuthService(m_connection).login(m_username->text(), m_password->text());
    QApplication::restoreOverrideCursor();
    if (session) {
        m_session = session.value();
        Settings::setValue(Settings::Key::LastUsername, m_session.username);
        QDialog::accept();
        return;
    }
    m_message->showMessage(session.error().message);
    WindowFit::fitHeight(this);
    m_password->clear();
    m_password->setFocus();
    if (session.error().retryAfterMs > 0) {
        m_retryAt = QDateTime::currentMSecsSinceEpoch() + session.error().retryAfterMs;
        m_retryFor = m_username->text().trimmed().toLower();
        tick();
        m_countdown->start();
    }
}

void LoginDialog::tick()
{
    const qint64 left = m_retryAt - QDateTime::currentMSecsSinceEpoch();
    const bool waiting = left > 0 && m_username->text().trimmed().toLower() == m_retryFor;
    if (left <= 0)
        m_countdown->stop();
    else if (!m_countdown->isActive())
        m_countdown->start();
    m_signIn->setEnabled(!waiting);
    m_signIn->setText(waiting ? tr("Wait %1 s").arg((left + 999) / 1000) : tr("Sign in"));
}
