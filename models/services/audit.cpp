#include "audit.h"

#include "db/sql.h"
#include "domain/uuid7.h"

#include <QDateTime>
#include <QJsonDocument>

namespace Audit {

namespace {

QVariant json(const QJsonObject& object)
{
    if (object.isEmpty())
        return QVariant(QMetaType(QMetaType::QString));
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

const QString insertAudit =
    QStringLiteral("INSERT INTO audit_log (id, changed_at, user_id, entity, entity_id, "
                   "action, old_value, new_value) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");

QVariant userOf(const Session& session)
{
    return session.userId > 0 ? QVariant(session.userId) : QVariant(QMetaType(QMetaType::LongLong));
}

} // namespace

Status record(const Connection& connection, const Session& session, const QString& entity,
              const QString& entityId, const QString& action, const QJsonObject& oldValue,
              const QJsonObject& newValue)
{
    auto done = Sql::change(connection, insertAudit,
                          {newUuid7(), QDateTime::currentMSecsSinceEpoch(), userOf(session), entity, entityId,
                           action, json(oldValue), json(newValue)});
    if (!done)
        return done.error();
    return Done{};
}

Recorder::Recorder(const Connection& connection, const Session& session, QString entity)
    : m_insert(connection, insertAudit), m_user(userOf(session)), m_entity(std::move(entity))
{}

Status Recorder::record(const QString& entityId, const QString& action, const QJsonObject& oldValue,
                        const QJsonObject& newValue)
{
    return m_insert.exec({newUuid7(), QDateTime::currentMSecsSinceEpoch(), m_user, m_entity, entityId, action,
                          json(oldValue), json(newValue)});
}

Result<QList<Person>> people(const Connection& connection, const Session& session)
{
    if (auto allowed = requirePermission(session, Permission::ViewAudit); !allowed)
        return allowed.error();
    auto rows = Sql::exec(connection,
                          QStringLiteral("SELECT id, display_name, username FROM users ORDER BY username"));
    if (!rows)
        return rows.error();
    QList<Person> found;
    while (rows.value().next())
        found << Person{rows.value().value(0).toLongLong(),
                        QStringLiteral("%1 (%2)").arg(rows.value().value(1).toString(),
                                                      rows.value().value(2).toString())};
    return found;
}

} // namespace Audit
