#include "suppliergoodslistmodel.h"

#include <QCoreApplication>

namespace SupplierGoodsList {

ListSpec spec()
{
    using Kind = ListColumn::Kind;
    ListSpec spec;
    spec.table = QStringLiteral("supplier_goods o");
    spec.joins = QStringLiteral("JOIN goods g ON g.id = o.goods_id");
    // Unique within one supplier's offers, which filter() scopes the list to; the page loader
    // repeats the scope when it reads a page's rows by key.
    spec.key = QStringLiteral("o.goods_id");
    spec.version = QStringLiteral("o.version");
    // Their SKU sorts from ux_supplier_goods_sku (supplier_id, supplier_sku); without it the offers
    // come in the order of the key (supplier_id, goods_id). Our SKU and name live in goods, where
    // no index knows the supplier, so they do not sort.
    spec.columns = {
        {QStringLiteral("sku"),
         QT_TRANSLATE_NOOP("ListColumns", "SKU"),
         QStringLiteral("g.sku"),
         {},
         Kind::Code},
        {QStringLiteral("name"), QT_TRANSLATE_NOOP("ListColumns", "Name"), QStringLiteral("g.name")},
        {QStringLiteral("supplier_sku"),
         QT_TRANSLATE_NOOP("ListColumns", "Their SKU"),
         QStringLiteral("o.supplier_sku"),
         {QStringLiteral("o.supplier_sku")},
         Kind::Code},
        ListColumn(QStringLiteral("cost"), QT_TRANSLATE_NOOP("ListColumns", "Cost"),
                   QStringLiteral("o.cost_cents"), {}, Kind::Money)
            .needing(Permission::ViewCosts),
        {QStringLiteral("lead_days"),
         QT_TRANSLATE_NOOP("ListColumns", "Lead time"),
         QStringLiteral("o.lead_days"),
         {},
         Kind::Quantity},
    };
    spec.defaultSort = QStringLiteral("supplier_sku");
    return spec;
}

ListFilter filter(qint64 supplierId)
{
    ListFilter result;
    result.scope = QStringLiteral("o.supplier_id = ?");
    result.scopeValues << supplierId;
    return result;
}

} // namespace SupplierGoodsList

SupplierGoodsListModel::SupplierGoodsListModel(const Database& database, const Session& session,
                                               qint64 supplierId, QObject* parent)
    : ListModel(database, SupplierGoodsList::spec().visibleTo(session), parent), m_supplierId(supplierId),
      m_leadColumn(spec().indexOf(QStringLiteral("lead_days")))
{
    ListModel::setFilter(SupplierGoodsList::filter(supplierId));
}

QVariant SupplierGoodsListModel::cellData(const QVector<QVariant>& row, int column, int role) const
{
    if (column != m_leadColumn || role != Qt::DisplayRole)
        return ListModel::cellData(row, column, role);
    const QVariant days = ListModel::cellData(row, column, RawRole);
    if (days.isNull())
        return {};
    return QCoreApplication::translate("SupplierGoodsListModel", "%n day(s)", nullptr, days.toInt());
}
