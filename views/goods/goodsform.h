#pragma once

#include "common/formdialog.h"
#include "domain/category.h"
#include "domain/goods.h"

class CategoryCombo;
class GoodsImageField;
class LookupEdit;
class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QTableWidget;

// Creates or edits one goods item: its codes, name, category, unit, prices, reorder point, usual
// supplier, description and picture, and who sells it. A role that may not see costs gets a form
// without them; one that may not edit sees the item read-only.
class GoodsForm : public FormDialog
{
    Q_OBJECT
public:
    GoodsForm(const Workspace& workspace, const QList<Category>& categories, QWidget* parent = nullptr);

    // CATEGORYID: the category the new item starts in, 0 for none.
    void startNew(qint64 categoryId = 0);
    void startEdit(const GoodsRecord& record);
    const GoodsRecord& saved() const { return m_saved; }

protected:
    QMap<QString, QString> problems() const override;
    void submit() override;
    void onConflict(const Error& error) override;

private:
    GoodsDraft readForm(QMap<QString, QString>* problems) const;
    void fillForm(const GoodsDraft& draft, const QString& supplierName);
    void loadSuppliers(qint64 goodsId);
    void keepMine();
    void takeTheirs();
    void applyPermissions();
    QString categoryName(qint64 id) const;

    qint64 m_id = 0;
    int m_version = 0;
    GoodsRecord m_saved;
    GoodsRecord m_theirs; // during a conflict
    bool m_showsCost;

    QLineEdit* m_sku;
    QLineEdit* m_name;
    QPlainTextEdit* m_barcodes;
    CategoryCombo* m_category;
    QComboBox* m_unit;
    QLineEdit* m_price;
    QLineEdit* m_cost = nullptr;
    QLineEdit* m_reorderPoint;
    LookupEdit* m_supplier;
    QPlainTextEdit* m_description;
    GoodsImageField* m_image;
    QTableWidget* m_suppliers;
};
