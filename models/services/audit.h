#pragma once

#include "db/connection.h"
#include "domain/error.h"
#include "domain/session.h"

#include <QJsonObject>

// Writes who changed what, when, from which value to which, inside the caller's transaction.
namespace Audit {

Status record(const Connection& connection, const Session& session, const QString& entity,
              const QString& entityId, const QString& action, const QJsonObject& oldValue,
              const QJsonObject& newValue);

} // namespace Audit
