#include "db/sql.h"
#include "domain/customer.h"
#include "domain/goods.h"
#include "domain/supplier.h"
#include "importrows.h"
#include "services/customerservice.h"
#include "services/supplierservice.h"

namespace {

// Reads the outcome of an update from the versions: the services leave an unchanged record alone.
template<typename Record> ImportOutcome outcomeOf(const Record& before, const Record& after)
{
    return after.version == before.version ? ImportOutcome::Unchanged : ImportOutcome::Updated;
}

class SupplierWriter : public ImportRowWriter
{
    Q_DECLARE_TR_FUNCTIONS(SupplierWriter)

public:
    using ImportRowWriter::ImportRowWriter;

    QString identity(const ImportRow& row) const override
    {
        return row.text(QStringLiteral("code")).toUpper();
    }

    Result<ImportOutcome> write(const ImportRow& row) override
    {
        const SupplierService suppliers(m_connection);
        const QString code = identity(row);
        if (code.isEmpty())
            return fieldError(SupplierRules::codeField, tr("Every row needs a supplier code."));
        auto stored = suppliers.findByCode(m_session, code);
        if (!stored && stored.error().kind != Error::Kind::NotFound)
            return stored.error();
        if (stored && m_existing == ImportOptions::Existing::Skip)
            return ImportOutcome::Skipped;
        SupplierDraft draft = stored ? stored->draft : SupplierDraft{};
        draft.code = code;
        if (!stored && row.text(QStringLiteral("name")).isEmpty())
            return fieldError(SupplierRules::nameField, tr("A new supplier needs a name."));
        for (const auto& [column, target] : {std::pair{QStringLiteral("name"), &draft.name},
                                             std::pair{QStringLiteral("contact"), &draft.contact},
                                             std::pair{QStringLiteral("phone"), &draft.phone},
                                             std::pair{QStringLiteral("email"), &draft.email},
                                             std::pair{QStringLiteral("address"), &draft.address},
                                             std::pair{QStringLiteral("payment_terms"), &draft.paymentTerms},
                                             std::pair{QStringLiteral("notes"), &draft.notes}}) {
            if (row.has(column))
                *target = row.text(column);
        }
        // An empty name keeps the stored one: a supplier must have one.
        if (stored && draft.name.isEmpty())
            draft.name = stored->draft.name;
        if (!stored) {
            auto created = suppliers.create(m_session, draft);
            if (!created)
                return created.error();
            return ImportOutcome::Created;
        }
        auto updated = suppliers.update(m_session, stored->id, stored->version, draft);
        if (!updated)
            return updated.error();
        return outcomeOf(stored.value(), updated.value());
    }
};

class SupplierGoodsWriter : public ImportRowWriter
{
    Q_DECLARE_TR_FUNCTIONS(SupplierGoodsWriter)

public:
    using ImportRowWriter::ImportRowWriter;

    QString identity(const ImportRow& row) const override
    {
        GoodsDraft goods;
        goods.sku = row.text(QStringLiteral("sku"));
        return row.text(QStringLiteral("supplier_code")).toUpper() + QLatin1Char('\n') +
               GoodsRules::normalized(goods).sku;
    }

