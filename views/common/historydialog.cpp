#include "historydialog.h"

#include "pagedtableview.h"
#include "tables/auditlistmodel.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QVBoxLayout>

HistoryDialog::HistoryDialog(const Workspace& workspace, const QString& entity, const QString& entityId,
                             const QString& title, QWidget* parent)
    : QDialog(parent), m_model(new AuditListModel(workspace.database, workspace.session, this))
{
    setObjectName(QStringLiteral("historyDialog"));
    setWindowTitle(tr("History of %1").arg(title));
    auto* table = new PagedTableView;
    table->setObjectName(QStringLiteral("historyTable"));
    table->setModel(m_model);
    const ListSpec& spec = m_model->spec();
    // One record's history: its kind and number are the same on every row.
    for (const char* same : {"entity", "entityId"})
        table->setColumnHidden(spec.indexOf(QLatin1String(same)), true);
    table->horizontalHeader()->setStretchLastSection(true);
    for (const char* key : {"when", "who", "action"})
        table->setColumnWidth(spec.indexOf(QLatin1String(key)),
                              table->fontMetrics().averageCharWidth() * 18 + 16);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(table, 1);
    layout->addWidget(buttons);
    resize(900, 420);
    AuditFilter filter;
    filter.entity = entity;
    filter.entityId = entityId;
    m_model->sort(spec.indexOf(QStringLiteral("when")), Qt::DescendingOrder);
    m_model->setFilter(filter);
}
