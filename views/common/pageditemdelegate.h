#pragma once

#include <QCache>
#include <QPixmap>
#include <QStyledItemDelegate>

// Draws a PagedTableModel's cells: money and times in the user's locale, pictures from their
// thumbnails, and a soft bar where a row's page is still loading, so scrolling never shows stale or
// misleading values.
class PagedItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QString displayText(const QVariant& value, const QLocale& locale) const override;
    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;

private:
    void paintThumbnail(QPainter* painter, const QStyleOptionViewItem& option,
                        const QModelIndex& index) const;
    // Decoded thumbnails by their bytes' hash: as many as a few screens of rows, whatever the list's size.
    mutable QCache<quint64, QPixmap> m_thumbnails{200};
};
