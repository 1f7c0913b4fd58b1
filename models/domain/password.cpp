#include "password.h"

#include "passwordstrength.h"

#include <sodium.h>

namespace {

QByteArray utf8(const QString& text)
{
    return text.toUtf8();
}

} // namespace

bool Password::initialize()
{
    return sodium_init() >= 0;
}

QString Password::hash(const QString& password)
{
    const QByteArray secret = utf8(password);
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(out, secret.constData(), quint64(secret.size()), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                          crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0)
        return {};
    return QString::fromLatin1(out);
}

bool Password::verify(const QString& storedHash, const QString& password)
{
    const QByteArray stored = storedHash.toLatin1();
    const QByteArray secret = utf8(password);
    return crypto_pwhash_str_verify(stored.constData(), secret.constData(), quint64(secret.size())) == 0;
}

bool Password::needsRehash(const QString& storedHash)
{
    const QByteArray stored = storedHash.toLatin1();
    return crypto_pwhash_str_needs_rehash(stored.constData(), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                                          crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0;
}

const QString& Password::decoyHash()
{
    // A hash of 64 random hex digits nobody kept, made with the parameters hash() uses, so that
    // verifying against it costs what a real account costs: fixed here rather than made at the
    // first unknown name, which would make that one answer twice as slow.
    static const QString decoy = QStringLiteral(
        "$argon2id$v=19$m=65536,t=2,p=1$pxsnGlorlUQmkePg6GmD2g$IPP+2pt7G9IgsYjgjBZjZqEhock9GLWTuZV/urjtpgc");
    return decoy;
}

void Password::verifyNothing(const QString& password)
{
    verify(decoyHash(), password);
}

QString Password::problem(const QString& password, const QStringList& personal)
{
    if (password.size() < minimumLength)
        return tr("Use at least %n characters.", nullptr, minimumLength);
    if (password.size() > 1024)
        return tr("Use at most 1024 characters.");
    if (password.trimmed() != password)
        return tr("Do not start or end the password with a space.");
    for (QChar c : password) {
        if (c.category() == QChar::Other_Control)
            return tr("The password contains a control character; type letters, digits and symbols only.");
    }
    if (password.count(password.at(0)) == password.size())
        return tr("Use more than one distinct character.");
    return PasswordStrength::problem(password, personal);
}
