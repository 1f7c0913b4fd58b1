#pragma once

#include <QByteArray>
#include <QLocale>
#include <QString>

// Lists sort names the way the reader's language does: in Chinese by pinyin (绿茶 under L, beside
// 蓝莓), in English ignoring case and accents first (Nescafé beside Nestlé). Engines cannot do
// this with an index on every platform, so the service stores the ICU collation key of each name,
// one column per shipped language, and a list sorts by that column: byte order of the key is the
// language's order, and an index on it serves the sort.
namespace SortKey {

enum class Language
{
    English,
    Chinese
};

// The language whose order a list in LOCALE follows.
Language forLocale(const QLocale& locale = QLocale());
// The column holding the key for LANGUAGE: "sort_en", "sort_zh".
QString column(Language language);
// The key of TEXT in LANGUAGE's order: compare as bytes. Cut at maxBytes: a key sorts by its first
// letters first, so only names equal for that long fall back to the list's tie-breaker.
QByteArray of(const QString& text, Language language);

constexpr int maxBytes = 255;

} // namespace SortKey
