#include "pageditemdelegate.h"

#include "domain/localformat.h"
#include "moneyformat.h"
#include "tables/listmodel.h"

#include <QDateTime>
#include <QPainter>

QString PagedItemDelegate::displayText(const QVariant& value, const QLocale& locale) const
{
    if (value.canConvert<Money>() && value.metaType() == QMetaType::fromType<Money>())
        return MoneyFormat::text(value.value<Money>(), locale);
    if (value.metaType() == QMetaType::fromType<QDateTime>())
        return LocalFormat::dateTime(value.toDateTime(), locale);
    return QStyledItemDelegate::displayText(value, locale);
}

void PagedItemDelegate::paintThumbnail(QPainter* painter, const QStyleOptionViewItem& option,
                                       const QModelIndex& index) const
{
    QStyledItemDelegate::paint(painter, option, QModelIndex()); // background and selection
    const QByteArray bytes = index.data(PagedTableModel::RawRole).toByteArray();
    if (bytes.isEmpty())
        return;
    const quint64 key = qHash(bytes);
    QPixmap* pixmap = m_thumbnails.object(key);
    if (!pixmap) {
        pixmap = new QPixmap;
        if (!pixmap->loadFromData(bytes)) {
            delete pixmap;
            return;
        }
        m_thumbnails.insert(key, pixmap);
    }
    const QRect area = option.rect.adjusted(2, 1, -2, -1);
    const QPixmap scaled = pixmap->scaled(area.size(), Qt::KeepAspectRatio, Qt::SmoothTransformation);
    painter->drawPixmap(area.x() + (area.width() - scaled.width()) / 2,
                        area.y() + (area.height() - scaled.height()) / 2, scaled);
}

void PagedItemDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                              const QModelIndex& index) const
{
    const QVariant loaded = index.data(PagedTableModel::LoadedRole);
    if (!loaded.isValid() || loaded.toBool()) {
        if (index.data(ListModel::KindRole).toInt() == int(ListColumn::Kind::Thumbnail) && loaded.toBool())
            paintThumbnail(painter, option, index);
        else
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
