#pragma once

#include "db/connection.h"
#include "domain/error.h"
#include "domain/session.h"

#include <QCoreApplication>
#include <functional>

// Signing in. A wrong password costs a growing wait before the next try; five in a row lock the
// account for a while. After a lock runs out one more try is allowed, and if it is wrong too the
// account is locked again at once, for twice as long as the time before (up to a day): slow guessing
// gets about thirteen tries on the first day and one a day after that. Only the right password or an
// administrator's unlock ends it. All of it is stored in the database, so restarting the program
// resets nothing, and kept per user name typed, so an unknown name answers exactly like a known one.
class AuthService
{
    Q_DECLARE_TR_FUNCTIONS(AuthService)
public:
    using Clock = std::function<qint64()>; // UTC milliseconds; by default the database server's

    static constexpr int failuresBeforeLock = 5;
    static constexpr qint64 lockMillis = 5 * 60 * 1000;
    static constexpr qint64 longestLockMillis = 24LL * 60 * 60 * 1000;
    // How long the Nth lock in a row lasts: 5 min, 10 min, 20 min, … up to a day.
    static qint64 lockAfterLocks(int locks);
    // The wait after the Nth failure in a row: 1 s, 2 s, 4 s, 8 s.
    static qint64 waitAfterFailures(int failures);

    explicit AuthService(Connection connection, Clock clock = {});

    // On failure the error says why in words a person can act on; Error::Authentication.
    Result<Session> login(const QString& username, const QString& password) const;

private:
    struct Attempt
    {
        int failures = 0;   // in a row, this attempt included, counted as if it fails
        qint64 lockFor = 0; // how long the account is locked if it does fail; 0: it is not
    };
    // Counts this attempt, or refuses it while a wait or lock runs.
    Result<Attempt> reserveAttempt(const QString& username, qint64 now) const;
    Error wrongPassword(int failures) const;
    Error lockedUntil(const QString& username, qint64 until, qint64 now) const;
    Status recordSuccess(const Session& session, const QString& storedHash, const QString& password,
                         qint64 now) const;

    Connection m_connection;
    Clock m_now;
};
