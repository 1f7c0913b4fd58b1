#include "auditdiff.h"

#include "localformat.h"
#include "money.h"
#include "role.h"

#include <QJsonArray>
#include <QStringList>
#include <algorithm>

namespace {

// Kept apart from what they describe (the version moves on with every change).
bool bookkeeping(const QString& key)
{
    return key == QLatin1String("version");
}

// In the order people read a record's fields; a field not listed comes after them, by its name.
const QList<QPair<QString, const char*>>& labels()
{
    static const QList<QPair<QString, const char*>> known = {
        {QStringLiteral("sku"), QT_TRANSLATE_NOOP("AuditDiff", "SKU")},
        {QStringLiteral("barcodes"), QT_TRANSLATE_NOOP("AuditDiff", "Barcodes")},
        {QStringLiteral("name"), QT_TRANSLATE_NOOP("AuditDiff", "Name")},
        {QStringLiteral("display_name"), QT_TRANSLATE_NOOP("AuditDiff", "Name")},
        {QStringLiteral("username"), QT_TRANSLATE_NOOP("AuditDiff", "User name")},
        {QStringLiteral("category_id"), QT_TRANSLATE_NOOP("AuditDiff", "Category")},
        {QStringLiteral("parent_id"), QT_TRANSLATE_NOOP("AuditDiff", "Parent category")},
        {QStringLiteral("unit"), QT_TRANSLATE_NOOP("AuditDiff", "Unit")},
        {QStringLiteral("price_cents"), QT_TRANSLATE_NOOP("AuditDiff", "Price")},
        {QStringLiteral("cost_cents"), QT_TRANSLATE_NOOP("AuditDiff", "Cost")},
        {QStringLiteral("description"), QT_TRANSLATE_NOOP("AuditDiff", "Description")},
        {QStringLiteral("default_supplier_id"), QT_TRANSLATE_NOOP("AuditDiff", "Default supplier")},
        {QStringLiteral("image"), QT_TRANSLATE_NOOP("AuditDiff", "Picture")},
        {QStringLiteral("archived"), QT_TRANSLATE_NOOP("AuditDiff", "Archived")},
        {QStringLiteral("active"), QT_TRANSLATE_NOOP("AuditDiff", "Active")},
        {QStringLiteral("reorder_point"), QT_TRANSLATE_NOOP("AuditDiff", "Reorder point")},
        {QStringLiteral("code"), QT_TRANSLATE_NOOP("AuditDiff", "Code")},
        {QStringLiteral("contact"), QT_TRANSLATE_NOOP("AuditDiff", "Contact")},
        {QStringLiteral("phone"), QT_TRANSLATE_NOOP("AuditDiff", "Phone")},
        {QStringLiteral("email"), QT_TRANSLATE_NOOP("AuditDiff", "E-mail")},
        {QStringLiteral("address"), QT_TRANSLATE_NOOP("AuditDiff", "Address")},
        {QStringLiteral("addresses"), QT_TRANSLATE_NOOP("AuditDiff", "Addresses")},
        {QStringLiteral("payment_terms"), QT_TRANSLATE_NOOP("AuditDiff", "Payment terms")},
        {QStringLiteral("note"), QT_TRANSLATE_NOOP("AuditDiff", "Notes")},
        {QStringLiteral("notes"), QT_TRANSLATE_NOOP("AuditDiff", "Notes")},
        {QStringLiteral("role"), QT_TRANSLATE_NOOP("AuditDiff", "Role")},
        {QStringLiteral("must_change_password"), QT_TRANSLATE_NOOP("AuditDiff", "Must change password")},
        {QStringLiteral("locked_until"), QT_TRANSLATE_NOOP("AuditDiff", "Locked until")},
        {QStringLiteral("goods_id"), QT_TRANSLATE_NOOP("AuditDiff", "Goods")},
        {QStringLiteral("supplier_id"), QT_TRANSLATE_NOOP("AuditDiff", "Supplier")},
        {QStringLiteral("supplier_sku"), QT_TRANSLATE_NOOP("AuditDiff", "Supplier's SKU")},
        {QStringLiteral("lead_days"), QT_TRANSLATE_NOOP("AuditDiff", "Lead time (days)")},
        {QStringLiteral("warehouse_id"), QT_TRANSLATE_NOOP("AuditDiff", "Warehouse")},
        {QStringLiteral("quantity_delta"), QT_TRANSLATE_NOOP("AuditDiff", "Quantity")},
        {QStringLiteral("kind"), QT_TRANSLATE_NOOP("AuditDiff", "Kind")},
        {QStringLiteral("label"), QT_TRANSLATE_NOOP("AuditDiff", "Label")},
        {QStringLiteral("default"), QT_TRANSLATE_NOOP("AuditDiff", "Default")},
        {QStringLiteral("merged_into"), QT_TRANSLATE_NOOP("AuditDiff", "Merged into")},
        {QStringLiteral("recipient"), QT_TRANSLATE_NOOP("AuditDiff", "Recipient")},
        {QStringLiteral("goods_moved"), QT_TRANSLATE_NOOP("AuditDiff", "Goods moved")},
        {QStringLiteral("subcategories_moved"), QT_TRANSLATE_NOOP("AuditDiff", "Subcategories moved")},
        {QStringLiteral("goods"), QT_TRANSLATE_NOOP("AuditDiff", "Goods")},
        {QStringLiteral("customers"), QT_TRANSLATE_NOOP("AuditDiff", "Customers")},
        {QStringLiteral("suppliers"), QT_TRANSLATE_NOOP("AuditDiff", "Suppliers")},
        {QStringLiteral("seed"), QT_TRANSLATE_NOOP("AuditDiff", "Seed")},
    };
    return known;
}

int rank(const QString& key)
{
    const auto& known = labels();
    for (int i = 0; i < known.size(); ++i) {
        if (known.at(i).first == key)
            return i;
    }
    return int(known.size());
}

QString label(const QString& key)
{
    const int at = rank(key);
    return at < labels().size() ? QCoreApplication::translate("AuditDiff", labels().at(at).second) : key;
}

QString text(const QString& key, const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return {};
    case QJsonValue::Bool:
        return value.toBool() ? AuditDiff::tr("yes") : AuditDiff::tr("no");
    case QJsonValue::Double:
        if (key == QLatin1String("locked_until"))
            return value.toDouble() > 0 ? LocalFormat::fromMillis(qint64(value.toDouble())) : QString();
        if (key.endsWith(QLatin1String("_cents")))
            return Money::fromCents(qint64(value.toDouble())).toPlainString();
        return QString::number(qint64(value.toDouble()));
    case QJsonValue::String:
        if (key == QLatin1String("role")) {
            const auto role = RoleNames::fromKey(value.toString());
            return role ? RoleNames::displayName(*role) : value.toString();
        }
        return value.toString();
    case QJsonValue::Array: {
        QStringList parts;
        for (const QJsonValue& item : value.toArray())
            parts << (item.isObject() ? AuditDiff::summary({}, item.toObject()) : text(key, item));
        return parts.join(QStringLiteral(", "));
    }
    case QJsonValue::Object:
        return AuditDiff::summary({}, value.toObject());
    }
    return {};
}

} // namespace

