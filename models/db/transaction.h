#pragma once

#include "connection.h"
#include "domain/error.h"

#include <QCoreApplication>

// A write transaction that rolls back unless committed: every service operation opens one, so an
// error at any step leaves nothing half-written. Transactions nest: an operation made of other
// operations (demo data, an import) opens the outer one, and the inner ones join it; only the
// outer commit writes, and an inner one left uncommitted makes the outer one roll back.
class Transaction
{
    Q_DECLARE_TR_FUNCTIONS(Transaction)
public:
    explicit Transaction(const Connection& connection);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    bool ok() const { return m_active; }
    // Whether a transaction is open on CONNECTION in this thread.
    static bool isOpen(const Connection& connection);
    Error error() const;
    Status commit();

private:
    void leave();

    Connection m_connection;
    bool m_active = false;
    bool m_nested = false;
    QString m_beginError;
};
