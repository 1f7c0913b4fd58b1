#include "goodsservice.h"

#include "db/sql.h"
#include "domain/sortkey.h"
#include "goodscounts.h"
#include "writescope.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>

namespace {

const QString selectGoods = QStringLiteral(
    "SELECT g.id, g.sku, g.name, g.category_id, c.name, g.unit, g.price_cents, g.cost_cents, g.description, "
    "g.archived, g.created_at, g.updated_at, g.version, g.reorder_point, g.default_supplier_id, s.name, "
    "i.thumbnail FROM goods g LEFT JOIN categories c ON c.id = g.category_id "
    "LEFT JOIN suppliers s ON s.id = g.default_supplier_id LEFT JOIN goods_images i ON i.goods_id = g.id "
    "WHERE g.id = ?");

const QString insertGoods = QStringLiteral(
    "INSERT INTO goods (sku, barcode, name, category_id, unit, price_cents, cost_cents, description, "
    "reorder_point, "
    "default_supplier_id, archived, search_text, sort_en, sort_zh, created_at, updated_at, version) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?, 1)");

const QString updateAssignments =
    QStringLiteral("sku = ?, barcode = ?, name = ?, category_id = ?, unit = ?, price_cents = ?, cost_cents = "
                   "?, description = ?, "
                   "reorder_point = ?, default_supplier_id = ?, search_text = ?, sort_en = ?, sort_zh = ?");

QVariant nullableQuantity(const std::optional<qint64>& quantity)
{
    return quantity ? QVariant(*quantity) : QVariant(QMetaType(QMetaType::LongLong));
}

QVariantList draftValues(const GoodsDraft& d)
{
    return {d.sku,
            nullableText(d.primaryBarcode()),
            d.name,
            nullableId(d.categoryId),
            d.unit,
            d.price.cents(),
            d.cost.cents(),
            nullableText(d.description),
            nullableQuantity(d.reorderPoint),
            nullableId(d.defaultSupplierId),
            GoodsRules::searchText(d),
            SortKey::of(d.name, SortKey::Language::English),
            SortKey::of(d.name, SortKey::Language::Chinese)};
}

bool sameContent(const GoodsDraft& a, const GoodsDraft& b)
{
    return a.sku == b.sku && a.barcodes == b.barcodes && a.name == b.name && a.categoryId == b.categoryId &&
           a.unit == b.unit && a.price == b.price && a.cost == b.cost && a.description == b.description &&
           a.reorderPoint == b.reorderPoint && a.defaultSupplierId == b.defaultSupplierId;
}

QJsonObject toJson(const GoodsRecord& record)
{
    const GoodsDraft& d = record.draft;
    QJsonObject json = {{QStringLiteral("sku"), d.sku},
                        {QStringLiteral("barcodes"), QJsonArray::fromStringList(d.barcodes)},
                        {QStringLiteral("name"), d.name},
                        {QStringLiteral("category_id"), d.categoryId},
                        {QStringLiteral("unit"), d.unit},
                        {QStringLiteral("price_cents"), d.price.cents()},
                        {QStringLiteral("cost_cents"), d.cost.cents()},
                        {QStringLiteral("description"), d.description},
                        {QStringLiteral("default_supplier_id"), d.defaultSupplierId},
                        {QStringLiteral("image"), !record.thumbnail.isEmpty()},
                        {QStringLiteral("archived"), record.archived},
                        {QStringLiteral("version"), record.version}};
    if (d.reorderPoint)
        json.insert(QStringLiteral("reorder_point"), *d.reorderPoint);
    return json;
}

const QList<WriteScope::UniqueField>& uniqueFields()
{
    static const QList<WriteScope::UniqueField> fields = {
        {QStringLiteral("ux_goods_sku"), GoodsRules::skuField,
         GoodsService::tr("This SKU was just given to another item.")},
        {QStringLiteral("ux_goods_barcode"), GoodsRules::barcodeField,
         GoodsService::tr("This barcode was just given to another item.")},
        {QStringLiteral("ux_goods_barcodes_barcode"), GoodsRules::barcodeField,
         GoodsService::tr("This barcode was just given to another item.")},
    };
    return fields;
}

Error notFound()
{
    return Error::make(
        Error::Kind::NotFound,
        GoodsService::tr("This goods item no longer exists; someone may have deleted it. Refresh the list."));
}

} // namespace

