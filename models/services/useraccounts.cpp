// The user service's account management: the Staff area and `storekeeper-admin users`.
#include "authservice.h"
#include "db/sql.h"
#include "domain/password.h"
#include "domain/textrules.h"
#include "userservice.h"
#include "writescope.h"

#include <QJsonObject>
#include <QSqlQuery>
#include <algorithm>

namespace {

const QString selectUser = QStringLiteral(
    "SELECT u.id, u.username, u.display_name, u.role, u.active, u.must_change_password, u.last_login_at, "
    "a.locked_until, u.version, u.updated_at FROM users u LEFT JOIN login_attempts a ON a.username = "
    "u.username");

UserRecord readUser(const QSqlQuery& q)
{
    UserRecord user;
    user.id = q.value(0).toLongLong();
    user.username = q.value(1).toString();
    user.displayName = q.value(2).toString();
    user.role = RoleNames::fromKey(q.value(3).toString()).value_or(Role::Cashier);
    user.active = q.value(4).toInt() != 0;
    user.mustChangePassword = q.value(5).toInt() != 0;
    user.lastLoginAt = q.value(6).toLongLong();
    user.lockedUntil = q.value(7).toLongLong();
    user.version = q.value(8).toInt();
    user.updatedAt = q.value(9).toLongLong();
    return user;
}

// What the audit log keeps of an account: never its password or hash.
QJsonObject toJson(const UserRecord& user)
{
    return {{QStringLiteral("username"), user.username},
            {QStringLiteral("display_name"), user.displayName},
            {QStringLiteral("role"), RoleNames::key(user.role)},
            {QStringLiteral("active"), user.active},
            {QStringLiteral("must_change_password"), user.mustChangePassword}};
}

Error notFound()
{
    return Error::make(Error::Kind::NotFound,
                       UserService::tr("This staff account no longer exists. Refresh the list."));
}

Error changedMeanwhile(const UserRecord& current)
{
    return WriteScope::conflict(
        UserService::tr("Someone changed the account \"%1\" since you opened it. Look at their version and "
                        "choose.")
            .arg(current.username),
        QVariant::fromValue(current));
}

} // namespace

Result<UserRecord> UserService::fetch(const Connection& connection, qint64 id, bool lock)
{
    auto rows = Sql::exec(connection,
                          selectUser + QStringLiteral(" WHERE u.id = ?") +
                              (lock ? connection.sql().forUpdate(QStringLiteral("u")) : QString()),
                          {id});
    if (!rows)
        return rows.error();
    if (!rows.value().next())
        return notFound();
    return readUser(rows.value());
}

Result<QList<UserRecord>> UserService::list(const Session& session) const
{
    if (auto allowed = requirePermission(session, Permission::ManageUsers); !allowed)
        return allowed.error();
    auto rows = Sql::exec(m_connection, selectUser + QStringLiteral(" ORDER BY u.username"));
    if (!rows)
        return rows.error();
    QList<UserRecord> users;
    while (rows.value().next())
        users << readUser(rows.value());
    return users;
}

Result<UserRecord> UserService::get(const Session& session, qint64 id) const
{
    if (auto allowed = requirePermission(session, Permission::ManageUsers); !allowed)
        return allowed.error();
    return fetch(m_connection, id, false);
}

Result<UserRecord> UserService::findByUsername(const Session& session, const QString& username) const
{
    if (auto allowed = requirePermission(session, Permission::ManageUsers); !allowed)
        return allowed.error();
    auto id = Sql::scalar(m_connection, QStringLiteral("SELECT id FROM users WHERE username = ?"),
                          {normalizedUsername(username)});
    if (!id)
        return id.error();
    if (!id.value().isValid())
        return Error::make(
            Error::Kind::NotFound,
            tr("There is no staff account \"%1\".").arg(normalizedUsername(username).left(64)));
    return fetch(m_connection, id.value().toLongLong(), false);
}

