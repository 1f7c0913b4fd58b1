#include "customer.h"

#include "contactrules.h"
#include "searchtokens.h"
#include "textrules.h"

#include <algorithm>

CustomerDraft CustomerRules::normalized(CustomerDraft draft)
{
    draft.code = draft.code.trimmed().toUpper();
    for (QString* text : {&draft.name, &draft.phone, &draft.email, &draft.note})
        *text = text->trimmed();
    draft.email = draft.email.toLower();
    QList<CustomerAddress> addresses;
    for (CustomerAddress address : qAsConst(draft.addresses)) {
        for (QString* text : {&address.label, &address.recipient, &address.phone, &address.address})
            *text = text->trimmed();
        if (address.label.isEmpty() && address.recipient.isEmpty() && address.phone.isEmpty() &&
            address.address.isEmpty())
            continue; // a row the person left blank
        addresses << address;
    }
    // One default exactly: the first one marked, or the first of all.
    bool seen = false;
    for (CustomerAddress& address : addresses) {
        address.isDefault = address.isDefault && !seen;
        seen = seen || address.isDefault;
    }
    if (!seen && !addresses.isEmpty())
        addresses.first().isDefault = true;
    draft.addresses = addresses;
    return draft;
}

QMap<QString, QString> CustomerRules::problems(const CustomerDraft& draft)
{
    QMap<QString, QString> result;
    const auto note = [&](const QString& field, const QString& problem) {
        if (!problem.isEmpty() && !result.contains(field))
            result.insert(field, problem);
    };
    note(codeField, ContactRules::codeProblem(draft.code, maxCodeLength, false));
    note(nameField, TextRules::problem(draft.name, maxNameLength, true));
    note(phoneField, ContactRules::phoneProblem(draft.phone));
    note(emailField, ContactRules::emailProblem(draft.email));
    note(noteField, TextRules::problem(draft.note, maxNoteLength, false, TextRules::Lines::Multi));
    if (draft.addresses.size() > maxAddresses)
        note(addressesField, tr("At most %1 addresses per customer.").arg(maxAddresses));
    for (int i = 0; i < draft.addresses.size(); ++i) {
        const CustomerAddress& address = draft.addresses.at(i);
        const auto where = [&](const QString& problem) {
            return problem.isEmpty() ? problem : tr("Address %1: %2").arg(i + 1).arg(problem);
        };
        note(addressesField,
             where(TextRules::problem(address.address, maxAddressLength, true, TextRules::Lines::Multi)));
        note(addressesField, where(TextRules::problem(address.label, maxLabelLength, false)));
        note(addressesField, where(TextRules::problem(address.recipient, maxNameLength, false)));
        note(addressesField, where(ContactRules::phoneProblem(address.phone)));
    }
    return result;
}

QString CustomerRules::searchText(const CustomerDraft& draft)
{
    return SearchTokens::forDocument({draft.name, draft.email}, {draft.code, draft.phone, draft.email})
        .join(QLatin1Char(' '));
}
