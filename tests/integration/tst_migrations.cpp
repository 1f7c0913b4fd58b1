#include "db/migrations.h"
#include "db/sql.h"
#include "testdatabase.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QThread>
#include <memory>
#include <vector>

// Migrations on the three engines: an empty database reaches the latest schema once, and a
// database Storekeeper must not touch (newer schema, someone else's tables) is refused unchanged.
class TestMigrations : public QObject
{
    Q_OBJECT
private slots:
    void emptyDatabaseReachesLatest_data() { TestDatabase::addEngineRows(); }
    void emptyDatabaseReachesLatest();
    void secondMigrateChangesNothing_data() { TestDatabase::addEngineRows(); }
    void secondMigrateChangesNothing();
    void newerSchemaIsRefused_data() { TestDatabase::addEngineRows(); }
    void newerSchemaIsRefused();
    void foreignTablesAreRefused_data() { TestDatabase::addEngineRows(); }
    void foreignTablesAreRefused();
    void desksStartedTogetherUpgradeOnce_data() { TestDatabase::addEngineRows(); }
    void desksStartedTogetherUpgradeOnce();
    void everyReferenceIsAForeignKey_data() { TestDatabase::addEngineRows(); }
    void everyReferenceIsAForeignKey();
};

namespace {

// QVERIFY2 builds its message even when the check passes: ask only a failed result for its error.
template<typename T> QByteArray why(const Result<T>& result)
{
    return result.ok() ? QByteArray() : result.error().message.toUtf8();
}

// Lower-cased and sorted: engines differ in the case they report and the order they list.
QStringList tableNames(const Connection& connection)
{
    QStringList tables = connection.db.tables(QSql::Tables);
    for (QString& table : tables)
        table = table.toLower();
    tables.sort();
    return tables;
}

// Someone else's schema, written the way their tool would: plain statements, not through Storekeeper.
bool runPlain(const Connection& connection, const QString& sql)
{
    QSqlQuery query(connection.db);
    if (query.exec(sql))
        return true;
    qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
    return false;
}

} // namespace

void TestMigrations::emptyDatabaseReachesLatest()
{
    QFETCH(QString, engine);
    TestDatabase db(engine, false);
    QVERIFY2(db.ok(), qPrintable(db.error()));
    const Connection& c = db.connection();

    QVERIFY(tableNames(c).isEmpty());
    const auto before = Migrations::inspect(c);
    QVERIFY2(before.ok(), why(before));
    QCOMPARE(before.value(), 0);

    const auto migrated = Migrations::migrate(c);
    QVERIFY2(migrated.ok(), why(migrated));
    QCOMPARE(migrated.value(), Migrations::latestVersion());

    const auto after = Migrations::inspect(c);
    QVERIFY2(after.ok(), why(after));
    QCOMPARE(after.value(), Migrations::latestVersion());

    const QStringList tables = tableNames(c);
    for (const char* expected : {"schema_version", "meta", "users", "categories", "goods", "suppliers",
                                 "supplier_goods", "warehouses", "stock_levels", "stock_movements", "orders",
                                 "order_lines", "payments", "audit_log", "outbox"})
        QVERIFY2(tables.contains(QLatin1String(expected)), expected);
    QCOMPARE(countRows(c, "SELECT MAX(version) FROM schema_version"), qint64(Migrations::latestVersion()));
    // The new database gets its own identity for the stores that sync with it.
    QCOMPARE(countRows(c, "SELECT COUNT(*) FROM meta WHERE meta_key = 'database_id'"), qint64(1));
    // Tables are usable, not just present: the goods table takes a row with every column the service writes.
    QVERIFY(Sql::exec(c,
                      "INSERT INTO goods (sku, name, unit, price_cents, cost_cents, search_text, created_at, "
                      "updated_at) VALUES ('M-1', 'm', 'pcs', 0, 0, 'm', 1, 1)")
                .ok());
    QCOMPARE(countRows(c, "SELECT COUNT(*) FROM goods"), qint64(1));
}