    Result<ImportOutcome> write(const ImportRow& row) override
    {
        const SupplierService suppliers(m_connection);
        auto supplier = supplierOf(row.text(QStringLiteral("supplier_code")), QStringLiteral("supplier"));
        if (!supplier)
            return supplier.error();
        if (supplier.value() == 0)
            return fieldError(QStringLiteral("supplier"), tr("Every row needs a supplier code."));
        auto goods = goodsOf(row, SupplierRules::goodsField);
        if (!goods)
            return goods.error();
        auto stored = suppliers.offer(m_session, supplier.value(), goods.value());
        if (!stored && stored.error().kind != Error::Kind::NotFound)
            return stored.error();
        if (stored && m_existing == ImportOptions::Existing::Skip)
            return ImportOutcome::Skipped;
        SupplierOfferDraft draft = stored ? stored->draft : SupplierOfferDraft{};
        draft.supplierId = supplier.value();
        draft.goodsId = goods.value();
        if (row.has(QStringLiteral("supplier_sku")))
            draft.supplierSku = row.text(QStringLiteral("supplier_sku"));
        if (!row.text(QStringLiteral("cost")).isEmpty()) {
            auto cost = amount(row, QStringLiteral("cost"), SupplierRules::costField);
            if (!cost)
                return cost.error();
            draft.cost = cost.value();
        }
        if (row.has(QStringLiteral("lead_time_days"))) {
            const QString text = row.text(QStringLiteral("lead_time_days"));
            bool ok = false;
            const int days = text.toInt(&ok);
            if (text.isEmpty())
                draft.leadDays = -1;
            else if (!ok)
                return fieldError(SupplierRules::leadDaysField,
                                  tr("\"%1\" is not a whole number of days.").arg(text.left(40)));
            else
                draft.leadDays = days;
        }
        auto saved = suppliers.saveOffer(m_session, draft, stored ? stored->version : 0);
        if (!saved)
            return saved.error();
        if (!stored)
            return ImportOutcome::Created;
        return outcomeOf(stored.value(), saved.value());
    }
};

class CustomerWriter : public ImportRowWriter
{
    Q_DECLARE_TR_FUNCTIONS(CustomerWriter)

public:
    using ImportRowWriter::ImportRowWriter;

    QString identity(const ImportRow& row) const override
    {
        return row.text(QStringLiteral("code")).toUpper();
    }

    Result<ImportOutcome> write(const ImportRow& row) override
    {
        const CustomerService customers(m_connection);
        const QString code = identity(row);
        std::optional<CustomerRecord> stored;
        if (!code.isEmpty()) {
            auto found = customers.findByCode(m_session, code);
            if (!found && found.error().kind != Error::Kind::NotFound)
                return found.error();
            if (found)
                stored = found.value();
        }
        if (stored && m_existing == ImportOptions::Existing::Skip)
            return ImportOutcome::Skipped;
        CustomerDraft draft = stored ? stored->draft : CustomerDraft{};
        draft.code = code;
        for (const auto& [column, target] : {std::pair{QStringLiteral("name"), &draft.name},
                                             std::pair{QStringLiteral("phone"), &draft.phone},
                                             std::pair{QStringLiteral("email"), &draft.email}}) {
            if (row.has(column))
                *target = row.text(column);
        }
        if (stored && draft.name.isEmpty())
            draft.name = stored->draft.name;
        if (row.has(QStringLiteral("address")))
            setDefaultAddress(&draft, row.text(QStringLiteral("address")));
        if (!stored) {
            auto created = customers.create(m_session, draft);
            if (!created)
                return created.error();
            return ImportOutcome::Created;
        }
        auto updated = customers.update(m_session, stored->id, stored->version, draft);
        if (!updated)
            return updated.error();
        return outcomeOf(stored.value(), updated.value());
    }

private:
    // The file's one address is the customer's default one: changed in place, added when there is
    // none, and an empty cell removes it.
    static void setDefaultAddress(CustomerDraft* draft, const QString& address)
    {
        for (int i = 0; i < draft->addresses.size(); ++i) {
            if (!draft->addresses.at(i).isDefault)
                continue;
            if (address.isEmpty())
                draft->addresses.removeAt(i);
            else
                draft->addresses[i].address = address;
            return;
        }
        if (address.isEmpty())
            return;
        CustomerAddress added;
        added.address = address;
        added.isDefault = true;
        draft->addresses.prepend(added);
    }
};

} // namespace

std::unique_ptr<ImportRowWriter> ImportWriters::suppliers(const Connection& connection,
                                                          const Session& session,
                                                          ImportOptions::Existing existing)
{
    return std::make_unique<SupplierWriter>(connection, session, existing);
}

std::unique_ptr<ImportRowWriter> ImportWriters::supplierGoods(const Connection& connection,
                                                              const Session& session,
                                                              ImportOptions::Existing existing)
{
    return std::make_unique<SupplierGoodsWriter>(connection, session, existing);
}

std::unique_ptr<ImportRowWriter> ImportWriters::customers(const Connection& connection,
                                                          const Session& session,
                                                          ImportOptions::Existing existing)
{
    return std::make_unique<CustomerWriter>(connection, session, existing);
}
