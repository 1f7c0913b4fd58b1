#include "suppliersview.h"

#include "common/confirm.h"
#include "common/messagewidget.h"
#include "common/pagedtableview.h"
#include "services/supplierservice.h"
#include "supplierform.h"
#include "tables/supplierlistmodel.h"

#include <QHeaderView>
#include <QKeySequence>
#include <QPushButton>
#include <limits>

SuppliersView::SuppliersView(const Workspace& workspace, QWidget* parent)
    : ListAreaView(workspace, new SupplierListModel(workspace.database, workspace.session),
                   QStringLiteral("suppliers"), parent)
{
    m_model = static_cast<SupplierListModel*>(listModel());
    addStateFilter(tr("Active suppliers"), tr("Archived suppliers"));
    setSearchPlaceholder(tr("Search name, contact, code, phone or e-mail (Ctrl+F)"));

    addButton(
        tr("&New…"), QStringLiteral("New"), tr("Add a supplier (Ctrl+N)"), [this] { newSupplier(); }, false);
    addButton(tr("&Edit…"), QStringLiteral("Edit"),
              tr("Open the selected supplier and the goods they sell (Enter)"), [this] { editCurrent(); });
    m_archive = addButton(tr("&Archive"), QStringLiteral("Archive"), QString(), [this] { archiveCurrent(); });
    addShortcut(QKeySequence::New, [this] { newSupplier(); });
    addShortcut(QKeySequence::Delete, [this] { archiveFromKeyboard(); });
    connect(table()->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this,
            &SuppliersView::keepSortIndicator);
    filterChanged();
}

void SuppliersView::keepSortIndicator()
{
    // A click on a column without an index sorts nothing; the arrow stays where the order comes from.
    QHeaderView* header = table()->horizontalHeader();
    if (header->sortIndicatorSection() != m_model->sortColumn()) {
        const QSignalBlocker quiet(header);
        header->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
    }
}

void SuppliersView::applyFilter()
{
    SupplierFilter filter;
    filter.search = searchText();
    filter.archived = showingArchived();
    m_model->setFilter(filter);
}

QString SuppliersView::countText(qint64 count) const
{
    const int shown = int(std::min<qint64>(count, std::numeric_limits<int>::max()));
    return showingArchived() ? tr("%Ln archived", nullptr, shown) : tr("%Ln suppliers", nullptr, shown);
}

void SuppliersView::updateActions()
{
    ListAreaView::updateActions();
    if (m_archive) {
        m_archive->setText(showingArchived() ? tr("&Restore") : tr("&Archive"));
        m_archive->setToolTip(showingArchived()
                                  ? tr("Bring the selected supplier back to the active list")
                                  : tr("Hide the selected supplier from the active list and from the "
                                       "choices; their offers and history stay (Delete)"));
    }
}

QString SuppliersView::nameAt(int row) const
{
    return m_model->rowValue(row, QStringLiteral("name")).toString();
}

void SuppliersView::openRow(int)
{
    editCurrent();
}

void SuppliersView::newSupplier()
{
    SupplierForm form(workspace(), this);
    form.startNew();
    const bool saved = form.exec() == QDialog::Accepted;
    refreshAfterForm();
    if (saved)
        notify(tr("Added \"%1\".").arg(form.saved().draft.name));
}

void SuppliersView::editCurrent()
{
    const int row = currentRow();
    if (row < 0)
        return;
    const qint64 id = m_model->supplierId(row);
    const Session session = workspace().session;
    workspace().jobs->run<SupplierRecord>(
        this, [session, id](const Connection& c, JobControl&) { return SupplierService(c).get(session, id); },
        [this](const Result<SupplierRecord>& record) {
            if (!record) {
                fail(record.error().message);
                refreshAfterForm();
                return;
            }
            SupplierForm form(workspace(), this);
            form.startEdit(record.value());
            const bool saved = form.exec() == QDialog::Accepted;
            refreshAfterForm();
            if (saved)
                notify(tr("Saved \"%1\".").arg(form.saved().draft.name));
        });
}

void SuppliersView::archiveCurrent()
{
    const int row = currentRow();
    if (row < 0)
        return;
    const bool archive = !showingArchived();
    const QString name = nameAt(row);
    if (archive && !Confirm::ask(this, tr("Archive supplier"),
                                 tr("Archive \"%1\"? They leave the active list and the supplier choices; "
                                    "purchase orders and the goods they sell keep them, and you can restore "
                                    "them from the archived suppliers.")
                                     .arg(name),
                                 tr("Archive")))
        return;
    const Session session = workspace().session;
    const qint64 id = m_model->supplierId(row);
    const int version = m_model->supplierVersion(row);
    workspace().jobs->run<SupplierRecord>(
        this,
        [=](const Connection& c, JobControl&) {
            return SupplierService(c).setArchived(session, id, version, archive);
        },
        [this, archive, name](const Result<SupplierRecord>& result) {
            refreshAfterForm();
            if (!result) {
                fail(result.error().kind == Error::Kind::Conflict
                         ? tr("Someone changed \"%1\" a moment ago; the list now shows their version. Look "
                              "it over and try again.")
                               .arg(name)
                         : result.error().message);
                return;
            }
            notify(archive ? tr("Archived \"%1\".").arg(name) : tr("Restored \"%1\".").arg(name));
        });
}

void SuppliersView::archiveFromKeyboard()
{
    // As in the goods list: Delete archives after a question, and in the archived list does nothing,
    // so a stray key never brings a supplier back unasked.
    if (!showingArchived())
        archiveCurrent();
}
