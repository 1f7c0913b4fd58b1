#include "supplierservice.h"

#include "db/sql.h"
#include "domain/sortkey.h"
#include "rowcounts.h"
#include "writescope.h"

#include <QJsonObject>
#include <QSqlQuery>

namespace {

const QString selectSupplier = QStringLiteral("SELECT id, code, name, contact_name, phone, email, address, "
                                              "payment_terms, note, archived, created_at, updated_at, "
                                              "version FROM suppliers WHERE id = ?");

const QString selectOffers =
    QStringLiteral("SELECT o.supplier_id, o.goods_id, o.supplier_sku, o.cost_cents, "
                   "o.lead_days, o.version, s.code, s.name, g.sku, "
                   "g.name, o.updated_at FROM supplier_goods o JOIN suppliers s ON s.id = "
                   "o.supplier_id JOIN goods g ON g.id = o.goods_id ");

const QString draftAssignments = QStringLiteral(
    "code = ?, name = ?, contact_name = ?, phone = ?, email = ?, address = ?, payment_terms = ?, note = ?, "
    "search_text = ?, sort_en = ?, sort_zh = ?");

QVariantList draftValues(const SupplierDraft& d)
{
    return {d.code,
            d.name,
            nullableText(d.contact),
            nullableText(d.phone),
            nullableText(d.email),
            nullableText(d.address),
            nullableText(d.paymentTerms),
            nullableText(d.notes),
            SupplierRules::searchText(d),
            SortKey::of(d.name, SortKey::Language::English),
            SortKey::of(d.name, SortKey::Language::Chinese)};
}

QJsonObject toJson(const SupplierRecord& record)
{
    const SupplierDraft& d = record.draft;
    return {{QStringLiteral("code"), d.code},
            {QStringLiteral("name"), d.name},
            {QStringLiteral("contact"), d.contact},
            {QStringLiteral("phone"), d.phone},
            {QStringLiteral("email"), d.email},
            {QStringLiteral("address"), d.address},
            {QStringLiteral("payment_terms"), d.paymentTerms},
            {QStringLiteral("notes"), d.notes},
            {QStringLiteral("archived"), record.archived},
            {QStringLiteral("version"), record.version}};
}

QJsonObject toJson(const SupplierOffer& offer)
{
    return {{QStringLiteral("supplier_id"), offer.draft.supplierId},
            {QStringLiteral("goods_id"), offer.draft.goodsId},
            {QStringLiteral("supplier_sku"), offer.draft.supplierSku},
            {QStringLiteral("cost_cents"), offer.draft.cost.cents()},
            {QStringLiteral("lead_days"), offer.draft.leadDays},
            {QStringLiteral("version"), offer.version}};
}

bool sameContent(const SupplierDraft& a, const SupplierDraft& b)
{
    return a.code == b.code && a.name == b.name && a.contact == b.contact && a.phone == b.phone &&
           a.email == b.email && a.address == b.address && a.paymentTerms == b.paymentTerms &&
           a.notes == b.notes;
}

SupplierOffer readOffer(const QSqlQuery& q, bool costHidden)
{
    SupplierOffer offer;
    offer.draft.supplierId = q.value(0).toLongLong();
    offer.draft.goodsId = q.value(1).toLongLong();
    offer.draft.supplierSku = q.value(2).toString();
    offer.costHidden = costHidden;
    offer.draft.cost = costHidden ? Money() : Money::fromCents(q.value(3).toLongLong());
    offer.draft.leadDays = q.value(4).isNull() ? -1 : q.value(4).toInt();
    offer.version = q.value(5).toInt();
    offer.supplierCode = q.value(6).toString();
    offer.supplierName = q.value(7).toString();
    offer.goodsSku = q.value(8).toString();
    offer.goodsName = q.value(9).toString();
    offer.updatedAt = q.value(10).toLongLong();
    return offer;
}

} // namespace

QList<WriteScope::UniqueField> SupplierService::uniqueFields()
{
    // Made on each call, not kept: the messages follow a change of the interface's language.
    return {
        {QStringLiteral("ux_suppliers_code"), SupplierRules::codeField,
         tr("This code was just given to another supplier.")},
        {QStringLiteral("ux_supplier_goods_sku"), SupplierRules::supplierSkuField,
         tr("This supplier already uses this SKU for another item.")},
    };
}

