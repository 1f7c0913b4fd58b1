// Bringing SQLite tables made by schema version 1 to today's form: STRICT (a column refuses a value
// of another type) and AUTOINCREMENT (ids of deleted rows are never handed out again). SQLite can
// change neither in place, so each such table is rebuilt the way its documentation prescribes:
// create the new form, copy the rows, drop the old table, rename the new one, and make its indexes
// and triggers again. The caller runs this inside the migration's transaction, with foreign keys
// off, and checks them all before committing.
#include "connection.h"
#include "sql.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlQuery>

QString sqliteStrictTypes(const QString& ddl)
{
    static const QRegularExpression text(QStringLiteral("\\b(VAR)?CHAR\\(\\d+\\)"));
    static const QRegularExpression integer(QStringLiteral("\\b(BIGINT|SMALLINT)\\b"));
    QString result = ddl;
    result.replace(text, QStringLiteral("TEXT"));
    result.replace(integer, QStringLiteral("INTEGER"));
    return result;
}

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SqliteTables)
};

Result<QStringList> column(const Connection& connection, const QString& sql, const QVariantList& values)
{
    auto rows = Sql::exec(connection, sql, values);
    if (!rows)
        return rows.error();
    QStringList result;
    while (rows.value().next())
        result << rows.value().value(0).toString();
    return result;
}

Status rebuild(const Connection& connection, const QString& table)
{
    auto definition = Sql::scalar(
        connection, QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?"),
        {table});
    if (!definition)
        return definition.error();
    auto dependents = column(connection,
                             QStringLiteral("SELECT sql FROM sqlite_master WHERE tbl_name = ? AND "
                                            "type IN ('index', 'trigger') AND sql IS NOT NULL"),
                             {table});
    if (!dependents)
        return dependents.error();
    auto columns = column(connection, QStringLiteral("SELECT name FROM pragma_table_info(?)"), {table});
    if (!columns)
        return columns.error();

    const QString replacement = table + QStringLiteral("__new");
    QString sql = definition.value().toString();
    static const QRegularExpression head(QStringLiteral("^CREATE TABLE\\s+\"?(\\w+)\"?\\s*\\("));
    static const QRegularExpression identity(
        QStringLiteral("\\bINTEGER PRIMARY KEY\\b(?!\\s+AUTOINCREMENT)"));
    sql.replace(head, QStringLiteral("CREATE TABLE %1 (").arg(replacement));
    sql.replace(identity, QStringLiteral("INTEGER PRIMARY KEY AUTOINCREMENT"));
    sql = sqliteStrictTypes(sql) + QStringLiteral(" STRICT");

    const QString list = columns->join(QStringLiteral(", "));
    QStringList statements = {
        sql, QStringLiteral("INSERT INTO %1 (%2) SELECT %2 FROM %3").arg(replacement, list, table),
        QStringLiteral("DROP TABLE %1").arg(table),
        QStringLiteral("ALTER TABLE %1 RENAME TO %2").arg(replacement, table)};
    statements << dependents.value();
    for (const QString& statement : qAsConst(statements)) {
        auto done = Sql::exec(connection, statement);
        if (!done) {
            // A copy refused for its types means someone wrote a wrong value past Storekeeper.
            if (done.error().message.contains(QLatin1String("cannot store")))
                return Error::make(Error::Kind::Schema,
                                   Tr::tr("A row of %1 holds a value of the wrong type (%2). Correct it with "
                                          "a database tool, then start Storekeeper again; nothing was "
                                          "changed.")
                                       .arg(table, done.error().message));
            return done.error();
        }
    }
    return Done{};
}

} // namespace

Status sqliteTightenTables(const Connection& connection)
{
    auto tables = column(connection,
                         QStringLiteral("SELECT name FROM pragma_table_list WHERE schema = 'main' AND "
                                        "type = 'table' AND strict = 0 AND name NOT LIKE 'sqlite\\_%' "
                                        "ESCAPE '\\' ORDER BY name"),
                         {});
    if (!tables)
        return tables.error();
    for (const QString& table : tables.value()) {
        if (auto done = rebuild(connection, table); !done)
            return done;
    }
    return Done{};
}

Status sqliteReserveIds(const Connection& connection, const QString& table, qint64 highest)
{
    // sqlite_sequence has one row per AUTOINCREMENT table that has ever held a row, and no key.
    auto current =
        Sql::scalar(connection, QStringLiteral("SELECT seq FROM sqlite_sequence WHERE name = ?"), {table});
    if (!current)
        return current.error();
    if (current.value().isValid() && current.value().toLongLong() >= highest)
        return Done{};
    const QString sql = current.value().isValid()
                            ? QStringLiteral("UPDATE sqlite_sequence SET seq = ? WHERE name = ?")
                            : QStringLiteral("INSERT INTO sqlite_sequence (seq, name) VALUES (?, ?)");
    if (auto done = Sql::exec(connection, sql, {highest, table}); !done)
        return done.error();
    return Done{};
}

QString sqliteViolatedIndex(const Connection& connection, const QString& message)
{
    static const QRegularExpression failed(
        QStringLiteral("UNIQUE constraint failed: ([\\w.]+(?:, [\\w.]+)*)"));
    const QRegularExpressionMatch match = failed.match(message);
    if (!match.hasMatch())
        return {};
    QStringList columns;
    QString table;
    for (const QString& qualified : match.captured(1).split(QStringLiteral(", "))) {
        table = qualified.section(QLatin1Char('.'), 0, 0);
        columns << qualified.section(QLatin1Char('.'), 1);
    }
    auto indexes =
        column(connection,
               QStringLiteral("SELECT name FROM pragma_index_list(?) WHERE \"unique\" = 1 AND origin = 'c'"),
               {table});
    if (!indexes)
        return {};
    for (const QString& index : indexes.value()) {
        auto indexed = column(
            connection, QStringLiteral("SELECT name FROM pragma_index_info(?) ORDER BY seqno"), {index});
        if (indexed && indexed.value() == columns)
            return index;
    }
    return {};
}
