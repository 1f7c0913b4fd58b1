#include "contactrules.h"

#include "textrules.h"

#include <QRegularExpression>

QString ContactRules::phoneProblem(const QString& phone)
{
    if (QString problem = TextRules::problem(phone, maxPhoneLength, false); !problem.isEmpty())
        return problem;
    if (phone.isEmpty())
        return {};
    static const QRegularExpression allowed(
        QStringLiteral("^\\+?[0-9 ()./-]+((ext\\.?|x|转|分机) ?[0-9]+)?$"),
        QRegularExpression::CaseInsensitiveOption);
    int digits = 0;
    for (QChar c : phone)
        digits += c.isDigit() ? 1 : 0;
    if (!allowed.match(phone).hasMatch() || digits < 3)
        return tr("Not a phone number; use digits, spaces, +, -, ( and ), such as +86 138 0013 8001.");
    return {};
}

QString ContactRules::emailProblem(const QString& email)
{
    if (QString problem = TextRules::problem(email, maxEmailLength, false); !problem.isEmpty())
        return problem;
    if (email.isEmpty())
        return {};
    // Deliberately loose: one @, something before it, a dotted domain after it, no spaces.
    static const QRegularExpression shape(QStringLiteral("^[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+$"));
    if (!shape.match(email).hasMatch())
        return tr("Not an e-mail address; it looks like name@example.com.");
    return {};
}

QString ContactRules::codeProblem(const QString& code, int maxLength, bool required)
{
    if (QString problem = TextRules::problem(code, maxLength, required); !problem.isEmpty())
        return problem;
    static const QRegularExpression shape(QStringLiteral("^[\\p{L}\\p{N}][\\p{L}\\p{N}._/-]*$"));
    if (!code.isEmpty() && !shape.match(code).hasMatch())
        return tr("Use letters, digits, '-', '_', '.' and '/', starting with a letter or digit.");
    return {};
}