Result<GoodsRecord> GoodsService::fetch(const Connection& connection, const Session& session, qint64 id,
                                        bool lock)
{
    GoodsRecord record;
    bool found = false;
    auto read = Sql::each(
        connection, selectGoods + (lock ? connection.sql().forUpdate(QStringLiteral("g")) : QString()), {id},
        [&](const QSqlQuery& q) {
            found = true;
            record.id = q.value(0).toLongLong();
            record.draft.sku = q.value(1).toString();
            record.draft.name = q.value(2).toString();
            record.draft.categoryId = q.value(3).toLongLong();
            record.categoryName = q.value(4).toString();
            record.draft.unit = q.value(5).toString();
            record.draft.price = Money::fromCents(q.value(6).toLongLong());
            record.costHidden = !session.can(Permission::ViewCosts);
            record.draft.cost = record.costHidden ? Money() : Money::fromCents(q.value(7).toLongLong());
            record.draft.description = q.value(8).toString();
            record.archived = q.value(9).toInt() != 0;
            record.createdAt = q.value(10).toLongLong();
            record.updatedAt = q.value(11).toLongLong();
            record.version = q.value(12).toInt();
            if (!q.value(13).isNull())
                record.draft.reorderPoint = q.value(13).toLongLong();
            record.draft.defaultSupplierId = q.value(14).toLongLong();
            record.defaultSupplierName = q.value(15).toString();
            record.thumbnail = q.value(16).toByteArray();
        });
    if (!read)
        return read.error();
    if (!found)
        return notFound();
    auto barcodes = Sql::each(
        connection, QStringLiteral("SELECT barcode FROM goods_barcodes WHERE goods_id = ? ORDER BY position"),
        {id}, [&](const QSqlQuery& q) { record.draft.barcodes << q.value(0).toString(); });
    if (!barcodes)
        return barcodes.error();
    return record;
}

Result<GoodsRecord> GoodsService::get(const Session& session, qint64 id) const
{
    if (auto allowed = requirePermission(session, Permission::ViewCatalogue); !allowed)
        return allowed.error();
    return fetch(m_connection, session, id, false);
}

Result<GoodsRecord> GoodsService::findByCode(const Session& session, const QString& code) const
{
    if (auto allowed = requirePermission(session, Permission::ViewCatalogue); !allowed)
        return allowed.error();
    const QString barcode = GoodsRules::normalizedBarcode(code);
    auto id = Sql::scalar(m_connection,
                          QStringLiteral("SELECT goods_id FROM goods_barcodes WHERE barcode = ?"), {barcode});
    if (!id)
        return id.error();
    if (!id.value().isValid()) {
        id = Sql::scalar(m_connection, QStringLiteral("SELECT id FROM goods WHERE sku = ?"),
                         {code.trimmed().toUpper()});
        if (!id)
            return id.error();
    }
    if (!id.value().isValid())
        return Error::make(
            Error::Kind::NotFound,
            tr("No goods item has the code %1. Check it, or add the item first.").arg(code.trimmed()));
    return fetch(m_connection, session, id.value().toLongLong(), false);
}

Result<GoodsImage> GoodsService::image(const Session& session, qint64 id) const
{
    if (auto allowed = requirePermission(session, Permission::ViewCatalogue); !allowed)
        return allowed.error();
    auto rows =
        Sql::exec(m_connection,
                  QStringLiteral("SELECT mime, image, thumbnail FROM goods_images WHERE goods_id = ?"), {id});
    if (!rows)
        return rows.error();
    if (!rows.value().next())
        return Error::make(Error::Kind::NotFound, tr("This item has no picture."));
    return GoodsImage{rows.value().value(0).toString(), rows.value().value(1).toByteArray(),
                      rows.value().value(2).toByteArray()};
}