void TestMigrations::secondMigrateChangesNothing()
{
    QFETCH(QString, engine);
    TestDatabase db(engine); // migrated once already
    QVERIFY2(db.ok(), qPrintable(db.error()));
    const Connection& c = db.connection();

    const QStringList tables = tableNames(c);
    const qint64 versionRows = countRows(c, "SELECT COUNT(*) FROM schema_version");
    const qint64 metaRows = countRows(c, "SELECT COUNT(*) FROM meta");
    QVERIFY(versionRows > 0);

    const auto again = Migrations::migrate(c);
    QVERIFY2(again.ok(), why(again));
    QCOMPARE(again.value(), Migrations::latestVersion());
    QCOMPARE(tableNames(c), tables);
    QCOMPARE(countRows(c, "SELECT COUNT(*) FROM schema_version"), versionRows);
    QCOMPARE(countRows(c, "SELECT COUNT(*) FROM meta"), metaRows);
}

void TestMigrations::newerSchemaIsRefused()
{
    QFETCH(QString, engine);
    TestDatabase db(engine);
    QVERIFY2(db.ok(), qPrintable(db.error()));
    const Connection& c = db.connection();

    const int newer = Migrations::latestVersion() + 1;
    QVERIFY(Sql::exec(c, "INSERT INTO schema_version (version, description, applied_at) VALUES (?, ?, ?)",
                      {newer, QStringLiteral("from the future"), qint64(1)})
                .ok());
    const QStringList tables = tableNames(c);
    const qint64 versionRows = countRows(c, "SELECT COUNT(*) FROM schema_version");
    const qint64 metaRows = countRows(c, "SELECT COUNT(*) FROM meta");

    const auto inspected = Migrations::inspect(c);
    QVERIFY(!inspected.ok());
    QCOMPARE(inspected.error().kind, Error::Kind::Schema);
    // The person must learn which version the database has, so they know which program to install.
    QVERIFY2(inspected.error().message.contains(QString::number(newer)),
             qPrintable(inspected.error().message));

    const auto migrated = Migrations::migrate(c);
    QVERIFY(!migrated.ok());
    QCOMPARE(migrated.error().kind, Error::Kind::Schema);

    QCOMPARE(tableNames(c), tables);
    QCOMPARE(countRows(c, "SELECT COUNT(*) FROM schema_version"), versionRows);
    QCOMPARE(countRows(c, "SELECT MAX(version) FROM schema_version"), qint64(newer));
    QCOMPARE(countRows(c, "SELECT COUNT(*) FROM meta"), metaRows);
}

void TestMigrations::desksStartedTogetherUpgradeOnce()
{
    QFETCH(QString, engine);
    TestDatabase db(engine, false);
    QVERIFY2(db.ok(), qPrintable(db.error()));
    // Three desks open the same empty database at the same moment, each on its own connection.
    constexpr int desks = 3;
    QString outcomes[desks];
    std::vector<std::unique_ptr<QThread>> threads;
    for (int desk = 0; desk < desks; ++desk) {
        threads.emplace_back(QThread::create([&, desk] {
            const QString name = QStringLiteral("desk-%1").arg(desk);
            {
                auto connection = db.database().connect(name);
                if (!connection) {
                    outcomes[desk] = connection.error().message;
                } else {
                    auto migrated = Migrations::migrate(connection.value());
                    outcomes[desk] = migrated ? QString::number(migrated.value()) : migrated.error().message;
                }
            }
            Database::disconnect(name);
        }));
    }
    for (auto& thread : threads)
        thread->start();
    for (auto& thread : threads)
        QVERIFY(thread->wait(120000));
    for (const QString& outcome : outcomes)
        QCOMPARE(outcome, QString::number(Migrations::latestVersion()));
    QCOMPARE(countRows(db.connection(), "SELECT COUNT(*) FROM schema_version"),
             qint64(Migrations::latestVersion()));
}

