#pragma once

#include "services/categoryservice.h"

#include <QComboBox>

// Picks a category from the tree, each shown with its path ("Drinks › Tea"). The first entry is
// "All categories" (for filtering) or "No category" (for a goods item).
class CategoryCombo : public QComboBox
{
    Q_OBJECT
public:
    enum class Mode
    {
        Filter,
        Choice
    };
    explicit CategoryCombo(Mode mode, QWidget* parent = nullptr);

    void setCategories(const QList<Category>& categories);
    qint64 currentCategoryId() const; // 0: all / none
    void setCurrentCategoryId(qint64 id);
    // The chosen category and everything below it; empty for "All categories".
    QList<qint64> chosenSubtree() const;
    QString nameOf(qint64 id) const;

private:
    Mode m_mode;
    QList<Category> m_categories;
};
