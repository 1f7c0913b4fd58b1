#pragma once

#include "domain/customer.h"

#include <QList>
#include <QWidget>

class QButtonGroup;
class QGridLayout;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;
class QScrollArea;
class QToolButton;

// A customer's addresses as rows of label, recipient, phone and address, one of them chosen as the
// default (like radio buttons: choosing one clears the others). Rows are added and removed with
// buttons; everything is reached with Tab and set with Space. Past a few rows the rows scroll, so
// the form keeps its height.
class AddressEditor : public QWidget
{
    Q_OBJECT
public:
    explicit AddressEditor(QWidget* parent = nullptr);

    void setAddresses(const QList<CustomerAddress>& addresses);
    // Every row as typed, blank ones too, in order (CustomerRules::normalized drops the blank ones).
    QList<CustomerAddress> addresses() const;
    int rowCount() const { return int(m_rows.size()); }
    // The row whose radio button says default, or -1 when there are no rows.
    int defaultRow() const;

    void addRow();
    void removeRow(int row);
    // Takes out rows with nothing typed in them, so "Address N" in a note is the Nth row shown.
    void removeBlankRows();
    // Outlines the fields that break a rule, clears the outline of the others, and makes the first
    // outlined one where the keyboard goes when the editor gets it.
    void markProblems();

signals:
    // The person left one of the fields, or rows came or went: time to check them.
    void edited();
    // The editor's height changed; the form may need to grow or shrink.
    void resized();

private:
    struct Row
    {
        QString id;
        QRadioButton* isDefault;
        QLineEdit* label;
        QLineEdit* recipient;
        QLineEdit* phone;
        QPlainTextEdit* address;
        QToolButton* remove;
    };

    Row& appendRow(const CustomerAddress& address);
    CustomerAddress addressOf(const Row& row) const;
    QWidget* defaultFocus() const;
    void relayout();
    void updateHeight();

    QList<Row> m_rows;
    QButtonGroup* m_defaults;
    QWidget* m_rowsWidget;
    QGridLayout* m_grid;
    QScrollArea* m_scroll;
    QPushButton* m_add;
};
