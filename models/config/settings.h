#pragma once

#include <QVariant>

// The program's remembered settings, each with its key and default in one table (settings.cpp).
// Stored with QSettings in the user's configuration folder. Never holds a password.
class Settings
{
public:
    enum class Key
    {
        DatabaseUrl,  // last database opened; empty: the embedded SQLite file
        Language,     // "" follows the system; otherwise a locale name such as zh_CN
        LastUsername, // pre-filled at sign-in
        MainWindowGeometry,
        MainWindowState,
        ListHeaderState, // per list (scope: the area's key): column widths, order, visibility and sort
        LastArea,        // the area the window showed when it was closed
        ExportFolder,    // where File → Export last wrote a file
        ExportFormat,    // and in which format: "csv", "csv-gbk" or "xlsx"
    };

    // SCOPE fills in the part of the key that names an area, for keys kept per area.
    static QVariant value(Key key, const QString& scope = {});
    static void setValue(Key key, const QVariant& value, const QString& scope = {});

    static QString string(Key key) { return value(key).toString(); }
    static QByteArray bytes(Key key, const QString& scope = {}) { return value(key, scope).toByteArray(); }
    static bool flag(Key key) { return value(key).toBool(); }

    // The embedded database when no other is chosen: storekeeper.db in the user's data folder.
    static QString defaultDatabasePath();
};
