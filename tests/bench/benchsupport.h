#pragma once

#include "db/database.h"
#include "db/dialect.h"

#include <QStringList>
#include <optional>

class QCoreApplication;

// What every benchmark does the same way: its command line, its database, its output.
namespace Bench {

struct Setup
{
    Database database;
    Connection connection;
    QString mode;
};

// Reads --database URL, --mode (one of MODES, the first by default) and --language (made the
// default locale, which picks the name order), and connects. Prints why
// not and returns nothing when it cannot.
std::optional<Setup> open(QCoreApplication& app, const QString& purpose, const QStringList& modes);

// One "metric value" line on standard output, the form the run-* scripts read.
void report(const char* metric, double value);

double peakResidentMiB();

// Milliseconds the engine takes to run STATEMENT and hand over every row: no model, no view.
double timeOnEngine(const Connection& connection, const SqlFragment& statement);

} // namespace Bench
