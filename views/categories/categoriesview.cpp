#include "categoriesview.h"

#include "categorydelegate.h"
#include "categorynamedialog.h"
#include "categorypickerdialog.h"
#include "common/confirm.h"
#include "common/historydialog.h"
#include "common/messagewidget.h"
#include "services/categoryservice.h"
#include "tables/categorytreemodel.h"

#include <QAction>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>
#include <algorithm>

CategoriesView::CategoriesView(const Workspace& workspace, QWidget* parent)
    : AreaView(parent), m_workspace(workspace), m_model(new CategoryTreeModel(this)), m_tree(new QTreeView),
      m_message(new MessageWidget), m_showArchived(new QCheckBox(tr("Sh&ow archived"))), m_count(new QLabel),
      m_actions(new QHBoxLayout)
{
    setObjectName(QStringLiteral("categoriesView"));
    m_tree->setObjectName(QStringLiteral("categoriesTree"));
    m_message->setObjectName(QStringLiteral("categoriesMessage"));
    m_showArchived->setObjectName(QStringLiteral("categoriesShowArchived"));
    m_showArchived->setToolTip(tr("Show archived categories too, to restore them"));
    m_count->setObjectName(QStringLiteral("categoriesCount"));

    m_model->setEditable(true);
    m_tree->setModel(m_model);
    m_tree->setItemDelegate(new CategoryDelegate(m_tree));
    m_tree->setUniformRowHeights(true);
    // The counts sit far right of the names on a wide window; stripes keep the eye on the row.
    m_tree->setAlternatingRowColors(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setEditTriggers(QAbstractItemView::EditKeyPressed);
    // Dropped on a category: under it; on empty space: to the top level. The model asks, we move.
    m_tree->setDragDropMode(QAbstractItemView::InternalMove);
    m_tree->setDefaultDropAction(Qt::MoveAction);
    m_tree->setDropIndicatorShown(true);
    QHeaderView* header = m_tree->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(CategoryTreeModel::NameColumn, QHeaderView::Stretch);
    // Each count as wide as its title or a seven-digit count, with room on both sides, so two
    // titles never run together ("本分类商品含子分类商品") and a big shop's numbers still fit.
    for (int column : {CategoryTreeModel::OwnGoodsColumn, CategoryTreeModel::TotalGoodsColumn}) {
        const QString title = m_model->headerData(column, Qt::Horizontal).toString();
        const int text = std::max(header->fontMetrics().horizontalAdvance(title),
                                  m_tree->fontMetrics().horizontalAdvance(locale().toString(9999999)));
        header->setSectionResizeMode(column, QHeaderView::Interactive);
        header->resizeSection(column, text + 4 * header->fontMetrics().averageCharWidth());
    }

    const bool mayChange = workspace.session.can(Permission::ManageCategories);
    if (mayChange) {
        addButton(tr("&New category…"), QStringLiteral("New"), tr("Add a category at the top level (Ctrl+N)"),
                  [this] { newCategory(); });
        m_newSub = addButton(tr("New s&ubcategory…"), QStringLiteral("NewSub"),
                             tr("Add a category inside the selected one (Ctrl+Shift+N)"),
                             [this] { newSubcategory(); });
        m_rename = addButton(tr("&Rename…"), QStringLiteral("Rename"),
                             tr("Give the selected category another name (F2 edits it in place)"),
                             [this] { renameCurrent(); });
        m_move = addButton(tr("&Move to…"), QStringLiteral("Move"),
                           tr("Put the selected category, with everything in it, under another one; "
                              "or drag it there"),
                           [this] { moveCurrent(); });
        m_merge = addButton(tr("Merge &into…"), QStringLiteral("Merge"),
                            tr("File the selected category's goods and subcategories under another "
                               "category, and remove it"),
                            [this] { mergeCurrent(); });
        m_archive =
            addButton(tr("&Archive…"), QStringLiteral("Archive"), QString(), [this] { archiveCurrent(); });
        addShortcut(QKeySequence::New, [this] { newCategory(); });
        addShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), [this] { newSubcategory(); });
    }
    if (workspace.session.can(Permission::ViewAudit)) {
        m_history = addButton(tr("&History…"), QStringLiteral("History"),
                              tr("Who changed the selected category, when, and what they changed"), [this] {
                                  if (const Category* c = current()) {
                                      HistoryDialog history(m_workspace, QStringLiteral("category"),
                                                            QString::number(c->id), c->name, this);
                                      history.exec();
                                  }
                              });
    }
    if (mayChange) {
        addShortcut(QKeySequence(Qt::Key_F2), [this] { startEditing(); });
        // On the tree itself only: in a name being edited in place, Delete deletes a letter.
        auto* archiveKey = new QAction(m_tree);
        archiveKey->setShortcut(QKeySequence::Delete);
        archiveKey->setShortcutContext(Qt::WidgetShortcut);
        connect(archiveKey, &QAction::triggered, this, [this] { archiveFromKeyboard(); });
        m_tree->addAction(archiveKey);
    } else {
        m_model->setEditable(false);
        m_tree->setDragDropMode(QAbstractItemView::NoDragDrop);
    }
    addShortcut(QKeySequence::Refresh, [this] { reload(); });

    auto* bar = new QHBoxLayout;
    bar->addLayout(m_actions);
    bar->addStretch(1);
    bar->addWidget(m_showArchived);
    bar->addSpacing(12);
    bar->addWidget(m_count);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_message);
    layout->addWidget(m_tree, 1);

    connect(m_model, &CategoryTreeModel::moveRequested, this, &CategoriesView::move);
    connect(m_model, &CategoryTreeModel::renameRequested, this, &CategoriesView::rename);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        // A result about the category that was current has said what it had to.
        if (m_message->type() == MessageWidget::Type::Information)
            m_message->hide();
        updateActions();
    });
    connect(m_tree, &QTreeView::collapsed, this, [this](const QModelIndex& index) {
        m_collapsed.insert(index.data(CategoryTreeModel::IdRole).toLongLong());
    });
    connect(m_tree, &QTreeView::expanded, this, [this](const QModelIndex& index) {
        m_collapsed.remove(index.data(CategoryTreeModel::IdRole).toLongLong());
    });
    connect(m_showArchived, &QCheckBox::toggled, this, [this](bool show) {
        const Category* shown = current();
        const qint64 id = shown ? shown->id : 0;
        m_model->setShowArchived(show);
        m_tree->expandAll();
        for (qint64 folded : qAsConst(m_collapsed))
            m_tree->collapse(m_model->indexOf(folded));
        select(id);
        updateActions();
    });
    updateActions();
    load();
}

