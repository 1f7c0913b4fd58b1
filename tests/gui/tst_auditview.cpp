#include "areas.h"
#include "audit/auditview.h"
#include "common/historydialog.h"
#include "goods/goodsform.h"
#include "guisupport.h"
#include "languages.h"
#include "services/audit.h"
#include "services/goodsservice.h"
#include "services/userservice.h"
#include "tables/auditlistmodel.h"

#include <QComboBox>
#include <QDateEdit>
#include <QPushButton>
#include <QTest>

using namespace GuiTest;

// The audit log through its real widgets: administrators and managers have it, the others do not;
// a price change shows as old → new, newest first; the filters narrow by kind and record, person
// and day; a goods form's History shows that item's changes only; in Chinese as in English.
class TestAuditView : public QObject
{
    Q_OBJECT
private slots:
    void cleanup() { Languages::install(QLocale(QStringLiteral("en"))); }
    void onlyAdministratorsAndManagersSeeTheLog();
    void showsWhatChangedAndFilters_data();
    void showsWhatChangedAndFilters();
    void historyFromTheGoodsForm();
};

namespace {

QString cell(const AuditListModel* model, int row, const char* column)
{
    return model->index(row, model->spec().indexOf(QLatin1String(column))).data().toString();
}

bool settled(const AuditListModel* model)
{
    return model->isCurrent() && model->isCountKnown() &&
           (model->rowCount() == 0 || model->index(0, 0).data(PagedTableModel::LoadedRole).toBool());
}

} // namespace

void TestAuditView::onlyAdministratorsAndManagersSeeTheLog()
{
    TestDatabase db(QStringLiteral("sqlite"));
    QVERIFY2(db.ok(), qPrintable(db.error()));
    for (Role role : {Role::Admin, Role::Manager}) {
        MainWindow window(workspaceFor(db, TestDatabase::sessionFor(role)), Areas::all());
        QVERIFY(window.areaNames().contains(QStringLiteral("Audit log")));
    }
    for (Role role : {Role::Clerk, Role::Cashier}) {
        MainWindow window(workspaceFor(db, TestDatabase::sessionFor(role)), Areas::all());
        QVERIFY(!window.areaNames().contains(QStringLiteral("Audit log")));
        // And the service refuses them the list of people in it.
        QCOMPARE(Audit::people(db.connection(), TestDatabase::sessionFor(role)).error().kind,
                 Error::Kind::Permission);
    }
}

void TestAuditView::showsWhatChangedAndFilters_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("changed");
    QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("Price: 1.99 → 2.19")
                        << QStringLiteral("changed");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN") << QStringLiteral("售价：1.99 → 2.19")
                           << QStringLiteral("修改");
}

void TestAuditView::showsWhatChangedAndFilters()
{
    QFETCH(QString, language);
    QFETCH(QString, change);
    QFETCH(QString, changed);
    Languages::install(QLocale(language));
    TestDatabase db(QStringLiteral("sqlite"));
    QVERIFY2(db.ok(), qPrintable(db.error()));
    const Session manager = db.createUser(Role::Manager, QStringLiteral("meimei"));
    const GoodsService goods(db.connection());
    auto tea = goods.create(manager, goodsItem("T-1", "Tea", 199));
    auto cup = goods.create(Session::maintenance(), goodsItem("C-1", "Cup", 500));
    QVERIFY(tea && cup);
    GoodsDraft dearer = tea->draft;
    dearer.price = Money::fromCents(219);
    QVERIFY(goods.update(manager, tea->id, tea->version, dearer));

    MainWindow window(workspaceFor(db, manager), Areas::all());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* view = area<AuditView>(window, "audit");
    QVERIFY(view);
    AuditListModel* model = view->model();
    // Newest first: the price change, by meimei, old → new and nothing else (the version is bookkeeping).
    QTRY_VERIFY(settled(model) && model->rowCount() >= 4);
    QCOMPARE(cell(model, 0, "changes"), change);
    QCOMPARE(cell(model, 0, "action"), changed);
    QCOMPARE(cell(model, 0, "who"), QStringLiteral("meimei"));
    QCOMPARE(cell(model, 0, "entityId"), QString::number(tea->id));

    // One record: its kind and number.
    auto* kind = find<QComboBox>(view, "auditKind");
    kind->setCurrentIndex(kind->findData(QStringLiteral("goods")));
    type(view, "auditSearch", QString::number(tea->id));
    QTRY_VERIFY(settled(model) && model->filter().entityId == QString::number(tea->id));
    QCOMPARE(model->rowCount(), 2);
    // One person: the maintenance tool made the cup.
    view->searchField()->clear();
    auto* who = find<QComboBox>(view, "auditWho");
    who->setCurrentIndex(who->findData(qint64(-1)));
    QTRY_VERIFY(settled(model) && model->filter().userId == -1 && model->filter().entityId.isEmpty());
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(cell(model, 0, "entityId"), QString::number(cup->id));
    // Days: nothing was changed before yesterday.
    who->setCurrentIndex(0);
    find<QDateEdit>(view, "auditUntil")->setDate(QDate::currentDate().addDays(-1));
    QTRY_VERIFY(settled(model) && model->filter().until > 0);
    QCOMPARE(model->rowCount(), 0);
    QCOMPARE(cutLabels(&window), QStringList());
}

void TestAuditView::historyFromTheGoodsForm()
{
    TestDatabase db(QStringLiteral("sqlite"));
    QVERIFY2(db.ok(), qPrintable(db.error()));
    const Session manager = db.createUser(Role::Manager, QStringLiteral("meimei"));
    const GoodsService goods(db.connection());
    auto tea = goods.create(manager, goodsItem("T-1", "Tea", 199));
    QVERIFY(goods.create(manager, goodsItem("C-1", "Cup", 500)));
    GoodsDraft renamed = tea->draft;
    renamed.name = QStringLiteral("Green tea");
    QVERIFY(goods.update(manager, tea->id, tea->version, renamed));
    auto current = goods.get(manager, tea->id);
    QVERIFY(current);

    const Workspace workspace = workspaceFor(db, manager);
    GoodsForm form(workspace, {});
    form.startEdit(current.value());
    form.show();
    QVERIFY(QTest::qWaitForWindowExposed(&form));
    withModalDialog([&] { QTest::mouseClick(find<QPushButton>(&form, "goodsFormHistory"), Qt::LeftButton); },
                    [&](QWidget* dialog) {
                        auto* history = qobject_cast<HistoryDialog*>(dialog);
                        QVERIFY(history);
                        QTRY_VERIFY(settled(history->model()));
                        QCOMPARE(history->model()->rowCount(), 2); // its creation and the rename; not the cup
                        QCOMPARE(cell(history->model(), 0, "changes"),
                                 QStringLiteral("Name: Tea → Green tea"));
                        history->reject();
                    });
    // A clerk's form has no History: the log is not theirs to read.
    const Workspace clerkDesk = workspaceFor(db, db.createUser(Role::Clerk, QStringLiteral("clerk")));
    GoodsForm clerkForm(clerkDesk, {});
    clerkForm.startEdit(current.value());
    QVERIFY(!clerkForm.findChild<QPushButton*>(QStringLiteral("goodsFormHistory")));
}

QTEST_MAIN(TestAuditView)
#include "tst_auditview.moc"
