#pragma once

#include "db/database.h"

#include <QObject>
#include <QPointer>
#include <QThread>
#include <atomic>
#include <functional>
#include <memory>

// What a job sees of the runner: whether it should stop, and where to say how far it got.
class JobControl
{
public:
    bool cancelled() const { return m_cancelled->load(); }
    // Thread-safe; reported at most every 50 ms, so a tight loop may call it for every row.
    void progress(qint64 done, qint64 total);

private:
    friend class JobRunner;
    std::shared_ptr<std::atomic<bool>> m_cancelled;
    class JobRunner* m_runner = nullptr; // outlives every job: its destructor waits for them
    qint64 m_lastReport = 0;
};

// Runs service calls and long operations (imports, exports, bulk edits, demo data) on a thread of
// its own with its own connection, one after another, so the window never waits for the database.
// The result comes back on the thread that asked, to a receiver that still exists; a receiver
// closed in the meantime gets nothing. cancel() asks the running job to stop and drops the rest.
class JobRunner : public QObject
{
    Q_OBJECT
public:
    explicit JobRunner(Database database, QObject* parent = nullptr);
    ~JobRunner() override; // cancels, and waits for the running job to stop

    template<typename T>
    using Work = std::function<Result<T>(const Connection& connection, JobControl& control)>;

    template<typename T> void run(QObject* receiver, Work<T> work, std::function<void(const Result<T>&)> done)
    {
        // The receiver is looked at only on its own thread, when the result arrives there.
        QPointer<QObject> target(receiver);
        submit([work = std::move(work), done = std::move(done), target](const Result<Connection>& connection,
                                                                        JobControl& control) -> Delivery {
            Result<T> result = connection ? work(connection.value(), control) : Result<T>(connection.error());
            return [done, target, result] {
                if (target)
                    done(result);
            };
        });
    }

    void cancel();
    bool isBusy() const { return m_pending.load() > 0; }
    const Database& database() const { return m_database; }

signals:
    void progressed(qint64 done, qint64 total);
    void busyChanged(bool busy);

private:
    friend class JobControl;
    using Delivery = std::function<void()>;
    using Task = std::function<Delivery(const Result<Connection>&, JobControl&)>;
    void submit(Task task);
    void deliver(const Delivery& delivery);

    Database m_database;
    QThread m_thread;
    QObject* m_worker = nullptr; // lives on m_thread, owns the connection
    std::shared_ptr<std::atomic<bool>> m_cancelled;
    std::atomic<int> m_pending{0};
};
