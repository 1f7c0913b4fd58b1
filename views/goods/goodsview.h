#pragma once

#include "common/listareaview.h"
#include "domain/category.h"

class CategoryCombo;
class GoodsListModel;
class QPushButton;

// The goods area: search as you type (name, SKU or any barcode), category and state filters, the
// list of any size, the item's form, and changes to a whole selection at once.
class GoodsView : public ListAreaView
{
    Q_OBJECT
public:
    explicit GoodsView(const Workspace& workspace, QWidget* parent = nullptr);

    GoodsListModel* model() const { return m_model; }
    void newGoods();
    void editCurrent();
    void archiveCurrent();
    void deleteCurrent();

protected:
    void applyFilter() override;
    QString countText(qint64 count) const override;
    void openRow(int row) override;
    void reloadAround() override;
    void updateActions() override;

private:
    void loadCategories();
    void archiveFromKeyboard();
    void bulkChange();
    QString nameAt(int row) const;

    GoodsListModel* m_model;
    QList<Category> m_categories;
    CategoryCombo* m_category;
    QPushButton* m_edit = nullptr;
    QPushButton* m_archive = nullptr;
    QPushButton* m_bulk = nullptr;
};