QPushButton* CategoriesView::addButton(const QString& text, const QString& name, const QString& tip,
                                       const std::function<void()>& onClick)
{
    auto* button = new QPushButton(text);
    button->setObjectName(QStringLiteral("categories") + name);
    button->setToolTip(tip);
    connect(button, &QPushButton::clicked, this, onClick);
    m_actions->addWidget(button);
    return button;
}

void CategoriesView::addShortcut(const QKeySequence& keys, const std::function<void()>& action)
{
    auto* shortcut = new QAction(this);
    shortcut->setShortcut(keys);
    shortcut->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(shortcut, &QAction::triggered, this, action);
    QWidget::addAction(shortcut);
}

void CategoriesView::focusMain()
{
    m_tree->setFocus();
    if (!m_tree->currentIndex().isValid() && m_model->rowCount() > 0)
        m_tree->setCurrentIndex(m_model->index(0, 0));
}

void CategoriesView::reload()
{
    m_message->hide();
    load();
}

void CategoriesView::load(qint64 selectId)
{
    ++m_pendingLoads;
    m_workspace.jobs->run<QList<Category>>(
        this, [](const Connection& c, JobControl&) { return CategoryService(c).list(true); },
        [this, selectId](const Result<QList<Category>>& categories) {
            // Only the last of several loads under way shows: it knows of every change before it.
            if (--m_pendingLoads > 0)
                return;
            if (!categories) {
                fail(tr("The categories could not be read: %1").arg(categories.error().message));
                return;
            }
            const Category* shown = current();
            const qint64 keep = selectId > 0 ? selectId : shown ? shown->id : 0;
            m_model->setCategories(categories.value());
            m_tree->expandAll();
            for (qint64 folded : qAsConst(m_collapsed))
                m_tree->collapse(m_model->indexOf(folded));
            select(keep);
            const auto active = std::count_if(categories->cbegin(), categories->cend(),
                                              [](const Category& c) { return !c.archived; });
            m_count->setText(tr("%n categories", nullptr, int(active)));
            updateActions();
        });
}

