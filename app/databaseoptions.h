#pragma once

#include "db/connectionprofile.h"
#include "domain/error.h"

#include <QCoreApplication>

class QCommandLineParser;

// The --database option both executables share, and where it falls back to: for the window, the
// database opened last, then the embedded SQLite file in the user's data folder; for the admin
// tool always the embedded file, so it never writes to a server nobody named.
class DatabaseOptions
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseOptions)
public:
    static void addTo(QCommandLineParser& parser);
    // The profile asked for, or the fallback; an Error for a malformed address.
    enum class Fallback
    {
        LastOpened,
        Embedded
    };
    static Result<ConnectionProfile> resolve(const QCommandLineParser& parser, Fallback fallback);
    static bool given(const QCommandLineParser& parser);
};
