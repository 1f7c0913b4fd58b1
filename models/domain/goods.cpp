#include "goods.h"

#include "barcode.h"
#include "searchtokens.h"
#include "textrules.h"

GoodsDraft GoodsRules::normalized(GoodsDraft draft)
{
    draft.sku = draft.sku.trimmed().toUpper();
    draft.barcode = draft.barcode.simplified().remove(QLatin1Char(' '));
    // A UPC-A code is an EAN-13 with a leading 0 (the check digit is the same): store one form, so
    // the same product cannot be entered twice, whichever form a scanner sends.
    if (draft.barcode.size() == 12)
        draft.barcode.prepend(QLatin1Char('0'));
    draft.name = draft.name.trimmed();
    draft.unit = draft.unit.trimmed();
    draft.description = draft.description.trimmed();
    return draft;
}

QString GoodsRules::barcodeProblem(const QString& barcode)
{
    const BarcodeCheck check = checkBarcode(barcode);
    switch (check.result) {
    case BarcodeCheck::Result::Valid:
    case BarcodeCheck::Result::Empty:
        return {};
    case BarcodeCheck::Result::NotDigits:
        return tr("A barcode has digits only.");
    case BarcodeCheck::Result::WrongLength:
        return tr("A barcode has 13 digits (EAN-13), 12 (UPC-A) or 8 (EAN-8); this one has %n.", nullptr,
                  int(barcode.size()));
    case BarcodeCheck::Result::WrongCheckDigit:
        return tr("The last digit should be %1 for this barcode; check for a typo.")
            .arg(check.expectedCheckDigit);
    }
    return {};
}

QString GoodsRules::moneyProblem(Money amount)
{
    if (amount.isNegative())
        return tr("Cannot be negative.");
    if (amount.cents() > maxPriceCents)
        return tr("Too large; at most %1.").arg(Money::fromCents(maxPriceCents).toPlainString());
    return {};
}

QString GoodsRules::moneyParseProblem(MoneyParse::Error error)
{
    switch (error) {
    case MoneyParse::Error::None:
        return {};
    case MoneyParse::Error::Empty:
        return tr("Required; enter 0 if there is none.");
    case MoneyParse::Error::Malformed:
        return tr("Not an amount; type digits with at most two decimals, such as 12.50.");
    case MoneyParse::Error::TooManyDecimals:
        return tr("At most two decimals (cents).");
    case MoneyParse::Error::TooLarge:
        return tr("Too large; at most %1.").arg(Money::fromCents(maxPriceCents).toPlainString());
    }
    return {};
}

QMap<QString, QString> GoodsRules::problems(const GoodsDraft& draft)
{
    QMap<QString, QString> result;
    const auto note = [&](const QString& field, const QString& problem) {
        if (!problem.isEmpty())
            result.insert(field, problem);
    };
    note(skuField, TextRules::problem(draft.sku, maxSkuLength, true));
    note(nameField, TextRules::problem(draft.name, maxNameLength, true));
    note(unitField, TextRules::problem(draft.unit, maxUnitLength, true));
    note(descriptionField,
         TextRules::problem(draft.description, maxDescriptionLength, false, TextRules::Lines::Multi));
    note(barcodeField, barcodeProblem(draft.barcode));
    note(priceField, moneyProblem(draft.price));
    note(costField, moneyProblem(draft.cost));
    if (draft.categoryId < 0)
        note(categoryField, tr("Choose a category from the list."));
    return result;
}

QString GoodsRules::searchText(const GoodsDraft& draft)
{
    QStringList codes = {draft.sku, draft.barcode};
    if (draft.barcode.size() == 13 && draft.barcode.startsWith(QLatin1Char('0')))
        codes << draft.barcode.mid(1); // found by its UPC-A form too
    return SearchTokens::forDocument({draft.name}, codes).join(QLatin1Char(' '));
}
