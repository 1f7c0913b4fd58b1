#include "listareaview.h"

#include "config/settings.h"
#include "messagewidget.h"
#include "pagedtableview.h"
#include "tables/listmodel.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>
#include <limits>

namespace {
// A keystroke after a pause searches at once; keystrokes closer together than this (fast typing,
// a barcode scanner's burst) wait until they stop, so the states in between are never queried.
constexpr int searchDelayMs = 120;
} // namespace

ListAreaView::ListAreaView(const Workspace& workspace, ListModel* model, const QString& key, QWidget* parent)
    : AreaView(parent), m_workspace(workspace), m_key(key), m_model(model), m_message(new MessageWidget),
      m_search(new QLineEdit), m_count(new QLabel), m_table(new PagedTableView), m_filters(new QHBoxLayout),
      m_actions(new QHBoxLayout), m_searchDelay(new QTimer(this))
{
    m_model->setParent(this);
    setObjectName(key + QStringLiteral("View"));
    m_search->setObjectName(key + QStringLiteral("Search"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(160);
    m_count->setObjectName(key + QStringLiteral("Count"));
    m_count->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_table->setObjectName(key + QStringLiteral("Table"));
    m_message->setObjectName(key + QStringLiteral("Message"));
    // Connected before the table's selection model is, which moves the current row off rows that go.
    connect(m_model, &ListModel::rowsAboutToBeRemoved, this, [this] { m_rowsLeaving = true; });
    connect(m_model, &ListModel::rowsRemoved, this, [this] { m_rowsLeaving = false; });
    m_table->setModel(m_model);
    // A click on a column the list cannot sort by (no index serves it) leaves the arrow where it was.
    connect(m_table->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this, [this](int column) {
        if (column >= 0 && column < m_model->spec().columns.size() &&
            m_model->spec().columns.at(column).orderBy.isEmpty())
            m_table->horizontalHeader()->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
    });

    // What to show on one row, what to do with it on the next: the search field keeps its width
    // however many actions an area has.
    auto* bar = new QHBoxLayout;
    bar->addWidget(m_search, 3);
    bar->addLayout(m_filters);
    bar->addSpacing(12);
    bar->addWidget(m_count);
    auto* actions = new QHBoxLayout;
    actions->addLayout(m_actions);
    actions->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addLayout(actions);
    layout->addWidget(m_message);
    layout->addWidget(m_table, 1);

    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(searchDelayMs);
    // The first keystroke searches at once; the ones typed quickly after it, once typing pauses,
    // and only if they changed what was searched for.
    const auto search = [this] {
        m_searched = m_search->text();
        filterChanged();
    };
    connect(m_searchDelay, &QTimer::timeout, this, [this, search] {
        if (m_search->text() != m_searched)
            search();
    });
    connect(m_search, &QLineEdit::textChanged, this, [this, search] {
        if (!m_searchDelay->isActive())
            search();
        m_searchDelay->start();
    });
    connect(m_search, &QLineEdit::returnPressed, this, [this, search] {
        // A scanner ends with Enter: search now, then let arrow keys and Enter work on the results.
        m_searchDelay->stop();
        search();
        m_table->setFocus();
    });
    connect(m_table, &PagedTableView::rowActivated, this, [this](int row) {
        if (row >= 0 && m_model->rowKey(row).isValid())
            openRow(row);
    });
    connect(m_model, &ListModel::countChanged, this, &ListAreaView::updateCount);
    connect(m_model, &ListModel::modelReset, this, &ListAreaView::updateCount);
    connect(m_model, &ListModel::modelReset, this, &ListAreaView::updateActions);
    connect(m_model, &ListModel::rowsLoaded, this, [this] {
        if (!m_table->currentIndex().isValid() && m_model->rowCount() > 0 && m_table->hasFocus())
            m_table->setCurrentIndex(m_model->index(0, 0));
        updateActions();
    });
    connect(m_model, &ListModel::loadFailed, this,
            [this](const QString& text) { fail(tr("The list could not be loaded: %1").arg(text)); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        // A message about the row that was current has lost its cause; but when the row moved because
        // it left the list (deactivated, archived), the message says why and stays.
        if (!m_rowsLeaving && (m_message->type() != MessageWidget::Type::Error || m_model->isCurrent()))
            m_message->hide();
        updateActions();
    });
    // Ctrl+A selects every row without moving the current one; actions on a selection follow it.
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ListAreaView::updateActions);
    m_table->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table->horizontalHeader(), &QHeaderView::customContextMenuRequested, this,
            &ListAreaView::showColumnMenu);
    connect(m_table->horizontalHeader(), &QHeaderView::sectionCountChanged, this,
            &ListAreaView::updateHiddenColumns);

    addShortcut(QKeySequence::Find, [this] { focusMain(); });
    addShortcut(QKeySequence::Refresh, [this] { reload(); });
    restoreHeader();
}

