#include "demodata.h"

#include "audit.h"
#include "categoryservice.h"
#include "customerservice.h"
#include "db/sql.h"
#include "db/transaction.h"
#include "domain/barcode.h"
#include "domain/uuid7.h"
#include "goodsservice.h"
#include "stockservice.h"
#include "supplierservice.h"
#include "userservice.h"
#include "warehouseservice.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>

namespace {

struct DemoGoods
{
    const char* name;
    int category; // index into the leaf categories below
    const char* unit;
    qint64 priceCents;
    qint64 costCents;
    const char* barcodePrefix; // 12 digits; the check digit is computed
};

// Leaf categories, by index: 0 tea, 1 coffee, 2 water & juice, 3 biscuits, 4 nuts, 5 sweets,
// 6 cleaning, 7 paper, 8 personal care, 9 cables, 10 power, 11 audio & input, 12 stationery.
const DemoGoods demoGoods[] = {
    {"绿茶饮料 500ml", 0, "瓶", 350, 210, "690123456001"},
    {"乌龙茶 500ml", 0, "瓶", 400, 240, "690123456002"},
    {"茉莉花茶 250g", 0, "袋", 3800, 2200, "690123456003"},
    {"西湖龙井 明前 100g", 0, "盒", 16800, 9500, "690123456004"},
    {"Pu'er Tea Cake 357g", 0, "饼", 12800, 7000, "690123456005"},
    {"Lipton Yellow Label Tea, 100 bags", 0, "box", 3990, 2400, "871800001001"},
    {"红茶拿铁 300ml", 0, "瓶", 650, 380, "690123456006"},
    {"Nescafé Gold Blend 200g", 1, "jar", 8900, 5500, "761303001002"},
    {"Starbucks House Blend Ground Coffee 250g", 1, "bag", 7800, 4800, "076211001003"},
    {"挂耳咖啡 10包", 1, "盒", 4900, 2600, "690123457001"},
    {"冷萃咖啡 330ml", 1, "罐", 1200, 650, "690123457002"},
    {"饮用天然水 550ml", 2, "瓶", 200, 90, "690123458001"},
    {"Evian Natural Mineral Water 500ml", 2, "bottle", 600, 350, "306840001004"},
    {"NFC 鲜榨橙汁 1L", 2, "瓶", 1990, 1100, "690123458002"},
    {"椰子水 330ml", 2, "罐", 850, 480, "690123458003"},
    {"柠檬味苏打水 330ml", 2, "罐", 450, 220, "690123458004"},
    {"Oreo Original Cookies 388g", 3, "pack", 1790, 1050, "762220001005"},
    {"苏打饼干 400g", 3, "袋", 1280, 700, "690123459001"},
    {"McVitie's Digestive Biscuits 400g", 3, "pack", 1590, 920, "500016801006"},
    {"蛋黄酥 6枚", 3, "盒", 2990, 1600, "690123459002"},
    {"每日坚果 25g×30袋", 4, "箱", 12900, 7500, "690123460001"},
    {"碧根果 200g", 4, "袋", 3990, 2400, "690123460002"},
    {"Roasted Almonds 500g", 4, "bag", 5900, 3600, "001234560007"},
    {"开心果 250g", 4, "袋", 4500, 2700, "690123460003"},
    {"大白兔奶糖 227g", 5, "袋", 1990, 1100, "690123461001"},
    {"Ferrero Rocher, 16 pieces", 5, "box", 6990, 4500, "800050001008"},
    {"85% 黑巧克力 100g", 5, "块", 2500, 1400, "690123461002"},
    {"Haribo Goldbears 200g", 5, "bag", 1590, 900, "400140001009"},
    {"洗洁精 1.5kg", 6, "瓶", 1690, 950, "690123462001"},
    {"Dettol Antibacterial Wipes, 40 sheets", 6, "pack", 1990, 1150, "500019601010"},
    {"洗衣凝珠 52颗", 6, "盒", 5990, 3300, "690123462002"},
    {"厨房湿巾 80抽", 6, "包", 1290, 680, "690123462003"},
    {"Tempo Pocket Tissues, 18 packs", 7, "pack", 2290, 1350, "400110001011"},
    {"三层抽纸 100抽×6包", 7, "提", 2690, 1500, "690123463001"},
    {"四层卷纸 10卷", 7, "提", 3290, 1900, "690123463002"},
    {"Colgate Total Toothpaste 120g", 8, "tube", 2490, 1300, "893506001012"},
    {"电动牙刷替换刷头 2支", 8, "盒", 5900, 2800, "690123464001"},
    {"去屑洗发水 750ml", 8, "瓶", 6900, 3800, "690123464002"},
    {"Nivea Men Face Wash 100g", 8, "tube", 4500, 2500, "400590001013"},
    {"护手霜 50ml", 8, "支", 2900, 1450, "690123464003"},
    {"USB-C 数据线 1m", 9, "条", 2900, 1200, "690123465001"},
    {"Lightning Cable 1m (MFi)", 9, "piece", 5900, 3100, "019048001014"},
    {"Anker PowerCore 10000mAh", 10, "piece", 12900, 8200, "084833001015"},
    {"22.5W 快充充电宝 20000mAh", 10, "个", 16900, 9800, "690123466001"},
    {"静音无线鼠标", 11, "个", 7900, 4200, "690123467001"},
    {"入耳式蓝牙耳机", 11, "副", 19900, 11500, "690123467002"},
    {"SanDisk microSD 128GB", 11, "piece", 8900, 5800, "061965001016"},
    {"Muji Gel Ink Pen 0.5mm, black", 12, "piece", 800, 420, "454986001017"},
    {"A5 方格笔记本 80页", 12, "本", 1200, 550, "690123468001"},
    {"便利贴 76×76mm 6本", 12, "包", 1500, 720, "690123468002"},
    {"中号订书机", 12, "个", 2500, 1250, "690123468003"},
    {"Pilot FriXion Erasable Pen", 12, "piece", 1800, 1000, "490201001018"},
};

struct DemoSupplier
{
    const char* name;
    const char* contact;
    const char* phone;
    const char* email;
};

const DemoSupplier demoSuppliers[] = {
    {"杭州龙井茶业有限公司", "陈国强", "0571-8765 4321", "sales@longjing-tea.example"},
    {"上海优品食品贸易有限公司", "李晓燕", "021-6543 2100", "order@youpin-food.example"},
    {"Global Snacks Import Ltd.", "Emma Clarke", "+44 20 7946 0321", "trade@globalsnacks.example"},
    {"深圳创联数码配件厂", "王海涛", "0755-2233 4455", "b2b@chuanglian.example"},
    {"广州洁净日化有限公司", "赵丽", "020-8888 6666", "service@jiejing.example"},
};

struct DemoCustomer
{
    const char* name;
    const char* phone;
    const char* email;
    const char* address;
};

const DemoCustomer demoCustomers[] = {
    {"张伟", "138 0013 8001", "zhang.wei@example.com", "北京市朝阳区建国路 88 号"},
    {"王芳", "139 1234 5678", "wangfang@example.com", "上海市浦东新区世纪大道 100 号"},
    {"李娜", "137 2468 1357", "", "广州市天河区体育西路 12 号"},
    {"刘洋", "136 1111 2222", "liuyang@example.cn", "深圳市南山区科技园南路 8 号"},
    {"陈静", "135 9876 5432", "", "杭州市西湖区文三路 259 号"},
    {"杨磊", "158 0000 1234", "yang.lei@example.com", "成都市武侯区人民南路四段 1 号"},
    {"赵敏", "186 5555 6666", "", "南京市鼓楼区中山路 321 号"},
    {"黄婷", "187 7777 8888", "huangting@example.cn", "武汉市洪山区珞喻路 1037 号"},
    {"周杰", "150 1212 3434", "", "西安市雁塔区长安南路 5 号"},
    {"吴霞", "151 4545 6767", "wuxia@example.com", "苏州市工业园区星湖街 328 号"},
    {"Emily Chen", "+86 131 0101 0202", "emily.chen@example.com", "Room 1203, 1 Century Ave, Shanghai"},
    {"David Wang", "+86 132 0303 0404", "david.wang@example.com", "8 Keyuan Rd, Nanshan, Shenzhen"},
    {"Sarah Li", "+852 9123 4567", "sarah.li@example.hk", "18 Harbour Rd, Wan Chai, Hong Kong"},
    {"Michael Zhang", "+1 415 555 0134", "m.zhang@example.com", "500 Howard St, San Francisco, CA"},
    {"孙丽华", "133 8080 9090", "", "天津市和平区南京路 219 号"},
    {"马超", "134 6060 7070", "machao@example.cn", "重庆市渝中区解放碑 1 号"},
};

QString barcodeFor(const char* prefix)
{
    const QString digits = QString::fromLatin1(prefix);
    return digits + QString::number(gtinCheckDigit(digits));
}

} // namespace

