#include "db/sql.h"
#include "desks.h"
#include "services/authservice.h"
#include "services/customerservice.h"
#include "services/integritycheck.h"
#include "services/userservice.h"
#include "testdatabase.h"

#include <QTest>

// Staff accounts managed by administrators, on the three engines: the last active administrator
// stays (demoted, deactivated, or both at once from two connections), a reset password must be
// changed at the next sign-in and appears nowhere, a locked account is unlocked, weak passwords
// are refused with the reason, roles are checked in the service, and two desks setting up an empty
// database get one first administrator.
class TestUserAccounts : public QObject
{
    Q_OBJECT
private slots:
    void lastAdministratorStays_data() { TestDatabase::addEngineRows(); }
    void lastAdministratorStays();
    void twoAdministratorsDemotingEachOtherAtOnce_data() { TestDatabase::addEngineRows(); }
    void twoAdministratorsDemotingEachOtherAtOnce();
    void resetPasswordMustBeChangedAtNextSignIn_data() { TestDatabase::addEngineRows(); }
    void resetPasswordMustBeChangedAtNextSignIn();
    void onlyAdministratorsManageAccounts_data() { TestDatabase::addEngineRows(); }
    void onlyAdministratorsManageAccounts();
    void aChangedRoleTakesEffectAtOnce_data() { TestDatabase::addEngineRows(); }
    void aChangedRoleTakesEffectAtOnce();
    void firstAdministratorOnceWhenTwoDesksTry_data() { TestDatabase::addEngineRows(); }
    void firstAdministratorOnceWhenTwoDesksTry();
};

namespace {

template<typename T> QByteArray why(const Result<T>& result)
{
    return result ? QByteArray() : result.error().message.toUtf8();
}

const QString rightPassword = QStringLiteral("correct-horse-1"); // what TestDatabase::createUser sets

UserChange changeOf(const UserRecord& user)
{
    return {user.displayName, user.role, user.active};
}

QStringList findings(const Connection& c)
{
    auto found = IntegrityCheck::run(c);
    return found ? found.value() : QStringList{QStringLiteral("error: ") + found.error().message};
}

} // namespace

void TestUserAccounts::lastAdministratorStays()
{
    QFETCH(QString, engine);
    TestDatabase db(engine);
    QVERIFY2(db.ok(), qPrintable(db.error()));
    const Session boss = db.createUser(Role::Admin, "boss");
    const Session clerk = db.createUser(Role::Clerk, "clerk");
    QVERIFY2(db.ok(), qPrintable(db.error()));
    const UserService users(db.connection());

    auto me = users.get(boss, boss.userId);
    QVERIFY2(me, why(me));
    UserChange demoted = changeOf(me.value());
    demoted.role = Role::Manager;
    auto refused = users.update(boss, me->id, me->version, demoted);
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, Error::Kind::Validation);
    QVERIFY2(refused.error().fields.value("role").contains("last active administrator"), why(refused));
    UserChange deactivated = changeOf(me.value());
    deactivated.active = false;
    refused = users.update(boss, me->id, me->version, deactivated);
    QVERIFY(!refused);
    QVERIFY2(refused.error().fields.contains("active"), why(refused));
    QCOMPARE(users.get(boss, boss.userId)->role, Role::Admin);

    // With a second administrator, the first may step down.
    auto other = users.get(boss, clerk.userId);
    UserChange promoted = changeOf(other.value());
    promoted.role = Role::Admin;
    auto second = users.update(boss, other->id, other->version, promoted);
    QVERIFY2(second, why(second));
    auto stepped = users.update(boss, me->id, me->version, demoted);
    QVERIFY2(stepped, why(stepped));
    QCOMPARE(stepped->role, Role::Manager);
    QCOMPARE(stepped->version, me->version + 1);
    // A stale version is a conflict carrying the account as it is now.
    auto stale =
        users.update(TestDatabase::sessionFor(Role::Admin, clerk.userId), me->id, me->version, demoted);
    QVERIFY(!stale);
    QCOMPARE(stale.error().kind, Error::Kind::Conflict);
    QCOMPARE(stale.error().current.value<UserRecord>().role, Role::Manager);
    QCOMPARE(findings(db.connection()), QStringList());
}