void CategoriesView::select(qint64 id)
{
    QModelIndex index = m_model->indexOf(id);
    if (!index.isValid() && m_model->rowCount() > 0)
        index = m_model->index(0, 0);
    if (!index.isValid())
        return;
    // Folded parents open, so the category is in view.
    for (QModelIndex above = index.parent(); above.isValid(); above = above.parent())
        m_tree->expand(above);
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index);
}

const Category* CategoriesView::current() const
{
    return m_model->category(m_tree->currentIndex());
}

void CategoriesView::updateActions()
{
    const Category* c = current();
    const bool idle = m_pendingChanges == 0;
    for (QPushButton* button : {m_rename, m_move, m_merge, m_archive}) {
        if (button)
            button->setEnabled(c && idle);
    }
    if (m_history)
        m_history->setEnabled(c != nullptr);
    if (m_newSub)
        m_newSub->setEnabled(c && !c->archived && idle);
    if (m_archive) {
        const bool restore = c && c->archived;
        m_archive->setText(restore ? tr("Res&tore") : tr("&Archive…"));
        m_archive->setToolTip(restore ? tr("Bring the selected category back into the tree")
                                      : tr("Hide the selected category, once it is empty, from the tree and "
                                           "the category lists; it can be restored (Delete)"));
    }
}

void CategoriesView::newCategory()
{
    newIn(0);
}

void CategoriesView::newSubcategory()
{
    const Category* c = current();
    if (c && !c->archived)
        newIn(c->id);
}

void CategoriesView::newIn(qint64 parentId)
{
    if (m_pendingChanges > 0)
        return;
    CategoryNameDialog dialog(m_workspace, this);
    dialog.startNew(parentId, m_model->pathOf(parentId));
    const bool saved = dialog.exec() == QDialog::Accepted;
    if (saved) {
        m_collapsed.remove(parentId);
        notify(tr("Added \"%1\".").arg(dialog.savedName()));
    }
    // Saved or not, the tree shows what the database holds (a refusal may have been news).
    load(saved ? dialog.savedId() : 0);
}

void CategoriesView::renameCurrent()
{
    const Category* c = current();
    if (!c || m_pendingChanges > 0)
        return;
    const Category renaming = *c;
    CategoryNameDialog dialog(m_workspace, this);
    dialog.startRename(renaming, m_model->pathOf(renaming.parentId));
    const bool saved = dialog.exec() == QDialog::Accepted;
    if (saved)
        notify(tr("Renamed \"%1\" to \"%2\".").arg(renaming.name, dialog.savedName()));
    load(renaming.id);
}

void CategoriesView::startEditing()
{
    const Category* c = current();
    if (!c || m_pendingChanges > 0) // an editor already open only takes the focus again
        return;
    m_tree->edit(m_model->indexOf(c->id));
}

void CategoriesView::rename(qint64 id, int version, const QString& name)
{
    const QModelIndex index = m_model->indexOf(id);
    const QString before = index.data().toString();
    const Session session = m_workspace.session;
    change(
        before,
        [=](const Connection& c) -> Status {
            auto renamed = CategoryService(c).rename(session, id, version, name);
            return renamed ? Status(Done{}) : Status(renamed.error());
        },
        tr("Renamed \"%1\" to \"%2\".").arg(before, name.trimmed()), tr("Could not rename \"%1\": %2"), id);
}

void CategoriesView::moveCurrent()
{
    const Category* c = current();
    if (!c || m_pendingChanges > 0)
        return;
    const Category moving = *c;
    CategoryPickerDialog picker(CategoryPickerDialog::Purpose::Move, m_model->categories(), moving, this);
    if (picker.exec() == QDialog::Accepted)
        move(moving.id, moving.version, picker.chosenId());
}

