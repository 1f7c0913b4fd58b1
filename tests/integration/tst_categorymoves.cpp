#include "adminprocess.h"
#include "db/sql.h"
#include "desks.h"
#include "services/categoryservice.h"
#include "services/integritycheck.h"
#include "testdatabase.h"

#include <QTest>

// Moves in the category tree against real engines: a category never goes inside itself, not even
// when two desks move two categories under each other at the same moment; and a loop made behind
// the service's back is found by storekeeper-admin check.
class TestCategoryMoves : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();

    void moveIntoItsOwnSubtreeIsRefused_data() { TestDatabase::addEngineRows(); }
    void moveIntoItsOwnSubtreeIsRefused();
    void oppositeMovesAtOnceNeverMakeALoop_data() { TestDatabase::addEngineRows(); }
    void oppositeMovesAtOnceNeverMakeALoop();
    void checkFindsALoopMadeBehindTheService_data() { TestDatabase::addEngineRows(); }
    void checkFindsALoopMadeBehindTheService();

private:
    AdminProcess m_admin;
};

namespace {

template<typename T> QByteArray why(const Result<T>& result)
{
    return result.ok() ? QByteArray() : result.error().message.toUtf8();
}

// The new category's id, or -1 (with the reason in the log).
qint64 make(const CategoryService& service, const QString& name, qint64 parent = 0)
{
    auto id = service.create(managerSession(), name, parent);
    if (!id)
        qWarning("creating %s: %s", qPrintable(name), qPrintable(id.error().message));
    return id ? id.value() : -1;
}

Category stored(const CategoryService& service, qint64 id)
{
    auto category = service.get(id);
    return category ? category.value() : Category();
}

qint64 auditRows(const Connection& c, qint64 id, const QString& action)
{
    return countRows(
        c, "SELECT COUNT(*) FROM audit_log WHERE entity = 'category' AND entity_id = ? AND action = ?",
        {QString::number(id), action});
}

QStringList loopFindings(const Connection& c)
{
    auto findings = IntegrityCheck::run(c);
    if (!findings)
        return {QStringLiteral("check failed: ") + findings.error().message};
    QStringList loops;
    for (const QString& finding : findings.value()) {
        if (finding.contains(QLatin1String("loop")))
            loops << finding;
    }
    return loops;
}

} // namespace

void TestCategoryMoves::initTestCase()
{
    const QString problem = m_admin.binaryProblem();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestCategoryMoves::moveIntoItsOwnSubtreeIsRefused()
{
    QFETCH(QString, engine);
    TestDatabase db(engine);
    QVERIFY2(db.ok(), qPrintable(db.error()));
    const CategoryService service(db.connection());
    const qint64 food = make(service, "Food");
    const qint64 drinks = make(service, "Drinks", food);
    const qint64 tea = make(service, "Tea", drinks);
    QVERIFY(tea > 0);

    for (qint64 target : {food, drinks, tea}) {
        auto refused = service.move(managerSession(), food, 1, target);
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, Error::Kind::Validation);
        QVERIFY2(refused.error().fields.contains(CategoryRules::parentField), why(refused));
        QVERIFY2(refused.error().fields.value(CategoryRules::parentField).contains("Food"), why(refused));
    }
    QCOMPARE(stored(service, food).parentId, qint64(0));
    QCOMPARE(stored(service, food).version, 1);
    QCOMPARE(auditRows(db.connection(), food, "move"), qint64(0));

    // Out of its subtree it may go anywhere, the top level included.
    auto top = service.move(managerSession(), tea, 1, 0);
    QVERIFY2(top, why(top));
    QCOMPARE(top->parentId, qint64(0));
    QCOMPARE(top->version, 2);
    auto under = service.move(managerSession(), drinks, 1, tea);
    QVERIFY2(under, why(under));
    QCOMPARE(stored(service, drinks).parentId, tea);
    // A sibling of the same name where it lands refuses the move.
    const qint64 otherDrinks = make(service, "Drinks", food);
    auto clash = service.move(managerSession(), otherDrinks, 1, tea);
    QVERIFY(!clash);
    QVERIFY2(clash.error().fields.value(CategoryRules::nameField).contains("Drinks"), why(clash));
    QCOMPARE(stored(service, otherDrinks).parentId, food);
}

