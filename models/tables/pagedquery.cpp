#include "pagedquery.h"

QString PagedQuery::orderClause(bool descending) const
{
    const QString direction = descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    QStringList terms;
    for (const QString& column : orderBy)
        terms << column + direction;
    terms << key + direction;
    return QStringLiteral(" ORDER BY ") + terms.join(QStringLiteral(", "));
}

QString PagedQuery::keyRows(const QStringList& also, qint64 offset, qint64 limit, bool descending) const
{
    const QString filtered = where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where;
    QStringList named;
    for (int i = 0; i < also.size(); ++i)
        named << QStringLiteral("%1 AS also_%2").arg(also.at(i)).arg(i);
    if (matchFence.isEmpty())
        return QStringLiteral("SELECT %1 AS page_key%2 FROM %3 %4%5%6 LIMIT %7 OFFSET %8")
            .arg(key, named.isEmpty() ? QString() : QStringLiteral(", ") + named.join(QStringLiteral(", ")),
                 table, keyJoins, filtered, orderClause(descending))
            .arg(limit)
            .arg(offset);
    // The matches with their sort values, fenced off; then the rows asked for, in order.
    QStringList outer = {QStringLiteral("page_key")};
    QStringList terms;
    const QString direction = descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    for (int i = 0; i < also.size(); ++i)
        outer << QStringLiteral("also_%1").arg(i);
    for (int i = 0; i < orderBy.size(); ++i) {
        named << QStringLiteral("%1 AS sort_%2").arg(orderBy.at(i)).arg(i);
        terms << QStringLiteral("sort_%1").arg(i) + direction;
    }
    terms << QStringLiteral("page_key") + direction;
    return QStringLiteral(
               "SELECT %1 FROM (SELECT %2 AS page_key%3 FROM %4 %5%6%7) matches ORDER BY %8 LIMIT %9 "
               "OFFSET %10")
        .arg(outer.join(QStringLiteral(", ")), key,
             named.isEmpty() ? QString() : QStringLiteral(", ") + named.join(QStringLiteral(", ")), table,
             keyJoins, filtered, matchFence, terms.join(QStringLiteral(", ")))
        .arg(limit)
        .arg(offset);
}

SqlFragment PagedQuery::pageStatement(qint64 offset, qint64 limit, bool descending) const
{
    // A derived table rather than IN (...): MariaDB and MySQL refuse LIMIT inside IN. The second
    // step finds the page's rows by key, within the scope again: the key may be unique only there.
    return {QStringLiteral("SELECT %1 FROM (%2) page JOIN %3 ON %4 = page.page_key %5%6%7")
                .arg(columns, keyRows({}, offset, limit, descending), table, key, joins,
                     scope.isEmpty() ? QString() : QStringLiteral(" WHERE ") + scope,
                     orderClause(descending)),
            values + scopeValues};
}

SqlFragment PagedQuery::leadStatement(const QStringList& also) const
{
    return {QStringLiteral("SELECT %1 FROM %2 %3 WHERE %4(%5) ORDER BY %6, %7 LIMIT %8")
                .arg(QStringList(QStringList{key} + also).join(QStringLiteral(", ")), table, keyJoins,
                     scope.isEmpty() ? QString() : QStringLiteral("(%1) AND ").arg(scope), lead,
                     leadOrder.isEmpty() ? key : leadOrder, key)
                .arg(maxLeadRows),
            scopeValues + leadValues};
}

PagedQuery PagedQuery::withoutKeys(const QVariantList& keys) const
{
    if (keys.isEmpty())
        return *this;
    PagedQuery rest = *this;
    const QString excluded =
        QStringLiteral("%1 NOT IN (%2)")
            .arg(key, QStringList(keys.size(), QStringLiteral("?")).join(QLatin1Char(',')));
    rest.where = where.isEmpty() ? excluded : QStringLiteral("(%1) AND %2").arg(where, excluded);
    rest.values << keys;
    return rest;
}

SqlFragment PagedQuery::countStatement() const
{
    if (!countSql.isEmpty())
        return {countSql, countValues};
    QString sql = QStringLiteral("SELECT COUNT(*) FROM %1 %2").arg(table, keyJoins);
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where;
    return {sql, values};
}
