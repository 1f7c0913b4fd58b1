#include "db/sql.h"
#include "services/customerservice.h"
#include "tables/customerlistmodel.h"
#include "testdatabase.h"

#include <QAbstractItemModelTester>
#include <QSqlQuery>
#include <QTest>
#include <map>
#include <memory>

// The customer list on real engines: the search finds what a cashier types at the counter (part of
// a Chinese name, a phone number with or without its spaces, an e-mail, a code), names sort the
// reader's way (pinyin in Chinese; case and accents aside in English), each customer is one row
// with their default address, and every sortable column is read from an index.
class TestCustomerList : public QObject
{
    Q_OBJECT
private slots:
    void cleanupTestCase() { m_shared.clear(); }

    void search_data();
    void search();
    void namesSortInTheReadersOrder_data();
    void namesSortInTheReadersOrder();
    void oneRowPerCustomerWithTheDefaultAddress_data() { TestDatabase::addEngineRows(); }
    void oneRowPerCustomerWithTheDefaultAddress();
    void passesModelTesterThroughFilterAndSort_data() { TestDatabase::addEngineRows(); }
    void passesModelTesterThroughFilterAndSort();
    void sortableColumnsReadAnIndex();

private:
    TestDatabase& shared(const QString& engine);
    std::map<QString, std::unique_ptr<TestDatabase>> m_shared;
};

namespace {

struct Fixture
{
    const char* name;
    const char* code;
    const char* phone;
    const char* email;
    bool active;
};
const Fixture fixture[] = {
    {"张伟", "M-100001", "138 0013 8001", "zhang.wei@example.com", true},
    {"张伟明", "M-100002", "13912345678", nullptr, true},
    {"陈伟", nullptr, "0571-8765 4321", "chen@shop.cn", true},
    {"Zoë Smith", "UK-7", "+44 20 7946 0958", "zoe.smith@example.co.uk", true},
    {"O'Brien & Sons", "IE/12", nullptr, "orders@obrien.ie", true},
    {"李娜", "M-100003", "137 0000 1111", "li.na@example.com", false},
};

CustomerDraft draftOf(const Fixture& f)
{
    CustomerDraft d;
    d.name = QString::fromUtf8(f.name);
    d.code = QString::fromUtf8(f.code);
    d.phone = QString::fromUtf8(f.phone);
    d.email = QString::fromUtf8(f.email);
    return d;
}

// The names the list shows for SEARCH among active (or inactive) customers, sorted; built from the
// list's own filter the way its page loader joins it, and counted the way it counts.
QStringList found(const Connection& c, const QString& search, bool active = true)
{
    CustomerFilter filter;
    filter.search = search;
    filter.active = active;
    const ListFilter q = CustomerList::filter(c.sql(), filter);
    auto rows = Sql::exec(
        c, QStringLiteral("SELECT c.name FROM customers c %1 WHERE %2").arg(q.keyJoins, q.where), q.values);
    if (!rows)
        return {"error: " + rows.error().message};
    QStringList names;
    while (rows.value().next())
        names << rows.value().value(0).toString();
    names.sort();
    auto counted = Sql::scalar(
        c, QStringLiteral("SELECT COUNT(*) FROM customers c %1 WHERE %2").arg(q.keyJoins, q.where), q.values);
    if (!counted)
        return {"error: " + counted.error().message};
    if (counted.value().toLongLong() != names.size())
        return {QStringLiteral("error: counted %1, listed %2")
                    .arg(counted.value().toLongLong())
                    .arg(names.size())};
    return names;
}

template<typename T> QByteArray why(const Result<T>& result)
{
    return result.ok() ? QByteArray() : result.error().message.toUtf8();
}

bool loaded(const ListModel& model, int row)
{
    return model.index(row, 0).data(PagedTableModel::LoadedRole).toBool();
}

// Column KEY of every row the model shows, in its order, once they have all arrived.
QStringList shown(const ListModel& model, const QString& key)
{
    QStringList values;
    const int column = model.spec().indexOf(key);
    for (int row = 0; row < model.rowCount(); ++row)
        values << model.index(row, column).data().toString();
    return values;
}

bool allLoaded(const ListModel& model)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (!loaded(model, row))
            return false;
    }
    return model.isCurrent() && model.isCountKnown();
}

} // namespace

