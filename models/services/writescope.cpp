#include "writescope.h"

#include "audit.h"
#include "db/sql.h"

#include <QDateTime>

WriteScope::WriteScope(const Connection& connection, const Session& session, QString entity)
    : m_connection(connection), m_session(session), m_entity(std::move(entity)),
      m_now(QDateTime::currentMSecsSinceEpoch())
{}

Status WriteScope::begin(const QList<Permission>& needed)
{
    for (Permission permission : needed) {
        if (auto allowed = requirePermission(m_session, permission); !allowed)
            return allowed;
    }
    m_transaction.emplace(m_connection);
    if (!m_transaction->ok())
        return m_transaction->error();
    return standing(m_connection, m_session, needed);
}

Status WriteScope::standing(const Connection& connection, const Session& session,
                            const QList<Permission>& needed)
{
    if (session.userId <= 0)
        return Done{}; // the maintenance tool: whoever may open the database itself
    auto account = Sql::exec(connection, QStringLiteral("SELECT role, active FROM users WHERE id = ?"),
                             {session.userId});
    if (!account)
        return account.error();
    if (!account.value().next() || account.value().value(1).toInt() == 0)
        return Error::make(Error::Kind::Permission,
                           tr("Your account was deactivated since you signed in; nothing was changed. Ask an "
                              "administrator."));
    const std::optional<Role> role = RoleNames::fromKey(account.value().value(0).toString());
    Session now = session;
    now.role = role.value_or(Role::Cashier);
    for (Permission permission : needed) {
        if (!now.can(permission))
            return Error::make(
                Error::Kind::Permission,
                tr("Your role was changed to %1 since you signed in, and it may not %2. Nothing "
                   "was changed; sign in again.")
                    .arg(RoleNames::displayName(now.role), RoleNames::permissionName(permission)));
    }
    return Done{};
}

Status WriteScope::updateVersioned(const QString& table, const QString& assignments, QVariantList values,
                                   const QVariant& id, int expectedVersion, const Error& conflict) const
{
    const QString sql =
        QStringLiteral("UPDATE %1 SET %2version = version + 1, updated_at = ? WHERE id = ? AND version = ?")
            .arg(table, assignments.isEmpty() ? QString() : assignments + QStringLiteral(", "));
    values << m_now << id << expectedVersion;
    auto updated = Sql::change(m_connection, sql, values);
    if (!updated)
        return updated.error();
    // The version guard: never overwrite a save made since the row was read.
    if (updated.value() != 1)
        return conflict;
    return Done{};
}

Status WriteScope::audit(const QString& id, const QString& action, const QJsonObject& before,
                         const QJsonObject& after) const
{
    return Audit::record(m_connection, m_session, m_entity, id, action, before, after);
}

Status WriteScope::commit()
{
    if (!m_transaction)
        return Error::make(Error::Kind::Database, tr("A change was saved before it was started."));
    return m_transaction->commit();
}

Error WriteScope::fieldOfDuplicate(const Error& error, const QList<UniqueField>& fields)
{
    if (error.kind != Error::Kind::Duplicate)
        return error;
    for (const UniqueField& unique : fields) {
        if (unique.index == error.constraint)
            return Error::validation({{unique.field, unique.message}}, fieldsNeedAttention());
    }
    return error;
}

Error WriteScope::conflict(const QString& message, const QVariant& current)
{
    Error error = Error::make(Error::Kind::Conflict, message);
    error.current = current;
    return error;
}

QString WriteScope::fieldsNeedAttention()
{
    return tr("Some fields need attention.");
}

QVariant nullableText(const QString& text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

QVariant nullableId(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}
