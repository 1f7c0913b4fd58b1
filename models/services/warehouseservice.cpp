#include "warehouseservice.h"

#include "db/sql.h"

#include <QJsonObject>
#include <QLocale>
#include <QSqlQuery>

namespace {

const QString selectWarehouses = QStringLiteral("SELECT w.id, w.code, w.name, w.address, w.archived, "
                                                "w.created_at, w.updated_at, w.version FROM warehouses w ");

WarehouseRecord recordOf(const QSqlQuery& q)
{
    WarehouseRecord record;
    record.id = q.value(0).toLongLong();
    record.draft.code = q.value(1).toString();
    record.draft.name = q.value(2).toString();
    record.draft.address = q.value(3).toString();
    record.archived = q.value(4).toInt() != 0;
    record.createdAt = q.value(5).toLongLong();
    record.updatedAt = q.value(6).toLongLong();
    record.version = q.value(7).toInt();
    return record;
}

QJsonObject toJson(const WarehouseRecord& record)
{
    return {{QStringLiteral("code"), record.draft.code},
            {QStringLiteral("name"), record.draft.name},
            {QStringLiteral("address"), record.draft.address},
            {QStringLiteral("archived"), record.archived},
            {QStringLiteral("version"), record.version}};
}

Error conflict(const WarehouseRecord& current)
{
    return WriteScope::conflict(
        WarehouseService::tr("Someone else changed warehouse %1 while you were editing it. Look at their "
                             "version, then save again.")
            .arg(current.draft.code),
        QVariant::fromValue(current));
}

} // namespace

Result<WarehouseRecord> WarehouseService::fetch(const Connection& connection, qint64 id, bool lock)
{
    std::optional<WarehouseRecord> found;
    auto read = Sql::each(connection,
                          selectWarehouses + QStringLiteral("WHERE w.id = ?") +
                              (lock ? connection.sql().forUpdate(QStringLiteral("w")) : QString()),
                          {id}, [&](const QSqlQuery& q) { found = recordOf(q); });
    if (!read)
        return read.error();
    if (!found)
        return Error::make(Error::Kind::NotFound, tr("This warehouse no longer exists."));
    return *found;
}

Result<QList<WarehouseRecord>> WarehouseService::list(const Session& session, bool withArchived) const
{
    if (auto allowed = requirePermission(session, Permission::ViewCatalogue); !allowed)
        return allowed.error();
    QList<WarehouseRecord> records;
    auto read =
        Sql::each(m_connection,
                  selectWarehouses + (withArchived ? QString() : QStringLiteral("WHERE w.archived = 0 ")) +
                      QStringLiteral("ORDER BY w.code"),
                  {}, [&](const QSqlQuery& q) { records << recordOf(q); });
    if (!read)
        return read.error();
    return records;
}

Result<WarehouseRecord> WarehouseService::get(const Session& session, qint64 id) const
{
    if (auto allowed = requirePermission(session, Permission::ViewCatalogue); !allowed)
        return allowed.error();
    return fetch(m_connection, id, false);
}

Error WarehouseService::withCodeField(const Error& error) const
{
    return WriteScope::fieldOfDuplicate(error, {{QStringLiteral("ux_warehouses_code"), QStringLiteral("code"),
                                                 tr("Another warehouse has this code; choose another.")}});
}

Result<WarehouseRecord> WarehouseService::create(const Session& session, const WarehouseDraft& input) const
{
    WriteScope scope(m_connection, session, QStringLiteral("warehouse"));
    if (auto begun = scope.begin({Permission::ManageWarehouses}); !begun)
        return begun.error();
    const WarehouseDraft draft = WarehouseRules::normalized(input);
    if (const auto fields = WarehouseRules::problems(draft); !fields.isEmpty())
        return Error::validation(fields, WriteScope::fieldsNeedAttention());
    auto id =
        Sql::insert(m_connection,
                    QStringLiteral("INSERT INTO warehouses (code, name, address, created_at, updated_at) "
                                   "VALUES (?, ?, ?, ?, ?)"),
                    {draft.code, draft.name, nullableText(draft.address), scope.now(), scope.now()});
    if (!id)
        return withCodeField(id.error());
    auto created = fetch(m_connection, id.value(), false);
    if (!created)
        return created;
    if (auto audited =
            scope.audit(QString::number(id.value()), QStringLiteral("create"), {}, toJson(*created));
        !audited)
        return audited.error();
    if (auto committed = scope.commit(); !committed)
        return committed.error();
    return created;
}

WriteScope::Kind<WarehouseRecord> WarehouseService::kind(qint64 id) const
{
    return {[this, id](bool lock) { return fetch(m_connection, id, lock); }, &toJson, &conflict};
}

Result<WarehouseRecord> WarehouseService::update(const Session& session, qint64 id, int expectedVersion,
                                                 const WarehouseDraft& input) const
{
    WriteScope scope(m_connection, session, QStringLiteral("warehouse"));
    if (auto begun = scope.begin({Permission::ManageWarehouses}); !begun)
        return begun.error();
    const WarehouseDraft draft = WarehouseRules::normalized(input);
    if (const auto fields = WarehouseRules::problems(draft); !fields.isEmpty())
        return Error::validation(fields, WriteScope::fieldsNeedAttention());
    auto updated = scope.edit<WarehouseRecord>(
        QString::number(id), expectedVersion, QStringLiteral("update"), kind(id),
        [&](const WarehouseRecord& before) {
            return scope.updateVersioned(
                QStringLiteral("warehouses"), QStringLiteral("code = ?, name = ?, address = ?"),
                {draft.code, draft.name, nullableText(draft.address)}, id, before.version, conflict(before));
        },
        [&](const WarehouseRecord& before) {
            return before.draft.code == draft.code && before.draft.name == draft.name &&
                   before.draft.address == draft.address;
        });
    if (!updated)
        return withCodeField(updated.error());
    return updated;
}

Result<WarehouseRecord> WarehouseService::setArchived(const Session& session, qint64 id, int expectedVersion,
                                                      bool archived) const
{
    WriteScope scope(m_connection, session, QStringLiteral("warehouse"));
    if (auto begun = scope.begin({Permission::ManageWarehouses}); !begun)
        return begun.error();
    return scope.edit<WarehouseRecord>(
        QString::number(id), expectedVersion,
        archived ? QStringLiteral("archive") : QStringLiteral("restore"), kind(id),
        [&](const WarehouseRecord& before) -> Status {
            if (archived) {
                // Read under the warehouse's lock: a receipt into it waits for this change, and
                // one after it is refused, as the warehouse is archived by then.
                auto held = Sql::scalar(
                    m_connection,
                    QStringLiteral(
                        "SELECT COUNT(*) FROM stock_levels WHERE warehouse_id = ? AND quantity <> 0"),
                    {id});
                if (!held)
                    return held.error();
                if (const qint64 items = held.value().toLongLong(); items > 0)
                    return Error::make(
                        Error::Kind::Validation,
                        tr("%1 still holds stock of %Ln item(s). Move it to another warehouse or "
                           "adjust it to zero first; then archive it.",
                           nullptr, int(std::min<qint64>(items, INT_MAX)))
                            .arg(before.draft.name));
            }
            return scope.updateVersioned(QStringLiteral("warehouses"), QStringLiteral("archived = ?"),
                                         {archived ? 1 : 0}, id, before.version, conflict(before));
        },
        [&](const WarehouseRecord& before) { return before.archived == archived; });
}
