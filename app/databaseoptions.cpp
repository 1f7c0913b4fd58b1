#include "databaseoptions.h"

#include "config/settings.h"

#include <QCommandLineParser>

namespace {
const QString databaseOption = QStringLiteral("database");
}

void DatabaseOptions::addTo(QCommandLineParser& parser)
{
    parser.addOption(QCommandLineOption(
        {QStringLiteral("d"), databaseOption},
        tr("The database: sqlite:PATH, postgresql://user@host:port/database[?sslmode=require] or "
           "mysql://user@host:port/database. The password is asked for (or read from "
           "STOREKEEPER_DB_PASSWORD)."),
        tr("address")));
}

bool DatabaseOptions::given(const QCommandLineParser& parser)
{
    return parser.isSet(databaseOption);
}

Result<ConnectionProfile> DatabaseOptions::resolve(const QCommandLineParser& parser, Fallback fallback)
{
    if (given(parser))
        return ConnectionProfile::parse(parser.value(databaseOption));
    if (fallback == Fallback::LastOpened) {
        const QString remembered = Settings::string(Settings::Key::DatabaseUrl);
        if (auto profile = ConnectionProfile::parse(remembered); !remembered.isEmpty() && profile)
            return profile.value();
    }
    return ConnectionProfile::sqliteFile(Settings::defaultDatabasePath());
}
