#pragma once

#include "common/formdialog.h"
#include "domain/customer.h"

class AddressEditor;
class QLineEdit;
class QPlainTextEdit;

// Creates or edits one customer: code, name, phone, e-mail, note and their addresses, one of them
// the default. A save that meets someone else's shows both versions.
class CustomerForm : public FormDialog
{
    Q_OBJECT
public:
    explicit CustomerForm(const Workspace& workspace, QWidget* parent = nullptr);

    void startNew();
    // MERGEDINTONAME: the name of the customer RECORD was merged into, when it was.
    void startEdit(const CustomerRecord& record, const QString& mergedIntoName = {});
    const CustomerRecord& saved() const { return m_saved; }
    AddressEditor* addressEditor() const { return m_addresses; }
    void accept() override;

protected:
    QMap<QString, QString> problems() const override;
    void submit() override;
    void onConflict(const Error& error) override;

private:
    CustomerDraft readForm(QMap<QString, QString>* problems) const;
    void fillForm(const CustomerDraft& draft);
    QString addressesText(const QList<CustomerAddress>& addresses) const;
    void keepMine();
    void takeTheirs();

    QString m_id;
    int m_version = 0;
    CustomerRecord m_saved;
    CustomerRecord m_theirs; // during a conflict

    QLineEdit* m_code;
    QLineEdit* m_name;
    QLineEdit* m_phone;
    QLineEdit* m_email;
    QPlainTextEdit* m_note;
    AddressEditor* m_addresses;
};
