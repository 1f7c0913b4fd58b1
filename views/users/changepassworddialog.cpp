#include "changepassworddialog.h"

#include "common/messagewidget.h"
#include "domain/password.h"
#include "services/userservice.h"

#include <QDialogButtonBox>
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
    QPushButton* save = buttons()->button(QDialogButtonBox::Save);
    save->setText(tr("Change password"));
    setObjectName(QStringLiteral("changePasswordDialog"));
    m_current->setFocus();
}

QMap<QString, QString> ChangePasswordDialog::problems() const
{
    QMap<QString, QString> found;
    if (m_current->text().isEmpty())
        found.insert(QStringLiteral("current"), tr("Type the password you signed in with."));
    const Session& session = workspace().session;
    if (QString problem = Password::problem(m_password->text(), {session.username, session.displayName});
        !problem.isEmpty())
        found.insert(QStringLiteral("password"), problem);
    else if (m_repeat->text() != m_password->text())
        found.insert(QStringLiteral("repeat"), tr("The two passwords differ."));
    return found;
}

void ChangePasswordDialog::submit()
{
    const Session session = workspace().session;
    const QString current = m_current->text(), next = m_password->text();
    save<Done>(
        [session, current, next](const Connection& c, JobControl&) -> Result<Done> {
            auto changed = UserService(c).changeOwnPassword(session, current, next);
            if (!changed)
                return changed.error();
            return Done{};
        },
        [](const Done&) {});
}
