#include "userlistmodel.h"

#include "listsearch.h"

#include <QDateTime>

namespace UserList {

ListSpec spec()
{
    using Kind = ListColumn::Kind;
    ListSpec spec;
    spec.table = QStringLiteral("users u");
    spec.joins = QStringLiteral("LEFT JOIN login_attempts a ON a.username = u.username");
    spec.key = QStringLiteral("u.id");
    spec.version = QStringLiteral("u.version");
    // Only the user name sorts: ux_users_username serves it. A shop has tens of accounts, but the
    // list behaves as every list does.
    spec.columns = {
        ListColumn(QStringLiteral("username"), QT_TRANSLATE_NOOP("ListColumns", "User name"),
                   QStringLiteral("u.username"), {QStringLiteral("u.username")}, Kind::Code)
            .startingWidth(16),
        ListColumn(QStringLiteral("name"), QT_TRANSLATE_NOOP("ListColumns", "Name"),
                   QStringLiteral("u.display_name"))
            .startingWidth(22),
        ListColumn(QStringLiteral("role"), QT_TRANSLATE_NOOP("ListColumns", "Role"), QStringLiteral("u.role"))
            .startingWidth(16),
        ListColumn(QStringLiteral("mustChange"), QT_TRANSLATE_NOOP("ListColumns", "Must change password"),
                   QStringLiteral("u.must_change_password"), {}, Kind::Flag)
            .startingWidth(22),
        ListColumn(QStringLiteral("lockedUntil"), QT_TRANSLATE_NOOP("ListColumns", "Locked until"),
                   QStringLiteral("a.locked_until"), {}, Kind::DateTime)
            .startingWidth(18),
        {QStringLiteral("lastLogin"),
         QT_TRANSLATE_NOOP("ListColumns", "Last sign-in"),
         QStringLiteral("u.last_login_at"),
         {},
         Kind::DateTime},
    };
    spec.defaultSort = QStringLiteral("username");
    return spec;
}

ListFilter filter(const UserFilter& filter)
{
    ListFilter result;
    QStringList conditions = {QStringLiteral("u.active = ?")};
    result.values << (filter.active ? 1 : 0);
    const SqlFragment search =
        ListSearch::like({QStringLiteral("u.username"), QStringLiteral("LOWER(u.display_name)")},
                         filter.search.trimmed().toLower());
    if (!search.sql.isEmpty()) {
        conditions << search.sql;
        result.values << search.values;
    }
    result.where = conditions.join(QStringLiteral(" AND "));
    return result;
}

} // namespace UserList

UserListModel::UserListModel(const Database& database, const Session& session, QObject* parent)
    : ListModel(database, UserList::spec().visibleTo(session), parent),
      m_roleColumn(spec().indexOf(QStringLiteral("role"))),
      m_lockedColumn(spec().indexOf(QStringLiteral("lockedUntil")))
{}

void UserListModel::setFilter(const UserFilter& filter)
{
    m_filter = filter;
    ListModel::setFilter(UserList::filter(filter));
}

QVariant UserListModel::cellData(const QVector<QVariant>& row, int column, int role) const
{
    if (role == Qt::DisplayRole && column == m_roleColumn) {
        const auto known = RoleNames::fromKey(ListModel::cellData(row, column, RawRole).toString());
        return known ? RoleNames::displayName(*known) : QString();
    }
    // A lock that ran out is no lock: the column shows only one still running.
    if (role == Qt::DisplayRole && column == m_lockedColumn &&
        ListModel::cellData(row, column, RawRole).toLongLong() <= QDateTime::currentMSecsSinceEpoch())
        return {};
    return ListModel::cellData(row, column, role);
}
