#include "money.h"

#include <QLocale>
#include <algorithm>
#include <limits>

std::optional<Money> Money::added(Money other) const
{
    qint64 result = 0;
    if (__builtin_add_overflow(m_cents, other.m_cents, &result))
        return std::nullopt;
    return Money(result);
}

std::optional<Money> Money::subtracted(Money other) const
{
    qint64 result = 0;
    if (__builtin_sub_overflow(m_cents, other.m_cents, &result))
        return std::nullopt;
    return Money(result);
}

std::optional<Money> Money::multiplied(qint64 factor) const
{
    qint64 result = 0;
    if (__builtin_mul_overflow(m_cents, factor, &result))
        return std::nullopt;
    return Money(result);
}

std::optional<Money> Money::scaled(qint64 numerator, qint64 denominator) const
{
    if (denominator == 0)
        return std::nullopt;
    const auto product = multiplied(numerator);
    if (!product)
        return std::nullopt;
    const qint64 n = product->cents();
    if (denominator == -1 && n == std::numeric_limits<qint64>::min())
        return std::nullopt;
    qint64 quotient = n / denominator;
    const qint64 remainder = n % denominator;
    // |remainder| * 2 >= |denominator|, without overflowing either.
    const quint64 twice = 2 * quint64(remainder < 0 ? -remainder : remainder);
    const quint64 whole = denominator < 0 ? quint64(0) - quint64(denominator) : quint64(denominator);
    if (remainder != 0 && twice >= whole)
        quotient += ((n < 0) == (denominator < 0)) ? 1 : -1;
    return Money::fromCents(quotient);
}

QString Money::toPlainString() const
{
    // Work on the unsigned magnitude so that INT64_MIN prints instead of overflowing on negation.
    const bool negative = m_cents < 0;
    const quint64 magnitude = negative ? quint64(0) - quint64(m_cents) : quint64(m_cents);
    const QString fraction = QString::number(magnitude % 100).rightJustified(2, QLatin1Char('0'));
    return (negative ? QStringLiteral("-") : QString()) + QString::number(magnitude / 100) +
           QLatin1Char('.') + fraction;
}

namespace {

bool isSpaceLike(QChar c)
{
    return c == QLatin1Char(' ') || c == QChar(0x00A0) || c == QChar(0x202F);
}

} // namespace

MoneyParse parseMoney(const QString& input, const QLocale& locale)
{
    MoneyParse result;
    QString text = input.trimmed();
    if (text.isEmpty()) {
        result.error = MoneyParse::Error::Empty;
        return result;
    }

    // One currency symbol typed or pasted before or after the amount ("¥12", "-$5", "12 USD") is
    // accepted and ignored; one inside it ("1$2") is a typo, not a separator.
    const QStringList symbols = {locale.currencySymbol(QLocale::CurrencySymbol),
                                 locale.currencySymbol(QLocale::CurrencyIsoCode), QStringLiteral("¥"),
                                 QStringLiteral("￥"), QStringLiteral("$")};
    const auto stripSymbol = [&]() {
        for (const QString& symbol : symbols) {
            if (symbol.isEmpty())
                continue;
            if (text.startsWith(symbol))
                text.remove(0, symbol.size());
            else if (text.endsWith(symbol))
                text.chop(symbol.size());
            else
                continue;
            text = text.trimmed();
            return true;
        }
        return false;
    };
    const bool symbolStripped = stripSymbol();

    bool negative = false;
    if (text.startsWith(QLatin1Char('-')) || text.startsWith(locale.negativeSign())) {
        negative = true;
        text.remove(0, 1);
        if (!symbolStripped)
            stripSymbol(); // "-$5"
    }

    // The locale's decimal point, or '.' where the locale does not use '.' to group thousands.
    const QChar decimalPoint = locale.decimalPoint().at(0);
    const QChar groupSeparator = locale.groupSeparator().at(0);
    const auto isDecimalPoint = [&](QChar c) {
        return c == decimalPoint || (c == QLatin1Char('.') && groupSeparator != QLatin1Char('.'));
    };
    const auto isGroupSeparator = [&](QChar c) {
        return c == groupSeparator || isSpaceLike(c) ||
               (c == QLatin1Char(',') && decimalPoint != QLatin1Char(','));
    };
    QString integerDigits;
    QString fractionDigits;
    bool inFraction = false;
    // Digit groups between separators: "1,234,567" is 1, 234, 567. A separator anywhere else
    // ("1,5", "12.50" where '.' groups thousands) is a typo, not a number to guess at.
    QList<int> groups = {0};
    QChar separator;
    for (QChar c : qAsConst(text)) {
        if (c >= QLatin1Char('0') && c <= QLatin1Char('9')) {
            (inFraction ? fractionDigits : integerDigits).append(c);
            if (!inFraction)
                ++groups.back();
        } else if (!inFraction && isDecimalPoint(c)) {
            inFraction = true;
        } else if (!inFraction && groups.back() > 0 && isGroupSeparator(c) &&
                   (separator.isNull() || c == separator)) {
            separator = c; // one kind of separator per number: "1,234 567" is two numbers run together
            groups.append(0);
        } else {
            result.error = MoneyParse::Error::Malformed;
            return result;
        }
    }
    if (groups.size() > 1) {
        // "0,500" groups nothing: a leading zero before a separator is a typo for a decimal point.
        const bool wellGrouped =
            groups.first() <= 3 && !integerDigits.startsWith(QLatin1Char('0')) &&
            std::all_of(groups.begin() + 1, groups.end(), [](int digits) { return digits == 3; });
        if (!wellGrouped) {
            result.error = MoneyParse::Error::Malformed;
            return result;
        }
    }
    if (integerDigits.isEmpty() && fractionDigits.isEmpty()) {
        result.error = MoneyParse::Error::Malformed;
        return result;
    }
    if (fractionDigits.size() > 2) {
        result.error = MoneyParse::Error::TooManyDecimals;
        return result;
    }

    quint64 cents = 0;
    const QString all = (integerDigits.isEmpty() ? QStringLiteral("0") : integerDigits) +
                        fractionDigits.leftJustified(2, QLatin1Char('0'));
    for (QChar digit : all) {
        if (__builtin_mul_overflow(cents, quint64(10), &cents) ||
            __builtin_add_overflow(cents, quint64(digit.unicode() - '0'), &cents)) {
            result.error = MoneyParse::Error::TooLarge;
            return result;
        }
    }
    const quint64 limit = negative ? quint64(std::numeric_limits<qint64>::max()) + 1
                                   : quint64(std::numeric_limits<qint64>::max());
    if (cents > limit) {
        result.error = MoneyParse::Error::TooLarge;
        return result;
    }
    result.value = Money::fromCents(negative ? qint64(quint64(0) - cents) : qint64(cents));
    return result;
}
