#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// How hard a password is to guess, by zxcvbn (zxcvbn-c, its dictionary of common passwords, names
// and words built in): what an attacker tries first (common passwords and words, with letters
// swapped for look-alike digits; keyboard rows; repeats; sequences; dates) costs them little.
class PasswordStrength
{
    Q_DECLARE_TR_FUNCTIONS(PasswordStrength)
public:
    // About 2.7e8 guesses: beyond an online attacker behind the sign-in lockout by far, and a
    // long search even offline against argon2id hashes.
    static constexpr double minimumBits = 28;

    // Empty when PASSWORD is hard enough to guess; otherwise what makes it easy, in words a person
    // can act on, never quoting the password. PERSONAL: words tried first for this account (its
    // user name and name); "storekeeper" is always among them.
    static QString problem(const QString& password, const QStringList& personal = {});
    static double bits(const QString& password, const QStringList& personal = {});
};
