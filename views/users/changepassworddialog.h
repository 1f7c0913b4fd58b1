#pragma once

#include "common/formdialog.h"
#include "domain/user.h"

#include <optional>

class QLineEdit;

// A new password, typed twice. For one's own account (the current one first): shown right after
// signing in with a password an administrator set, which must be changed before anything else, and
// from the Account menu. Or, for an administrator, another account's reset password, which its
// owner must change when they next sign in.
class ChangePasswordDialog : public FormDialog
{
    Q_OBJECT
public:
    // Changes the signed-in person's own password.
    explicit ChangePasswordDialog(const Workspace& workspace, QWidget* parent = nullptr);
    // Resets the password of ACCOUNT.
    ChangePasswordDialog(const Workspace& workspace, const UserRecord& account, QWidget* parent = nullptr);

protected:
    QMap<QString, QString> problems() const override;
    void submit() override;

private:
    std::optional<UserRecord> m_resetting;
    QLineEdit* m_current;
    QLineEdit* m_password;
    QLineEdit* m_repeat;
};
