#include "customerservice.h"

#include "db/sql.h"
#include "domain/sortkey.h"
#include "domain/uuid7.h"
#include "rowcounts.h"
#include "writescope.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>

namespace {

const QString selectCustomer = QStringLiteral("SELECT id, code, name, phone, email, note, archived, "
                                              "merged_into, created_at, updated_at, version FROM customers "
                                              "WHERE id = ?");

const QString draftAssignments = QStringLiteral(
    "code = ?, name = ?, phone = ?, email = ?, note = ?, search_text = ?, sort_en = ?, sort_zh = ?");

QVariantList draftValues(const CustomerDraft& d)
{
    return {nullableText(d.code),
            d.name,
            nullableText(d.phone),
            nullableText(d.email),
            nullableText(d.note),
            CustomerRules::searchText(d),
            SortKey::of(d.name, SortKey::Language::English),
            SortKey::of(d.name, SortKey::Language::Chinese)};
}

QJsonObject toJson(const CustomerRecord& record)
{
    const CustomerDraft& d = record.draft;
    QJsonArray addresses;
    for (const CustomerAddress& address : d.addresses)
        addresses.append(QJsonObject{{QStringLiteral("label"), address.label},
                                     {QStringLiteral("recipient"), address.recipient},
                                     {QStringLiteral("phone"), address.phone},
                                     {QStringLiteral("address"), address.address},
                                     {QStringLiteral("default"), address.isDefault}});
    return {{QStringLiteral("code"), d.code},           {QStringLiteral("name"), d.name},
            {QStringLiteral("phone"), d.phone},         {QStringLiteral("email"), d.email},
            {QStringLiteral("note"), d.note},           {QStringLiteral("addresses"), addresses},
            {QStringLiteral("active"), record.active},  {QStringLiteral("merged_into"), record.mergedInto},
            {QStringLiteral("version"), record.version}};
}

bool sameContent(const CustomerDraft& a, const CustomerDraft& b)
{
    if (a.code != b.code || a.name != b.name || a.phone != b.phone || a.email != b.email ||
        a.note != b.note || a.addresses.size() != b.addresses.size())
        return false;
    for (int i = 0; i < a.addresses.size(); ++i) {
        const CustomerAddress& x = a.addresses.at(i);
        const CustomerAddress& y = b.addresses.at(i);
        if (x.label != y.label || x.recipient != y.recipient || x.phone != y.phone ||
            x.address != y.address || x.isDefault != y.isDefault)
            return false;
    }
    return true;
}

const QList<WriteScope::UniqueField>& uniqueFields()
{
    static const QList<WriteScope::UniqueField> fields = {
        {QStringLiteral("ux_customers_code"), CustomerRules::codeField,
         CustomerService::tr("This code was just given to another customer.")},
    };
    return fields;
}

} // namespace

Result<CustomerRecord> CustomerService::fetch(const Connection& connection, const QString& id, bool lock)
{
    auto rows = Sql::exec(
        connection,
        selectCustomer + (lock ? connection.sql().forUpdate(QStringLiteral("customers")) : QString()), {id});
    if (!rows)
        return rows.error();
    QSqlQuery& q = rows.value();
    if (!q.next())
        return Error::make(Error::Kind::NotFound,
                           CustomerService::tr("This customer no longer exists. Refresh the list."));
    CustomerRecord record;
    record.id = q.value(0).toString();
    record.draft.code = q.value(1).toString();
    record.draft.name = q.value(2).toString();
    record.draft.phone = q.value(3).toString();
    record.draft.email = q.value(4).toString();
    record.draft.note = q.value(5).toString();
    record.active = q.value(6).toInt() == 0;
    record.mergedInto = q.value(7).toString();
    record.createdAt = q.value(8).toLongLong();
    record.updatedAt = q.value(9).toLongLong();
    record.version = q.value(10).toInt();
    q.finish();
    auto addresses = Sql::exec(connection,
                               QStringLiteral("SELECT id, label, recipient, phone, address, is_default FROM "
                                              "customer_addresses WHERE customer_id = ? ORDER BY position"),
                               {id});
    if (!addresses)
        return addresses.error();
    while (addresses.value().next()) {
        const QSqlQuery& a = addresses.value();
        record.draft.addresses << CustomerAddress{a.value(0).toString(), a.value(1).toString(),
                                                  a.value(2).toString(), a.value(3).toString(),
                                                  a.value(4).toString(), a.value(5).toInt() != 0};
    }
    return record;
}

