#include "goodsview.h"

#include "categorycombo.h"
#include "common/confirm.h"
#include "common/messagewidget.h"
#include "common/pagedtableview.h"
#include "goodsbulkdialog.h"
#include "goodsform.h"
#include "services/categoryservice.h"
#include "services/goodsservice.h"
#include "tables/goodslistmodel.h"

#include <QComboBox>
#include <QKeySequence>
#include <QLineEdit>
#include <QPushButton>

GoodsView::GoodsView(const Workspace& workspace, QWidget* parent)
    : ListAreaView(workspace, new GoodsListModel(workspace.database, workspace.session),
                   QStringLiteral("goods"), parent),
      m_category(new CategoryCombo(CategoryCombo::Mode::Filter))
{
    m_model = static_cast<GoodsListModel*>(listModel());
    m_category->setObjectName(QStringLiteral("goodsCategoryFilter"));
    addFilter(m_category);
    addStateFilter(tr("Active goods"), tr("Archived goods"));
    setSearchPlaceholder(tr("Search name, SKU or barcode (Ctrl+F)"));
    connect(m_category, qOverload<int>(&QComboBox::currentIndexChanged), this, &GoodsView::filterChanged);

    const Session& session = workspace.session;
    const bool mayEdit = session.can(Permission::EditGoods) && session.can(Permission::ChangePrices);
    const bool mayArchive = session.can(Permission::ArchiveGoods);
    if (mayEdit)
        addButton(
            tr("&New…"), QStringLiteral("New"), tr("Add a goods item (Ctrl+N)"), [this] { newGoods(); },
            false);
    m_edit =
        addButton(session.can(Permission::EditGoods) ? tr("&Edit…") : tr("&View…"), QStringLiteral("Edit"),
                  tr("Open the selected item (Enter)"), [this] { editCurrent(); });
    if (mayArchive) {
        m_archive =
            addButton(tr("&Archive"), QStringLiteral("Archive"), QString(), [this] { archiveCurrent(); });
        addButton(tr("&Delete…"), QStringLiteral("Delete"), tr("Delete an item nothing refers to yet"),
                  [this] { deleteCurrent(); });
    }
    if (mayEdit)
        m_bulk = addButton(tr("C&hange selected…"), QStringLiteral("Bulk"),
                           tr("Change the category or price of every selected item, or archive them"),
                           [this] { bulkChange(); });
    if (mayEdit)
        addShortcut(QKeySequence::New, [this] { newGoods(); });
    if (mayArchive)
        addShortcut(QKeySequence::Delete, [this] { archiveFromKeyboard(); });

    loadCategories();
    filterChanged();
}

void GoodsView::loadCategories()
{
    workspace().jobs->run<QList<Category>>(
        this, [](const Connection& c, JobControl&) { return CategoryService(c).list(); },
        [this](const Result<QList<Category>>& categories) {
            if (!categories) {
                fail(categories.error().message);
                return;
            }
            m_categories = categories.value();
            const qint64 chosen = m_category->currentCategoryId();
            m_category->setCategories(m_categories);
            // The chosen category went away (merged, archived): the list follows the filter shown.
            if (m_category->currentCategoryId() != chosen)
                filterChanged();
        });
}

void GoodsView::reloadAround()
{
    loadCategories();
}

void GoodsView::applyFilter()
{
    GoodsFilter filter;
    filter.search = searchText();
    filter.categoryIds = m_category->chosenSubtree();
    filter.archived = showingArchived();
    m_model->setFilter(filter);
}

QString GoodsView::countText(qint64 count) const
{
    const int shown = int(std::min<qint64>(count, std::numeric_limits<int>::max()));
    return showingArchived() ? tr("%Ln archived", nullptr, shown) : tr("%Ln goods", nullptr, shown);
}

void GoodsView::updateActions()
{
    ListAreaView::updateActions();
    if (m_archive) {
        m_archive->setText(showingArchived() ? tr("&Restore") : tr("&Archive"));
        m_archive->setToolTip(
            showingArchived()
                ? tr("Bring the selected item back to the active list")
                : tr("Hide the selected item from the active list; its history stays (Delete)"));
    }
    if (m_bulk)
        m_bulk->setEnabled(selectedCount() > 0 && !showingArchived());
}

