#pragma once

#include "common/listareaview.h"

class CustomerListModel;
class QPushButton;

// The customers area: search as you type (name, phone, e-mail or code), active and inactive
// customers, the customer's form, deactivating and activating, and merging duplicates.
class CustomersView : public ListAreaView
{
    Q_OBJECT
public:
    explicit CustomersView(const Workspace& workspace, QWidget* parent = nullptr);

    CustomerListModel* model() const { return m_model; }
    void newCustomer();
    void editCurrent();
    void toggleActiveCurrent();
    void mergeCurrent();

protected:
    void applyFilter() override;
    QString countText(qint64 count) const override;
    void openRow(int row) override;
    void updateActions() override;

private:
    QString nameAt(int row) const;

    CustomerListModel* m_model;
    QPushButton* m_active = nullptr;
    QPushButton* m_merge = nullptr;
};
