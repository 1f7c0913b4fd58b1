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
    friend class Savepoint;
    void leave();
    static bool doomed(const Connection& connection);
    static void forgive(const Connection& connection); // the failed step was undone on its own

    Connection m_connection;
    bool m_active = false;
    bool m_nested = false;
    QString m_beginError;
};

// A step inside an open transaction that can be undone on its own: an import checks every row in
// one transaction, undoes a refused row alone, and carries on to report the next one. Undoing it
// also forgets that a step inside gave up, so the transaction may still commit.
class Savepoint
{
    Q_DECLARE_TR_FUNCTIONS(Savepoint)
public:
    explicit Savepoint(const Connection& connection);
    ~Savepoint(); // undoes the step unless it was kept
    Savepoint(const Savepoint&) = delete;
    Savepoint& operator=(const Savepoint&) = delete;

    Status begin();
    // Keeps the step's work in the transaction; refused when a step inside gave up.
    Status keep();
    Status undo();

private:
    Status run(const QString& sql);

    Connection m_connection;
    bool m_open = false;
};
