#pragma once

#include "db/database.h"
#include "domain/session.h"

#include <QTemporaryDir>
#include <functional>
#include <map>
#include <memory>

// The column of the goods list named KEY ("name", "price"), as a manager sees the list.
int goodsColumn(const char* key);
// The session of a manager, who may see and change everything in the catalogue.
Session managerSession();

// The first column of SQL's first row as a number, or -1 (with a warning naming the query) when
// the query fails.
qint64 countRows(const Connection& connection, const QString& sql, const QVariantList& values = {});

// A fresh, empty database on one engine for one test: a file in a temporary folder for SQLite, a
// newly created database on the PostgreSQL or MariaDB server that scripts/test started. Dropped
// afterwards. A server that is not there is an error, never a skip.
class TestDatabase
{
public:
    static const QStringList& engines(); // "sqlite", "postgresql", "mariadb"
    // Adds a column "engine" and one row per engine to a Qt Test _data() function.
    static void addEngineRows();

    // On SQLite the file is SQLITE_FILE inside a fresh temporary folder; folders in it are made.
    explicit TestDatabase(const QString& engine, bool migrate = true,
                          const QString& sqliteFile = QStringLiteral("test.db"));
    ~TestDatabase();

    bool ok() const { return m_error.isEmpty(); }
    const QString& error() const { return m_error; }
    const Database& database() const { return m_database; }
    const Connection& connection() const { return m_connection; }
    QString url() const { return m_database.profile().toUrl(); }
    QString password() const { return m_password; }

    // Creates a staff account with ROLE and returns its session (password "correct-horse-1").
    Session createUser(Role role, const QString& username);
    static Session sessionFor(Role role, qint64 userId = 0);

private:
    bool runOnServer(const QString& sql);

    QString m_engine;
    QString m_error;
    QTemporaryDir m_dir;
    QString m_name;
    QString m_password;
    ConnectionProfile m_server; // the maintenance database on the server
    Database m_database;
    Connection m_connection;
    QString m_connectionName;
};

// One database per engine, made on first use and kept for a whole suite: read-mostly tests share it
// instead of paying for a fresh migrated database per table row. FILL runs once on each new one
// (a search fixture, a demo shop); a failure there shows in the database's error().
class EngineDatabases
{
public:
    using Fill = std::function<QString(TestDatabase& db)>; // empty when it worked, else what failed
    explicit EngineDatabases(Fill fill = {}) : m_fill(std::move(fill)) {}

    TestDatabase& operator[](const QString& engine);
    // The database of the current table row's "engine" column (TestDatabase::addEngineRows()).
    TestDatabase& current();
    void clear() { m_databases.clear(); }

private:
    Fill m_fill;
    std::map<QString, std::unique_ptr<TestDatabase>> m_databases;
    QMap<QString, QString> m_fillErrors;
};
