#include "longoperation.h"

#include <QPushButton>

LongOperation::LongOperation(QWidget* parent, const Workspace& workspace, const QString& label)
    : QProgressDialog(label, tr("Cancel"), 0, 0, parent),
      m_runner(std::make_unique<JobRunner>(workspace.database))
{
    setObjectName(QStringLiteral("longOperation"));
    setWindowTitle(tr("Storekeeper"));
    setWindowModality(Qt::WindowModal);
    setAutoClose(false);
    setAutoReset(false);
    setMinimumDuration(300);
    setMinimumWidth(420);
    connect(m_runner.get(), &JobRunner::progressed, this, [this](qint64 done, qint64 total) {
        // The bar counts in thousandths, so counts beyond what an int holds still move it.
        setMaximum(1000);
        setValue(total > 0 ? int(std::min<qint64>(1000, done * 1000 / total)) : 0);
    });
    connect(this, &QProgressDialog::canceled, this, [this] {
        m_runner->cancel();
        setLabelText(tr("Cancelling; nothing of it is kept…"));
        show();
    });
}

void LongOperation::finish()
{
    hide();
    // Deleted once back in the event loop: the runner's delivery is still on the stack here.
    deleteLater();
}
