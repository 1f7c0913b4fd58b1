#include "connection.h"
#include "dialect.h"
#include "sql.h"

#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>

namespace {

// InnoDB's full-text parser skips words shorter than innodb_ft_min_token_size (3 by default) and
// a list of English stop words, which would lose 茶, 绿茶 and "a". A generated column stores every
// token behind this two-letter mark, so each indexed word is long enough and never a stop word,
// whatever the server's settings.
const QString tokenMark = QStringLiteral("zz");

class MysqlDialect final : public Dialect
{
public:
    ConnectionProfile::Engine engine() const override { return ConnectionProfile::Engine::MySQL; }
    QString driverName() const override { return QStringLiteral("QMYSQL"); }
    // Qt's driver stores every result (mysql_store_result) before the first row.
    bool streamsRows() const override { return false; }

    QStringList sessionSetup(bool readOnly) const override
    {
        QStringList statements = {
            QStringLiteral("SET NAMES utf8mb4 COLLATE utf8mb4_unicode_ci"),
            QStringLiteral("SET time_zone = '+00:00'"),
            // Refuse bad values instead of truncating them; ids may be 0 only when given.
            QStringLiteral(
                "SET SESSION sql_mode = 'STRICT_ALL_TABLES,NO_ZERO_IN_DATE,NO_ZERO_DATE,"
                "ERROR_FOR_DIVISION_BY_ZERO,NO_ENGINE_SUBSTITUTION,ONLY_FULL_GROUP_BY,PIPES_AS_CONCAT'"),
            QStringLiteral("SET SESSION TRANSACTION ISOLATION LEVEL READ COMMITTED"),
        };
        if (readOnly)
            statements << QStringLiteral("SET SESSION TRANSACTION READ ONLY");
        return statements;
    }

    // InnoDB keeps its counter at least one above the highest id; it is raised, never lowered.
    Status reserveIds(const Connection& connection, const QString& table, qint64 highest) const override
    {
        auto next = Sql::scalar(connection,
                                QStringLiteral("SELECT AUTO_INCREMENT FROM information_schema.TABLES WHERE "
                                               "TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ?"),
                                {table});
        if (!next)
            return next.error();
        if (next.value().toLongLong() > highest)
            return Done{};
        auto done = Sql::exec(
            connection, QStringLiteral("ALTER TABLE %1 AUTO_INCREMENT = %2").arg(table).arg(highest + 1));
        return done ? Status(Done{}) : Status(done.error());
    }

    QStringList searchIndexDdl(const QString& table, SearchKey) const override
    {
        return {QStringLiteral("ALTER TABLE %1 ADD COLUMN search_ft TEXT AS "
                               "(CONCAT('%2', REPLACE(search_text, ' ', ' %2'))) STORED")
                    .arg(table, tokenMark),
                QStringLiteral("CREATE FULLTEXT INDEX ft_%1_search ON %1 (search_ft)").arg(table)};
    }

    SqlFragment searchCondition(const QString&, const QString& alias,
                                const QList<SearchTokens::QueryTerm>& terms, SearchKey) const override
    {
        QStringList parts;
        for (const auto& term : terms)
            parts << QLatin1Char('+') + tokenMark + term.token +
                         (term.prefix ? QStringLiteral("*") : QString());
        return {QStringLiteral("MATCH(%1.search_ft) AGAINST (? IN BOOLEAN MODE)").arg(alias),
                {parts.join(QLatin1Char(' '))}};
    }

    QString dropIndex(const QString& table, const QString& index) const override
    {
        return QStringLiteral("DROP INDEX %1 ON %2").arg(index, table);
    }

    QString forShare() const override
    {
        return QStringLiteral(" LOCK IN SHARE MODE");
    } // MariaDB has no FOR SHARE
    QString upsertAdd(const QString& table, const QStringList& keys, const QString& column) const override
    {
        return QStringLiteral(
                   "INSERT INTO %1 (%2, %3) VALUES (%4?) ON DUPLICATE KEY UPDATE %3 = %3 + VALUES(%3)")
            .arg(table, keys.join(QStringLiteral(", ")), column,
                 QStringLiteral("?, ").repeated(int(keys.size())));
    }

