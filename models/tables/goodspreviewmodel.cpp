#include "goodspreviewmodel.h"

#include "domain/goods.h"

#include <QCoreApplication>

namespace {

ListSpec previewSpec()
{
    using Kind = ListColumn::Kind;
    ListSpec spec;
    spec.table = QStringLiteral("selection_items s");
    spec.joins =
        QStringLiteral("JOIN goods g ON g.id = s.item_id LEFT JOIN categories c ON c.id = g.category_id");
    spec.key = QStringLiteral("s.id");
    spec.version = QStringLiteral("s.item_version");
    spec.columns = {
        {QStringLiteral("sku"),
         QT_TRANSLATE_NOOP("ListColumns", "SKU"),
         QStringLiteral("g.sku"),
         {},
         Kind::Code},
        {QStringLiteral("name"), QT_TRANSLATE_NOOP("ListColumns", "Name"), QStringLiteral("g.name"), {}},
        {QStringLiteral("category"),
         QT_TRANSLATE_NOOP("ListColumns", "Category"),
         QStringLiteral("c.name"),
         {}},
        {QStringLiteral("price"),
         QT_TRANSLATE_NOOP("ListColumns", "Price"),
         QStringLiteral("g.price_cents"),
         {},
         Kind::Money},
        {QStringLiteral("after"),
         QT_TRANSLATE_NOOP("ListColumns", "After the change"),
         QStringLiteral("g.price_cents"),
         {},
         Kind::Money},
    };
    spec.defaultSort = QStringLiteral("sku");
    return spec;
}

} // namespace

GoodsPreviewModel::GoodsPreviewModel(const Database& database, const QString& selectionId, QObject* parent)
    : ListModel(database, previewSpec(), parent)
{
    m_afterColumn = spec().indexOf(QStringLiteral("after"));
    m_priceColumn = spec().indexOf(QStringLiteral("price"));
    ListFilter filter;
    filter.where = QStringLiteral("s.selection_id = ?");
    filter.values << selectionId;
    setFilter(filter);
}

void GoodsPreviewModel::setChange(const GoodsBulkChange& change, const QString& targetCategory)
{
    m_change = change;
    m_targetCategory = targetCategory;
    if (rowCount() > 0)
        emit dataChanged(index(0, m_afterColumn), index(rowCount() - 1, m_afterColumn));
}

QVariant GoodsPreviewModel::cellData(const QVector<QVariant>& row, int column, int role) const
{
    if (column != m_afterColumn || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return ListModel::cellData(row, column, role);
    switch (m_change.kind) {
    case GoodsBulkChange::Kind::Category:
        return role == Qt::DisplayRole ? QVariant(m_targetCategory) : QVariant();
    case GoodsBulkChange::Kind::Archive:
        return role == Qt::DisplayRole
                   ? QVariant(QCoreApplication::translate("GoodsPreviewModel", "archived"))
                   : QVariant();
    case GoodsBulkChange::Kind::Price:
        break;
    }
    const QVariant old = ListModel::cellData(row, m_priceColumn, Qt::DisplayRole);
    const auto price = m_change.price.apply(old.value<Money>());
    const bool wrong = !price || !GoodsRules::moneyProblem(*price).isEmpty();
    if (role == Qt::ToolTipRole)
        return wrong ? QCoreApplication::translate("GoodsPreviewModel",
                                                   "Out of range: the change would be refused")
                     : QVariant();
    if (wrong)
        return QCoreApplication::translate("GoodsPreviewModel", "out of range");
    return QVariant::fromValue(*price);
}
