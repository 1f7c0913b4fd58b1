#include "services/goodsservice.h"
#include "services/userservice.h"
#include "tables/auditlistmodel.h"
#include "tables/userlistmodel.h"
#include "testdatabase.h"

#include <QAbstractItemModelTester>
#include <QTest>

// The staff and audit lists on the three engines, through QAbstractItemModelTester: the statements
// each engine runs (a search with LIKE wildcards typed in it, both audit values joined in one cell,
// newest first), the filters and what a cell shows.
class TestStaffAuditLists : public QObject
{
    Q_OBJECT
private slots:
    void staffList_data() { TestDatabase::addEngineRows(); }
    void staffList();
    void auditList_data() { TestDatabase::addEngineRows(); }
    void auditList();
};

namespace {

template<typename Model> bool settled(const Model& model)
{
    return model.isCurrent() && model.isCountKnown() &&
           (model.rowCount() == 0 ||
            model.index(model.rowCount() - 1, 0).data(PagedTableModel::LoadedRole).toBool());
}

QString cell(const ListModel& model, int row, const char* column)
{
    return model.index(row, model.spec().indexOf(QLatin1String(column))).data().toString();
}

} // namespace

void TestStaffAuditLists::staffList()
{
    QFETCH(QString, engine);
    TestDatabase db(engine);
    QVERIFY2(db.ok(), qPrintable(db.error()));
    const Session boss = db.createUser(Role::Admin, "boss");
    db.createUser(Role::Clerk, "wang_fang");
    db.createUser(Role::Cashier, "li.na");
    QVERIFY2(db.ok(), qPrintable(db.error()));
    UserListModel model(db.database(), boss);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFilter({});
    QTRY_VERIFY(settled(model) && model.rowCount() == 3);
    QCOMPARE(cell(model, 0, "username"), QStringLiteral("boss"));
    QCOMPARE(cell(model, 2, "role"), QStringLiteral("Warehouse clerk"));
    // "_" typed is an underscore, not any one character.
    model.setFilter({QStringLiteral("g_f"), true});
    QTRY_VERIFY(settled(model) && model.filter().search == QStringLiteral("g_f"));
    QCOMPARE(model.rowCount(), 1);
    model.setFilter({QStringLiteral("n_f"), true});
    QTRY_VERIFY(settled(model) && model.filter().search == QStringLiteral("n_f"));
    QCOMPARE(model.rowCount(), 0);
    model.setFilter({QStringLiteral("LI.NA"), true}); // names ignore case
    QTRY_VERIFY(settled(model) && model.filter().search == QStringLiteral("LI.NA"));
    QCOMPARE(model.rowCount(), 1);
    model.setFilter({QString(), false});
    QTRY_VERIFY(settled(model) && !model.filter().active);
    QCOMPARE(model.rowCount(), 0);
}

void TestStaffAuditLists::auditList()
{
    QFETCH(QString, engine);
    TestDatabase db(engine);
    QVERIFY2(db.ok(), qPrintable(db.error()));
    const Session manager = db.createUser(Role::Manager, "meimei");
    QVERIFY2(db.ok(), qPrintable(db.error()));
    const GoodsService goods(db.connection());
    GoodsDraft draft;
    draft.sku = QStringLiteral("T-1");
    draft.name = QStringLiteral("绿茶 \"O'Brien\"");
    draft.unit = QStringLiteral("pcs");
    draft.price = Money::fromCents(199);
    draft.cost = Money::fromCents(100);
    auto tea = goods.create(manager, draft);
    QVERIFY(tea);
    GoodsDraft dearer = tea->draft;
    dearer.price = Money::fromCents(219);
    QVERIFY(goods.update(manager, tea->id, tea->version, dearer));

    AuditListModel model(db.database(), manager);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFilter({});
    QTRY_VERIFY(settled(model) && model.rowCount() >= 3); // the staff account, the item, the change
    QCOMPARE(model.sortOrder(), Qt::DescendingOrder);
    QCOMPARE(cell(model, 0, "changes"), QStringLiteral("Price: 1.99 → 2.19"));
    QCOMPARE(cell(model, 0, "who"), QStringLiteral("meimei"));
    QVERIFY2(cell(model, 1, "changes").contains(QStringLiteral("Name: 绿茶 \"O'Brien\"")),
             qPrintable(cell(model, 1, "changes")));
    AuditFilter one;
    one.entity = QStringLiteral("goods");
    one.entityId = QString::number(tea->id);
    model.setFilter(one);
    QTRY_VERIFY(settled(model) && model.filter().entity == QStringLiteral("goods"));
    QCOMPARE(model.rowCount(), 2);
    AuditFilter byPerson;
    byPerson.userId = manager.userId;
    model.setFilter(byPerson);
    QTRY_VERIFY(settled(model) && model.filter().userId == manager.userId);
    QCOMPARE(model.rowCount(), 2);
    AuditFilter tool;
    tool.userId = -1;
    model.setFilter(tool);
    QTRY_VERIFY(settled(model) && model.filter().userId == -1);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(cell(model, 0, "who"), QStringLiteral("Maintenance tool"));
    model.sort(model.spec().indexOf(QStringLiteral("when")), Qt::AscendingOrder);
    AuditFilter later;
    later.from = QDateTime::currentMSecsSinceEpoch() + 60000;
    model.setFilter(later);
    QTRY_VERIFY(settled(model) && model.filter().from > 0);
    QCOMPARE(model.rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestStaffAuditLists)
#include "tst_staffauditlists.moc"
