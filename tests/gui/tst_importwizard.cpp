// The CSV import wizard as a manager uses it from the window: a GBK file from Chinese Excel, its
// columns read from the Chinese header, one changed by hand, a check that lists the bad row with
// its line and column and keeps Import off, the file corrected and checked again, the import with
// its progress, the rows in the database and in the list behind. A file that is not CSV at all
// says why; each role is offered only what it may import; both languages fit a laptop's screen.
#include "areas.h"
#include "common/messagewidget.h"
#include "db/sql.h"
#include "goods/goodsview.h"
#include "guisupport.h"
#include "languages.h"
#include "tables/goodslistmodel.h"
#include "transfer/importmappingview.h"
#include "transfer/importreportview.h"
#include "transfer/importwizard.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QProgressBar>
#include <QProgressDialog>
#include <QPushButton>
#include <QScreen>
#include <QStackedWidget>
#include <QStringEncoder>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace GuiTest;

class TestImportWizard : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { Languages::install(QLocale::system()); } // as the program starts
    void cleanup() { Languages::install(QLocale(QStringLiteral("en"))); }
    void mapsChecksCorrectsAndImports();
    void fileThatIsNotCsvSaysWhy();
    void offersOnlyWhatTheRoleMayImport();
    void fitsTheLaptopScreen_data();
    void fitsTheLaptopScreen();
};

