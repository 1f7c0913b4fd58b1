#include "authservice.h"

#include "db/sql.h"
#include "db/transaction.h"
#include "domain/password.h"
#include "userservice.h"

#include <QDateTime>
#include <QLocale>
#include <QSqlQuery>

namespace {

const QString updateAttempts = QStringLiteral(
    "UPDATE login_attempts SET failed_logins = ?, last_failed_at = ?, locked_until = ? WHERE username = ?");

// Failed attempts older than this, with no lock running, are forgotten.
constexpr qint64 forgetAfterMillis = 24LL * 60 * 60 * 1000;

Error refused(const QString& message, qint64 retryAfterMs = 0)
{
    Error error = Error::make(Error::Kind::Authentication, message);
    error.retryAfterMs = retryAfterMs;
    return error;
}

int seconds(qint64 millis)
{
    return int((millis + 999) / 1000);
}

struct Attempts
{
    int failures = 0;
    qint64 lastFailedAt = 0;
    qint64 lockedUntil = 0;
};

Result<Attempts> readAttempts(const Connection& connection, const QString& username, bool lock)
{
    auto row =
        Sql::exec(connection,
                  QStringLiteral("SELECT failed_logins, last_failed_at, locked_until FROM login_attempts "
                                 "WHERE username = ?") +
                      (lock ? connection.sql().forUpdate(QStringLiteral("login_attempts")) : QString()),
                  {username});
    if (!row)
        return row.error();
    Attempts attempts;
    if (row.value().next()) {
        attempts.failures = row.value().value(0).toInt();
        attempts.lastFailedAt = row.value().value(1).toLongLong();
        attempts.lockedUntil = row.value().value(2).toLongLong();
    }
    return attempts;
}

} // namespace

qint64 AuthService::waitAfterFailures(int failures)
{
    if (failures <= 0)
        return 0;
    return 1000LL << std::min(failures - 1, 10);
}

AuthService::AuthService(Connection connection, Clock clock)
    : m_connection(std::move(connection)), m_now(std::move(clock))
{
    if (!m_now)
        m_now = [] { return QDateTime::currentMSecsSinceEpoch(); };
}

Result<Session> AuthService::login(const QString& usernameInput, const QString& password) const
{
    const QString username = UserService::normalizedUsername(usernameInput);
    if (username.isEmpty() || password.isEmpty())
        return refused(tr("Enter your user name and password."));
    const qint64 now = m_now();

    // Waits and locks first, before any password is looked at: a guess in that time costs nothing
    // and tells nothing. They are kept per name typed, so unknown names behave like real ones.
    auto attempts = readAttempts(m_connection, username, false);
    if (!attempts)
        return attempts.error();
    if (attempts->lockedUntil > now)
        return refused(tr("Too many wrong passwords: the account \"%1\" is locked until %2. Try again then, "
                          "or ask an administrator.")
                           .arg(username, QLocale().toString(
                                              QDateTime::fromMSecsSinceEpoch(attempts->lockedUntil).time(),
                                              QLocale::ShortFormat)),
                       attempts->lockedUntil - now);
    const qint64 waitUntil = attempts->lastFailedAt + waitAfterFailures(attempts->failures);
    if (attempts->failures > 0 && waitUntil > now)
        return refused(tr("Wait %n second(s) before trying again.", nullptr, seconds(waitUntil - now)),
                       waitUntil - now);

    auto row = Sql::exec(m_connection,
                         QStringLiteral("SELECT id, display_name, password_hash, role, active FROM users "
                                        "WHERE username = ?"),
                         {username});
    if (!row)
        return row.error();
    Session session;
    QString storedHash;
    std::optional<Role> role;
    bool active = false;
    if (row.value().next()) {
        session.userId = row.value().value(0).toLongLong();
        session.displayName = row.value().value(1).toString();
        storedHash = row.value().value(2).toString();
        role = RoleNames::fromKey(row.value().value(3).toString());
        active = row.value().value(4).toInt() != 0;
    }
    row.value().finish();
    session.username = username;

    // The slow hash check runs outside any transaction: no other writer waits for it.
    bool verified = false;
    if (session.userId > 0)
        verified = Password::verify(storedHash, password) && role.has_value();
    else
        Password::verifyNothing(password);
    if (!verified)
        return recordFailure(username, now);
    // Only someone who knows the password learns that the account is disabled.
    if (!active)
        return refused(tr("The account \"%1\" is disabled. Ask an administrator.").arg(username));
    session.role = *role;
    if (auto recorded = recordSuccess(session, storedHash, password, now); !recorded)
        return recorded.error();
    return session;
}

Error AuthService::recordFailure(const QString& username, qint64 now) const
{
    Transaction transaction(m_connection);
    if (!transaction.ok())
        return transaction.error();
    auto attempts = readAttempts(m_connection, username, true);
    if (!attempts)
        return attempts.error();
    const int failures = attempts->failures + 1;
    const bool lock = failures >= failuresBeforeLock;
    const QVariant lockedUntil = lock ? QVariant(now + lockMillis) : QVariant(QMetaType(QMetaType::LongLong));
    const QVariantList values = {lock ? 0 : failures, now, lockedUntil, username};
    auto updated = Sql::exec(m_connection, updateAttempts, values);
    if (!updated)
        return updated.error();
    if (updated.value().numRowsAffected() == 0) {
        auto inserted = Sql::exec(m_connection,
                                  QStringLiteral("INSERT INTO login_attempts (failed_logins, last_failed_at, "
                                                 "locked_until, username) VALUES (?, ?, ?, ?)"),
                                  values);
        if (!inserted && inserted.error().kind != Error::Kind::Duplicate)
            return inserted.error();
        // A try at the same moment from another desk inserted it first: count on its row.
        if (!inserted && !Sql::exec(m_connection, updateAttempts, values))
            return inserted.error();
    }
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    if (lock)
        return refused(tr("Too many wrong passwords: the account \"%1\" is locked for %n minute(s).", nullptr,
                          int(lockMillis / 60000))
                           .arg(username),
                       lockMillis);
    const qint64 wait = waitAfterFailures(failures);
    return refused(
        tr("Wrong user name or password. Check both (and Caps Lock) and try again in %n second(s).", nullptr,
           seconds(wait)),
        wait);
}

Status AuthService::recordSuccess(const Session& session, const QString& storedHash, const QString& password,
                                  qint64 now) const
{
    // A hash made with weaker settings than today's is replaced while the password is at hand.
    const QString upgraded = Password::needsRehash(storedHash) ? Password::hash(password) : QString();
    Transaction transaction(m_connection);
    if (!transaction.ok())
        return transaction.error();
    QVariantList values = {now};
    QString update = QStringLiteral("UPDATE users SET last_login_at = ?");
    if (!upgraded.isEmpty()) {
        update += QStringLiteral(", password_hash = ?");
        values << upgraded;
    }
    values << session.userId;
    for (const auto& [sql, bound] :
         {std::pair{update + QStringLiteral(" WHERE id = ?"), values},
          std::pair{QStringLiteral("DELETE FROM login_attempts WHERE username = ?"),
                    QVariantList{session.username}},
          std::pair{QStringLiteral("DELETE FROM login_attempts WHERE last_failed_at < ? AND "
                                   "(locked_until IS NULL OR locked_until < ?)"),
                    QVariantList{now - forgetAfterMillis, now}}}) {
        if (auto done = Sql::exec(m_connection, sql, bound); !done)
            return done.error();
    }
    return transaction.commit();
}
