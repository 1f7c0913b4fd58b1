#pragma once

#include "db/connection.h"
#include "domain/error.h"
#include "domain/session.h"
#include "domain/user.h"

#include <QCoreApplication>

class WriteScope;

struct NewUser
{
    QString username;
    QString displayName;
    QString password;
    Role role = Role::Cashier;
    bool mustChangePassword = false; // the password is one someone else chose
};

// Staff accounts. Field errors use the keys "username", "displayName" and "password".
class UserService
{
    Q_DECLARE_TR_FUNCTIONS(UserService)
public:
    explicit UserService(Connection connection) : m_connection(std::move(connection)) {}

    Result<qint64> userCount() const;
    // Creates an account; needs ManageUsers.
    Result<qint64> create(const Session& session, const NewUser& user) const;
    // The first administrator of an empty database; refused once any account exists, also when
    // two desks try at the same moment.
    Result<Session> createFirstAdministrator(const NewUser& user) const;

    // The rest needs ManageUsers (administrators), except changeOwnPassword.
    Result<QList<UserRecord>> list(const Session& session) const;
    Result<UserRecord> get(const Session& session, qint64 id) const;
    Result<UserRecord> findByUsername(const Session& session, const QString& username) const;
    // Name, role and whether the account may sign in. The last active administrator can be neither
    // demoted nor deactivated, also when two administrators try it at once.
    Result<UserRecord> update(const Session& session, qint64 id, int expectedVersion,
                              const UserChange& change) const;
    // Sets a password the user must change at their next sign-in, and lifts any lock.
    Result<UserRecord> resetPassword(const Session& session, qint64 id,
                                     const QString& temporaryPassword) const;
    // Lets a user locked out by wrong passwords sign in again at once.
    Result<UserRecord> unlock(const Session& session, qint64 id) const;
    // Anyone, for their own account: CURRENT must be right; the new one is checked for strength.
    Status changeOwnPassword(const Session& session, const QString& current, const QString& next) const;

    static constexpr int maxUsernameLength = 64;
    static QMap<QString, QString> problems(const NewUser& user);
    static QString normalizedUsername(const QString& username) { return username.trimmed().toLower(); }

private:
    static Result<QString> checkedHash(const NewUser& user);
    static Result<QString> hashOf(const QString& password);
    static Result<UserRecord> fetch(const Connection& connection, qint64 id, bool lock);
    // The active administrators, locked, when CHANGE could take one away; empty otherwise.
    Result<QList<qint64>> lockAdministrators(const UserChange& change) const;
    Status keepAnAdministrator(const UserRecord& before, const UserChange& change,
                               const QList<qint64>& administrators) const;
    // Writes HASH as the password of account ID in SCOPE's transaction, audited as ACTION, to be
    // changed at the next sign-in when MUSTCHANGE; any lock goes with it. Commits.
    Result<UserRecord> storePassword(WriteScope& scope, qint64 id, const QString& hash, bool mustChange,
                                     const QString& action) const;
    Result<qint64> insert(const Session& session, const NewUser& user, const QString& hash) const;
    Connection m_connection;
};
