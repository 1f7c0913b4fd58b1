#include "domain/password.h"

#include <QTest>

class TestPassword : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY(Password::initialize()); }
    void hashIsArgon2idAndVerifies();
    void unknownUsersCostWhatKnownOnesCost();
    void problems_data();
    void problems();
};

void TestPassword::hashIsArgon2idAndVerifies()
{
    const QString secret = QStringLiteral("正确的马电池 staple");
    const QString hash = Password::hash(secret);
    QVERIFY(hash.startsWith(QLatin1String("$argon2id$")));
    QVERIFY(!hash.contains(secret));
    QVERIFY(Password::verify(hash, secret));
    QVERIFY(!Password::verify(hash, secret + QLatin1Char(' ')));
    QVERIFY(!Password::verify(hash, QString()));
    QVERIFY(!Password::verify(QStringLiteral("not a hash"), secret));
    QVERIFY(Password::hash(secret) != hash); // salted
    QVERIFY(!Password::needsRehash(hash));
}

void TestPassword::unknownUsersCostWhatKnownOnesCost()
{
    // The decoy must be made like a real hash, or an unknown name would answer at another speed.
    QVERIFY(!Password::needsRehash(Password::decoyHash()));
    QCOMPARE(Password::decoyHash().section(QLatin1Char('$'), 1, 3),
             Password::hash(QStringLiteral("whatever it is")).section(QLatin1Char('$'), 1, 3));
    QVERIFY(!Password::verify(Password::decoyHash(), QString()));
}

void TestPassword::problems_data()
{
    QTest::addColumn<QString>("password");
    QTest::addColumn<bool>("acceptable");
    QTest::newRow("good") << "correct-horse-1" << true;
    QTest::newRow("chinese") << "我的密码很安全啊" << true;
    QTest::newRow("short") << "abc" << false;
    QTest::newRow("empty") << "" << false;
    QTest::newRow("same character") << "aaaaaaaaaa" << false;
    QTest::newRow("leading space") << " password1" << false;
    QTest::newRow("control") << QStringLiteral("pass\x01word1") << false;
    QTest::newRow("huge") << QString(5000, QLatin1Char('x')) + QLatin1Char('y') << false;
}

void TestPassword::problems()
{
    QFETCH(QString, password);
    QFETCH(bool, acceptable);
    QCOMPARE(Password::problem(password).isEmpty(), acceptable);
}

QTEST_GUILESS_MAIN(TestPassword)
#include "tst_password.moc"
