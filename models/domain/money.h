#pragma once

#include <QMetaType>
#include <QString>
#include <optional>

class QLocale;

// An exact amount of money in integer minor units (cents, fen). Never a double: all arithmetic is
// checked against int64 overflow and reports failure instead of wrapping.
class Money
{
public:
    constexpr Money() = default;
    static constexpr Money fromCents(qint64 cents) { return Money(cents); }

    constexpr qint64 cents() const { return m_cents; }
    constexpr bool isNegative() const { return m_cents < 0; }
    constexpr bool isZero() const { return m_cents == 0; }

    std::optional<Money> added(Money other) const;
    std::optional<Money> subtracted(Money other) const;
    std::optional<Money> multiplied(qint64 factor) const;
    // This amount times NUMERATOR / DENOMINATOR, rounded to the cent with halves away from zero
    // (a 12.5 % rise of 0.04 is 0.05); nothing when it overflows or DENOMINATOR is 0.
    std::optional<Money> scaled(qint64 numerator, qint64 denominator) const;

    // "1234.50" / "-0.05": a plain, locale-independent form for files, logs and the database.
    QString toPlainString() const;

    friend constexpr bool operator==(Money a, Money b) { return a.m_cents == b.m_cents; }
    friend constexpr bool operator!=(Money a, Money b) { return a.m_cents != b.m_cents; }
    friend constexpr bool operator<(Money a, Money b) { return a.m_cents < b.m_cents; }
    friend constexpr bool operator<=(Money a, Money b) { return a.m_cents <= b.m_cents; }
    friend constexpr bool operator>(Money a, Money b) { return a.m_cents > b.m_cents; }
    friend constexpr bool operator>=(Money a, Money b) { return a.m_cents >= b.m_cents; }

private:
    constexpr explicit Money(qint64 cents) : m_cents(cents) {}
    qint64 m_cents = 0;
};

Q_DECLARE_METATYPE(Money)

// Reads what a person typed: "12", "12.5", "1,234.50", "¥12.50", "-3.00" (locale separators).
struct MoneyParse
{
    enum class Error
    {
        None,
        Empty,
        Malformed,
        TooManyDecimals,
        TooLarge
    };
    Money value;
    Error error = Error::None;
    bool ok() const { return error == Error::None; }
};

MoneyParse parseMoney(const QString& text, const QLocale& locale);