    // MariaDB names the key ('ux_goods_sku'), MySQL 8 its table too ('goods.ux_goods_sku').
    QString violatedIndex(const Connection&, const QSqlError& error) const override
    {
        static const QRegularExpression key(QStringLiteral("for key '(?:[^'.]*\\.)?([^']+)'"));
        return key.match(error.text()).captured(1);
    }

    // Not INSERT IGNORE: that would also turn strict-mode errors into warnings.
    QString insertOrIgnore(const QString& insertSql, const QString& key) const override
    {
        // Setting one of the key's columns to itself changes nothing, and counts no row.
        const QString column = key.section(QLatin1Char(','), 0, 0).trimmed();
        return insertSql + QStringLiteral(" ON DUPLICATE KEY UPDATE %1 = %1").arg(column);
    }
    QString schemaLock() const override
    {
        return QStringLiteral("SELECT GET_LOCK(CONCAT('storekeeper-schema:', DATABASE()), 120)");
    }
    QString schemaUnlock() const override
    {
        return QStringLiteral("SELECT RELEASE_LOCK(CONCAT('storekeeper-schema:', DATABASE()))");
    }

    // A derived table with a LIMIT is never merged; this one is MySQL's documented "all rows".
    QString fence() const override { return QStringLiteral(" LIMIT 18446744073709551615"); }

    QString currentMillis() const override
    {
        return QStringLiteral("CAST(UNIX_TIMESTAMP(NOW(3)) * 1000 AS SIGNED)");
    }

    bool isUniqueViolation(const QSqlError& error) const override
    {
        return error.nativeErrorCode() == QLatin1String("1062") ||
               error.text().contains(QLatin1String("Duplicate entry"));
    }
    // 2006 server has gone away, 2013 lost during a query, 2055 lost at handshake, 4031 idle timeout.
    bool isConnectionLost(const QSqlError& error) const override
    {
        const QString code = error.nativeErrorCode();
        return code == QLatin1String("2006") || code == QLatin1String("2013") ||
               code == QLatin1String("2055") || code == QLatin1String("4031") ||
               error.text().contains(QLatin1String("server has gone away")) ||
               error.text().contains(QLatin1String("Lost connection"));
    }

    bool isAuthenticationFailure(const QSqlError& error) const override
    {
        return error.nativeErrorCode() == QLatin1String("1045") ||
               error.text().contains(QLatin1String("Access denied"));
    }

    QString foreignKeysSql() const override
    {
        return QStringLiteral(
            "SELECT TABLE_NAME, COLUMN_NAME, REFERENCED_TABLE_NAME, REFERENCED_COLUMN_NAME FROM "
            "information_schema.KEY_COLUMN_USAGE WHERE TABLE_SCHEMA = DATABASE() AND "
            "REFERENCED_TABLE_NAME IS NOT NULL ORDER BY TABLE_NAME, COLUMN_NAME");
    }

    QStringList integrityProblems(const QSqlDatabase&) const override { return {}; }

protected:
    DdlTypes ddlTypes() const override
    {
        return {QStringLiteral("BIGINT AUTO_INCREMENT PRIMARY KEY"),
                QStringLiteral("CHAR(36) CHARACTER SET ascii COLLATE ascii_bin"),
                QStringLiteral(" ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci"),
                QStringLiteral(" CHARACTER SET utf8mb4 COLLATE utf8mb4_bin"),
                QStringLiteral("VARBINARY(255) NOT NULL DEFAULT ''"),
                QStringLiteral("LONGBLOB")};
    }
};

} // namespace

const Dialect& mysqlDialect()
{
    static const MysqlDialect dialect;
    return dialect;
}