TestDatabase& TestCustomerList::shared(const QString& engine)
{
    auto& slot = m_shared[engine];
    if (!slot) {
        slot = std::make_unique<TestDatabase>(engine);
        if (slot->ok()) {
            const CustomerService service(slot->connection());
            for (const Fixture& f : fixture) {
                auto created = service.create(Session::maintenance(), draftOf(f));
                if (created && !f.active)
                    created = service.setActive(Session::maintenance(), created->id, created->version, false);
                if (!created)
                    qWarning("customer fixture: %s", qPrintable(created.error().message));
            }
        }
    }
    return *slot;
}

void TestCustomerList::search_data()
{
    QTest::addColumn<QString>("engine");
    QTest::addColumn<QString>("search");
    QTest::addColumn<QStringList>("expected");
    const QString zhangWei = "张伟", zhangWeiMing = "张伟明", chenWei = "陈伟", zoe = "Zoë Smith",
                  obrien = "O'Brien & Sons";
    const QStringList active = {zhangWei, zhangWeiMing, chenWei, zoe, obrien};
    for (const QString& engine : TestDatabase::engines()) {
        const auto row = [&](const QString& search, const QStringList& expected) {
            QTest::addRow("%s/%s", qPrintable(engine), qPrintable(search.left(30)))
                << engine << search << expected;
        };
        row("", active);
        // One or two characters of a Chinese name, anywhere in it.
        row("张", {zhangWei, zhangWeiMing});
        row("伟", {zhangWei, zhangWeiMing, chenWei});
        row("张伟", {zhangWei, zhangWeiMing});
        row("伟明", {zhangWeiMing});
        row("王", {});
        // Phone numbers as typed at the counter: with the spaces, without them, or a part.
        row("138 0013 8001", {zhangWei});
        row("13800138001", {zhangWei});
        row("1380013", {zhangWei});
        row("8001", {zhangWei});
        row("139 1234 5678", {zhangWeiMing});
        row("13912345678", {zhangWeiMing});
        row("0013", {zhangWei});
        row("0571-8765 4321", {chenWei});
        row("057187654321", {chenWei});
        row("(0571) 8765-4321", {chenWei});
        row("+44 20 7946", {zoe});
        // E-mail addresses, whole or in part, in any case.
        row("zhang.wei@example.com", {zhangWei});
        row("ZHANG.WEI@EXAMPLE.COM", {zhangWei});
        row("example", {zhangWei, zoe});
        row("chen@", {chenWei});
        row("orders@obrien.ie", {obrien});
        // Codes with or without their punctuation, in any case.
        row("m-100001", {zhangWei});
        row("M100002", {zhangWeiMing});
        row("m-1000", {zhangWei, zhangWeiMing});
        row("ie/12", {obrien});
        row("smith", {zoe});
        row("o'brien", {obrien});
        // An inactive customer is not among the active ones, whatever is typed.
        row("李娜", {});
        row("13700001111", {});
        // Odd input: no error; without a letter or digit it is looked for as typed.
        row("&", {obrien});
        row("@", {zhangWei, chenWei, zoe, obrien});
        row("'); DROP TABLE customers;--", {});
        row("%", {});
        row("_", {});
        row("\"", {});
        row("*", {});
        row(QString(2000, u'9'), {});
    }
}

void TestCustomerList::search()
{
    QFETCH(QString, engine);
    QFETCH(QString, search);
    QFETCH(QStringList, expected);
    TestDatabase& db = shared(engine);
    QVERIFY2(db.ok(), qPrintable(db.error()));
    expected.sort();
    const QStringList names = found(db.connection(), search);
    QVERIFY2(!names.value(0).startsWith("error: "), qPrintable(names.value(0)));
    QCOMPARE(names, expected);
    if (search.isEmpty())
        QCOMPARE(found(db.connection(), search, false), QStringList{"李娜"});
    if (search == "李娜" || search == "13700001111")
        QCOMPARE(found(db.connection(), search, false), QStringList{"李娜"});
}