Result<QList<qint64>> UserService::lockAdministrators(const UserChange& change) const
{
    // Only a change that leaves its account no active administrator can take away the last one.
    if (change.role == Role::Admin && change.active)
        return QList<qint64>();
    // Every active administrator is locked, in one order, before the account changed is: two
    // administrators demoting each other at once take turns here, and the second finds the first
    // one's change (the engine reads locked rows as committed), never a deadlock.
    auto admins = Sql::exec(m_connection,
                            QStringLiteral("SELECT u.id FROM users u WHERE u.role = 'admin' AND u.active = 1 "
                                           "ORDER BY u.id") +
                                m_connection.sql().forUpdate(QStringLiteral("u")));
    if (!admins)
        return admins.error();
    QList<qint64> ids;
    while (admins.value().next())
        ids << admins.value().value(0).toLongLong();
    return ids;
}

Status UserService::keepAnAdministrator(const UserRecord& before, const UserChange& change,
                                        const QList<qint64>& administrators) const
{
    if (before.role != Role::Admin || !before.active || (change.role == Role::Admin && change.active))
        return Done{};
    if (std::any_of(administrators.cbegin(), administrators.cend(),
                    [&](qint64 id) { return id != before.id; }))
        return Done{};
    const QString field = change.role != Role::Admin ? QStringLiteral("role") : QStringLiteral("active");
    return Error::validation(
        {{field, tr("\"%1\" is the last active administrator. Make another account an administrator first.")
                     .arg(before.username)}},
        tr("Storekeeper always keeps one active administrator."));
}

Result<UserRecord> UserService::update(const Session& session, qint64 id, int expectedVersion,
                                       const UserChange& input) const
{
    WriteScope scope(m_connection, session, QStringLiteral("user"));
    if (auto begun = scope.begin({Permission::ManageUsers}); !begun)
        return begun.error();
    UserChange change = input;
    change.displayName = change.displayName.trimmed();
    if (QString problem = TextRules::problem(change.displayName, 200, true); !problem.isEmpty())
        return Error::validation({{QStringLiteral("displayName"), problem}},
                                 WriteScope::fieldsNeedAttention());
    auto administrators = lockAdministrators(change);
    if (!administrators)
        return administrators.error();
    const WriteScope::Kind<UserRecord> kind = {
        [this, id](bool lock) { return fetch(m_connection, id, lock); }, &toJson, &changedMeanwhile};
    return scope.edit<UserRecord>(
        QString::number(id), expectedVersion, QStringLiteral("update"), kind,
        [&](const UserRecord& before) -> Status {
            if (auto kept = keepAnAdministrator(before, change, administrators.value()); !kept)
                return kept;
            return scope.updateVersioned(
                QStringLiteral("users"), QStringLiteral("display_name = ?, role = ?, active = ?"),
                {change.displayName, RoleNames::key(change.role), change.active ? 1 : 0}, id, expectedVersion,
                changedMeanwhile(before));
        },
        [&](const UserRecord& before) {
            return before.displayName == change.displayName && before.role == change.role &&
                   before.active == change.active;
        });
}

Result<UserRecord> UserService::resetPassword(const Session& session, qint64 id,
                                              const QString& temporaryPassword) const
{
    if (auto allowed = requirePermission(session, Permission::ManageUsers); !allowed)
        return allowed.error();
    auto target = fetch(m_connection, id, false);
    if (!target)
        return target;
    if (QString problem = Password::problem(temporaryPassword, {target->username, target->displayName});
        !problem.isEmpty())
        return Error::validation({{QStringLiteral("password"), problem}}, WriteScope::fieldsNeedAttention());
    auto hash = hashOf(temporaryPassword);
    if (!hash)
        return hash.error();
    WriteScope scope(m_connection, session, QStringLiteral("user"));
    if (auto begun = scope.begin({Permission::ManageUsers}); !begun)
        return begun.error();
    return storePassword(scope, id, hash.value(), true, QStringLiteral("reset-password"));
}

