#include "pageditemdelegate.h"

#include "moneyformat.h"
#include "tables/pagedtablemodel.h"

#include <QDateTime>
#include <QPainter>

QString PagedItemDelegate::displayText(const QVariant& value, const QLocale& locale) const
{
    if (value.canConvert<Money>() && value.metaType() == QMetaType::fromType<Money>())
        return MoneyFormat::text(value.value<Money>(), locale);
    if (value.metaType() == QMetaType::fromType<QDateTime>())
        return locale.toString(value.toDateTime(), QLocale::ShortFormat);
    return QStyledItemDelegate::displayText(value, locale);
}

void PagedItemDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                              const QModelIndex& index) const
{
    const QVariant loaded = index.data(PagedTableModel::LoadedRole);
    if (!loaded.isValid() || loaded.toBool()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyledItemDelegate::paint(painter, option, QModelIndex()); // background and selection only
    const QRect bar = option.rect.adjusted(6, option.rect.height() / 3, -6 - option.rect.width() / 4,
                                           -option.rect.height() / 3);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    QColor color = option.palette.color(QPalette::Text);
    color.setAlpha(28);
    painter->setBrush(color);
    painter->drawRoundedRect(bar, 3, 3);
    painter->restore();
}
