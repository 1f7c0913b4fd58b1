#include "listsearch.h"

namespace ListSearch {

SqlFragment condition(const Dialect& dialect, const QString& table, const QString& alias, const QString& text,
                      const QStringList& likeColumns, Dialect::SearchKey key)
{
    const auto terms = SearchTokens::forQuery(text);
    if (!terms.isEmpty())
        return dialect.searchCondition(table, alias, terms, key);
    const QString typed = text.trimmed();
    if (typed.isEmpty() || likeColumns.isEmpty())
        return {};
    return like(likeColumns, typed);
}

SqlFragment like(const QStringList& columns, const QString& typed)
{
    if (typed.isEmpty() || columns.isEmpty())
        return {};
    // '!' escapes, as '\\' means something else to MySQL.
    QString pattern = typed;
    for (const char* special : {"!", "%", "_"})
        pattern.replace(QLatin1String(special), QLatin1Char('!') + QLatin1String(special));
    pattern = QLatin1Char('%') + pattern + QLatin1Char('%');
    SqlFragment fragment;
    QStringList parts;
    for (const QString& column : columns) {
        parts << column + QStringLiteral(" LIKE ? ESCAPE '!'");
        fragment.values << pattern;
    }
    fragment.sql = QLatin1Char('(') + parts.join(QStringLiteral(" OR ")) + QLatin1Char(')');
    return fragment;
}

bool narrow(ListFilter& filter, QStringList& conditions, const Dialect& dialect, const QString& table,
            const QString& alias, const QString& text, const QStringList& likeColumns, Dialect::SearchKey key)
{
    const SqlFragment search = condition(dialect, table, alias, text, likeColumns, key);
    if (search.sql.isEmpty())
        return false;
    conditions << search.sql;
    filter.values << search.values;
    filter.matchFence = dialect.fence();
    return true;
}

bool looksLikeCode(const QString& text)
{
    const QString typed = text.trimmed();
    if (typed.size() < 2 || typed.size() > 64)
        return false;
    bool digit = false;
    for (QChar c : typed) {
        if (c.isSpace())
            return false;
        digit = digit || c.isDigit();
    }
    return digit;
}

SqlFragment startsWith(const QString& column, const QString& prefix)
{
    // Everything from PREFIX up to (not including) PREFIX with its last character one higher.
    QString after = prefix;
    after[after.size() - 1] = QChar(after.back().unicode() + 1);
    return {QStringLiteral("(%1 >= ? AND %1 < ?)").arg(column), {prefix, after}};
}

} // namespace ListSearch
