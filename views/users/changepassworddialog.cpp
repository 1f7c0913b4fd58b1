#include "changepassworddialog.h"

#include "common/messagewidget.h"
#include "domain/password.h"
#include "services/userservice.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>

ChangePasswordDialog::ChangePasswordDialog(const Workspace& workspace, QWidget* parent)
    : FormDialog(workspace, QStringLiteral("changePassword"), parent), m_current(new QLineEdit),
      m_password(new QLineEdit), m_repeat(new QLineEdit)
{
    setWindowTitle(tr("Change your password"));
    for (QLineEdit* edit : {m_current, m_password, m_repeat})
        edit->setEchoMode(QLineEdit::Password);
    addField(QStringLiteral("current"), tr("&Current password:"), m_current);
    addField(QStringLiteral("password"), tr("&New password:"), m_password);
    addField(QStringLiteral("repeat"), tr("&Repeat new password:"), m_repeat);
    m_password->setPlaceholderText(tr("At least 8 characters"));
    if (workspace.session.mustChangePassword)
        message()->showMessage(tr("An administrator set your password. Choose a new one that only you know "
                                  "before you go on."),
                               MessageWidget::Type::Information);
    buttons()->button(QDialogButtonBox::Save)->setText(tr("Change password"));
    setObjectName(QStringLiteral("changePasswordDialog"));
    m_current->setFocus();
}

ChangePasswordDialog::ChangePasswordDialog(const Workspace& workspace, const UserRecord& account,
                                           QWidget* parent)
    : ChangePasswordDialog(workspace, parent)
{
    m_resetting = account;
    setWindowTitle(tr("Reset the password of \"%1\"").arg(account.username));
    setFieldShown(QStringLiteral("current"), false);
    message()->showMessage(tr("%1 must choose their own password when they next sign in. A lock from wrong "
                              "passwords is lifted.")
                               .arg(account.displayName),
                           MessageWidget::Type::Information);
    buttons()->button(QDialogButtonBox::Save)->setText(tr("Reset password"));
    m_password->setFocus();
    fit();
}

QMap<QString, QString> ChangePasswordDialog::problems() const
{
    QMap<QString, QString> found;
    if (!m_resetting && m_current->text().isEmpty())
        found.insert(QStringLiteral("current"), tr("Type the password you signed in with."));
    const Session& session = workspace().session;
    const QStringList personal = m_resetting ? QStringList{m_resetting->username, m_resetting->displayName}
                                             : QStringList{session.username, session.displayName};
    if (QString problem = Password::problem(m_password->text(), personal); !problem.isEmpty())
        found.insert(QStringLiteral("password"), problem);
    else if (m_repeat->text() != m_password->text())
        found.insert(QStringLiteral("repeat"), tr("The two passwords differ."));
    return found;
}

void ChangePasswordDialog::submit()
{
    const Session session = workspace().session;
    const QString current = m_current->text(), next = m_password->text();
    const qint64 resetting = m_resetting ? m_resetting->id : 0;
    save<Done>(
        [session, current, next, resetting](const Connection& c, JobControl&) -> Result<Done> {
            const UserService users(c);
            if (resetting > 0) {
                auto reset = users.resetPassword(session, resetting, next);
                if (!reset)
                    return reset.error();
                return Done{};
            }
            return users.changeOwnPassword(session, current, next);
        },
        [](const Done&) {});
}