Result<SupplierRecord> SupplierService::fetch(const Connection& connection, qint64 id, bool lock)
{
    auto rows = Sql::exec(
        connection,
        selectSupplier + (lock ? connection.sql().forUpdate(QStringLiteral("suppliers")) : QString()), {id});
    if (!rows)
        return rows.error();
    QSqlQuery& q = rows.value();
    if (!q.next())
        return Error::make(Error::Kind::NotFound, tr("This supplier no longer exists. Refresh the list."));
    SupplierRecord record;
    record.id = q.value(0).toLongLong();
    record.draft.code = q.value(1).toString();
    record.draft.name = q.value(2).toString();
    record.draft.contact = q.value(3).toString();
    record.draft.phone = q.value(4).toString();
    record.draft.email = q.value(5).toString();
    record.draft.address = q.value(6).toString();
    record.draft.paymentTerms = q.value(7).toString();
    record.draft.notes = q.value(8).toString();
    record.archived = q.value(9).toInt() != 0;
    record.createdAt = q.value(10).toLongLong();
    record.updatedAt = q.value(11).toLongLong();
    record.version = q.value(12).toInt();
    return record;
}

Result<SupplierRecord> SupplierService::get(const Session& session, qint64 id) const
{
    if (auto allowed = requirePermission(session, Permission::ManageSuppliers); !allowed)
        return allowed.error();
    return fetch(m_connection, id, false);
}

Result<SupplierRecord> SupplierService::findByCode(const Session& session, const QString& code) const
{
    if (auto allowed = requirePermission(session, Permission::ManageSuppliers); !allowed)
        return allowed.error();
    auto id = Sql::scalar(m_connection, QStringLiteral("SELECT id FROM suppliers WHERE code = ?"),
                          {code.trimmed().toUpper()});
    if (!id)
        return id.error();
    if (!id.value().isValid())
        return Error::make(Error::Kind::NotFound, tr("No supplier has the code %1.").arg(code.trimmed()));
    return fetch(m_connection, id.value().toLongLong(), false);
}

Result<QString> SupplierService::suggestCode(const Session& session) const
{
    if (auto allowed = requirePermission(session, Permission::ManageSuppliers); !allowed)
        return allowed.error();
    // Codes S00001 ... S99999 sort by number as text; the highest of that shape gives the next.
    auto highest = Sql::scalar(
        m_connection,
        QStringLiteral("SELECT MAX(code) FROM suppliers WHERE code >= 'S00000' AND code <= 'S99999'"));
    if (!highest)
        return highest.error();
    bool number = false;
    const int last = highest.value().toString().mid(1).toInt(&number);
    return QStringLiteral("S%1").arg(number ? last + 1 : 1, 5, 10, QLatin1Char('0'));
}

Status SupplierService::checkCodeFree(const SupplierDraft& draft, qint64 exceptId) const
{
    auto taken =
        Sql::exec(m_connection, QStringLiteral("SELECT name FROM suppliers WHERE code = ? AND id <> ?"),
                  {draft.code, exceptId});
    if (!taken)
        return taken.error();
    if (taken.value().next())
        return Error::validation(
            {{SupplierRules::codeField, tr("The code %1 is already used by \"%2\"; choose another.")
                                            .arg(draft.code, taken.value().value(0).toString())}},
            WriteScope::fieldsNeedAttention());
    return Done{};
}

Error SupplierService::conflict(const SupplierRecord& current) const
{
    return WriteScope::conflict(
        tr("Someone else saved \"%1\" while you were editing it. Their version is shown next to "
           "yours: keep yours, take theirs, or combine them, then save again.")
            .arg(current.draft.name),
        QVariant::fromValue(current));
}

