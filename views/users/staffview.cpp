#include "staffview.h"

#include "changepassworddialog.h"
#include "common/confirm.h"
#include "services/userservice.h"
#include "staffform.h"
#include "tables/userlistmodel.h"

#include <QKeySequence>
#include <QPushButton>
#include <limits>

StaffView::StaffView(const Workspace& workspace, QWidget* parent)
    : ListAreaView(workspace, new UserListModel(workspace.database, workspace.session),
                   QStringLiteral("staff"), parent)
{
    m_model = static_cast<UserListModel*>(listModel());
    addStateFilter(tr("Active accounts"), tr("Deactivated accounts"));
    setSearchPlaceholder(tr("Search user name or name (Ctrl+F)"));
    addButton(
        tr("&New…"), QStringLiteral("New"), tr("Add a staff account (Ctrl+N)"), [this] { newAccount(); },
        false);
    addButton(tr("&Edit…"), QStringLiteral("Edit"),
              tr("Change the name or role of the selected account (Enter)"), [this] { editCurrent(); });
    addButton(tr("&Reset password…"), QStringLiteral("ResetPassword"),
              tr("Set a password the person must change when they next sign in"),
              [this] { resetPasswordOfCurrent(); });
    addButton(tr("&Unlock"), QStringLiteral("Unlock"),
              tr("Let the person sign in again now after too many wrong passwords"),
              [this] { unlockCurrent(); });
    m_activate = addButton(tr("&Deactivate"), QStringLiteral("Activate"), QString(),
                           [this] { toggleActiveOfCurrent(); });
    addShortcut(QKeySequence::New, [this] { newAccount(); });
    filterChanged();
}

void StaffView::applyFilter()
{
    UserFilter filter;
    filter.search = searchText();
    filter.active = !showingArchived();
    m_model->setFilter(filter);
}

QString StaffView::countText(qint64 count) const
{
    const int shown = int(std::min<qint64>(count, std::numeric_limits<int>::max()));
    return showingArchived() ? tr("%Ln deactivated", nullptr, shown) : tr("%Ln accounts", nullptr, shown);
}

void StaffView::updateActions()
{
    ListAreaView::updateActions();
    if (m_activate) {
        m_activate->setText(showingArchived() ? tr("&Activate") : tr("&Deactivate"));
        m_activate->setToolTip(showingArchived()
                                   ? tr("Let the selected person sign in again")
                                   : tr("Keep the selected person from signing in; their history stays"));
    }
}

void StaffView::openRow(int)
{
    editCurrent();
}

void StaffView::withCurrent(const std::function<void(const UserRecord&)>& with)
{
    const int row = currentRow();
    if (row < 0)
        return;
    const qint64 id = m_model->userId(row);
    const Session session = workspace().session;
    workspace().jobs->run<UserRecord>(
        this, [session, id](const Connection& c, JobControl&) { return UserService(c).get(session, id); },
        [this, with](const Result<UserRecord>& record) {
            if (!record) {
                fail(record.error().message);
                refreshAfterForm();
                return;
            }
            with(record.value());
        });
}

void StaffView::newAccount()
{
    StaffForm form(workspace(), this);
    form.startNew();
    const bool saved = form.exec() == QDialog::Accepted;
    refreshAfterForm();
    if (saved)
        notify(tr("Added \"%1\". They choose their own password when they first sign in.")
                   .arg(form.saved().username));
}

void StaffView::editCurrent()
{
    withCurrent([this](const UserRecord& record) {
        StaffForm form(workspace(), this);
        form.startEdit(record);
        const bool saved = form.exec() == QDialog::Accepted;
        refreshAfterForm();
        if (saved)
            notify(tr("Saved \"%1\".").arg(form.saved().username));
    });
}

void StaffView::resetPasswordOfCurrent()
{
    withCurrent([this](const UserRecord& record) {
        ChangePasswordDialog dialog(workspace(), record, this);
        const bool reset = dialog.exec() == QDialog::Accepted;
        refreshAfterForm();
        if (reset)
            notify(tr("The password of \"%1\" was reset. Tell them the new one in person; they choose their "
                      "own when they next sign in.")
                       .arg(record.username));
    });
}

void StaffView::unlockCurrent()
{
    withCurrent([this](const UserRecord& record) {
        const Session session = workspace().session;
        workspace().jobs->run<UserRecord>(
            this,
            [session, id = record.id](const Connection& c, JobControl&) {
                return UserService(c).unlock(session, id);
            },
            [this](const Result<UserRecord>& result) {
                refreshAfterForm();
                if (!result)
                    fail(result.error().message);
                else
                    notify(tr("\"%1\" can sign in again now.").arg(result->username));
            });
    });
}

void StaffView::toggleActiveOfCurrent()
{
    const bool activate = showingArchived();
    withCurrent([this, activate](const UserRecord& record) {
        if (!activate &&
            !Confirm::ask(this, tr("Deactivate account"),
                          tr("Deactivate \"%1\"? They can no longer sign in; what they did stays "
                             "in the audit log, and you can activate them again.")
                              .arg(record.username),
                          tr("Deactivate")))
            return;
        const Session session = workspace().session;
        const UserChange change{record.displayName, record.role, activate};
        workspace().jobs->run<UserRecord>(
            this,
            [session, change, id = record.id, version = record.version](const Connection& c, JobControl&) {
                return UserService(c).update(session, id, version, change);
            },
            [this, activate](const Result<UserRecord>& result) {
                refreshAfterForm();
                if (!result) {
                    // The last administrator's refusal says why under a field no one sees here.
                    const QStringList why = result.error().fields.values();
                    fail(why.isEmpty() ? result.error().message : why.join(QLatin1Char(' ')));
                    return;
                }
                notify(activate ? tr("\"%1\" can sign in again.").arg(result->username)
                                : tr("Deactivated \"%1\".").arg(result->username));
            });
    });
}