namespace {

// Goods as Chinese Excel saves them: GBK, CRLF, a header in Chinese. 备注 (remarks) names no column
// of Storekeeper's; the person reads it as the description. Line 3's price is words, not a number.
QString goodsText(const char* secondPrice)
{
    return QStringLiteral("商品编码,品名,售价,单位,备注\r\n"
                          "T-1,绿茶,12.50,瓶,清香型\r\n"
                          "T-2,红茶,%1,瓶,浓香型\r\n"
                          "T-3,乌龙茶,30.00,瓶,\r\n")
        .arg(QString::fromUtf8(secondPrice));
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

QByteArray gbk(const QString& text)
{
    QStringEncoder encoder("GB18030");
    return encoder.encode(text);
}

int goodsColumnIndex(const char* key)
{
    return ImportKinds::indexOf(ImportKind::Goods, QString::fromLatin1(key));
}

QString stringAt(const Connection& connection, const QString& sql)
{
    auto value = Sql::scalar(connection, sql);
    return value ? value.value().toString() : QStringLiteral("(query failed)");
}

} // namespace

void TestImportWizard::mapsChecksCorrectsAndImports()
{
    TestDatabase db(QStringLiteral("sqlite"));
    QVERIFY2(db.ok(), qPrintable(db.error()));
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    const QString path = folder.filePath(QStringLiteral("商品.csv"));
    QVERIFY(writeFile(path, gbk(goodsText("十二元"))));

    const Session manager = db.createUser(Role::Manager, QStringLiteral("manager"));
    const Workspace workspace = workspaceFor(db, manager);
    MainWindow window(workspace, Areas::all());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* goods = area<GoodsView>(window, "goods");
    QVERIFY(goods);
    QTRY_VERIFY(goods->model()->isCountKnown());
    QCOMPARE(goods->model()->rowCount(), 0);
    auto* action = window.findChild<QAction*>(QStringLiteral("actionImport"));
    QVERIFY(action);

    withModalDialog(
        [&] { action->trigger(); },
        [&](QWidget* widget) {
            auto* wizard = qobject_cast<ImportWizard*>(widget);
            QVERIFY(wizard);
            // Opened from the goods area, it imports goods.
            QCOMPARE(find<QComboBox>(wizard, "importKind")->currentText(), QStringLiteral("Goods"));
            auto* check = find<QPushButton>(wizard, "importCheck");
            auto* import = find<QPushButton>(wizard, "importRun");
            QVERIFY(!check->isEnabled()); // no file yet

            type(wizard, "importFile", path);
            QTest::keyClick(find<QLineEdit>(wizard, "importFile"), Qt::Key_Tab); // leaving the field reads it
            QTRY_VERIFY(!wizard->isReading() && wizard->mappingView()->choice(4));
            QVERIFY(find<QComboBox>(wizard, "importEncoding")->currentText().contains(QStringLiteral("GBK")));
            QVERIFY(
                find<QComboBox>(wizard, "importDelimiter")->currentText().contains(QStringLiteral("comma")));

            // The Chinese header names four of the five columns; 备注 names none.
            ImportMappingView* mapping = wizard->mappingView();
            QCOMPARE(find<QLabel>(wizard, "importMappingHeader_1")->text(), QStringLiteral("2. 品名"));
            QCOMPARE(mapping->mapping(),
                     (ImportMapping{goodsColumnIndex("sku"), goodsColumnIndex("name"),
                                    goodsColumnIndex("price"), goodsColumnIndex("unit"), -1}));
            QCOMPARE(mapping->choice(2)->currentText(), QStringLiteral("Price"));
            QCOMPARE(mapping->choice(4)->currentText(), QStringLiteral("Not imported"));
            QTableWidget* preview = mapping->previewTable();
            QCOMPARE(preview->rowCount(), 3);
            QCOMPARE(preview->columnCount(), 5);
            QCOMPARE(preview->item(0, 1)->text(), QStringLiteral("绿茶"));
            QCOMPARE(preview->verticalHeaderItem(0)->text(), QStringLiteral("2")); // the line in the file
            QCOMPARE(preview->horizontalHeaderItem(2)->text(), QStringLiteral("售价\n→ Price"));
            QCOMPARE(preview->horizontalHeaderItem(4)->text(), QStringLiteral("备注\nnot imported"));
            QVERIFY(check->isEnabled());

            // Without the SKU the goods cannot be imported: the reason shows and Check is off.
            mapping->choice(0)->setCurrentIndex(0);
            auto* message = wizard->findChild<MessageWidget*>(QStringLiteral("importMessage"));
            QVERIFY(message);
            QVERIFY2(message->text().contains(QStringLiteral("no sku column")), qPrintable(message->text()));
            QVERIFY(!check->isEnabled());
            mapping->choice(0)->setCurrentIndex(mapping->choice(0)->findData(goodsColumnIndex("sku")));
            QVERIFY(!message->isVisible());
            QVERIFY(check->isEnabled());

            // 备注 is read as the description, chosen with the keyboard: Tab goes from choice to choice.
            mapping->choice(3)->setFocus();
            QTest::keyClick(mapping->choice(3), Qt::Key_Tab);
            QCOMPARE(QApplication::focusWidget(), mapping->choice(4));
            QTest::keyClicks(mapping->choice(4), "De");
            QCOMPARE(mapping->choice(4)->currentText(), QStringLiteral("Description"));
            QCOMPARE(preview->horizontalHeaderItem(4)->text(), QStringLiteral("备注\n→ Description"));
            QCOMPARE(mapping->mapping().at(4), goodsColumnIndex("description"));

            // The check lists the bad row with its line and column, and nothing can be imported.
            QTest::mouseClick(check, Qt::LeftButton);
            QTableWidget* problems = wizard->reportView()->problemsTable();
            QTRY_VERIFY(problems->isVisible());
            QCOMPARE(problems->rowCount(), 1);
            QCOMPARE(problems->item(0, 0)->text(), QStringLiteral("3"));
            QCOMPARE(problems->item(0, 1)->text(), QStringLiteral("Price (“售价”)"));
            QVERIFY2(problems->item(0, 2)->text().contains(QStringLiteral("十二元")),
                     qPrintable(problems->item(0, 2)->text()));
            auto* report = wizard->findChild<MessageWidget*>(QStringLiteral("importReportMessage"));
            QVERIFY(report);
            QVERIFY2(report->text().contains(QStringLiteral("1 problem found")), qPrintable(report->text()));
            QVERIFY2(report->text().contains(QStringLiteral("Nothing was written")),
                     qPrintable(report->text()));
            QVERIFY(!import->isEnabled());
            QCOMPARE(find<QLabel>(wizard, "importCountCreated")->text(), QStringLiteral("2"));
            QCOMPARE(countRows(db.connection(), QStringLiteral("SELECT COUNT(*) FROM goods")), qint64(0));

            // Corrected in the spreadsheet and saved again: the check finds nothing wrong.
            QVERIFY(writeFile(path, gbk(goodsText("12.00"))));
            QCOMPARE(check->text(), QStringLiteral("Check &again"));
            QTest::mouseClick(check, Qt::LeftButton);
            QTRY_VERIFY(import->isEnabled());
            QVERIFY(!problems->isVisible());
            QCOMPARE(find<QLabel>(wizard, "importCountCreated")->text(), QStringLiteral("3"));
            QCOMPARE(find<QLabel>(wizard, "importCountCaptionCreated")->text(),
                     QStringLiteral("would be created"));
            QVERIFY2(report->text().contains(QStringLiteral("Nothing has been written yet")),
                     qPrintable(report->text()));
            QCOMPARE(countRows(db.connection(), QStringLiteral("SELECT COUNT(*) FROM goods")), qint64(0));

            // The import shows its progress to the end.
            int shown = -1;
            int maximum = 0;
            QTest::mouseClick(import, Qt::LeftButton);
            auto* operation = wizard->findChild<QProgressDialog*>(QStringLiteral("longOperation"));
            QVERIFY(operation);
            auto* bar = operation->findChild<QProgressBar*>();
            QVERIFY(bar);
            QObject::connect(bar, &QProgressBar::valueChanged, wizard, [&, bar](int value) {
                shown = std::max(shown, value);
                maximum = bar->maximum();
            });
            QTRY_VERIFY2(report->text().startsWith(QStringLiteral("Imported")), qPrintable(report->text()));
            QCOMPARE(report->text(), QStringLiteral("Imported 3 rows from “商品.csv”: 3 created, 0 updated, "
                                                    "0 unchanged, 0 skipped."));
            QVERIFY(maximum > 0);
            QCOMPARE(shown, maximum);
            QVERIFY(!import->isEnabled()); // written: not twice
            QCOMPARE(find<QLabel>(wizard, "importCountCaptionCreated")->text(), QStringLiteral("created"));
            QTest::mouseClick(find<QPushButton>(wizard, "importClose"), Qt::LeftButton);
            QTRY_VERIFY(!wizard->isVisible());
        });

    QCOMPARE(countRows(db.connection(), QStringLiteral("SELECT COUNT(*) FROM goods")), qint64(3));
    QCOMPARE(stringAt(db.connection(), QStringLiteral("SELECT name FROM goods WHERE sku = 'T-2'")),
             QStringLiteral("红茶"));
    QCOMPARE(countRows(db.connection(), QStringLiteral("SELECT price_cents FROM goods WHERE sku = 'T-2'")),
             qint64(1200));
    QCOMPARE(stringAt(db.connection(), QStringLiteral("SELECT description FROM goods WHERE sku = 'T-1'")),
             QStringLiteral("清香型"));
    // The list behind shows them, and the window says what was imported.
    QTRY_COMPARE(goods->model()->rowCount(), 3);
    auto* notice = window.findChild<MessageWidget*>(QStringLiteral("mainNotice"));
    QVERIFY(notice);
    QVERIFY2(notice->text().startsWith(QStringLiteral("Imported 3 rows")), qPrintable(notice->text()));
}

void TestImportWizard::fileThatIsNotCsvSaysWhy()
{
    TestDatabase db(QStringLiteral("sqlite"));
    QVERIFY2(db.ok(), qPrintable(db.error()));
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    const QString picture = folder.filePath(QStringLiteral("photo.csv"));
    QByteArray png("\x89PNG\r\n\x1a\n", 8);
    png += QByteArray("\0\0\0\rIHDR\0\0\0\x10\0\0\0\x10\x08\x06\0\0\0", 25);
    QVERIFY(writeFile(picture, png));
    const Workspace workspace = workspaceFor(db, db.createUser(Role::Manager, QStringLiteral("manager")));
    ImportWizard wizard(workspace);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    auto* message = wizard.findChild<MessageWidget*>(QStringLiteral("importMessage"));
    QVERIFY(message);
    auto* check = find<QPushButton>(&wizard, "importCheck");

    wizard.setFilePath(picture);
    QTRY_VERIFY(!wizard.isReading());
    QVERIFY2(message->text().contains(QStringLiteral("photo.csv")), qPrintable(message->text()));
    QVERIFY2(
        message->text().contains(QStringLiteral("Binary data (a NUL byte): this is not a CSV text file.")),
        qPrintable(message->text()));
    QCOMPARE(message->type(), MessageWidget::Type::Error);
    QVERIFY(!check->isEnabled());

    // A file that is not there says so too.
    wizard.setFilePath(folder.filePath(QStringLiteral("gone.csv")));
    QTRY_VERIFY(!wizard.isReading());
    QVERIFY2(message->text().contains(QStringLiteral("gone.csv cannot be opened")),
             qPrintable(message->text()));
    QVERIFY(!check->isEnabled());
}

void TestImportWizard::offersOnlyWhatTheRoleMayImport()
{
    TestDatabase db(QStringLiteral("sqlite"));
    QVERIFY2(db.ok(), qPrintable(db.error()));
    // A cashier keeps the customers, and may import nothing else.
    const Workspace cashier = workspaceFor(db, db.createUser(Role::Cashier, QStringLiteral("cashier")));
    ImportWizard wizard(cashier, ImportKind::Goods);
    auto* kinds = find<QComboBox>(&wizard, "importKind");
    QCOMPARE(kinds->count(), 1);
    QCOMPARE(kinds->currentText(), QStringLiteral("Customers"));
    QCOMPARE(ImportWizard::allowedKinds(cashier.session), QList<ImportKind>{ImportKind::Customers});
    MainWindow cashierWindow(cashier, Areas::all());
    QVERIFY(cashierWindow.findChild<QAction*>(QStringLiteral("actionImport")));

    // A warehouse clerk imports opening stock, and nothing of the catalogue.
    const Workspace clerk = workspaceFor(db, db.createUser(Role::Clerk, QStringLiteral("clerk")));
    QCOMPARE(ImportWizard::allowedKinds(clerk.session), QList<ImportKind>{ImportKind::Stock});
    MainWindow clerkWindow(clerk, Areas::all());
    QVERIFY(clerkWindow.findChild<QAction*>(QStringLiteral("actionImport")));

    // A manager imports every kind.
    const Workspace manager = workspaceFor(db, db.createUser(Role::Manager, QStringLiteral("manager")));
    QCOMPARE(ImportWizard::allowedKinds(manager.session), ImportKinds::all());
}

void TestImportWizard::fitsTheLaptopScreen_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
}

