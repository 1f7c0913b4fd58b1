#include "sortkey.h"

#include <memory>
#include <unicode/ucol.h>

namespace SortKey {

namespace {

struct Closer
{
    void operator()(UCollator* collator) const { ucol_close(collator); }
};
using Collator = std::unique_ptr<UCollator, Closer>;

// A collator serves one thread at a time, so each thread opens its own on first use.
UCollator* collatorFor(Language language)
{
    thread_local Collator english;
    thread_local Collator chinese;
    Collator& slot = language == Language::Chinese ? chinese : english;
    if (!slot) {
        UErrorCode status = U_ZERO_ERROR;
        // "zh" is ICU's pinyin order; "en" is the root order, Latin before Han.
        slot.reset(ucol_open(language == Language::Chinese ? "zh" : "en", &status));
        if (U_FAILURE(status))
            slot.reset();
    }
    return slot.get();
}

} // namespace

Language forLocale(const QLocale& locale)
{
    return locale.language() == QLocale::Chinese ? Language::Chinese : Language::English;
}

QString column(Language language)
{
    return language == Language::Chinese ? QStringLiteral("sort_zh") : QStringLiteral("sort_en");
}

QByteArray of(const QString& text, Language language)
{
    UCollator* collator = collatorFor(language);
    if (!collator) // no ICU data: code point order is still an order
        return text.toUtf8().left(maxBytes);
    QByteArray key(maxBytes + 1, Qt::Uninitialized);
    static_assert(sizeof(UChar) == sizeof(QChar), "ICU and Qt share UTF-16");
    const int32_t length =
        ucol_getSortKey(collator, reinterpret_cast<const UChar*>(text.utf16()), int32_t(text.size()),
                        reinterpret_cast<uint8_t*>(key.data()), int32_t(key.size()));
    // The length is that of the whole key even when only its beginning fitted; the last byte is
    // a terminator that a cut key does not need.
    key.truncate(std::min<int>(std::max<int>(length - 1, 0), maxBytes));
    return key;
}

} // namespace SortKey
