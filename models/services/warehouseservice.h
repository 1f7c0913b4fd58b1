#pragma once

#include "db/connection.h"
#include "domain/error.h"
#include "domain/session.h"
#include "domain/stock.h"
#include "writescope.h"

#include <QCoreApplication>

// Warehouses: made, renamed, and archived once nothing is in them (their ledger stays). Every
// change is one transaction with its version check and audit row.
class WarehouseService
{
    Q_DECLARE_TR_FUNCTIONS(WarehouseService)
public:
    explicit WarehouseService(Connection connection) : m_connection(std::move(connection)) {}

    // By code; archived ones only when asked for.
    Result<QList<WarehouseRecord>> list(const Session& session, bool withArchived = false) const;
    Result<WarehouseRecord> get(const Session& session, qint64 id) const;
    Result<WarehouseRecord> create(const Session& session, const WarehouseDraft& draft) const;
    Result<WarehouseRecord> update(const Session& session, qint64 id, int expectedVersion,
                                   const WarehouseDraft& draft) const;
    // Archiving needs every level in it at zero: stock does not vanish with its warehouse.
    Result<WarehouseRecord> setArchived(const Session& session, qint64 id, int expectedVersion,
                                        bool archived) const;

    static Result<WarehouseRecord> fetch(const Connection& connection, qint64 id, bool lock);

private:
    WriteScope::Kind<WarehouseRecord> kind(qint64 id) const;
    Error withCodeField(const Error& error) const;

    Connection m_connection;
};
