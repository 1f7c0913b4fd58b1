#pragma once

#include "domain/error.h"

#include <QCoreApplication>
#include <QString>

// Where the data lives: a SQLite file, or a PostgreSQL or MariaDB/MySQL server. Parsed from
// sqlite:PATH, postgresql://user@host:port/db?sslmode=..., mysql://user@host:port/db.
// Never holds a password: it is asked for and kept in memory only (see Database).
struct ConnectionProfile
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionProfile)
public:
    enum class Engine
    {
        SQLite,
        PostgreSQL,
        MySQL
    };

    Engine engine = Engine::SQLite;
    QString path; // SQLite file
    QString host;
    int port = 0;
    QString user;
    QString database;
    QString sslMode; // PostgreSQL only: disable, allow, prefer, require, verify-ca, verify-full

    static Result<ConnectionProfile> parse(const QString& url);
    static ConnectionProfile sqliteFile(const QString& path);

    bool isServer() const { return engine != Engine::SQLite; }
    int effectivePort() const;
    QString toUrl() const;      // round-trips through parse()
    QString engineName() const; // "SQLite", "PostgreSQL", "MariaDB/MySQL"
    QString location() const;   // "/home/me/shop.db", "me@db.example:5432/shop"
    static QString engineName(Engine engine);
};