void TestCustomerList::namesSortInTheReadersOrder_data()
{
    QTest::addColumn<QString>("engine");
    QTest::addColumn<bool>("chinese");
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<QStringList>("expected");
    for (const QString& engine : TestDatabase::engines()) {
        // By pinyin: an, chen, li, wang, zhang, zhao; whatever order they were added in.
        QTest::addRow("%s/pinyin", qPrintable(engine))
            << engine << true << QStringList{"张伟", "王芳", "安琪", "赵敏", "李娜", "陈静"}
            << QStringList{"安琪", "陈静", "李娜", "王芳", "张伟", "赵敏"};
        // Case and accents come second: Émile sits among the e's, Zoë after zack.
        QTest::addRow("%s/english", qPrintable(engine))
            << engine << false << QStringList{"Zoë", "bob", "eve", "Émile", "zack", "Anna", "ÅSA"}
            << QStringList{"Anna", "ÅSA", "bob", "Émile", "eve", "zack", "Zoë"};
    }
}

void TestCustomerList::namesSortInTheReadersOrder()
{
    QFETCH(QString, engine);
    QFETCH(bool, chinese);
    QFETCH(QStringList, names);
    QFETCH(QStringList, expected);
    TestDatabase db(engine);
    QVERIFY2(db.ok(), qPrintable(db.error()));
    const CustomerService service(db.connection());
    for (const QString& name : qAsConst(names)) {
        CustomerDraft d;
        d.name = name;
        QVERIFY(service.create(Session::maintenance(), d).ok());
    }
    CustomerListModel model(db.database(), managerSession(), nullptr,
                            chinese ? SortKey::Language::Chinese : SortKey::Language::English);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFilter(CustomerFilter());
    QTRY_VERIFY(model.rowCount() == int(names.size()) && allLoaded(model));
    QCOMPARE(shown(model, "name"), expected);
    model.sort(model.spec().indexOf("name"), Qt::DescendingOrder);
    QStringList reversed(expected.crbegin(), expected.crend());
    QTRY_VERIFY(allLoaded(model) && shown(model, "name") == reversed);
}

void TestCustomerList::oneRowPerCustomerWithTheDefaultAddress()
{
    QFETCH(QString, engine);
    TestDatabase db(engine);
    QVERIFY2(db.ok(), qPrintable(db.error()));
    const Connection& c = db.connection();
    const CustomerService service(c);
    CustomerDraft d;
    d.name = "王芳";
    d.phone = "138 0000 0001";
    d.addresses = {CustomerAddress{{}, "家", "王芳", {}, "杭州市\n西湖区 1 号", false},
                   CustomerAddress{{}, "公司", "王芳", {}, "上海市 2 号", true}};
    const auto withAddresses = service.create(Session::maintenance(), d);
    QVERIFY(withAddresses.ok());
    CustomerDraft plain;
    plain.name = "安琪";
    QVERIFY(service.create(Session::maintenance(), plain).ok());
    // A second row marked default, as a hand-made import might leave it: still one row in the list.
    QVERIFY(Sql::exec(c, "UPDATE customer_addresses SET is_default = 1 WHERE customer_id = ?",
                      {withAddresses->id})
                .ok());

    CustomerListModel model(db.database(), managerSession(), nullptr, SortKey::Language::Chinese);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFilter(CustomerFilter());
    QTRY_VERIFY(model.rowCount() == 2 && allLoaded(model));
    QCOMPARE(shown(model, "name"), (QStringList{"安琪", "王芳"}));
    QCOMPARE(shown(model, "phone"), (QStringList{"", "138 0000 0001"}));
    // The first of the rows marked, on one line; its lines are kept for the tooltip.
    QCOMPARE(shown(model, "address"), (QStringList{"", "杭州市 西湖区 1 号"}));
    const int address = model.spec().indexOf("address");
    QCOMPARE(model.index(1, address).data(PagedTableModel::RawRole).toString(),
             QStringLiteral("杭州市\n西湖区 1 号"));
    QCOMPARE(model.customerId(1), withAddresses->id);
    QCOMPARE(model.customerVersion(1), withAddresses->version);
    QVERIFY(!model.index(1, model.spec().indexOf("updated")).data().toDateTime().isNull());
    QCOMPARE(model.totalCount(), qint64(2));
}

