#include "categorydelegate.h"

#include "common/theme.h"
#include "tables/categorytreemodel.h"

void CategoryDelegate::initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (!index.data(CategoryTreeModel::ArchivedRole).toBool())
        return;
    // Still readable (Theme keeps 4.5:1); a selected row keeps the selection's own colours.
    option->palette.setColor(QPalette::Text, Theme::secondaryText(option->palette));
    option->font.setItalic(true);
}
