#pragma once

#include "domain/goods.h"

#include <QFrame>

class QLabel;
class QPushButton;
class QTableWidget;

// When a save finds that someone else saved the same goods item first, this shows both versions
// side by side, field by field, until the user decides. Nothing is thrown away by showing it.
class GoodsConflictWidget : public QFrame
{
    Q_OBJECT
public:
    explicit GoodsConflictWidget(QWidget* parent = nullptr);

    void showConflict(const GoodsDraft& mine, const GoodsRecord& theirs, const QString& theirCategoryName,
                      const QString& myCategoryName);
    const GoodsRecord& theirs() const { return m_theirs; }

signals:
    void keepMineRequested();
    void takeTheirsRequested();

private:
    QLabel* m_summary;
    QTableWidget* m_table;
    QPushButton* m_keepMine;
    QPushButton* m_takeTheirs;
    GoodsRecord m_theirs;
};
