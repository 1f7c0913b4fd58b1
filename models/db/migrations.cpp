#include "migrations.h"

#include "foreignkeys.h"
#include "schema.h"
#include "sql.h"
#include "transaction.h"

#include <QDateTime>
#include <QSqlQuery>

namespace {

const QString versionTable = QStringLiteral("schema_version");

} // namespace

int Migrations::latestVersion()
{
    return schemaSteps().back().version;
}

Result<int> Migrations::inspect(const Connection& connection)
{
    QStringList tables = connection.db.tables(QSql::Tables);
    for (QString& table : tables)
        table = table.toLower();
    if (!tables.contains(versionTable)) {
        if (tables.isEmpty())
            return 0;
        tables.sort();
        return Error::make(Error::Kind::Schema,
                           tr("%1 is not a Storekeeper database: it holds other tables (%2). Nothing was "
                              "changed. Choose an empty database or one made by Storekeeper.")
                               .arg(connection.profile.location(),
                                    QStringList(tables.mid(0, 5)).join(QStringLiteral(", "))));
    }
    auto version = Sql::scalar(connection, QStringLiteral("SELECT MAX(version) FROM schema_version"));
    if (!version)
        return version.error();
    if (version.value().isNull())
        return Error::make(Error::Kind::Schema,
                           tr("An earlier upgrade of %1 stopped part-way (on MariaDB/MySQL each table is "
                              "created on its own). Nothing was changed now. Restore the backup taken before "
                              "the upgrade, or start from an empty database.")
                               .arg(connection.profile.location()));
    const int current = version.value().toInt();
    if (current > latestVersion())
        return Error::make(Error::Kind::Schema,
                           tr("This database was upgraded by a newer Storekeeper (schema version %1; this "
                              "program knows versions up to %2). Nothing was changed. Install the newer "
                              "Storekeeper to use it.")
                               .arg(current)
                               .arg(latestVersion()));
    return current;
}

namespace {

// Holds the dialect's schema lock for as long as it lives.
class SchemaLock
{
public:
    explicit SchemaLock(const Connection& connection) : m_connection(connection) {}
    ~SchemaLock()
    {
        // A lock that cannot be released goes with the session; the next desk waits until then.
        if (m_held && !Sql::exec(m_connection, m_connection.sql().schemaUnlock()))
            qWarning("Storekeeper: the schema lock could not be released");
    }
    Status take()
    {
        const QString sql = m_connection.sql().schemaLock();
        if (sql.isEmpty())
            return Done{};
        auto taken = Sql::scalar(m_connection, sql);
        if (!taken)
            return taken.error();
        // 1 once the lock is held; GET_LOCK answers 0 when it timed out.
        if (taken.value().toInt() != 1)
            return Error::make(
                Error::Kind::Unavailable,
                Migrations::tr("Another Storekeeper has been upgrading %1 for two minutes. Wait "
                               "for it to finish, then start again.")
                    .arg(m_connection.profile.location()));
        m_held = true;
        return Done{};
    }

private:
    const Connection& m_connection;
    bool m_held = false;
};

} // namespace

namespace {

// Switches SQLite's foreign keys off for a step that replaces tables, and on again however the
// step ends; the step checks them itself before it commits.
class RebuildGuard
{
public:
    RebuildGuard(const Connection& connection, bool active) : m_connection(connection), m_active(active)
    {
        if (m_active)
            runAll(m_connection.sql().beforeTableRebuild());
    }
    ~RebuildGuard()
    {
        if (m_active)
            runAll(m_connection.sql().afterTableRebuild());
    }

private:
    void runAll(const QStringList& statements)
    {
        for (const QString& statement : statements) {
            if (!Sql::exec(m_connection, statement))
                qWarning("Storekeeper: could not run %s", qPrintable(statement));
        }
    }
    const Connection& m_connection;
    bool m_active;
};

Status runStep(const Connection& connection, const SchemaStep& step, bool first)
{
    QStringList statements;
    if (first) {
        statements << connection.sql().expandDdl(
            QStringLiteral("CREATE TABLE schema_version (version INTEGER NOT NULL PRIMARY KEY, "
                           "description VARCHAR(200) NOT NULL, applied_at {ts} NOT NULL){table}"));
    }
    statements << step.statements(connection.sql());
    for (const QString& statement : qAsConst(statements)) {
        if (auto done = Sql::exec(connection, statement); !done)
            return done.error();
    }
    if (step.apply) {
        if (auto done = step.apply(connection); !done)
            return done;
    }
    if (step.rebuildsTables) {
        auto broken = ForeignKeys::orphans(connection);
        if (!broken)
            return broken.error();
        if (!broken->isEmpty())
            return Error::make(Error::Kind::Schema, broken->join(QLatin1Char(' ')));
    }
    return Done{};
}

} // namespace

Result<int> Migrations::migrate(const Connection& connection, int target)
{
    if (target <= 0 || target > latestVersion())
        target = latestVersion();
    auto inspected = inspect(connection);
    SchemaLock lock(connection);
    // Anything but up to date is looked at again under the lock: what looked half-done may be
    // another desk's upgrade in progress, and what looked old may be finished by now.
    if (!inspected || inspected.value() < target) {
        if (auto taken = lock.take(); !taken)
            return taken.error();
        inspected = inspect(connection);
    }
    if (!inspected)
        return inspected;
    int current = inspected.value();
    for (const QString& statement : connection.sql().prepareDatabase()) {
        if (auto done = Sql::exec(connection, statement); !done)
            return done.error();
    }
    for (const SchemaStep& step : schemaSteps()) {
        if (step.version <= current || step.version > target)
            continue;
        const RebuildGuard guard(connection, step.rebuildsTables);
        Transaction transaction(connection);
        if (!transaction.ok())
            return transaction.error();
        // Another desk may have taken this step while this one waited: for the schema lock on a
        // server, for BEGIN IMMEDIATE on SQLite, which has no other lock.
        auto now = inspect(connection);
        if (!now)
            return now;
        if (now.value() >= step.version) {
            current = now.value();
            if (auto committed = transaction.commit(); !committed)
                return committed.error();
            continue;
        }
        if (auto done = runStep(connection, step, current == 0); !done)
            return Error::make(Error::Kind::Schema, tr("Upgrading the database to version %1 failed: %2")
                                                        .arg(step.version)
                                                        .arg(done.error().message));
        auto recorded = Sql::exec(
            connection,
            QStringLiteral("INSERT INTO schema_version (version, description, applied_at) "
                           "VALUES (?, ?, ?)"),
            {step.version, QString::fromUtf8(step.description), QDateTime::currentMSecsSinceEpoch()});
        if (!recorded)
            return recorded.error();
        if (auto committed = transaction.commit(); !committed)
            return committed.error();
        current = step.version;
    }
    return current;
}