Result<GoodsService::StoredNames> GoodsService::checkAgainstStored(const GoodsDraft& draft,
                                                                   qint64 exceptId) const
{
    QMap<QString, QString> fields;
    auto sku = Sql::scalar(m_connection, QStringLiteral("SELECT name FROM goods WHERE sku = ? AND id <> ?"),
                           {draft.sku, exceptId});
    if (!sku)
        return sku.error();
    if (sku.value().isValid())
        fields.insert(
            GoodsRules::skuField,
            tr("SKU %1 is already used by \"%2\"; choose another.").arg(draft.sku, sku.value().toString()));
    for (const QString& barcode : draft.barcodes) {
        auto owner = Sql::scalar(
            m_connection,
            QStringLiteral("SELECT g.name FROM goods_barcodes b JOIN goods g ON g.id = b.goods_id "
                           "WHERE b.barcode = ? AND b.goods_id <> ?"),
            {barcode, exceptId});
        if (!owner)
            return owner.error();
        if (owner.value().isValid()) {
            fields.insert(GoodsRules::barcodeField,
                          tr("Barcode %1 already belongs to \"%2\".").arg(barcode, owner.value().toString()));
            break;
        }
    }
    // The name of row ID, empty for none; nothing when the row is gone.
    const auto nameOf = [&](const QString& sql, qint64 id) -> Result<std::optional<QString>> {
        if (id == 0)
            return std::optional<QString>(QString());
        auto found = Sql::scalar(m_connection, sql, {id});
        if (!found)
            return found.error();
        if (!found.value().isValid())
            return std::optional<QString>();
        return std::optional<QString>(found.value().toString());
    };
    auto category = nameOf(QStringLiteral("SELECT name FROM categories WHERE id = ?"), draft.categoryId);
    if (!category)
        return category.error();
    if (!category.value())
        fields.insert(GoodsRules::categoryField, tr("This category was removed; choose another."));
    auto supplier =
        nameOf(QStringLiteral("SELECT name FROM suppliers WHERE id = ?"), draft.defaultSupplierId);
    if (!supplier)
        return supplier.error();
    if (!supplier.value())
        fields.insert(GoodsRules::supplierField, tr("This supplier was removed; choose another."));
    if (!fields.isEmpty())
        return Error::validation(fields, WriteScope::fieldsNeedAttention());
    return StoredNames{*category.value(), *supplier.value()};
}

Status GoodsService::writeBarcodes(qint64 id, const QStringList& barcodes) const
{
    if (auto done =
            Sql::change(m_connection, QStringLiteral("DELETE FROM goods_barcodes WHERE goods_id = ?"), {id});
        !done)
        return done.error();
    for (int position = 0; position < barcodes.size(); ++position) {
        auto done = Sql::change(
            m_connection,
            QStringLiteral("INSERT INTO goods_barcodes (goods_id, position, barcode) VALUES (?, ?, ?)"),
            {id, position, barcodes.at(position)});
        if (!done)
            return done.error();
    }
    return Done{};
}

Status GoodsService::writeImage(const WriteScope& scope, qint64 id, const GoodsImageChange& change) const
{
    if (change.kind == GoodsImageChange::Kind::Keep)
        return Done{};
    if (auto done =
            Sql::exec(m_connection, QStringLiteral("DELETE FROM goods_images WHERE goods_id = ?"), {id});
        !done)
        return done.error();
    if (change.kind == GoodsImageChange::Kind::Remove)
        return Done{};
    auto done =
        Sql::exec(m_connection,
                  QStringLiteral("INSERT INTO goods_images (goods_id, mime, image, thumbnail, updated_at) "
                                 "VALUES (?, ?, ?, ?, ?)"),
                  {id, change.image.mime, change.image.image, change.image.thumbnail, scope.now()});
    if (!done)
        return done.error();
    return Done{};
}