void TestCustomerList::passesModelTesterThroughFilterAndSort()
{
    QFETCH(QString, engine);
    TestDatabase& db = shared(engine);
    QVERIFY2(db.ok(), qPrintable(db.error()));
    CustomerListModel model(db.database(), managerSession(), nullptr, SortKey::Language::English);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFilter(CustomerFilter());
    QTRY_VERIFY(model.rowCount() == 5 && allLoaded(model));
    QCOMPARE(model.headerData(model.spec().indexOf("address"), Qt::Horizontal).toString(),
             QStringLiteral("Default address"));

    model.sort(model.spec().indexOf("code"), Qt::AscendingOrder);
    QTRY_VERIFY(allLoaded(model) && model.sortColumn() == model.spec().indexOf("code"));
    QStringList codes = shown(model, "code");
    codes.removeAll(QString()); // where a customer without a code goes differs by engine
    QCOMPARE(codes, (QStringList{"IE/12", "M-100001", "M-100002", "UK-7"}));
    // Columns no index serves do not sort: the request changes nothing.
    model.sort(model.spec().indexOf("phone"), Qt::DescendingOrder);
    QCOMPARE(model.sortColumn(), model.spec().indexOf("code"));

    CustomerFilter filter;
    filter.search = "伟";
    model.setFilter(filter);
    QTRY_VERIFY(model.rowCount() == 3 && allLoaded(model));
    filter.search = "nobody";
    model.setFilter(filter);
    QTRY_VERIFY(model.rowCount() == 0 && model.isCurrent() && model.isCountKnown());
    filter.search.clear();
    filter.active = false;
    model.setFilter(filter);
    QTRY_VERIFY(model.rowCount() == 1 && allLoaded(model));
    QCOMPARE(shown(model, "name"), QStringList{"李娜"});
    model.refresh();
    QTRY_VERIFY(allLoaded(model));
    QCOMPARE(model.rowCount(), 1);
}

void TestCustomerList::sortableColumnsReadAnIndex()
{
    // SQLite says plainly whether a sort needs its own pass over the rows; the indexes are the same on
    // every engine, and the servers' planners choose by statistics a test table does not have.
    TestDatabase db("sqlite");
    QVERIFY2(db.ok(), qPrintable(db.error()));
    for (SortKey::Language language : {SortKey::Language::English, SortKey::Language::Chinese}) {
        const ListSpec spec = CustomerList::spec(language);
        for (int column = 0; column < spec.columns.size(); ++column) {
            if (spec.columns.at(column).orderBy.isEmpty())
                continue;
            for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                const PagedQuery q = ListModel::buildQuery(
                    spec, CustomerList::filter(db.connection().sql(), CustomerFilter()), column, order);
                const QString keys =
                    QStringLiteral("EXPLAIN QUERY PLAN SELECT %1 FROM %2 %3 WHERE %4%5 LIMIT 100")
                        .arg(q.key, q.table, q.keyJoins, q.where,
                             q.orderClause(order == Qt::DescendingOrder));
                auto plan = Sql::exec(db.connection(), keys, q.values);
                QVERIFY2(plan.ok(), why(plan));
                QStringList steps;
                while (plan.value().next())
                    steps << plan.value().value(3).toString();
                const QString said = steps.join(" | ");
                QVERIFY2(!said.contains("TEMP B-TREE"),
                         qPrintable(spec.columns.at(column).key + ": " + said));
                QVERIFY2(said.contains("USING INDEX") || said.contains("USING COVERING INDEX"),
                         qPrintable(said));
            }
        }
    }
}

QTEST_GUILESS_MAIN(TestCustomerList)
#include "tst_customerlist.moc"
