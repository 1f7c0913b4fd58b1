#pragma once

#include "common/workspace.h"
#include "domain/category.h"
#include "services/goodsbulkservice.h"

#include <QDialog>
#include <QList>
#include <QPair>

class CategoryCombo;
class GoodsListModel;
class GoodsPreviewModel;
class MessageWidget;
class PagedTableView;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QRadioButton;

// A change of many goods at once: the selected rows are frozen, every one of them is listed with
// its value now and after the change (page by page, whatever the number), and Apply makes the
// change in one transaction, or refuses it whole if any item changed meanwhile.
class GoodsBulkDialog : public QDialog
{
    Q_OBJECT
public:
    GoodsBulkDialog(const Workspace& workspace, GoodsListModel* list, const QList<QPair<int, int>>& rows,
                    const QList<Category>& categories, QWidget* parent = nullptr);
    ~GoodsBulkDialog() override;

    QString summary() const { return m_summary; }
    GoodsPreviewModel* preview() const { return m_preview; }
    void accept() override;

private:
    void frozen(const QString& selectionId, qint64 rows);
    void changeEdited();
    GoodsBulkChange readChange(QString* problem) const;

    const Workspace& m_workspace;
    QString m_selection;
    QString m_summary;
    GoodsPreviewModel* m_preview = nullptr;
    MessageWidget* m_message;
    QLabel* m_title;
    QRadioButton* m_byCategory;
    QRadioButton* m_byPrice;
    QRadioButton* m_toArchive;
    CategoryCombo* m_category;
    QComboBox* m_direction;
    QLineEdit* m_amount;
    QComboBox* m_unit;
    PagedTableView* m_table;
    QDialogButtonBox* m_buttons;
};
