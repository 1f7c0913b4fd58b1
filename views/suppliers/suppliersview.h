#pragma once

#include "common/listareaview.h"

class QPushButton;
class SupplierListModel;

// The suppliers area: search as you type (name, contact, code, phone or e-mail), active and
// archived suppliers, the supplier's form with the goods they sell.
class SuppliersView : public ListAreaView
{
    Q_OBJECT
public:
    explicit SuppliersView(const Workspace& workspace, QWidget* parent = nullptr);

    SupplierListModel* model() const { return m_model; }
    void newSupplier();
    void editCurrent();
    void archiveCurrent();

protected:
    void applyFilter() override;
    QString countText(qint64 count) const override;
    void openRow(int row) override;
    void updateActions() override;

private:
    void archiveFromKeyboard();
    void keepSortIndicator();
    QString nameAt(int row) const;

    SupplierListModel* m_model;
    QPushButton* m_archive = nullptr;
};
