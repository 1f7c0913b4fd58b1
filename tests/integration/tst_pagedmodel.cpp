#include "db/sql.h"
#include "domain/money.h"
#include "services/generator.h"
#include "services/goodsservice.h"
#include "services/selections.h"
#include "tables/goodslistmodel.h"
#include "testdatabase.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <map>
#include <memory>

namespace {

// COLUMN of the row the database itself puts at OFFSET in the list's order, for comparison.
QString valueAt(const Connection& connection, const QString& column, const QString& orderBy, qint64 offset)
{
    auto value =
        Sql::scalar(connection, QStringLiteral("SELECT %1 FROM goods g WHERE g.archived = 0 ORDER BY %2 "
                                               "LIMIT 1 OFFSET %3")
                                    .arg(column, orderBy)
                                    .arg(offset));
    return value.ok() ? value.value().toString() : QStringLiteral("<error>");
}

QString nameAt(const Connection& connection, const QString& orderBy, qint64 offset)
{
    return valueAt(connection, QStringLiteral("g.name"), orderBy + QStringLiteral(", g.id"), offset);
}

// A list over a thousand generated goods on its own SQLite database, its count known.
bool openThousandGoods(TestDatabase& db, std::unique_ptr<GoodsListModel>& model)
{
    Generator::Request request;
    request.goods = 1000;
    if (!db.ok() || !Generator::run(db.connection(), Session::maintenance(), request).ok())
        return false;
    model = std::make_unique<GoodsListModel>(db.database(), managerSession());
    model->setFilter({});
    return QTest::qWaitFor([&] { return model->isCountKnown(); });
}

// The process's resident memory now, in MiB (Linux).
double residentMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return -1;
}

// Another desk archives the goods item WHICH selects, through the service as desks do.
bool archive(TestDatabase& db, const QString& which)
{
    auto id = Sql::scalar(db.connection(), which);
    if (!id || !id.value().isValid())
        return false;
    const GoodsService service(db.connection());
    auto item = service.get(managerSession(), id.value().toLongLong());
    return item && service.setArchived(managerSession(), item->id, item->version, true).ok();
}

bool loaded(const QAbstractItemModel& model, int row)
{
    return model.index(row, goodsColumn("name")).data(PagedTableModel::LoadedRole).toBool();
}

} // namespace

class TestPagedModel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void passesModelTesterThroughFilterAndSort_data() { TestDatabase::addEngineRows(); }
    void passesModelTesterThroughFilterAndSort();
    void showsTrueCountAndRowsAnywhere_data() { TestDatabase::addEngineRows(); }
    void showsTrueCountAndRowsAnywhere();
    void sortsInTheDatabase_data() { TestDatabase::addEngineRows(); }
    void sortsInTheDatabase();
    void searchCountsMatchTheDatabase_data() { TestDatabase::addEngineRows(); }
    void searchCountsMatchTheDatabase();
    void keepsOnlyTheNewestQueryResults_data() { TestDatabase::addEngineRows(); }
    void keepsOnlyTheNewestQueryResults();
    void filtersByCategoriesAndStatus_data() { TestDatabase::addEngineRows(); }
    void filtersByCategoriesAndStatus();
    void sortRightAfterAFilterCountsItsRows_data() { TestDatabase::addEngineRows(); }
    void sortRightAfterAFilterCountsItsRows();
    void sortRightAfterARefreshCountsAgain();
    void failureWhileConnectingReachesTheNewestQuery();
    void refreshAfterARowGoesKeepsRowsInPlace();
    void codeSearchListsCodeMatchesFirst_data() { TestDatabase::addEngineRows(); }
    void codeSearchListsCodeMatchesFirst();
    void holdsBoundedRowsOnAMillionGoods();

private:
    // The same 1,234 generated goods on each engine, made once for all the functions.
    TestDatabase* database();
    std::map<QString, std::unique_ptr<TestDatabase>> m_databases;
};

