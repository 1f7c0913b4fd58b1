#include "application.h"
#include "databaseoptions.h"
#include "domain/password.h"
#include "languages.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Storekeeper"));
    QApplication::setApplicationName(QStringLiteral("Storekeeper"));
    QApplication::setApplicationVersion(QStringLiteral(STOREKEEPER_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("storekeeper"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/storekeeper.svg")));
    QApplication::setQuitOnLastWindowClosed(false);
    Languages::install(Languages::chosenLocale());
    if (!Password::initialize())
        return 1;

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Storekeeper: back-office for an online shop."));
    parser.addHelpOption();
    parser.addVersionOption();
    DatabaseOptions::addTo(parser);
    parser.process(app);

    Application storekeeper;
    const int early = storekeeper.start(parser);
    if (early >= 0)
        return early;
    return app.exec();
}
