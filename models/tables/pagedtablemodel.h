#pragma once

#include "pagedquery.h"
#include "pageloader.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>
#include <QThread>
#include <list>

// A table model over a query of any size. It shows the true row count, loads the pages the view
// asks for on a worker thread, keeps at most maxCachedPages of them (least recently used go first),
// and answers with empty placeholders until a page arrives. Memory stays bounded whatever the
// table's size. A new query (search, filter, sort) keeps the old rows on screen until the first
// page of the new one is ready, then swaps them in one step; stale results are dropped.
class PagedTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Roles
    {
        LoadedRole = Qt::UserRole + 1,
        RawRole
    };

    static constexpr int defaultPageSize = 100;
    static constexpr int defaultMaxCachedPages = 16;

    PagedTableModel(const Database& database, int columnCount, QObject* parent = nullptr,
                    int pageSize = defaultPageSize, int maxCachedPages = defaultMaxCachedPages);
    ~PagedTableModel() override;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

    // Runs QUERY from now on. With KEEPCOUNT (a new sort order of the same rows) the count is not
    // taken again.
    void setQuery(const PagedQuery& query, bool keepCount = false);
    const PagedQuery& query() const { return m_query; }
    // Reads everything again (after an edit here or elsewhere), keeping the current rows until then
    // and the view's position after.
    void refresh();

    // False while the rows on screen still belong to the previous query.
    bool isCurrent() const { return !m_swapPending; }
    bool isCountKnown() const { return m_countKnown && (!m_swapPending || m_swap == Swap::Refresh); }
    qint64 totalCount() const { return m_count; }
    int pageSize() const { return m_pageSize; }
    int maxCachedPages() const { return m_maxPages; }
    int cachedRowCount() const;
    // The loaded values of ROW (every column of the query, hidden ones too), or empty.
    QVector<QVariant> rowValues(int row) const;

signals:
    void countChanged(qint64 count);
    void loadFailed(const QString& message);
    // A page arrived and its rows now hold values.
    void rowsLoaded(int firstRow, int lastRow);

protected:
    // What a cell shows; ROW holds every column the query selects.
    virtual QVariant cellData(const QVector<QVariant>& row, int column, int role) const = 0;

private:
    struct Page
    {
        PageRows rows;
        std::list<int>::iterator lru;
    };

    // How a new generation's first page replaces what is on screen.
    enum class Swap
    {
        NewRows,  // another query: reset the view, count again
        SameRows, // the same rows in another order: reset, keep the count
        Refresh,  // the same query read again: change values in place, keep the view's position
    };

    const Page* touch(int page) const;
    void request(int page) const;
    qint64 reliableCount() const; // the count pages may be read against, or -1
    void startGeneration(Swap swap);
    void onPageLoaded(quint64 generation, int page, const PageRows& rows);
    void onPageDropped(quint64 generation, int page);
    void onCounted(quint64 generation, qint64 count);
    void onFailed(quint64 generation, const QString& message);
    void store(int page, const PageRows& rows);
    void dropPages();
    void setCount(qint64 count);

    const int m_columns;
    const int m_pageSize;
    const int m_maxPages;
    QThread m_thread;
    PageLoader* m_loader = nullptr;

    PagedQuery m_query;
    quint64 m_generation = 0;
    bool m_swapPending = false; // the rows on screen belong to the previous generation
    Swap m_swap = Swap::NewRows;
    bool m_failed = false;     // the current generation failed; ask nothing more of it
    bool m_countFresh = false; // m_count was counted for the current generation
    qint64 m_count = 0;        // rows the view sees
    bool m_countKnown = false;
    qint64 m_pendingCount = -1; // a count that arrived before the first page of its generation

    mutable QHash<int, Page> m_pages;
    mutable std::list<int> m_lru; // most recently used first
    mutable QSet<int> m_requested;
};
