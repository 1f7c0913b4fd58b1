#pragma once

#include "common/workspace.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <functional>

class QTableView;
class QWidget;

namespace Bench {
// A manager's workspace on DATABASE, as the window makes it, for a view under measurement.
Workspace managerWorkspace(const Database& database, const Connection& connection);
// Whether the top row that TABLE shows holds real data (not a placeholder still loading).
bool firstVisibleRowLoaded(QTableView* table);
} // namespace Bench

// Measures what a user waits for: from an action until the view has painted the result, and the
// longest time the window's thread went without handling events (a freeze).
class BenchProbe : public QObject
{
    Q_OBJECT
public:
    explicit BenchProbe(QWidget* viewport);

    // Runs ACTION, then spins the event loop until a paint of the viewport happens while DONE()
    // holds. Returns milliseconds, or -1 after TIMEOUTMS.
    double measure(const std::function<void()>& action, const std::function<bool()>& done,
                   int timeoutMs = 600000);
    double longestStallMs() const { return m_longestStall / 1e6; }
    void resetStall() { m_longestStall = 0; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QWidget* m_viewport;
    QTimer m_heartbeat;
    QElapsedTimer m_clock;
    qint64 m_lastBeat = 0;
    qint64 m_longestStall = 0;
    bool m_paintedDone = false;
    std::function<bool()> m_done;
};