void TestPagedModel::initTestCase()
{
    for (const QString& engine : TestDatabase::engines()) {
        auto db = std::make_unique<TestDatabase>(engine);
        QVERIFY2(db->ok(), qPrintable(engine + QStringLiteral(": ") + db->error()));
        Generator::Request request;
        request.goods = 1234;
        const Status generated = Generator::run(db->connection(), Session::maintenance(), request);
        QVERIFY2(generated.ok(), qPrintable(generated.ok() ? QString() : generated.error().message));
        m_databases[engine] = std::move(db);
    }
}

TestDatabase* TestPagedModel::database()
{
    QFETCH(QString, engine);
    return m_databases.at(engine).get();
}

void TestPagedModel::passesModelTesterThroughFilterAndSort()
{
    TestDatabase* db = database();
    GoodsListModel model(db->database(), managerSession());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFilter({});
    QTRY_VERIFY(model.isCountKnown());
    QTRY_VERIFY(loaded(model, 0));
    model.sort(goodsColumn("price"), Qt::DescendingOrder);
    QTRY_VERIFY(loaded(model, 0));
    model.setFilter({QStringLiteral("茶"), {}, false});
    QTRY_VERIFY(model.isCountKnown());
    model.setFilter({QStringLiteral("no such goods anywhere"), {}, false});
    QTRY_COMPARE(model.rowCount(), 0);
    model.setFilter({});
    QTRY_COMPARE(model.rowCount(), 1234);
    model.refresh();
    QTRY_VERIFY(loaded(model, 0));
}

void TestPagedModel::showsTrueCountAndRowsAnywhere()
{
    TestDatabase* db = database();
    GoodsListModel model(db->database(), managerSession());
    model.setFilter({});
    QTRY_VERIFY(model.isCountKnown());
    QCOMPARE(model.rowCount(), 1234);
    // A placeholder first, the real row once its page arrives: first, middle (read from the far
    // end) and last rows all match the database's own order.
    for (int row : {0, 617, 618, 700, 1233}) {
        model.index(row, goodsColumn("name")).data();
        QTRY_VERIFY(loaded(model, row));
        QCOMPARE(model.index(row, goodsColumn("name")).data().toString(),
                 nameAt(db->connection(), QStringLiteral("g.sort_en"), row));
    }
    QVERIFY(!model.index(1233, goodsColumn("price")).data().value<Money>().isNegative());
}

void TestPagedModel::sortsInTheDatabase()
{
    TestDatabase* db = database();
    GoodsListModel model(db->database(), managerSession());
    model.setFilter({});
    QTRY_VERIFY(loaded(model, 0));
    model.sort(goodsColumn("price"), Qt::DescendingOrder);
    QVERIFY(!model.isCurrent()); // the old order stays on screen until the new one is ready
    QTRY_VERIFY(model.isCurrent());
    QCOMPARE(model.index(0, goodsColumn("price")).data().value<Money>().cents(),
             countRows(db->connection(), QStringLiteral("SELECT MAX(price_cents) FROM goods")));
    model.index(1233, 0).data();
    QTRY_VERIFY(loaded(model, 1233));
    QCOMPARE(model.index(1233, goodsColumn("price")).data().value<Money>().cents(),
             countRows(db->connection(), QStringLiteral("SELECT MIN(price_cents) FROM goods")));
    QCOMPARE(model.rowCount(), 1234); // a new order of the same rows keeps the count
}

void TestPagedModel::searchCountsMatchTheDatabase()
{
    TestDatabase* db = database();
    GoodsListModel model(db->database(), managerSession());
    const qint64 tea =
        countRows(db->connection(),
                  QStringLiteral("SELECT COUNT(*) FROM goods WHERE name LIKE '%茶%' AND archived = 0"));
    QVERIFY(tea > 0);
    model.setFilter({QStringLiteral("茶"), {}, false});
    QTRY_VERIFY(model.isCountKnown());
    QCOMPARE(qint64(model.rowCount()), tea);
    QTRY_VERIFY(loaded(model, 0));
    QVERIFY(model.index(0, goodsColumn("name")).data().toString().contains(QStringLiteral("茶")));

    model.setFilter({QStringLiteral("gen-0000012"), {}, false}); // GEN-00000120 to GEN-00000129
    QTRY_VERIFY(model.isCountKnown());
    QCOMPARE(model.rowCount(), 10);
}

