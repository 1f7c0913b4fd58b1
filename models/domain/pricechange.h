#pragma once

#include "money.h"

#include <QCoreApplication>
#include <optional>

// A change of many prices at once: by a percentage (in basis points: 1250 is +12.50 %) or by an
// amount. Each new price is rounded to the cent, halves away from zero, like every other amount.
struct PriceChange
{
    Q_DECLARE_TR_FUNCTIONS(PriceChange)
public:
    enum class Kind
    {
        Percent,
        Amount
    };
    Kind kind = Kind::Percent;
    qint64 basisPoints = 0;
    Money amount; // signed: a negative amount lowers prices

    // The new price, or nothing when it would overflow.
    std::optional<Money> apply(Money price) const;
    // What is wrong with the change itself (a percentage below -100 %), or empty.
    QString problem() const;
    // "+12.5%", "−3.00"
    QString describe() const;

    static constexpr qint64 maxBasisPoints = 1'000'000; // +10,000 %
};
