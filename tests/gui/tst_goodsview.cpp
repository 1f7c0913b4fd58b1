// The goods area as a user meets it, through the real widgets: the list always shows what the
// database holds once a form closes, messages go when their cause has gone, a permanent delete
// needs a deliberate answer, and English reads the same however it was chosen.
#include "areas.h"
#include "common/pagedtableview.h"
#include "db/sql.h"
#include "domain/localformat.h"
#include "goods/goodsform.h"
#include "goods/goodsview.h"
#include "guisupport.h"
#include "languages.h"
#include "services/demodata.h"
#include "services/goodsservice.h"
#include "tables/goodslistmodel.h"

#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QStyledItemDelegate>
#include <QTableWidget>
#include <QTest>

using namespace GuiTest;

class TestGoodsView : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { Languages::install(QLocale::system()); } // as the program starts: C.UTF-8 here
    void listShowsTheStoredValueAfterACancelledConflict();
    void refusedDeleteMessageGoesWithItsCause();
    void deleteAnswersNoToEnter();
    void costIsLeftOutForRolesWithout();
    void englishReadsTheSameEverywhere();
    void defaultWindowShowsEveryColumnWhole_data();
    void defaultWindowShowsEveryColumnWhole();
};

namespace {

struct Shop
{
    TestDatabase db{QStringLiteral("sqlite")};
    Session manager;
    std::unique_ptr<Workspace> workspace;
    std::unique_ptr<MainWindow> window;
    GoodsView* goods = nullptr;

    bool open(bool demo)
    {
        if (!db.ok())
            return false;
        if (demo && !DemoData::load(db.connection(), db.createUser(Role::Admin, QStringLiteral("boss"))).ok())
            return false;
        manager = db.createUser(Role::Manager, QStringLiteral("manager"));
        workspace = std::make_unique<Workspace>(workspaceFor(db, manager));
        window = std::make_unique<MainWindow>(*workspace, Areas::all());
        window->show();
        window->activateWindow(); // shortcuts (F5, Delete) go to the active window only
        if (!QTest::qWaitForWindowActive(window.get()))
            return false;
        goods = area<GoodsView>(*window, "goods");
        return goods && QTest::qWaitFor([&] { return goods->model()->isCountKnown(); });
    }
    // Selects ROW and waits until it is loaded.
    bool select(int row)
    {
        goods->table()->setFocus();
        goods->table()->selectRow(row);
        return QTest::qWaitFor([&] { return goods->model()->goodsId(row) > 0; });
    }
    // The text the list shows in ROW's COLUMN, as its delegate writes it.
    QString cell(int row, const char* column) const
    {
        auto* delegate = qobject_cast<QStyledItemDelegate*>(goods->table()->itemDelegate());
        return delegate->displayText(goods->model()->index(row, goodsColumn(column)).data(), QLocale());
    }
};

} // namespace

void TestGoodsView::listShowsTheStoredValueAfterACancelledConflict()
{
    Shop shop;
    QVERIFY(shop.db.ok());
    auto created = GoodsService(shop.db.connection())
                       .create(TestDatabase::sessionFor(Role::Manager), goodsItem("T-1", "Tea", 3800));
    QVERIFY(created.ok());
    QVERIFY(shop.open(false));
    QVERIFY(shop.select(0));
    withModalDialog([&] { QTest::mouseClick(find<QPushButton>(shop.goods, "goodsEdit"), Qt::LeftButton); },
                    [&](QWidget* form) {
                        QCOMPARE(form->objectName(), QStringLiteral("goodsForm"));
                        // Another desk raises the price while this form is open.
                        GoodsDraft theirs = created->draft;
                        theirs.price = Money::fromCents(4200);
                        QVERIFY(GoodsService(shop.db.connection())
                                    .update(TestDatabase::sessionFor(Role::Manager), created->id,
                                            created->version, theirs)
                                    .ok());
                        type(form, "goodsForm_name", QStringLiteral("Green tea"));
                        QTest::mouseClick(find<QPushButton>(form, "goodsFormSave"), Qt::LeftButton);
                        QTRY_VERIFY(find<QWidget>(form, "conflictView")->isVisible());
                        qobject_cast<QDialog*>(form)->reject(); // Cancel: keep neither change of mine
                    });
    // No F5: the list shows their price as soon as the form is gone.
    QTRY_COMPARE(shop.cell(0, "price"), QStringLiteral("42.00"));
    QCOMPARE(shop.cell(0, "name"), QStringLiteral("Tea"));
}

void TestGoodsView::refusedDeleteMessageGoesWithItsCause()
{
    Shop shop;
    QVERIFY(shop.open(true)); // demo goods have stock movements: they cannot be deleted
    QVERIFY(shop.select(0));
    auto* message = find<QLabel>(shop.goods, "messageText");
    const auto refuseDelete = [&] {
        withModalDialog(
            [&] { QTest::mouseClick(find<QPushButton>(shop.goods, "goodsDelete"), Qt::LeftButton); },
            [&](QWidget* box) { QTest::mouseClick(find<QPushButton>(box, "confirmYes"), Qt::LeftButton); });
        QTRY_VERIFY(message->isVisible() && message->text().contains(QLatin1String("cannot be deleted")));
        // Back in the list, as a click into it does (offscreen, no window manager hands it back).
        shop.window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(shop.window.get()));
        shop.goods->table()->setFocus();
    };
    refuseDelete();
    QTest::keyClick(shop.goods->table(), Qt::Key_F5);
    QTRY_VERIFY(!message->isVisible()); // F5 reads everything again: the old refusal is gone
    QVERIFY(shop.select(0));
    refuseDelete();
    QTest::keyClick(shop.goods->table(), Qt::Key_Down); // another row: the message was about the first
    QTRY_VERIFY(!message->isVisible());
}