const QList<DemoData::Account>& DemoData::accounts()
{
    static const QList<Account> list = {
        {"demo-admin", "oolong-teapot-1", Role::Admin},
        {"demo-manager", "oolong-teapot-2", Role::Manager},
        {"demo-clerk", "oolong-teapot-3", Role::Clerk},
        {"demo-cashier", "oolong-teapot-4", Role::Cashier},
    };
    return list;
}

Result<DemoData::Summary> DemoData::load(const Connection& connection, const Session& session)
{
    if (auto allowed = requirePermission(session, Permission::ManageDatabase); !allowed)
        return allowed.error();
    Transaction transaction(connection);
    if (!transaction.ok())
        return transaction.error();
    auto goodsCount = Sql::scalar(connection, QStringLiteral("SELECT COUNT(*) FROM goods"));
    if (!goodsCount)
        return goodsCount.error();
    if (goodsCount.value().toLongLong() > 0)
        return Error::make(
            Error::Kind::Validation,
            tr("The database already has goods; demo data is only added to an empty catalogue."));
    Summary summary;

    // Staff: one account per role, skipping user names already taken.
    const UserService users(connection);
    const QString displayNames[] = {tr("Demo administrator"), tr("Demo manager"), tr("Demo clerk"),
                                    tr("Demo cashier")};
    // A shop that already has an administrator gets no second one with a published password, and
    // one with staff of its own (more than the administrator who set it up) gets none at all.
    auto admins = Sql::scalar(connection, QStringLiteral("SELECT COUNT(*) FROM users WHERE role = 'admin'"));
    if (!admins)
        return admins.error();
    auto staff = Sql::scalar(connection, QStringLiteral("SELECT COUNT(*) FROM users"));
    if (!staff)
        return staff.error();
    const int demoAccounts = staff.value().toLongLong() > 1 ? 0 : int(accounts().size());
    for (int i = 0; i < demoAccounts; ++i) {
        const Account& account = accounts().at(i);
        if (account.role == Role::Admin && admins.value().toLongLong() > 0)
            continue;
        auto taken = Sql::scalar(connection, QStringLiteral("SELECT id FROM users WHERE username = ?"),
                                 {QString::fromLatin1(account.username)});
        if (!taken)
            return taken.error();
        if (taken.value().isValid())
            continue;
        auto created = users.create(session, {QString::fromLatin1(account.username), displayNames[i],
                                              QString::fromLatin1(account.password), account.role});
        if (!created)
            return created.error();
        ++summary.staff;
        summary.accounts.append(account);
    }

    // Categories: a two-level tree.
    const CategoryService categories(connection);
    const QList<QPair<QString, QStringList>> tree = {
        {tr("Drinks"), {tr("Tea"), tr("Coffee"), tr("Water & juice")}},
        {tr("Snacks"), {tr("Biscuits"), tr("Nuts"), tr("Sweets")}},
        {tr("Household"), {tr("Cleaning"), tr("Paper")}},
        {tr("Personal care"), {}},
        {tr("Electronics"), {tr("Cables"), tr("Power banks"), tr("Audio & input")}},
        {tr("Stationery"), {}},
    };
    QList<qint64> leaves;
    for (const auto& [parentName, children] : tree) {
        auto parent = categories.create(session, parentName, 0);
        if (!parent)
            return parent.error();
        ++summary.categories;
        if (children.isEmpty())
            leaves.append(parent.value());
        for (const QString& childName : children) {
            auto child = categories.create(session, childName, parent.value());
            if (!child)
                return child.error();
            ++summary.categories;
            leaves.append(child.value());
        }
    }

    // Warehouses.
    const WarehouseService warehouses(connection);
    QList<qint64> warehouseIds;
    for (const auto& [code, name] : QList<QPair<QString, QString>>{
             {QStringLiteral("MAIN"), tr("Main warehouse")}, {QStringLiteral("STORE-1"), tr("Shop floor")}}) {
        auto created = warehouses.create(session, {code, name, QString()});
        if (!created)
            return created.error();
        warehouseIds.append(created->id);
    }

    // Suppliers first, so each goods item can name its usual one.
    const SupplierService suppliers(connection);
    QList<qint64> supplierIds;
    for (const DemoSupplier& supplier : demoSuppliers) {
        SupplierDraft draft;
        draft.code = QStringLiteral("S%1").arg(supplierIds.size() + 1, 5, 10, QLatin1Char('0'));
        draft.name = QString::fromUtf8(supplier.name);
        draft.contact = QString::fromUtf8(supplier.contact);
        draft.phone = QString::fromUtf8(supplier.phone);
        draft.email = QString::fromUtf8(supplier.email);
        draft.paymentTerms = tr("%n days net", nullptr, 30);
        auto created = suppliers.create(session, draft);
        if (!created)
            return created.error();
        supplierIds << created->id;
    }
    summary.suppliers = int(supplierIds.size());

    // Goods, each received into stock with a ledger entry and its level.
    const GoodsService goods(connection);
    QVector<QList<StockLine>> openingStock(warehouseIds.size());
    int serial = 0;
    for (const DemoGoods& item : demoGoods) {
        GoodsDraft draft;
        draft.sku = QStringLiteral("SK-%1").arg(10001 + serial, 5, 10, QLatin1Char('0'));
        draft.barcodes = {barcodeFor(item.barcodePrefix)};
        draft.name = QString::fromUtf8(item.name);
        draft.categoryId = leaves.value(item.category);
        draft.unit = QString::fromUtf8(item.unit);
        draft.price = Money::fromCents(item.priceCents);
        draft.cost = Money::fromCents(item.costCents);
        draft.defaultSupplierId = supplierIds.at(serial % supplierIds.size());
        auto created = goods.create(session, draft);
        if (!created)
            return created.error();
        // Offered by one supplier at its cost price, who is also its usual supplier.
        SupplierOfferDraft offer;
        offer.supplierId = draft.defaultSupplierId;
        offer.goodsId = created->id;
        offer.supplierSku = QStringLiteral("S%1-%2").arg(serial % supplierIds.size() + 1).arg(serial + 1);
        offer.cost = draft.cost;
        offer.leadDays = 3 + serial % 5;
        if (auto offered = suppliers.saveOffer(session, offer, 0); !offered)
            return offered.error();
        for (int w = 0; w < warehouseIds.size(); ++w)
            openingStock[w].append({created->id, w == 0 ? 40 + (serial * 37) % 260 : 6 + (serial * 13) % 30});
        ++serial;
    }
    summary.goods = serial;
    // Each warehouse's opening stock, received as the stock area receives it.
    const StockService stock(connection);
    for (int w = 0; w < warehouseIds.size(); ++w) {
        StockCommand receipt;
        receipt.operationId = newUuid7();
        receipt.kind = MovementKind::Receipt;
        receipt.warehouseId = warehouseIds.at(w);
        receipt.lines = openingStock.at(w);
        receipt.note = tr("Opening stock");
        if (auto received = stock.apply(session, receipt); !received)
            return received.error();
    }

    // Customers.
    const CustomerService customers(connection);
    int customerIndex = 0;
    for (const DemoCustomer& customer : demoCustomers) {
        CustomerDraft draft;
        draft.code = QStringLiteral("M%1").arg(100001 + customerIndex);
        draft.name = QString::fromUtf8(customer.name);
        draft.phone = QString::fromUtf8(customer.phone);
        draft.email = QString::fromUtf8(customer.email);
        draft.addresses = {CustomerAddress{
            {}, tr("Home"), draft.name, draft.phone, QString::fromUtf8(customer.address), true}};
        if (auto created = customers.create(session, draft); !created)
            return created.error();
        ++customerIndex;
    }
    summary.customers = customerIndex;

    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return summary;
}
