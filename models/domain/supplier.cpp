#include "supplier.h"

#include "contactrules.h"
#include "goods.h"
#include "searchtokens.h"
#include "textrules.h"

SupplierDraft SupplierRules::normalized(SupplierDraft draft)
{
    draft.code = draft.code.trimmed().toUpper();
    for (QString* text : {&draft.name, &draft.contact, &draft.phone, &draft.email, &draft.address,
                          &draft.paymentTerms, &draft.notes})
        *text = text->trimmed();
    draft.email = draft.email.toLower();
    return draft;
}

QMap<QString, QString> SupplierRules::problems(const SupplierDraft& draft)
{
    QMap<QString, QString> result;
    const auto note = [&](const QString& field, const QString& problem) {
        if (!problem.isEmpty())
            result.insert(field, problem);
    };
    note(codeField, ContactRules::codeProblem(draft.code, maxCodeLength, true));
    note(nameField, TextRules::problem(draft.name, maxNameLength, true));
    note(contactField, TextRules::problem(draft.contact, maxNameLength, false));
    note(phoneField, ContactRules::phoneProblem(draft.phone));
    note(emailField, ContactRules::emailProblem(draft.email));
    note(addressField, TextRules::problem(draft.address, maxAddressLength, false, TextRules::Lines::Multi));
    note(paymentTermsField, TextRules::problem(draft.paymentTerms, maxTermsLength, false));
    note(notesField, TextRules::problem(draft.notes, maxNotesLength, false, TextRules::Lines::Multi));
    return result;
}

SupplierOfferDraft SupplierRules::normalized(SupplierOfferDraft offer)
{
    offer.supplierSku = offer.supplierSku.trimmed();
    return offer;
}

QMap<QString, QString> SupplierRules::problems(const SupplierOfferDraft& offer)
{
    QMap<QString, QString> result;
    if (offer.goodsId <= 0)
        result.insert(goodsField, tr("Choose the goods item this supplier sells."));
    if (offer.supplierId <= 0)
        result.insert(codeField, tr("Choose the supplier."));
    if (QString problem = TextRules::problem(offer.supplierSku, maxSupplierSkuLength, false);
        !problem.isEmpty())
        result.insert(supplierSkuField, problem);
    if (QString problem = GoodsRules::moneyProblem(offer.cost); !problem.isEmpty())
        result.insert(costField, problem);
    if (offer.leadDays < -1 || offer.leadDays > maxLeadDays)
        result.insert(leadDaysField, tr("Between 0 and %1 days, or empty when not known.").arg(maxLeadDays));
    return result;
}

QString SupplierRules::searchText(const SupplierDraft& draft)
{
    return SearchTokens::forDocument({draft.name, draft.contact, draft.email},
                                     {draft.code, draft.phone, draft.email})
        .join(QLatin1Char(' '));
}
