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
        GoodsHeaderState, // column widths, order and sort of the goods list
        GoodsShowArchived,
    };

    static QVariant value(Key key);
    static void setValue(Key key, const QVariant& value);

    static QString string(Key key) { return value(key).toString(); }
    static QByteArray bytes(Key key) { return value(key).toByteArray(); }
    static bool flag(Key key) { return value(key).toBool(); }

    // The embedded database when no other is chosen: storekeeper.db in the user's data folder.
    static QString defaultDatabasePath();
};
