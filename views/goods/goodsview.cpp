#include "goodsview.h"

#include "categorycombo.h"
#include "common/messagewidget.h"
#include "common/pagedtableview.h"
#include "config/settings.h"
#include "goodsform.h"
#include "services/goodsservice.h"
#include "tables/goodslistmodel.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
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

GoodsView::GoodsView(const Workspace& workspace, QWidget* parent)
    : QWidget(parent), m_workspace(workspace), m_model(new GoodsListModel(workspace.database, this)),
      m_message(new MessageWidget), m_search(new QLineEdit),
      m_category(new CategoryCombo(CategoryCombo::Mode::Filter)), m_status(new QComboBox),
      m_count(new QLabel), m_new(new QPushButton(tr("&New…"))), m_edit(new QPushButton),
      m_archive(new QPushButton), m_delete(new QPushButton(tr("&Delete…"))), m_table(new PagedTableView),
      m_searchDelay(new QTimer(this))
{
    setObjectName(QStringLiteral("goodsView"));
    m_search->setObjectName(QStringLiteral("goodsSearch"));
    m_search->setPlaceholderText(tr("Search name, SKU or barcode (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(160);
    m_category->setObjectName(QStringLiteral("goodsCategoryFilter"));
    m_status->setObjectName(QStringLiteral("goodsStatusFilter"));
    m_status->addItem(tr("Active goods"), false);
    m_status->addItem(tr("Archived goods"), true);
    m_count->setObjectName(QStringLiteral("goodsCount"));
    // The count's text changes with every filter; were its width to follow, a window at its minimum
    // width would grow each time the text got longer and never shrink back.
    int countWidth = 0;
    for (const QString& text : {tr("Searching…"), tr("Counting…"), tr("%Ln goods", nullptr, 999999),
                                tr("%Ln archived", nullptr, 999999)})
        countWidth = std::max(countWidth, m_count->fontMetrics().horizontalAdvance(text));
    m_count->setMinimumWidth(countWidth);
    m_count->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_new->setObjectName(QStringLiteral("goodsNew"));
    m_edit->setObjectName(QStringLiteral("goodsEdit"));
    m_archive->setObjectName(QStringLiteral("goodsArchive"));
    m_delete->setObjectName(QStringLiteral("goodsDelete"));
    m_table->setObjectName(QStringLiteral("goodsTable"));
    m_new->setToolTip(tr("Add a goods item (Ctrl+N)"));
    m_edit->setText(workspace.session.can(Permission::EditGoods) ? tr("&Edit…") : tr("&View…"));
    m_edit->setToolTip(tr("Open the selected item (Enter)"));
    m_delete->setToolTip(tr("Delete an item nothing refers to yet"));

    m_table->setModel(m_model);
    m_table->horizontalHeader()->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
    const QByteArray header = Settings::bytes(Settings::Key::GoodsHeaderState);
    if (header.isEmpty() || !m_table->horizontalHeader()->restoreState(header)) {
        m_table->setColumnWidth(GoodsListModel::Sku, 120);
        m_table->setColumnWidth(GoodsListModel::Name, 320);
        m_table->setColumnWidth(GoodsListModel::Barcode, 130);
        m_table->setColumnWidth(GoodsListModel::Category, 120);
        m_table->setColumnWidth(GoodsListModel::Unit, 60);
        m_table->setColumnWidth(GoodsListModel::Price, 90);
        m_table->setColumnWidth(GoodsListModel::Cost, 90);
        m_table->setColumnWidth(GoodsListModel::Updated, 140);
    }

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_search, 2);
    bar->addWidget(m_category);
    bar->addWidget(m_status);
    bar->addStretch(1);
    bar->addWidget(m_count);
    bar->addSpacing(12);
    bar->addWidget(m_new);
    bar->addWidget(m_edit);
    bar->addWidget(m_archive);
    bar->addWidget(m_delete);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_message);
    layout->addWidget(m_table, 1);

    const bool mayEdit =
        workspace.session.can(Permission::EditGoods) && workspace.session.can(Permission::ChangePrices);
    const bool mayArchive = workspace.session.can(Permission::ArchiveGoods);
    m_new->setVisible(mayEdit);
    m_archive->setVisible(mayArchive);
    m_delete->setVisible(mayArchive);

    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(searchDelayMs);
    connect(m_searchDelay, &QTimer::timeout, this, [this] {
        if (m_model->filter().search != m_search->text())
            applyFilter();
    });
    connect(m_search, &QLineEdit::textChanged, this, [this] {
        if (!m_searchDelay->isActive())
            applyFilter();
        m_searchDelay->start();
    });
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        // A scanner ends with Enter: search now, then let arrow keys and Enter work on the results.
        m_searchDelay->stop();
        applyFilter();
        m_table->setFocus();
    });
    connect(m_category, qOverload<int>(&QComboBox::currentIndexChanged), this, &GoodsView::applyFilter);
    connect(m_status, qOverload<int>(&QComboBox::currentIndexChanged), this, &GoodsView::applyFilter);
    connect(m_new, &QPushButton::clicked, this, &GoodsView::newGoods);
    connect(m_edit, &QPushButton::clicked, this, &GoodsView::editCurrent);
    connect(m_archive, &QPushButton::clicked, this, &GoodsView::archiveCurrent);
    connect(m_delete, &QPushButton::clicked, this, &GoodsView::deleteCurrent);
    connect(m_table, &PagedTableView::rowActivated, this, &GoodsView::editCurrent);
    connect(m_model, &GoodsListModel::countChanged, this, &GoodsView::updateCount);
    connect(m_model, &GoodsListModel::modelReset, this, &GoodsView::updateCount);
    connect(m_model, &GoodsListModel::modelReset, this, &GoodsView::updateActions);
    connect(m_model, &GoodsListModel::rowsLoaded, this, [this] {
        if (!m_table->currentIndex().isValid() && m_model->rowCount() > 0 && m_table->hasFocus())
            m_table->setCurrentIndex(m_model->index(0, GoodsListModel::Name));
        updateActions();
    });
    connect(m_model, &GoodsListModel::loadFailed, this, [this](const QString& message) {
        m_message->showMessage(tr("The list could not be loaded: %1").arg(message));
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &GoodsView::updateActions);

    const auto shortcut = [this](const QKeySequence& keys, auto slot) {
        auto* action = new QAction(this);
        action->setShortcut(keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
    };
    shortcut(QKeySequence::Find, &GoodsView::focusSearch);
    shortcut(QKeySequence::Refresh, &GoodsView::reload);
    if (mayEdit)
        shortcut(QKeySequence::New, &GoodsView::newGoods);
    if (mayArchive)
        shortcut(QKeySequence::Delete, &GoodsView::archiveFromKeyboard);

    loadCategories();
    applyFilter();
    updateActions();
}

GoodsView::~GoodsView()
{
    Settings::setValue(Settings::Key::GoodsHeaderState, m_table->horizontalHeader()->saveState());
}

void GoodsView::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}