QList<AuditDiff::Field> AuditDiff::fields(const QJsonObject& before, const QJsonObject& after)
{
    QStringList keys = before.keys();
    for (const QString& key : after.keys()) {
        if (!keys.contains(key))
            keys << key;
    }
    std::stable_sort(keys.begin(), keys.end(), [](const QString& a, const QString& b) {
        return rank(a) != rank(b) ? rank(a) < rank(b) : a < b;
    });
    QList<Field> changed;
    for (const QString& key : qAsConst(keys)) {
        if (bookkeeping(key) || before.value(key) == after.value(key))
            continue;
        changed << Field{label(key), text(key, before.value(key)), text(key, after.value(key))};
    }
    return changed;
}

QString AuditDiff::summary(const QJsonObject& before, const QJsonObject& after)
{
    QStringList parts;
    for (const Field& field : fields(before, after)) {
        if (before.isEmpty()) {
            // A new record: what it was given; fields left empty say nothing.
            if (!field.after.isEmpty())
                parts << tr("%1: %2").arg(field.name, field.after);
        } else {
            parts << tr("%1: %2 → %3")
                         .arg(field.name, field.before.isEmpty() ? tr("(none)") : field.before,
                              field.after.isEmpty() ? tr("(none)") : field.after);
        }
    }
    return parts.join(QStringLiteral(" · "));
}

const QStringList& AuditDiff::entities()
{
    static const QStringList kinds = {QStringLiteral("goods"),    QStringLiteral("category"),
                                      QStringLiteral("supplier"), QStringLiteral("supplier_offer"),
                                      QStringLiteral("customer"), QStringLiteral("stock_movement"),
                                      QStringLiteral("user"),     QStringLiteral("database")};
    return kinds;
}

QString AuditDiff::entityName(const QString& entity)
{
    if (entity == QLatin1String("goods"))
        return tr("Goods");
    if (entity == QLatin1String("category"))
        return tr("Category");
    if (entity == QLatin1String("supplier"))
        return tr("Supplier");
    if (entity == QLatin1String("supplier_offer"))
        return tr("Supplier's goods");
    if (entity == QLatin1String("customer"))
        return tr("Customer");
    if (entity == QLatin1String("stock_movement"))
        return tr("Stock movement");
    if (entity == QLatin1String("user"))
        return tr("Staff account");
    if (entity == QLatin1String("database"))
        return tr("Database");
    return entity;
}

QString AuditDiff::actionName(const QString& action)
{
    static const QHash<QString, const char*> actions = {
        {QStringLiteral("create"), QT_TRANSLATE_NOOP("AuditDiff", "created")},
        {QStringLiteral("update"), QT_TRANSLATE_NOOP("AuditDiff", "changed")},
        {QStringLiteral("delete"), QT_TRANSLATE_NOOP("AuditDiff", "deleted")},
        {QStringLiteral("archive"), QT_TRANSLATE_NOOP("AuditDiff", "archived")},
        {QStringLiteral("restore"), QT_TRANSLATE_NOOP("AuditDiff", "restored")},
        {QStringLiteral("activate"), QT_TRANSLATE_NOOP("AuditDiff", "activated")},
        {QStringLiteral("deactivate"), QT_TRANSLATE_NOOP("AuditDiff", "deactivated")},
        {QStringLiteral("merge"), QT_TRANSLATE_NOOP("AuditDiff", "merged")},
        {QStringLiteral("merged"), QT_TRANSLATE_NOOP("AuditDiff", "merged into another")},
        {QStringLiteral("move"), QT_TRANSLATE_NOOP("AuditDiff", "moved")},
        {QStringLiteral("rename"), QT_TRANSLATE_NOOP("AuditDiff", "renamed")},
        {QStringLiteral("unlock"), QT_TRANSLATE_NOOP("AuditDiff", "unlocked")},
        {QStringLiteral("reset-password"), QT_TRANSLATE_NOOP("AuditDiff", "password reset")},
        {QStringLiteral("change-password"), QT_TRANSLATE_NOOP("AuditDiff", "password changed")},
        {QStringLiteral("generate"), QT_TRANSLATE_NOOP("AuditDiff", "generated")},
    };
    const char* known = actions.value(action);
    return known ? QCoreApplication::translate("AuditDiff", known) : action;
}
