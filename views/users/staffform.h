#pragma once

#include "common/formdialog.h"
#include "domain/user.h"

class QCheckBox;
class QComboBox;
class QLineEdit;

// Creates a staff account (user name, name, role, first password) or edits one (name, role,
// whether it may sign in). The user name never changes: the audit log and the sign-in know the
// person by it.
class StaffForm : public FormDialog
{
    Q_OBJECT
public:
    explicit StaffForm(const Workspace& workspace, QWidget* parent = nullptr);

    void startNew();
    void startEdit(const UserRecord& record);
    const UserRecord& saved() const { return m_saved; }

protected:
    QMap<QString, QString> problems() const override;
    void submit() override;
    void onConflict(const Error& error) override;

private:
    UserChange readForm() const;
    void fillForm(const UserChange& change);
    void keepMine();
    void takeTheirs();

    qint64 m_id = 0;
    int m_version = 0;
    UserRecord m_saved;
    UserRecord m_theirs; // during a conflict

    QLineEdit* m_username;
    QLineEdit* m_displayName;
    QComboBox* m_role;
    QCheckBox* m_active;
    QLineEdit* m_password;
    QLineEdit* m_repeat;
};
