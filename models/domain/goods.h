#pragma once

#include "money.h"

#include <QCoreApplication>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <optional>

// What a person enters for a goods item.
struct GoodsDraft
{
    QString sku;
    QStringList barcodes; // the first is the one printed on labels and shown in the list
    QString name;
    qint64 categoryId = 0; // 0: no category
    QString unit;          // a Units key
    Money price;
    Money cost;
    QString description;
    std::optional<qint64> reorderPoint; // reorder when stock falls to this; none when empty
    qint64 defaultSupplierId = 0;       // 0: none

    QString primaryBarcode() const { return barcodes.value(0); }
};

// A goods item as stored.
struct GoodsRecord
{
    qint64 id = 0;
    GoodsDraft draft;
    QString categoryName;
    QString defaultSupplierName;
    bool archived = false;
    // The reader's role may not see costs: draft.cost is zero and must not be shown or saved.
    bool costHidden = false;
    QByteArray thumbnail; // empty without an image
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    int version = 0;
};

// A picture of the item, as stored: the file as picked (made smaller when it was large) and a small
// thumbnail for lists and forms. Both are made by the window, which has the image libraries.
struct GoodsImage
{
    QString mime; // image/png or image/jpeg
    QByteArray image;
    QByteArray thumbnail;
};

// What a save does to the item's picture.
struct GoodsImageChange
{
    enum class Kind
    {
        Keep,
        Set,
        Remove
    };
    Kind kind = Kind::Keep;
    GoodsImage image; // for Set
};

// The rules a goods item must follow, in one place for the form, the service and imports.
class GoodsRules
{
    Q_DECLARE_TR_FUNCTIONS(GoodsRules)
public:
    // Field names used as keys of field errors and by the form's widgets.
    static inline const QString skuField = QStringLiteral("sku");
    static inline const QString barcodeField = QStringLiteral("barcode");
    static inline const QString nameField = QStringLiteral("name");
    static inline const QString categoryField = QStringLiteral("category");
    static inline const QString unitField = QStringLiteral("unit");
    static inline const QString priceField = QStringLiteral("price");
    static inline const QString costField = QStringLiteral("cost");
    static inline const QString descriptionField = QStringLiteral("description");
    static inline const QString reorderPointField = QStringLiteral("reorderPoint");
    static inline const QString supplierField = QStringLiteral("supplier");
    static inline const QString imageField = QStringLiteral("image");

    static constexpr int maxSkuLength = 64;
    static constexpr int maxNameLength = 200;
    static constexpr int maxUnitLength = 16;
    static constexpr int maxDescriptionLength = 4000;
    static constexpr int maxBarcodes = 10;
    // A price above this is a typo, not a price; it also keeps order totals far from int64 limits.
    static constexpr qint64 maxPriceCents = 100'000'000'00; // 100 million
    static constexpr qint64 maxQuantity = 1'000'000'000;
    static constexpr int maxImageBytes = 4 * 1024 * 1024;
    static constexpr int maxThumbnailBytes = 64 * 1024;

    // Trims and normalizes: SKU upper-case (unique whatever the case), barcodes without spaces,
    // UPC-A as its EAN-13 form, each once; a unit as people write it ("瓶") as its key.
    static GoodsDraft normalized(GoodsDraft draft);
    // Field -> message for everything wrong with an already normalized draft.
    static QMap<QString, QString> problems(const GoodsDraft& draft);
    static QString barcodeProblem(const QString& barcode);
    static QString normalizedBarcode(const QString& barcode);
    static QString moneyProblem(Money amount);
    static QString moneyParseProblem(MoneyParse::Error error);
    static QString quantityProblem(qint64 quantity);
    // What is wrong with a picture about to be stored: its size, or bytes that are not the image
    // type they claim to be.
    static QString imageProblem(const GoodsImage& image);
    // The search document: name, SKU and every barcode as SearchTokens.
    static QString searchText(const GoodsDraft& draft);
};

Q_DECLARE_METATYPE(GoodsRecord)
