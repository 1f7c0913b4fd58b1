#include "goods.h"

#include "barcode.h"
#include "searchtokens.h"
#include "textrules.h"
#include "units.h"

QString GoodsRules::normalizedBarcode(const QString& barcode)
{
    QString code = barcode.simplified().remove(QLatin1Char(' '));
    // A UPC-A code is an EAN-13 with a leading 0 (the check digit is the same): store one form, so
    // the same product cannot be entered twice, whichever form a scanner sends.
    if (code.size() == 12)
        code.prepend(QLatin1Char('0'));
    return code;
}

GoodsDraft GoodsRules::normalized(GoodsDraft draft)
{
    draft.sku = draft.sku.trimmed().toUpper();
    QStringList barcodes;
    for (const QString& barcode : qAsConst(draft.barcodes)) {
        const QString code = normalizedBarcode(barcode);
        if (!code.isEmpty() && !barcodes.contains(code))
            barcodes << code;
    }
    draft.barcodes = barcodes;
    draft.name = draft.name.trimmed();
    draft.unit = draft.unit.trimmed();
    if (!Units::isKnown(draft.unit)) {
        if (const QString key = Units::fromText(draft.unit); !key.isEmpty())
            draft.unit = key;
    }
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

QString GoodsRules::quantityProblem(qint64 quantity)
{
    if (quantity < 0)
        return tr("Cannot be negative.");
    if (quantity > maxQuantity)
        return tr("Too large; at most %1.").arg(maxQuantity);
    return {};
}

QString GoodsRules::imageProblem(const GoodsImage& image)
{
    const bool png = image.mime == QLatin1String("image/png");
    const bool jpeg = image.mime == QLatin1String("image/jpeg");
    const auto looksLike = [](const QByteArray& bytes, bool asPng) {
        return asPng ? bytes.startsWith("\x89PNG\r\n\x1a\n") : bytes.startsWith("\xff\xd8\xff");
    };
    if ((!png && !jpeg) || !looksLike(image.image, png) || image.thumbnail.isEmpty() ||
        !(looksLike(image.thumbnail, true) || looksLike(image.thumbnail, false)))
        return tr("This is not a PNG or JPEG picture; choose another file.");
    if (image.image.size() > maxImageBytes || image.thumbnail.size() > maxThumbnailBytes)
        return tr("The picture is too large to store, even made smaller; choose a smaller one.");
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
        if (!problem.isEmpty() && !result.contains(field))
            result.insert(field, problem);
    };
    note(skuField, TextRules::problem(draft.sku, maxSkuLength, true));
    note(nameField, TextRules::problem(draft.name, maxNameLength, true));
    note(unitField, TextRules::problem(draft.unit, maxUnitLength, true));
    if (!draft.unit.isEmpty() && !Units::isKnown(draft.unit))
        note(unitField, tr("Choose a unit from the list."));
    note(descriptionField,
         TextRules::problem(draft.description, maxDescriptionLength, false, TextRules::Lines::Multi));
    if (draft.barcodes.size() > maxBarcodes)
        note(barcodeField, tr("At most %1 barcodes per item.").arg(maxBarcodes));
    for (const QString& barcode : draft.barcodes) {
        if (const QString problem = barcodeProblem(barcode); !problem.isEmpty())
            note(barcodeField, draft.barcodes.size() == 1 ? problem : tr("%1: %2").arg(barcode, problem));
    }
    note(priceField, moneyProblem(draft.price));
    note(costField, moneyProblem(draft.cost));
    if (draft.reorderPoint)
        note(reorderPointField, quantityProblem(*draft.reorderPoint));
    if (draft.categoryId < 0)
        note(categoryField, tr("Choose a category from the list."));
    if (draft.defaultSupplierId < 0)
        note(supplierField, tr("Choose a supplier from the list."));
    return result;
}

QString GoodsRules::searchText(const GoodsDraft& draft)
{
    QStringList codes = {draft.sku};
    for (const QString& barcode : draft.barcodes) {
        codes << barcode;
        if (barcode.size() == 13 && barcode.startsWith(QLatin1Char('0')))
            codes << barcode.mid(1); // found by its UPC-A form too
    }
    return SearchTokens::forDocument({draft.name}, codes).join(QLatin1Char(' '));
}
