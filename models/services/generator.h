#pragma once

#include "db/connection.h"
#include "domain/error.h"
#include "domain/session.h"

#include <QCoreApplication>
#include <functional>

// Large synthetic catalogues, supplier lists and customer lists for benchmarks and load tests: a
// million goods in well under a minute on SQLite. Rows look plausible (Chinese and English names,
// valid barcodes, suppliers offering each item at a cost near its own) and follow every rule real
// rows follow; one audit row records the whole run.
class Generator
{
    Q_DECLARE_TR_FUNCTIONS(Generator)
public:
    // Called now and then with rows written so far; return false to cancel (nothing is kept).
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    struct Request
    {
        qint64 goods = 0;
        qint64 customers = 0;
        qint64 suppliers = 0; // generated goods are offered by these and the suppliers already there
        qint64 warehouses = 0;
        // Stock movements of the goods there are into the warehouses generated with them; each
        // level is the sum of its movements and never below zero.
        qint64 movements = 0;
        quint32 seed = 20261129;
    };

    static Status run(const Connection& connection, const Session& session, const Request& request,
                      const Progress& progress = {});
    static constexpr qint64 maxRows = 100'000'000;
};