Status GoodsService::writeSearchAndSortKeys(const Connection& connection, qint64 id, const GoodsDraft& draft)
{
    auto done = Sql::change(
        connection, QStringLiteral("UPDATE goods SET search_text = ?, sort_en = ?, sort_zh = ? WHERE id = ?"),
        {GoodsRules::searchText(draft), SortKey::of(draft.name, SortKey::Language::English),
         SortKey::of(draft.name, SortKey::Language::Chinese), id});
    return done ? Status(Done{}) : Status(done.error());
}

Error GoodsService::conflict(const GoodsRecord& current)
{
    return WriteScope::conflict(
        tr("Someone else saved \"%1\" while you were editing it. Their version is shown next to "
           "yours: keep yours, take theirs, or combine them, then save again.")
            .arg(current.draft.name),
        QVariant::fromValue(current));
}

Result<GoodsRecord> GoodsService::create(const Session& session, const GoodsDraft& input,
                                         const GoodsImageChange& image) const
{
    WriteScope scope(m_connection, session, QStringLiteral("goods"));
    const GoodsDraft draft = GoodsRules::normalized(input);
    QMap<QString, QString> fields = GoodsRules::problems(draft);
    if (image.kind == GoodsImageChange::Kind::Set && !GoodsRules::imageProblem(image.image).isEmpty())
        fields.insert(GoodsRules::imageField, GoodsRules::imageProblem(image.image));
    // The permission comes first: a role that may not add goods learns nothing from field notes.
    if (auto begun = scope.begin({Permission::EditGoods, Permission::ChangePrices, Permission::ViewCosts});
        !begun)
        return begun.error();
    if (!fields.isEmpty())
        return Error::validation(fields, WriteScope::fieldsNeedAttention());
    auto names = checkAgainstStored(draft, 0);
    if (!names)
        return names.error();
    QVariantList values = draftValues(draft);
    values << scope.now() << scope.now();
    auto inserted = Sql::insert(m_connection, insertGoods, values);
    if (!inserted)
        return WriteScope::fieldOfDuplicate(inserted.error(), uniqueFields());
    const qint64 id = inserted.value();
    if (auto done = writeBarcodes(id, draft.barcodes); !done)
        return WriteScope::fieldOfDuplicate(done.error(), uniqueFields());
    if (auto done = writeImage(scope, id, image); !done)
        return done.error();
    if (auto counted = GoodsCounts::adjust(m_connection, draft.categoryId, false, 1); !counted)
        return counted.error();
    // The item as fetch() would read it back: an import creates a hundred thousand, and reading
    // each again cost a tenth of the time.
    GoodsRecord created;
    created.id = id;
    created.draft = draft;
    created.categoryName = names->category;
    created.defaultSupplierName = names->supplier;
    if (image.kind == GoodsImageChange::Kind::Set)
        created.thumbnail = image.image.thumbnail;
    created.createdAt = scope.now();
    created.updatedAt = scope.now();
    created.version = 1;
    if (auto audited = scope.audit(QString::number(id), QStringLiteral("create"), {}, toJson(created));
        !audited)
        return audited.error();
    if (auto committed = scope.commit(); !committed)
        return committed.error();
    return created;
}

WriteScope::Kind<GoodsRecord> GoodsService::kind(const Session& session, qint64 id) const
{
    return {[this, session, id](bool lock) { return fetch(m_connection, session, id, lock); }, &toJson,
            &conflict};
}

