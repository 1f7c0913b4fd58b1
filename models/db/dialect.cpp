#include "dialect.h"

#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>

const Dialect& sqliteDialect();
const Dialect& postgresDialect();
const Dialect& mysqlDialect();

const Dialect& Dialect::forEngine(ConnectionProfile::Engine engine)
{
    switch (engine) {
    case ConnectionProfile::Engine::PostgreSQL:
        return postgresDialect();
    case ConnectionProfile::Engine::MySQL:
        return mysqlDialect();
    case ConnectionProfile::Engine::SQLite:
        break;
    }
    return sqliteDialect();
}

QString Dialect::expandDdl(const QString& ddl) const
{
    static const QRegularExpression token(
        QStringLiteral("\\{(id|uuid|money|ts|bool|text|table|code|sortkey|blob)\\}"));
    const DdlTypes types = ddlTypes();
    const auto typeFor = [&](const QString& name) {
        if (name == QLatin1String("id"))
            return types.identity;
        if (name == QLatin1String("uuid"))
            return types.uuid;
        if (name == QLatin1String("table"))
            return types.tableOptions;
        if (name == QLatin1String("code"))
            return types.exactText;
        if (name == QLatin1String("sortkey"))
            return types.sortKey;
        if (name == QLatin1String("blob"))
            return types.blob;
        if (name == QLatin1String("bool"))
            return QStringLiteral("SMALLINT");
        if (name == QLatin1String("text"))
            return QStringLiteral("TEXT");
        return QStringLiteral("BIGINT"); // {money} in cents, {ts} in UTC milliseconds
    };
    QString result;
    qsizetype last = 0;
    auto it = token.globalMatch(ddl);
    while (it.hasNext()) {
        const auto match = it.next();
        result += ddl.mid(last, match.capturedStart() - last);
        result += typeFor(match.captured(1));
        last = match.capturedEnd();
    }
    result += ddl.mid(last);
    return adaptDdl(result);
}

QString Dialect::addReferenceColumn(const QString& table, const QString& column, const QString& type,
                                    const QString& refTable) const
{
    return expandDdl(
        QStringLiteral("ALTER TABLE %1 ADD COLUMN %2 %3, ADD CONSTRAINT fk_%1_%2 FOREIGN KEY (%2) "
                       "REFERENCES %4 (id)")
            .arg(table, column, type, refTable));
}

QString Dialect::upsertAdd(const QString& table, const QStringList& keys, const QString& column) const
{
    return QStringLiteral("INSERT INTO %1 (%2, %3) VALUES (%4?) ON CONFLICT (%2) DO UPDATE SET %3 = %1.%3 + "
                          "excluded.%3")
        .arg(table, keys.join(QStringLiteral(", ")), column,
             QStringLiteral("?, ").repeated(int(keys.size())));
}

QString Dialect::dropIndex(const QString&, const QString& index) const
{
    return QStringLiteral("DROP INDEX ") + index;
}

Status Dialect::tightenTables(const Connection&) const
{
    return Done{};
}

QSqlError Dialect::beginWrite(QSqlDatabase& db) const
{
    return db.transaction() ? QSqlError() : db.lastError();
}

QSqlError Dialect::commit(QSqlDatabase& db) const
{
    return db.commit() ? QSqlError() : db.lastError();
}

QSqlError Dialect::rollback(QSqlDatabase& db) const
{
    return db.rollback() ? QSqlError() : db.lastError();
}

QVariant Dialect::insertedId(const Connection&, const QSqlQuery& insert) const
{
    return insert.lastInsertId();
}

Result<QStringList> Dialect::startBulkLoad(const Connection&, const QString&) const
{
    // MySQL's ANALYZE TABLE would commit the load half-way; InnoDB samples again by itself once a
    // tenth of the table has changed.
    return QStringList();
}
