#pragma once

#include "connection.h"
#include "domain/error.h"

#include <QCoreApplication>
#include <QStringList>

// Rows that refer to a row that is not there, on every engine: the keys come from the engine's own
// catalogue, so a key added by a later schema step is checked without a word here. The servers
// enforce their keys, but a session can switch that off (MySQL's foreign_key_checks), and SQLite
// enforces them only when a connection asks it to.
class ForeignKeys
{
    Q_DECLARE_TR_FUNCTIONS(ForeignKeys)
public:
    // One line per row that refers to nothing, naming the row (its SKU, code or number) and column.
    static Result<QStringList> orphans(const Connection& connection);
};