void TestUserAccounts::twoAdministratorsDemotingEachOtherAtOnce()
{
    QFETCH(QString, engine);
    TestDatabase db(engine);
    QVERIFY2(db.ok(), qPrintable(db.error()));
    const Session a = db.createUser(Role::Admin, "admin-a");
    const Session b = db.createUser(Role::Admin, "admin-b");
    QVERIFY2(db.ok(), qPrintable(db.error()));
    // Several rounds, so the two changes really overlap in some of them whatever the scheduling.
    for (int round = 0; round < 4; ++round) {
        const UserService users(db.connection());
        for (const Session& admin : {a, b}) {
            auto current = users.get(a, admin.userId);
            if (current->role != Role::Admin || !current->active) {
                UserChange restored = changeOf(current.value());
                restored.role = Role::Admin;
                restored.active = true;
                QVERIFY2(users.update(TestDatabase::sessionFor(Role::Admin, 0), current->id, current->version,
                                      restored),
                         "restoring");
            }
        }
        const auto outcomes = Desks::atOnce<UserRecord>(
            db.database(), 2, [&](int desk, const Connection& connection) -> Result<UserRecord> {
                const Session self = desk == 0 ? a : b;
                const UserService service(connection);
                auto other = service.get(self, (desk == 0 ? b : a).userId);
                if (!other)
                    return other;
                // One demotes the other; in odd rounds one deactivates instead.
                UserChange change = changeOf(other.value());
                if (round % 2 == 1 && desk == 1)
                    change.active = false;
                else
                    change.role = Role::Manager;
                return service.update(self, other->id, other->version, change);
            });
        const bool first = outcomes[0].ok(), second = outcomes[1].ok();
        QVERIFY2(first != second, first ? "both succeeded" : (why(outcomes[0]) + " / " + why(outcomes[1])));
        const Error& refused = (first ? outcomes[1] : outcomes[0]).error();
        // The loser finds the winner's change: as the last administrator left, or as one no longer.
        QVERIFY2(refused.kind == Error::Kind::Validation || refused.kind == Error::Kind::Conflict ||
                     refused.kind == Error::Kind::Permission,
                 qPrintable(refused.message));
        auto admins =
            Sql::scalar(db.connection(), "SELECT COUNT(*) FROM users WHERE role = 'admin' AND active = 1");
        QCOMPARE(admins.value().toLongLong(), qint64(1));
    }
    QCOMPARE(findings(db.connection()), QStringList());
}

void TestUserAccounts::resetPasswordMustBeChangedAtNextSignIn()
{
    QFETCH(QString, engine);
    TestDatabase db(engine);
    QVERIFY2(db.ok(), qPrintable(db.error()));
    const Session boss = db.createUser(Role::Admin, "boss");
    const Session clerk = db.createUser(Role::Clerk, "wangfang");
    QVERIFY2(db.ok(), qPrintable(db.error()));
    const UserService users(db.connection());

    // A weak temporary password is refused with the reason, and changes nothing.
    auto weak = users.resetPassword(boss, clerk.userId, "wangfang1");
    QVERIFY(!weak);
    QVERIFY2(weak.error().fields.value("password").contains("user name"), why(weak));
    QVERIFY(!users.get(boss, clerk.userId)->mustChangePassword);

    const QString temporary = QStringLiteral("kettle-lantern-73");
    auto reset = users.resetPassword(boss, clerk.userId, temporary);
    QVERIFY2(reset, why(reset));
    QVERIFY(reset->mustChangePassword);
    auto now = std::make_shared<qint64>(1'700'000'000'000);
    AuthService auth(db.connection(), [now] { return *now; });
    QVERIFY(!auth.login("wangfang", rightPassword));
    *now += AuthService::waitAfterFailures(1);
    auto signedIn = auth.login("wangfang", temporary);
    QVERIFY2(signedIn, why(signedIn));
    QVERIFY(signedIn->mustChangePassword);

    // The change: the current one must be right, the new one strong and different.
    const UserService own(db.connection());
    auto same = own.changeOwnPassword(signedIn.value(), temporary, temporary);
    QVERIFY(!same);
    QVERIFY(same.error().fields.contains("password"));
    auto weakNew = own.changeOwnPassword(signedIn.value(), temporary, "Password123!");
    QVERIFY(!weakNew);
    QVERIFY2(weakNew.error().fields.value("password").contains("common password"), why(weakNew));
    auto changed = own.changeOwnPassword(signedIn.value(), temporary, "blue-river-stone-9");
    QVERIFY2(changed, why(changed));
    auto again = auth.login("wangfang", "blue-river-stone-9");
    QVERIFY2(again, why(again));
    QVERIFY(!again->mustChangePassword);

    // A wrong current password counts like a wrong sign-in: the next try waits, even a right one.
    const Session self = again.value();
    auto wrong = own.changeOwnPassword(self, "not-the-password", "green-field-house-4");
    QVERIFY(!wrong);
    QVERIFY2(wrong.error().fields.value("current").contains("not your current password"), why(wrong));
    auto hurried = own.changeOwnPassword(self, "blue-river-stone-9", "green-field-house-4");
    QVERIFY(!hurried);
    QVERIFY2(hurried.error().fields.value("current").contains("Try again in"), why(hurried));

    // No password, nor its hash, is in the audit log.
    auto audit = Sql::exec(db.connection(), "SELECT action, COALESCE(old_value, ''), COALESCE(new_value, '') "
                                            "FROM audit_log WHERE entity = 'user'");
    QVERIFY(audit);
    QStringList actions;
    while (audit.value().next()) {
        actions << audit.value().value(0).toString();
        for (int column : {1, 2}) {
            const QString values = audit.value().value(column).toString();
            for (const QString& secret :
                 {temporary, QStringLiteral("blue-river-stone-9"), rightPassword, QStringLiteral("argon2")})
                QVERIFY2(!values.contains(secret), qPrintable(values));
        }
    }
    QVERIFY2(actions.contains("reset-password") && actions.contains("change-password"),
             qPrintable(actions.join(',')));
    QCOMPARE(findings(db.connection()), QStringList());
}

