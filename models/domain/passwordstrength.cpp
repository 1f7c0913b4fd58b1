#include "passwordstrength.h"

#include <QRegularExpression>
#include <vector>
#include <zxcvbn.h>

namespace {

struct Estimate
{
    double bits = 0;
    // Characters (bytes of UTF-8) covered by each kind of weak part.
    int covered[LONG_PWD_MATCH + 1] = {};
};

Estimate estimate(const QString& password, const QStringList& personal)
{
    // The personal words, and the parts of each ("Wang Fang" gives "wang", "fang").
    QList<QByteArray> words = {QByteArrayLiteral("storekeeper")};
    static const QRegularExpression separators(QStringLiteral("[\\s._@-]+"));
    for (const QString& word : personal) {
        const QString lower = word.trimmed().toLower();
        if (lower.size() >= 3)
            words << lower.toUtf8();
        for (const QString& part : lower.split(separators, Qt::SkipEmptyParts)) {
            if (part.size() >= 3 && part != lower)
                words << part.toUtf8();
        }
    }
    std::vector<const char*> dictionary;
    for (const QByteArray& word : words)
        dictionary.push_back(word.constData());
    dictionary.push_back(nullptr);

    const QByteArray utf8 = password.toUtf8();
    ZxcMatch_t* info = nullptr;
    Estimate result;
    result.bits = ZxcvbnMatch(utf8.constData(), dictionary.data(), &info);
    for (const ZxcMatch_t* match = info; match; match = match->Next) {
        // A part said again ("abab") counts as a repeat whatever it is made of.
        const int type = (match->Type & MULTIPLE_MATCH) ? int(REPEATS_MATCH) : int(match->Type);
        // A part that costs an attacker little: a brute-force part is what makes a password strong.
        if (type > BRUTE_MATCH && type <= LONG_PWD_MATCH && match->Entrpy < PasswordStrength::minimumBits / 2)
            result.covered[type] += match->Length;
    }
    ZxcvbnFreeInfo(info);
    return result;
}

} // namespace

double PasswordStrength::bits(const QString& password, const QStringList& personal)
{
    return estimate(password, personal).bits;
}

QString PasswordStrength::problem(const QString& password, const QStringList& personal)
{
    const Estimate found = estimate(password, personal);
    if (found.bits >= minimumBits)
        return {};
    // The kind of weak part that covers most of the password says what to avoid.
    int worst = NON_MATCH;
    for (int type = DICTIONARY_MATCH; type <= LONG_PWD_MATCH; ++type) {
        if (found.covered[type] > found.covered[worst])
            worst = type;
    }
    QString why;
    switch (worst) {
    case USER_MATCH:
    case USER_LEET_MATCH:
        why = tr("It is built on your user name, your name or the program's name.");
        break;
    case DICTIONARY_MATCH:
    case DICT_LEET_MATCH:
        why = tr("It is built on a common password or word; swapping letters for look-alike digits or "
                 "symbols does not help.");
        break;
    case SPATIAL_MATCH:
        why = tr("It follows keys next to each other on the keyboard.");
        break;
    case REPEATS_MATCH:
        why = tr("It repeats characters or a short pattern.");
        break;
    case SEQUENCE_MATCH:
        why = tr("It is a sequence such as abcd or 1234.");
        break;
    case DATE_MATCH:
    case YEAR_MATCH:
        why = tr("It is built on a date or a year.");
        break;
    default:
        why = tr("It is too short for the characters it uses.");
        break;
    }
    return tr("This password is easy to guess. %1 Add two or three words of your own, or make it longer.")
        .arg(why);
}
