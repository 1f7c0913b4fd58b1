#include "settings.h"

#include <QDir>
#include <QSettings>
#include <QStandardPaths>

namespace {

struct Entry
{
    Settings::Key key;
    const char* path;
    QVariant defaultValue;
};

const Entry& entry(Settings::Key key)
{
    using K = Settings::Key;
    static const Entry entries[] = {
        {K::DatabaseUrl, "database/url", QString()},
        {K::Language, "interface/language", QString()},
        {K::LastUsername, "login/lastUsername", QString()},
        {K::MainWindowGeometry, "mainWindow/geometry", QByteArray()},
        {K::MainWindowState, "mainWindow/state", QByteArray()},
        {K::ListHeaderState, "lists/%1/headerState", QByteArray()},
        {K::LastArea, "mainWindow/area", QString()},
        {K::ExportFolder, "export/folder", QString()},
        {K::ExportFormat, "export/format", QString()},
    };
    for (const Entry& e : entries) {
        if (e.key == key)
            return e;
    }
    Q_UNREACHABLE();
}

} // namespace

namespace {

QString pathOf(const Entry& e, const QString& scope)
{
    const QString path = QLatin1String(e.path);
    return path.contains(QLatin1String("%1")) ? path.arg(scope) : path;
}

} // namespace

QVariant Settings::value(Key key, const QString& scope)
{
    const Entry& e = entry(key);
    return QSettings().value(pathOf(e, scope), e.defaultValue);
}

void Settings::setValue(Key key, const QVariant& value, const QString& scope)
{
    QSettings().setValue(pathOf(entry(key), scope), value);
}

QString Settings::defaultDatabasePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("storekeeper.db"));
}
