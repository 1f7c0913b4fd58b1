#pragma once

// What the supplier suites share: drafts, offers and goods to offer, and the audit rows they leave.
#include "db/sql.h"
#include "services/goodsservice.h"
#include "services/supplierservice.h"
#include "testdatabase.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace SupplierTesting {

template<typename T> QByteArray why(const Result<T>& result)
{
    return result.ok() ? QByteArray() : result.error().message.toUtf8();
}

inline SupplierDraft draft(const QString& code, const QString& name)
{
    SupplierDraft d;
    d.code = code;
    d.name = name;
    return d;
}

inline qint64 supplierRows(const Connection& c)
{
    return countRows(c, "SELECT COUNT(*) FROM suppliers");
}

inline qint64 auditRows(const Connection& c, const char* entity = "supplier")
{
    return countRows(c, "SELECT COUNT(*) FROM audit_log WHERE entity = ?", {QString::fromLatin1(entity)});
}

struct AuditRow
{
    qint64 rows = 0;
    qint64 userId = -1;
    QVariant oldValue, newValue;
    QJsonObject oldJson() const { return QJsonDocument::fromJson(oldValue.toString().toUtf8()).object(); }
    QJsonObject newJson() const { return QJsonDocument::fromJson(newValue.toString().toUtf8()).object(); }
};

inline AuditRow audit(const Connection& c, const QString& entity, const QString& id, const QString& action)
{
    AuditRow row;
    auto q = Sql::exec(c,
                       "SELECT user_id, old_value, new_value FROM audit_log WHERE entity = ? AND "
                       "entity_id = ? AND action = ?",
                       {entity, id, action});
    while (q && q.value().next()) {
        ++row.rows;
        row.userId = q.value().value(0).toLongLong();
        row.oldValue = q.value().value(1);
        row.newValue = q.value().value(2);
    }
    return row;
}

// A goods item to offer, made through its own service; 0 when that fails.
inline qint64 goodsItem(const Connection& c, const QString& sku, const QString& name)
{
    GoodsDraft d;
    d.sku = sku;
    d.name = name;
    d.unit = "pcs";
    d.price = Money::fromCents(1000);
    d.cost = Money::fromCents(600);
    auto created = GoodsService(c).create(Session::maintenance(), d);
    if (!created)
        qWarning("goods %s: %s", qPrintable(sku), qPrintable(created.error().message));
    return created ? created->id : 0;
}

inline SupplierOfferDraft offerDraft(qint64 supplierId, qint64 goodsId, const QString& sku, qint64 costCents,
                                     int leadDays = -1)
{
    SupplierOfferDraft d;
    d.supplierId = supplierId;
    d.goodsId = goodsId;
    d.supplierSku = sku;
    d.cost = Money::fromCents(costCents);
    d.leadDays = leadDays;
    return d;
}

inline QString offerKey(qint64 supplierId, qint64 goodsId)
{
    return QStringLiteral("%1/%2").arg(supplierId).arg(goodsId);
}

} // namespace SupplierTesting
