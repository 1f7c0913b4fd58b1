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
        {K::GoodsHeaderState, "goods/headerState", QByteArray()},
        {K::GoodsShowArchived, "goods/showArchived", false},
    };
    for (const Entry& e : entries) {
        if (e.key == key)
            return e;
    }
    Q_UNREACHABLE();
}

} // namespace

QVariant Settings::value(Key key)
{
    const Entry& e = entry(key);
    return QSettings().value(QLatin1String(e.path), e.defaultValue);
}

void Settings::setValue(Key key, const QVariant& value)
{
    QSettings().setValue(QLatin1String(entry(key).path), value);
}

QString Settings::defaultDatabasePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("storekeeper.db"));
}
