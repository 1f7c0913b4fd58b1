#include "db/sql.h"
#include "services/authservice.h"
#include "services/userservice.h"
#include "testdatabase.h"

#include <QTest>
#include <memory>
#include <thread>
#include <vector>

Q_DECLARE_METATYPE(Role)

// Signing in against real engines, with a clock the test moves: waits and locks are stored in the
// database, so they hold across restarts and across engines alike. Each wrong or right password
// costs an argon2 verification (~0.1 s), so the sequences below are as short as the rules allow.
class TestAuthService : public QObject
{
    Q_OBJECT
private slots:
    void firstAdministratorOnlyOnce_data() { TestDatabase::addEngineRows(); }
    void firstAdministratorOnlyOnce();
    void noFirstAdministratorOnceStaffExist_data() { TestDatabase::addEngineRows(); }
    void noFirstAdministratorOnceStaffExist();
    void rightPasswordGivesTheRole_data();
    void rightPasswordGivesTheRole();
    void wrongPasswordMakesTheNextTryWait_data() { TestDatabase::addEngineRows(); }
    void wrongPasswordMakesTheNextTryWait();
    void fiveWrongPasswordsLockTheAccount_data() { TestDatabase::addEngineRows(); }
    void fiveWrongPasswordsLockTheAccount();
    void unknownUserLooksLikeWrongPassword_data() { TestDatabase::addEngineRows(); }
    void unknownUserLooksLikeWrongPassword();
    void disabledAccountIsRevealedOnlyWithThePassword_data() { TestDatabase::addEngineRows(); }
    void disabledAccountIsRevealedOnlyWithThePassword();
    void desksTryingAtOnceCountEveryTry_data() { TestDatabase::addEngineRows(); }
    void desksTryingAtOnceCountEveryTry();
    void overlongNameLooksLikeAnyUnknownName_data() { TestDatabase::addEngineRows(); }
    void overlongNameLooksLikeAnyUnknownName();
    void userNamesIgnoreCase_data() { TestDatabase::addEngineRows(); }
    void userNamesIgnoreCase();
    void slowGuessingGetsAFewTriesADay_data() { TestDatabase::addEngineRows(); }
    void slowGuessingGetsAFewTriesADay();
};

namespace {

// QVERIFY2 builds its message even when the check passes: ask only a failed result for its error.
template<typename T> QByteArray why(const Result<T>& result)
{
    return result.ok() ? QByteArray() : result.error().message.toUtf8();
}

const QString rightPassword = QStringLiteral("correct-horse-1"); // what TestDatabase::createUser sets
const QString wrongPassword = QStringLiteral("correct-horse-2");
constexpr qint64 start = 1'700'000'000'000; // a fixed UTC instant, so nothing depends on the real time

// A clock the test owns; every AuthService made from it sees the same time.
struct FakeClock
{
    std::shared_ptr<qint64> now = std::make_shared<qint64>(start);
    AuthService::Clock clock() const
    {
        auto shared = now;
        return [shared] { return *shared; };
    }
    void advance(qint64 millis) { *now += millis; }
};

qint64 userCount(const Connection& c)
{
    auto count = Sql::scalar(c, "SELECT COUNT(*) FROM users");
    return count ? count.value().toLongLong() : -1;
}

struct UserState
{
    int failedLogins = -1;
    QVariant lastFailedAt;
    QVariant lockedUntil;
    QVariant lastLoginAt;
};

UserState state(const Connection& c, const QString& username)
{
    UserState s;
    auto attempts = Sql::exec(c,
                              "SELECT failed_logins, last_failed_at, locked_until FROM login_attempts "
                              "WHERE username = ?",
                              {username});
    s.failedLogins = 0; // no row: no failure on record
    if (attempts && attempts.value().next()) {
        s.failedLogins = attempts.value().value(0).toInt();
        s.lastFailedAt = attempts.value().value(1);
        s.lockedUntil = attempts.value().value(2);
    }
    auto user = Sql::exec(c, "SELECT last_login_at FROM users WHERE username = ?", {username});
    if (user && user.value().next())
        s.lastLoginAt = user.value().value(0);
    return s;
}

} // namespace