void TestMigrations::everyReferenceIsAForeignKey()
{
    QFETCH(QString, engine);
    TestDatabase db(engine);
    QVERIFY2(db.ok(), qPrintable(db.error()));
    const Connection& c = db.connection();
    // Counted in each engine's catalogue: MySQL accepts a REFERENCES written beside a column and
    // silently makes no key of it, so the schema writes them as table constraints.
    const QString catalogue =
        engine == QLatin1String("sqlite")
            ? QStringLiteral("SELECT COUNT(*) FROM sqlite_master m, pragma_foreign_key_list(m.name) k "
                             "WHERE m.type = 'table'")
        : engine == QLatin1String("postgresql")
            ? QStringLiteral("SELECT COUNT(*) FROM information_schema.table_constraints "
                             "WHERE constraint_type = 'FOREIGN KEY' AND table_schema = current_schema()")
            : QStringLiteral("SELECT COUNT(*) FROM information_schema.referential_constraints "
                             "WHERE constraint_schema = DATABASE()");
    QCOMPARE(countRows(c, catalogue), qint64(33));
    // And enforced: a goods item in a category that does not exist is refused.
    QVERIFY(!runPlain(c, QStringLiteral("INSERT INTO goods (id, sku, name, category_id, unit, price_cents, "
                                        "cost_cents, search_text, created_at, updated_at) VALUES "
                                        "(1, 'FK-1', 'x', 987654, 'pcs', 0, 0, 'x', 0, 0)")));
    QCOMPARE(countRows(c, "SELECT COUNT(*) FROM goods"), qint64(0));
}

void TestMigrations::foreignTablesAreRefused()
{
    QFETCH(QString, engine);
    TestDatabase db(engine, false);
    QVERIFY2(db.ok(), qPrintable(db.error()));
    const Connection& c = db.connection();

    QVERIFY(runPlain(c, "CREATE TABLE invoices (id INTEGER NOT NULL PRIMARY KEY, customer VARCHAR(100))"));
    QVERIFY(runPlain(c, "CREATE TABLE goods (id INTEGER NOT NULL PRIMARY KEY, label VARCHAR(100))"));
    QVERIFY(runPlain(c, "INSERT INTO invoices (id, customer) VALUES (1, 'ACME')"));
    QVERIFY(runPlain(c, "INSERT INTO goods (id, label) VALUES (7, 'theirs')"));
    const QStringList tables = tableNames(c);
    QCOMPARE(tables, QStringList({"goods", "invoices"}));
    // A SQLite file also keeps its journal mode in the file: switching it to WAL would be a write too.
    const bool sqlite = engine == QLatin1String("sqlite");
    const QString journal = sqlite ? Sql::scalar(c, "PRAGMA journal_mode").value().toString() : QString();

    const auto inspected = Migrations::inspect(c);
    QVERIFY(!inspected.ok());
    QCOMPARE(inspected.error().kind, Error::Kind::Schema);
    QVERIFY2(inspected.error().message.contains("invoices"), qPrintable(inspected.error().message));

    const auto migrated = Migrations::migrate(c);
    QVERIFY(!migrated.ok());
    QCOMPARE(migrated.error().kind, Error::Kind::Schema);

    QCOMPARE(tableNames(c), tables);
    QCOMPARE(countRows(c, "SELECT COUNT(*) FROM invoices"), qint64(1));
    QCOMPARE(countRows(c, "SELECT COUNT(*) FROM goods"), qint64(1));
    const auto label = Sql::scalar(c, "SELECT label FROM goods WHERE id = 7");
    QVERIFY(label.ok());
    QCOMPARE(label.value().toString(), QStringLiteral("theirs"));
    if (sqlite)
        QCOMPARE(Sql::scalar(c, "PRAGMA journal_mode").value().toString(), journal);
}

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
