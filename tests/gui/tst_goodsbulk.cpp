// A bulk price change as a manager makes it, through the real widgets: select goods in the list,
// see every one of them with its price now and after, be told what is wrong with a bad amount,
// apply, and find the new prices in the list and one audit row per item.
#include "areas.h"
#include "common/messagewidget.h"
#include "common/pagedtableview.h"
#include "db/sql.h"
#include "goods/goodsbulkdialog.h"
#include "goods/goodsview.h"
#include "guisupport.h"
#include "languages.h"
#include "services/goodsservice.h"
#include "tables/goodslistmodel.h"
#include "tables/goodspreviewmodel.h"

#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using namespace GuiTest;

class TestGoodsBulk : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { Languages::install(QLocale::system()); } // as the program starts
    void priceChangePreviewsEveryRowThenApplies();
};

namespace {

// The preview's rows as "SKU price→after" in cents, once every row is read.
QStringList previewRows(GoodsPreviewModel* preview)
{
    const int sku = preview->spec().indexOf(QStringLiteral("sku"));
    const int price = preview->spec().indexOf(QStringLiteral("price"));
    const int after = preview->spec().indexOf(QStringLiteral("after"));
    QStringList rows;
    for (int row = 0; row < preview->rowCount(); ++row) {
        const QVariant shown = preview->index(row, after).data();
        rows << QStringLiteral("%1 %2→%3")
                    .arg(preview->index(row, sku).data().toString())
                    .arg(preview->index(row, price).data().value<Money>().cents())
                    .arg(shown.canConvert<Money>() ? QString::number(shown.value<Money>().cents())
                                                   : shown.toString());
    }
    return rows;
}

} // namespace

void TestGoodsBulk::priceChangePreviewsEveryRowThenApplies()
{
    TestDatabase db(QStringLiteral("sqlite"));
    QVERIFY2(db.ok(), qPrintable(db.error()));
    const Session manager = db.createUser(Role::Manager, QStringLiteral("manager"));
    const GoodsService service(db.connection());
    // 1.99 + 10 % is 2.189 and 0.05 + 10 % is 0.055: half a cent rounds up, as a till would.
    QVERIFY(service.create(manager, goodsItem("A-1", "Apple", 199)).ok());
    QVERIFY(service.create(manager, goodsItem("A-2", "Banana", 1000)).ok());
    QVERIFY(service.create(manager, goodsItem("A-3", "Cherry", 5)).ok());
    QVERIFY(service.create(manager, goodsItem("A-4", "Damson", 700)).ok()); // not selected: unchanged
    const Workspace workspace = workspaceFor(db, manager);
    MainWindow window(workspace, Areas::all());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* goods = area<GoodsView>(window, "goods");
    QVERIFY(goods);
    GoodsListModel* list = goods->model();
    QTRY_VERIFY(list->isCountKnown() && list->rowCount() == 4 && list->goodsId(3) > 0);

    auto* bulk = find<QPushButton>(goods, "goodsBulk");
    QVERIFY(!bulk->isEnabled()); // nothing selected yet
    goods->table()->setFocus();
    goods->table()->selectionModel()->select(
        QItemSelection(list->index(0, 0), list->index(2, list->columnCount() - 1)),
        QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QTRY_VERIFY(bulk->isEnabled());

    withModalDialog(
        [&] { QTest::mouseClick(bulk, Qt::LeftButton); },
        [&](QWidget* widget) {
            auto* dialog = qobject_cast<GoodsBulkDialog*>(widget);
            QVERIFY(dialog);
            QTRY_VERIFY(dialog->preview() && dialog->preview()->isCountKnown());
            GoodsPreviewModel* preview = dialog->preview();
            QCOMPARE(preview->rowCount(), 3);
            auto* apply = find<QPushButton>(dialog, "bulkApply");
            auto* message = dialog->findChild<MessageWidget*>();
            QVERIFY(message);

            // A third decimal is refused with the reason, and nothing can be applied.
            type(dialog, "bulkAmount", QStringLiteral("1.234"));
            QVERIFY(!apply->isEnabled());
            QTRY_VERIFY(message->isVisible());
            QVERIFY2(message->text().contains(QStringLiteral("two decimals")), qPrintable(message->text()));

            type(dialog, "bulkAmount", QStringLiteral("10"));
            QVERIFY(apply->isEnabled());
            QVERIFY(!message->isVisible());
            QTRY_COMPARE(previewRows(preview),
                         (QStringList{QStringLiteral("A-1 199→219"), QStringLiteral("A-2 1000→1100"),
                                      QStringLiteral("A-3 5→6")}));
            QTest::mouseClick(apply, Qt::LeftButton);
            QTRY_VERIFY(!dialog->isVisible());
        });

    auto* notice = goods->findChild<MessageWidget*>(QStringLiteral("goodsMessage"));
    QVERIFY(notice);
    QTRY_COMPARE(notice->text(), QStringLiteral("Changed the price of 3 items by +10%."));
    const int price = list->spec().indexOf(QStringLiteral("price"));
    QTRY_COMPARE(list->index(0, price).data().value<Money>().cents(), qint64(219));
    QCOMPARE(list->index(1, price).data().value<Money>().cents(), qint64(1100));
    QCOMPARE(list->index(2, price).data().value<Money>().cents(), qint64(6));
    QCOMPARE(list->index(3, price).data().value<Money>().cents(), qint64(700));
    const auto audited = Sql::scalar(
        db.connection(), QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = 'goods' AND action = "
                                        "'update' AND new_value LIKE '%price_cents%'"));
    QVERIFY(audited.ok());
    QCOMPARE(audited.value().toInt(), 3);
}

QTEST_MAIN(TestGoodsBulk)
#include "tst_goodsbulk.moc"
