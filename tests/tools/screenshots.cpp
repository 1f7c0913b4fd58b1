// Renders the real windows with demo data to PNG files for the README, the way a user sees them:
// storekeeper-screenshots --database sqlite:demo.db --user demo-manager --password ... --out docs/
#include "areas.h"
#include "audit/auditview.h"
#include "categories/categoriesview.h"
#include "common/historydialog.h"
#include "common/mainwindow.h"
#include "common/pagedtableview.h"
#include "customers/customerform.h"
#include "customers/customersview.h"
#include "db/database.h"
#include "db/migrations.h"
#include "domain/password.h"
#include "goods/goodsbulkdialog.h"
#include "goods/goodsform.h"
#include "goods/goodsview.h"
#include "languages.h"
#include "services/authservice.h"
#include "services/categoryservice.h"
#include "services/customerservice.h"
#include "services/goodsservice.h"
#include "services/supplierservice.h"
#include "services/userservice.h"
#include "suppliers/supplierform.h"
#include "suppliers/suppliersview.h"
#include "tables/auditlistmodel.h"
#include "tables/categorytreemodel.h"
#include "tables/customerlistmodel.h"
#include "tables/goodslistmodel.h"
#include "tables/goodspreviewmodel.h"
#include "tables/supplierlistmodel.h"
#include "tables/userlistmodel.h"
#include "transfer/importmappingview.h"
#include "transfer/importwizard.h"
#include "users/logindialog.h"
#include "users/staffform.h"
#include "users/staffview.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QTreeView>

