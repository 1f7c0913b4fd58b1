#include "benchsupport.h"

#include "db/sql.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLocale>
#include <QSettings>
#include <QSqlQuery>
#include <QTextStream>

namespace Bench {

std::optional<Setup> open(QCoreApplication& app, const QString& purpose, const QStringList& modes)
{
    // Settings of its own, cleared: a column order or sort saved by an earlier run must not change this one.
    QCoreApplication::setOrganizationName(QStringLiteral("StorekeeperBench"));
    QSettings().clear();
    QCommandLineParser parser;
    parser.setApplicationDescription(purpose);
    parser.addHelpOption();
    parser.addOptions(
        {{QStringLiteral("database"), QStringLiteral("The database (sqlite:PATH, postgresql://…)."),
          QStringLiteral("url")},
         {QStringLiteral("mode"), modes.join(QStringLiteral(", ")), QStringLiteral("mode"), modes.value(0)},
         {QStringLiteral("language"), QStringLiteral("en or zh_CN: the order names sort in (default en)."),
          QStringLiteral("language"), QStringLiteral("en")}});
    parser.process(app);
    QTextStream err(stderr);
    const QString mode = parser.value(QStringLiteral("mode"));
    if (!modes.contains(mode)) {
        err << "Unknown mode " << mode << "; use one of " << modes.join(QStringLiteral(", ")) << Qt::endl;
        return std::nullopt;
    }
    const QString language = parser.value(QStringLiteral("language"));
    if (language != QLatin1String("en") && language != QLatin1String("zh_CN")) {
        err << "Unknown language " << language << "; use en or zh_CN" << Qt::endl;
        return std::nullopt;
    }
    QLocale::setDefault(QLocale(language == QLatin1String("en") ? QStringLiteral("en_US") : language));
    auto profile = ConnectionProfile::parse(parser.value(QStringLiteral("database")));
    if (!profile) {
        err << profile.error().message << Qt::endl;
        return std::nullopt;
    }
    Database database(profile.value(), qEnvironmentVariable("STOREKEEPER_DB_PASSWORD"));
    auto connection = database.connect(QStringLiteral("bench"));
    if (!connection) {
        err << connection.error().message << Qt::endl;
        return std::nullopt;
    }
    return Setup{database, connection.value(), mode};
}

void report(const char* metric, double value)
{
    QTextStream(stdout) << metric << ' ' << QString::number(value, 'f', 1) << Qt::endl;
}

double peakResidentMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return -1;
}

double timeOnEngine(const Connection& connection, const SqlFragment& statement)
{
    QElapsedTimer timer;
    timer.start();
    auto query = Sql::exec(connection, statement.sql, statement.values);
    if (!query)
        return -1.0;
    while (query.value().next()) {
    }
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace Bench
