#pragma once

#include "db/connection.h"
#include "domain/customer.h"
#include "domain/error.h"
#include "domain/session.h"
#include "writescope.h"

#include <QCoreApplication>

// Customers, their addresses, and the merging of duplicates. Customers have client-made ids, so a
// store can add them while offline. Every change is one transaction with its audit row.
class CustomerService
{
    Q_DECLARE_TR_FUNCTIONS(CustomerService)
public:
    explicit CustomerService(Connection connection) : m_connection(std::move(connection)) {}

    Result<CustomerRecord> get(const Session& session, const QString& id) const;
    Result<CustomerRecord> findByCode(const Session& session, const QString& code) const;
    Result<CustomerRecord> create(const Session& session, const CustomerDraft& draft) const;
    Result<CustomerRecord> update(const Session& session, const QString& id, int expectedVersion,
                                  const CustomerDraft& draft) const;
    // A deactivated customer leaves the list of active ones; orders and history keep them.
    Result<CustomerRecord> setActive(const Session& session, const QString& id, int expectedVersion,
                                     bool active) const;
    // DUPLICATE's orders and addresses go to SURVIVOR, which also takes the phone, e-mail and note it
    // lacks; DUPLICATE is deactivated and remembers whom it was merged into. Only a new edit of
    // SURVIVOR undoes it.
    Result<CustomerRecord> merge(const Session& session, const QString& survivorId, int survivorVersion,
                                 const QString& duplicateId, int duplicateVersion) const;

    static Result<CustomerRecord> fetch(const Connection& connection, const QString& id, bool lock);

private:
    Status checkCodeFree(const CustomerDraft& draft, const QString& exceptId) const;
    Status writeAddresses(const QString& id, const QList<CustomerAddress>& addresses) const;
    Error conflict(const CustomerRecord& current) const;
    WriteScope::Kind<CustomerRecord> kind(const QString& id) const;

    Connection m_connection;
};