void TestImportWizard::fitsTheLaptopScreen()
{
    QFETCH(QString, language);
    Languages::install(QLocale(language));
    TestDatabase db(QStringLiteral("sqlite"));
    QVERIFY2(db.ok(), qPrintable(db.error()));
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    const QString path = folder.filePath(QStringLiteral("goods.csv"));
    QVERIFY(writeFile(path, gbk(goodsText("十二元"))));
    const Workspace workspace = workspaceFor(db, db.createUser(Role::Manager, QStringLiteral("manager")));
    MainWindow window(workspace, Areas::all());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    withModalDialog(
        [&] { window.findChild<QAction*>(QStringLiteral("actionImport"))->trigger(); },
        [&](QWidget* widget) {
            auto* wizard = qobject_cast<ImportWizard*>(widget);
            QVERIFY(wizard);
            const QRect screen = wizard->screen()->availableGeometry();
            QVERIFY2(screen.contains(wizard->frameGeometry()),
                     qPrintable(QStringLiteral("%1x%2").arg(wizard->width()).arg(wizard->height())));
            wizard->setFilePath(path);
            QTRY_VERIFY(!wizard->isReading() && wizard->mappingView()->choice(4));
            QTest::qWait(30); // layouts settle
            QCOMPARE(cutLabels(wizard), QStringList());
            // Every column of the file has its choice in sight, with its whole name.
            for (int i = 0; i < 5; ++i)
                QVERIFY(!wizard->mappingView()->choice(i)->visibleRegion().isEmpty());
            QTest::mouseClick(find<QPushButton>(wizard, "importCheck"), Qt::LeftButton);
            QTRY_VERIFY(wizard->reportView()->problemsTable()->isVisible());
            QTest::qWait(30);
            QCOMPARE(cutLabels(wizard), QStringList());
            QTableWidget* problems = wizard->reportView()->problemsTable();
            // The problem's whole text is in its row: wrapped, not cut.
            const QRect needed =
                problems->fontMetrics().boundingRect(QRect(0, 0, problems->columnWidth(2) - 8, 10000),
                                                     Qt::TextWordWrap, problems->item(0, 2)->text());
            QVERIFY2(problems->rowHeight(0) >= needed.height(),
                     qPrintable(QStringLiteral("%1 < %2").arg(problems->rowHeight(0)).arg(needed.height())));
            QVERIFY(screen.contains(wizard->frameGeometry()));
        });
}

QTEST_MAIN(TestImportWizard)
#include "tst_importwizard.moc"