void TestUserAccounts::onlyAdministratorsManageAccounts()
{
    QFETCH(QString, engine);
    TestDatabase db(engine);
    QVERIFY2(db.ok(), qPrintable(db.error()));
    db.createUser(Role::Admin, "boss");
    const Session manager = db.createUser(Role::Manager, "manager");
    const Session clerk = db.createUser(Role::Clerk, "clerk");
    QVERIFY2(db.ok(), qPrintable(db.error()));
    const UserService users(db.connection());
    QCOMPARE(users.list(manager).error().kind, Error::Kind::Permission);
    // A manager calling the role change directly, on their own account or another's.
    for (qint64 id : {manager.userId, clerk.userId}) {
        auto promoted = users.update(manager, id, 1, {QStringLiteral("Promoted"), Role::Admin, true});
        QVERIFY(!promoted);
        QCOMPARE(promoted.error().kind, Error::Kind::Permission);
    }
    QCOMPARE(users.resetPassword(manager, clerk.userId, "kettle-lantern-73").error().kind,
             Error::Kind::Permission);
    QCOMPARE(users.unlock(manager, clerk.userId).error().kind, Error::Kind::Permission);
    auto roles = Sql::scalar(db.connection(), "SELECT COUNT(*) FROM users WHERE role = 'admin'");
    QCOMPARE(roles.value().toLongLong(), qint64(1));
    // But anyone changes their own password.
    QVERIFY(users.changeOwnPassword(clerk, rightPassword, "blue-river-stone-9"));
}

void TestUserAccounts::aChangedRoleTakesEffectAtOnce()
{
    QFETCH(QString, engine);
    TestDatabase db(engine);
    QVERIFY2(db.ok(), qPrintable(db.error()));
    const Session boss = db.createUser(Role::Admin, "boss");
    const Session deputy = db.createUser(Role::Admin, "deputy");
    const Session manager = db.createUser(Role::Manager, "manager");
    QVERIFY2(db.ok(), qPrintable(db.error()));
    const UserService users(db.connection());
    // The deputy, still signed in at a desk as an administrator, is made a manager by the boss...
    auto before = users.get(boss, deputy.userId);
    QVERIFY(users.update(boss, deputy.userId, before->version, {before->displayName, Role::Manager, true}));
    // ...and that desk's next change as an administrator is refused, though its session says Admin.
    auto target = users.get(boss, manager.userId);
    auto promoted =
        users.update(deputy, manager.userId, target->version, {target->displayName, Role::Admin, true});
    QVERIFY(!promoted);
    QCOMPARE(promoted.error().kind, Error::Kind::Permission);
    QVERIFY2(promoted.error().message.contains("changed to Manager"), why(promoted));
    QVERIFY(!users.create(deputy, {"sneaky", "Sneaky", "blue-river-stone-9", Role::Admin}));
    QCOMPARE(users.get(boss, manager.userId)->role, Role::Manager);

    // A deactivated account's open session changes nothing at all.
    target = users.get(boss, manager.userId);
    QVERIFY(users.update(boss, manager.userId, target->version, {target->displayName, Role::Manager, false}));
    auto customer =
        CustomerService(db.connection()).create(manager, {QString(), QStringLiteral("张伟"), {}, {}, {}, {}});
    QVERIFY(!customer);
    QVERIFY2(customer.error().message.contains("deactivated"), why(customer));
    QCOMPARE(Sql::scalar(db.connection(), "SELECT COUNT(*) FROM customers").value().toInt(), 0);
}

void TestUserAccounts::firstAdministratorOnceWhenTwoDesksTry()
{
    QFETCH(QString, engine);
    for (int round = 0; round < 3; ++round) {
        TestDatabase db(engine);
        QVERIFY2(db.ok(), qPrintable(db.error()));
        const auto outcomes =
            Desks::atOnce<Session>(db.database(), 2, [&](int desk, const Connection& connection) {
                return UserService(connection)
                    .createFirstAdministrator({QStringLiteral("owner-%1").arg(desk),
                                               QStringLiteral("Owner %1").arg(desk), rightPassword,
                                               Role::Admin});
            });
        const bool first = outcomes[0].ok(), second = outcomes[1].ok();
        QVERIFY2(first != second, first ? "both succeeded" : (why(outcomes[0]) + " / " + why(outcomes[1])));
        QCOMPARE((first ? outcomes[1] : outcomes[0]).error().kind, Error::Kind::Permission);
        auto count = Sql::scalar(db.connection(), "SELECT COUNT(*) FROM users");
        QCOMPARE(count.value().toLongLong(), qint64(1));
    }
}

QTEST_GUILESS_MAIN(TestUserAccounts)
#include "tst_useraccounts.moc"
