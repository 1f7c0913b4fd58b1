#pragma once

#include "db/connection.h"
#include "domain/error.h"
#include "domain/session.h"
#include "domain/supplier.h"
#include "writescope.h"

#include <QCoreApplication>

// Suppliers and the goods each of them sells. Every change is one transaction with its audit row;
// edits carry their version, and a save over a newer one is a conflict carrying the stored record.
class SupplierService
{
    Q_DECLARE_TR_FUNCTIONS(SupplierService)
public:
    explicit SupplierService(Connection connection) : m_connection(std::move(connection)) {}

    Result<SupplierRecord> get(const Session& session, qint64 id) const;
    Result<SupplierRecord> findByCode(const Session& session, const QString& code) const;
    // A code for a new supplier: one above the highest "S" number so far.
    Result<QString> suggestCode(const Session& session) const;
    Result<SupplierRecord> create(const Session& session, const SupplierDraft& draft) const;
    Result<SupplierRecord> update(const Session& session, qint64 id, int expectedVersion,
                                  const SupplierDraft& draft) const;
    // Archived suppliers leave the list and the choices; their history and offers stay.
    Result<SupplierRecord> setArchived(const Session& session, qint64 id, int expectedVersion,
                                       bool archived) const;

    // Who sells GOODSID, cheapest first (costs left out for roles that may not see them).
    Result<QList<SupplierOffer>> suppliersOf(const Session& session, qint64 goodsId) const;
    Result<SupplierOffer> offer(const Session& session, qint64 supplierId, qint64 goodsId) const;
    // Adds the offer (EXPECTEDVERSION 0) or changes it.
    Result<SupplierOffer> saveOffer(const Session& session, const SupplierOfferDraft& draft,
                                    int expectedVersion) const;
    Status removeOffer(const Session& session, qint64 supplierId, qint64 goodsId, int expectedVersion) const;

    static Result<SupplierRecord> fetch(const Connection& connection, qint64 id, bool lock);
    // The unique indexes a save can meet (a code taken between the check and the insert by another
    // desk), with the field each belongs to.
    static QList<WriteScope::UniqueField> uniqueFields();

private:
    Result<SupplierOffer> fetchOffer(const Session& session, qint64 supplierId, qint64 goodsId,
                                     bool lock) const;
    Status checkCodeFree(const SupplierDraft& draft, qint64 exceptId) const;
    Error conflict(const SupplierRecord& current) const;
    WriteScope::Kind<SupplierRecord> kind(qint64 id) const;

    Connection m_connection;
};