QString GoodsView::nameAt(int row) const
{
    return m_model->rowValue(row, QStringLiteral("name")).toString();
}

void GoodsView::openRow(int)
{
    editCurrent();
}

void GoodsView::newGoods()
{
    GoodsForm form(workspace(), m_categories, this);
    // Filed under the category the list shows, the new item stays in view once saved.
    form.startNew(m_category->currentCategoryId());
    const bool saved = form.exec() == QDialog::Accepted;
    refreshAfterForm();
    if (saved)
        notify(tr("Added \"%1\".").arg(form.saved().draft.name));
}

void GoodsView::editCurrent()
{
    const int row = currentRow();
    if (row < 0)
        return;
    const qint64 id = m_model->goodsId(row);
    const Session session = workspace().session;
    workspace().jobs->run<GoodsRecord>(
        this, [session, id](const Connection& c, JobControl&) { return GoodsService(c).get(session, id); },
        [this](const Result<GoodsRecord>& record) {
            if (!record) {
                fail(record.error().message);
                refreshAfterForm();
                return;
            }
            GoodsForm form(workspace(), m_categories, this);
            form.startEdit(record.value());
            const bool saved = form.exec() == QDialog::Accepted;
            refreshAfterForm();
            if (saved)
                notify(tr("Saved \"%1\".").arg(form.saved().draft.name));
        });
}

void GoodsView::archiveCurrent()
{
    const int row = currentRow();
    if (row < 0)
        return;
    const bool archive = !showingArchived();
    const QString name = nameAt(row);
    if (archive &&
        !Confirm::ask(this, tr("Archive goods"),
                      tr("Archive \"%1\"? It leaves the active list; orders and stock history keep it, and "
                         "you can restore it from the archived goods.")
                          .arg(name),
                      tr("Archive")))
        return;
    const Session session = workspace().session;
    const qint64 id = m_model->goodsId(row);
    const int version = m_model->goodsVersion(row);
    workspace().jobs->run<GoodsRecord>(
        this,
        [=](const Connection& c, JobControl&) {
            return GoodsService(c).setArchived(session, id, version, archive);
        },
        [this, archive, name](const Result<GoodsRecord>& result) {
            refreshAfterForm();
            if (!result) {
                fail(result.error().kind == Error::Kind::Conflict
                         ? tr("Someone changed \"%1\" a moment ago; the list now shows their version. Look "
                              "it over and "
                              "try again.")
                               .arg(name)
                         : result.error().message);
                return;
            }
            notify(archive ? tr("Archived \"%1\".").arg(name) : tr("Restored \"%1\".").arg(name));
        });
}

void GoodsView::archiveFromKeyboard()
{
    // The Delete key archives, with a question first; in the archived list it does nothing, so a
    // stray key press never brings an item back unasked.
    if (!showingArchived())
        archiveCurrent();
}

void GoodsView::deleteCurrent()
{
    const int row = currentRow();
    if (row < 0)
        return;
    const QString name = nameAt(row);
    if (!Confirm::destructive(
            this, tr("Delete goods"),
            tr("Delete \"%1\" for good? Only items that no order, stock movement or purchase order "
               "mentions can be deleted; this cannot be undone.")
                .arg(name),
            tr("Delete")))
        return;
    const Session session = workspace().session;
    const qint64 id = m_model->goodsId(row);
    const int version = m_model->goodsVersion(row);
    workspace().jobs->run<Done>(
        this, [=](const Connection& c, JobControl&) { return GoodsService(c).remove(session, id, version); },
        [this, name](const Status& result) {
            refreshAfterForm();
            if (!result) {
                fail(result.error().message);
                return;
            }
            notify(tr("Deleted \"%1\".").arg(name));
        });
}

void GoodsView::bulkChange()
{
    if (selectedCount() == 0)
        return;
    GoodsBulkDialog dialog(workspace(), m_model, selectedRanges(), m_categories, this);
    const bool applied = dialog.exec() == QDialog::Accepted;
    refreshAfterForm();
    if (applied)
        notify(dialog.summary());
}
