#include "importcolumns.h"

#include "domain/customer.h"
#include "domain/goods.h"
#include "domain/supplier.h"

#include <QHash>

namespace {

QString s(const char* text)
{
    return QString::fromUtf8(text);
}

QStringList list(std::initializer_list<const char*> texts)
{
    QStringList result;
    for (const char* text : texts)
        result << QString::fromUtf8(text);
    return result;
}

const QList<ImportColumn> goodsColumns = {
    {s("sku"), QT_TRANSLATE_NOOP("ImportColumns", "SKU"), list({"编码", "商品编码", "货号", "SKU编码"}), true,
     GoodsRules::skuField},
    {s("name"), QT_TRANSLATE_NOOP("ImportColumns", "Name"), list({"名称", "商品名称", "品名"}), false,
     GoodsRules::nameField},
    {s("category"), QT_TRANSLATE_NOOP("ImportColumns", "Category"), list({"分类", "类别", "商品分类"}), false,
     GoodsRules::categoryField},
    {s("barcode"), QT_TRANSLATE_NOOP("ImportColumns", "Barcode"), list({"条码", "条形码", "barcodes"}), false,
     GoodsRules::barcodeField},
    {s("unit"), QT_TRANSLATE_NOOP("ImportColumns", "Unit"), list({"单位"}), false, GoodsRules::unitField},
    {s("price"), QT_TRANSLATE_NOOP("ImportColumns", "Price"), list({"售价", "价格", "零售价", "销售价"}),
     false, GoodsRules::priceField},
    {s("cost"), QT_TRANSLATE_NOOP("ImportColumns", "Cost"), list({"成本", "进价", "成本价"}), false,
     GoodsRules::costField},
    {s("description"), QT_TRANSLATE_NOOP("ImportColumns", "Description"), list({"描述", "说明", "商品描述"}),
     false, GoodsRules::descriptionField},
    {s("reorder_point"), QT_TRANSLATE_NOOP("ImportColumns", "Reorder point"),
     list({"补货点", "再订货点", "安全库存"}), false, GoodsRules::reorderPointField},
    {s("supplier_code"), QT_TRANSLATE_NOOP("ImportColumns", "Supplier code"),
     list({"供应商编码", "供应商代码", "默认供应商"}), false, GoodsRules::supplierField},
    {s("archived"), QT_TRANSLATE_NOOP("ImportColumns", "Archived"), list({"已归档", "归档"}), false,
     s("archived")},
};

const QList<ImportColumn> categoryColumns = {
    {s("path"), QT_TRANSLATE_NOOP("ImportColumns", "Category path"),
     list({"路径", "分类", "分类路径", "category"}), true, s("name")},
    {s("archived"), QT_TRANSLATE_NOOP("ImportColumns", "Archived"), list({"已归档", "归档"}), false,
     s("archived")},
};

const QList<ImportColumn> supplierColumns = {
    {s("code"), QT_TRANSLATE_NOOP("ImportColumns", "Code"), list({"编码", "供应商编码", "代码"}), true,
     SupplierRules::codeField},
    {s("name"), QT_TRANSLATE_NOOP("ImportColumns", "Name"), list({"名称", "供应商名称", "公司名称"}), false,
     SupplierRules::nameField},
    {s("contact"), QT_TRANSLATE_NOOP("ImportColumns", "Contact"), list({"联系人"}), false,
     SupplierRules::contactField},
    {s("phone"), QT_TRANSLATE_NOOP("ImportColumns", "Phone"), list({"电话", "联系电话", "手机"}), false,
     SupplierRules::phoneField},
    {s("email"), QT_TRANSLATE_NOOP("ImportColumns", "Email"), list({"邮箱", "电子邮件", "e-mail"}), false,
     SupplierRules::emailField},
    {s("address"), QT_TRANSLATE_NOOP("ImportColumns", "Address"), list({"地址"}), false,
     SupplierRules::addressField},
    {s("payment_terms"), QT_TRANSLATE_NOOP("ImportColumns", "Payment terms"),
     list({"付款条件", "账期", "结算方式"}), false, SupplierRules::paymentTermsField},
    {s("notes"), QT_TRANSLATE_NOOP("ImportColumns", "Notes"), list({"备注"}), false,
     SupplierRules::notesField},
};

const QList<ImportColumn> supplierGoodsColumns = {
    {s("supplier_code"), QT_TRANSLATE_NOOP("ImportColumns", "Supplier code"),
     list({"供应商编码", "供应商代码"}), true, s("supplier")},
    {s("sku"), QT_TRANSLATE_NOOP("ImportColumns", "SKU"), list({"编码", "商品编码", "货号"}), true,
     SupplierRules::goodsField},
    {s("supplier_sku"), QT_TRANSLATE_NOOP("ImportColumns", "Supplier's SKU"),
     list({"供应商货号", "供应商编号"}), false, SupplierRules::supplierSkuField},
    {s("cost"), QT_TRANSLATE_NOOP("ImportColumns", "Cost"), list({"成本", "进价", "采购价"}), false,
     SupplierRules::costField},
    {s("lead_time_days"), QT_TRANSLATE_NOOP("ImportColumns", "Lead time (days)"),
     list({"交货天数", "交货期", "到货天数", "lead_time"}), false, SupplierRules::leadDaysField},
};

const QList<ImportColumn> customerColumns = {
    {s("code"), QT_TRANSLATE_NOOP("ImportColumns", "Code"), list({"编码", "客户编码", "会员号"}), false,
     CustomerRules::codeField},
    {s("name"), QT_TRANSLATE_NOOP("ImportColumns", "Name"), list({"名称", "姓名", "客户名称"}), true,
     CustomerRules::nameField},
    {s("phone"), QT_TRANSLATE_NOOP("ImportColumns", "Phone"), list({"电话", "手机", "手机号"}), false,
     CustomerRules::phoneField},
    {s("email"), QT_TRANSLATE_NOOP("ImportColumns", "Email"), list({"邮箱", "电子邮件", "e-mail"}), false,
     CustomerRules::emailField},
    {s("address"), QT_TRANSLATE_NOOP("ImportColumns", "Address"), list({"地址", "收货地址"}), false,
     CustomerRules::addressesField},
};

const QList<ImportColumn> stockColumns = {
    {s("sku"), QT_TRANSLATE_NOOP("ImportColumns", "SKU"), list({"编码", "商品编码", "货号"}), true,
     s("goods")},
    {s("warehouse"), QT_TRANSLATE_NOOP("ImportColumns", "Warehouse"), list({"仓库", "仓库编码"}), true,
     s("warehouse")},
    {s("quantity"), QT_TRANSLATE_NOOP("ImportColumns", "Quantity"), list({"数量", "库存", "在库"}), true,
     s("lines")},
    {s("unit_cost"), QT_TRANSLATE_NOOP("ImportColumns", "Unit cost"), list({"单位成本", "成本", "进价"}),
     false, s("unit_cost")},
};

QString folded(const QString& header)
{
    QString text = header.trimmed().toLower();
    text.replace(QLatin1Char(' '), QLatin1Char('_')).replace(QLatin1Char('-'), QLatin1Char('_'));
    return text;
}

} // namespace

