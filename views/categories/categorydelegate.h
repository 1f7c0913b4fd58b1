#pragma once

#include <QStyledItemDelegate>

// Draws archived categories in the quieter text colour, so the active tree stands out when the
// archived ones are shown beside it. The model says which are archived; colours belong here.
class CategoryDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;
};
