#pragma once

#include "area.h"
#include "transfer/listexportflow.h"
#include "workspace.h"

#include <QList>
#include <QPair>
#include <functional>

class ListModel;
class MessageWidget;
class PagedTableView;
class QComboBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;

// An area whose heart is a list of any size: a search field that searches as you type (and takes
// a scanner's code and Enter), the area's own filters, the true count, the list, action buttons
// that follow the current row, an inline message, and the column layout remembered per area. An
// area adds its filters, buttons and forms, and says what its count is called.
class ListAreaView : public AreaView
{
    Q_OBJECT
public:
    // KEY names the area's settings and widgets ("goods" -> goodsSearch, goodsTable, goodsCount).
    ListAreaView(const Workspace& workspace, ListModel* model, const QString& key, QWidget* parent = nullptr);
    ~ListAreaView() override;

    ListModel* listModel() const { return m_model; }
    PagedTableView* table() const { return m_table; }
    QLineEdit* searchField() const { return m_search; }
    MessageWidget* message() const { return m_message; }
    void focusMain() override;
    void reload() override;
    bool exportsList() const override { return true; }
    void exportList(const QString& title) override;
    // The list as shown into TARGET, with no question asked first.
    void exportListTo(const QString& title, const ListExportFlow::Target& target);

protected:
    const Workspace& workspace() const { return m_workspace; }
    const QString& key() const { return m_key; }
    // Adds WIDGET to the filter bar, after the search field; call filterChanged() when it changes.
    void addFilter(QWidget* widget);
    // An active/archived (or active/inactive) choice; showingArchived() tells which.
    QComboBox* addStateFilter(const QString& activeText, const QString& archivedText);
    bool showingArchived() const;
    // A button in the action bar. NEEDSROW: enabled only when a loaded row is current.
    QPushButton* addButton(const QString& text, const QString& name, const QString& tip,
                           const std::function<void()>& onClick, bool needsRow = true);
    void addShortcut(const QKeySequence& keys, const std::function<void()>& action);
    void setSearchPlaceholder(const QString& text);

    // Builds the model's filter from the search field and the area's filters.
    virtual void applyFilter() = 0;
    // "%Ln goods" for COUNT rows in the list.
    virtual QString countText(qint64 count) const = 0;
    // Enter or a double click on a row.
    virtual void openRow(int row) { Q_UNUSED(row) }
    // Called after reload(), for what the area shows beside the list (a category filter).
    virtual void reloadAround() {}
    virtual void updateActions();

    void filterChanged();
    QString searchText() const;
    // The current row if it is loaded, else -1.
    int currentRow() const;
    // The selection as ranges of rows, first to last, in the list's order.
    QList<QPair<int, int>> selectedRanges() const;
    qint64 selectedCount() const;
    // After any form closes, saved or not, the list shows what the database holds.
    void refreshAfterForm();
    void notify(const QString& text); // an information message above the list
    void fail(const QString& text);   // an error message above the list

private:
    void restoreHeader();
    void saveHeader();
    QString headerScope() const;
    void showColumnMenu(const QPoint& at);
    void updateCount();
    void updateHiddenColumns();

    const Workspace& m_workspace;
    const QString m_key;
    ListModel* m_model;
    MessageWidget* m_message;
    QLineEdit* m_search;
    QComboBox* m_state = nullptr;
    QLabel* m_count;
    PagedTableView* m_table;
    QHBoxLayout* m_filters;
    QHBoxLayout* m_actions;
    QTimer* m_searchDelay;
    QString m_searched;                         // the search text the list shows the results of
    QList<QPair<QPushButton*, bool>> m_buttons; // and whether each needs a row
    bool m_rowsLeaving = false;                 // the model is taking rows out
};
