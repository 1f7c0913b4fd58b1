#pragma once

#include "common/area.h"
#include "common/workspace.h"
#include "domain/category.h"

#include <QSet>
#include <functional>

class CategoryTreeModel;
class MessageWidget;
class QCheckBox;
class QLabel;
class QPushButton;
class QTreeView;

// The categories area: the tree goods are filed under, with the goods in each (its own and with
// everything below), to create, rename (in place with F2, or in a form), move (by dragging, or
// with Move to…), merge, archive and restore categories. Every change runs through the service off
// the window's thread; a refusal (a move into its own subtree, a category that still holds goods)
// is said above the tree, and the tree is read again after each change.
class CategoriesView : public AreaView
{
    Q_OBJECT
public:
    explicit CategoriesView(const Workspace& workspace, QWidget* parent = nullptr);

    CategoryTreeModel* model() const { return m_model; }
    QTreeView* tree() const { return m_tree; }
    MessageWidget* message() const { return m_message; }
    // Whether the tree shows what the database held when it was last read (no load under way).
    bool isLoaded() const { return m_pendingLoads == 0; }
    void focusMain() override;
    void reload() override;

    void newCategory();
    void newSubcategory();
    void renameCurrent();
    void moveCurrent();
    void mergeCurrent();
    void archiveCurrent();
    // Makes ID the current category, if the tree shows it.
    void select(qint64 id);

private:
    // Reads the tree again; then SELECTID becomes current (0: the one that was).
    void load(qint64 selectId = 0);
    const Category* current() const;
    void updateActions();
    void newIn(qint64 parentId);
    void archiveFromKeyboard();
    void startEditing();
    // Runs WORK, a change of the category NAME, through the service and reads the tree again. SAID
    // tells the person what was done; FAILED ("Could not move \"%1\": %2") what was refused, and why.
    void change(const QString& name, const std::function<Status(const Connection&)>& work,
                const QString& said, const QString& failed, qint64 selectAfter);
    void move(qint64 id, int version, qint64 newParentId);
    void rename(qint64 id, int version, const QString& name);
    QString refusal(const Error& error) const;
    QPushButton* addButton(const QString& text, const QString& name, const QString& tip,
                           const std::function<void()>& onClick);
    void addShortcut(const QKeySequence& keys, const std::function<void()>& action);
    void notify(const QString& text);
    void fail(const QString& text);

    const Workspace& m_workspace;
    CategoryTreeModel* m_model;
    QTreeView* m_tree;
    MessageWidget* m_message;
    QCheckBox* m_showArchived;
    QLabel* m_count;
    class QHBoxLayout* m_actions;
    QPushButton* m_newSub = nullptr;
    QPushButton* m_rename = nullptr;
    QPushButton* m_move = nullptr;
    QPushButton* m_merge = nullptr;
    QPushButton* m_archive = nullptr;
    QPushButton* m_history = nullptr;
    QSet<qint64> m_collapsed; // what the person folded away stays folded across reloads
    int m_pendingLoads = 0;
    int m_pendingChanges = 0;
};
