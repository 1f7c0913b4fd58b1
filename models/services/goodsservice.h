#pragma once

#include "db/connection.h"
#include "domain/error.h"
#include "domain/goods.h"
#include "domain/session.h"

#include <QCoreApplication>

// The catalogue of goods. Every change is one transaction with its audit row; edits carry the
// version they started from, and a save over someone else's newer save is refused as a conflict.
class GoodsService
{
    Q_DECLARE_TR_FUNCTIONS(GoodsService)
public:
    explicit GoodsService(Connection connection) : m_connection(std::move(connection)) {}

    Result<GoodsRecord> get(qint64 id) const;
    Result<GoodsRecord> create(const Session& session, const GoodsDraft& draft) const;
    // Error::Conflict when the item's version is no longer EXPECTEDVERSION.
    Result<GoodsRecord> update(const Session& session, qint64 id, int expectedVersion,
                               const GoodsDraft& draft) const;
    // Archived goods leave the active list but stay for the orders and stock that refer to them.
    Result<GoodsRecord> setArchived(const Session& session, qint64 id, int expectedVersion,
                                    bool archived) const;
    // Deletes an item nothing refers to yet (a mistake); anything referenced must be archived.
    Status remove(const Session& session, qint64 id, int expectedVersion) const;

private:
    Result<GoodsRecord> fetch(qint64 id, bool lock) const;
    // What the rules alone cannot know: SKU and barcode free, category still there.
    Status checkAgainstStored(const GoodsDraft& draft, qint64 exceptId) const;
    Status checkUnique(const GoodsDraft& draft, qint64 exceptId) const;
    Status checkCategory(qint64 categoryId) const;
    Error conflict(const GoodsRecord& current) const;
    Error saveFailure(const Error& error) const;

    Connection m_connection;
};