Result<UserRecord> UserService::storePassword(WriteScope& scope, qint64 id, const QString& hash,
                                              bool mustChange, const QString& action) const
{
    auto before = fetch(m_connection, id, true);
    if (!before)
        return before;
    for (const auto& [sql, values] :
         {std::pair{QStringLiteral("UPDATE users SET password_hash = ?, must_change_password = ?, version = "
                                   "version + 1, updated_at = ? WHERE id = ?"),
                    QVariantList{hash, mustChange ? 1 : 0, scope.now(), id}},
          std::pair{QStringLiteral("DELETE FROM login_attempts WHERE username = ?"),
                    QVariantList{before->username}}}) {
        if (auto done = Sql::exec(m_connection, sql, values); !done)
            return done.error();
    }
    auto after = fetch(m_connection, id, false);
    if (!after)
        return after;
    if (auto audited =
            scope.audit(QString::number(id), action, toJson(before.value()), toJson(after.value()));
        !audited)
        return audited.error();
    if (auto committed = scope.commit(); !committed)
        return committed.error();
    return after;
}

Result<UserRecord> UserService::unlock(const Session& session, qint64 id) const
{
    WriteScope scope(m_connection, session, QStringLiteral("user"));
    if (auto begun = scope.begin({Permission::ManageUsers}); !begun)
        return begun.error();
    auto before = fetch(m_connection, id, true);
    if (!before)
        return before;
    if (auto done = Sql::exec(m_connection, QStringLiteral("DELETE FROM login_attempts WHERE username = ?"),
                              {before->username});
        !done)
        return done.error();
    QJsonObject was = toJson(before.value());
    was.insert(QStringLiteral("locked_until"), before->lockedUntil);
    QJsonObject now = toJson(before.value());
    now.insert(QStringLiteral("locked_until"), 0);
    if (auto audited = scope.audit(QString::number(id), QStringLiteral("unlock"), was, now); !audited)
        return audited.error();
    if (auto committed = scope.commit(); !committed)
        return committed.error();
    UserRecord after = before.value();
    after.lockedUntil = 0;
    return after;
}

Status UserService::changeOwnPassword(const Session& session, const QString& current,
                                      const QString& next) const
{
    if (session.userId <= 0)
        return Error::make(Error::Kind::Permission, tr("Sign in to change your password."));
    auto stored = Sql::exec(
        m_connection, QStringLiteral("SELECT username, display_name FROM users WHERE id = ? AND active = 1"),
        {session.userId});
    if (!stored)
        return stored.error();
    if (!stored.value().next())
        return notFound();
    const QString username = stored.value().value(0).toString();
    const QString displayName = stored.value().value(1).toString();
    stored.value().finish();
    // Checked as a sign-in is, wrong tries counted and locked alike: a desk left signed in is no way
    // to guess its owner's password.
    if (auto verified = AuthService(m_connection).login(username, current); !verified) {
        const qint64 wait = verified.error().retryAfterMs;
        const QString note = wait >= AuthService::lockMillis
                                 ? verified.error().message
                                 : tr("That is not your current password, or the last try was too recent. "
                                      "Try again in %n second(s).",
                                      nullptr, int((wait + 999) / 1000));
        return Error::validation({{QStringLiteral("current"), note}}, WriteScope::fieldsNeedAttention());
    }
    QString problem = Password::problem(next, {username, displayName});
    if (problem.isEmpty() && next == current)
        problem = tr("Choose a password other than the one you have now.");
    if (!problem.isEmpty())
        return Error::validation({{QStringLiteral("password"), problem}}, WriteScope::fieldsNeedAttention());
    auto hash = hashOf(next);
    if (!hash)
        return hash.error();
    WriteScope scope(m_connection, session, QStringLiteral("user"));
    if (auto begun = scope.begin({}); !begun)
        return begun;
    auto changed =
        storePassword(scope, session.userId, hash.value(), false, QStringLiteral("change-password"));
    if (!changed)
        return changed.error();
    return Done{};
}
