#pragma once

#include "db/database.h"
#include "pagedquery.h"

#include <QMutex>
#include <QObject>
#include <QVector>
#include <deque>

using PageRows = QVector<QVector<QVariant>>;

// Runs a PagedTableModel's queries on a thread of its own, with its own connection, so the window
// never waits for the database. Newest requests first: what the user looks at now loads before
// what they scrolled past. Requests from an older query generation are dropped unrun.
class PageLoader : public QObject
{
    Q_OBJECT
public:
    explicit PageLoader(Database database);
    ~PageLoader() override;

    // Thread-safe; called from the model's thread.
    void setQuery(quint64 generation, const PagedQuery& query);
    void requestPage(quint64 generation, int page, int pageSize, qint64 knownCount);
    void requestCount(quint64 generation);

    // Page requests kept waiting at most; older ones are dropped (and reported) when more arrive.
    static constexpr int maxWaitingPages = 8;

signals:
    void pageLoaded(quint64 generation, int page, const PageRows& rows);
    void pageDropped(quint64 generation, int page);
    void counted(quint64 generation, qint64 count);
    void failed(quint64 generation, const QString& message);

private:
    struct Request
    {
        bool count = false;
        quint64 generation = 0;
        int page = 0;
        int pageSize = 0;
        qint64 knownCount = -1;
    };

    void schedule(const Request& request);
    Q_INVOKABLE void drain();
    void runPage(const PagedQuery& query, const Request& request);
    void runCount(const PagedQuery& query, const Request& request);
    // Rows OFFSET.. of QUERY (LIMIT of them) in its order, TOTAL rows in all when known.
    Result<PageRows> readRows(const PagedQuery& query, qint64 offset, qint64 limit, qint64 total);
    Result<PageRows> rowsByKeys(const PagedQuery& query, const QVariantList& keys);
    // The lead rows' keys of the current generation, read once.
    Result<QVariantList> leadKeys(quint64 generation, const PagedQuery& query);
    bool ensureConnection();

    Database m_database;
    QString m_connectionName;
    Connection m_connection;
    bool m_connected = false;

    quint64 m_leadGeneration = 0; // the generation m_lead belongs to (the loader's thread only)
    QVariantList m_lead;

    QMutex m_mutex; // guards everything below
    quint64 m_generation = 0;
    PagedQuery m_query;
    std::deque<Request> m_waiting;
    bool m_drainScheduled = false;
};
