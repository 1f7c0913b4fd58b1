#pragma once

#include "money.h"

#include <QCoreApplication>
#include <QMap>
#include <QString>

// What a person enters for a goods item.
struct GoodsDraft
{
    QString sku;
    QString barcode;
    QString name;
    qint64 categoryId = 0; // 0: no category
    QString unit;
    Money price;
    Money cost;
    QString description;
};

// A goods item as stored.
struct GoodsRecord
{
    qint64 id = 0;
    GoodsDraft draft;
    QString categoryName;
    bool archived = false;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    int version = 0;
};

// The rules a goods item must follow, in one place for the form and the service.
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

    static constexpr int maxSkuLength = 64;
    static constexpr int maxNameLength = 200;
    static constexpr int maxUnitLength = 16;
    static constexpr int maxDescriptionLength = 4000;
    // A price above this is a typo, not a price; it also keeps order totals far from int64 limits.
    static constexpr qint64 maxPriceCents = 100'000'000'00; // 100 million

    // Trims and normalizes: SKU upper-case (unique whatever the case), barcode without spaces and
    // UPC-A as its EAN-13 form.
    static GoodsDraft normalized(GoodsDraft draft);
    // Field -> message for everything wrong with an already normalized draft.
    static QMap<QString, QString> problems(const GoodsDraft& draft);
    static QString barcodeProblem(const QString& barcode);
    static QString moneyProblem(Money amount);
    static QString moneyParseProblem(MoneyParse::Error error);
    // The search document: name, SKU and barcode as SearchTokens.
    static QString searchText(const GoodsDraft& draft);
};
