// File → Export as a person uses it: the list in front goes into the file as it is searched, sorted
// and laid out, in the format chosen in the save dialog, which remembers the folder and format for
// the next time; an export that cannot be written says so and leaves the old file as it was.
#include "areas.h"
#include "common/listareaview.h"
#include "common/messagewidget.h"
#include "common/pagedtableview.h"
#include "goods/goodsview.h"
#include "guisupport.h"
#include "languages.h"
#include "services/goodsservice.h"
#include "tables/goodslistmodel.h"
#include "transfer/csvreader.h"

#include <QAction>
#include <QBuffer>
#include <QDate>
#include <QFile>
#include <QFileDialog>
#include <QHeaderView>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace GuiTest;

class TestListExport : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        Languages::install(QLocale::system()); // English, as the program starts here
        QSettings().clear();                   // the save dialog's first time
    }
    void exportsTheListAsShown();
    void saveDialogRemembersFolderAndFormat();
    void refusedExportLeavesTheOldFile();
    void offeredOnListsOnly();
};

namespace {

struct Shop
{
    TestDatabase db{QStringLiteral("sqlite")};
    Session session;
    std::unique_ptr<Workspace> workspace;
    std::unique_ptr<MainWindow> window;
    GoodsView* goods = nullptr;

    // Tea at 12.00, 8.50 and 30.00 (one of them with a Chinese name) and coffee at 5.00.
    bool open(Role role = Role::Manager)
    {
        if (!db.ok())
            return false;
        GoodsService service(db.connection());
        const Session manager = TestDatabase::sessionFor(Role::Manager);
        for (GoodsDraft draft : {goodsItem("T-1", "Green tea", 1200), goodsItem("T-2", "Black tea", 850),
                                 goodsItem("T-3", "tea", 3000), goodsItem("C-1", "Coffee", 500)}) {
            if (draft.sku == QLatin1String("T-3"))
                draft.name = QStringLiteral("龙井 tea");
            if (!service.create(manager, draft).ok())
                return false;
        }
        session = db.createUser(role, QStringLiteral("someone"));
        workspace = std::make_unique<Workspace>(workspaceFor(db, session));
        window = std::make_unique<MainWindow>(*workspace, Areas::all());
        window->show();
        window->activateWindow();
        if (!QTest::qWaitForWindowActive(window.get()))
            return false;
        goods = area<GoodsView>(*window, "goods");
        return goods && QTest::qWaitFor([&] { return goods->model()->isCountKnown(); });
    }
    // The list searched for tea, dearest first, with the name moved in front of the SKU and the
    // unit hidden.
    bool arrange()
    {
        type(goods, "goodsSearch", QStringLiteral("tea"));
        QHeaderView* header = goods->table()->horizontalHeader();
        header->setSectionHidden(goodsColumn("unit"), true);
        header->moveSection(header->visualIndex(goodsColumn("name")), 0);
        goods->table()->sortByColumn(goodsColumn("price"), Qt::DescendingOrder);
        return QTest::qWaitFor([&] {
            return goods->model()->isCurrent() && goods->model()->isCountKnown() &&
                   goods->model()->totalCount() == 3;
        });
    }
    QString message() const { return goods->message()->text(); }
    // Exports the list to PATH, once the last message was closed, and waits for what it says.
    bool exported(const QString& path, ExportFormat format)
    {
        goods->message()->hide();
        goods->exportListTo(QStringLiteral("Goods"), {path, format});
        return QTest::qWaitFor([&] { return goods->message()->isVisible(); });
    }
};

QList<QStringList> csvRows(const QString& path, TextEncoding encoding)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    CsvReader reader(&file, {encoding, QLatin1Char(',')});
    QList<QStringList> rows;
    CsvRecord record;
    while (reader.next(&record))
        rows << record.fields;
    return rows;
}

QString unzipped(const QString& path, const QString& member)
{
    QProcess unzip;
    unzip.start(QStringLiteral("unzip"), {QStringLiteral("-p"), path, member});
    unzip.waitForFinished();
    return QString::fromUtf8(unzip.readAllStandardOutput());
}

} // namespace