Result<CustomerRecord> CustomerService::get(const Session& session, const QString& id) const
{
    if (auto allowed = requirePermission(session, Permission::ManageCustomers); !allowed)
        return allowed.error();
    return fetch(m_connection, id, false);
}

Result<CustomerRecord> CustomerService::findByCode(const Session& session, const QString& code) const
{
    if (auto allowed = requirePermission(session, Permission::ManageCustomers); !allowed)
        return allowed.error();
    auto id = Sql::scalar(m_connection, QStringLiteral("SELECT id FROM customers WHERE code = ?"),
                          {code.trimmed().toUpper()});
    if (!id)
        return id.error();
    if (!id.value().isValid())
        return Error::make(Error::Kind::NotFound, tr("No customer has the code %1.").arg(code.trimmed()));
    return fetch(m_connection, id.value().toString(), false);
}

Status CustomerService::checkCodeFree(const CustomerDraft& draft, const QString& exceptId) const
{
    if (draft.code.isEmpty())
        return Done{};
    // A new customer has no id to leave out: "id <> NULL" would match no row and let the duplicate
    // through to the unique index, whose note cannot name the customer who has the code.
    auto taken =
        exceptId.isEmpty()
            ? Sql::exec(m_connection, QStringLiteral("SELECT name FROM customers WHERE code = ?"),
                        {draft.code})
            : Sql::exec(m_connection, QStringLiteral("SELECT name FROM customers WHERE code = ? AND id <> ?"),
                        {draft.code, exceptId});
    if (!taken)
        return taken.error();
    if (taken.value().next())
        return Error::validation(
            {{CustomerRules::codeField, tr("The code %1 is already used by \"%2\"; choose another.")
                                            .arg(draft.code, taken.value().value(0).toString())}},
            WriteScope::fieldsNeedAttention());
    return Done{};
}

