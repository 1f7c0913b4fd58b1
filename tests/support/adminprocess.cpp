#include "adminprocess.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <unistd.h>

QString CliRun::transcript() const
{
    return QStringLiteral("exit %1 after %2 ms\n--- stdout\n%3--- stderr\n%4")
        .arg(exitCode)
        .arg(elapsedMs)
        .arg(out, err);
}

AdminProcess::AdminProcess() : m_binary(qEnvironmentVariable("STOREKEEPER_ADMIN_BIN")) {}

QString AdminProcess::binaryProblem() const
{
    if (m_binary.isEmpty())
        return QStringLiteral("STOREKEEPER_ADMIN_BIN is not set; run through ctest.");
    if (!QFileInfo(m_binary).isExecutable())
        return m_binary;
    return {};
}

bool AdminProcess::makeRoot()
{
    m_root = std::make_unique<QTemporaryDir>();
    if (!m_root->isValid()) {
        qWarning().noquote() << "cannot make a temporary folder:" << m_root->errorString();
        return false;
    }
    if (!QDir(m_root->path()).mkdir(QStringLiteral("home"))) {
        qWarning().noquote() << "cannot make" << path(QStringLiteral("home"));
        return false;
    }
    return true;
}

CliRun AdminProcess::run(const QStringList& arguments, const Environment& extra, int timeoutMs) const
{
    return start(m_binary, arguments, extra, timeoutMs);
}

CliRun AdminProcess::runUnprivileged(const QStringList& arguments) const
{
    if (geteuid() != 0)
        return run(arguments);
    // nobody must reach the root and keep its settings in the home there.
    QFile::setPermissions(root(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner |
                                      QFileDevice::ReadOther | QFileDevice::ExeOther);
    QFile::setPermissions(path(QStringLiteral("home")), QFileDevice::ReadOther | QFileDevice::WriteOther |
                                                            QFileDevice::ExeOther | QFileDevice::ReadOwner |
                                                            QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    return start(QStringLiteral("runuser"), QStringList{"-u", "nobody", "--", m_binary} + arguments, {},
                 120000);
}

CliRun AdminProcess::start(const QString& program, const QStringList& arguments, const Environment& extra,
                           int timeoutMs) const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // Passwords and addresses of the calling shell must not leak into a test that expects none.
    for (const QString& key : env.keys()) {
        if (key.startsWith(QLatin1String("STOREKEEPER_")))
            env.remove(key);
    }
    const QString home = path(QStringLiteral("home"));
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/.config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/.local/share"));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/.cache"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.remove(QStringLiteral("LANGUAGE"));
    for (auto it = extra.cbegin(); it != extra.cend(); ++it)
        env.insert(it.key(), it.value());

    QProcess process;
    process.setProcessEnvironment(env);
    process.setWorkingDirectory(root());
    process.setStandardInputFile(QProcess::nullDevice()); // not a terminal: a prompt must fail, not wait
    CliRun result;
    QElapsedTimer timer;
    timer.start();
    process.start(program, arguments);
    if (!process.waitForStarted()) {
        result.err = QStringLiteral("could not start %1: %2").arg(program, process.errorString());
        return result;
    }
    const bool finished = process.waitForFinished(timeoutMs);
    if (!finished) {
        process.kill();
        process.waitForFinished();
    }
    result.elapsedMs = timer.elapsed();
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    if (!finished)
        result.err += QStringLiteral("\n[killed after %1 ms]").arg(timeoutMs);
    else if (process.exitStatus() == QProcess::NormalExit)
        result.exitCode = process.exitCode();
    else
        result.err += QStringLiteral("\n[crashed]");
    return result;
}

QByteArray contents(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<unreadable>");
}

QStringList entriesUnder(const QString& dir)
{
    QStringList list;
    const QDir base(dir);
    QDirIterator it(dir, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        list << base.relativeFilePath(it.next());
    list.sort();
    return list;
}

QVariant scalar(const QSqlDatabase& db, const QString& sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next()) {
        qWarning().noquote() << sql << query.lastError().text();
        return {};
    }
    return query.value(0);
}

SqliteFile::SqliteFile(const QString& path)
{
    static int serial = 0;
    m_name = QStringLiteral("tst-admincli-%1").arg(++serial);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    db.setDatabaseName(path);
    m_open = db.open();
}

SqliteFile::~SqliteFile()
{
    QSqlDatabase::database(m_name, false).close();
    QSqlDatabase::removeDatabase(m_name);
}

bool SqliteFile::exec(const QString& sql) const
{
    QSqlQuery query(db());
    if (query.exec(sql))
        return true;
    qWarning().noquote() << sql << query.lastError().text();
    return false;
}
