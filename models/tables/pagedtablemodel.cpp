#include "pagedtablemodel.h"

#include <limits>

PagedTableModel::PagedTableModel(const Database& database, int columnCount, QObject* parent, int pageSize,
                                 int maxCachedPages)
    : QAbstractTableModel(parent), m_columns(columnCount), m_pageSize(std::max(1, pageSize)),
      m_maxPages(std::max(2, maxCachedPages))
{
    qRegisterMetaType<PageRows>("PageRows");
    m_thread.setObjectName(QStringLiteral("PageLoader"));
    m_loader = new PageLoader(database);
    m_loader->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_loader, &QObject::deleteLater);
    connect(m_loader, &PageLoader::pageLoaded, this, &PagedTableModel::onPageLoaded);
    connect(m_loader, &PageLoader::pageDropped, this, &PagedTableModel::onPageDropped);
    connect(m_loader, &PageLoader::counted, this, &PagedTableModel::onCounted);
    connect(m_loader, &PageLoader::failed, this, &PagedTableModel::onFailed);
    m_thread.start();
}

PagedTableModel::~PagedTableModel()
{
    m_thread.quit();
    m_thread.wait();
}

int PagedTableModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid())
        return 0;
    return int(std::min<qint64>(m_count, std::numeric_limits<int>::max()));
}

int PagedTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_columns;
}

const PagedTableModel::Page* PagedTableModel::touch(int page) const
{
    auto it = m_pages.find(page);
    if (it == m_pages.end())
        return nullptr;
    m_lru.splice(m_lru.begin(), m_lru, it->lru);
    return &it.value();
}

qint64 PagedTableModel::reliableCount() const
{
    // Pages past the middle are read from the far end, which is only right with this generation's
    // own count: an older one (rows added or archived since) would shift them by the difference.
    return m_countKnown && m_countFresh ? m_count : -1;
}

void PagedTableModel::request(int page) const
{
    if (m_requested.contains(page))
        return;
    m_requested.insert(page);
    m_loader->requestPage(m_generation, page, m_pageSize, reliableCount());
}

QVariant PagedTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int pageIndex = index.row() / m_pageSize;
    const Page* page = m_swapPending && !m_pages.contains(pageIndex) ? nullptr : touch(pageIndex);
    const int offset = index.row() % m_pageSize;
    const bool loaded = page && offset < page->rows.size();
    // Any question about a row that is not here yet asks for its page: a delegate may ask only
    // whether it is loaded, to paint a placeholder.
    if (!loaded && !m_swapPending && !m_failed)
        request(pageIndex);
    if (role == LoadedRole)
        return loaded;
    if (!loaded)
        return {};
    return cellData(page->rows.at(offset), index.column(), role);
}

QVector<QVariant> PagedTableModel::rowValues(int row) const
{
    if (row < 0 || row >= rowCount())
        return {};
    const Page* page = touch(row / m_pageSize);
    if (!page || row % m_pageSize >= page->rows.size())
        return {};
    return page->rows.at(row % m_pageSize);
}

int PagedTableModel::cachedRowCount() const
{
    int rows = 0;
    for (const Page& page : qAsConst(m_pages))
        rows += page.rows.size();
    return rows;
}

void PagedTableModel::setQuery(const PagedQuery& query, bool keepCount)
{
    m_query = query;
    startGeneration(keepCount ? Swap::SameRows : Swap::NewRows);
}

void PagedTableModel::refresh()
{
    startGeneration(Swap::Refresh);
}

void PagedTableModel::startGeneration(Swap swap)
{
    // A new order keeps the count only when it is these rows' own: not one left from before a
    // filter change or refresh still waiting for its first page, nor from a read that failed.
    const bool countHolds =
        m_countKnown && m_countFresh && !m_failed && !(m_swapPending && m_swap != Swap::SameRows);
    if (swap == Swap::SameRows && !countHolds)
        swap = Swap::NewRows;
    // A refresh changes rows in place, which needs rows of this query on screen and their count.
    if (swap == Swap::Refresh && (!m_countKnown || (m_swapPending && m_swap == Swap::NewRows)))
        swap = Swap::NewRows;
    ++m_generation;
    m_requested.clear();
    m_pendingCount = -1;
    m_failed = false;
    m_swap = swap;
    m_countFresh = m_swap == Swap::SameRows;
    m_swapPending = true;
    m_loader->setQuery(m_generation, m_query);
    // A refresh starts where the user looks (the page used last); a new query at its top.
    const int first = m_swap == Swap::Refresh && !m_lru.empty() ? m_lru.front() : 0;
    m_requested.insert(first);
    m_loader->requestPage(m_generation, first, m_pageSize, reliableCount());
    if (m_swap != Swap::SameRows)
        m_loader->requestCount(m_generation);
}

