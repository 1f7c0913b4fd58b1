#include "lookup.h"

#include "db/sql.h"
#include "domain/sortkey.h"
#include "tables/listsearch.h"
#include "tables/pagedquery.h"

#include <QSqlQuery>

namespace {

struct Table
{
    QString name;       // "goods"
    QString keyColumn;  // "id"
    QString codeColumn; // "sku"
    QString exactJoin;  // extra codes that match exactly (barcodes)
    Dialect::SearchKey key;
    Permission permission;
};

Result<QList<Lookup::Match>> find(const Connection& connection, const Session& session, const Table& table,
                                  const QString& text, int limit)
{
    if (auto allowed = requirePermission(session, table.permission); !allowed)
        return allowed.error();
    const QString typed = text.trimmed();
    const QString columns = QStringLiteral("t.%1, t.%2, t.name").arg(table.keyColumn, table.codeColumn);
    QList<Lookup::Match> matches;
    QSet<QString> seen;
    const auto collect = [&](const QString& sql, const QVariantList& values) -> Status {
        auto rows = Sql::exec(connection, sql, values);
        if (!rows)
            return rows.error();
        while (rows.value().next() && matches.size() < limit) {
            const QString key = rows.value().value(0).toString();
            if (seen.contains(key))
                continue;
            seen.insert(key);
            matches << Lookup::Match{rows.value().value(0), rows.value().value(1).toString(),
                                     rows.value().value(2).toString()};
        }
        return Done{};
    };
    if (!typed.isEmpty()) {
        // What was typed or scanned exactly, first: a code names one record.
        if (auto done =
                collect(QStringLiteral("SELECT %1 FROM %2 t %3 WHERE t.archived = 0 AND (t.%4 = ?%5)")
                            .arg(columns, table.name, table.exactJoin, table.codeColumn,
                                 table.exactJoin.isEmpty() ? QString() : QStringLiteral(" OR x.barcode = ?")),
                        table.exactJoin.isEmpty() ? QVariantList{typed.toUpper()}
                                                  : QVariantList{typed.toUpper(), typed});
            !done)
            return done.error();
    }
    // As a list would read its first rows, so a name typed finds its matches before ordering them.
    PagedQuery query;
    query.columns = columns;
    query.table = table.name + QStringLiteral(" t");
    query.key = QStringLiteral("t.") + table.keyColumn;
    query.orderBy = {QStringLiteral("t.") + SortKey::column(SortKey::forLocale())};
    ListFilter filter;
    QStringList conditions = {QStringLiteral("t.archived = 0")};
    ListSearch::narrow(filter, conditions, connection.sql(), table.name, QStringLiteral("t"), typed,
                       {QStringLiteral("t.name")}, table.key);
    query.where = conditions.join(QStringLiteral(" AND "));
    query.values = filter.values;
    query.matchFence = filter.matchFence;
    const SqlFragment statement = query.pageStatement(0, limit, false);
    if (auto done = collect(statement.sql, statement.values); !done)
        return done.error();
    return matches;
}

} // namespace

namespace Lookup {

Result<QList<Match>> goods(const Connection& connection, const Session& session, const QString& text,
                           int limit)
{
    return find(connection, session,
                {QStringLiteral("goods"), QStringLiteral("id"), QStringLiteral("sku"),
                 QStringLiteral("LEFT JOIN goods_barcodes x ON x.goods_id = t.id"),
                 Dialect::SearchKey::Integer, Permission::ViewCatalogue},
                text, limit);
}

Result<QList<Match>> suppliers(const Connection& connection, const Session& session, const QString& text,
                               int limit)
{
    return find(connection, session,
                {QStringLiteral("suppliers"), QStringLiteral("id"), QStringLiteral("code"), QString(),
                 Dialect::SearchKey::Integer, Permission::ViewCatalogue},
                text, limit);
}

Result<QList<Match>> customers(const Connection& connection, const Session& session, const QString& text,
                               int limit)
{
    return find(connection, session,
                {QStringLiteral("customers"), QStringLiteral("id"), QStringLiteral("code"), QString(),
                 Dialect::SearchKey::Uuid, Permission::ManageCustomers},
                text, limit);
}

} // namespace Lookup
