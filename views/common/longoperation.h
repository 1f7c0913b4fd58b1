#pragma once

#include "workspace.h"

#include <QProgressDialog>
#include <functional>
#include <memory>

// A long operation (an import, an export, a bulk change, demo data) with a progress bar and Cancel.
// It runs on a runner of its own, with its own connection, so the window keeps painting and quick
// calls from other areas are not held up behind it. The dialog goes when the work is done.
class LongOperation : public QProgressDialog
{
    Q_OBJECT
public:
    template<typename T>
    static void start(QWidget* parent, const Workspace& workspace, const QString& label,
                      JobRunner::Work<T> work, std::function<void(const Result<T>&)> done)
    {
        auto* dialog = new LongOperation(parent, workspace, label);
        dialog->m_runner->run<T>(dialog, std::move(work),
                                 [dialog, done = std::move(done)](const Result<T>& result) {
                                     dialog->finish();
                                     done(result);
                                 });
    }

private:
    LongOperation(QWidget* parent, const Workspace& workspace, const QString& label);
    void finish();

    std::unique_ptr<JobRunner> m_runner;
};