Result<GoodsRecord> GoodsService::update(const Session& session, qint64 id, int expectedVersion,
                                         const GoodsDraft& input, const GoodsImageChange& image) const
{
    WriteScope scope(m_connection, session, QStringLiteral("goods"));
    if (auto begun = scope.begin({Permission::EditGoods}); !begun)
        return begun.error();
    GoodsDraft draft = GoodsRules::normalized(input);
    const bool costHidden = !session.can(Permission::ViewCosts);
    // A role that may not see the cost cannot have changed it: keep the stored one.
    if (costHidden) {
        auto stored = fetch(m_connection, Session::maintenance(), id, false);
        if (!stored)
            return stored;
        draft.cost = stored->draft.cost;
    }
    QMap<QString, QString> fields = GoodsRules::problems(draft);
    if (image.kind == GoodsImageChange::Kind::Set && !GoodsRules::imageProblem(image.image).isEmpty())
        fields.insert(GoodsRules::imageField, GoodsRules::imageProblem(image.image));
    if (!fields.isEmpty())
        return Error::validation(fields, WriteScope::fieldsNeedAttention());
    return scope.edit<GoodsRecord>(
        QString::number(id), expectedVersion, QStringLiteral("update"), kind(session, id),
        [&](const GoodsRecord& before) -> Status {
            if (draft.price != before.draft.price || (!costHidden && draft.cost != before.draft.cost)) {
                if (auto allowed = requirePermission(session, Permission::ChangePrices); !allowed)
                    return allowed;
            }
            if (auto fits = checkAgainstStored(draft, id); !fits)
                return fits.error();
            if (auto updated =
                    scope.updateVersioned(QStringLiteral("goods"), updateAssignments, draftValues(draft), id,
                                          expectedVersion, conflict(before));
                !updated)
                return WriteScope::fieldOfDuplicate(updated.error(), uniqueFields());
            if (draft.barcodes != before.draft.barcodes) {
                if (auto done = writeBarcodes(id, draft.barcodes); !done)
                    return WriteScope::fieldOfDuplicate(done.error(), uniqueFields());
            }
            if (auto done = writeImage(scope, id, image); !done)
                return done;
            if (draft.categoryId == before.draft.categoryId)
                return Done{};
            if (auto counted =
                    GoodsCounts::adjust(m_connection, before.draft.categoryId, before.archived, -1);
                !counted)
                return counted;
            return GoodsCounts::adjust(m_connection, draft.categoryId, before.archived, 1);
        },
        [&](const GoodsRecord& before) {
            return sameContent(draft, before.draft) && image.kind == GoodsImageChange::Kind::Keep;
        });
}

Result<GoodsRecord> GoodsService::setArchived(const Session& session, qint64 id, int expectedVersion,
                                              bool archived) const
{
    WriteScope scope(m_connection, session, QStringLiteral("goods"));
    if (auto begun = scope.begin({Permission::ArchiveGoods}); !begun)
        return begun.error();
    return scope.edit<GoodsRecord>(
        QString::number(id), expectedVersion,
        archived ? QStringLiteral("archive") : QStringLiteral("restore"), kind(session, id),
        [&](const GoodsRecord& before) -> Status {
            if (auto updated =
                    scope.updateVersioned(QStringLiteral("goods"), QStringLiteral("archived = ?"),
                                          {archived ? 1 : 0}, id, expectedVersion, conflict(before));
                !updated)
                return updated;
            if (auto counted =
                    GoodsCounts::adjust(m_connection, before.draft.categoryId, before.archived, -1);
                !counted)
                return counted;
            return GoodsCounts::adjust(m_connection, before.draft.categoryId, archived, 1);
        },
        [&](const GoodsRecord& before) { return before.archived == archived; });
}

Status GoodsService::remove(const Session& session, qint64 id, int expectedVersion) const
{
    WriteScope scope(m_connection, session, QStringLiteral("goods"));
    if (auto begun = scope.begin({Permission::ArchiveGoods}); !begun)
        return begun;
    auto before = fetch(m_connection, session, id, true);
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
                               QStringLiteral("DELETE FROM goods_barcodes WHERE goods_id = ?"),
                               QStringLiteral("DELETE FROM goods_images WHERE goods_id = ?"),
                               QStringLiteral("DELETE FROM goods WHERE id = ?")}) {
        if (auto done = Sql::exec(m_connection, sql, {id}); !done)
            return done.error();
    }
    if (auto counted = GoodsCounts::adjust(m_connection, before->draft.categoryId, before->archived, -1);
        !counted)
        return counted.error();
    QJsonObject old = toJson(before.value());
    old.insert(QStringLiteral("supplier_offers"), offers.value().toLongLong());
    if (auto audited = scope.audit(QString::number(id), QStringLiteral("delete"), old, {}); !audited)
        return audited.error();
    return scope.commit();
}
