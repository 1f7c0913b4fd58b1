#pragma once

#include "db/connection.h"
#include "domain/error.h"
#include "domain/goods.h"
#include "domain/session.h"
#include "writescope.h"

#include <QCoreApplication>

// The catalogue of goods. Every change is one transaction with its audit row; edits carry the
// version they started from, and a save over someone else's newer save is refused as a conflict
// that carries their version. A role that may not see costs gets records without them.
class GoodsService
{
    Q_DECLARE_TR_FUNCTIONS(GoodsService)
public:
    explicit GoodsService(Connection connection) : m_connection(std::move(connection)) {}

    Result<GoodsRecord> get(const Session& session, qint64 id) const;
    // The item a scanned or typed code names: any of its barcodes, or its SKU.
    Result<GoodsRecord> findByCode(const Session& session, const QString& code) const;
    Result<GoodsImage> image(const Session& session, qint64 id) const;

    Result<GoodsRecord> create(const Session& session, const GoodsDraft& draft,
                               const GoodsImageChange& image = {}) const;
    // Error::Conflict (carrying the stored record) when the item's version is no longer EXPECTEDVERSION.
    Result<GoodsRecord> update(const Session& session, qint64 id, int expectedVersion,
                               const GoodsDraft& draft, const GoodsImageChange& image = {}) const;
    // Archived goods leave the active list but stay for the orders and stock that refer to them.
    Result<GoodsRecord> setArchived(const Session& session, qint64 id, int expectedVersion,
                                    bool archived) const;
    // Deletes an item nothing refers to yet (a mistake); anything referenced must be archived.
    Status remove(const Session& session, qint64 id, int expectedVersion) const;

    // Shared with the bulk changes and imports, which change goods inside their own scope.
    static Result<GoodsRecord> fetch(const Connection& connection, const Session& session, qint64 id,
                                     bool lock);
    static Status writeSearchAndSortKeys(const Connection& connection, qint64 id, const GoodsDraft& draft);
    static Error conflict(const GoodsRecord& current);

private:
    // The names of the category and default supplier DRAFT names, both of which must still exist.
    struct StoredNames
    {
        QString category;
        QString supplier;
    };
    Result<StoredNames> checkAgainstStored(const GoodsDraft& draft, qint64 exceptId) const;
    Status writeBarcodes(qint64 id, const QStringList& barcodes) const;
    Status writeImage(const WriteScope& scope, qint64 id, const GoodsImageChange& change) const;
    WriteScope::Kind<GoodsRecord> kind(const Session& session, qint64 id) const;

    Connection m_connection;
};
