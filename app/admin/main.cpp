#include "admintool.h"
#include "domain/password.h"
#include "languages.h"

#include <QCoreApplication>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Storekeeper"));
    QCoreApplication::setApplicationName(QStringLiteral("Storekeeper"));
    QCoreApplication::setApplicationVersion(QStringLiteral(STOREKEEPER_VERSION));
    Languages::install(Languages::chosenLocale());
    if (!Password::initialize())
        return 1;
    AdminTool tool;
    return tool.run(QCoreApplication::arguments());
}
