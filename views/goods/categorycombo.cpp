#include "categorycombo.h"

#include <QAbstractItemView>
#include <QStyle>

CategoryCombo::CategoryCombo(Mode mode, QWidget* parent) : QComboBox(parent), m_mode(mode)
{
    // Sized for a usual path, not the longest: one long category name must not make the goods
    // window wider than a laptop screen. The open list still shows every path whole.
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(14);
    setCategories({});
}

void CategoryCombo::setCategories(const QList<Category>& categories)
{
    const qint64 current = currentCategoryId();
    m_categories = categories;
    QSignalBlocker block(this);
    clear();
    addItem(m_mode == Mode::Filter ? tr("All categories") : tr("No category"), qint64(0));
    // The list comes in tree order, so the path to each entry is the names above it so far.
    QStringList path;
    for (const Category& category : categories) {
        path.resize(std::min<qsizetype>(path.size(), category.depth));
        path.append(category.name);
        addItem(path.join(QStringLiteral(" › ")), category.id);
    }
    int widest = 0;
    for (int i = 0; i < count(); ++i)
        widest = std::max(widest, fontMetrics().horizontalAdvance(itemText(i)));
    view()->setMinimumWidth(widest + 3 * style()->pixelMetric(QStyle::PM_ScrollBarExtent));
    setCurrentCategoryId(current);
}

qint64 CategoryCombo::currentCategoryId() const
{
    return currentData().toLongLong();
}

void CategoryCombo::setCurrentCategoryId(qint64 id)
{
    const int index = findData(id);
    setCurrentIndex(index >= 0 ? index : 0);
}

QList<qint64> CategoryCombo::chosenSubtree() const
{
    const qint64 chosen = currentCategoryId();
    if (chosen == 0)
        return {};
    // The list is in tree order: the subtree is the chosen entry and the deeper ones right after it.
    QList<qint64> ids;
    int depth = -1;
    for (const Category& category : m_categories) {
        if (depth < 0) {
            if (category.id == chosen) {
                depth = category.depth;
                ids.append(category.id);
            }
        } else if (category.depth > depth) {
            ids.append(category.id);
        } else {
            break;
        }
    }
    return ids;
}

QString CategoryCombo::nameOf(qint64 id) const
{
    for (const Category& category : m_categories) {
        if (category.id == id)
            return category.name;
    }
    return {};
}