ListAreaView::~ListAreaView()
{
    saveHeader();
}

void ListAreaView::restoreHeader()
{
    QHeaderView* header = m_table->horizontalHeader();
    const ListSpec& spec = m_model->spec();
    header->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
    const QByteArray state = Settings::bytes(Settings::Key::ListHeaderState, headerScope());
    if (state.isEmpty() || !header->restoreState(state)) {
        for (int i = 0; i < spec.columns.size(); ++i) {
            const ListColumn& column = spec.columns.at(i);
            m_table->setColumnHidden(i, !column.shownByDefault);
            // Room for what each kind of value usually holds, so a laptop's width shows every column.
            using Kind = ListColumn::Kind;
            const int chars = column.widthChars > 0                 ? column.widthChars
                              : column.key == QLatin1String("name") ? 34
                              : column.kind == Kind::DateTime       ? 18
                              : column.kind == Kind::Code           ? 15
                              : column.kind == Kind::Unit           ? 7
                              : column.kind == Kind::Money          ? 10
                              : column.kind == Kind::Quantity       ? 9
                                                                    : 13;
            m_table->setColumnWidth(i, m_table->fontMetrics().averageCharWidth() * chars + 16);
        }
    }
    // A restored sort column the list cannot sort by (or one of a role that saw more columns) falls
    // back to the list's own.
    const int sorted = header->sortIndicatorSection();
    if (sorted < 0 || sorted >= spec.columns.size() || spec.columns.at(sorted).orderBy.isEmpty())
        header->setSortIndicator(std::max(0, spec.indexOf(spec.defaultSort)), spec.defaultOrder);
    m_model->sort(header->sortIndicatorSection(), header->sortIndicatorOrder());
    updateHiddenColumns();
}

QString ListAreaView::headerScope() const
{
    // Roles see different columns; each set keeps a layout of its own.
    return m_key + QLatin1Char('-') + QString::number(m_model->columnCount());
}

void ListAreaView::saveHeader()
{
    Settings::setValue(Settings::Key::ListHeaderState, m_table->horizontalHeader()->saveState(),
                       headerScope());
}

void ListAreaView::updateHiddenColumns()
{
    QSet<int> hidden;
    for (int i = 0; i < m_model->columnCount(); ++i) {
        if (m_table->isColumnHidden(i))
            hidden.insert(i);
    }
    m_model->setHiddenColumns(hidden);
}

