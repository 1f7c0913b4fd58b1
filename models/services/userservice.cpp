#include "userservice.h"

#include "audit.h"
#include "db/sql.h"
#include "db/transaction.h"
#include "domain/password.h"
#include "domain/textrules.h"
#include "writescope.h"

#include <QDateTime>
#include <QJsonObject>
#include <QRegularExpression>

Result<qint64> UserService::userCount() const
{
    auto count = Sql::scalar(m_connection, QStringLiteral("SELECT COUNT(*) FROM users"));
    if (!count)
        return count.error();
    return count.value().toLongLong();
}

QMap<QString, QString> UserService::problems(const NewUser& user)
{
    QMap<QString, QString> result;
    static const QRegularExpression usernamePattern(QStringLiteral("^[a-z0-9][a-z0-9._-]*$"));
    const QString username = normalizedUsername(user.username);
    if (QString problem = TextRules::problem(username, maxUsernameLength, true); !problem.isEmpty())
        result.insert(QStringLiteral("username"), problem);
    else if (!usernamePattern.match(username).hasMatch())
        result.insert(
            QStringLiteral("username"),
            tr("Use letters a-z, digits, dot, dash and underscore, starting with a letter or digit."));
    if (QString problem = TextRules::problem(user.displayName.trimmed(), 200, true); !problem.isEmpty())
        result.insert(QStringLiteral("displayName"), problem);
    if (QString problem = Password::problem(user.password, {username, user.displayName}); !problem.isEmpty())
        result.insert(QStringLiteral("password"), problem);
    return result;
}

Result<qint64> UserService::insert(const Session& session, const NewUser& user, const QString& hash) const
{
    const QString username = normalizedUsername(user.username);
    const auto taken = [&] {
        return Error::validation({{QStringLiteral("username"),
                                   tr("The user name \"%1\" is taken; choose another.").arg(username)}},
                                 tr("Some fields need attention."));
    };
    auto existing =
        Sql::scalar(m_connection, QStringLiteral("SELECT id FROM users WHERE username = ?"), {username});
    if (!existing)
        return existing.error();
    if (existing.value().isValid())
        return taken();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    auto id = Sql::insert(
        m_connection,
        QStringLiteral("INSERT INTO users (username, display_name, password_hash, role, "
                       "must_change_password, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
        {username, user.displayName.trimmed(), hash, RoleNames::key(user.role),
         user.mustChangePassword ? 1 : 0, now, now});
    if (!id && id.error().kind == Error::Kind::Duplicate)
        return taken();
    if (!id)
        return id.error();
    const qint64 userId = id.value();
    auto audited = Audit::record(m_connection, session, QStringLiteral("user"), QString::number(userId),
                                 QStringLiteral("create"), {},
                                 {{QStringLiteral("username"), username},
                                  {QStringLiteral("display_name"), user.displayName.trimmed()},
                                  {QStringLiteral("role"), RoleNames::key(user.role)},
                                  {QStringLiteral("must_change_password"), user.mustChangePassword}});
    if (!audited)
        return audited.error();
    return userId;
}

Result<QString> UserService::checkedHash(const NewUser& user)
{
    if (auto fields = problems(user); !fields.isEmpty())
        return Error::validation(fields, tr("Some fields need attention."));
    return hashOf(user.password);
}

Result<QString> UserService::hashOf(const QString& password)
{
    // Hashing takes a noticeable moment: callers do it before their transaction, so no lock is
    // held meanwhile.
    const QString hash = Password::hash(password);
    if (hash.isEmpty())
        return Error::make(Error::Kind::Database,
                           tr("Could not hash the password (out of memory?). Try again."));
    return hash;
}

Result<qint64> UserService::create(const Session& session, const NewUser& user) const
{
    if (auto allowed = requirePermission(session, Permission::ManageUsers); !allowed)
        return allowed.error();
    auto hash = checkedHash(user);
    if (!hash)
        return hash.error();
    Transaction transaction(m_connection);
    if (!transaction.ok())
        return transaction.error();
    if (auto standing = WriteScope::standing(m_connection, session, {Permission::ManageUsers}); !standing)
        return standing.error();
    auto id = insert(session, user, hash.value());
    if (!id)
        return id;
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return id;
}

Result<Session> UserService::createFirstAdministrator(const NewUser& user) const
{
    auto hash = checkedHash(user);
    if (!hash)
        return hash.error();
    Transaction transaction(m_connection);
    if (!transaction.ok())
        return transaction.error();
    // Two desks setting up an empty server database at once: the first row of the schema's history,
    // locked, makes them take turns, and the second finds the first one's administrator. (SQLite's
    // write transaction lets one writer in at a time already.)
    if (auto turn = Sql::exec(m_connection, QStringLiteral("SELECT s.version FROM schema_version s WHERE "
                                                           "s.version = 1") +
                                                m_connection.sql().forUpdate(QStringLiteral("s")));
        !turn)
        return turn.error();
    auto count = userCount();
    if (!count)
        return count.error();
    if (count.value() > 0)
        return Error::make(
            Error::Kind::Permission,
            tr("This database already has staff accounts; sign in as an administrator to add more."));
    NewUser admin = user;
    admin.role = Role::Admin;
    auto id = insert(Session::maintenance(), admin, hash.value());
    if (!id)
        return id.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    Session session;
    session.userId = id.value();
    session.username = normalizedUsername(admin.username);
    session.displayName = admin.displayName.trimmed();
    session.role = Role::Admin;
    return session;
}