void TestAuthService::firstAdministratorOnlyOnce()
{
    QFETCH(QString, engine);
    TestDatabase db(engine);
    QVERIFY2(db.ok(), qPrintable(db.error()));
    const UserService users(db.connection());
    QCOMPARE(userCount(db.connection()), qint64(0));

    // Whatever role the form sent, the first account is the administrator.
    const auto first =
        users.createFirstAdministrator({"  Owner ", "The Owner", rightPassword, Role::Cashier});
    QVERIFY2(first.ok(), why(first));
    QCOMPARE(first->role, Role::Admin);
    QCOMPARE(first->username, QStringLiteral("owner"));
    QVERIFY(first->userId > 0);
    QCOMPARE(userCount(db.connection()), qint64(1));

    const auto second = users.createFirstAdministrator({"intruder", "Intruder", rightPassword, Role::Admin});
    QVERIFY(!second.ok());
    QCOMPARE(second.error().kind, Error::Kind::Permission);
    QCOMPARE(userCount(db.connection()), qint64(1));

    const auto login = AuthService(db.connection(), FakeClock().clock()).login("owner", rightPassword);
    QVERIFY2(login.ok(), why(login));
    QCOMPARE(login->role, Role::Admin);
    QCOMPARE(login->userId, first->userId);
}

void TestAuthService::noFirstAdministratorOnceStaffExist()
{
    QFETCH(QString, engine);
    TestDatabase db(engine);
    QVERIFY2(db.ok(), qPrintable(db.error()));
    db.createUser(Role::Cashier, "cashier");
    QVERIFY2(db.ok(), qPrintable(db.error()));

    const auto first =
        UserService(db.connection()).createFirstAdministrator({"boss", "Boss", rightPassword, Role::Admin});
    QVERIFY(!first.ok());
    QCOMPARE(first.error().kind, Error::Kind::Permission);
    QCOMPARE(userCount(db.connection()), qint64(1));
    QVERIFY(!AuthService(db.connection(), FakeClock().clock()).login("boss", rightPassword).ok());
}

void TestAuthService::rightPasswordGivesTheRole_data()
{
    QTest::addColumn<QString>("engine");
    QTest::addColumn<Role>("role");
    for (const QString& engine : TestDatabase::engines()) {
        QTest::addRow("%s/manager", qPrintable(engine)) << engine << Role::Manager;
        QTest::addRow("%s/cashier", qPrintable(engine)) << engine << Role::Cashier;
    }
}

void TestAuthService::rightPasswordGivesTheRole()
{
    QFETCH(QString, engine);
    QFETCH(Role, role);
    TestDatabase db(engine);
    QVERIFY2(db.ok(), qPrintable(db.error()));
    const Session created = db.createUser(role, "staff");
    QVERIFY2(db.ok(), qPrintable(db.error()));
    FakeClock clock;

    const auto session = AuthService(db.connection(), clock.clock()).login("staff", rightPassword);
    QVERIFY2(session.ok(), why(session));
    QCOMPARE(session->role, role);
    QCOMPARE(session->userId, created.userId);
    QCOMPARE(session->username, QStringLiteral("staff"));
    const UserState after = state(db.connection(), "staff");
    QCOMPARE(after.failedLogins, 0);
    QCOMPARE(after.lastLoginAt.toLongLong(), start);
}

void TestAuthService::wrongPasswordMakesTheNextTryWait()
{
    QFETCH(QString, engine);
    TestDatabase db(engine);
    QVERIFY2(db.ok(), qPrintable(db.error()));
    db.createUser(Role::Clerk, "clerk");
    QVERIFY2(db.ok(), qPrintable(db.error()));
    FakeClock clock;
    const AuthService auth(db.connection(), clock.clock());

    const auto wrong = auth.login("clerk", wrongPassword);
    QVERIFY(!wrong.ok());
    QCOMPARE(wrong.error().kind, Error::Kind::Authentication);
    const qint64 wait = wrong.error().retryAfterMs;
    QVERIFY(wait > 0);
    UserState s = state(db.connection(), "clerk");
    QCOMPARE(s.failedLogins, 1);
    QCOMPARE(s.lastFailedAt.toLongLong(), start);

    // Before the wait is over the answer is "wait", whatever the password: nothing is verified,
    // and a wrong guess in that time does not count as another failure.
    clock.advance(wait / 2);
    for (const QString& password : {rightPassword, wrongPassword}) {
        const auto early = auth.login("clerk", password);
        QVERIFY(!early.ok());
        QCOMPARE(early.error().kind, Error::Kind::Authentication);
        QCOMPARE(early.error().retryAfterMs, wait - wait / 2);
    }
    s = state(db.connection(), "clerk");
    QCOMPARE(s.failedLogins, 1);
    QCOMPARE(s.lastFailedAt.toLongLong(), start);

    clock.advance(wait - wait / 2);
    const auto right = auth.login("clerk", rightPassword);
    QVERIFY2(right.ok(), why(right));
    QCOMPARE(right->role, Role::Clerk);
    s = state(db.connection(), "clerk");
    QCOMPARE(s.failedLogins, 0);
    QCOMPARE(s.lastLoginAt.toLongLong(), start + wait);
}

