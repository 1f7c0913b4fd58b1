// What check recomputes row by row: the documents the search index holds and the sort keys lists
// sort by, which the services derive from the names and codes, and the goods' barcodes.
#include "db/sql.h"
#include "domain/customer.h"
#include "domain/goods.h"
#include "domain/sortkey.h"
#include "domain/supplier.h"
#include "integritycheck.h"

#include <QSqlQuery>

namespace {

bool sortKeysCurrent(const QString& name, const QVariant& english, const QVariant& chinese)
{
    return SortKey::of(name, SortKey::Language::English) == english.toByteArray() &&
           SortKey::of(name, SortKey::Language::Chinese) == chinese.toByteArray();
}

Status checkGoods(const Connection& connection, QStringList* findings)
{
    // One row per barcode, in order: the rows of an item arrive together.
    auto rows =
        Sql::exec(connection,
                  QStringLiteral("SELECT g.id, g.sku, g.name, g.search_text, g.sort_en, g.sort_zh, b.barcode "
                                 "FROM goods g LEFT JOIN goods_barcodes b ON b.goods_id = g.id "
                                 "ORDER BY g.id, b.position"));
    if (!rows)
        return rows.error();
    QSqlQuery& q = rows.value();
    bool more = q.next();
    while (more) {
        const qint64 id = q.value(0).toLongLong();
        GoodsDraft draft;
        draft.sku = q.value(1).toString();
        draft.name = q.value(2).toString();
        const QString searchText = q.value(3).toString();
        const QVariant english = q.value(4);
        const QVariant chinese = q.value(5);
        while (more && q.value(0).toLongLong() == id) {
            if (!q.value(6).isNull())
                draft.barcodes << q.value(6).toString();
            more = q.next();
        }
        for (const QString& barcode : qAsConst(draft.barcodes)) {
            if (QString problem = GoodsRules::barcodeProblem(barcode); !problem.isEmpty())
                *findings << IntegrityCheck::tr("Goods %1 has an invalid barcode %2: %3")
                                 .arg(draft.sku, barcode, problem);
        }
        if (GoodsRules::normalized(draft).sku != draft.sku)
            *findings
                << IntegrityCheck::tr("Goods %1 has an SKU that is not in its normal form.").arg(draft.sku);
        if (GoodsRules::searchText(draft) != searchText)
            *findings << IntegrityCheck::tr("Goods %1 has an outdated search entry; search may not find it.")
                             .arg(draft.sku);
        if (!sortKeysCurrent(draft.name, english, chinese))
            *findings << IntegrityCheck::tr(
                             "Goods %1 has an outdated sort key; it sorts out of place by name.")
                             .arg(draft.sku);
    }
    return Done{};
}

Status checkSuppliers(const Connection& connection, QStringList* findings)
{
    auto rows = Sql::exec(
        connection, QStringLiteral("SELECT code, name, contact_name, phone, email, search_text, sort_en, "
                                   "sort_zh FROM suppliers"));
    if (!rows)
        return rows.error();
    while (rows.value().next()) {
        const QSqlQuery& q = rows.value();
        SupplierDraft draft;
        draft.code = q.value(0).toString();
        draft.name = q.value(1).toString();
        draft.contact = q.value(2).toString();
        draft.phone = q.value(3).toString();
        draft.email = q.value(4).toString();
        if (SupplierRules::searchText(draft) != q.value(5).toString())
            *findings << IntegrityCheck::tr(
                             "Supplier %1 has an outdated search entry; search may not find it.")
                             .arg(draft.code);
        if (!sortKeysCurrent(draft.name, q.value(6), q.value(7)))
            *findings << IntegrityCheck::tr("Supplier %1 has an outdated sort key.").arg(draft.code);
    }
    return Done{};
}

Status checkCustomers(const Connection& connection, QStringList* findings)
{
    auto rows = Sql::exec(
        connection,
        QStringLiteral("SELECT id, code, name, phone, email, search_text, sort_en, sort_zh FROM customers"));
    if (!rows)
        return rows.error();
    while (rows.value().next()) {
        const QSqlQuery& q = rows.value();
        CustomerDraft draft;
        draft.code = q.value(1).toString();
        draft.name = q.value(2).toString();
        draft.phone = q.value(3).toString();
        draft.email = q.value(4).toString();
        const QString label = draft.code.isEmpty() ? q.value(0).toString() : draft.code;
        if (CustomerRules::searchText(draft) != q.value(5).toString())
            *findings << IntegrityCheck::tr(
                             "Customer %1 has an outdated search entry; search may not find it.")
                             .arg(label);
        if (!sortKeysCurrent(draft.name, q.value(6), q.value(7)))
            *findings << IntegrityCheck::tr("Customer %1 has an outdated sort key.").arg(label);
    }
    return Done{};
}

} // namespace

namespace IntegrityRules {

Status documents(const Connection& connection, QStringList* findings)
{
    for (const auto& part : {&checkGoods, &checkSuppliers, &checkCustomers}) {
        if (auto done = part(connection, findings); !done)
            return done;
    }
    return Done{};
}

} // namespace IntegrityRules
