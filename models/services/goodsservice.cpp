#include "goodsservice.h"

#include "audit.h"
#include "db/sql.h"
#include "db/transaction.h"

#include <QDateTime>
#include <QJsonObject>
#include <QSqlQuery>

namespace {

const QString selectGoods = QStringLiteral(
    "SELECT g.id, g.sku, g.barcode, g.name, g.category_id, c.name, g.unit, g.price_cents, g.cost_cents, "
    "g.description, g.archived, g.created_at, g.updated_at, g.version "
    "FROM goods g LEFT JOIN categories c ON c.id = g.category_id WHERE g.id = ?");

const QString insertGoods = QStringLiteral(
    "INSERT INTO goods (sku, barcode, name, category_id, unit, price_cents, cost_cents, description, "
    "archived, search_text, created_at, updated_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, 1)");

const QString updateGoods = QStringLiteral(
    "UPDATE goods SET sku = ?, barcode = ?, name = ?, category_id = ?, unit = ?, price_cents = ?, "
    "cost_cents = ?, description = ?, search_text = ?, updated_at = ?, version = version + 1 "
    "WHERE id = ? AND version = ?");

QVariant nullable(const QString& text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

QVariant nullableId(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

bool sameContent(const GoodsDraft& a, const GoodsDraft& b)
{
    return a.sku == b.sku && a.barcode == b.barcode && a.name == b.name && a.categoryId == b.categoryId &&
           a.unit == b.unit && a.price == b.price && a.cost == b.cost && a.description == b.description;
}

QJsonObject toJson(const GoodsRecord& record)
{
    const GoodsDraft& d = record.draft;
    return {{QStringLiteral("sku"), d.sku},
            {QStringLiteral("barcode"), d.barcode},
            {QStringLiteral("name"), d.name},
            {QStringLiteral("category_id"), d.categoryId},
            {QStringLiteral("unit"), d.unit},
            {QStringLiteral("price_cents"), d.price.cents()},
            {QStringLiteral("cost_cents"), d.cost.cents()},
            {QStringLiteral("description"), d.description},
            {QStringLiteral("archived"), record.archived},
            {QStringLiteral("version"), record.version}};
}

} // namespace

Result<GoodsRecord> GoodsService::fetch(qint64 id, bool lock) const
{
    auto rows =
        Sql::exec(m_connection,
                  selectGoods + (lock ? m_connection.sql().forUpdate(QStringLiteral("g")) : QString()), {id});
    if (!rows)
        return rows.error();
    QSqlQuery& q = rows.value();
    if (!q.next())
        return Error::make(
            Error::Kind::NotFound,
            tr("This goods item no longer exists; someone may have deleted it. Refresh the list."));
    GoodsRecord record;
    record.id = q.value(0).toLongLong();
    record.draft.sku = q.value(1).toString();
    record.draft.barcode = q.value(2).toString();
    record.draft.name = q.value(3).toString();
    record.draft.categoryId = q.value(4).toLongLong();
    record.categoryName = q.value(5).toString();
    record.draft.unit = q.value(6).toString();
    record.draft.price = Money::fromCents(q.value(7).toLongLong());
    record.draft.cost = Money::fromCents(q.value(8).toLongLong());
    record.draft.description = q.value(9).toString();
    record.archived = q.value(10).toInt() != 0;
    record.createdAt = q.value(11).toLongLong();
    record.updatedAt = q.value(12).toLongLong();
    record.version = q.value(13).toInt();
    return record;
}

Result<GoodsRecord> GoodsService::get(qint64 id) const
{
    return fetch(id, false);
}

Status GoodsService::checkUnique(const GoodsDraft& draft, qint64 exceptId) const
{
    QMap<QString, QString> fields;
    auto sku = Sql::exec(m_connection, QStringLiteral("SELECT id, name FROM goods WHERE sku = ? AND id <> ?"),
                         {draft.sku, exceptId});
    if (!sku)
        return sku.error();
    if (sku.value().next())
        fields.insert(GoodsRules::skuField, tr("SKU %1 is already used by \"%2\"; choose another.")
                                                .arg(draft.sku, sku.value().value(1).toString()));
    if (!draft.barcode.isEmpty()) {
        auto barcode = Sql::exec(m_connection,
                                 QStringLiteral("SELECT id, name FROM goods WHERE barcode = ? AND id <> ?"),
                                 {draft.barcode, exceptId});
        if (!barcode)
            return barcode.error();
        if (barcode.value().next())
            fields.insert(
                GoodsRules::barcodeField,
                tr("This barcode already belongs to \"%1\".").arg(barcode.value().value(1).toString()));
    }
    if (!fields.isEmpty())
        return Error::validation(fields, tr("Some fields need attention."));
    return Done{};
}

Status GoodsService::checkAgainstStored(const GoodsDraft& draft, qint64 exceptId) const
{
    if (auto unique = checkUnique(draft, exceptId); !unique)
        return unique;
    return checkCategory(draft.categoryId);
}

Status GoodsService::checkCategory(qint64 categoryId) const
{
    if (categoryId == 0)
        return Done{};
    auto found =
        Sql::scalar(m_connection, QStringLiteral("SELECT id FROM categories WHERE id = ?"), {categoryId});
    if (!found)
        return found.error();
    if (!found.value().isValid())
        return Error::validation(
            {{GoodsRules::categoryField, tr("This category was removed; choose another.")}},
            tr("Some fields need attention."));
    return Done{};
}

Error GoodsService::conflict(const GoodsRecord& current) const
{
    return Error::make(
        Error::Kind::Conflict,
        tr("Someone else saved \"%1\" while you were editing it. Their version is shown next to "
           "yours: keep yours, take theirs, or combine them, then save again.")
            .arg(current.draft.name));
}

// A unique index can still refuse a save that raced past checkUnique(); say which field.
Error GoodsService::saveFailure(const Error& error) const
{
    if (error.kind != Error::Kind::Duplicate)
        return error;
    if (error.message.contains(QLatin1String("barcode")))
        return Error::validation(
            {{GoodsRules::barcodeField, tr("This barcode was just given to another item.")}},
            tr("Some fields need attention."));
    if (error.message.contains(QLatin1String("sku")) || error.message.contains(QLatin1String("SKU")))
        return Error::validation({{GoodsRules::skuField, tr("This SKU was just given to another item.")}},
                                 tr("Some fields need attention."));
    return error;
}

Result<GoodsRecord> GoodsService::create(const Session& session, const GoodsDraft& input) const
{
    for (Permission needed : {Permission::EditGoods, Permission::ChangePrices}) {
        if (auto allowed = requirePermission(session, needed); !allowed)
            return allowed.error();
    }
    const GoodsDraft draft = GoodsRules::normalized(input);
    if (auto fields = GoodsRules::problems(draft); !fields.isEmpty())
        return Error::validation(fields, tr("Some fields need attention."));

    Transaction transaction(m_connection);
    if (!transaction.ok())
        return transaction.error();
    if (auto fits = checkAgainstStored(draft, 0); !fits)
        return fits.error();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    auto inserted = Sql::insert(m_connection, insertGoods,
                                {draft.sku, nullable(draft.barcode), draft.name, nullableId(draft.categoryId),
                                 draft.unit, draft.price.cents(), draft.cost.cents(),
                                 nullable(draft.description), GoodsRules::searchText(draft), now, now});
    if (!inserted)
        return saveFailure(inserted.error());
    auto record = fetch(inserted.value(), false);
    if (!record)
        return record;
    if (auto audited =
            Audit::record(m_connection, session, QStringLiteral("goods"), QString::number(record->id),
                          QStringLiteral("create"), {}, toJson(record.value()));
        !audited)
        return audited.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return record;
}

Result<GoodsRecord> GoodsService::update(const Session& session, qint64 id, int expectedVersion,
                                         const GoodsDraft& input) const
{
    if (auto allowed = requirePermission(session, Permission::EditGoods); !allowed)
        return allowed.error();
    const GoodsDraft draft = GoodsRules::normalized(input);
    if (auto fields = GoodsRules::problems(draft); !fields.isEmpty())
        return Error::validation(fields, tr("Some fields need attention."));

    Transaction transaction(m_connection);
    if (!transaction.ok())
        return transaction.error();
    auto before = fetch(id, true);
    if (!before)
        return before;
    if (before->version != expectedVersion)
        return conflict(before.value());
    if (sameContent(draft, before->draft)) {
        // Nothing changed: no new version, no audit row. Committed all the same, so an enclosing
        // transaction (an import) does not take the unused one for a failed step.
        if (auto committed = transaction.commit(); !committed)
            return committed.error();
        return before;
    }
    if (draft.price != before->draft.price || draft.cost != before->draft.cost) {
        if (auto allowed = requirePermission(session, Permission::ChangePrices); !allowed)
            return allowed.error();
    }
    if (auto fits = checkAgainstStored(draft, id); !fits)
        return fits.error();
    auto updated =
        Sql::exec(m_connection, updateGoods,
                  {draft.sku, nullable(draft.barcode), draft.name, nullableId(draft.categoryId), draft.unit,
                   draft.price.cents(), draft.cost.cents(), nullable(draft.description),
                   GoodsRules::searchText(draft), QDateTime::currentMSecsSinceEpoch(), id, expectedVersion});
    if (!updated)
        return saveFailure(updated.error());
    if (updated.value().numRowsAffected() != 1) // the version guard: never overwrite another save
        return conflict(before.value());
    auto after = fetch(id, false);
    if (!after)
        return after;
    if (auto audited = Audit::record(m_connection, session, QStringLiteral("goods"), QString::number(id),
                                     QStringLiteral("update"), toJson(before.value()), toJson(after.value()));
        !audited)
        return audited.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return after;
}

Result<GoodsRecord> GoodsService::setArchived(const Session& session, qint64 id, int expectedVersion,
                                              bool archived) const
{
    if (auto allowed = requirePermission(session, Permission::ArchiveGoods); !allowed)
        return allowed.error();
    Transaction transaction(m_connection);
    if (!transaction.ok())
        return transaction.error();
    auto before = fetch(id, true);
    if (!before)
        return before;
    if (before->version != expectedVersion)
        return conflict(before.value());
    auto updated =
        Sql::exec(m_connection,
                  QStringLiteral("UPDATE goods SET archived = ?, updated_at = ?, version = version + 1 "
                                 "WHERE id = ? AND version = ?"),
                  {archived ? 1 : 0, QDateTime::currentMSecsSinceEpoch(), id, expectedVersion});
    if (!updated)
        return updated.error();
    if (updated.value().numRowsAffected() != 1)
        return conflict(before.value());
    auto after = fetch(id, false);
    if (!after)
        return after;
    if (auto audited = Audit::record(m_connection, session, QStringLiteral("goods"), QString::number(id),
                                     archived ? QStringLiteral("archive") : QStringLiteral("restore"),
                                     toJson(before.value()), toJson(after.value()));
        !audited)
        return audited.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return after;
}

Status GoodsService::remove(const Session& session, qint64 id, int expectedVersion) const
{
    if (auto allowed = requirePermission(session, Permission::ArchiveGoods); !allowed)
        return allowed.error();
    Transaction transaction(m_connection);
    if (!transaction.ok())
        return transaction.error();
    auto before = fetch(id, true);
    if (!before)
        return before.error();
    if (before->version != expectedVersion)
        return conflict(before.value());
    static const QStringList references = {
        QStringLiteral("SELECT COUNT(*) FROM order_lines WHERE goods_id = ?"),
        QStringLiteral("SELECT COUNT(*) FROM stock_movements WHERE goods_id = ?"),
        QStringLiteral("SELECT COUNT(*) FROM purchase_order_lines WHERE goods_id = ?"),
        QStringLiteral("SELECT COUNT(*) FROM stock_count_lines WHERE goods_id = ?"),
    };
    for (const QString& sql : references) {
        auto count = Sql::scalar(m_connection, sql, {id});
        if (!count)
            return count.error();
        if (count.value().toLongLong() > 0)
            return Error::make(
                Error::Kind::Validation,
                tr("\"%1\" appears in orders, stock or purchase orders, so it cannot be deleted. "
                   "Archive it instead: it leaves the list and its history stays.")
                    .arg(before->draft.name));
    }
    // Suppliers' offers of the item go with it; the audit row keeps how many there were.
    auto offers = Sql::scalar(m_connection,
                              QStringLiteral("SELECT COUNT(*) FROM supplier_goods WHERE goods_id = ?"), {id});
    if (!offers)
        return offers.error();
    for (const QString& sql : {QStringLiteral("DELETE FROM supplier_goods WHERE goods_id = ?"),
                               QStringLiteral("DELETE FROM stock_levels WHERE goods_id = ? AND quantity = 0"),
                               QStringLiteral("DELETE FROM goods WHERE id = ?")}) {
        if (auto done = Sql::exec(m_connection, sql, {id}); !done)
            return done.error();
    }
    QJsonObject old = toJson(before.value());
    old.insert(QStringLiteral("supplier_offers"), offers.value().toLongLong());
    if (auto audited = Audit::record(m_connection, session, QStringLiteral("goods"), QString::number(id),
                                     QStringLiteral("delete"), old, {});
        !audited)
        return audited.error();
    return transaction.commit();
}