void TestAuthService::fiveWrongPasswordsLockTheAccount()
{
    QFETCH(QString, engine);
    TestDatabase db(engine);
    QVERIFY2(db.ok(), qPrintable(db.error()));
    db.createUser(Role::Manager, "manager");
    QVERIFY2(db.ok(), qPrintable(db.error()));
    FakeClock clock;
    const AuthService auth(db.connection(), clock.clock());

    // Each wrong try waits out the previous one's delay, so every one of them is really checked.
    qint64 wait = 0;
    Error last;
    for (int i = 0; i < AuthService::failuresBeforeLock; ++i) {
        clock.advance(wait);
        const auto wrong = auth.login("manager", wrongPassword);
        QVERIFY(!wrong.ok());
        last = wrong.error();
        QCOMPARE(last.kind, Error::Kind::Authentication);
        wait = last.retryAfterMs;
        QVERIFY2(wait > 0, qPrintable(last.message));
    }
    const qint64 lockedAt = *clock.now;
    QCOMPARE(last.retryAfterMs, AuthService::lockMillis);
    QVERIFY(!state(db.connection(), "manager").lockedUntil.isNull());

    // Long after any per-try wait, but still inside the lock: the right password does not open it.
    clock.advance(AuthService::lockMillis / 2);
    const auto locked = auth.login("manager", rightPassword);
    QVERIFY(!locked.ok());
    QCOMPARE(locked.error().kind, Error::Kind::Authentication);
    QCOMPARE(locked.error().retryAfterMs, AuthService::lockMillis - AuthService::lockMillis / 2);

    // A restart: a new connection and a new service know nothing but what the database holds.
    const QString name = QStringLiteral("restarted-") + engine;
    {
        auto restarted = db.database().connect(name);
        QVERIFY2(restarted.ok(), why(restarted));
        const auto again = AuthService(restarted.value(), clock.clock()).login("manager", rightPassword);
        QVERIFY(!again.ok());
        QCOMPARE(again.error().kind, Error::Kind::Authentication);
        QVERIFY(again.error().retryAfterMs > 0);
    }
    Database::disconnect(name);

    *clock.now = lockedAt + AuthService::lockMillis - 1;
    QVERIFY(!auth.login("manager", rightPassword).ok());

    *clock.now = lockedAt + AuthService::lockMillis;
    const auto unlocked = auth.login("manager", rightPassword);
    QVERIFY2(unlocked.ok(), why(unlocked));
    QCOMPARE(unlocked->role, Role::Manager);
    const UserState after = state(db.connection(), "manager");
    QCOMPARE(after.failedLogins, 0);
    QVERIFY(after.lockedUntil.isNull());

    // The count starts over: one new mistake waits the first delay, it does not lock again.
    clock.advance(1);
    const auto fresh = auth.login("manager", wrongPassword);
    QVERIFY(!fresh.ok());
    QCOMPARE(fresh.error().retryAfterMs, AuthService::waitAfterFailures(1));
    QCOMPARE(state(db.connection(), "manager").failedLogins, 1);
}

