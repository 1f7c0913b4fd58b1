#pragma once

#include "db/database.h"
#include "domain/session.h"
#include "jobs/jobrunner.h"

#include <memory>

// What every area of the window works with: the database (to open more connections for worker
// threads), the window thread's own connection, who is signed in, and the runner that takes
// service calls off the window's thread.
struct Workspace
{
    Database database;
    Connection connection;
    Session session;
    std::shared_ptr<JobRunner> jobs;
};