void GoodsView::loadCategories()
{
    auto categories = CategoryService(m_workspace.connection).list();
    if (!categories) {
        m_message->showMessage(categories.error().message);
        return;
    }
    m_categories = categories.value();
    m_category->setCategories(m_categories);
}

void GoodsView::applyFilter()
{
    GoodsFilter filter;
    filter.search = m_search->text();
    filter.categoryIds = m_category->chosenSubtree();
    filter.archived = m_status->currentData().toBool();
    m_count->setText(tr("Searching…"));
    m_model->setFilter(filter);
}

void GoodsView::reload()
{
    loadCategories();
    m_model->refresh();
}

void GoodsView::updateCount()
{
    if (!m_model->isCountKnown()) {
        m_count->setText(tr("Counting…"));
        return;
    }
    const int count = int(std::min<qint64>(m_model->totalCount(), std::numeric_limits<int>::max()));
    m_count->setText(m_model->filter().archived ? tr("%Ln archived", nullptr, count)
                                                : tr("%Ln goods", nullptr, count));
}

int GoodsView::currentRow() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() && m_model->goodsId(current.row()) > 0 ? current.row() : -1;
}

void GoodsView::updateActions()
{
    const bool haveRow = currentRow() >= 0;
    m_edit->setEnabled(haveRow);
    m_archive->setEnabled(haveRow);
    m_delete->setEnabled(haveRow);
    m_archive->setText(m_model->filter().archived ? tr("&Restore") : tr("&Archive"));
    m_archive->setToolTip(m_model->filter().archived ? tr("Bring the selected item back to the active list")
                                                     : tr("Hide the selected item from the active list; its "
                                                          "history stays (Delete)"));
}

