#pragma once

#include "connection.h"
#include "domain/error.h"

#include <QStringList>

class Dialect;

// One step of the schema's history. Steps are only ever added: a released step never changes,
// so every database, whichever version it started at, ends up with the same tables.
struct SchemaStep
{
    int version;
    const char* description;
    QStringList (*statements)(const Dialect& dialect);
    // Runs after the statements, in the same transaction: data the new columns need, and the
    // statements that need that data first (a unique index on a column just filled in).
    Status (*apply)(const Connection& connection) = nullptr;
    // The step replaces tables (SQLite): foreign keys are switched off around it and checked
    // before it commits.
    bool rebuildsTables = false;
};

const QList<SchemaStep>& schemaSteps();

// The steps, by file.
QStringList schemaV1(const Dialect& dialect);
QStringList schemaV2(const Dialect& dialect);
Status applyV2(const Connection& connection);
QStringList schemaV3(const Dialect& dialect);
Status applyV3(const Connection& connection);
