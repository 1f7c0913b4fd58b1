#include "moneyformat.h"

namespace MoneyFormat {

namespace {

QString format(Money amount, const QLocale& locale, bool grouped)
{
    const qint64 cents = amount.cents();
    const bool negative = cents < 0;
    const quint64 magnitude = negative ? quint64(0) - quint64(cents) : quint64(cents);
    QLocale digits = locale;
    digits.setNumberOptions(grouped ? QLocale::DefaultNumberOptions : QLocale::OmitGroupSeparator);
    const QString units = digits.toString(magnitude / 100);
    const QString fraction = digits.toString(magnitude % 100).rightJustified(2, digits.zeroDigit().at(0));
    return (negative ? locale.negativeSign() : QString()) + units + locale.decimalPoint() + fraction;
}

} // namespace

QString text(Money amount, const QLocale& locale)
{
    return format(amount, locale, true);
}

QString editText(Money amount, const QLocale& locale)
{
    return format(amount, locale, false);
}

} // namespace MoneyFormat
