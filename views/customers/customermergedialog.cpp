#include "customermergedialog.h"

#include "common/confirm.h"
#include "common/lookupedit.h"
#include "common/messagewidget.h"
#include "common/windowfit.h"
#include "services/customerservice.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

enum Field
{
    NameRow,
    CodeRow,
    PhoneRow,
    EmailRow,
    AddressesRow,
    FieldCount
};

// Matches for the duplicate: any active customer but the survivor itself.
LookupEdit::Search othersThan(const QString& survivorId)
{
    return [survivorId](const Connection& c, const Session& s, const QString& text) {
        constexpr int limit = 20;
        auto found = Lookup::customers(c, s, text, limit + 1);
        if (!found)
            return found;
        QList<Lookup::Match> others;
        for (const Lookup::Match& match : found.value()) {
            if (match.key.toString() != survivorId && others.size() < limit)
                others << match;
        }
        return Result<QList<Lookup::Match>>(others);
    };
}

} // namespace

CustomerMergeDialog::CustomerMergeDialog(const Workspace& workspace, const CustomerRecord& survivor,
                                         QWidget* parent)
    : QDialog(parent), m_workspace(workspace), m_survivor(survivor), m_message(new MessageWidget),
      m_pick(new LookupEdit(workspace, othersThan(survivor.id))), m_table(new QTableWidget(FieldCount, 2)),
      m_explanation(new QLabel), m_merge(new QPushButton(tr("&Merge…")))
{
    setObjectName(QStringLiteral("customerMerge"));
    setWindowTitle(tr("Merge a duplicate into %1").arg(survivor.draft.name));
    setMinimumWidth(640);
    m_message->setObjectName(QStringLiteral("customerMergeMessage"));
    m_pick->setObjectName(QStringLiteral("customerMerge_duplicate"));
    m_pick->setPlaceholderText(tr("Type the duplicate's name, phone, e-mail or code"));
    m_table->setObjectName(QStringLiteral("customerMergeTable"));
    m_table->setVerticalHeaderLabels({tr("Name"), tr("Code"), tr("Phone"), tr("E-mail"), tr("Addresses")});
    m_table->setHorizontalHeaderLabels({tr("This customer (stays)"), tr("Duplicate (merged away)")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setFocusPolicy(Qt::NoFocus);
    m_table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_explanation->setObjectName(QStringLiteral("customerMergeExplanation"));
    m_explanation->setWordWrap(true);
    m_explanation->setText(
        tr("Merging moves the duplicate's orders and addresses to \"%1\" (an address it has already is not "
           "added twice), and \"%1\" takes over the phone, e-mail and note it lacks. The duplicate is then "
           "deactivated and remembers that it was merged into \"%1\". The audit log records both; only a "
           "new edit of \"%1\" undoes it.")
            .arg(survivor.draft.name));
    m_merge->setObjectName(QStringLiteral("customerMergeRun"));
    m_merge->setAutoDefault(false);
    m_merge->setEnabled(false);

    auto* pickRow = new QFormLayout;
    auto* caption = new QLabel(tr("&Duplicate:"));
    caption->setBuddy(m_pick);
    pickRow->addRow(caption, m_pick);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    buttons->addButton(m_merge, QDialogButtonBox::ActionRole);
    // Enter in the field picks a match; it must neither merge nor close the dialog.
    buttons->button(QDialogButtonBox::Cancel)->setAutoDefault(false);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addLayout(pickRow);
    layout->addWidget(m_table);
    layout->addWidget(m_explanation);
    layout->addStretch(1);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &CustomerMergeDialog::reject);
    connect(m_merge, &QPushButton::clicked, this, &CustomerMergeDialog::merge);
    connect(m_pick, &LookupEdit::chosen, this,
            [this](const QVariant& key) { loadDuplicate(key.toString()); });
    connect(m_pick, &QLineEdit::textEdited, this, &CustomerMergeDialog::clearDuplicate);
    showRecords();
    m_pick->setFocus();
}

void CustomerMergeDialog::clearDuplicate()
{
    ++m_asked;
    m_duplicate = CustomerRecord();
    showRecords();
}

void CustomerMergeDialog::loadDuplicate(const QString& id)
{
    const quint64 asked = ++m_asked;
    const Session session = m_workspace.session;
    m_workspace.jobs->run<CustomerRecord>(
        this, [session, id](const Connection& c, JobControl&) { return CustomerService(c).get(session, id); },
        [this, asked](const Result<CustomerRecord>& record) {
            if (asked != m_asked)
                return;
            if (!record) {
                m_message->showMessage(record.error().message);
                return;
            }
            m_message->hide();
            m_duplicate = record.value();
            showRecords();
        });
}

void CustomerMergeDialog::reloadBoth()
{
    const quint64 asked = ++m_asked;
    const Session session = m_workspace.session;
    const QString survivorId = m_survivor.id;
    const QString duplicateId = m_duplicate.id;
    using Pair = QPair<CustomerRecord, CustomerRecord>;
    m_workspace.jobs->run<Pair>(
        this,
        [=](const Connection& c, JobControl&) -> Result<Pair> {
            const CustomerService service(c);
            auto survivor = service.get(session, survivorId);
            if (!survivor)
                return survivor.error();
            auto duplicate = service.get(session, duplicateId);
            if (!duplicate)
                return duplicate.error();
            return Pair(survivor.value(), duplicate.value());
        },
        [this, asked](const Result<Pair>& records) {
            if (asked != m_asked || !records)
                return;
            m_survivor = records->first;
            // One merged or deactivated meanwhile is no longer a duplicate to merge.
            m_duplicate = records->second.active ? records->second : CustomerRecord();
            showRecords();
        });
}

void CustomerMergeDialog::showRecords()
{
    const auto fill = [this](int column, const CustomerRecord* record) {
        const CustomerDraft draft = record ? record->draft : CustomerDraft();
        const QString none = record ? tr("none") : QString();
        const QStringList values = {
            draft.name,
            draft.code.isEmpty() ? none : draft.code,
            draft.phone.isEmpty() ? none : draft.phone,
            draft.email.isEmpty() ? none : draft.email,
            record ? tr("%n address(es)", nullptr, int(draft.addresses.size())) : QString(),
        };
        for (int row = 0; row < FieldCount; ++row)
            m_table->setItem(row, column, new QTableWidgetItem(values.at(row)));
    };
    fill(0, &m_survivor);
    fill(1, hasDuplicate() ? &m_duplicate : nullptr);
    m_table->resizeRowsToContents();
    int height = m_table->horizontalHeader()->sizeHint().height() + 2 * m_table->frameWidth();
    for (int row = 0; row < FieldCount; ++row)
        height += m_table->rowHeight(row);
    m_table->setFixedHeight(height);
    m_merge->setEnabled(hasDuplicate());
}

void CustomerMergeDialog::setBusy(bool busy)
{
    m_merge->setEnabled(!busy && hasDuplicate());
    m_pick->setEnabled(!busy);
    if (busy)
        setCursor(Qt::BusyCursor);
    else
        unsetCursor();
}

void CustomerMergeDialog::merge()
{
    if (!hasDuplicate())
        return;
    const CustomerRecord survivor = m_survivor;
    const CustomerRecord duplicate = m_duplicate;
    if (!Confirm::destructive(
            this, tr("Merge customers"),
            tr("Merge \"%1\" into \"%2\"? \"%1\" is deactivated and everything it has moves "
               "to \"%2\". This cannot be undone in one step.")
                .arg(duplicate.draft.name, survivor.draft.name),
            tr("Merge")))
        return;
    setBusy(true);
    const Session session = m_workspace.session;
    m_workspace.jobs->run<CustomerRecord>(
        this,
        [=](const Connection& c, JobControl&) {
            return CustomerService(c).merge(session, survivor.id, survivor.version, duplicate.id,
                                            duplicate.version);
        },
        [this](const Result<CustomerRecord>& result) {
            setBusy(false);
            if (!result) {
                const bool stale = result.error().kind == Error::Kind::Conflict;
                m_message->showMessage(
                    stale
                        ? tr("Someone changed one of these customers a moment ago. The comparison now shows "
                             "them as they are; look again, then merge.")
                        : result.error().message,
                    stale ? MessageWidget::Type::Warning : MessageWidget::Type::Error);
                if (stale)
                    reloadBoth();
                WindowFit::growToFit(this);
                return;
            }
            m_merged = result.value();
            accept();
        });
}
