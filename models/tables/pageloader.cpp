#include "pageloader.h"

#include "db/sql.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QThread>
#include <algorithm>

QString PagedQuery::orderClause(bool descending) const
{
    const QString direction = descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    QStringList terms;
    for (const QString& column : orderBy)
        terms << column + direction;
    terms << key + direction;
    return QStringLiteral(" ORDER BY ") + terms.join(QStringLiteral(", "));
}

PageLoader::PageLoader(Database database)
    : m_database(std::move(database)), m_connectionName(QStringLiteral("pages-%1").arg(quintptr(this), 0, 16))
{}

PageLoader::~PageLoader()
{
    if (m_connected) {
        m_connection = Connection();
        Database::disconnect(m_connectionName);
    }
}

void PageLoader::setQuery(quint64 generation, const PagedQuery& query)
{
    QMutexLocker lock(&m_mutex);
    m_generation = generation;
    m_query = query;
    m_waiting.clear();
}

void PageLoader::requestPage(quint64 generation, int page, int pageSize, qint64 knownCount)
{
    schedule(Request{false, generation, page, pageSize, knownCount});
}

void PageLoader::requestCount(quint64 generation)
{
    schedule(Request{true, generation, 0, 0, -1});
}

void PageLoader::schedule(const Request& request)
{
    QList<Request> dropped;
    {
        QMutexLocker lock(&m_mutex);
        m_waiting.push_back(request);
        const auto pages =
            std::count_if(m_waiting.begin(), m_waiting.end(), [](const Request& r) { return !r.count; });
        if (pages > maxWaitingPages) {
            const auto oldest =
                std::find_if(m_waiting.begin(), m_waiting.end(), [](const Request& r) { return !r.count; });
            dropped.append(*oldest);
            m_waiting.erase(oldest);
        }
        if (m_drainScheduled) {
            lock.unlock();
            for (const Request& r : dropped)
                emit pageDropped(r.generation, r.page);
            return;
        }
        m_drainScheduled = true;
    }
    for (const Request& r : dropped)
        emit pageDropped(r.generation, r.page);
    QMetaObject::invokeMethod(this, "drain", Qt::QueuedConnection);
}

void PageLoader::drain()
{
    for (;;) {
        Request request;
        PagedQuery query;
        {
            QMutexLocker lock(&m_mutex);
            // Stale generations go unrun; among the rest the newest page goes first, then the count.
            m_waiting.erase(std::remove_if(m_waiting.begin(), m_waiting.end(),
                                           [&](const Request& r) { return r.generation != m_generation; }),
                            m_waiting.end());
            if (m_waiting.empty()) {
                m_drainScheduled = false;
                return;
            }
            auto next =
                std::find_if(m_waiting.rbegin(), m_waiting.rend(), [](const Request& r) { return !r.count; });
            auto chosen = next != m_waiting.rend() ? std::prev(next.base()) : m_waiting.begin();
            request = *chosen;
            m_waiting.erase(chosen);
            query = m_query;
        }
        if (!ensureConnection())
            continue;
        if (request.count)
            runCount(query, request);
        else
            runPage(query, request);
    }
}

bool PageLoader::ensureConnection()
{
    if (m_connected)
        return true;
    auto connection = m_database.connect(m_connectionName);
    if (!connection) {
        // Every waiting request goes, so the failure is the newest query's: a query set while the
        // connection was being tried would otherwise wait for an answer that never comes.
        quint64 newest = 0;
        {
            QMutexLocker lock(&m_mutex);
            m_waiting.clear();
            newest = m_generation;
        }
        emit failed(newest, connection.error().message);
        return false;
    }
    m_connection = connection.value();
    m_connected = true;
    return true;
}

void PageLoader::runPage(const PagedQuery& query, const Request& request)
{
    // OFFSET costs the rows it skips, so a page past the middle is read from the far end in the
    // opposite order: the last page of a million rows is as quick as the first.
    const qint64 first = qint64(request.page) * request.pageSize;
    bool fromEnd = false;
    qint64 offset = first;
    qint64 limit = request.pageSize;
    if (request.knownCount > 0 && first > request.knownCount / 2) {
        fromEnd = true;
        const qint64 end = std::min<qint64>(first + request.pageSize, request.knownCount);
        offset = request.knownCount - end;
        limit = end - first;
        if (limit <= 0) {
            emit pageLoaded(request.generation, request.page, {});
            return;
        }
    }
    const bool descending = query.descending != fromEnd;
    const QString order = query.orderClause(descending);
    // A derived table rather than IN (...): MariaDB and MySQL refuse LIMIT inside IN.
    const QString keys =
        QStringLiteral("SELECT %1 AS page_key FROM %2 %3%4%5 LIMIT %6 OFFSET %7")
            .arg(query.key, query.table, query.keyJoins,
                 query.where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + query.where, order)
            .arg(limit)
            .arg(offset);
    const QString sql =
        QStringLiteral("SELECT %1 FROM (%2) page JOIN %3 ON %4 = page.page_key %5%6%7")
            .arg(query.columns, keys, query.table, query.key, query.joins,
                 query.scope.isEmpty() ? QString() : QStringLiteral(" WHERE ") + query.scope, order);

    auto result = Sql::exec(m_connection, sql, query.values + query.scopeValues);
    if (!result) {
        emit failed(request.generation, result.error().message);
        return;
    }
    QSqlQuery& rows = result.value();
    const int columns = rows.record().count();
    PageRows page;
    page.reserve(int(limit));
    while (rows.next()) {
        QVector<QVariant> row(columns);
        for (int c = 0; c < columns; ++c)
            row[c] = rows.value(c);
        page.append(std::move(row));
    }
    if (fromEnd)
        std::reverse(page.begin(), page.end());
    emit pageLoaded(request.generation, request.page, page);
}

void PageLoader::runCount(const PagedQuery& query, const Request& request)
{
    QString sql = query.countSql;
    QVariantList values = query.countValues;
    if (sql.isEmpty()) {
        sql = QStringLiteral("SELECT COUNT(*) FROM %1 %2").arg(query.table, query.keyJoins);
        if (!query.where.isEmpty())
            sql += QStringLiteral(" WHERE ") + query.where;
        values = query.values;
    }
    auto count = Sql::scalar(m_connection, sql, values);
    if (!count) {
        emit failed(request.generation, count.error().message);
        return;
    }
    emit counted(request.generation, count.value().toLongLong());
}
