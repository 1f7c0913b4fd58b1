#pragma once

#include "common/formdialog.h"

class QLineEdit;

// A person changes their own password: the current one, the new one twice. Shown right after
// signing in with a password an administrator set, which must be changed before anything else.
class ChangePasswordDialog : public FormDialog
{
    Q_OBJECT
public:
    explicit ChangePasswordDialog(const Workspace& workspace, QWidget* parent = nullptr);

protected:
    QMap<QString, QString> problems() const override;
    void submit() override;

private:
    QLineEdit* m_current;
    QLineEdit* m_password;
    QLineEdit* m_repeat;
};
