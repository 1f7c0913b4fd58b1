#pragma once

#include "common/workspace.h"

#include <QWidget>

class MessageWidget;
class PagedTableView;
class QLabel;
class QPushButton;
class SupplierGoodsListModel;

// The goods one supplier sells, in the supplier's form: the paged list of their offers and the
// buttons that add, change and remove one. Each change is saved at once, on its own.
class SupplierGoodsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit SupplierGoodsPanel(const Workspace& workspace, QWidget* parent = nullptr);

    // SUPPLIERID 0: a supplier not saved yet, who can have no offers.
    void setSupplier(qint64 supplierId, const QString& supplierName);
    SupplierGoodsListModel* model() const { return m_model; }
    PagedTableView* table() const { return m_table; }

    void addOffer();
    void editCurrent();
    void removeCurrent();

signals:
    // What the panel shows changed its height (a message came or went).
    void layoutChanged();

private:
    int currentRow() const;
    void updateActions();
    void notify(const QString& text, bool error);

    const Workspace& m_workspace;
    qint64 m_supplierId = 0;
    QString m_supplierName;
    SupplierGoodsListModel* m_model = nullptr;
    QLabel* m_title;
    QLabel* m_hint;
    MessageWidget* m_message;
    PagedTableView* m_table;
    QPushButton* m_add;
    QPushButton* m_edit;
    QPushButton* m_remove;
};
