#pragma once

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>

// One place a customer receives goods. Exactly one of a customer's addresses is the default.
struct CustomerAddress
{
    QString id;    // client-made UUID; empty for a new one
    QString label; // "Home", "公司"
    QString recipient;
    QString phone;
    QString address;
    bool isDefault = false;
};

struct CustomerDraft
{
    QString code; // optional; unique when given
    QString name;
    QString phone;
    QString email;
    QString note;
    QList<CustomerAddress> addresses;
};

struct CustomerRecord
{
    QString id; // client-made UUID, so a store can add customers while offline
    CustomerDraft draft;
    bool active = true;
    QString mergedInto; // the customer this duplicate was merged into, or empty
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    int version = 0;
};

class CustomerRules
{
    Q_DECLARE_TR_FUNCTIONS(CustomerRules)
public:
    static inline const QString codeField = QStringLiteral("code");
    static inline const QString nameField = QStringLiteral("name");
    static inline const QString phoneField = QStringLiteral("phone");
    static inline const QString emailField = QStringLiteral("email");
    static inline const QString noteField = QStringLiteral("note");
    static inline const QString addressesField = QStringLiteral("addresses");

    static constexpr int maxCodeLength = 32;
    static constexpr int maxNameLength = 200;
    static constexpr int maxNoteLength = 4000;
    static constexpr int maxLabelLength = 60;
    static constexpr int maxAddressLength = 1000;
    static constexpr int maxAddresses = 20;

    // Trims, and makes the first address the default when none is.
    static CustomerDraft normalized(CustomerDraft draft);
    static QMap<QString, QString> problems(const CustomerDraft& draft);
    static QString searchText(const CustomerDraft& draft);
};

Q_DECLARE_METATYPE(CustomerRecord)
