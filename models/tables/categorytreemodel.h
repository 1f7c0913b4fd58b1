#pragma once

#include "domain/category.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QList>
#include <QSet>
#include <QVector>

// The category tree as CategoryService::list() returns it, held whole: a shop has hundreds to a
// few thousand categories, so a snapshot read again after every change costs less than paging it.
// Columns: the name, the active goods filed directly in a category, and those with everything
// below it (kept counts, so nothing scans the goods). The model never writes: a rename in place or a
// drop asks for the change through a signal, the view runs it through the service and reloads.
class CategoryTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        OwnGoodsColumn,
        TotalGoodsColumn,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        VersionRole,
        ArchivedRole,
        ParentIdRole,
    };
    // Dragged categories: their ids and the versions the person saw.
    static inline const QString mimeType = QStringLiteral("application/x-storekeeper-categories");

    explicit CategoryTreeModel(QObject* parent = nullptr);

    // CATEGORIES as list(true) returns them: parents before children, siblings in the language's order.
    void setCategories(const QList<Category>& categories);
    const QList<Category>& categories() const { return m_categories; }
    // Archived categories are held but shown only on request. An active category whose parent is
    // hidden (an inconsistency IntegrityCheck reports) is shown at the top rather than lost.
    void setShowArchived(bool show);
    bool showsArchived() const { return m_showArchived; }
    // Whether names are edited in place and categories dragged (the area's tree, not a picker's).
    void setEditable(bool editable);
    // ID and everything below it cannot be chosen: a category cannot go into its own subtree.
    void setExcludedSubtree(qint64 id);

    // The category INDEX shows, or null.
    const Category* category(const QModelIndex& index) const;
    QModelIndex indexOf(qint64 id, int column = NameColumn) const;
    // ID and the ids of every category below it, among the shown ones.
    QSet<qint64> subtree(qint64 id) const;
    // "Drinks › Tea": the category's place in the tree, as menus and messages name it.
    QString pathOf(qint64 id) const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QModelIndexList& indexes) const override;
    bool canDropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                         const QModelIndex& parent) const override;
    // Dropping on a category asks to move the dragged ones under it; on empty space, to the top level.
    bool dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                      const QModelIndex& parent) override;
    Qt::DropActions supportedDragActions() const override { return Qt::MoveAction; }
    Qt::DropActions supportedDropActions() const override { return Qt::MoveAction; }

signals:
    void moveRequested(qint64 id, int version, qint64 newParentId);
    void renameRequested(qint64 id, int version, const QString& name);

private:
    struct Node
    {
        int category = -1; // into m_categories
        int parent = -1;   // into m_nodes; -1 at the top level
        int row = 0;       // among its parent's children
        QList<int> children;
    };
    void rebuild();
    const Node* nodeAt(const QModelIndex& index) const;
    const QList<int>& childrenOf(const QModelIndex& parent) const;
    static QList<QPair<qint64, int>> decode(const QMimeData* data);

    QList<Category> m_categories;
    QVector<Node> m_nodes;
    QList<int> m_top;
    QHash<qint64, int> m_nodeOf; // category id -> node
    QSet<qint64> m_excluded;
    qint64 m_excludedRoot = 0;
    bool m_showArchived = false;
    bool m_editable = false;
};
