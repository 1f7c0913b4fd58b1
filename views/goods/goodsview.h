#pragma once

#include "common/workspace.h"
#include "services/categoryservice.h"

#include <QWidget>

class CategoryCombo;
class GoodsListModel;
class MessageWidget;
class PagedTableView;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;

// The goods area: search as you type, category and status filters, the list of any size, and the
// actions the signed-in role may take.
class GoodsView : public QWidget
{
    Q_OBJECT
public:
    explicit GoodsView(const Workspace& workspace, QWidget* parent = nullptr);
    ~GoodsView() override;

    GoodsListModel* model() const { return m_model; }
    PagedTableView* table() const { return m_table; }
    void focusSearch();

public slots:
    void newGoods();
    void editCurrent();
    void archiveCurrent();
    void archiveFromKeyboard();
    void deleteCurrent();
    void reload();

private:
    void applyFilter();
    void loadCategories();
    void updateCount();
    void updateActions();
    int currentRow() const;

    const Workspace& m_workspace;
    QList<Category> m_categories;
    GoodsListModel* m_model;
    MessageWidget* m_message;
    QLineEdit* m_search;
    CategoryCombo* m_category;
    QComboBox* m_status;
    QLabel* m_count;
    QPushButton* m_new;
    QPushButton* m_edit;
    QPushButton* m_archive;
    QPushButton* m_delete;
    PagedTableView* m_table;
    QTimer* m_searchDelay;
};