void ListAreaView::showColumnMenu(const QPoint& at)
{
    QMenu menu(this);
    menu.setObjectName(m_key + QStringLiteral("ColumnMenu"));
    int shown = 0;
    for (int i = 0; i < m_model->columnCount(); ++i)
        shown += m_table->isColumnHidden(i) ? 0 : 1;
    for (int i = 0; i < m_model->columnCount(); ++i) {
        QAction* action = menu.addAction(m_model->headerData(i, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!m_table->isColumnHidden(i));
        action->setEnabled(m_table->isColumnHidden(i) || shown > 1); // the last column stays
        connect(action, &QAction::toggled, this, [this, i](bool on) {
            m_table->setColumnHidden(i, !on);
            updateHiddenColumns();
            saveHeader();
        });
    }
    menu.exec(m_table->horizontalHeader()->mapToGlobal(at));
}

void ListAreaView::focusMain()
{
    m_search->setFocus();
    m_search->selectAll();
}

void ListAreaView::reload()
{
    m_message->hide();
    reloadAround();
    m_model->refresh();
}

void ListAreaView::exportList(const QString& title)
{
    if (const auto target = ListExportFlow::choose(this, title))
        exportListTo(title, *target);
}

void ListAreaView::exportListTo(const QString& title, const ListExportFlow::Target& target)
{
    ListExportFlow::start(this, m_workspace, *m_model,
                          ListExportFlow::shownColumns(m_table->horizontalHeader()), title, target,
                          [this](const ListExportFlow::Outcome& outcome) {
                              using Ending = ListExportFlow::Outcome::Ending;
                              m_message->showMessage(outcome.message, outcome.ending == Ending::Written
                                                                          ? MessageWidget::Type::Information
                                                                      : outcome.ending == Ending::Cancelled
                                                                          ? MessageWidget::Type::Warning
                                                                          : MessageWidget::Type::Error);
                          });
}

void ListAreaView::addFilter(QWidget* widget)
{
    m_filters->addWidget(widget);
}

QComboBox* ListAreaView::addStateFilter(const QString& activeText, const QString& archivedText)
{
    m_state = new QComboBox;
    m_state->setObjectName(m_key + QStringLiteral("StatusFilter"));
    m_state->addItem(activeText, false);
    m_state->addItem(archivedText, true);
    connect(m_state, qOverload<int>(&QComboBox::currentIndexChanged), this, &ListAreaView::filterChanged);
    addFilter(m_state);
    return m_state;
}

bool ListAreaView::showingArchived() const
{
    return m_state && m_state->currentData().toBool();
}

QPushButton* ListAreaView::addButton(const QString& text, const QString& name, const QString& tip,
                                     const std::function<void()>& onClick, bool needsRow)
{
    auto* button = new QPushButton(text);
    button->setObjectName(m_key + name);
    button->setToolTip(tip);
    connect(button, &QPushButton::clicked, this, onClick);
    m_actions->addWidget(button);
    m_buttons << qMakePair(button, needsRow);
    updateActions();
    return button;
}

void ListAreaView::addShortcut(const QKeySequence& keys, const std::function<void()>& action)
{
    auto* shortcut = new QAction(this);
    shortcut->setShortcut(keys);
    shortcut->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(shortcut, &QAction::triggered, this, action);
    QWidget::addAction(shortcut);
}

void ListAreaView::setSearchPlaceholder(const QString& text)
{
    m_search->setPlaceholderText(text);
    m_search->setToolTip(text);
    // The count's text changes with every filter; were its width to follow, a window at its
    // minimum width would grow each time the text got longer and never shrink back.
    int width = 0;
    for (const QString& sample : {tr("Searching…"), tr("Counting…"), countText(9999999)})
        width = std::max(width, m_count->fontMetrics().horizontalAdvance(sample));
    m_count->setMinimumWidth(width);
}

void ListAreaView::filterChanged()
{
    m_count->setText(tr("Searching…"));
    applyFilter();
}

QString ListAreaView::searchText() const
{
    return m_search->text();
}

void ListAreaView::updateCount()
{
    if (!m_model->isCountKnown()) {
        m_count->setText(tr("Counting…"));
        return;
    }
    m_count->setText(countText(m_model->totalCount()));
}

int ListAreaView::currentRow() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() && m_model->rowKey(current.row()).isValid() ? current.row() : -1;
}

QList<QPair<int, int>> ListAreaView::selectedRanges() const
{
    QList<QPair<int, int>> ranges;
    for (const QItemSelectionRange& range : m_table->selectionModel()->selection())
        ranges << qMakePair(range.top(), range.bottom());
    std::sort(ranges.begin(), ranges.end());
    // Ranges of rows selected column by column overlap; join them.
    QList<QPair<int, int>> joined;
    for (const auto& range : qAsConst(ranges)) {
        if (!joined.isEmpty() && range.first <= joined.last().second + 1)
            joined.last().second = std::max(joined.last().second, range.second);
        else
            joined << range;
    }
    return joined;
}

qint64 ListAreaView::selectedCount() const
{
    qint64 count = 0;
    for (const auto& range : selectedRanges())
        count += range.second - range.first + 1;
    return count;
}

void ListAreaView::updateActions()
{
    const bool haveRow = currentRow() >= 0;
    for (const auto& [button, needsRow] : qAsConst(m_buttons))
        button->setEnabled(!needsRow || haveRow);
}

void ListAreaView::refreshAfterForm()
{
    m_model->refresh();
}

void ListAreaView::notify(const QString& text)
{
    m_message->showMessage(text, MessageWidget::Type::Information);
}

void ListAreaView::fail(const QString& text)
{
    m_message->showMessage(text, MessageWidget::Type::Error);
}
