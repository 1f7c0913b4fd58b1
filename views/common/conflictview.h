#pragma once

#include <QFrame>

class QLabel;
class QPushButton;
class QTableWidget;

// When a save finds that someone else saved the same record first, this shows both versions side
// by side, field by field, until the person decides. Showing it throws nothing away.
class ConflictView : public QFrame
{
    Q_OBJECT
public:
    struct Row
    {
        QString field; // the field's label
        QString mine;
        QString theirs;
    };

    explicit ConflictView(QWidget* parent = nullptr);
    // Shows the rows that differ; THEIRSAVEDAT is when the other version was saved (UTC ms).
    void showConflict(const QList<Row>& rows, qint64 theirsSavedAt);
    int differences() const;

signals:
    void keepMineRequested();
    void takeTheirsRequested();

private:
    QLabel* m_summary;
    QTableWidget* m_table;
    QPushButton* m_keepMine;
    QPushButton* m_takeTheirs;
};
