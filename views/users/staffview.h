#pragma once

#include "common/listareaview.h"
#include "domain/user.h"

#include <functional>

class QPushButton;
class UserListModel;

// The staff area, for administrators: every account with its role, a running lock and the last
// sign-in; new accounts, changes of name, role and whether one may sign in, password resets and
// unlocking. The last active administrator always stays one (the service sees to it).
class StaffView : public ListAreaView
{
    Q_OBJECT
public:
    explicit StaffView(const Workspace& workspace, QWidget* parent = nullptr);

    UserListModel* model() const { return m_model; }
    void newAccount();
    void editCurrent();
    void resetPasswordOfCurrent();
    void unlockCurrent();
    void toggleActiveOfCurrent();

protected:
    void applyFilter() override;
    QString countText(qint64 count) const override;
    void openRow(int row) override;
    void updateActions() override;

private:
    // Reads the current account afresh, then runs WITH it on the window's thread.
    void withCurrent(const std::function<void(const UserRecord&)>& with);

    UserListModel* m_model;
    QPushButton* m_activate = nullptr;
};