void TestPagedModel::keepsOnlyTheNewestQueryResults()
{
    TestDatabase* db = database();
    GoodsListModel model(db->database(), managerSession());
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    // Typed fast: only the last query's rows may ever be shown.
    for (const char* typed : {"g", "ge", "gen", "gen-", "gen-0000000", "gen-00000007"})
        model.setFilter({QString::fromUtf8(typed), {}, false});
    QTRY_VERIFY(model.isCountKnown());
    QTRY_VERIFY(loaded(model, 0));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, goodsColumn("sku")).data().toString(), QStringLiteral("GEN-00000007"));
    QVERIFY(resets.count() <= 2);
}

void TestPagedModel::filtersByCategoriesAndStatus()
{
    TestDatabase* db = database();
    const qint64 first = countRows(db->connection(), QStringLiteral("SELECT MIN(id) FROM categories"));
    const qint64 second = countRows(db->connection(), QStringLiteral("SELECT MAX(id) FROM categories"));
    const qint64 inBoth = countRows(
        db->connection(),
        QStringLiteral("SELECT COUNT(*) FROM goods WHERE category_id IN (%1, %2)").arg(first).arg(second));
    QVERIFY(inBoth > 0 && inBoth < 1234);
    GoodsListModel model(db->database(), managerSession());
    model.setFilter({QString(), {first, second}, false});
    QTRY_VERIFY(model.isCountKnown());
    QCOMPARE(qint64(model.rowCount()), inBoth);

    model.setFilter({QString(), {}, true}); // nothing archived yet
    QTRY_VERIFY(model.isCountKnown());
    QCOMPARE(model.rowCount(), 0);
}

void TestPagedModel::sortRightAfterAFilterCountsItsRows()
{
    TestDatabase* db = database();
    GoodsListModel model(db->database(), managerSession());
    model.setFilter({});
    QTRY_VERIFY(model.isCountKnown());
    // A search, and a header click before its first rows arrive: the count is the search's.
    model.setFilter({QStringLiteral("gen-0000012"), {}, false}); // GEN-00000120 to GEN-00000129
    model.sort(goodsColumn("price"), Qt::DescendingOrder);
    QTRY_VERIFY(model.isCurrent() && model.isCountKnown());
    QCOMPARE(model.rowCount(), 10);
    model.index(9, 0).data();
    QTRY_VERIFY(loaded(model, 9));
    QVERIFY(model.index(9, goodsColumn("sku")).data().toString().startsWith(QStringLiteral("GEN-0000012")));
}

void TestPagedModel::sortRightAfterARefreshCountsAgain()
{
    TestDatabase db(QStringLiteral("sqlite"));
    std::unique_ptr<GoodsListModel> list;
    QVERIFY(openThousandGoods(db, list));
    GoodsListModel& model = *list;
    QVERIFY(archive(db, QStringLiteral("SELECT id FROM goods WHERE sku = 'GEN-00000005'")));
    model.refresh();
    model.sort(goodsColumn("price"), Qt::DescendingOrder);
    QTRY_COMPARE(model.rowCount(), 999);
    QTRY_VERIFY(model.isCurrent() && model.isCountKnown());
    // Rows past the middle are read from the far end, so a stale count would shift them.
    for (int row : {600, 998}) {
        model.index(row, 0).data();
        QTRY_VERIFY(loaded(model, row));
        QCOMPARE(model.index(row, goodsColumn("sku")).data().toString(),
                 valueAt(db.connection(), QStringLiteral("g.sku"),
                         QStringLiteral("g.price_cents DESC, g.id DESC"), row));
    }
}

