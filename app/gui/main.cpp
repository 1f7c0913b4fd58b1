#include "application.h"
#include "databaseoptions.h"
#include "domain/password.h"
#include "languages.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QTextStream>

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
    parser.setApplicationDescription(QApplication::translate(
        "main", "Storekeeper: back-office for an online shop.\n\nExit codes: 0 closed normally, "
                "1 the database could not be opened or signed in to, 2 the command line is "
                "wrong (an unknown option, a malformed --database address)."));
    parser.addHelpOption();
    parser.addVersionOption();
    DatabaseOptions::addTo(parser);
    // Not process(): it exits with 1 for an unknown option, where a wrong command line is 2, as in
    // storekeeper-admin.
    if (!parser.parse(QApplication::arguments())) {
        QTextStream(stderr) << QApplication::translate("main", "storekeeper: %1").arg(parser.errorText())
                            << Qt::endl
                            << QApplication::translate("main", "Run \"storekeeper --help\" for the options.")
                            << Qt::endl;
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText() << Qt::flush;
        return 0;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        QTextStream(stdout) << "storekeeper " << QApplication::applicationVersion() << Qt::endl;
        return 0;
    }

    Application storekeeper;
    const int early = storekeeper.start(parser);
    if (early >= 0)
        return early;
    return app.exec();
}
