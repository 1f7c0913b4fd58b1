#pragma once

// Desks working at the same moment, as concurrency tests need them: one thread per desk, each with
// its own connection, all released together once every one has connected, so their transactions
// really overlap.
#include "db/database.h"

#include <QThread>
#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <vector>

namespace Desks {

// Runs WORK(desk, connection) on DESKS threads at once and returns each desk's result, in desk
// order. A desk that cannot connect gets the connection's error.
template<typename T>
std::vector<Result<T>> atOnce(const Database& database, int desks,
                              const std::function<Result<T>(int desk, const Connection& connection)>& work)
{
    static int serial = 0;
    const int run = ++serial;
    std::mutex mutex;
    std::condition_variable ready;
    int arrived = 0;
    std::vector<std::optional<Result<T>>> outcomes(desks);
    std::vector<std::unique_ptr<QThread>> threads;
    for (int desk = 0; desk < desks; ++desk) {
        threads.emplace_back(QThread::create([&, desk] {
            const QString name = QStringLiteral("desk-%1-%2").arg(run).arg(desk);
            {
                auto connection = database.connect(name);
                {
                    std::unique_lock<std::mutex> lock(mutex);
                    if (++arrived == desks)
                        ready.notify_all();
                    else
                        ready.wait(lock, [&] { return arrived >= desks; });
                }
                outcomes[desk] = connection ? work(desk, connection.value()) : Result<T>(connection.error());
            }
            Database::disconnect(name);
        }));
    }
    for (auto& thread : threads)
        thread->start();
    for (auto& thread : threads)
        thread->wait();
    std::vector<Result<T>> results;
    for (auto& outcome : outcomes)
        results.push_back(std::move(*outcome));
    return results;
}

} // namespace Desks
