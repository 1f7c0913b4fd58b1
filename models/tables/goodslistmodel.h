#pragma once

#include "pagedtablemodel.h"

#include <QList>

// What the goods list shows: active or archived goods, in some categories, matching a search.
struct GoodsFilter
{
    QString search;            // name, SKU or barcode, as typed
    QList<qint64> categoryIds; // empty: every category
    bool archived = false;
};

// The goods list: one row per goods item, sorted and filtered in the database.
class GoodsListModel : public PagedTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Sku,
        Name,
        Barcode,
        Category,
        Unit,
        Price,
        Cost,
        Updated,
        ColumnCount
    };

    explicit GoodsListModel(const Database& database, QObject* parent = nullptr);

    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    void setFilter(const GoodsFilter& filter);
    const GoodsFilter& filter() const { return m_filter; }
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    // For the loaded row ROW: the goods id and the version it was read at (0 when not loaded).
    qint64 goodsId(int row) const;
    int goodsVersion(int row) const;

    static PagedQuery buildQuery(const Dialect& dialect, const GoodsFilter& filter, int sortColumn,
                                 Qt::SortOrder order);

protected:
    QVariant cellData(const QVector<QVariant>& row, int column, int role) const override;

private:
    const Dialect& m_dialect;
    GoodsFilter m_filter;
    int m_sortColumn = Name;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};
