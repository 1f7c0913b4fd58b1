#include "integritycheck.h"

#include "db/foreignkeys.h"
#include "db/migrations.h"

Result<QStringList> IntegrityCheck::run(const Connection& connection)
{
    auto version = Migrations::inspect(connection);
    if (!version)
        return version.error();
    if (version.value() == 0)
        return Error::make(Error::Kind::Schema, tr("The database is empty: there is nothing to check."));
    if (version.value() < Migrations::latestVersion())
        return QStringList{
            tr("The database is at schema version %1; this program expects %2. Run \"migrate\" first.")
                .arg(version.value())
                .arg(Migrations::latestVersion())};
    QStringList findings;
    for (const auto& part : {&IntegrityRules::rowChecks, &IntegrityRules::columnChecks,
                             &IntegrityRules::keptCounts, &IntegrityRules::documents}) {
        if (auto done = part(connection, &findings); !done)
            return done.error();
    }
    auto orphans = ForeignKeys::orphans(connection);
    if (!orphans)
        return orphans.error();
    findings << orphans.value() << connection.sql().integrityProblems(connection.db);
    return findings;
}
