#include "domain/password.h"
#include "domain/passwordstrength.h"

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
    void strengthSaysWhy_data();
    void strengthSaysWhy();
    void strongPasswordsPass_data();
    void strongPasswordsPass();
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
    QTest::newRow("common with digits") << "Password123!" << false;
    QTest::newRow("keyboard row") << "qwertyuiop" << false;
    QTest::newRow("random") << "kX9#mQ2v" << true;
}

void TestPassword::strengthSaysWhy_data()
{
    QTest::addColumn<QString>("password");
    QTest::addColumn<QStringList>("personal");
    QTest::addColumn<QString>("reason");
    const QStringList none;
    QTest::newRow("common") << "password1" << none << "common password or word";
    QTest::newRow("look-alike digits") << "P@ssw0rd" << none << "common password or word";
    QTest::newRow("user name") << "wangfang2026" << QStringList{"wangfang", "王芳"} << "your user name";
    QTest::newRow("name parts") << "fang.wang.1" << QStringList{"fw", "Wang Fang"} << "your user name";
    QTest::newRow("the program") << "storekeeper1" << none
                                 << "your user name, your name or the program's name";
    QTest::newRow("keyboard") << "zxcvbnm,./" << none << "keys next to each other";
    QTest::newRow("sequence") << "abcdefgh" << none << "sequence";
    QTest::newRow("repeats") << "abababab" << none << "repeats";
    QTest::newRow("date") << "19901231" << none << "date or a year";
}

void TestPassword::strengthSaysWhy()
{
    QFETCH(QString, password);
    QFETCH(QStringList, personal);
    QFETCH(QString, reason);
    const QString problem = PasswordStrength::problem(password, personal);
    QVERIFY2(problem.contains(reason), qPrintable(problem));
    // The password itself is never quoted back.
    QVERIFY(!problem.contains(password, Qt::CaseInsensitive));
}

void TestPassword::strongPasswordsPass_data()
{
    QTest::addColumn<QString>("password");
    QTest::newRow("words") << "correct-horse-1";
    QTest::newRow("chinese") << "我的密码很长很长";
    QTest::newRow("words and digits") << "shop-2026-tea";
    QTest::newRow("random") << "kX9#mQ2v";
}

void TestPassword::strongPasswordsPass()
{
    QFETCH(QString, password);
    QCOMPARE(PasswordStrength::problem(password, {"meimei", "Han Meimei"}), QString());
    QVERIFY(PasswordStrength::bits(password) >= PasswordStrength::minimumBits);
}

void TestPassword::problems()
{
    QFETCH(QString, password);
    QFETCH(bool, acceptable);
    QCOMPARE(Password::problem(password).isEmpty(), acceptable);
}

QTEST_GUILESS_MAIN(TestPassword)
#include "tst_password.moc"
