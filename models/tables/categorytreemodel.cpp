#include "categorytreemodel.h"

#include <QDataStream>
#include <QIODevice>
#include <QMimeData>

CategoryTreeModel::CategoryTreeModel(QObject* parent) : QAbstractItemModel(parent) {}

void CategoryTreeModel::setCategories(const QList<Category>& categories)
{
    beginResetModel();
    m_categories = categories;
    rebuild();
    endResetModel();
}

void CategoryTreeModel::setShowArchived(bool show)
{
    if (show == m_showArchived)
        return;
    beginResetModel();
    m_showArchived = show;
    rebuild();
    endResetModel();
}

void CategoryTreeModel::setEditable(bool editable)
{
    if (editable == m_editable)
        return;
    // Every row's flags change: views ask again.
    beginResetModel();
    m_editable = editable;
    endResetModel();
}

void CategoryTreeModel::setExcludedSubtree(qint64 id)
{
    beginResetModel();
    m_excludedRoot = id;
    rebuild();
    endResetModel();
}

void CategoryTreeModel::rebuild()
{
    m_nodes.clear();
    m_top.clear();
    m_nodeOf.clear();
    m_nodes.reserve(m_categories.size());
    for (int i = 0; i < m_categories.size(); ++i) {
        const Category& category = m_categories.at(i);
        if (category.archived && !m_showArchived)
            continue;
        Node node;
        node.category = i;
        node.parent = category.parentId > 0 ? m_nodeOf.value(category.parentId, -1) : -1;
        QList<int>& siblings = node.parent < 0 ? m_top : m_nodes[node.parent].children;
        node.row = int(siblings.size());
        const int at = int(m_nodes.size());
        siblings.append(at);
        m_nodes.append(node);
        m_nodeOf.insert(category.id, at);
    }
    m_excluded = m_excludedRoot > 0 ? subtree(m_excludedRoot) : QSet<qint64>();
}

const CategoryTreeModel::Node* CategoryTreeModel::nodeAt(const QModelIndex& index) const
{
    if (!index.isValid() || index.model() != this)
        return nullptr;
    const auto at = qsizetype(index.internalId());
    return at < m_nodes.size() ? &m_nodes.at(at) : nullptr;
}

const QList<int>& CategoryTreeModel::childrenOf(const QModelIndex& parent) const
{
    static const QList<int> none;
    if (!parent.isValid())
        return m_top;
    // Only the first column has children, as in every tree view.
    const Node* node = parent.column() == NameColumn ? nodeAt(parent) : nullptr;
    return node ? node->children : none;
}

const Category* CategoryTreeModel::category(const QModelIndex& index) const
{
    const Node* node = nodeAt(index);
    return node ? &m_categories.at(node->category) : nullptr;
}

QModelIndex CategoryTreeModel::indexOf(qint64 id, int column) const
{
    const int at = m_nodeOf.value(id, -1);
    if (at < 0)
        return {};
    return createIndex(m_nodes.at(at).row, column, quintptr(at));
}

QSet<qint64> CategoryTreeModel::subtree(qint64 id) const
{
    QSet<qint64> ids;
    const int root = m_nodeOf.value(id, -1);
    if (root < 0)
        return ids;
    QList<int> pending{root};
    while (!pending.isEmpty()) {
        const Node& node = m_nodes.at(pending.takeLast());
        ids.insert(m_categories.at(node.category).id);
        pending << node.children;
    }
    return ids;
}

QString CategoryTreeModel::pathOf(qint64 id) const
{
    QStringList names;
    for (int at = m_nodeOf.value(id, -1); at >= 0; at = m_nodes.at(at).parent)
        names.prepend(m_categories.at(m_nodes.at(at).category).name);
    return names.join(QStringLiteral(" › "));
}

QModelIndex CategoryTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    const QList<int>& children = childrenOf(parent);
    if (row < 0 || row >= children.size() || column < 0 || column >= ColumnCount)
        return {};
    return createIndex(row, column, quintptr(children.at(row)));
}

QModelIndex CategoryTreeModel::parent(const QModelIndex& child) const
{
    const Node* node = nodeAt(child);
    if (!node || node->parent < 0)
        return {};
    return createIndex(m_nodes.at(node->parent).row, NameColumn, quintptr(node->parent));
}

int CategoryTreeModel::rowCount(const QModelIndex& parent) const
{
    return int(childrenOf(parent).size());
}

int CategoryTreeModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