const QList<ImportKind>& ImportKinds::all()
{
    static const QList<ImportKind> kinds = {ImportKind::Goods,     ImportKind::Categories,
                                            ImportKind::Suppliers, ImportKind::SupplierGoods,
                                            ImportKind::Customers, ImportKind::Stock};
    return kinds;
}

QString ImportKinds::key(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Goods:
        return QStringLiteral("goods");
    case ImportKind::Categories:
        return QStringLiteral("categories");
    case ImportKind::Suppliers:
        return QStringLiteral("suppliers");
    case ImportKind::SupplierGoods:
        return QStringLiteral("supplier-goods");
    case ImportKind::Customers:
        return QStringLiteral("customers");
    case ImportKind::Stock:
        return QStringLiteral("stock");
    }
    return {};
}

std::optional<ImportKind> ImportKinds::fromKey(const QString& key)
{
    for (ImportKind kind : all()) {
        if (ImportKinds::key(kind) == key.trimmed().toLower())
            return kind;
    }
    return std::nullopt;
}

QString ImportKinds::displayName(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Goods:
        return tr("Goods");
    case ImportKind::Categories:
        return tr("Categories");
    case ImportKind::Suppliers:
        return tr("Suppliers");
    case ImportKind::SupplierGoods:
        return tr("Supplier goods");
    case ImportKind::Customers:
        return tr("Customers");
    case ImportKind::Stock:
        return tr("Stock");
    }
    return {};
}

