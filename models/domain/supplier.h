#pragma once

#include "money.h"

#include <QCoreApplication>
#include <QMap>
#include <QMetaType>
#include <QString>

// What a person enters for a supplier.
struct SupplierDraft
{
    QString code; // the shop's own short code ("S00012"); unique, whatever the case
    QString name;
    QString contact;
    QString phone;
    QString email;
    QString address;
    QString paymentTerms; // "30 days net", "货到付款"
    QString notes;
};

struct SupplierRecord
{
    qint64 id = 0;
    SupplierDraft draft;
    bool archived = false;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    int version = 0;
};

// One goods item a supplier sells: at what cost, under which of their SKUs, how fast.
struct SupplierOfferDraft
{
    qint64 supplierId = 0;
    qint64 goodsId = 0;
    QString supplierSku;
    Money cost;
    int leadDays = -1; // -1: not known
};

struct SupplierOffer
{
    SupplierOfferDraft draft;
    QString supplierCode;
    QString supplierName;
    QString goodsSku;
    QString goodsName;
    bool costHidden = false; // the reader's role may not see costs
    int version = 0;
    qint64 updatedAt = 0; // UTC ms, for a conflict to say when theirs was saved
};

class SupplierRules
{
    Q_DECLARE_TR_FUNCTIONS(SupplierRules)
public:
    static inline const QString codeField = QStringLiteral("code");
    static inline const QString nameField = QStringLiteral("name");
    static inline const QString contactField = QStringLiteral("contact");
    static inline const QString phoneField = QStringLiteral("phone");
    static inline const QString emailField = QStringLiteral("email");
    static inline const QString addressField = QStringLiteral("address");
    static inline const QString paymentTermsField = QStringLiteral("paymentTerms");
    static inline const QString notesField = QStringLiteral("notes");
    static inline const QString supplierSkuField = QStringLiteral("supplierSku");
    static inline const QString costField = QStringLiteral("cost");
    static inline const QString leadDaysField = QStringLiteral("leadDays");
    static inline const QString goodsField = QStringLiteral("goods");

    static constexpr int maxCodeLength = 32;
    static constexpr int maxNameLength = 200;
    static constexpr int maxAddressLength = 1000;
    static constexpr int maxTermsLength = 200;
    static constexpr int maxNotesLength = 4000;
    static constexpr int maxSupplierSkuLength = 64;
    static constexpr int maxLeadDays = 365;

    static SupplierDraft normalized(SupplierDraft draft);
    static QMap<QString, QString> problems(const SupplierDraft& draft);
    static SupplierOfferDraft normalized(SupplierOfferDraft offer);
    static QMap<QString, QString> problems(const SupplierOfferDraft& offer);
    static QString searchText(const SupplierDraft& draft);
};

Q_DECLARE_METATYPE(SupplierRecord)
Q_DECLARE_METATYPE(SupplierOffer)
