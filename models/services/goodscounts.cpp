#include "goodscounts.h"

#include "db/sql.h"

namespace GoodsCounts {

Status adjust(const Connection& connection, qint64 categoryId, bool archived, qint64 delta)
{
    if (delta == 0)
        return Done{};
    const QString sql = connection.sql().upsertAdd(
        QStringLiteral("goods_counts"), {QStringLiteral("category_key"), QStringLiteral("archived")},
        QStringLiteral("goods"));
    if (auto done = Sql::change(connection, sql, {std::max<qint64>(categoryId, 0), archived ? 1 : 0, delta});
        !done)
        return done.error();
    return Done{};
}

Status rebuild(const Connection& connection)
{
    for (const QString& sql :
         {QStringLiteral("DELETE FROM goods_counts"),
          QStringLiteral(
              "INSERT INTO goods_counts (category_key, archived, goods) SELECT COALESCE(category_id, 0), "
              "archived, COUNT(*) FROM goods GROUP BY COALESCE(category_id, 0), archived")}) {
        if (auto done = Sql::exec(connection, sql); !done)
            return done.error();
    }
    return Done{};
}

Result<QHash<qint64, qint64>> byCategory(const Connection& connection, bool archived)
{
    auto rows = Sql::exec(connection,
                          QStringLiteral("SELECT category_key, goods FROM goods_counts WHERE archived = ?"),
                          {archived ? 1 : 0});
    if (!rows)
        return rows.error();
    QHash<qint64, qint64> counts;
    while (rows.value().next())
        counts.insert(rows.value().value(0).toLongLong(), rows.value().value(1).toLongLong());
    return counts;
}

} // namespace GoodsCounts
