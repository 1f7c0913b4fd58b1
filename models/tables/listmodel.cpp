#include "listmodel.h"

#include "domain/money.h"
#include "domain/units.h"

#include <QCoreApplication>
#include <QDateTime>

namespace {
// The key and the version lead every row; the columns follow in the spec's order.
constexpr int keyField = 0;
constexpr int versionField = 1;
constexpr int firstColumnField = 2;
} // namespace

ListModel::ListModel(const Database& database, ListSpec spec, QObject* parent)
    : PagedTableModel(database, int(spec.columns.size()), parent), m_spec(std::move(spec))
{
    m_sortColumn = std::max(0, m_spec.indexOf(m_spec.defaultSort));
    m_sortOrder = m_spec.defaultOrder;
}

PagedQuery ListModel::buildQuery(const ListSpec& spec, const ListFilter& filter, int sortColumn,
                                 Qt::SortOrder order, const QSet<int>& hidden)
{
    QStringList selected = {spec.key, spec.version.isEmpty() ? QStringLiteral("0") : spec.version};
    for (int i = 0; i < spec.columns.size(); ++i)
        selected << (hidden.contains(i) ? QStringLiteral("NULL") : spec.columns.at(i).select);
    PagedQuery query;
    query.columns = selected.join(QStringLiteral(", "));
    query.table = spec.table;
    query.joins = spec.joins;
    query.keyJoins = filter.keyJoins;
    query.where = filter.where;
    query.values = filter.values;
    query.lead = filter.lead;
    query.leadValues = filter.leadValues;
    query.leadOrder = filter.leadOrder;
    if (!filter.scope.isEmpty()) {
        query.where = filter.where.isEmpty()
                          ? filter.scope
                          : QStringLiteral("(%1) AND (%2)").arg(filter.scope, filter.where);
        query.values = filter.scopeValues + filter.values;
        query.scope = filter.scope;
        query.scopeValues = filter.scopeValues;
    }
    query.matchFence = filter.matchFence;
    query.countSql = filter.countSql;
    query.countValues = filter.countValues;
    query.orderBy = spec.columns.value(sortColumn).orderBy;
    query.descending = order == Qt::DescendingOrder;
    query.key = spec.key;
    return query;
}

void ListModel::apply(bool sameRows)
{
    if (!m_filterSet)
        return; // a view restoring its header before the first filter: setFilter() will run it
    setQuery(buildQuery(m_spec, m_filter, m_sortColumn, m_sortOrder, m_hidden), sameRows);
}

void ListModel::setFilter(const ListFilter& filter)
{
    m_filter = filter;
    m_filterSet = true;
    apply(false);
}

void ListModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= m_spec.columns.size() || m_spec.columns.at(column).orderBy.isEmpty())
        return;
    if (column == m_sortColumn && order == m_sortOrder && !query().isEmpty())
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    apply(true);
}

void ListModel::setHiddenColumns(const QSet<int>& columns)
{
    if (columns == m_hidden)
        return;
    m_hidden = columns;
    apply(true);
}

QVariant ListModel::rowKey(int row) const
{
    const auto values = rowValues(row);
    return values.isEmpty() ? QVariant() : values.at(keyField);
}

int ListModel::rowVersion(int row) const
{
    const auto values = rowValues(row);
    return values.isEmpty() ? 0 : values.at(versionField).toInt();
}

QVariant ListModel::rowValue(int row, const QString& columnKey) const
{
    const int column = m_spec.indexOf(columnKey);
    const auto values = rowValues(row);
    return column < 0 || values.isEmpty() ? QVariant() : values.at(firstColumnField + column);
}

QVariant ListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_spec.columns.size())
        return PagedTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole)
        return QCoreApplication::translate("ListColumns", m_spec.columns.at(section).title);
    if (role == Qt::ToolTipRole && m_spec.columns.at(section).orderBy.isEmpty())
        return tr("The list cannot be sorted by this column");
    return PagedTableModel::headerData(section, orientation, role);
}

QVariant ListModel::cellData(const QVector<QVariant>& row, int column, int role) const
{
    const ListColumn& spec = m_spec.columns.at(column);
    const QVariant& value = row.at(firstColumnField + column);
    using Kind = ListColumn::Kind;
    switch (role) {
    case Qt::DisplayRole:
        switch (spec.kind) {
        case Kind::Money:
            return value.isNull() ? QVariant() : QVariant::fromValue(Money::fromCents(value.toLongLong()));
        case Kind::DateTime:
            return value.isNull()
                       ? QVariant()
                       : QVariant(QDateTime::fromMSecsSinceEpoch(value.toLongLong()).toLocalTime());
        case Kind::Unit:
            return Units::displayName(value.toString());
        case Kind::Flag:
            return value.toInt() != 0 ? QStringLiteral("✓") : QString();
        case Kind::Thumbnail:
            return {};
        case Kind::Quantity:
            return value.isNull() ? QVariant() : QVariant(value.toLongLong());
        case Kind::Text:
        case Kind::Code:
            return value;
        }
        return value;
    case RawRole:
        return value;
    case KindRole:
        return int(spec.kind);
    case Qt::TextAlignmentRole:
        if (spec.kind == Kind::Money || spec.kind == Kind::Quantity)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        if (spec.kind == Kind::Flag)
            return int(Qt::AlignCenter);
        return {};
    case Qt::ToolTipRole:
        if (spec.kind == Kind::Text && value.toString().size() > 24)
            return value;
        return {};
    default:
        return {};
    }
}
