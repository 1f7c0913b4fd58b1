#pragma once

#include "db/connection.h"
#include "domain/error.h"
#include "domain/session.h"

#include <QCoreApplication>
#include <functional>

// Signing in. A wrong password costs a growing wait before the next try; five in a row lock the
// account for a while. Both are stored in the database, so restarting the program resets nothing,
// and kept per user name typed, so an unknown name answers exactly like a known one.
class AuthService
{
    Q_DECLARE_TR_FUNCTIONS(AuthService)
public:
    using Clock = std::function<qint64()>; // UTC milliseconds; by default the database server's

    static constexpr int failuresBeforeLock = 5;
    static constexpr qint64 lockMillis = 5 * 60 * 1000;
    // The wait after the Nth failure in a row: 1 s, 2 s, 4 s, 8 s.
    static qint64 waitAfterFailures(int failures);

    explicit AuthService(Connection connection, Clock clock = {});

    // On failure the error says why in words a person can act on; Error::Authentication.
    Result<Session> login(const QString& username, const QString& password) const;

private:
    // Counts this attempt, or refuses it while a wait or lock runs. Returns the failures so far,
    // this attempt included.
    Result<int> reserveAttempt(const QString& username, qint64 now) const;
    Error wrongPassword(int failures) const;
    Status recordSuccess(const Session& session, const QString& storedHash, const QString& password,
                         qint64 now) const;

    Connection m_connection;
    Clock m_now;
};
