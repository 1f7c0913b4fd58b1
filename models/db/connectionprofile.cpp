#include "connectionprofile.h"

#include <QDir>
#include <QFileInfo>
#include <QUrl>
#include <QUrlQuery>

namespace {

const QStringList sslModes = {QStringLiteral("disable"),   QStringLiteral("allow"),
                              QStringLiteral("prefer"),    QStringLiteral("require"),
                              QStringLiteral("verify-ca"), QStringLiteral("verify-full")};

// Control characters, or UTF-16 that is not valid text (a lone surrogate half).
bool hasControlCharacters(const QString& text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.category() == QChar::Other_Control)
            return true;
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
            ++i;
        else if (c.isSurrogate())
            return true;
    }
    return false;
}

// The text between "scheme://" and the path, as typed: QUrl drops an empty port ("host:/db").
QString typedAuthority(const QString& url)
{
    const qsizetype start = url.indexOf(QLatin1String("://"));
    if (start < 0)
        return {};
    const qsizetype end = url.indexOf(QLatin1Char('/'), start + 3);
    return url.mid(start + 3, end < 0 ? -1 : end - start - 3);
}

// The address as it may be repeated in a message: no password (even in an address too broken for
// QUrl to read), no control characters, not huge.
QString displayable(const QString& input)
{
    QString text = input.left(200);
    for (QChar& c : text) {
        if (c.category() == QChar::Other_Control)
            c = QChar(0xFFFD);
    }
    const QString authority = typedAuthority(text);
    const qsizetype at = authority.lastIndexOf(QLatin1Char('@'));
    const qsizetype colon = authority.indexOf(QLatin1Char(':'));
    if (at > 0 && colon >= 0 && colon < at) {
        const qsizetype start = text.indexOf(QLatin1String("://")) + 3;
        text.replace(start + colon + 1, at - colon - 1, QStringLiteral("***"));
    }
    return text;
}

// The port as typed after the host, if one is: QUrl calls an address with port 99999 malformed
// without saying why.
bool typedPortOutOfRange(const QString& url)
{
    const QString authority = typedAuthority(url);
    const QString hostPort = authority.mid(authority.lastIndexOf(QLatin1Char('@')) + 1);
    const qsizetype colon = hostPort.lastIndexOf(QLatin1Char(':'));
    if (colon < 0 || hostPort.endsWith(QLatin1Char(']')))
        return false;
    bool number = false;
    const qlonglong port = hostPort.mid(colon + 1).toLongLong(&number);
    return !number || port < 1 || port > 65535;
}

} // namespace

ConnectionProfile ConnectionProfile::sqliteFile(const QString& path)
{
    ConnectionProfile profile;
    profile.engine = Engine::SQLite;
    profile.path = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    return profile;
}