void GoodsView::newGoods()
{
    GoodsForm form(m_workspace, m_categories, this);
    // Filed under the category the list shows, the new item stays in view once saved.
    form.startNew(m_category->currentCategoryId());
    if (form.exec() == QDialog::Accepted) {
        m_message->showMessage(tr("Added \"%1\".").arg(form.saved().draft.name),
                               MessageWidget::Type::Information);
        m_model->refresh();
    }
}

void GoodsView::editCurrent()
{
    const int row = currentRow();
    if (row < 0)
        return;
    auto record = GoodsService(m_workspace.connection).get(m_model->goodsId(row));
    if (!record) {
        m_message->showMessage(record.error().message);
        m_model->refresh();
        return;
    }
    GoodsForm form(m_workspace, m_categories, this);
    form.startEdit(record.value());
    if (form.exec() == QDialog::Accepted) {
        m_message->showMessage(tr("Saved \"%1\".").arg(form.saved().draft.name),
                               MessageWidget::Type::Information);
        m_model->refresh();
    }
}

void GoodsView::archiveCurrent()
{
    const int row = currentRow();
    if (row < 0)
        return;
    const bool archive = !m_model->filter().archived;
    const QString name = m_model->index(row, GoodsListModel::Name).data().toString();
    if (archive && QMessageBox::question(
                       this, tr("Archive goods"),
                       tr("Archive \"%1\"? It leaves the active list; orders and stock history keep it, "
                          "and you can restore it from the archived goods.")
                           .arg(name)) != QMessageBox::Yes)
        return;
    auto result =
        GoodsService(m_workspace.connection)
            .setArchived(m_workspace.session, m_model->goodsId(row), m_model->goodsVersion(row), archive);
    if (!result) {
        m_message->showMessage(
            result.error().kind == Error::Kind::Conflict
                ? tr("Someone changed \"%1\" a moment ago; the list now shows their version. "
                     "Look it over and try again.")
                      .arg(name)
                : result.error().message);
        m_model->refresh();
        return;
    }
    m_message->showMessage(archive ? tr("Archived \"%1\".").arg(name) : tr("Restored \"%1\".").arg(name),
                           MessageWidget::Type::Information);
    m_model->refresh();
}

void GoodsView::archiveFromKeyboard()
{
    // The Delete key archives, with a question first; in the archived list it does nothing, so a
    // stray key press never brings an item back unasked.
    if (!m_model->filter().archived)
        archiveCurrent();
}

void GoodsView::deleteCurrent()
{
    const int row = currentRow();
    if (row < 0)
        return;
    const QString name = m_model->index(row, GoodsListModel::Name).data().toString();
    if (QMessageBox::question(
            this, tr("Delete goods"),
            tr("Delete \"%1\" for good? Only items that no order, stock movement or purchase "
               "order mentions can be deleted.")
                .arg(name)) != QMessageBox::Yes)
        return;
    auto result = GoodsService(m_workspace.connection)
                      .remove(m_workspace.session, m_model->goodsId(row), m_model->goodsVersion(row));
    if (!result) {
        m_message->showMessage(result.error().message);
        return;
    }
    m_message->showMessage(tr("Deleted \"%1\".").arg(name), MessageWidget::Type::Information);
    m_model->refresh();
}