const QList<ImportColumn>& ImportKinds::columns(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Goods:
        return goodsColumns;
    case ImportKind::Categories:
        return categoryColumns;
    case ImportKind::Suppliers:
        return supplierColumns;
    case ImportKind::SupplierGoods:
        return supplierGoodsColumns;
    case ImportKind::Customers:
        return customerColumns;
    case ImportKind::Stock:
        return stockColumns;
    }
    return goodsColumns;
}

QString ImportKinds::table(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Goods:
        return QStringLiteral("goods");
    case ImportKind::Categories:
        return QStringLiteral("categories");
    case ImportKind::Suppliers:
        return QStringLiteral("suppliers");
    case ImportKind::SupplierGoods:
        return QStringLiteral("supplier_goods");
    case ImportKind::Customers:
        return QStringLiteral("customers");
    case ImportKind::Stock:
        return QStringLiteral("stock_movements");
    }
    return {};
}

Permission ImportKinds::permission(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Goods:
        return Permission::EditGoods;
    case ImportKind::Categories:
        return Permission::ManageCategories;
    case ImportKind::Suppliers:
    case ImportKind::SupplierGoods:
        return Permission::ManageSuppliers;
    case ImportKind::Customers:
        return Permission::ManageCustomers;
    case ImportKind::Stock:
        return Permission::ReceiveStock;
    }
    return Permission::ManageDatabase;
}

QString ImportKinds::title(const ImportColumn& column)
{
    return QCoreApplication::translate("ImportColumns", column.title);
}

int ImportKinds::indexOf(ImportKind kind, const QString& key)
{
    const QList<ImportColumn>& known = columns(kind);
    for (int i = 0; i < known.size(); ++i) {
        if (known.at(i).key == key)
            return i;
    }
    return -1;
}

int ImportKinds::columnFor(ImportKind kind, const QString& header)
{
    const QString wanted = folded(header);
    if (wanted.isEmpty())
        return -1;
    const QList<ImportColumn>& known = columns(kind);
    // Keys first: "category" is the goods' column, though categories also read it as their path.
    for (int i = 0; i < known.size(); ++i) {
        if (known.at(i).key == wanted)
            return i;
    }
    for (int i = 0; i < known.size(); ++i) {
        const ImportColumn& column = known.at(i);
        if (folded(QString::fromUtf8(column.title)) == wanted || folded(title(column)) == wanted)
            return i;
        for (const QString& alias : column.aliases) {
            if (folded(alias) == wanted)
                return i;
        }
    }
    return -1;
}

ImportMapping ImportKinds::mappingFor(ImportKind kind, const QStringList& header)
{
    ImportMapping mapping;
    for (const QString& name : header)
        mapping << columnFor(kind, name);
    return mapping;
}

QStringList ImportKinds::mappingProblems(ImportKind kind, const QStringList& header,
                                         const ImportMapping& mapping)
{
    QStringList problems;
    const QList<ImportColumn>& known = columns(kind);
    QHash<int, int> fileColumnOf;
    for (int i = 0; i < mapping.size(); ++i) {
        const int column = mapping.at(i);
        if (column < 0)
            continue;
        if (fileColumnOf.contains(column))
            problems << tr("Columns %1 (\"%2\") and %3 (\"%4\") are both read as %5; keep one.")
                            .arg(fileColumnOf.value(column) + 1)
                            .arg(header.value(fileColumnOf.value(column)).left(60))
                            .arg(i + 1)
                            .arg(header.value(i).left(60), known.at(column).key);
        else
            fileColumnOf.insert(column, i);
    }
    for (int i = 0; i < known.size(); ++i) {
        if (known.at(i).required && !fileColumnOf.contains(i))
            problems << tr("The file has no %1 column (%2); %3 cannot be imported without it.")
                            .arg(known.at(i).key, title(known.at(i)), displayName(kind).toLower());
    }
    return problems;
}
