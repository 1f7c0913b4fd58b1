#pragma once

#include "db/connection.h"
#include "db/sql.h"
#include "domain/error.h"
#include "domain/session.h"

#include <QJsonObject>

// Writes who changed what, when, from which value to which, inside the caller's transaction.
namespace Audit {

Status record(const Connection& connection, const Session& session, const QString& entity,
              const QString& entityId, const QString& action, const QJsonObject& oldValue,
              const QJsonObject& newValue);

// The same, for many rows of one change: the INSERT is prepared once.
class Recorder
{
public:
    Recorder(const Connection& connection, const Session& session, QString entity);
    Status record(const QString& entityId, const QString& action, const QJsonObject& oldValue,
                  const QJsonObject& newValue);

private:
    SqlStatement m_insert;
    QVariant m_user;
    QString m_entity;
};

// Everyone who may appear in the log (id, name), for the viewer's filter; needs ViewAudit.
struct Person
{
    qint64 id = 0;
    QString name;
};
Result<QList<Person>> people(const Connection& connection, const Session& session);

} // namespace Audit
