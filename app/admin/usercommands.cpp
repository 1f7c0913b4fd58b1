// storekeeper-admin users: the way back for an administrator locked out of every desk, and a look at
// the accounts without a window. Run as the maintenance tool (whoever may open the database itself),
// and audited as it.
#include "admintool.h"
#include "domain/localformat.h"
#include "domain/session.h"
#include "services/userservice.h"
#include "terminal.h"

#include <QDateTime>

namespace {

QString when(qint64 utcMillis)
{
    return utcMillis > 0 ? LocalFormat::fromMillis(utcMillis) : QString();
}

QString padded(const QString& text, int width)
{
    // Chinese characters take two columns in a terminal.
    int columns = 0;
    for (QChar c : text)
        columns += c.unicode() >= 0x1100 ? 2 : 1;
    return text + QString(std::max(0, width - columns), QLatin1Char(' '));
}

} // namespace

QString AdminTool::usersUsage(const QStringList& arguments) const
{
    const QString action = arguments.value(0);
    if (action == QLatin1String("list"))
        return arguments.size() == 1 ? QString() : tr("users list takes no more arguments.");
    if (action == QLatin1String("reset-password") || action == QLatin1String("unlock"))
        return arguments.size() == 2 && !arguments.at(1).trimmed().isEmpty()
                   ? QString()
                   : tr("users %1 needs one user name.").arg(action);
    return action.isEmpty()
               ? tr("users needs list, reset-password USER or unlock USER.")
               : tr("Unknown users command \"%1\"; use list, reset-password or unlock.").arg(action.left(40));
}

int AdminTool::users(const QStringList& arguments)
{
    const QString action = arguments.at(0);
    QString password;
    if (action == QLatin1String("reset-password")) {
        // Asked for before the database is opened, so a missing password changes nothing.
        if (qEnvironmentVariableIsSet("STOREKEEPER_NEW_PASSWORD")) {
            password = qEnvironmentVariable("STOREKEEPER_NEW_PASSWORD");
        } else {
            bool ok = false, again = false;
            password = Terminal::askSecret(tr("New password for %1: ").arg(arguments.at(1)), &ok);
            const QString repeated =
                ok ? Terminal::askSecret(tr("Repeat the password: "), &again) : QString();
            if (!ok || !again)
                return fail(
                    Error::make(Error::Kind::Validation,
                                tr("No password given. Set STOREKEEPER_NEW_PASSWORD or run in a terminal.")));
            if (repeated != password)
                return fail(Error::make(Error::Kind::Validation,
                                        tr("The two passwords differ; nothing was changed.")));
        }
    }
    auto connection =
        open(action == QLatin1String("list") ? Database::Access::ReadOnly : Database::Access::ReadWrite,
             Need::Existing);
    if (!connection)
        return fail(connection.error());
    const UserService service(connection.value());
    const Session maintenance = Session::maintenance();

    if (action == QLatin1String("list")) {
        auto users = service.list(maintenance);
        if (!users)
            return fail(users.error());
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        m_out << padded(tr("User name"), 20) << padded(tr("Name"), 24) << padded(tr("Role"), 18)
              << padded(tr("State"), 30) << tr("Last sign-in") << Qt::endl;
        for (const UserRecord& user : users.value()) {
            QStringList state;
            state << (user.active ? tr("active") : tr("deactivated"));
            if (user.lockedUntil > now)
                state << tr("locked until %1").arg(when(user.lockedUntil));
            if (user.mustChangePassword)
                state << tr("must change password");
            m_out << padded(user.username, 20) << padded(user.displayName, 24)
                  << padded(RoleNames::displayName(user.role), 18)
                  << padded(state.join(QStringLiteral(", ")), 30)
                  << (user.lastLoginAt > 0 ? when(user.lastLoginAt) : tr("never")) << Qt::endl;
        }
        m_out << tr("%n account(s).", nullptr, int(users->size())) << Qt::endl;
        return 0;
    }

    auto user = service.findByUsername(maintenance, arguments.at(1));
    if (!user)
        return fail(user.error());
    if (action == QLatin1String("reset-password")) {
        auto reset = service.resetPassword(maintenance, user->id, password);
        if (!reset)
            return fail(reset.error());
        m_out << tr("The password of \"%1\" was reset. They must choose a new one when they next sign in.")
                     .arg(reset->username)
              << Qt::endl;
        return 0;
    }
    const bool wasLocked = user->lockedUntil > QDateTime::currentMSecsSinceEpoch();
    auto unlocked = service.unlock(maintenance, user->id);
    if (!unlocked)
        return fail(unlocked.error());
    m_out << (wasLocked ? tr("\"%1\" can sign in again now.")
                        : tr("\"%1\" was not locked; they can sign in."))
                 .arg(unlocked->username)
          << Qt::endl;
    return 0;
}
