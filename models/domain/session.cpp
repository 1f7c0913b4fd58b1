#include "session.h"

#include <QCoreApplication>

Session Session::maintenance()
{
    Session session;
    session.username = QStringLiteral("storekeeper-admin");
    session.displayName = QCoreApplication::translate("Session", "Maintenance tool");
    session.role = Role::Admin;
    return session;
}

Status requirePermission(const Session& session, Permission permission)
{
    if (session.can(permission))
        return Done{};
    return Error::make(Error::Kind::Permission,
                       QCoreApplication::translate("Session", "You are signed in as %1 (%2), who may not %3. "
                                                              "Ask a manager or an administrator.")
                           .arg(session.displayName, RoleNames::displayName(session.role),
                                RoleNames::permissionName(permission)));
}
