#pragma once

#include "common/formdialog.h"
#include "domain/supplier.h"

class LookupEdit;
class QLabel;
class QLineEdit;

// One goods item a supplier sells: which item, under which of their SKUs, at what cost and how
// many days after ordering it arrives. The item is chosen when the offer is added and fixed after.
class SupplierOfferDialog : public FormDialog
{
    Q_OBJECT
public:
    SupplierOfferDialog(const Workspace& workspace, const QString& supplierName, QWidget* parent = nullptr);

    void startNew(qint64 supplierId);
    void startEdit(const SupplierOffer& offer);
    const SupplierOffer& saved() const { return m_saved; }

protected:
    QMap<QString, QString> problems() const override;
    void submit() override;
    void onConflict(const Error& error) override;

private:
    SupplierOfferDraft readForm(QMap<QString, QString>* problems) const;
    void fillForm(const SupplierOfferDraft& draft);
    void showOffer(const SupplierOffer& offer);
    void keepMine();
    void takeTheirs();

    QString m_supplierName;
    qint64 m_supplierId = 0;
    int m_version = 0; // 0: a new offer
    SupplierOffer m_saved;
    SupplierOffer m_theirs; // during a conflict

    QLabel* m_supplier;
    LookupEdit* m_goods;
    QLineEdit* m_supplierSku;
    QLineEdit* m_cost;
    QLineEdit* m_leadDays;
};
