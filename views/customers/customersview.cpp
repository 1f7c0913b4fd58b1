#include "customersview.h"

#include "common/confirm.h"
#include "customerform.h"
#include "customermergedialog.h"
#include "services/customerservice.h"
#include "tables/customerlistmodel.h"

#include <QKeySequence>
#include <QPushButton>
#include <limits>

namespace {

// A customer and, when it was merged away, the name of the one it went into.
struct Opened
{
    CustomerRecord record;
    QString mergedIntoName;
};

} // namespace

CustomersView::CustomersView(const Workspace& workspace, QWidget* parent)
    : ListAreaView(workspace, new CustomerListModel(workspace.database, workspace.session),
                   QStringLiteral("customers"), parent)
{
    m_model = static_cast<CustomerListModel*>(listModel());
    addStateFilter(tr("Active customers"), tr("Inactive customers"));
    setSearchPlaceholder(tr("Search name, phone, e-mail or code (Ctrl+F)"));

    addButton(
        tr("&New…"), QStringLiteral("New"), tr("Add a customer (Ctrl+N)"), [this] { newCustomer(); }, false);
    addButton(tr("&Edit…"), QStringLiteral("Edit"), tr("Open the selected customer (Enter)"),
              [this] { editCurrent(); });
    m_active =
        addButton(tr("&Deactivate"), QStringLiteral("Active"), QString(), [this] { toggleActiveCurrent(); });
    if (workspace.session.can(Permission::MergeCustomers))
        m_merge =
            addButton(tr("&Merge…"), QStringLiteral("Merge"),
                      tr("Merge a duplicate of the selected customer into it"), [this] { mergeCurrent(); });
    addShortcut(QKeySequence::New, [this] { newCustomer(); });
    addShortcut(QKeySequence::Delete, [this] {
        // As in the goods list: Delete deactivates, with a question; it never activates unasked.
        if (!showingArchived())
            toggleActiveCurrent();
    });
    filterChanged();
}

void CustomersView::applyFilter()
{
    CustomerFilter filter;
    filter.search = searchText();
    filter.active = !showingArchived();
    m_model->setFilter(filter);
}

QString CustomersView::countText(qint64 count) const
{
    const int shown = int(std::min<qint64>(count, std::numeric_limits<int>::max()));
    return showingArchived() ? tr("%Ln inactive", nullptr, shown) : tr("%Ln customer(s)", nullptr, shown);
}

void CustomersView::updateActions()
{
    ListAreaView::updateActions();
    if (m_active) {
        m_active->setText(showingArchived() ? tr("&Activate") : tr("&Deactivate"));
        m_active->setToolTip(showingArchived()
                                 ? tr("Bring the selected customer back to the active list")
                                 : tr("Take the selected customer off the active list; their orders keep "
                                      "them (Delete)"));
    }
    // The one that stays is an active customer: merging into an inactive one would hide both.
    if (m_merge)
        m_merge->setEnabled(currentRow() >= 0 && !showingArchived());
}

QString CustomersView::nameAt(int row) const
{
    return m_model->rowValue(row, QStringLiteral("name")).toString();
}

void CustomersView::openRow(int)
{
    editCurrent();
}

void CustomersView::newCustomer()
{
    CustomerForm form(workspace(), this);
    form.startNew();
    const bool saved = form.exec() == QDialog::Accepted;
    refreshAfterForm();
    if (saved)
        notify(tr("Added \"%1\".").arg(form.saved().draft.name));
}

void CustomersView::editCurrent()
{
    const int row = currentRow();
    if (row < 0)
        return;
    const QString id = m_model->customerId(row);
    const Session session = workspace().session;
    workspace().jobs->run<Opened>(
        this,
        [session, id](const Connection& c, JobControl&) -> Result<Opened> {
            const CustomerService service(c);
            auto record = service.get(session, id);
            if (!record)
                return record.error();
            Opened opened{record.value(), {}};
            if (!opened.record.mergedInto.isEmpty()) {
                auto survivor = service.get(session, opened.record.mergedInto);
                if (survivor)
                    opened.mergedIntoName = survivor->draft.name;
            }
            return opened;
        },
        [this](const Result<Opened>& opened) {
            if (!opened) {
                fail(opened.error().message);
                refreshAfterForm();
                return;
            }
            CustomerForm form(workspace(), this);
            form.startEdit(opened->record, opened->mergedIntoName);
            const bool saved = form.exec() == QDialog::Accepted;
            refreshAfterForm();
            if (saved)
                notify(tr("Saved \"%1\".").arg(form.saved().draft.name));
        });
}

void CustomersView::toggleActiveCurrent()
{
    const int row = currentRow();
    if (row < 0)
        return;
    const bool activate = showingArchived();
    const QString name = nameAt(row);
    const bool confirmed =
        activate ? Confirm::ask(
                       this, tr("Activate customer"),
                       tr("Activate \"%1\" again? They return to the list of active customers.").arg(name),
                       tr("Activate"))
                 : Confirm::ask(this, tr("Deactivate customer"),
                                tr("Deactivate \"%1\"? They leave the list of active customers; their orders "
                                   "and history keep them, and you can activate them again from the inactive "
                                   "customers.")
                                    .arg(name),
                                tr("Deactivate"));
    if (!confirmed)
        return;
    const Session session = workspace().session;
    const QString id = m_model->customerId(row);
    const int version = m_model->customerVersion(row);
    workspace().jobs->run<CustomerRecord>(
        this,
        [=](const Connection& c, JobControl&) {
            return CustomerService(c).setActive(session, id, version, activate);
        },
        [this, activate, name](const Result<CustomerRecord>& result) {
            refreshAfterForm();
            if (!result) {
                fail(result.error().kind == Error::Kind::Conflict
                         ? tr("Someone changed \"%1\" a moment ago; the list now shows their version. Look "
                              "it over and try again.")
                               .arg(name)
                         : result.error().message);
                return;
            }
            notify(activate ? tr("Activated \"%1\".").arg(name) : tr("Deactivated \"%1\".").arg(name));
        });
}

void CustomersView::mergeCurrent()
{
    const int row = currentRow();
    if (row < 0 || showingArchived() || !workspace().session.can(Permission::MergeCustomers))
        return;
    const QString id = m_model->customerId(row);
    const Session session = workspace().session;
    // Read afresh: the dialog compares, and the merge checks, the version the person sees.
    workspace().jobs->run<CustomerRecord>(
        this, [session, id](const Connection& c, JobControl&) { return CustomerService(c).get(session, id); },
        [this](const Result<CustomerRecord>& survivor) {
            if (!survivor) {
                fail(survivor.error().message);
                refreshAfterForm();
                return;
            }
            CustomerMergeDialog dialog(workspace(), survivor.value(), this);
            const bool merged = dialog.exec() == QDialog::Accepted;
            refreshAfterForm();
            if (merged)
                notify(tr("Merged \"%1\" into \"%2\": its orders and addresses are now with \"%2\", and "
                          "\"%1\" is inactive.")
                           .arg(dialog.duplicate().draft.name, dialog.merged().draft.name));
        });
}