Status CustomerService::writeAddresses(const QString& id, const QList<CustomerAddress>& addresses) const
{
    if (auto done = Sql::exec(m_connection,
                              QStringLiteral("DELETE FROM customer_addresses WHERE customer_id = ?"), {id});
        !done)
        return done.error();
    for (int position = 0; position < addresses.size(); ++position) {
        const CustomerAddress& a = addresses.at(position);
        auto done = Sql::exec(
            m_connection,
            QStringLiteral("INSERT INTO customer_addresses (id, customer_id, position, label, recipient, "
                           "phone, address, is_default) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
            {a.id.isEmpty() ? newUuid7() : a.id, id, position, nullableText(a.label),
             nullableText(a.recipient), nullableText(a.phone), a.address, a.isDefault ? 1 : 0});
        if (!done)
            return done.error();
    }
    return Done{};
}

Error CustomerService::conflict(const CustomerRecord& current) const
{
    return WriteScope::conflict(
        tr("Someone else saved \"%1\" while you were editing it. Their version is shown next to "
           "yours: keep yours, take theirs, or combine them, then save again.")
            .arg(current.draft.name),
        QVariant::fromValue(current));
}

Result<CustomerRecord> CustomerService::create(const Session& session, const CustomerDraft& input) const
{
    WriteScope scope(m_connection, session, QStringLiteral("customer"));
    if (auto begun = scope.begin({Permission::ManageCustomers}); !begun)
        return begun.error();
    const CustomerDraft draft = CustomerRules::normalized(input);
    if (auto fields = CustomerRules::problems(draft); !fields.isEmpty())
        return Error::validation(fields, WriteScope::fieldsNeedAttention());
    if (auto free = checkCodeFree(draft, QString()); !free)
        return free.error();
    const QString id = newUuid7();
    QVariantList values = {id};
    values << draftValues(draft) << scope.now() << scope.now();
    auto inserted =
        Sql::exec(m_connection,
                  QStringLiteral("INSERT INTO customers (id, code, name, phone, email, note, search_text, "
                                 "sort_en, sort_zh, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, "
                                 "?, ?, ?)"),
                  values);
    if (!inserted)
        return WriteScope::fieldOfDuplicate(inserted.error(), uniqueFields());
    if (auto done = writeAddresses(id, draft.addresses); !done)
        return done.error();
    if (auto counted = RowCounts::adjust(m_connection, QStringLiteral("customers"), false, 1); !counted)
        return counted.error();
    auto record = fetch(m_connection, id, false);
    if (!record)
        return record;
    if (auto audited = scope.audit(id, QStringLiteral("create"), {}, toJson(record.value())); !audited)
        return audited.error();
    if (auto committed = scope.commit(); !committed)
        return committed.error();
    return record;
}

WriteScope::Kind<CustomerRecord> CustomerService::kind(const QString& id) const
{
    return {[this, id](bool lock) { return fetch(m_connection, id, lock); }, &toJson,
            [this](const CustomerRecord& current) { return conflict(current); }};
}

Result<CustomerRecord> CustomerService::update(const Session& session, const QString& id, int expectedVersion,
                                               const CustomerDraft& input) const
{
    WriteScope scope(m_connection, session, QStringLiteral("customer"));
    if (auto begun = scope.begin({Permission::ManageCustomers}); !begun)
        return begun.error();
    const CustomerDraft draft = CustomerRules::normalized(input);
    if (auto fields = CustomerRules::problems(draft); !fields.isEmpty())
        return Error::validation(fields, WriteScope::fieldsNeedAttention());
    return scope.edit<CustomerRecord>(
        id, expectedVersion, QStringLiteral("update"), kind(id),
        [&](const CustomerRecord& before) -> Status {
            if (auto free = checkCodeFree(draft, id); !free)
                return free;
            if (auto updated =
                    scope.updateVersioned(QStringLiteral("customers"), draftAssignments, draftValues(draft),
                                          id, expectedVersion, conflict(before));
                !updated)
                return WriteScope::fieldOfDuplicate(updated.error(), uniqueFields());
            return writeAddresses(id, draft.addresses);
        },
        [&](const CustomerRecord& before) { return sameContent(draft, before.draft); });
}

Result<CustomerRecord> CustomerService::setActive(const Session& session, const QString& id,
                                                  int expectedVersion, bool active) const
{
    WriteScope scope(m_connection, session, QStringLiteral("customer"));
    if (auto begun = scope.begin({Permission::ManageCustomers}); !begun)
        return begun.error();
    return scope.edit<CustomerRecord>(
        id, expectedVersion, active ? QStringLiteral("activate") : QStringLiteral("deactivate"), kind(id),
        [&](const CustomerRecord& before) -> Status {
            if (active && !before.mergedInto.isEmpty())
                return Error::make(Error::Kind::Validation,
                                   tr("\"%1\" was merged into another customer; open that one instead.")
                                       .arg(before.draft.name));
            if (auto updated =
                    scope.updateVersioned(QStringLiteral("customers"), QStringLiteral("archived = ?"),
                                          {active ? 0 : 1}, id, expectedVersion, conflict(before));
                !updated)
                return updated;
            return RowCounts::moved(m_connection, QStringLiteral("customers"), !before.active, !active);
        },
        [&](const CustomerRecord& before) { return before.active == active; });
}

Result<CustomerRecord> CustomerService::merge(const Session& session, const QString& survivorId,
                                              int survivorVersion, const QString& duplicateId,
                                              int duplicateVersion) const
{
    WriteScope scope(m_connection, session, QStringLiteral("customer"));
    if (auto begun = scope.begin({Permission::ManageCustomers, Permission::MergeCustomers}); !begun)
        return begun.error();
    if (survivorId == duplicateId)
        return Error::make(Error::Kind::Validation, tr("Choose two different customers to merge."));
    // Locked in id order, so two merges of the same pair from two desks cannot deadlock.
    const bool survivorFirst = survivorId < duplicateId;
    auto first = fetch(m_connection, survivorFirst ? survivorId : duplicateId, true);
    if (!first)
        return first;
    auto second = fetch(m_connection, survivorFirst ? duplicateId : survivorId, true);
    if (!second)
        return second;
    const CustomerRecord survivor = survivorFirst ? first.value() : second.value();
    const CustomerRecord duplicate = survivorFirst ? second.value() : first.value();
    if (survivor.version != survivorVersion)
        return conflict(survivor);
    if (duplicate.version != duplicateVersion)
        return conflict(duplicate);
    if (!survivor.mergedInto.isEmpty() || !duplicate.mergedInto.isEmpty())
        return Error::make(
            Error::Kind::Validation,
            tr("One of these customers was merged already; refresh the list and choose again."));

    CustomerDraft merged = survivor.draft;
    for (const auto& [mine, theirs] :
         {std::pair{&merged.phone, duplicate.draft.phone}, std::pair{&merged.email, duplicate.draft.email},
          std::pair{&merged.note, duplicate.draft.note}}) {
        if (mine->isEmpty())
            *mine = theirs;
    }
    for (CustomerAddress address : duplicate.draft.addresses) {
        const bool known =
            std::any_of(merged.addresses.cbegin(), merged.addresses.cend(),
                        [&](const CustomerAddress& a) { return a.address == address.address; });
        if (!known) {
            address.id.clear();
            address.isDefault = false;
            merged.addresses << address;
        }
    }
    merged = CustomerRules::normalized(merged);
    if (merged.addresses.size() > CustomerRules::maxAddresses)
        merged.addresses = merged.addresses.mid(0, CustomerRules::maxAddresses);

    if (auto updated =
            scope.updateVersioned(QStringLiteral("customers"), draftAssignments, draftValues(merged),
                                  survivorId, survivorVersion, conflict(survivor));
        !updated)
        return updated.error();
    if (auto done = writeAddresses(survivorId, merged.addresses); !done)
        return done.error();
    for (const auto& [sql, values] :
         {std::pair{QStringLiteral("UPDATE orders SET customer_id = ? WHERE customer_id = ?"),
                    QVariantList{survivorId, duplicateId}},
          std::pair{QStringLiteral("DELETE FROM customer_addresses WHERE customer_id = ?"),
                    QVariantList{duplicateId}}}) {
        if (auto done = Sql::exec(m_connection, sql, values); !done)
            return done.error();
    }
    if (auto updated = scope.updateVersioned(QStringLiteral("customers"),
                                             QStringLiteral("archived = 1, merged_into = ?"), {survivorId},
                                             duplicateId, duplicateVersion, conflict(duplicate));
        !updated)
        return updated.error();
    if (auto counted = RowCounts::moved(m_connection, QStringLiteral("customers"), !duplicate.active, true);
        !counted)
        return counted.error();
    auto after = fetch(m_connection, survivorId, false);
    if (!after)
        return after;
    auto gone = fetch(m_connection, duplicateId, false);
    if (!gone)
        return gone;
    if (auto audited =
            scope.audit(survivorId, QStringLiteral("merge"), toJson(survivor), toJson(after.value()));
        !audited)
        return audited.error();
    if (auto audited =
            scope.audit(duplicateId, QStringLiteral("merged"), toJson(duplicate), toJson(gone.value()));
        !audited)
        return audited.error();
    if (auto committed = scope.commit(); !committed)
        return committed.error();
    return after;
}
