#pragma once

#include "connectionprofile.h"
#include "dialect.h"

#include <QSqlDatabase>

// One thread's open connection and the rules of its engine. Qt Sql connections belong to the
// thread that opened them, so each thread (the window's, each page loader's) has its own.
struct Connection
{
    QSqlDatabase db;
    const Dialect* dialect = nullptr;
    ConnectionProfile profile;
    bool readOnly = false;

    const Dialect& sql() const { return *dialect; }
};
