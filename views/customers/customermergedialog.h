#pragma once

#include "common/workspace.h"
#include "domain/customer.h"

#include <QDialog>

class LookupEdit;
class MessageWidget;
class QLabel;
class QPushButton;
class QTableWidget;

// Merges a duplicate into the customer the person has open (the survivor): they pick the duplicate,
// compare the two side by side, read what will happen, confirm, and the merge runs off the window's
// thread.
class CustomerMergeDialog : public QDialog
{
    Q_OBJECT
public:
    CustomerMergeDialog(const Workspace& workspace, const CustomerRecord& survivor,
                        QWidget* parent = nullptr);

    // After a merge: the survivor as it is now, and the duplicate as it was.
    const CustomerRecord& merged() const { return m_merged; }
    const CustomerRecord& duplicate() const { return m_duplicate; }
    bool hasDuplicate() const { return !m_duplicate.id.isEmpty(); }

private:
    void loadDuplicate(const QString& id);
    void reloadBoth();
    void clearDuplicate();
    void showRecords();
    void merge();
    void setBusy(bool busy);

    const Workspace& m_workspace;
    CustomerRecord m_survivor;
    CustomerRecord m_duplicate; // empty until one is chosen
    CustomerRecord m_merged;
    quint64 m_asked = 0; // the latest duplicate asked for; older answers are dropped

    MessageWidget* m_message;
    LookupEdit* m_pick;
    QTableWidget* m_table;
    QLabel* m_explanation;
    QPushButton* m_merge;
};
