#include "authservice.h"

#include "db/sql.h"
#include "db/transaction.h"
#include "domain/localformat.h"
#include "domain/password.h"
#include "userservice.h"

#include <QDateTime>
#include <QLocale>
#include <QSqlQuery>

namespace {

// Wrong passwords of a name with no lock running are forgotten this long after the last one. A
// guesser who waits it out each time gets at most four tries a month, and the table does not keep
// every name ever typed.
constexpr qint64 forgetAfterMillis = 30LL * 24 * 60 * 60 * 1000;

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
    int locks = 0; // locks in a row, the running one included
};

Result<Attempts> readAttempts(const Connection& connection, const QString& username, bool lock)
{
    auto row =
        Sql::exec(connection,
                  QStringLiteral("SELECT failed_logins, last_failed_at, locked_until, locks FROM "
                                 "login_attempts WHERE username = ?") +
                      (lock ? connection.sql().forUpdate(QStringLiteral("login_attempts")) : QString()),
                  {username});
    if (!row)
        return row.error();
    Attempts attempts;
    if (row.value().next()) {
        attempts.failures = row.value().value(0).toInt();
        attempts.lastFailedAt = row.value().value(1).toLongLong();
        attempts.lockedUntil = row.value().value(2).toLongLong();
        attempts.locks = row.value().value(3).toInt();
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

qint64 AuthService::lockAfterLocks(int locks)
{
    if (locks <= 0)
        return 0;
    return std::min(lockMillis << std::min(locks - 1, 16), longestLockMillis);
}

AuthService::AuthService(Connection connection, Clock clock)
    : m_connection(std::move(connection)), m_now(std::move(clock))
{
    if (!m_now) {
        // The server's clock, not this desk's: a desk whose clock runs ahead must not see a lock
        // set by another desk as already over.
        const Connection shared = m_connection;
        m_now = [shared] {
            auto now = Sql::scalar(shared, QStringLiteral("SELECT ") + shared.sql().currentMillis());
            return now.ok() ? now.value().toLongLong() : QDateTime::currentMSecsSinceEpoch();
        };
    }
}

Result<Session> AuthService::login(const QString& usernameInput, const QString& password) const
{
    const QString username = UserService::normalizedUsername(usernameInput);
    if (username.isEmpty() || password.isEmpty())
        return refused(tr("Enter your user name and password."));
    if (username.size() >
        UserService::maxUsernameLength) { // no account can have it: answer as for any unknown name
        Password::verifyNothing(password);
        return wrongPassword(1);
    }
    const qint64 now = m_now();

    // The attempt is counted before any password is looked at, as if it failed; only a right
    // password takes the count away. So waits and locks hold even when two desks try the same name
    // at the same moment, and an unknown name counts exactly like a real one.
    auto reserved = reserveAttempt(username, now);
    if (!reserved)
        return reserved.error();
    const Attempt attempt = reserved.value();

    auto row = Sql::exec(m_connection,
                         QStringLiteral("SELECT id, display_name, password_hash, role, active, "
                                        "must_change_password FROM users WHERE username = ?"),
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
        session.mustChangePassword = row.value().value(5).toInt() != 0;
    }
    row.value().finish();
    session.username = username;

    // The slow hash check runs outside any transaction: no other writer waits for it.
    bool verified = false;
    if (session.userId > 0)
        verified = Password::verify(storedHash, password) && role.has_value();
    else
        Password::verifyNothing(password);
    if (!verified) {
        if (attempt.lockFor >= 2 * 60 * 60 * 1000)
            return lockedUntil(username, now + attempt.lockFor, now);
        if (attempt.lockFor > 0)
            return refused(tr("Too many wrong passwords: the account \"%1\" is locked for %n minute(s). "
                              "An administrator can unlock it.",
                              nullptr, int(attempt.lockFor / 60000))
                               .arg(username),
                           attempt.lockFor);
        return wrongPassword(attempt.failures);
    }
    // Only someone who knows the password learns that the account is disabled.
    if (!active)
        return refused(tr("The account \"%1\" is disabled. Ask an administrator.").arg(username));
    if (auto recorded = recordSuccess(session, storedHash, password, now); !recorded)
        return recorded.error();
    session.role = *role;
    return session;
}

Error AuthService::lockedUntil(const QString& username, qint64 until, qint64 now) const
{
    const QDateTime end = QDateTime::fromMSecsSinceEpoch(until).toLocalTime();
    const bool today = end.date() == QDateTime::fromMSecsSinceEpoch(now).toLocalTime().date();
    return refused(tr("Too many wrong passwords: the account \"%1\" is locked until %2. Try again then, "
                      "or ask an administrator.")
                       .arg(username, today ? LocalFormat::time(end.time()) : LocalFormat::dateTime(end)),
                   until - now);
}

Error AuthService::wrongPassword(int failures) const
{
    const qint64 wait = waitAfterFailures(failures);
    return refused(
        tr("Wrong user name or password. Check both (and Caps Lock) and try again in %n second(s).", nullptr,
           seconds(wait)),
        wait);
}

Result<AuthService::Attempt> AuthService::reserveAttempt(const QString& username, qint64 now) const
{
    Transaction transaction(m_connection);
    if (!transaction.ok())
        return transaction.error();
    // The row must exist before it can be locked: two desks inserting it at once must not collide.
    auto ensured = Sql::exec(m_connection,
                             m_connection.sql().insertOrIgnore(
                                 QStringLiteral("INSERT INTO login_attempts (username, failed_logins, "
                                                "last_failed_at) VALUES (?, 0, 0)"),
                                 QStringLiteral("username")),
                             {username});
    if (!ensured)
        return ensured.error();
    auto attempts = readAttempts(m_connection, username, true);
    if (!attempts)
        return attempts.error();
    if (attempts->lockedUntil > now)
        return lockedUntil(username, attempts->lockedUntil, now);
    const qint64 waitUntil = attempts->lastFailedAt + waitAfterFailures(attempts->failures);
    if (attempts->failures > 0 && waitUntil > now)
        return refused(tr("Wait %n second(s) before trying again.", nullptr, seconds(waitUntil - now)),
                       waitUntil - now);
    // After a lock has run out, one wrong try locks again; before any, the fifth in a row does.
    Attempt attempt;
    attempt.failures = attempts->locks > 0 ? failuresBeforeLock : attempts->failures + 1;
    const bool locks = attempt.failures >= failuresBeforeLock;
    const int lockCount = locks ? attempts->locks + 1 : attempts->locks;
    attempt.lockFor = locks ? lockAfterLocks(lockCount) : 0;
    auto counted = Sql::exec(
        m_connection,
        QStringLiteral("UPDATE login_attempts SET failed_logins = ?, last_failed_at = ?, locked_until = ?, "
                       "locks = ? WHERE username = ?"),
        {locks ? 0 : attempt.failures, now,
         locks ? QVariant(now + attempt.lockFor) : QVariant(QMetaType(QMetaType::LongLong)), lockCount,
         username});
    if (!counted)
        return counted.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return attempt;
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
          std::pair{
              QStringLiteral("DELETE FROM login_attempts WHERE (locked_until IS NULL OR locked_until < ?) "
                             "AND last_failed_at < ?"),
              QVariantList{now, now - forgetAfterMillis}}}) {
        if (auto done = Sql::exec(m_connection, sql, bound); !done)
            return done.error();
    }
    return transaction.commit();
}
