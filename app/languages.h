#pragma once

#include <QLocale>
#include <QStringList>

// Installs Qt's and Storekeeper's translations for a language: the system's by default, or the
// one chosen in the settings (a locale name such as zh_CN; "en" for English). Any locale resolves
// to one of the shipped languages (LocalFormat::resolve), which becomes the default QLocale.
namespace Languages {

QLocale chosenLocale();
void install(const QLocale& locale);

} // namespace Languages