void TestPagedModel::failureWhileConnectingReachesTheNewestQuery()
{
    // A server that takes the connection and never answers: the worker waits out its timeout.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    auto profile = ConnectionProfile::parse(
        QStringLiteral("postgresql://nobody@127.0.0.1:%1/storekeeper").arg(silent.serverPort()));
    QVERIFY(profile.ok());
    GoodsListModel model(Database(profile.value(), QStringLiteral("x")), managerSession());
    QSignalSpy failures(&model, &PagedTableModel::loadFailed);
    model.setFilter({});
    QTest::qWait(500);
    model.setFilter({QStringLiteral("tea"), {}, false}); // typed while the connection is tried
    QTRY_VERIFY_WITH_TIMEOUT(failures.count() == 1, 30000);
    QVERIFY(model.isCurrent());
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.isCountKnown());
}

void TestPagedModel::refreshAfterARowGoesKeepsRowsInPlace()
{
    TestDatabase db(QStringLiteral("sqlite"));
    std::unique_ptr<GoodsListModel> list;
    QVERIFY(openThousandGoods(db, list));
    GoodsListModel& model = *list;
    for (int row : {800, 850, 898}) {
        model.index(row, 0).data();
        QTRY_VERIFY(loaded(model, row));
    }

    // Someone archives an item near the top while this list shows the lower half.
    QVERIFY(archive(db, QStringLiteral("SELECT id FROM goods ORDER BY sort_en, id LIMIT 1 OFFSET 10")));
    model.refresh();
    QTRY_COMPARE(model.rowCount(), 999);
    for (int row : {800, 850, 898, 998}) {
        model.index(row, 0).data();
        QTRY_VERIFY(loaded(model, row));
        QCOMPARE(model.index(row, goodsColumn("name")).data().toString(),
                 nameAt(db.connection(), QStringLiteral("g.sort_en"), row));
        QCOMPARE(model.index(row, goodsColumn("sku")).data().toString(),
                 valueAt(db.connection(), QStringLiteral("g.sku"), QStringLiteral("g.sort_en, g.id"), row));
    }
}

void TestPagedModel::holdsBoundedRowsOnAMillionGoods()
{
    TestDatabase big(QStringLiteral("sqlite"));
    QVERIFY2(big.ok(), qPrintable(big.error()));
    Generator::Request request;
    request.goods = 1'000'000;
    const Status generated = Generator::run(big.connection(), Session::maintenance(), request);
    QVERIFY2(generated.ok(), qPrintable(generated.ok() ? QString() : generated.error().message));

    GoodsListModel model(big.database(), managerSession());
    model.setFilter({});
    QTRY_VERIFY_WITH_TIMEOUT(model.isCountKnown(), 20000);
    const double residentBefore = residentMiB();
    QCOMPARE(model.rowCount(), 1'000'000);
    const int bound = model.maxCachedPages() * model.pageSize();

    // Ctrl+End: the real last rows, not placeholders.
    const int last = model.rowCount() - 1;
    model.index(last, goodsColumn("name")).data();
    QTRY_VERIFY_WITH_TIMEOUT(loaded(model, last), 20000);
    QCOMPARE(model.index(last, goodsColumn("name")).data().toString(),
             nameAt(big.connection(), QStringLiteral("g.sort_en"), last));
    QVERIFY(model.cachedRowCount() <= bound);

    // Wander over the whole table, many times further than the cache holds: the rows held stay
    // within the bound however far one goes.
    QSignalSpy pagesArrived(&model, &PagedTableModel::rowsLoaded);
    const int steps = 30 * model.maxCachedPages();
    for (int step = 0; step < steps; ++step) {
        const int row = int((qint64(step) * 7919 * 100) % model.rowCount());
        model.index(row, goodsColumn("name")).data();
        while (!loaded(model, row))
            QVERIFY2(pagesArrived.wait(20000), qPrintable(QStringLiteral("row %1 never arrived").arg(row)));
        QVERIFY2(model.cachedRowCount() <= bound,
                 qPrintable(QStringLiteral("%1 rows held, bound %2").arg(model.cachedRowCount()).arg(bound)));
    }
    // And the process itself, which would also catch rows kept elsewhere (the loader, a queue):
    // keeping every page met here grows it by over 40 MiB, the bounded cache by about 5; the margin
    // is for the worker connection's own page cache.
    const double grown = residentMiB() - residentBefore;
    qInfo("resident memory grew by %.1f MiB over %d pages of a million goods", grown, steps);
#if !defined(__SANITIZE_ADDRESS__) // AddressSanitizer holds freed memory back on purpose
    QVERIFY2(residentBefore > 0 && grown < 32,
             qPrintable(QStringLiteral("resident memory grew by %1 MiB while scrolling").arg(grown)));
#endif
}

