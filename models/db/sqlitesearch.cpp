// Full-text search on SQLite: an FTS5 index over each searchable table's search_text, kept by
// triggers. FTS5 keys its entries by an integer that must never change for a row. Tables with an
// integer key use it; tables keyed by a client-made UUID (customers) would otherwise fall back on
// the hidden rowid, which VACUUM may renumber, so they get an fts_rowid column of their own, above
// every one handed out before.
#include "dialect.h"

namespace {

QString ftsKey(bool uuidKey)
{
    return uuidKey ? QStringLiteral("fts_rowid") : QStringLiteral("id");
}

} // namespace

QString sqliteSearchInsertTrigger(const QString& table, bool uuidKey)
{
    if (!uuidKey)
        return QStringLiteral("CREATE TRIGGER %1_fts_insert AFTER INSERT ON %1 BEGIN "
                              "INSERT INTO %1_fts(rowid, search_text) VALUES (new.id, new.search_text); END")
            .arg(table);
    return QStringLiteral("CREATE TRIGGER %1_fts_insert AFTER INSERT ON %1 BEGIN "
                          "UPDATE %1 SET fts_rowid = (SELECT COALESCE(MAX(fts_rowid), 0) + 1 FROM %1) "
                          "WHERE rowid = new.rowid AND fts_rowid IS NULL; "
                          "INSERT INTO %1_fts(rowid, search_text) SELECT fts_rowid, search_text FROM %1 "
                          "WHERE rowid = new.rowid; END")
        .arg(table);
}

QStringList sqliteSearchIndexDdl(const QString& table, bool uuidKey)
{
    const QString fts = table + QStringLiteral("_fts");
    const QString key = ftsKey(uuidKey);
    QStringList statements;
    if (uuidKey)
        statements << QStringLiteral("ALTER TABLE %1 ADD COLUMN fts_rowid INTEGER").arg(table)
                   << QStringLiteral("UPDATE %1 SET fts_rowid = rowid").arg(table)
                   << QStringLiteral("CREATE UNIQUE INDEX ux_%1_fts_rowid ON %1 (fts_rowid)").arg(table);
    statements
        << QStringLiteral("CREATE VIRTUAL TABLE %1 USING fts5(search_text, content='%2', content_rowid='%3')")
               .arg(fts, table, key)
        // Rows already in the table (an upgrade) enter the index; nothing happens on an empty one.
        << QStringLiteral("INSERT INTO %1(%1) VALUES ('rebuild')").arg(fts)
        << sqliteSearchInsertTrigger(table, uuidKey)
        << QStringLiteral(
               "CREATE TRIGGER %1_delete AFTER DELETE ON %2 BEGIN "
               "INSERT INTO %1(%1, rowid, search_text) VALUES ('delete', old.%3, old.search_text); END")
               .arg(fts, table, key)
        << QStringLiteral(
               "CREATE TRIGGER %1_update AFTER UPDATE OF search_text ON %2 BEGIN "
               "INSERT INTO %1(%1, rowid, search_text) VALUES ('delete', old.%3, old.search_text); "
               "INSERT INTO %1(rowid, search_text) VALUES (new.%3, new.search_text); END")
               .arg(fts, table, key);
    return statements;
}

SqlFragment sqliteSearchCondition(const QString& table, const QString& alias,
                                  const QList<SearchTokens::QueryTerm>& terms, bool uuidKey)
{
    QStringList parts;
    for (const auto& term : terms) // tokens hold letters and digits only; quoting keeps FTS syntax out
        parts << QLatin1Char('"') + term.token + QLatin1Char('"') +
                     (term.prefix ? QStringLiteral("*") : QString());
    return {QStringLiteral("%1.%3 IN (SELECT rowid FROM %2_fts WHERE %2_fts MATCH ?)")
                .arg(alias, table, ftsKey(uuidKey)),
            {parts.join(QStringLiteral(" AND "))}};
}
