#pragma once

#include "db/database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

// storekeeper-admin: maintenance without a window. Exit codes: 0 done, 1 failed or findings,
// 2 the command line is wrong.
class AdminTool
{
    Q_DECLARE_TR_FUNCTIONS(AdminTool)
public:
    AdminTool();
    int run(const QStringList& arguments);

private:
    enum class Need
    {
        Existing,
        CreateAndMigrate
    };
    Result<Connection> open(Database::Access access, Need need);
    QString databasePassword(const ConnectionProfile& profile, bool* ok);

    int migrate();
    int createAdmin();
    int demoData();
    int generate();
    int check();
    // users list | reset-password USER | unlock USER (usercommands.cpp)
    QString usersUsage(const QStringList& arguments) const; // what is wrong with them, or empty
    int users(const QStringList& arguments);
    // import KIND FILE | export KIND (transfercommands.cpp)
    QString transferUsage(const QString& command, const QStringList& arguments) const;
    int importFile(const QStringList& arguments);
    int exportFile(const QStringList& arguments);
    static QString cannotWriteStdout();
    int fail(const Error& error);
    int usage(const QString& message);

    QCommandLineParser m_parser;
    ConnectionProfile m_profile;
    QTextStream m_out;
    QTextStream m_err;
};
