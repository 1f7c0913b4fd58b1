#pragma once

#include "db/database.h"
#include "domain/session.h"

// What every area of the window works with: the database (to open more connections for worker
// threads), the window thread's own connection, and who is signed in.
struct Workspace
{
    Database database;
    Connection connection;
    Session session;
};