void TestAuthService::unknownUserLooksLikeWrongPassword()
{
    QFETCH(QString, engine);
    TestDatabase db(engine);
    QVERIFY2(db.ok(), qPrintable(db.error()));
    db.createUser(Role::Cashier, "cashier");
    QVERIFY2(db.ok(), qPrintable(db.error()));
    FakeClock clock;
    const AuthService auth(db.connection(), clock.clock());

    // Try by try, through the waits and into the lock: anything that differs tells a guesser
    // which user names exist.
    qint64 wait = 0;
    for (int attempt = 1; attempt <= AuthService::failuresBeforeLock + 1; ++attempt) {
        if (attempt == AuthService::failuresBeforeLock + 1)
            QCOMPARE(wait, AuthService::lockMillis); // both locked by the fifth
        clock.advance(wait);
        const auto unknown = auth.login("nobody", wrongPassword);
        const auto wrong = auth.login("cashier", wrongPassword);
        QVERIFY(!unknown.ok());
        QVERIFY(!wrong.ok());
        QCOMPARE(unknown.error().kind, Error::Kind::Authentication);
        QCOMPARE(unknown.error().message, QString(wrong.error().message).replace("cashier", "nobody"));
        QCOMPARE(unknown.error().retryAfterMs, wrong.error().retryAfterMs);
        wait = wrong.error().retryAfterMs;
        QVERIFY(wait > 0);
    }
    // The sixth try came after the lock ran out: it locked again at once, for twice as long, for
    // both alike.
    QCOMPARE(wait, AuthService::lockAfterLocks(2));
    QCOMPARE(userCount(db.connection()), qint64(1));
}

void TestAuthService::disabledAccountIsRevealedOnlyWithThePassword()
{
    QFETCH(QString, engine);
    TestDatabase db(engine);
    QVERIFY2(db.ok(), qPrintable(db.error()));
    db.createUser(Role::Cashier, "leaver");
    QVERIFY2(db.ok(), qPrintable(db.error()));
    QVERIFY(Sql::exec(db.connection(), "UPDATE users SET active = 0 WHERE username = 'leaver'").ok());
    FakeClock clock;
    const AuthService auth(db.connection(), clock.clock());

    const auto guess = auth.login("leaver", wrongPassword);
    QVERIFY(!guess.ok());
    QVERIFY2(guess.error().message.contains("Wrong user name or password"),
             qPrintable(guess.error().message));
    clock.advance(guess.error().retryAfterMs);
    const auto owner = auth.login("leaver", rightPassword);
    QVERIFY(!owner.ok());
    QVERIFY2(owner.error().message.contains("disabled"), qPrintable(owner.error().message));
}

void TestAuthService::desksTryingAtOnceCountEveryTry()
{
    QFETCH(QString, engine);
    TestDatabase db(engine);
    QVERIFY2(db.ok(), qPrintable(db.error()));
    db.createUser(Role::Manager, "manager");
    QVERIFY2(db.ok(), qPrintable(db.error()));
    FakeClock clock; // the same instant at every desk

    // Four desks guess at the same moment, each with a connection of its own. Only one guess may
    // be checked; the others must wait out its delay, whatever the order they reach the database in.
    constexpr int desks = 4;
    std::vector<Error> answers(desks);
    std::vector<std::thread> threads;
    for (int desk = 0; desk < desks; ++desk) {
        threads.emplace_back([&, desk] {
            const QString name = QStringLiteral("desk-%1-%2").arg(engine).arg(desk);
            {
                auto connection = db.database().connect(name);
                if (!connection) {
                    answers[desk] = connection.error();
                    return;
                }
                const auto answer =
                    AuthService(connection.value(), clock.clock()).login("manager", wrongPassword);
                answers[desk] =
                    answer.ok() ? Error::make(Error::Kind::Database, "signed in") : answer.error();
            }
            Database::disconnect(name);
        });
    }
    for (auto& thread : threads)
        thread.join();
    int checked = 0;
    for (const Error& answer : answers) {
        QCOMPARE(answer.kind, Error::Kind::Authentication);
        if (answer.message.contains("Wrong user name or password"))
            ++checked;
        else
            QVERIFY2(answer.message.contains("Wait"), qPrintable(answer.message));
    }
    QCOMPARE(checked, 1);
    QCOMPARE(state(db.connection(), "manager").failedLogins, 1);
}

