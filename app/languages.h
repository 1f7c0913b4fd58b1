#pragma once

#include <QLocale>
#include <QStringList>

// Installs Qt's and Storekeeper's translations for a language: the system's by default, or the
// one chosen in the settings (a locale name such as zh_CN; "en" for English).
namespace Languages {

QLocale chosenLocale();
void install(const QLocale& locale);

} // namespace Languages
