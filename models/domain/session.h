#pragma once

#include "error.h"
#include "role.h"

#include <QString>

// Who is acting. Services take it on every call and check its role themselves.
struct Session
{
    qint64 userId = 0; // 0: the maintenance tool, recorded as no user in the audit log
    QString username;
    QString displayName;
    Role role = Role::Cashier;
    // Signed in with a password an administrator set: nothing else until it is changed.
    bool mustChangePassword = false;

    // For storekeeper-admin, which anyone with access to the database itself may run.
    static Session maintenance();
    bool can(Permission permission) const { return roleHas(role, permission); }
};

// Error::Permission with a message that names the role and what it may not do.
Status requirePermission(const Session& session, Permission permission);