void PagedTableModel::onPageLoaded(quint64 generation, int page, const PageRows& rows)
{
    if (generation != m_generation)
        return;
    m_requested.remove(page);
    if (m_swapPending && m_swap == Swap::Refresh) {
        // The same query read again: new values in place, so the view keeps its row and scroll.
        dropPages();
        m_swapPending = false;
        store(page, rows);
        if (m_pendingCount >= 0)
            setCount(m_pendingCount);
        if (m_count > 0)
            emit dataChanged(index(0, 0), index(rowCount() - 1, m_columns - 1));
        const qint64 first = qint64(page) * m_pageSize;
        if (!rows.isEmpty() && first < m_count)
            emit rowsLoaded(int(first), int(std::min<qint64>(first + rows.size(), m_count) - 1));
        return;
    }
    if (m_swapPending) {
        // First page of a new query: replace everything at once.
        beginResetModel();
        dropPages();
        m_swapPending = false;
        store(page, rows);
        if (m_swap == Swap::SameRows) {
            // same rows, new order: the count stands
        } else if (m_pendingCount >= 0) {
            m_count = m_pendingCount;
            m_countKnown = true;
        } else if (rows.size() < m_pageSize && page == 0) {
            m_count = rows.size(); // a short first page is the whole result
            m_countKnown = true;
            m_countFresh = true;
        } else {
            m_count = rows.size(); // a full page: more follow, the count will tell how many
            m_countKnown = false;
        }
        endResetModel();
        if (m_countKnown)
            emit countChanged(m_count);
        if (!rows.isEmpty())
            emit rowsLoaded(0, rows.size() - 1);
        return;
    }
    store(page, rows);
    const qint64 first = qint64(page) * m_pageSize;
    if (rows.isEmpty() || first >= m_count)
        return;
    const int last = int(std::min<qint64>(first + rows.size(), m_count) - 1);
    emit dataChanged(index(int(first), 0), index(last, m_columns - 1));
    emit rowsLoaded(int(first), last);
}

void PagedTableModel::dropPages()
{
    m_pages.clear();
    m_lru.clear();
}

void PagedTableModel::store(int page, const PageRows& rows)
{
    if (m_pages.contains(page)) {
        m_pages[page].rows = rows;
        touch(page);
        return;
    }
    while (m_pages.size() >= m_maxPages && !m_lru.empty()) {
        m_pages.remove(m_lru.back());
        m_lru.pop_back();
    }
    m_lru.push_front(page);
    m_pages.insert(page, Page{rows, m_lru.begin()});
}

void PagedTableModel::onPageDropped(quint64 generation, int page)
{
    if (generation == m_generation)
        m_requested.remove(page);
}

void PagedTableModel::onCounted(quint64 generation, qint64 count)
{
    if (generation != m_generation)
        return;
    m_countFresh = true;
    if (m_swapPending) {
        m_pendingCount = count;
        return;
    }
    setCount(count);
}

void PagedTableModel::setCount(qint64 count)
{
    m_countKnown = true;
    if (count > m_count) {
        beginInsertRows(QModelIndex(), int(m_count),
                        int(std::min<qint64>(count, std::numeric_limits<int>::max()) - 1));
        m_count = count;
        endInsertRows();
    } else if (count < m_count) {
        beginRemoveRows(QModelIndex(), int(count), int(m_count - 1));
        m_count = count;
        endRemoveRows();
    }
    emit countChanged(m_count);
}

void PagedTableModel::onFailed(quint64 generation, const QString& message)
{
    if (generation != m_generation)
        return;
    // Nothing more is asked of this query until the next query or refresh, so a database that is
    // gone is not asked in a loop. The rows on screen stay only if they are this query's (a
    // refresh); another query's rows would pass for its results, so the list empties instead.
    m_requested.clear();
    m_failed = true;
    if (m_swapPending && m_swap != Swap::Refresh) {
        beginResetModel();
        dropPages();
        m_count = 0;
        m_countKnown = false;
        m_countFresh = false;
        endResetModel();
    }
    m_swapPending = false;
    emit loadFailed(message);
}
