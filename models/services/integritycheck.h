#pragma once

#include "db/connection.h"
#include "domain/error.h"

#include <QCoreApplication>
#include <QStringList>

// Looks for anything that breaks the rules the services keep: ledger sums, derived totals, kept
// counts, the category tree, values of the wrong type or out of range, search documents and sort
// keys, password hashes, the engine's own consistency. Reads only; each finding once, naming the
// row (SKU, code or id) and the column.
class IntegrityCheck
{
    Q_DECLARE_TR_FUNCTIONS(IntegrityCheck)
public:
    // Findings, one line each; empty when everything holds. An Error only when checking was impossible.
    static Result<QStringList> run(const Connection& connection);
};

// The parts of the check, by kind (integrityrules.cpp, integritydocuments.cpp).
namespace IntegrityRules {
Status rowChecks(const Connection& connection, QStringList* findings);
Status columnChecks(const Connection& connection, QStringList* findings);
Status keptCounts(const Connection& connection, QStringList* findings);
Status documents(const Connection& connection, QStringList* findings);
} // namespace IntegrityRules
