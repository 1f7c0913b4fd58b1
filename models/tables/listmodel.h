#pragma once

#include "listcolumn.h"
#include "pagedtablemodel.h"

#include <QSet>

// A paged list described by a ListSpec: every area's list is one of these with its own columns and
// filter, and gets the paged model's properties (true count, bounded memory, sort and search in
// the database) without code of its own.
class ListModel : public PagedTableModel
{
    Q_OBJECT
public:
    // The Kind of a cell's column, as an int, for the view to draw it (a thumbnail is bytes).
    static constexpr int KindRole = RawRole + 1;

    // SPEC should already be visibleTo() the signed-in session.
    ListModel(const Database& database, ListSpec spec, QObject* parent = nullptr);

    const ListSpec& spec() const { return m_spec; }
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    void setFilter(const ListFilter& filter);
    const ListFilter& listFilter() const { return m_filter; }
    // Columns the view does not show are not read: a hidden picture column costs nothing.
    void setHiddenColumns(const QSet<int>& columns);

    // For the loaded row ROW: its key and the version it was read at (invalid / 0 when not loaded).
    QVariant rowKey(int row) const;
    int rowVersion(int row) const;
    // The raw value of column COLUMNKEY in loaded row ROW.
    QVariant rowValue(int row, const QString& columnKey) const;
    // The query that yields every row as the list shows them (for exports and bulk changes).
    PagedQuery currentQuery() const { return query(); }
    // The query a list of SPEC runs for FILTER sorted by column SORTCOLUMN (benchmarks run it bare).
    static PagedQuery buildQuery(const ListSpec& spec, const ListFilter& filter, int sortColumn,
                                 Qt::SortOrder order, const QSet<int>& hidden = {});

protected:
    QVariant cellData(const QVector<QVariant>& row, int column, int role) const override;

private:
    void apply(bool sameRows);

    ListSpec m_spec;
    ListFilter m_filter;
    QSet<int> m_hidden;
    int m_sortColumn = 0;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    bool m_filterSet = false;
};