void TestPagedModel::codeSearchListsCodeMatchesFirst()
{
    QFETCH(QString, engine);
    TestDatabase db(engine);
    QVERIFY2(db.ok(), qPrintable(db.error()));
    const GoodsService service(db.connection());
    const auto add = [&](const char* sku, const char* name, const char* barcode = "") {
        GoodsDraft draft;
        draft.sku = QString::fromLatin1(sku);
        draft.name = QString::fromUtf8(name);
        draft.unit = QStringLiteral("pcs");
        if (*barcode)
            draft.barcodes = {QString::fromLatin1(barcode)};
        return service.create(managerSession(), draft).ok();
    };
    // Three items whose names mention the digits, and the two whose codes start with them.
    QVERIFY(add("SK-20000", "Anker PowerCore 10000mAh"));
    QVERIFY(add("SK-20001", "Apple juice 1000ml"));
    QVERIFY(add("SK-20002", "Avocado 1000g"));
    QVERIFY(add("SK-10002", "Zebra tea"));
    QVERIFY(add("SK-10001", "Yak butter tea"));
    QVERIFY(add("XY-1", "Plain water"));

    GoodsListModel model(db.database(), managerSession());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFilter({QStringLiteral("sk-1000"), {}, false});
    QTRY_VERIFY(model.isCurrent() && model.isCountKnown());
    QCOMPARE(model.rowCount(), 5);
    QTRY_VERIFY(loaded(model, 4));
    QStringList skus;
    for (int row = 0; row < model.rowCount(); ++row)
        skus << model.index(row, goodsColumn("sku")).data().toString();
    // The codes first, in code order, then the rest by name, each once.
    QCOMPARE(skus, (QStringList{"SK-10001", "SK-10002", "SK-20000", "SK-20001", "SK-20002"}));

    // A sort of the rest leaves the code matches on top.
    model.sort(goodsColumn("name"), Qt::DescendingOrder);
    QTRY_VERIFY(model.isCurrent() && loaded(model, 4));
    QCOMPARE(model.index(0, goodsColumn("sku")).data().toString(), QStringLiteral("SK-10001"));
    QCOMPARE(model.index(2, goodsColumn("sku")).data().toString(), QStringLiteral("SK-20002"));

    // A selection of rows holds the items those rows show: a lead row and two of the rest.
    auto frozen = Selections::freeze(db.connection(), managerSession(), Permission::EditGoods,
                                     model.currentQuery(), model.spec().version, {{1, 1}, {3, 4}});
    QVERIFY2(frozen.ok(), qPrintable(frozen.ok() ? QString() : frozen.error().message));
    QCOMPARE(frozen->rows, qint64(3));
    auto items =
        Sql::exec(db.connection(),
                  QStringLiteral("SELECT item_id FROM selection_items WHERE selection_id = ? ORDER BY id"),
                  {frozen->id});
    QVERIFY(items.ok());
    QVariantList frozenIds;
    while (items.value().next())
        frozenIds << items.value().value(0).toLongLong();
    QCOMPARE(frozenIds, (QVariantList{model.rowKey(1).toLongLong(), model.rowKey(3).toLongLong(),
                                      model.rowKey(4).toLongLong()}));

    // Words are no codes: nothing is put first, the list's own order (names, Z to A) holds.
    model.setFilter({QStringLiteral("tea"), {}, false});
    QTRY_VERIFY(model.isCurrent() && model.isCountKnown() && loaded(model, 1));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, goodsColumn("name")).data().toString(), QStringLiteral("Zebra tea"));
}

QTEST_GUILESS_MAIN(TestPagedModel)
#include "tst_pagedmodel.moc"
