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

} // namespace

Status record(const Connection& connection, const Session& session, const QString& entity,
              const QString& entityId, const QString& action, const QJsonObject& oldValue,
              const QJsonObject& newValue)
{
    const QVariant user =
        session.userId > 0 ? QVariant(session.userId) : QVariant(QMetaType(QMetaType::LongLong));
    auto done = Sql::exec(connection,
                          QStringLiteral("INSERT INTO audit_log (id, changed_at, user_id, entity, entity_id, "
                                         "action, old_value, new_value) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                          {newUuid7(), QDateTime::currentMSecsSinceEpoch(), user, entity, entityId, action,
                           json(oldValue), json(newValue)});
    if (!done)
        return done.error();
    return Done{};
}

} // namespace Audit
