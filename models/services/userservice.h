#pragma once

#include "db/connection.h"
#include "domain/error.h"
#include "domain/session.h"

#include <QCoreApplication>

struct NewUser
{
    QString username;
    QString displayName;
    QString password;
    Role role = Role::Cashier;
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
    // The first administrator of an empty database; refused once any account exists.
    Result<Session> createFirstAdministrator(const NewUser& user) const;

    static constexpr int maxUsernameLength = 64;
    static QMap<QString, QString> problems(const NewUser& user);
    static QString normalizedUsername(const QString& username) { return username.trimmed().toLower(); }

private:
    static Result<QString> checkedHash(const NewUser& user);
    Result<qint64> insert(const Session& session, const NewUser& user, const QString& hash) const;
    Connection m_connection;
};