void CategoriesView::move(qint64 id, int version, qint64 newParentId)
{
    const QString name = m_model->indexOf(id).data().toString();
    const QString said = newParentId > 0
                             ? tr("Moved \"%1\" under \"%2\".").arg(name, m_model->pathOf(newParentId))
                             : tr("Moved \"%1\" to the top level.").arg(name);
    const Session session = m_workspace.session;
    m_collapsed.remove(newParentId);
    change(
        name,
        [=](const Connection& c) -> Status {
            auto moved = CategoryService(c).move(session, id, version, newParentId);
            return moved ? Status(Done{}) : Status(moved.error());
        },
        said, tr("Could not move \"%1\": %2"), id);
}

void CategoriesView::mergeCurrent()
{
    const Category* c = current();
    if (!c || m_pendingChanges > 0)
        return;
    const Category source = *c;
    CategoryPickerDialog picker(CategoryPickerDialog::Purpose::Merge, m_model->categories(), source, this);
    if (picker.exec() != QDialog::Accepted)
        return;
    const qint64 target = picker.chosenId();
    const QString targetPath = picker.chosenPath();
    if (!Confirm::destructive(
            this, tr("Merge categories"),
            tr("Merge \"%1\" into \"%2\"? Everything filed under \"%1\", goods and "
               "subcategories, goes to \"%2\", and \"%1\" is removed. This cannot be undone.")
                .arg(source.name, targetPath),
            tr("Merge")))
        return;
    const Session session = m_workspace.session;
    change(
        source.name,
        [=](const Connection& c) {
            return CategoryService(c).merge(session, source.id, source.version, target);
        },
        tr("Merged \"%1\" into \"%2\".").arg(source.name, targetPath), tr("Could not merge \"%1\": %2"),
        target);
}

void CategoriesView::archiveCurrent()
{
    const Category* c = current();
    if (!c || m_pendingChanges > 0)
        return;
    const Category category = *c;
    const bool archive = !category.archived;
    // One that still holds something is refused by the service, with the reason: no question first.
    const QModelIndex index = m_model->indexOf(category.id);
    bool holdsActive = category.ownGoods > 0;
    for (int row = 0; row < m_model->rowCount(index); ++row)
        holdsActive =
            holdsActive || !m_model->index(row, 0, index).data(CategoryTreeModel::ArchivedRole).toBool();
    if (archive && !holdsActive &&
        !Confirm::ask(this, tr("Archive category"),
                      tr("Archive \"%1\"? It leaves the tree and the category lists; its history stays, and "
                         "you can restore it under Show archived.")
                          .arg(category.name),
                      tr("Archive")))
        return;
    const Session session = m_workspace.session;
    change(
        category.name,
        [=](const Connection& c) -> Status {
            auto changed = CategoryService(c).setArchived(session, category.id, category.version, archive);
            return changed ? Status(Done{}) : Status(changed.error());
        },
        archive ? tr("Archived \"%1\".").arg(category.name) : tr("Restored \"%1\".").arg(category.name),
        archive ? tr("Could not archive \"%1\": %2") : tr("Could not restore \"%1\": %2"), category.id);
}

void CategoriesView::archiveFromKeyboard()
{
    // The Delete key archives, after a question; it never brings an archived category back unasked.
    const Category* c = current();
    if (c && !c->archived)
        archiveCurrent();
}

void CategoriesView::change(const QString& name, const std::function<Status(const Connection&)>& work,
                            const QString& said, const QString& failed, qint64 selectAfter)
{
    ++m_pendingChanges;
    updateActions();
    m_workspace.jobs->run<Done>(
        this, [work](const Connection& c, JobControl&) { return work(c); },
        [this, name, said, failed, selectAfter](const Status& result) {
            --m_pendingChanges;
            if (result)
                notify(said);
            else
                fail(failed.arg(name, refusal(result.error())));
            load(selectAfter);
        });
}

QString CategoriesView::refusal(const Error& error) const
{
    // The service's note on the field at fault says it best: where it cannot go, which name is taken.
    for (const QString& field : {CategoryRules::parentField, CategoryRules::nameField}) {
        if (error.kind == Error::Kind::Validation && error.fields.contains(field))
            return error.fields.value(field);
    }
    return error.message;
}

void CategoriesView::notify(const QString& text)
{
    m_message->showMessage(text, MessageWidget::Type::Information);
}

void CategoriesView::fail(const QString& text)
{
    m_message->showMessage(text, MessageWidget::Type::Error);
}
