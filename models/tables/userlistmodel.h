#pragma once

#include "domain/session.h"
#include "listmodel.h"

struct UserFilter
{
    QString search; // user name or name, as typed
    bool active = true;
};

namespace UserList {

ListSpec spec();
ListFilter filter(const UserFilter& filter);

} // namespace UserList

// The staff accounts, for administrators: user name, name, role, whether the password must be
// changed, a running lock, the last sign-in.
class UserListModel : public ListModel
{
    Q_OBJECT
public:
    UserListModel(const Database& database, const Session& session, QObject* parent = nullptr);

    void setFilter(const UserFilter& filter);
    const UserFilter& filter() const { return m_filter; }
    qint64 userId(int row) const { return rowKey(row).toLongLong(); }
    int userVersion(int row) const { return rowVersion(row); }

protected:
    QVariant cellData(const QVector<QVariant>& row, int column, int role) const override;

private:
    UserFilter m_filter;
    int m_roleColumn;
    int m_lockedColumn;
};