void TestAuthService::overlongNameLooksLikeAnyUnknownName()
{
    QFETCH(QString, engine);
    TestDatabase db(engine);
    QVERIFY2(db.ok(), qPrintable(db.error()));
    FakeClock clock;
    const AuthService auth(db.connection(), clock.clock());
    const auto overlong = auth.login(QString(300, QLatin1Char('x')), wrongPassword);
    const auto unknown = auth.login("nobody", wrongPassword);
    QVERIFY(!overlong.ok());
    QCOMPARE(overlong.error().kind, Error::Kind::Authentication);
    QCOMPARE(overlong.error().message, unknown.error().message);
    QCOMPARE(overlong.error().retryAfterMs, unknown.error().retryAfterMs);
}

void TestAuthService::userNamesIgnoreCase()
{
    QFETCH(QString, engine);
    TestDatabase db(engine);
    QVERIFY2(db.ok(), qPrintable(db.error()));
    const Session created = db.createUser(Role::Manager, "Li.Na");
    QVERIFY2(db.ok(), qPrintable(db.error()));
    const AuthService auth(db.connection(), FakeClock().clock());

    for (const char* typed : {"LI.NA", " li.Na "}) {
        const auto session = auth.login(typed, rightPassword);
        QVERIFY2(session.ok(), qPrintable(QString(typed) + ": " + QString::fromUtf8(why(session))));
        QCOMPARE(session->userId, created.userId);
        QCOMPARE(session->username, QStringLiteral("li.na"));
    }
    // One account, whatever the case it was typed in.
    const auto twin = UserService(db.connection())
                          .create(Session::maintenance(), {"LI.NA", "Twin", rightPassword, Role::Cashier});
    QVERIFY(!twin.ok());
    QCOMPARE(twin.error().kind, Error::Kind::Validation);
    QVERIFY(twin.error().fields.contains("username"));
}

void TestAuthService::slowGuessingGetsAFewTriesADay()
{
    QFETCH(QString, engine);
    TestDatabase db(engine);
    QVERIFY2(db.ok(), qPrintable(db.error()));
    db.createUser(Role::Admin, "owner");
    const Session owner = db.createUser(Role::Manager, "target");
    QVERIFY2(db.ok(), qPrintable(db.error()));
    FakeClock clock;
    const AuthService auth(db.connection(), clock.clock());

    // A guesser who tries again the moment each wait or lock runs out, for a week. (Before this
    // rule, a lock that ran out handed out five fresh guesses: about 1,400 a day.)
    constexpr qint64 day = 24LL * 60 * 60 * 1000;
    QList<int> triesPerDay(7, 0);
    while (*clock.now - start < 7 * day) {
        const auto guess = auth.login("target", wrongPassword);
        QVERIFY(!guess.ok());
        QVERIFY2(guess.error().retryAfterMs > 0, qPrintable(guess.error().message));
        ++triesPerDay[int((*clock.now - start) / day)];
        clock.advance(guess.error().retryAfterMs);
    }
    // 5 in a row, then one after each lock of 5, 10, 20, … 640 minutes; then a lock of a day each time.
    QCOMPARE(triesPerDay.at(0), 13);
    for (int later = 1; later < 7; ++later)
        QVERIFY2(triesPerDay.at(later) <= 1, qPrintable(QString::number(triesPerDay.at(later))));
    QCOMPARE(AuthService::lockAfterLocks(100), AuthService::longestLockMillis);

    // The owner of the account, with the right password, is still kept out until the lock runs out…
    clock.advance(-60 * 1000);
    const auto stillLocked = auth.login("target", rightPassword);
    QVERIFY(!stillLocked.ok());
    QVERIFY2(stillLocked.error().message.contains("ask an administrator"), why(stillLocked));
    // …unless an administrator unlocks it.
    const Session admin = TestDatabase::sessionFor(Role::Admin, 1);
    auto unlocked = UserService(db.connection()).unlock(admin, owner.userId);
    QVERIFY2(unlocked, why(unlocked));
    const auto in = auth.login("target", rightPassword);
    QVERIFY2(in.ok(), why(in));
    // A right password ends it all: the next mistake costs the first wait again, no lock.
    clock.advance(1);
    const auto slip = auth.login("target", wrongPassword);
    QCOMPARE(slip.error().retryAfterMs, AuthService::waitAfterFailures(1));
}

QTEST_GUILESS_MAIN(TestAuthService)
#include "tst_authservice.moc"
