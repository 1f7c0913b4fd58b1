#include "pageloader.h"

#include "db/sql.h"

#include <QHash>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QThread>
#include <algorithm>

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

Result<PageRows> PageLoader::readRows(const PagedQuery& query, qint64 offset, qint64 limit, qint64 total)
{
    // OFFSET costs the rows it skips, so rows past the middle are read from the far end in the
    // opposite order: the last page of a million rows is as quick as the first.
    bool fromEnd = false;
    qint64 skip = offset;
    if (total > 0 && offset > total / 2) {
        fromEnd = true;
        const qint64 end = std::min<qint64>(offset + limit, total);
        skip = total - end;
        limit = end - offset;
        if (limit <= 0)
            return PageRows();
    }
    if (limit <= 0)
        return PageRows();
    const bool descending = query.descending != fromEnd;
    const SqlFragment statement = query.pageStatement(skip, limit, descending);
    auto result = Sql::exec(m_connection, statement.sql, statement.values);
    if (!result)
        return result.error();
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
    return page;
}

Result<PageRows> PageLoader::rowsByKeys(const PagedQuery& query, const QVariantList& keys)
{
    if (keys.isEmpty())
        return PageRows();
    const QString list = QStringList(keys.size(), QStringLiteral("?")).join(QLatin1Char(','));
    auto result =
        Sql::exec(m_connection,
                  QStringLiteral("SELECT %1 FROM %2 %3 WHERE %4%5 IN (%6)")
                      .arg(query.columns, query.table, query.joins,
                           query.scope.isEmpty() ? QString() : QStringLiteral("(%1) AND ").arg(query.scope),
                           query.key, list),
                  query.scopeValues + keys);
    if (!result)
        return result.error();
    // In the order of KEYS, whatever order the engine returns them in.
    QHash<QString, QVector<QVariant>> byKey;
    QSqlQuery& rows = result.value();
    const int columns = rows.record().count();
    while (rows.next()) {
        QVector<QVariant> row(columns);
        for (int c = 0; c < columns; ++c)
            row[c] = rows.value(c);
        byKey.insert(row.at(0).toString(), row);
    }
    PageRows page;
    for (const QVariant& key : keys) {
        if (byKey.contains(key.toString()))
            page.append(byKey.value(key.toString()));
    }
    return page;
}

Result<QVariantList> PageLoader::leadKeys(quint64 generation, const PagedQuery& query)
{
    if (query.lead.isEmpty())
        return QVariantList();
    if (m_leadGeneration == generation)
        return m_lead;
    const SqlFragment statement = query.leadStatement({});
    auto rows = Sql::exec(m_connection, statement.sql, statement.values);
    if (!rows)
        return rows.error();
    QVariantList keys;
    while (rows.value().next())
        keys << rows.value().value(0);
    m_leadGeneration = generation;
    m_lead = keys;
    return keys;
}

void PageLoader::runPage(const PagedQuery& query, const Request& request)
{
    const qint64 first = qint64(request.page) * request.pageSize;
    auto lead = leadKeys(request.generation, query);
    if (!lead) {
        emit failed(request.generation, lead.error().message);
        return;
    }
    // The lead rows come first; the rest of the list follows without them.
    const qint64 leading = lead->size();
    PageRows page;
    if (first < leading) {
        auto rows = rowsByKeys(
            query, lead->mid(int(first), int(std::min<qint64>(leading, first + request.pageSize) - first)));
        if (!rows) {
            emit failed(request.generation, rows.error().message);
            return;
        }
        page = rows.value();
    }
    const qint64 restFirst = std::max<qint64>(0, first - leading);
    const qint64 restLimit = request.pageSize - page.size();
    auto rest = readRows(query.withoutKeys(lead.value()), restFirst, restLimit,
                         request.knownCount >= 0 ? request.knownCount - leading : -1);
    if (!rest) {
        emit failed(request.generation, rest.error().message);
        return;
    }
    page << rest.value();
    emit pageLoaded(request.generation, request.page, page);
}

void PageLoader::runCount(const PagedQuery& query, const Request& request)
{
    const SqlFragment statement = query.countStatement();
    auto count = Sql::scalar(m_connection, statement.sql, statement.values);
    if (!count) {
        emit failed(request.generation, count.error().message);
        return;
    }
    auto lead = leadKeys(request.generation, query);
    if (!lead) {
        emit failed(request.generation, lead.error().message);
        return;
    }
    qint64 rows = count.value().toLongLong();
    // Lead rows outside `where` are rows of the list too.
    if (!lead->isEmpty()) {
        auto inWhere = Sql::scalar(
            m_connection,
            QStringLiteral("SELECT COUNT(*) FROM %1 %2 WHERE %3%4 IN (%5)")
                .arg(query.table, query.keyJoins,
                     query.where.isEmpty() ? QString() : QStringLiteral("(%1) AND ").arg(query.where),
                     query.key, QStringList(lead->size(), QStringLiteral("?")).join(QLatin1Char(','))),
            QVariantList(query.values) << lead.value());
        if (!inWhere) {
            emit failed(request.generation, inWhere.error().message);
            return;
        }
        rows += lead->size() - inWhere.value().toLongLong();
    }
    emit counted(request.generation, rows);
}
