#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// Passwords are stored only as argon2id hashes (libsodium crypto_pwhash_str), which carry their
// own salt and cost parameters.
class Password
{
    Q_DECLARE_TR_FUNCTIONS(Password)
public:
    static bool initialize();                     // libsodium; call once before anything else here
    static QString hash(const QString& password); // empty on failure (out of memory)
    static bool verify(const QString& storedHash, const QString& password);
    static bool needsRehash(const QString& storedHash);
    // Spends the time a verification takes, so an unknown user name answers as slowly as a known one.
    static void verifyNothing(const QString& password);
    static const QString& decoyHash(); // what verifyNothing() verifies against

    // Empty when acceptable; otherwise what is wrong with it, to show next to the field. PERSONAL:
    // the account's user name and name, which a password must not be built on (PasswordStrength).
    static QString problem(const QString& password, const QStringList& personal = {});
    static constexpr int minimumLength = 8;
};
