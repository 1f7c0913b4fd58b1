#include "authservice.h"

#include "db/sql.h"
#include "db/transaction.h"
#include "domain/password.h"
#include "userservice.h"

#include <QDateTime>
#include <QLocale>
#include <QSqlQuery>

namespace {

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
    // An unknown user name answers exactly like a wrong password, so guessing reveals no names.
    const auto wrong = [](qint64 waitMillis) {
        return refused(
            tr("Wrong user name or password. Check both (and Caps Lock) and try again in %n second(s).",
               nullptr, seconds(waitMillis)),
            waitMillis);
    };
    if (username.isEmpty() || password.isEmpty())
        return refused(tr("Enter your user name and password."));

    Transaction transaction(m_connection);
    if (!transaction.ok())
        return transaction.error();
    auto row =
        Sql::exec(m_connection,
                  QStringLiteral("SELECT id, display_name, password_hash, role, active, failed_logins, "
                                 "last_failed_at, locked_until FROM users WHERE username = ?") +
                      m_connection.sql().forUpdate(QStringLiteral("users")),
                  {username});
    if (!row)
        return row.error();
    QSqlQuery& query = row.value();
    if (!query.next()) {
        Password::verifyNothing(password);
        return wrong(waitAfterFailures(1));
    }
    const qint64 id = query.value(0).toLongLong();
    Session session;
    session.userId = id;
    session.username = username;
    session.displayName = query.value(1).toString();
    const QString storedHash = query.value(2).toString();
    const auto role = RoleNames::fromKey(query.value(3).toString());
    const bool active = query.value(4).toInt() != 0;
    const int failures = query.value(5).toInt();
    const qint64 lastFailedAt = query.value(6).toLongLong();
    const qint64 lockedUntil = query.value(7).toLongLong();
    query.finish();
    const qint64 now = m_now();

    if (!active)
        return refused(tr("The account \"%1\" is disabled. Ask an administrator.").arg(username));
    if (lockedUntil > now)
        return refused(
            tr("Too many wrong passwords: the account \"%1\" is locked until %2. Try again then, "
               "or ask an administrator.")
                .arg(username, QLocale().toString(QDateTime::fromMSecsSinceEpoch(lockedUntil).time(),
                                                  QLocale::ShortFormat)),
            lockedUntil - now);
    const qint64 waitUntil = lastFailedAt + waitAfterFailures(failures);
    if (failures > 0 && waitUntil > now)
        return refused(tr("Wait %n second(s) before trying again.", nullptr, seconds(waitUntil - now)),
                       waitUntil - now);

    if (!role || !Password::verify(storedHash, password)) {
        const int failuresNow = failures + 1;
        const bool lock = failuresNow >= failuresBeforeLock;
        auto recorded =
            Sql::exec(m_connection,
                      QStringLiteral("UPDATE users SET failed_logins = ?, last_failed_at = ?, "
                                     "locked_until = ? WHERE id = ?"),
                      {lock ? 0 : failuresNow, now,
                       lock ? QVariant(now + lockMillis) : QVariant(QMetaType(QMetaType::LongLong)), id});
        if (!recorded)
            return recorded.error();
        if (auto committed = transaction.commit(); !committed)
            return committed.error();
        if (lock)
            return refused(tr("Too many wrong passwords: the account \"%1\" is locked for %n minute(s).",
                              nullptr, int(lockMillis / 60000))
                               .arg(username),
                           lockMillis);
        return wrong(waitAfterFailures(failuresNow));
    }

    QVariantList values = {now, id};
    QString update = QStringLiteral("UPDATE users SET failed_logins = 0, last_failed_at = NULL, "
                                    "locked_until = NULL, last_login_at = ?");
    if (Password::needsRehash(storedHash)) {
        const QString upgraded = Password::hash(password);
        if (!upgraded.isEmpty()) {
            update += QStringLiteral(", password_hash = ?");
            values.insert(1, upgraded);
        }
    }
    auto recorded = Sql::exec(m_connection, update + QStringLiteral(" WHERE id = ?"), values);
    if (!recorded)
        return recorded.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    session.role = *role;
    return session;
}
