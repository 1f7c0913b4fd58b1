#pragma once

#include "db/connection.h"
#include "domain/error.h"

#include <QCoreApplication>
#include <QStringList>

// Looks for anything that breaks the rules the services keep: ledger sums, derived totals, search
// documents, password hashes, the engine's own consistency. Reads only.
class IntegrityCheck
{
    Q_DECLARE_TR_FUNCTIONS(IntegrityCheck)
public:
    // Findings, one line each; empty when everything holds. An Error only when checking was impossible.
    static Result<QStringList> run(const Connection& connection);
};
