#include "db/sql.h"
#include "db/transaction.h"
#include "testdatabase.h"

#include <QTest>

class TestTransaction : public QObject
{
    Q_OBJECT
private slots:
    void uncommittedRollsBack();
    void innerFailureRollsBackOuter();
    void nestedCommitsTogether();

private:
    static qint64 metaRows(const Connection& c)
    {
        return Sql::scalar(c, QStringLiteral("SELECT COUNT(*) FROM meta WHERE meta_key LIKE 't%'"))
            .value()
            .toLongLong();
    }
    static void insert(const Connection& c, const QString& key)
    {
        QVERIFY(Sql::exec(c, QStringLiteral("INSERT INTO meta (meta_key, meta_value) VALUES (?, 'x')"), {key})
                    .ok());
    }
};

void TestTransaction::uncommittedRollsBack()
{
    TestDatabase db(QStringLiteral("sqlite"));
    QVERIFY2(db.ok(), qPrintable(db.error()));
    {
        Transaction tx(db.connection());
        QVERIFY(tx.ok());
        insert(db.connection(), QStringLiteral("t1"));
    }
    QCOMPARE(metaRows(db.connection()), qint64(0));
}

void TestTransaction::innerFailureRollsBackOuter()
{
    TestDatabase db(QStringLiteral("sqlite"));
    QVERIFY2(db.ok(), qPrintable(db.error()));
    Transaction outer(db.connection());
    insert(db.connection(), QStringLiteral("t1"));
    {
        Transaction inner(db.connection());
        insert(db.connection(), QStringLiteral("t2"));
        // leaves without commit: a step failed
    }
    const Status committed = outer.commit();
    QVERIFY(!committed.ok());
    QCOMPARE(metaRows(db.connection()), qint64(0));
}

void TestTransaction::nestedCommitsTogether()
{
    TestDatabase db(QStringLiteral("sqlite"));
    QVERIFY2(db.ok(), qPrintable(db.error()));
    Transaction outer(db.connection());
    insert(db.connection(), QStringLiteral("t1"));
    {
        Transaction inner(db.connection());
        insert(db.connection(), QStringLiteral("t2"));
        QVERIFY(inner.commit().ok());
    }
    QVERIFY(outer.commit().ok());
    QCOMPARE(metaRows(db.connection()), qint64(2));
}

QTEST_GUILESS_MAIN(TestTransaction)
#include "tst_transaction.moc"
