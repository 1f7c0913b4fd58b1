#pragma once

#include <QTableView>

// A table for PagedTableModel: fixed row heights (so a million rows cost nothing to lay out),
// whole-row selection (Shift and Ctrl select many, Ctrl+A all), sorting by header click, Enter to
// open the current row.
class PagedTableView : public QTableView
{
    Q_OBJECT
public:
    explicit PagedTableView(QWidget* parent = nullptr);

signals:
    void rowActivated(int row);

protected:
    void keyPressEvent(QKeyEvent* event) override;
};
