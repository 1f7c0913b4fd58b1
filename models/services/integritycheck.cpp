#include "integritycheck.h"

#include "db/migrations.h"
#include "db/sql.h"
#include "domain/goods.h"
#include "domain/role.h"

#include <QSqlQuery>
#include <QSqlRecord>

namespace {

// Each query returns one row per finding; the columns fill the message's %1, %2, ...
struct RowCheck
{
    const char* sql;
    const char* message;
};

const RowCheck rowChecks[] = {
    {"SELECT l.goods_id, l.warehouse_id, l.quantity, COALESCE(SUM(m.quantity_delta), 0) FROM stock_levels l "
     "LEFT JOIN stock_movements m ON m.goods_id = l.goods_id AND m.warehouse_id = l.warehouse_id "
     "GROUP BY l.goods_id, l.warehouse_id, l.quantity HAVING l.quantity <> COALESCE(SUM(m.quantity_delta), "
     "0)",
     QT_TRANSLATE_NOOP("IntegrityCheck",
                       "Stock of goods %1 in warehouse %2 is %3, but its movements add up to %4.")},
    {"SELECT m.goods_id, m.warehouse_id, SUM(m.quantity_delta) FROM stock_movements m "
     "LEFT JOIN stock_levels l ON l.goods_id = m.goods_id AND l.warehouse_id = m.warehouse_id "
     "WHERE l.goods_id IS NULL GROUP BY m.goods_id, m.warehouse_id HAVING SUM(m.quantity_delta) <> 0",
     QT_TRANSLATE_NOOP("IntegrityCheck",
                       "Goods %1 in warehouse %2 has movements adding up to %3 but no stock level.")},
    {"SELECT l.order_id, l.line_no, l.line_total_cents, l.quantity * l.unit_price_cents - l.discount_cents "
     "FROM order_lines l WHERE l.line_total_cents <> l.quantity * l.unit_price_cents - l.discount_cents",
     QT_TRANSLATE_NOOP("IntegrityCheck", "Order %1 line %2 totals %3 cents instead of %4.")},
    {"SELECT o.order_no, o.subtotal_cents, COALESCE(SUM(l.line_total_cents), 0) FROM orders o "
     "LEFT JOIN order_lines l ON l.order_id = o.id GROUP BY o.id, o.order_no, o.subtotal_cents "
     "HAVING o.subtotal_cents <> COALESCE(SUM(l.line_total_cents), 0)",
     QT_TRANSLATE_NOOP("IntegrityCheck", "Order %1 has a subtotal of %2 cents, but its lines add up to %3.")},
    {"SELECT order_no, total_cents, subtotal_cents - discount_cents + shipping_cents FROM orders "
     "WHERE total_cents <> subtotal_cents - discount_cents + shipping_cents",
     QT_TRANSLATE_NOOP("IntegrityCheck", "Order %1 has a total of %2 cents instead of %3.")},
    {"SELECT username, role FROM users WHERE role NOT IN ('admin', 'manager', 'clerk', 'cashier')",
     QT_TRANSLATE_NOOP("IntegrityCheck", "User %1 has the unknown role \"%2\".")},
    {"SELECT username FROM users WHERE password_hash NOT LIKE '$argon2id$%'",
     QT_TRANSLATE_NOOP("IntegrityCheck", "User %1 has a password that is not stored as an argon2id hash.")},
    {"SELECT g.id, g.category_id FROM goods g LEFT JOIN categories c ON c.id = g.category_id "
     "WHERE g.category_id IS NOT NULL AND c.id IS NULL",
     QT_TRANSLATE_NOOP("IntegrityCheck", "Goods %1 is filed under category %2, which does not exist.")},
};

// One arg() for all values: a value holding "%1" must not be filled in again.
QString fill(const QString& message, const QSqlQuery& row, int columns)
{
    const auto v = [&](int c) { return row.value(c).toString(); };
    switch (columns) {
    case 1:
        return message.arg(v(0));
    case 2:
        return message.arg(v(0), v(1));
    case 3:
        return message.arg(v(0), v(1), v(2));
    default:
        return message.arg(v(0), v(1), v(2), v(3));
    }
}

} // namespace

Result<QStringList> IntegrityCheck::run(const Connection& connection)
{
    auto version = Migrations::inspect(connection);
    if (!version)
        return version.error();
    if (version.value() == 0)
        return Error::make(Error::Kind::Schema, tr("The database is empty: there is nothing to check."));
    QStringList findings;
    if (version.value() < Migrations::latestVersion())
        findings << tr("The database is at schema version %1; this program expects %2. Run \"migrate\".")
                        .arg(version.value())
                        .arg(Migrations::latestVersion());

    for (const RowCheck& check : rowChecks) {
        auto rows = Sql::exec(connection, QString::fromLatin1(check.sql));
        if (!rows)
            return rows.error();
        QSqlQuery& q = rows.value();
        const int columns = q.record().count();
        while (q.next()) {
            findings << fill(tr(check.message), q, columns);
        }
    }

    // Goods one by one: barcode, SKU form and the search document the list searches.
    auto goods =
        Sql::exec(connection, QStringLiteral("SELECT id, sku, barcode, name, search_text FROM goods"));
    if (!goods)
        return goods.error();
    while (goods.value().next()) {
        const QSqlQuery& q = goods.value();
        GoodsDraft draft;
        draft.sku = q.value(1).toString();
        draft.barcode = q.value(2).toString();
        draft.name = q.value(3).toString();
        const QString id = q.value(0).toString();
        if (QString problem = GoodsRules::barcodeProblem(draft.barcode); !problem.isEmpty())
            findings << tr("Goods %1 (%2) has an invalid barcode %3: %4")
                            .arg(id, draft.sku, draft.barcode, problem);
        if (GoodsRules::normalized(draft).sku != draft.sku)
            findings
                << tr("Goods %1 has the SKU \"%2\", which is not in its normal form.").arg(id, draft.sku);
        if (GoodsRules::searchText(draft) != q.value(4).toString())
            findings << tr("Goods %1 (%2) has an outdated search entry; search may not find it.")
                            .arg(id, draft.sku);
    }

    findings << connection.sql().integrityProblems(connection.db);
    return findings;
}
