#include "goodslistmodel.h"

#include "domain/money.h"

#include <QDateTime>

namespace {

// Columns of the SELECT, in order; the visible columns map onto some of them.
enum Field
{
    Id,
    SkuField,
    NameField,
    BarcodeField,
    CategoryField,
    UnitField,
    PriceField,
    CostField,
    UpdatedField,
    ArchivedField,
    VersionField
};

const QString goodsColumns = QStringLiteral("g.id, g.sku, g.name, g.barcode, c.name, g.unit, g.price_cents, "
                                            "g.cost_cents, g.updated_at, g.archived, g.version");
const QString categoryJoin = QStringLiteral("LEFT JOIN categories c ON c.id = g.category_id");

int fieldOf(int column)
{
    switch (column) {
    case GoodsListModel::Sku:
        return SkuField;
    case GoodsListModel::Name:
        return NameField;
    case GoodsListModel::Barcode:
        return BarcodeField;
    case GoodsListModel::Category:
        return CategoryField;
    case GoodsListModel::Unit:
        return UnitField;
    case GoodsListModel::Price:
        return PriceField;
    case GoodsListModel::Cost:
        return CostField;
    case GoodsListModel::Updated:
        return UpdatedField;
    }
    return NameField;
}

// The columns a sort orders by; each list matches an index of the goods table.
QStringList orderColumns(int column)
{
    switch (column) {
    case GoodsListModel::Sku:
        return {QStringLiteral("g.sku")};
    case GoodsListModel::Barcode:
        return {QStringLiteral("g.barcode")};
    case GoodsListModel::Category:
        // By category (in the order categories were made), then name: an index serves it, where
        // ordering by the category's name would sort every row for each page.
        return {QStringLiteral("g.category_id"), QStringLiteral("g.name")};
    case GoodsListModel::Unit:
        return {QStringLiteral("g.unit")};
    case GoodsListModel::Price:
        return {QStringLiteral("g.price_cents")};
    case GoodsListModel::Cost:
        return {QStringLiteral("g.cost_cents")};
    case GoodsListModel::Updated:
        return {QStringLiteral("g.updated_at")};
    default:
        return {QStringLiteral("g.name")};
    }
}

} // namespace

GoodsListModel::GoodsListModel(const Database& database, QObject* parent)
    : PagedTableModel(database, ColumnCount, parent), m_dialect(database.dialect())
{}

PagedQuery GoodsListModel::buildQuery(const Dialect& dialect, const GoodsFilter& filter, int sortColumn,
                                      Qt::SortOrder order)
{
    PagedQuery query;
    query.columns = goodsColumns;
    query.table = QStringLiteral("goods g");
    query.joins = categoryJoin;
    QStringList conditions = {QStringLiteral("g.archived = ?")};
    query.values << (filter.archived ? 1 : 0);
    if (!filter.categoryIds.isEmpty()) {
        conditions
            << QStringLiteral("g.category_id IN (%1)")
                   .arg(QStringList(filter.categoryIds.size(), QStringLiteral("?")).join(QLatin1Char(',')));
        for (qint64 id : filter.categoryIds)
            query.values << id;
    }
    const auto terms = SearchTokens::forQuery(filter.search);
    if (!terms.isEmpty()) {
        const SqlFragment search =
            dialect.searchCondition(QStringLiteral("goods"), QStringLiteral("g"), terms);
        conditions << search.sql;
        query.values << search.values;
    } else if (const QString typed = filter.search.trimmed(); !typed.isEmpty()) {
        // Only punctuation ("%", "'", "#"): no word for the full-text index to find, so the name
        // and SKU are searched for it as typed. '!' escapes, as '\\' means something else to MySQL.
        QString pattern = typed;
        for (const char* special : {"!", "%", "_"})
            pattern.replace(QLatin1String(special), QLatin1Char('!') + QLatin1String(special));
        pattern = QLatin1Char('%') + pattern + QLatin1Char('%');
        conditions << QStringLiteral("(g.name LIKE ? ESCAPE '!' OR g.sku LIKE ? ESCAPE '!')");
        query.values << pattern << pattern;
    }
    query.where = conditions.join(QStringLiteral(" AND "));
    query.orderBy = orderColumns(sortColumn);
    query.descending = order == Qt::DescendingOrder;
    query.key = QStringLiteral("g.id");
    return query;
}

void GoodsListModel::setFilter(const GoodsFilter& filter)
{
    m_filter = filter;
    setQuery(buildQuery(m_dialect, m_filter, m_sortColumn, m_sortOrder));
}

void GoodsListModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    if (column == m_sortColumn && order == m_sortOrder && !query().isEmpty())
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    if (query().isEmpty())
        return; // a view restoring its header before the first filter: setFilter() will use it
    setQuery(buildQuery(m_dialect, m_filter, m_sortColumn, m_sortOrder), true);
}

qint64 GoodsListModel::goodsId(int row) const
{
    const auto values = rowValues(row);
    return values.isEmpty() ? 0 : values.at(Id).toLongLong();
}

int GoodsListModel::goodsVersion(int row) const
{
    const auto values = rowValues(row);
    return values.isEmpty() ? 0 : values.at(VersionField).toInt();
}

QVariant GoodsListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return PagedTableModel::headerData(section, orientation, role);
    switch (section) {
    case Sku:
        return tr("SKU");
    case Name:
        return tr("Name");
    case Barcode:
        return tr("Barcode");
    case Category:
        return tr("Category");
    case Unit:
        return tr("Unit");
    case Price:
        return tr("Price");
    case Cost:
        return tr("Cost");
    case Updated:
        return tr("Updated");
    }
    return {};
}

QVariant GoodsListModel::cellData(const QVector<QVariant>& row, int column, int role) const
{
    const QVariant& value = row.at(fieldOf(column));
    switch (role) {
    case Qt::DisplayRole:
        if (column == Price || column == Cost)
            return QVariant::fromValue(Money::fromCents(value.toLongLong()));
        if (column == Updated)
            return QDateTime::fromMSecsSinceEpoch(value.toLongLong()).toLocalTime();
        return value;
    case RawRole:
        return value;
    case Qt::TextAlignmentRole:
        if (column == Price || column == Cost)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        if (column == Name)
            return value;
        return {};
    default:
        return {};
    }
}
