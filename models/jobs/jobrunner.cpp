#include "jobrunner.h"

#include <QDateTime>

namespace {

// Owns the runner's connection on the runner's thread: opened for the first job, closed with it.
class JobWorker : public QObject
{
public:
    explicit JobWorker(Database database)
        : m_database(std::move(database)), m_name(QStringLiteral("jobs-%1").arg(quintptr(this), 0, 16))
    {}
    ~JobWorker() override
    {
        if (m_connection && m_connection->ok()) {
            m_connection.reset();
            Database::disconnect(m_name);
        }
    }
    const Result<Connection>& connection()
    {
        // A connection that failed is tried again for the next job: the server may be back.
        if (!m_connection || !m_connection->ok())
            m_connection = std::make_unique<Result<Connection>>(m_database.connect(m_name));
        return *m_connection;
    }

private:
    Database m_database;
    QString m_name;
    std::unique_ptr<Result<Connection>> m_connection;
};

} // namespace

void JobControl::progress(qint64 done, qint64 total)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (now - m_lastReport < 50 && done < total)
        return;
    m_lastReport = now;
    JobRunner* runner = m_runner;
    QMetaObject::invokeMethod(
        runner, [runner, done, total] { emit runner->progressed(done, total); }, Qt::QueuedConnection);
}

JobRunner::JobRunner(Database database, QObject* parent)
    : QObject(parent), m_database(std::move(database)),
      m_cancelled(std::make_shared<std::atomic<bool>>(false))
{
    m_thread.setObjectName(QStringLiteral("JobRunner"));
    m_worker = new JobWorker(m_database);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

JobRunner::~JobRunner()
{
    cancel();
    m_thread.quit();
    m_thread.wait();
}

void JobRunner::cancel()
{
    // Jobs already queued see the flag of their time; new ones get a fresh one.
    m_cancelled->store(true);
    m_cancelled = std::make_shared<std::atomic<bool>>(false);
}

void JobRunner::submit(Task task)
{
    if (m_pending.fetch_add(1) == 0)
        emit busyChanged(true);
    auto cancelled = m_cancelled;
    auto* worker = static_cast<JobWorker*>(m_worker);
    QMetaObject::invokeMethod(
        m_worker,
        [this, task = std::move(task), cancelled, worker] {
            JobControl control;
            control.m_cancelled = cancelled;
            control.m_runner = this;
            const Delivery delivery =
                cancelled->load() ? task(Error::make(Error::Kind::Validation,
                                                     JobRunner::tr("Cancelled; nothing was changed.")),
                                         control)
                                  : task(worker->connection(), control);
            QMetaObject::invokeMethod(
                this, [this, delivery] { deliver(delivery); }, Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void JobRunner::deliver(const Delivery& delivery)
{
    delivery();
    if (m_pending.fetch_sub(1) == 1)
        emit busyChanged(false);
}
