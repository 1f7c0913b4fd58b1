#include "rowcounts.h"

#include "db/sql.h"

namespace RowCounts {

const QStringList& keptTables()
{
    static const QStringList tables = {QStringLiteral("customers"), QStringLiteral("suppliers")};
    return tables;
}

Status adjust(const Connection& connection, const QString& table, bool archived, qint64 delta)
{
    Q_ASSERT(keptTables().contains(table));
    if (delta == 0)
        return Done{};
    const QString sql = connection.sql().upsertAdd(QStringLiteral("row_counts"),
                                                   {QStringLiteral("table_name"), QStringLiteral("archived")},
                                                   QStringLiteral("n"));
    if (auto done = Sql::change(connection, sql, {table, archived ? 1 : 0, delta}); !done)
        return done.error();
    return Done{};
}

Status moved(const Connection& connection, const QString& table, bool wasArchived, bool isArchived)
{
    if (wasArchived == isArchived)
        return Done{};
    if (auto done = adjust(connection, table, wasArchived, -1); !done)
        return done;
    return adjust(connection, table, isArchived, 1);
}

Status rebuild(const Connection& connection, const QString& table)
{
    Q_ASSERT(keptTables().contains(table));
    if (auto done =
            Sql::exec(connection, QStringLiteral("DELETE FROM row_counts WHERE table_name = ?"), {table});
        !done)
        return done.error();
    // TABLE is one of keptTables(), never text from outside.
    const QString count = QStringLiteral("INSERT INTO row_counts (table_name, archived, n) SELECT '%1', "
                                         "archived, COUNT(*) FROM %1 GROUP BY archived")
                              .arg(table);
    if (auto done = Sql::exec(connection, count); !done)
        return done.error();
    return Done{};
}

Result<qint64> kept(const Connection& connection, const QString& table, bool archived)
{
    const SqlFragment count = countStatement(table, archived);
    auto value = Sql::scalar(connection, count.sql, count.values);
    if (!value)
        return value.error();
    return value.value().toLongLong();
}

SqlFragment countStatement(const QString& table, bool archived)
{
    return {
        QStringLiteral("SELECT COALESCE(SUM(n), 0) FROM row_counts WHERE table_name = ? AND archived = ?"),
        {table, archived ? 1 : 0}};
}

} // namespace RowCounts
