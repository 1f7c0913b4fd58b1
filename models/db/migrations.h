#pragma once

#include "connection.h"
#include "domain/error.h"

#include <QCoreApplication>

// Brings a database to the schema this program was built for, one recorded step at a time, each in
// its own transaction (on MariaDB/MySQL, DDL commits by itself: back up before upgrading there).
class Migrations
{
    Q_DECLARE_TR_FUNCTIONS(Migrations)
public:
    static int latestVersion();

    // The database's schema version, 0 when it is empty. Refuses (Error::Schema) a database that
    // holds tables of something else, or that a newer Storekeeper has upgraded. Writes nothing.
    static Result<int> inspect(const Connection& connection);

    // Applies the missing steps up to TARGET (0: the latest) and returns the version reached.
    // Tests stop at an older version to see how a database made back then is upgraded.
    static Result<int> migrate(const Connection& connection, int target = 0);
};
