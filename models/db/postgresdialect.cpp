#include "connection.h"
#include "dialect.h"
#include "sql.h"

#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>

namespace {

// The tsvector is built from the stored tokens as they are (no parser, no stemming), so search
// behaves the same as on the other engines whatever the server's text search configuration.
const QString tokenVector = QStringLiteral("array_to_tsvector(string_to_array(%1.search_text, ' '))");

class PostgresDialect final : public Dialect
{
public:
    ConnectionProfile::Engine engine() const override { return ConnectionProfile::Engine::PostgreSQL; }
    QString driverName() const override { return QStringLiteral("QPSQL"); }

    QStringList sessionSetup(bool readOnly) const override
    {
        QStringList statements = {QStringLiteral("SET TIME ZONE 'UTC'"),
                                  QStringLiteral("SET client_min_messages = WARNING")};
        if (readOnly)
            statements << QStringLiteral("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY");
        return statements;
    }

    // PostgreSQL refuses FOR UPDATE on the nullable side of an outer join, so name the table.
    QString forUpdate(const QString& alias) const override
    {
        return QStringLiteral(" FOR UPDATE OF ") + alias;
    }

    // Qt's driver has no last insert id for identity columns; lastval() is this session's own.
    QVariant insertedId(const Connection& connection, const QSqlQuery&) const override
    {
        auto id = Sql::scalar(connection, QStringLiteral("SELECT lastval()"));
        return id.ok() ? id.value() : QVariant();
    }

    Status reserveIds(const Connection& connection, const QString& table, qint64 highest) const override
    {
        auto done =
            Sql::exec(connection,
                      QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'), GREATEST(?, "
                                     "(SELECT COALESCE(MAX(id), 0) FROM %1), COALESCE(pg_sequence_last_value("
                                     "pg_get_serial_sequence('%1', 'id')::regclass), 0), 1))")
                          .arg(table),
                      {highest});
        return done ? Status(Done{}) : Status(done.error());
    }

    // Autovacuum would analyse the new rows a minute later; the first lists after a load need it now.
    Result<QStringList> startBulkLoad(const Connection&, const QString& table) const override
    {
        return QStringList{QStringLiteral("ANALYZE ") + table};
    }

    QStringList searchIndexDdl(const QString& table, SearchKey) const override
    {
        return {QStringLiteral("CREATE INDEX ix_%1_search ON %1 USING GIN (%2)")
                    .arg(table, tokenVector.arg(table))};
    }

    SqlFragment searchCondition(const QString&, const QString& alias,
                                const QList<SearchTokens::QueryTerm>& terms, SearchKey) const override
    {
        QStringList parts;
        for (const auto& term : terms)
            parts << QLatin1Char('\'') + term.token + QLatin1Char('\'') +
                         (term.prefix ? QStringLiteral(":*") : QString());
        return {tokenVector.arg(alias) + QStringLiteral(" @@ CAST(? AS tsquery)"),
                {parts.join(QStringLiteral(" & "))}};
    }

    QString schemaLock() const override
    {
        return QStringLiteral("SELECT 1 FROM (SELECT pg_advisory_lock(7365321001)) AS taken");
    }
    QString schemaUnlock() const override { return QStringLiteral("SELECT pg_advisory_unlock(7365321001)"); }

    QString fence() const override { return QStringLiteral(" OFFSET 0"); }

    QString currentMillis() const override
    {
        return QStringLiteral("CAST(EXTRACT(EPOCH FROM clock_timestamp()) * 1000 AS BIGINT)");
    }

    bool isUniqueViolation(const QSqlError& error) const override
    {
        return error.nativeErrorCode() == QLatin1String("23505") ||
               error.text().contains(QLatin1String("duplicate key value"));
    }
    QString violatedIndex(const Connection&, const QSqlError& error) const override
    {
        static const QRegularExpression constraint(QStringLiteral("unique constraint \"([^\"]+)\""));
        return constraint.match(error.text()).captured(1);
    }

    // Class 08 is a connection exception; 57P01 to 57P03 are a server shutting down or restarting.
    // Qt's driver often reports a dropped session with no code, only libpq's words.
    bool isConnectionLost(const QSqlError& error) const override
    {
        const QString code = error.nativeErrorCode();
        const QString text = error.text();
        return code.startsWith(QLatin1String("08")) || code.startsWith(QLatin1String("57P0")) ||
               text.contains(QLatin1String("server closed the connection")) ||
               text.contains(QLatin1String("no connection to the server")) ||
               text.contains(QLatin1String("terminating connection")) ||
               text.contains(QLatin1String("connection not open")) ||
               text.contains(QLatin1String("could not receive data from server")) ||
               text.contains(QLatin1String("could not send data to server"));
    }

    bool isAuthenticationFailure(const QSqlError& error) const override
    {
        const QString text = error.text();
        return error.nativeErrorCode() == QLatin1String("28P01") ||
               text.contains(QLatin1String("password authentication failed")) ||
               text.contains(QLatin1String("no password supplied")) ||
               text.contains(QLatin1String("fe_sendauth"));
    }

    QString foreignKeysSql() const override
    {
        return QStringLiteral(
            "SELECT kcu.table_name, kcu.column_name, ccu.table_name, ccu.column_name FROM "
            "information_schema.table_constraints tc JOIN information_schema.key_column_usage kcu ON "
            "kcu.constraint_name = tc.constraint_name AND kcu.table_schema = tc.table_schema JOIN "
            "information_schema.constraint_column_usage ccu ON ccu.constraint_name = tc.constraint_name AND "
            "ccu.table_schema = tc.table_schema WHERE tc.constraint_type = 'FOREIGN KEY' AND "
            "tc.table_schema = current_schema() ORDER BY kcu.table_name, kcu.column_name");
    }

    QStringList integrityProblems(const QSqlDatabase&) const override { return {}; }

protected:
    DdlTypes ddlTypes() const override
    {
        return {QStringLiteral("BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"),
                QStringLiteral("CHAR(36)"),
                QString(),
                QString(),
                QStringLiteral("BYTEA NOT NULL DEFAULT ''"),
                QStringLiteral("BYTEA")};
    }
};

} // namespace

const Dialect& postgresDialect()
{
    static const PostgresDialect dialect;
    return dialect;
}
