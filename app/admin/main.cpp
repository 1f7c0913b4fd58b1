#include "admintool.h"
#include "domain/password.h"
#include "languages.h"

#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Storekeeper"));
    QCoreApplication::setApplicationName(QStringLiteral("Storekeeper"));
    QCoreApplication::setApplicationVersion(QStringLiteral(STOREKEEPER_VERSION));
    // A command-line tool speaks the terminal's language (LANG), not the one chosen in the window:
    // its output lands in logs and scripts run by whoever set that terminal up.
    Languages::install(QLocale::system());
    if (!Password::initialize()) {
        QTextStream(stderr) << QCoreApplication::translate("main", "storekeeper-admin: the password library "
                                                                   "(libsodium) could not start.")
                            << Qt::endl;
        return 1;
    }
    AdminTool tool;
    return tool.run(QCoreApplication::arguments());
}