QVariant CategoryTreeModel::data(const QModelIndex& index, int role) const
{
    const Category* c = category(index);
    if (!c)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == OwnGoodsColumn)
            return c->ownGoods;
        if (index.column() == TotalGoodsColumn)
            return c->totalGoods;
        return c->name;
    case Qt::EditRole:
        return index.column() == NameColumn ? QVariant(c->name) : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == NameColumn ? QVariant() : QVariant(int(Qt::AlignRight | Qt::AlignVCenter));
    case Qt::ToolTipRole:
        return c->archived ? tr("Archived") : QVariant();
    case IdRole:
        return c->id;
    case VersionRole:
        return c->version;
    case ArchivedRole:
        return c->archived;
    case ParentIdRole:
        return c->parentId;
    default:
        return {};
    }
}

QVariant CategoryTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case NameColumn:
            return tr("Category");
        case OwnGoodsColumn:
            return tr("Goods here");
        default:
            return tr("With subcategories");
        }
    }
    if (role == Qt::ToolTipRole && section != NameColumn)
        return section == OwnGoodsColumn ? tr("Active goods filed directly in this category")
                                         : tr("Active goods in this category and every one below it");
    if (role == Qt::TextAlignmentRole)
        return section == NameColumn ? QVariant() : QVariant(int(Qt::AlignRight | Qt::AlignVCenter));
    return {};
}

Qt::ItemFlags CategoryTreeModel::flags(const QModelIndex& index) const
{
    const Category* c = category(index);
    if (!c)
        return m_editable ? Qt::ItemIsDropEnabled : Qt::NoItemFlags;
    if (m_excluded.contains(c->id))
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (m_editable) {
        flags |= Qt::ItemIsDragEnabled | Qt::ItemIsDropEnabled;
        if (index.column() == NameColumn)
            flags |= Qt::ItemIsEditable;
    }
    return flags;
}

bool CategoryTreeModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    const Node* node = nodeAt(index);
    if (!node || role != Qt::EditRole || index.column() != NameColumn || !m_editable)
        return false;
    const Category& c = m_categories.at(node->category);
    const QString name = value.toString();
    if (name.trimmed() == c.name)
        return false;
    // Asked while the row still has the old name, which the view may quote. Then shown at once;
    // the reload after the service answers shows what was saved, or the old name again. An empty
    // name is the service's to refuse, with its reason; the row keeps the old one meanwhile.
    const qint64 id = c.id;
    emit renameRequested(id, c.version, name);
    const QModelIndex shown = indexOf(id); // a receiver may have reloaded the tree
    if (shown.isValid() && !name.trimmed().isEmpty()) {
        m_categories[m_nodes.at(int(shown.internalId())).category].name = name.trimmed();
        emit dataChanged(shown, shown, {Qt::DisplayRole, Qt::EditRole});
    }
    return true;
}

QStringList CategoryTreeModel::mimeTypes() const
{
    return {mimeType};
}

QMimeData* CategoryTreeModel::mimeData(const QModelIndexList& indexes) const
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    QSet<qint64> seen;
    for (const QModelIndex& index : indexes) {
        const Category* c = category(index);
        if (!c || seen.contains(c->id))
            continue;
        seen.insert(c->id);
        out << c->id << qint32(c->version);
    }
    if (seen.isEmpty())
        return nullptr;
    auto* data = new QMimeData;
    data->setData(mimeType, bytes);
    return data;
}

QList<QPair<qint64, int>> CategoryTreeModel::decode(const QMimeData* data)
{
    QList<QPair<qint64, int>> dragged;
    if (!data)
        return dragged;
    QDataStream in(data->data(mimeType));
    while (!in.atEnd()) {
        qint64 id = 0;
        qint32 version = 0;
        in >> id >> version;
        if (in.status() != QDataStream::Ok)
            break;
        dragged << qMakePair(id, int(version));
    }
    return dragged;
}

bool CategoryTreeModel::canDropMimeData(const QMimeData* data, Qt::DropAction action, int, int,
                                        const QModelIndex& parent) const
{
    if (!m_editable || action != Qt::MoveAction || !data || !data->hasFormat(mimeType))
        return false;
    return !parent.isValid() || category(parent) != nullptr;
}

bool CategoryTreeModel::dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                                     const QModelIndex& parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    // Between two rows or on one, the drop lands under the row's parent or the row itself;
    // siblings keep the language's order, so the position among them means nothing.
    const Category* target = category(parent);
    const qint64 newParentId = target ? target->id : 0;
    bool requested = false;
    for (const auto& [id, version] : decode(data)) {
        const int at = m_nodeOf.value(id, -1);
        if (at >= 0 && m_categories.at(m_nodes.at(at).category).parentId == newParentId)
            continue; // already there
        emit moveRequested(id, version, newParentId);
        requested = true;
    }
    return requested;
}
