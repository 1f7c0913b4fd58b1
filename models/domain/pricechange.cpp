#include "pricechange.h"

std::optional<Money> PriceChange::apply(Money price) const
{
    if (kind == Kind::Amount)
        return price.added(amount);
    return price.scaled(10'000 + basisPoints, 10'000);
}

QString PriceChange::problem() const
{
    if (kind == Kind::Percent && basisPoints < -10'000)
        return tr("A price cannot fall by more than 100 %.");
    if (kind == Kind::Percent && basisPoints > maxBasisPoints)
        return tr("At most +10,000 %.");
    if ((kind == Kind::Percent && basisPoints == 0) || (kind == Kind::Amount && amount.isZero()))
        return tr("This changes nothing; enter how much prices go up or down.");
    return {};
}

QString PriceChange::describe() const
{
    const bool down = kind == Kind::Percent ? basisPoints < 0 : amount.isNegative();
    const Money magnitude =
        Money::fromCents(kind == Kind::Percent ? (down ? -basisPoints : basisPoints)
                                               : (down ? -amount.cents() : amount.cents()));
    QString number = magnitude.toPlainString();
    // A percentage reads as people write one: 10%, 12.5%; an amount keeps its cents.
    if (kind == Kind::Percent) {
        while (number.endsWith(QLatin1Char('0')) && number.contains(QLatin1Char('.')))
            number.chop(1);
        if (number.endsWith(QLatin1Char('.')))
            number.chop(1);
    }
    return (down ? QStringLiteral("−") : QStringLiteral("+")) + number +
           (kind == Kind::Percent ? QStringLiteral("%") : QString());
}