void TestCategoryMoves::oppositeMovesAtOnceNeverMakeALoop()
{
    QFETCH(QString, engine);
    TestDatabase db(engine);
    QVERIFY2(db.ok(), qPrintable(db.error()));
    const CategoryService service(db.connection());
    // Several rounds, so the two moves really overlap in some of them whatever the scheduling.
    constexpr int rounds = 8;
    for (int round = 0; round < rounds; ++round) {
        const qint64 a = make(service, QStringLiteral("A%1").arg(round));
        const qint64 b = make(service, QStringLiteral("B%1").arg(round));
        QVERIFY(a > 0 && b > 0);
        const qint64 moving[2] = {a, b};
        const qint64 under[2] = {b, a};
        const auto outcomes =
            Desks::atOnce<Category>(db.database(), 2, [&](int desk, const Connection& connection) {
                return CategoryService(connection).move(managerSession(), moving[desk], 1, under[desk]);
            });

        // One of them wins; the other finds the first one's move and is refused for the loop.
        const bool first = outcomes[0].ok(), second = outcomes[1].ok();
        QVERIFY2(first != second,
                 first ? "both moves succeeded" : (why(outcomes[0]) + " / " + why(outcomes[1])));
        const Result<Category>& refused = first ? outcomes[1] : outcomes[0];
        QCOMPARE(refused.error().kind, Error::Kind::Validation);
        QVERIFY2(refused.error().fields.contains(CategoryRules::parentField), why(refused));
        const qint64 winner = first ? a : b, loser = first ? b : a;
        QCOMPARE(stored(service, winner).parentId, loser);
        QCOMPARE(stored(service, loser).parentId, qint64(0));
    }
    QCOMPARE(loopFindings(db.connection()), QStringList());
    auto findings = IntegrityCheck::run(db.connection());
    QVERIFY2(findings, why(findings));
    QCOMPARE(findings.value(), QStringList());
}

void TestCategoryMoves::checkFindsALoopMadeBehindTheService()
{
    QFETCH(QString, engine);
    TestDatabase db(engine);
    QVERIFY2(db.ok(), qPrintable(db.error()));
    QVERIFY(m_admin.makeRoot());
    const Connection& c = db.connection();
    const CategoryService service(c);
    const qint64 food = make(service, "Food");
    const qint64 drinks = make(service, "Drinks", food);
    QVERIFY(drinks > 0);

    Environment env;
    if (engine != QLatin1String("sqlite"))
        env.insert("STOREKEEPER_DB_PASSWORD", db.password());
    const QStringList address = {"--database", db.url()};
    const CliRun clean = m_admin.run(QStringList{"check"} + address, env);
    COMPARE_EXIT(clean, 0);

    // What a hand edit or a buggy tool could do: Food under its own child.
    QVERIFY(Sql::exec(c, "UPDATE categories SET parent_id = ?, parent_key = ? WHERE id = ?",
                      {drinks, drinks, food})
                .ok());
    QCOMPARE(loopFindings(c).size(), 2); // both categories of the loop lie inside themselves
    const CliRun broken = m_admin.run(QStringList{"check"} + address, env);
    COMPARE_EXIT(broken, 1);
    VERIFY_SAYS(broken.out,
                QStringLiteral("Category %1 (\"Food\") lies inside itself: the tree has a loop.").arg(food));
    VERIFY_SAYS(
        broken.out,
        QStringLiteral("Category %1 (\"Drinks\") lies inside itself: the tree has a loop.").arg(drinks));
    // The service meets the loop with an explanation, not a hang.
    const qint64 other = make(service, "Other");
    auto move = service.move(managerSession(), other, 1, drinks);
    QVERIFY(!move);
    QVERIFY2(move.error().message.contains("storekeeper-admin check"), why(move));
}

QTEST_GUILESS_MAIN(TestCategoryMoves)
#include "tst_categorymoves.moc"
