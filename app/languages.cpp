#include "languages.h"

#include "config/settings.h"
#include "domain/localformat.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace Languages {

QLocale chosenLocale()
{
    const QString chosen = Settings::string(Settings::Key::Language);
    return chosen.isEmpty() ? QLocale::system() : QLocale(chosen);
}

void install(const QLocale& requested)
{
    // However it was chosen (the system's C.UTF-8, "English" from the menu, en_GB), a language is one
    // of the two shipped, with its translation loaded: plurals and formats never depend on the path.
    const QLocale locale = LocalFormat::resolve(requested);
    QLocale::setDefault(locale);
    static QTranslator* qtTranslator = nullptr;
    static QTranslator* ownTranslator = nullptr;
    for (QTranslator** slot : {&qtTranslator, &ownTranslator}) {
        if (*slot) {
            QCoreApplication::removeTranslator(*slot);
            delete *slot;
            *slot = nullptr;
        }
    }
    auto* qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
        qtTranslator = qt;
    } else {
        delete qt;
    }
    auto* own = new QTranslator(QCoreApplication::instance());
    if (own->load(locale, QStringLiteral("storekeeper"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(own);
        ownTranslator = own;
    } else {
        delete own;
    }
}

} // namespace Languages
