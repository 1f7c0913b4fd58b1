#include "goodsimagefield.h"

#include <QApplication>
#include <QBuffer>
#include <QClipboard>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QImageReader>
#include <QLabel>
#include <QMimeData>
#include <QPixmap>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

QByteArray encode(const QImage& image, const char* format, int quality)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, format, quality);
    return bytes;
}

} // namespace

GoodsImageField::GoodsImageField(QWidget* parent)
    : QWidget(parent), m_picture(new QLabel), m_choose(new QPushButton(tr("Choose…"))),
      m_paste(new QPushButton(tr("Paste"))), m_remove(new QPushButton(tr("Remove")))
{
    m_picture->setObjectName(QStringLiteral("goodsPicture"));
    m_picture->setFixedSize(thumbnailSide + 4, thumbnailSide + 4);
    m_picture->setAlignment(Qt::AlignCenter);
    m_picture->setFrameShape(QFrame::StyledPanel);
    m_choose->setObjectName(QStringLiteral("goodsPictureChoose"));
    m_paste->setObjectName(QStringLiteral("goodsPicturePaste"));
    m_remove->setObjectName(QStringLiteral("goodsPictureRemove"));
    m_choose->setToolTip(tr("Pick a PNG or JPEG file"));
    m_paste->setToolTip(tr("Use the picture on the clipboard"));
    auto* buttons = new QVBoxLayout;
    buttons->addWidget(m_choose);
    buttons->addWidget(m_paste);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_picture);
    layout->addLayout(buttons);
    layout->addStretch();
    connect(m_choose, &QPushButton::clicked, this, &GoodsImageField::choose);
    connect(m_paste, &QPushButton::clicked, this, &GoodsImageField::paste);
    connect(m_remove, &QPushButton::clicked, this, &GoodsImageField::remove);
    show({});
}

void GoodsImageField::setThumbnail(const QByteArray& thumbnail)
{
    m_change = {};
    show(thumbnail);
}

void GoodsImageField::setEditable(bool editable)
{
    for (QPushButton* button : {m_choose, m_paste, m_remove})
        button->setVisible(editable);
}

void GoodsImageField::show(const QByteArray& thumbnail)
{
    QPixmap pixmap;
    m_hasPicture = !thumbnail.isEmpty() && pixmap.loadFromData(thumbnail);
    if (m_hasPicture)
        m_picture->setPixmap(pixmap);
    else
        m_picture->setText(tr("No picture"));
    m_remove->setEnabled(m_hasPicture);
}

GoodsImage GoodsImageField::prepare(const QImage& source)
{
    if (source.isNull())
        return {};
    QImage image = source;
    if (std::max(image.width(), image.height()) > maxSide)
        image = image.scaled(maxSide, maxSide, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    const bool transparent = image.hasAlphaChannel();
    const char* format = transparent ? "PNG" : "JPEG";
    const QImage thumbnail =
        image.scaled(thumbnailSide, thumbnailSide, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    GoodsImage prepared;
    prepared.mime = transparent ? QStringLiteral("image/png") : QStringLiteral("image/jpeg");
    prepared.image = encode(image, format, 85);
    prepared.thumbnail = encode(thumbnail, format, 80);
    return prepared;
}

void GoodsImageField::use(const QImage& image)
{
    const GoodsImage prepared = prepare(image);
    if (const QString problem = GoodsRules::imageProblem(prepared); !problem.isEmpty()) {
        emit failed(problem);
        return;
    }
    m_change.kind = GoodsImageChange::Kind::Set;
    m_change.image = prepared;
    show(prepared.thumbnail);
    emit changed();
}

void GoodsImageField::choose()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Choose a picture"), QString(),
                                                      tr("Pictures (*.png *.jpg *.jpeg *.webp *.bmp)"));
    if (file.isEmpty())
        return;
    QImageReader reader(file);
    reader.setAutoTransform(true);
    // A picture too large to be a product photo is refused before it is decoded into memory.
    if (reader.size().isValid() && qint64(reader.size().width()) * reader.size().height() > 100'000'000) {
        emit failed(tr("This picture is too large; use one under 100 megapixels."));
        return;
    }
    const QImage image = reader.read();
    if (image.isNull()) {
        emit failed(tr("%1 is not a picture Storekeeper can read (%2).").arg(file, reader.errorString()));
        return;
    }
    use(image);
}

void GoodsImageField::paste()
{
    const QImage image = QApplication::clipboard()->image();
    if (image.isNull()) {
        emit failed(tr("The clipboard holds no picture. Copy one first."));
        return;
    }
    use(image);
}

void GoodsImageField::remove()
{
    m_change.kind = GoodsImageChange::Kind::Remove;
    m_change.image = {};
    show({});
    emit changed();
}
