#pragma once

#include "common/formdialog.h"
#include "domain/supplier.h"

class QLineEdit;
class QPlainTextEdit;
class SupplierGoodsPanel;

// Creates or edits one supplier: code, name, how to reach them, payment terms and notes, and below
// them the goods they sell. The goods are saved one offer at a time as they are changed, apart from
// the supplier's own fields, which Save saves.
class SupplierForm : public FormDialog
{
    Q_OBJECT
public:
    explicit SupplierForm(const Workspace& workspace, QWidget* parent = nullptr);

    void startNew();
    void startEdit(const SupplierRecord& record);
    const SupplierRecord& saved() const { return m_saved; }
    SupplierGoodsPanel* goodsPanel() const { return m_goods; }

protected:
    QMap<QString, QString> problems() const override;
    void submit() override;
    void onConflict(const Error& error) override;

private:
    SupplierDraft readForm() const;
    void fillForm(const SupplierDraft& draft);
    void suggestCode();
    void keepMine();
    void takeTheirs();

    qint64 m_id = 0;
    int m_version = 0;
    SupplierRecord m_saved;
    SupplierRecord m_theirs; // during a conflict

    QLineEdit* m_code;
    QLineEdit* m_name;
    QLineEdit* m_contact;
    QLineEdit* m_phone;
    QLineEdit* m_email;
    QLineEdit* m_terms;
    QPlainTextEdit* m_address;
    QPlainTextEdit* m_notes;
    SupplierGoodsPanel* m_goods;
};