void TestListExport::exportsTheListAsShown()
{
    Shop shop;
    QVERIFY(shop.open());
    QVERIFY(shop.arrange());
    QTemporaryDir dir;

    const QString csv = dir.filePath(QStringLiteral("goods.csv"));
    QVERIFY(shop.exported(csv, ExportFormat::CsvUtf8));
    QVERIFY2(shop.message().contains(QLatin1String("Exported 3 rows")), qPrintable(shop.message()));
    QCOMPARE(shop.goods->message()->type(), MessageWidget::Type::Information);
    QFile raw(csv);
    QVERIFY(raw.open(QIODevice::ReadOnly));
    QVERIFY(raw.readAll().startsWith("\xEF\xBB\xBF")); // Excel reads it as UTF-8
    const QList<QStringList> rows = csvRows(csv, TextEncoding::Utf8);
    QCOMPARE(rows.size(), 4);
    QCOMPARE(rows.at(0).at(0), QStringLiteral("Name"));
    QCOMPARE(rows.at(0).at(1), QStringLiteral("SKU"));
    QVERIFY(!rows.at(0).contains(QStringLiteral("Unit")));
    QVERIFY(rows.at(0).contains(QStringLiteral("Cost"))); // a manager sees costs
    QCOMPARE(rows.at(0).size(), shop.goods->table()->horizontalHeader()->count() -
                                    shop.goods->table()->horizontalHeader()->hiddenSectionCount());
    QCOMPARE(rows.at(1).mid(0, 2), QStringList({QStringLiteral("龙井 tea"), QStringLiteral("T-3")}));
    QCOMPARE(rows.at(2).at(1), QStringLiteral("T-1"));
    QCOMPARE(rows.at(3).at(1), QStringLiteral("T-2"));

    // The same for Chinese Excel, in GBK without a byte order mark.
    const QString gbk = dir.filePath(QStringLiteral("goods-gbk.csv"));
    QVERIFY(shop.exported(gbk, ExportFormat::CsvGbk));
    QFile gbkFile(gbk);
    QVERIFY(gbkFile.open(QIODevice::ReadOnly));
    const QByteArray bytes = gbkFile.readAll();
    QVERIFY(!bytes.startsWith("\xEF\xBB\xBF"));
    QVERIFY(bytes.contains("\xC1\xFA\xBE\xAE")); // 龙井
    QCOMPARE(csvRows(gbk, TextEncoding::Gbk), rows);

    // And a workbook: one sheet named after the list, the same rows.
    const QString xlsx = dir.filePath(QStringLiteral("goods.xlsx"));
    QVERIFY(shop.exported(xlsx, ExportFormat::Xlsx));
    QVERIFY2(shop.message().contains(QLatin1String("Exported 3 rows")), qPrintable(shop.message()));
    QVERIFY(unzipped(xlsx, QStringLiteral("xl/workbook.xml")).contains(QLatin1String("name=\"Goods\"")));
    const QString sheet = unzipped(xlsx, QStringLiteral("xl/worksheets/sheet1.xml"));
    QVERIFY(sheet.indexOf(QLatin1String("龙井 tea")) < sheet.indexOf(QLatin1String("Green tea")));
    QVERIFY(!sheet.contains(QLatin1String("Coffee")));
    QVERIFY(sheet.contains(QLatin1String("<v>30</v>"))); // amounts are numbers Excel can add up
    QCOMPARE(QFile::permissions(xlsx) & QFileDevice::ReadOther, QFileDevice::ReadOther);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 3); // nothing left beside them
}