Result<SupplierRecord> SupplierService::create(const Session& session, const SupplierDraft& input) const
{
    WriteScope scope(m_connection, session, QStringLiteral("supplier"));
    if (auto begun = scope.begin({Permission::ManageSuppliers}); !begun)
        return begun.error();
    const SupplierDraft draft = SupplierRules::normalized(input);
    if (auto fields = SupplierRules::problems(draft); !fields.isEmpty())
        return Error::validation(fields, WriteScope::fieldsNeedAttention());
    if (auto free = checkCodeFree(draft, 0); !free)
        return free.error();
    QVariantList values = draftValues(draft);
    values << scope.now() << scope.now();
    auto id = Sql::insert(
        m_connection,
        QStringLiteral("INSERT INTO suppliers (code, name, contact_name, phone, email, address, "
                       "payment_terms, note, search_text, sort_en, sort_zh, created_at, updated_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        values);
    if (!id)
        return WriteScope::fieldOfDuplicate(id.error(), uniqueFields());
    if (auto counted = RowCounts::adjust(m_connection, QStringLiteral("suppliers"), false, 1); !counted)
        return counted.error();
    auto record = fetch(m_connection, id.value(), false);
    if (!record)
        return record;
    if (auto audited =
            scope.audit(QString::number(id.value()), QStringLiteral("create"), {}, toJson(record.value()));
        !audited)
        return audited.error();
    if (auto committed = scope.commit(); !committed)
        return committed.error();
    return record;
}

WriteScope::Kind<SupplierRecord> SupplierService::kind(qint64 id) const
{
    return {[this, id](bool lock) { return fetch(m_connection, id, lock); },
            [](const SupplierRecord& record) { return toJson(record); },
            [this](const SupplierRecord& current) { return conflict(current); }};
}

Result<SupplierRecord> SupplierService::update(const Session& session, qint64 id, int expectedVersion,
                                               const SupplierDraft& input) const
{
    WriteScope scope(m_connection, session, QStringLiteral("supplier"));
    if (auto begun = scope.begin({Permission::ManageSuppliers}); !begun)
        return begun.error();
    const SupplierDraft draft = SupplierRules::normalized(input);
    if (auto fields = SupplierRules::problems(draft); !fields.isEmpty())
        return Error::validation(fields, WriteScope::fieldsNeedAttention());
    return scope.edit<SupplierRecord>(
        QString::number(id), expectedVersion, QStringLiteral("update"), kind(id),
        [&](const SupplierRecord& before) -> Status {
            if (auto free = checkCodeFree(draft, id); !free)
                return free;
            auto updated = scope.updateVersioned(QStringLiteral("suppliers"), draftAssignments,
                                                 draftValues(draft), id, expectedVersion, conflict(before));
            return updated ? updated : Status(WriteScope::fieldOfDuplicate(updated.error(), uniqueFields()));
        },
        [&](const SupplierRecord& before) { return sameContent(draft, before.draft); });
}

Result<SupplierRecord> SupplierService::setArchived(const Session& session, qint64 id, int expectedVersion,
                                                    bool archived) const
{
    WriteScope scope(m_connection, session, QStringLiteral("supplier"));
    if (auto begun = scope.begin({Permission::ManageSuppliers}); !begun)
        return begun.error();
    return scope.edit<SupplierRecord>(
        QString::number(id), expectedVersion,
        archived ? QStringLiteral("archive") : QStringLiteral("restore"), kind(id),
        [&](const SupplierRecord& before) -> Status {
            if (auto updated =
                    scope.updateVersioned(QStringLiteral("suppliers"), QStringLiteral("archived = ?"),
                                          {archived ? 1 : 0}, id, expectedVersion, conflict(before));
                !updated)
                return updated;
            return RowCounts::moved(m_connection, QStringLiteral("suppliers"), before.archived, archived);
        },
        [&](const SupplierRecord& before) { return before.archived == archived; });
}

Result<QList<SupplierOffer>> SupplierService::suppliersOf(const Session& session, qint64 goodsId) const
{
    if (auto allowed = requirePermission(session, Permission::ViewCatalogue); !allowed)
        return allowed.error();
    auto rows = Sql::exec(m_connection,
                          selectOffers + QStringLiteral("WHERE o.goods_id = ? ORDER BY o.cost_cents, s.code"),
                          {goodsId});
    if (!rows)
        return rows.error();
    QList<SupplierOffer> offers;
    while (rows.value().next())
        offers << readOffer(rows.value(), !session.can(Permission::ViewCosts));
    return offers;
}

Result<SupplierOffer> SupplierService::fetchOffer(const Session& session, qint64 supplierId, qint64 goodsId,
                                                  bool lock) const
{
    auto rows = Sql::exec(m_connection,
                          selectOffers + QStringLiteral("WHERE o.supplier_id = ? AND o.goods_id = ?") +
                              (lock ? m_connection.sql().forUpdate(QStringLiteral("o")) : QString()),
                          {supplierId, goodsId});
    if (!rows)
        return rows.error();
    if (!rows.value().next())
        return Error::make(Error::Kind::NotFound,
                           tr("This supplier no longer offers this item. Refresh the list."));
    return readOffer(rows.value(), !session.can(Permission::ViewCosts));
}

Result<SupplierOffer> SupplierService::offer(const Session& session, qint64 supplierId, qint64 goodsId) const
{
    if (auto allowed = requirePermission(session, Permission::ManageSuppliers); !allowed)
        return allowed.error();
    return fetchOffer(session, supplierId, goodsId, false);
}

Result<SupplierOffer> SupplierService::saveOffer(const Session& session, const SupplierOfferDraft& input,
                                                 int expectedVersion) const
{
    WriteScope scope(m_connection, session, QStringLiteral("supplier_offer"));
    if (auto begun = scope.begin({Permission::ManageSuppliers, Permission::ViewCosts}); !begun)
        return begun.error();
    const SupplierOfferDraft draft = SupplierRules::normalized(input);
    if (auto fields = SupplierRules::problems(draft); !fields.isEmpty())
        return Error::validation(fields, WriteScope::fieldsNeedAttention());
    for (const auto& [sql, id, field, message] :
         {std::tuple{QStringLiteral("SELECT id FROM suppliers WHERE id = ?"), draft.supplierId,
                     SupplierRules::codeField, tr("This supplier no longer exists.")},
          std::tuple{QStringLiteral("SELECT id FROM goods WHERE id = ?"), draft.goodsId,
                     SupplierRules::goodsField, tr("This goods item no longer exists.")}}) {
        auto found = Sql::scalar(m_connection, sql, {id});
        if (!found)
            return found.error();
        if (!found.value().isValid())
            return Error::validation({{field, message}}, WriteScope::fieldsNeedAttention());
    }
    const QString key = QStringLiteral("%1/%2").arg(draft.supplierId).arg(draft.goodsId);
    const QVariant leadDays =
        draft.leadDays < 0 ? QVariant(QMetaType(QMetaType::Int)) : QVariant(draft.leadDays);
    auto existing = fetchOffer(session, draft.supplierId, draft.goodsId, true);
    if (!existing && existing.error().kind != Error::Kind::NotFound)
        return existing.error();
    if (expectedVersion == 0) {
        if (existing)
            return WriteScope::conflict(tr("\"%1\" already offers \"%2\"; open that offer to change it.")
                                            .arg(existing->supplierName, existing->goodsName),
                                        QVariant::fromValue(existing.value()));
        auto inserted = Sql::exec(
            m_connection,
            QStringLiteral("INSERT INTO supplier_goods (supplier_id, goods_id, supplier_sku, "
                           "cost_cents, lead_days, version, updated_at) VALUES (?, ?, ?, ?, ?, 1, ?)"),
            {draft.supplierId, draft.goodsId, nullableText(draft.supplierSku), draft.cost.cents(), leadDays,
             scope.now()});
        if (!inserted)
            return WriteScope::fieldOfDuplicate(inserted.error(), uniqueFields());
    } else {
        if (!existing)
            return existing.error();
        if (existing->version != expectedVersion)
            return WriteScope::conflict(
                tr("Someone else changed this offer a moment ago; it now shows their version."),
                QVariant::fromValue(existing.value()));
        auto updated = Sql::exec(
            m_connection,
            QStringLiteral("UPDATE supplier_goods SET supplier_sku = ?, cost_cents = ?, lead_days = ?, "
                           "version = version + 1, updated_at = ? WHERE supplier_id = ? AND "
                           "goods_id = ? AND version = ?"),
            {nullableText(draft.supplierSku), draft.cost.cents(), leadDays, scope.now(), draft.supplierId,
             draft.goodsId, expectedVersion});
        if (!updated)
            return WriteScope::fieldOfDuplicate(updated.error(), uniqueFields());
    }
    auto after = fetchOffer(session, draft.supplierId, draft.goodsId, false);
    if (!after)
        return after;
    if (auto audited =
            scope.audit(key, expectedVersion == 0 ? QStringLiteral("create") : QStringLiteral("update"),
                        existing ? toJson(existing.value()) : QJsonObject(), toJson(after.value()));
        !audited)
        return audited.error();
    if (auto committed = scope.commit(); !committed)
        return committed.error();
    return after;
}

Status SupplierService::removeOffer(const Session& session, qint64 supplierId, qint64 goodsId,
                                    int expectedVersion) const
{
    WriteScope scope(m_connection, session, QStringLiteral("supplier_offer"));
    if (auto begun = scope.begin({Permission::ManageSuppliers}); !begun)
        return begun;
    auto existing = fetchOffer(session, supplierId, goodsId, true);
    if (!existing)
        return existing.error();
    if (existing->version != expectedVersion)
        return WriteScope::conflict(tr("Someone else changed this offer a moment ago; look at it again."),
                                    QVariant::fromValue(existing.value()));
    if (auto done = Sql::exec(
            m_connection, QStringLiteral("DELETE FROM supplier_goods WHERE supplier_id = ? AND goods_id = ?"),
            {supplierId, goodsId});
        !done)
        return done.error();
    if (auto audited = scope.audit(QStringLiteral("%1/%2").arg(supplierId).arg(goodsId),
                                   QStringLiteral("delete"), toJson(existing.value()), {});
        !audited)
        return audited;
    return scope.commit();
}
