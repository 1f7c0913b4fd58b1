#pragma once

#include "domain/goods.h"

#include <QWidget>

class QLabel;
class QPushButton;

// The picture of a goods item in its form: the thumbnail, and buttons to choose a file, paste
// from the clipboard or remove it. Pictures are made smaller here (the window has the image
// libraries) before they go to the service.
class GoodsImageField : public QWidget
{
    Q_OBJECT
public:
    explicit GoodsImageField(QWidget* parent = nullptr);

    void setThumbnail(const QByteArray& thumbnail); // what is stored now
    const GoodsImageChange& change() const { return m_change; }
    void setEditable(bool editable);
    // Makes a picture to store from IMAGE: at most maxSide pixels a side, JPEG unless it has
    // transparency, with its thumbnail. Empty mime when IMAGE is null.
    static GoodsImage prepare(const QImage& image);
    static constexpr int maxSide = 1200;
    static constexpr int thumbnailSide = 96;

signals:
    void changed();
    void failed(const QString& message);

private:
    void choose();
    void paste();
    void remove();
    void use(const QImage& image);
    void show(const QByteArray& thumbnail);

    QLabel* m_picture;
    QPushButton* m_choose;
    QPushButton* m_paste;
    QPushButton* m_remove;
    GoodsImageChange m_change;
    bool m_hasPicture = false;
};
