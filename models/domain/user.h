#pragma once

#include "role.h"

#include <QMetaType>
#include <QString>

// A staff account as the Staff area and `storekeeper-admin users` show it. The password hash never
// leaves the user service.
struct UserRecord
{
    qint64 id = 0;
    QString username;
    QString displayName;
    Role role = Role::Cashier;
    bool active = true;
    bool mustChangePassword = false; // an administrator set the password: changed at the next sign-in
    qint64 lastLoginAt = 0;          // UTC milliseconds; 0: never signed in
    qint64 lockedUntil = 0;          // UTC milliseconds; 0: not locked by wrong passwords
    qint64 updatedAt = 0;
    int version = 1;
};

// What an administrator changes in an account, apart from its password.
struct UserChange
{
    QString displayName;
    Role role = Role::Cashier;
    bool active = true;
};

Q_DECLARE_METATYPE(UserRecord)