Result<ConnectionProfile> ConnectionProfile::parse(const QString& input)
{
    const QString url = input.trimmed();
    const auto malformed = [&](const QString& why) {
        return Error::make(Error::Kind::Validation,
                           tr("The database address \"%1\" is not valid: %2 Use sqlite:PATH, "
                              "postgresql://user@host:port/database or mysql://user@host:port/database.")
                               .arg(displayable(input), why));
    };
    if (url.isEmpty())
        return malformed(tr("it is empty."));
    if (hasControlCharacters(url))
        return malformed(tr("it contains control characters."));

    if (url.startsWith(QLatin1String("sqlite:"), Qt::CaseInsensitive)) {
        // The path is taken as typed, never percent-decoded: "#", "?" and "%" are file name
        // characters, and reading them as URL parts would open another file than the one named.
        QString path = url.mid(int(qstrlen("sqlite:"))).trimmed();
        if (path.startsWith(QLatin1String("//"))) { // sqlite:///abs/path
            path = path.mid(2);
            if (!path.startsWith(QLatin1Char('/')))
                return malformed(
                    tr("a SQLite file is on this computer; write sqlite:///path, not a host name."));
        }
        if (path.isEmpty())
            return malformed(tr("the SQLite file path is missing."));
        if (path.startsWith(QLatin1String("~/")))
            path = QDir::homePath() + path.mid(1);
        const ConnectionProfile file = sqliteFile(path);
        // "shop.db " or "shop /" would name a file nobody can find again by typing its name.
        if (file.path != file.path.trimmed())
            return malformed(tr("the file name ends with a space."));
        return file;
    }

    if (!url.contains(QLatin1String("://")))
        return malformed(tr("it does not say which kind of database it is."));
    if (typedPortOutOfRange(url))
        return malformed(tr("the port is not a number between 1 and 65535."));
    const QUrl parsed(url, QUrl::StrictMode);
    if (!parsed.isValid())
        return malformed(tr("it is not a well-formed address."));
    if (parsed.hasFragment())
        return malformed(tr("it has a \"#\" part, which Storekeeper does not use."));
    ConnectionProfile profile;
    const QString scheme = parsed.scheme().toLower();
    if (scheme == QLatin1String("postgresql") || scheme == QLatin1String("postgres"))
        profile.engine = Engine::PostgreSQL;
    else if (scheme == QLatin1String("mysql") || scheme == QLatin1String("mariadb"))
        profile.engine = Engine::MySQL;
    else
        return malformed(tr("the kind \"%1\" is not one Storekeeper knows.").arg(scheme.left(40)));

    if (!parsed.password().isEmpty())
        return malformed(tr("it contains a password. Leave the password out; Storekeeper asks for it "
                            "and never stores it."));
    profile.host = parsed.host();
    if (profile.host.isEmpty())
        return malformed(tr("the server host name is missing."));
    profile.user = parsed.userName();
    if (profile.user.isEmpty())
        return malformed(tr("the user name is missing (user@host)."));
    profile.port = parsed.port(0);
    if (parsed.port(-1) == 0 || typedAuthority(url).endsWith(QLatin1Char(':')))
        return malformed(tr("the port is not a number between 1 and 65535."));
    profile.database = parsed.path().mid(1);
    if (profile.database.isEmpty() || profile.database.contains(QLatin1Char('/')))
        return malformed(tr("the database name is missing or contains \"/\"."));

    // Percent-encoding may hide what the check of the typed address could not see.
    if (hasControlCharacters(profile.user) || hasControlCharacters(profile.host) ||
        hasControlCharacters(profile.database))
        return malformed(tr("it contains control characters."));

    const QUrlQuery query(parsed);
    if (parsed.hasQuery() && query.isEmpty())
        return malformed(tr("it ends with \"?\" but names no option."));
    for (const auto& item : query.queryItems(QUrl::FullyDecoded)) {
        if (profile.engine == Engine::PostgreSQL && item.first == QLatin1String("sslmode")) {
            if (!sslModes.contains(item.second))
                return malformed(tr("sslmode must be one of %1.").arg(sslModes.join(QStringLiteral(", "))));
            profile.sslMode = item.second;
        } else {
            return malformed(tr("the option \"%1\" is not supported.").arg(item.first.left(40)));
        }
    }
    return profile;
}

int ConnectionProfile::effectivePort() const
{
    if (port > 0)
        return port;
    return engine == Engine::PostgreSQL ? 5432 : engine == Engine::MySQL ? 3306 : 0;
}

QString ConnectionProfile::toUrl() const
{
    if (engine == Engine::SQLite)
        return QStringLiteral("sqlite:") + path;
    QUrl url;
    url.setScheme(engine == Engine::PostgreSQL ? QStringLiteral("postgresql") : QStringLiteral("mysql"));
    url.setUserName(user);
    url.setHost(host);
    if (port > 0)
        url.setPort(port);
    url.setPath(QLatin1Char('/') + database);
    if (!sslMode.isEmpty())
        url.setQuery(QStringLiteral("sslmode=") + sslMode);
    return url.toString(QUrl::FullyEncoded);
}

QString ConnectionProfile::engineName(Engine engine)
{
    switch (engine) {
    case Engine::SQLite:
        return QStringLiteral("SQLite");
    case Engine::PostgreSQL:
        return QStringLiteral("PostgreSQL");
    case Engine::MySQL:
        return QStringLiteral("MariaDB/MySQL");
    }
    return {};
}

QString ConnectionProfile::engineName() const
{
    return engineName(engine);
}

QString ConnectionProfile::location() const
{
    if (engine == Engine::SQLite)
        return QDir::toNativeSeparators(path);
    return QStringLiteral("%1@%2:%3/%4").arg(user, host).arg(effectivePort()).arg(database);
}
