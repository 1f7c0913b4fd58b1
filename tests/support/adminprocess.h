#pragma once

// storekeeper-admin as a user meets it: the real executable in a child process, judged only by its
// exit code, what it prints and what it leaves on disk. Shared by the tst_admincli* suites.

#include <QByteArray>
#include <QMap>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>
#include <QVariant>
#include <memory>

struct CliRun
{
    int exitCode = -1; // also when it crashed or hung
    QString out;
    QString err;
    qint64 elapsedMs = 0;

    QString transcript() const;
};

using Environment = QMap<QString, QString>;

// The storekeeper-admin executable that ctest names in STOREKEEPER_ADMIN_BIN, run inside a
// throwaway root folder that is the child's working folder and holds its home at "home".
class AdminProcess
{
public:
    AdminProcess();

    // Why the executable cannot be run, or nothing when it can.
    QString binaryProblem() const;
    // One throwaway root per test row: the child's home, settings, data and working folder.
    // Replaces (and deletes) the previous one; false when it could not be made.
    bool makeRoot();

    QString root() const { return m_root ? m_root->path() : QString(); }
    QString path(const QString& name) const { return root() + QLatin1Char('/') + name; }
    QString sqliteAddress(const QString& name) const { return QStringLiteral("sqlite:") + path(name); }

    // Runs the tool in the root with a private home, no STOREKEEPER_* variables but those in EXTRA,
    // and no terminal on stdin; kills it after TIMEOUTMS.
    CliRun run(const QStringList& arguments, const Environment& extra = {}, int timeoutMs = 120000) const;
    // The same as a user without special rights: as "nobody" when the tests run as root, who may
    // write any file whatever its permissions.
    CliRun runUnprivileged(const QStringList& arguments) const;

private:
    CliRun start(const QString& program, const QStringList& arguments, const Environment& extra,
                 int timeoutMs) const;

    QString m_binary;
    std::unique_ptr<QTemporaryDir> m_root;
};

// The bytes of PATH; a marker that no file holds when it cannot be read.
QByteArray contents(const QString& path);

// Everything below DIR, hidden files included, so a stray journal or settings file shows up.
QStringList entriesUnder(const QString& dir);

// The first value SQL returns; a null one, and the error in the log, when there is none.
QVariant scalar(const QSqlDatabase& db, const QString& sql);

// The test's own connection to a SQLite file, independent of the production code that opens it.
class SqliteFile
{
public:
    explicit SqliteFile(const QString& path);
    ~SqliteFile();
    SqliteFile(const SqliteFile&) = delete;
    SqliteFile& operator=(const SqliteFile&) = delete;

    bool isOpen() const { return m_open; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }
    bool exec(const QString& sql) const;

private:
    QString m_name;
    bool m_open = false;
};

// The tool's output goes to the log when the exit code is wrong, so a failure explains itself.
// RUN is evaluated once: a command written in place runs once.
#define COMPARE_EXIT(run, code)                                                                              \
    do {                                                                                                     \
        const auto& finished_ = (run);                                                                       \
        if (finished_.exitCode != (code))                                                                    \
            qWarning().noquote() << finished_.transcript();                                                  \
        QCOMPARE(finished_.exitCode, (code));                                                                \
    } while (false)

#define VERIFY_SAYS(text, fragment)                                                                          \
    QVERIFY2((text).contains(fragment),                                                                      \
             qPrintable(QStringLiteral("expected \"%1\" in:\n%2").arg(fragment, text)))