namespace {

bool save(QWidget* widget, const QDir& out, const QString& name)
{
    const QString path = out.filePath(name);
    const bool ok = widget->grab().save(path);
    QTextStream(stdout) << (ok ? "wrote " : "could not write ") << path << Qt::endl;
    return ok;
}

void waitForRows(ListModel* model)
{
    QTRY_VERIFY_WITH_TIMEOUT(model->isCountKnown() && model->rowCount() > 0 &&
                                 model->index(0, 0).data(PagedTableModel::LoadedRole).toBool(),
                             20000);
    QTest::qWait(100);
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Storekeeper"));
    QApplication::setApplicationName(QStringLiteral("Storekeeper"));
    QApplication::setApplicationVersion(QStringLiteral(STOREKEEPER_VERSION));
    Password::initialize();
    QCommandLineParser parser;
    parser.addOptions(
        {{QStringLiteral("database"), QStringLiteral("database"), QStringLiteral("url")},
         {QStringLiteral("user"), QStringLiteral("user"), QStringLiteral("name")},
         {QStringLiteral("password"), QStringLiteral("password"), QStringLiteral("secret")},
         {QStringLiteral("locale"), QStringLiteral("locale"), QStringLiteral("name"), QStringLiteral("en")},
         {QStringLiteral("search"), QStringLiteral("search"), QStringLiteral("text")},
         {QStringLiteral("prefix"), QStringLiteral("file name prefix"), QStringLiteral("text")},
         {QStringLiteral("out"), QStringLiteral("folder"), QStringLiteral("dir"), QStringLiteral(".")}});
    parser.process(app);
    Languages::install(QLocale(parser.value(QStringLiteral("locale"))));
    const QDir out(parser.value(QStringLiteral("out")));
    const QString prefix = parser.value(QStringLiteral("prefix"));

    auto profile = ConnectionProfile::parse(parser.value(QStringLiteral("database")));
    if (!profile) {
        QTextStream(stderr) << profile.error().message << Qt::endl;
        return 2;
    }
    const Database database(profile.value(), qEnvironmentVariable("STOREKEEPER_DB_PASSWORD"));
    auto connection = database.connect(QStringLiteral("main"));
    if (!connection || !Migrations::migrate(connection.value())) {
        QTextStream(stderr) << "cannot open the database" << Qt::endl;
        return 1;
    }

    LoginDialog login(connection.value());
    login.findChild<QLineEdit*>(QStringLiteral("loginUsername"))
        ->setText(parser.value(QStringLiteral("user")));
    login.show();
    (void)QTest::qWaitForWindowExposed(&login);
    save(&login, out, prefix + QStringLiteral("login.png"));

    auto session = AuthService(connection.value())
                       .login(parser.value(QStringLiteral("user")), parser.value(QStringLiteral("password")));
    if (!session) {
        QTextStream(stderr) << session.error().message << Qt::endl;
        return 1;
    }
    MainWindow window(
        Workspace{database, connection.value(), session.value(), std::make_shared<JobRunner>(database)},
        Areas::all());
    window.resize(1280, 760);
    window.show();
    (void)QTest::qWaitForWindowExposed(&window);
    auto* goods = qobject_cast<GoodsView*>(window.showArea(QStringLiteral("goods")));
    waitForRows(goods->model());
    goods->table()->selectRow(2);
    save(&window, out, prefix + QStringLiteral("goods.png"));

    if (parser.isSet(QStringLiteral("search"))) {
        goods->findChild<QLineEdit*>(QStringLiteral("goodsSearch"))
            ->setText(parser.value(QStringLiteral("search")));
        QTest::qWait(300);
        waitForRows(goods->model());
        goods->table()->selectRow(0);
        save(&window, out, prefix + QStringLiteral("search.png"));
    }

    // The form as it looks when the input is wrong.
    auto first = GoodsService(connection.value()).get(session.value(), goods->model()->goodsId(0));
    if (first) {
        auto categories = CategoryService(connection.value()).list();
        GoodsForm form(window.workspace(), categories ? categories.value() : QList<Category>{}, &window);
        form.startEdit(first.value());
        form.findChild<QPlainTextEdit*>(QStringLiteral("goodsForm_barcode"))
            ->setPlainText(QStringLiteral("6901234567891"));
        form.findChild<QLineEdit*>(QStringLiteral("goodsForm_price"))->setText(QStringLiteral("12.345"));
        form.show();
        (void)QTest::qWaitForWindowExposed(&form);
        form.findChild<QPushButton*>(QStringLiteral("goodsFormSave"))->click();
        QTest::qWait(100);
        save(&form, out, prefix + QStringLiteral("form-errors.png"));
        form.close();
    }

    // Every other area, and the forms and dialogs a user spends time in.
    auto* categories = qobject_cast<CategoriesView*>(window.showArea(QStringLiteral("categories")));
    (void)QTest::qWaitFor([&] { return categories->isLoaded() && categories->model()->rowCount() > 0; },
                          20000);
    categories->tree()->expandAll();
    categories->tree()->setCurrentIndex(categories->model()->index(0, 0));
    QTest::qWait(100);
    save(&window, out, prefix + QStringLiteral("categories.png"));

    auto* suppliers = qobject_cast<SuppliersView*>(window.showArea(QStringLiteral("suppliers")));
    waitForRows(suppliers->model());
    suppliers->table()->selectRow(0);
    save(&window, out, prefix + QStringLiteral("suppliers.png"));
    if (auto supplier =
            SupplierService(connection.value()).get(session.value(), suppliers->model()->supplierId(0))) {
        SupplierForm form(window.workspace(), &window);
        form.startEdit(supplier.value());
        form.show();
        (void)QTest::qWaitForWindowExposed(&form);
        QTest::qWait(500); // the goods they sell are read off the window's thread
        save(&form, out, prefix + QStringLiteral("supplier-form.png"));
        form.close();
    }

    auto* customers = qobject_cast<CustomersView*>(window.showArea(QStringLiteral("customers")));
    waitForRows(customers->model());
    customers->table()->selectRow(0);
    save(&window, out, prefix + QStringLiteral("customers.png"));
    if (auto customer =
            CustomerService(connection.value()).get(session.value(), customers->model()->customerId(0))) {
        CustomerForm form(window.workspace(), &window);
        form.startEdit(customer.value());
        form.show();
        (void)QTest::qWaitForWindowExposed(&form);
        QTest::qWait(100);
        save(&form, out, prefix + QStringLiteral("customer-form.png"));
        form.close();
    }

    auto* staff = qobject_cast<StaffView*>(window.showArea(QStringLiteral("staff")));
    waitForRows(staff->model());
    staff->table()->selectRow(1);
    save(&window, out, prefix + QStringLiteral("staff.png"));
    if (auto account = UserService(connection.value()).get(session.value(), staff->model()->userId(1))) {
        StaffForm form(window.workspace(), &window);
        form.startEdit(account.value());
        form.show();
        (void)QTest::qWaitForWindowExposed(&form);
        QTest::qWait(100);
        save(&form, out, prefix + QStringLiteral("staff-form.png"));
        form.close();
    }

    // A price rise on the first item, so the log shows a change beside the creations.
    if (auto item = GoodsService(connection.value()).get(session.value(), goods->model()->goodsId(0))) {
        GoodsDraft dearer = item->draft;
        dearer.price = Money::fromCents(item->draft.price.cents() + 150);
        (void)GoodsService(connection.value()).update(session.value(), item->id, item->version, dearer);
    }
    auto* audit = qobject_cast<AuditView*>(window.showArea(QStringLiteral("audit")));
    waitForRows(audit->model());
    save(&window, out, prefix + QStringLiteral("audit.png"));
    if (auto item = GoodsService(connection.value()).get(session.value(), goods->model()->goodsId(0))) {
        HistoryDialog history(window.workspace(), QStringLiteral("goods"), QString::number(item->id),
                              item->draft.name, &window);
        history.show();
        (void)QTest::qWaitForWindowExposed(&history);
        waitForRows(history.model());
        save(&history, out, prefix + QStringLiteral("history.png"));
    }

    // A price change of the first dozen goods, with its preview of every row.
    window.showArea(QStringLiteral("goods"));
    goods->findChild<QLineEdit*>(QStringLiteral("goodsSearch"))->clear();
    QTest::qWait(300);
    waitForRows(goods->model());
    QList<Category> categoryList;
    if (auto read = CategoryService(connection.value()).list())
        categoryList = read.value();
    GoodsBulkDialog bulk(window.workspace(), goods->model(), {{0, 11}}, categoryList, &window);
    bulk.show();
    (void)QTest::qWaitForWindowExposed(&bulk);
    (void)QTest::qWaitFor([&] { return bulk.preview() && bulk.preview()->isCountKnown(); }, 20000);
    auto* amount = bulk.findChild<QLineEdit*>(QStringLiteral("bulkAmount"));
    amount->setText(QStringLiteral("10"));
    waitForRows(bulk.preview());
    save(&bulk, out, prefix + QStringLiteral("bulk-price.png"));
    bulk.reject();

    // A price list as Chinese Excel saves it (GBK), its columns read from the header, then checked:
    // one price is not an amount and one column is not one Storekeeper knows.
    QTemporaryDir scratch;
    const QString sheet = scratch.filePath(QStringLiteral("供应商价目表.csv"));
    {
        QFile file(sheet);
        QStringEncoder gbk("GB18030");
        if (file.open(QIODevice::WriteOnly))
            file.write(gbk.encode(QStringLiteral("编码,品名,售价,单位,备注\r\n"
                                                 "LJ-250,西湖龙井 250g,168.00,盒,明前\r\n"
                                                 "BLC-100,碧螺春 100g,¥88.50,袋,\r\n"
                                                 "TGY-500,安溪铁观音 500g,一百二,袋,\r\n"
                                                 "PE-357,云南普洱饼 357g,\"1,280.00\",饼,七子饼\r\n")));
    }
    ImportWizard wizard(window.workspace(), ImportKind::Goods, &window);
    wizard.show();
    (void)QTest::qWaitForWindowExposed(&wizard);
    wizard.setFilePath(sheet);
    (void)QTest::qWaitFor([&] { return !wizard.isReading() && wizard.mappingView()->choice(0); }, 20000);
    QTest::qWait(100);
    save(&wizard, out, prefix + QStringLiteral("import-columns.png"));
    if (auto* check = wizard.findChild<QPushButton*>(QStringLiteral("importCheck")))
        check->click();
    (void)QTest::qWaitFor(
        [&] { return !wizard.findChild<QPushButton*>(QStringLiteral("importBack"))->isHidden(); }, 20000);
    QTest::qWait(300);
    save(&wizard, out, prefix + QStringLiteral("import-report.png"));
    wizard.reject();
    return 0;
}