void TestListExport::saveDialogRemembersFolderAndFormat()
{
    Shop shop;
    QVERIFY(shop.open(Role::Clerk));
    QTemporaryDir dir;
    auto* action = shop.window->findChild<QAction*>(QStringLiteral("actionExport"));
    QVERIFY(action && action->isEnabled());
    const QString path = dir.filePath(QStringLiteral("stock take.xlsx"));
    withModalDialog(
        [&] { action->trigger(); },
        [&](QWidget* widget) {
            auto* dialog = qobject_cast<QFileDialog*>(widget);
            QVERIFY(dialog);
            // A name that says what and when, as CSV the first time.
            const QString offered = dialog->selectedFiles().value(0);
            QVERIFY2(offered.endsWith(
                         QStringLiteral("Goods %1.csv").arg(QDate::currentDate().toString(Qt::ISODate))),
                     qPrintable(offered));
            dialog->selectNameFilter(QStringLiteral("Excel workbook (*.xlsx)"));
            type(dialog, "fileNameEdit", path);
            QMetaObject::invokeMethod(dialog, "accept"); // Save
        });
    QTRY_VERIFY2(QFile::exists(path),
                 qPrintable(shop.message() + QDir(dir.path()).entryList().join(QLatin1Char(','))));
    QTRY_VERIFY(shop.message().contains(QLatin1String("Exported 4 rows")));
    // A clerk's file has no costs: the column is not in the clerk's list at all.
    const QString sheet = unzipped(path, QStringLiteral("xl/worksheets/sheet1.xml"));
    QVERIFY(sheet.contains(QLatin1String("Coffee")));
    QVERIFY(!sheet.contains(QLatin1String("<t>Cost</t>")));
    QVERIFY(!sheet.contains(QLatin1String("<v>6</v>"))); // half of 12.00

    // The next export starts in that folder, as a workbook.
    withModalDialog([&] { action->trigger(); },
                    [&](QWidget* widget) {
                        auto* dialog = qobject_cast<QFileDialog*>(widget);
                        QVERIFY(dialog);
                        QCOMPARE(dialog->directory().absolutePath(), QDir(dir.path()).absolutePath());
                        QVERIFY(dialog->selectedFiles().value(0).endsWith(QLatin1String(".xlsx")));
                        QCOMPARE(dialog->selectedNameFilter(), QStringLiteral("Excel workbook (*.xlsx)"));
                        dialog->reject(); // changed their mind: nothing happens
                    });
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 1);
}

void TestListExport::refusedExportLeavesTheOldFile()
{
    Shop shop;
    QVERIFY(shop.open());
    QTemporaryDir dir;
    // A folder that no longer exists.
    const QString gone = dir.filePath(QStringLiteral("gone/goods.csv"));
    QVERIFY(shop.exported(gone, ExportFormat::CsvUtf8));
    QVERIFY2(shop.message().startsWith(QLatin1String("Nothing was exported")), qPrintable(shop.message()));
    QVERIFY(shop.message().contains(QLatin1String("Choose a folder")));
    QCOMPARE(shop.goods->message()->type(), MessageWidget::Type::Error);
    QVERIFY(!QFile::exists(gone));

    // A file in a folder that may not be written to keeps what it held (root may write anywhere:
    // a directory in its place is what nobody can write over).
    for (const ExportFormat format : {ExportFormat::CsvUtf8, ExportFormat::Xlsx}) {
        const QString taken = dir.filePath(format == ExportFormat::Xlsx ? QStringLiteral("taken.xlsx")
                                                                        : QStringLiteral("taken.csv"));
        QVERIFY(QDir().mkpath(taken + QStringLiteral("/kept")));
        QVERIFY(shop.exported(taken, format));
        QVERIFY2(shop.message().startsWith(QLatin1String("Nothing was exported")),
                 qPrintable(shop.message()));
        QVERIFY(QFileInfo(taken + QStringLiteral("/kept")).isDir());
    }
    const QStringList left =
        QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
    QCOMPARE(left, QStringList({QStringLiteral("taken.csv"), QStringLiteral("taken.xlsx")}));
}

void TestListExport::offeredOnListsOnly()
{
    Shop shop;
    QVERIFY(shop.open(Role::Admin));
    auto* action = shop.window->findChild<QAction*>(QStringLiteral("actionExport"));
    QVERIFY(action);
    QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_E));
    for (const char* key : {"goods", "suppliers", "customers", "staff", "audit"}) {
        QVERIFY(shop.window->showArea(QString::fromLatin1(key)));
        QVERIFY2(action->isEnabled(), key);
    }
    QVERIFY(shop.window->showArea(QStringLiteral("categories"))); // a tree, exported headless
    QVERIFY(!action->isEnabled());
}

QTEST_MAIN(TestListExport)
#include "tst_listexport.moc"
