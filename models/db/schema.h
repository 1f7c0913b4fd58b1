#pragma once

#include <QStringList>

class Dialect;

// One step of the schema's history. Steps are only ever added: a released step never changes,
// so every database, whichever version it started at, ends up with the same tables.
struct SchemaStep
{
    int version;
    const char* description;
    QStringList (*statements)(const Dialect& dialect);
};

const QList<SchemaStep>& schemaSteps();