void TestGoodsView::deleteAnswersNoToEnter()
{
    Shop shop;
    QVERIFY(shop.db.ok());
    QVERIFY(GoodsService(shop.db.connection())
                .create(TestDatabase::sessionFor(Role::Manager), goodsItem("T-1", "Tea", 100))
                .ok());
    QVERIFY(shop.open(false));
    QVERIFY(shop.select(0));
    withModalDialog([&] { QTest::mouseClick(find<QPushButton>(shop.goods, "goodsDelete"), Qt::LeftButton); },
                    [&](QWidget* box) {
                        auto* question = qobject_cast<QMessageBox*>(box);
                        QVERIFY(question);
                        QCOMPARE(question->defaultButton()->objectName(), QStringLiteral("confirmNo"));
                        QTest::keyClick(box, Qt::Key_Return);
                    });
    QTest::qWait(100);
    QCOMPARE(countRows(shop.db.connection(), "SELECT COUNT(*) FROM goods"), qint64(1));
}

void TestGoodsView::costIsLeftOutForRolesWithout()
{
    TestDatabase db(QStringLiteral("sqlite"));
    QVERIFY2(db.ok(), qPrintable(db.error()));
    const auto created = GoodsService(db.connection())
                             .create(TestDatabase::sessionFor(Role::Manager), goodsItem("T-1", "Tea", 3800));
    QVERIFY(created.ok());
    for (const Role role : {Role::Manager, Role::Clerk, Role::Cashier}) {
        const Session session = db.createUser(role, QStringLiteral("user%1").arg(int(role)));
        const auto record = GoodsService(db.connection()).get(session, created->id);
        QVERIFY(record.ok());
        const Workspace workspace = workspaceFor(db, session);
        GoodsForm form(workspace, {});
        form.startEdit(record.value());
        const bool seesCost = role == Role::Manager;
        QCOMPARE(form.findChild<QLineEdit*>(QStringLiteral("goodsForm_cost")) != nullptr, seesCost);
        QCOMPARE(find<QTableWidget>(&form, "goodsSuppliers")->isColumnHidden(2), !seesCost);
        QCOMPARE(record->costHidden, !seesCost);
    }
}

void TestGoodsView::englishReadsTheSameEverywhere()
{
    Shop shop;
    QVERIFY(shop.db.ok());
    auto created = GoodsService(shop.db.connection())
                       .create(TestDatabase::sessionFor(Role::Manager), goodsItem("T-1", "Tea", 123450));
    QVERIFY(created.ok());
    QVERIFY(shop.open(false));
    // A bare C.UTF-8 system still gets the English translation: its plural, not "1 goods".
    QTRY_COMPARE(find<QLabel>(shop.goods, "goodsCount")->text(), QStringLiteral("1 item"));
    QVERIFY(shop.select(0));
    QCOMPARE(shop.cell(0, "price"), QStringLiteral("1,234.50"));
    const QString updated = shop.cell(0, "updated");
    QCOMPARE(updated, LocalFormat::fromMillis(created->updatedAt));
    QVERIFY2(QRegularExpression("^\\d{1,2} [A-Z][a-z]{2} \\d{4}, \\d\\d:\\d\\d$").match(updated).hasMatch(),
             qPrintable(updated));
    // The form writes the amount as the list does.
    GoodsForm form(*shop.workspace, {});
    form.startEdit(created.value());
    QCOMPARE(find<QLineEdit>(&form, "goodsForm_price")->text(), QStringLiteral("1,234.50"));
}

void TestGoodsView::defaultWindowShowsEveryColumnWhole_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
}

// At the window's first size, 1180 pixels, the search field's hint is whole and the last column is
// not cut off at the right; demo data made in a language speaks it.
void TestGoodsView::defaultWindowShowsEveryColumnWhole()
{
    QFETCH(QString, language);
    Languages::install(QLocale(language));
    struct Restore
    {
        ~Restore() { Languages::install(QLocale::system()); }
    } restore;
    Shop shop;
    QVERIFY(shop.open(true));
    QCOMPARE(shop.window->width(), 1180);
    QTest::qWait(50);
    auto* search = find<QLineEdit>(shop.goods, "goodsSearch");
    QVERIFY2(search->fontMetrics().horizontalAdvance(search->placeholderText()) < search->width() - 30,
             qPrintable(QStringLiteral("%1 in %2 px").arg(search->placeholderText()).arg(search->width())));
    const QHeaderView* header = shop.goods->table()->horizontalHeader();
    int right = 0;
    for (int i = 0; i < header->count(); ++i) {
        if (header->isSectionHidden(i))
            continue;
        right = std::max(right, header->sectionViewportPosition(i) + header->sectionSize(i));
        const QString title = shop.goods->model()->headerData(i, Qt::Horizontal).toString();
        QVERIFY2(header->fontMetrics().horizontalAdvance(title) < header->sectionSize(i), qPrintable(title));
    }
    QVERIFY2(right <= header->viewport()->width() + 1,
             qPrintable(QStringLiteral("columns end at %1, the list is %2 wide")
                            .arg(right)
                            .arg(header->viewport()->width())));
    // The demo shop was made in this language: its categories and units read in it.
    QTRY_VERIFY(shop.goods->model()->index(0, 0).data(PagedTableModel::LoadedRole).toBool());
    const QString category = shop.cell(0, "category");
    QVERIFY(!category.isEmpty());
    QCOMPARE(category.front().script() == QChar::Script_Han, language == QLatin1String("zh_CN"));
    QCOMPARE(shop.cell(0, "unit").front().script() == QChar::Script_Han, language == QLatin1String("zh_CN"));
}

QTEST_MAIN(TestGoodsView)
#include "tst_goodsview.moc"
