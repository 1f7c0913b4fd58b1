#include "moneyformat.h"

namespace MoneyFormat {

QString text(Money amount, const QLocale& locale)
{
    const qint64 cents = amount.cents();
    const bool negative = cents < 0;
    const quint64 magnitude = negative ? quint64(0) - quint64(cents) : quint64(cents);
    const QString units = locale.toString(magnitude / 100);
    const QString fraction = locale.toString(magnitude % 100).rightJustified(2, locale.zeroDigit().at(0));
    return (negative ? locale.negativeSign() : QString()) + units + locale.decimalPoint() + fraction;
}

} // namespace MoneyFormat
