// How engine errors reach the services: a unique index refusing a row must be told apart from any
// other refusal on every engine, because the goods form names the field from it.
#include "db/sql.h"
#include "testdatabase.h"

#include <QTest>

class TestSqlErrors : public QObject
{
    Q_OBJECT
private slots:
    void duplicateIsRecognised_data() { TestDatabase::addEngineRows(); }
    void duplicateIsRecognised();
    void otherRefusalsAreNotDuplicates_data() { TestDatabase::addEngineRows(); }
    void otherRefusalsAreNotDuplicates();
};

namespace {

const QString insertGoods = QStringLiteral("INSERT INTO goods (sku, barcode, name, unit, price_cents, "
                                           "cost_cents, search_text, created_at, updated_at) "
                                           "VALUES (?, ?, 'x', 'pcs', ?, 0, '', 0, 0)");

} // namespace

void TestSqlErrors::duplicateIsRecognised()
{
    QFETCH(QString, engine);
    TestDatabase db(engine);
    QVERIFY2(db.ok(), qPrintable(db.error()));
    QVERIFY(
        Sql::exec(db.connection(), insertGoods, {QStringLiteral("A-1"), QStringLiteral("6901234567892"), 100})
            .ok());

    auto sku = Sql::exec(db.connection(), insertGoods,
                         {QStringLiteral("A-1"), QStringLiteral("4006381333931"), 100});
    QVERIFY(!sku.ok());
    QCOMPARE(sku.error().kind, Error::Kind::Duplicate);
    QVERIFY2(sku.error().message.contains(QLatin1String("sku")), qPrintable(sku.error().message));

    auto barcode = Sql::exec(db.connection(), insertGoods,
                             {QStringLiteral("A-2"), QStringLiteral("6901234567892"), 100});
    QVERIFY(!barcode.ok());
    QCOMPARE(barcode.error().kind, Error::Kind::Duplicate);
    QVERIFY2(barcode.error().message.contains(QLatin1String("barcode")), qPrintable(barcode.error().message));
}

void TestSqlErrors::otherRefusalsAreNotDuplicates()
{
    QFETCH(QString, engine);
    TestDatabase db(engine);
    QVERIFY2(db.ok(), qPrintable(db.error()));
    auto negative = Sql::exec(db.connection(), insertGoods,
                              {QStringLiteral("A-1"), QVariant(QMetaType(QMetaType::QString)), -1});
    QVERIFY(!negative.ok());
    QCOMPARE(negative.error().kind, Error::Kind::Database);
    auto missingTable =
        Sql::exec(db.connection(), QStringLiteral("SELECT sku FROM no_such_table WHERE sku = ?"), {1});
    QVERIFY(!missingTable.ok());
    QCOMPARE(missingTable.error().kind, Error::Kind::Database);
}

QTEST_GUILESS_MAIN(TestSqlErrors)
#include "tst_sqlerrors.moc"
