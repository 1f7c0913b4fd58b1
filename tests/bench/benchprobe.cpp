#include "benchprobe.h"

#include "tables/pagedtablemodel.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTableView>
#include <QWidget>

namespace Bench {

Workspace managerWorkspace(const Database& database, const Connection& connection)
{
    Session manager;
    manager.role = Role::Manager;
    manager.displayName = QStringLiteral("bench");
    return Workspace{database, connection, manager, std::make_shared<JobRunner>(database)};
}

bool firstVisibleRowLoaded(QTableView* table)
{
    const int row = std::max(0, table->rowAt(0));
    return table->model()->rowCount() == 0 ||
           table->model()->index(row, 0).data(PagedTableModel::LoadedRole).toBool();
}

} // namespace Bench

BenchProbe::BenchProbe(QWidget* viewport) : m_viewport(viewport)
{
    m_clock.start();
    m_viewport->installEventFilter(this);
    m_heartbeat.setInterval(2);
    connect(&m_heartbeat, &QTimer::timeout, this, [this] {
        const qint64 now = m_clock.nsecsElapsed();
        if (m_lastBeat > 0)
            m_longestStall = std::max(m_longestStall, now - m_lastBeat);
        m_lastBeat = now;
    });
    m_heartbeat.start();
}

bool BenchProbe::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_viewport && event->type() == QEvent::Paint && m_done) {
        // Check after the paint has used the current data.
        const bool result = QObject::eventFilter(watched, event);
        if (m_done())
            m_paintedDone = true;
        return result;
    }
    return QObject::eventFilter(watched, event);
}

double BenchProbe::measure(const std::function<void()>& action, const std::function<bool()>& done,
                           int timeoutMs)
{
    m_paintedDone = false;
    m_done = done;
    QElapsedTimer timer;
    timer.start();
    action();
    m_viewport->update();
    while (!m_paintedDone && timer.elapsed() < timeoutMs) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        if (!m_paintedDone && m_done())
            m_viewport->update(); // the data is there; make sure a paint follows
    }
    const double elapsed = double(timer.nsecsElapsed()) / 1e6;
    m_done = nullptr;
    return m_paintedDone ? elapsed : -1;
}
