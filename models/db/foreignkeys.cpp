#include "foreignkeys.h"

#include "sql.h"

#include <QHash>
#include <QSqlQuery>

namespace {

// How a finding names a row of TABLE: by what people know it by where there is such a thing.
QString labelOf(const QString& table)
{
    static const QHash<QString, QString> labels = {
        {QStringLiteral("goods"), QStringLiteral("sku")},
        {QStringLiteral("suppliers"), QStringLiteral("code")},
        {QStringLiteral("warehouses"), QStringLiteral("code")},
        {QStringLiteral("orders"), QStringLiteral("order_no")},
        {QStringLiteral("payments"), QStringLiteral("payment_no")},
        {QStringLiteral("users"), QStringLiteral("username")},
        {QStringLiteral("purchase_orders"), QStringLiteral("po_no")},
        {QStringLiteral("customers"), QStringLiteral("name")},
        {QStringLiteral("categories"), QStringLiteral("name")},
    };
    return labels.value(table);
}

} // namespace

Result<QStringList> ForeignKeys::orphans(const Connection& connection)
{
    auto keys = Sql::exec(connection, connection.sql().foreignKeysSql());
    if (!keys)
        return keys.error();
    struct Key
    {
        QString table, column, parent, parentColumn;
    };
    QList<Key> found;
    while (keys.value().next())
        found << Key{keys.value().value(0).toString().toLower(), keys.value().value(1).toString().toLower(),
                     keys.value().value(2).toString().toLower(), keys.value().value(3).toString().toLower()};
    keys.value().finish();
    QStringList problems;
    for (const Key& key : qAsConst(found)) {
        const QString label = labelOf(key.table);
        const QString shown =
            label.isEmpty() ? QStringLiteral("t.%1").arg(key.column) : QStringLiteral("t.") + label;
        // The names come from the engine's catalogue of this database, not from anyone's input.
        auto rows =
            Sql::exec(connection, QStringLiteral("SELECT %1, t.%2 FROM %3 t LEFT JOIN %4 p ON p.%5 = t.%2 "
                                                 "WHERE t.%2 IS NOT NULL AND p.%5 IS NULL")
                                      .arg(shown, key.column, key.table, key.parent, key.parentColumn));
        if (!rows)
            return rows.error();
        while (rows.value().next())
            problems << tr("%1 %2: %3 %4 names a row of %5 that does not exist.")
                            .arg(key.table, rows.value().value(0).toString(), key.column,
                                 rows.value().value(1).toString(), key.parent);
    }
    return problems;
}
