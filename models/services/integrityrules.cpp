// The rules check finds broken with SQL alone: sums, totals, the tree, kept counts, and the type
// and range of every money and quantity column.
#include "db/sql.h"
#include "domain/goods.h"
#include "goodscounts.h"
#include "integritycheck.h"
#include "rowcounts.h"

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
    {"SELECT g.sku, w.code, l.quantity, COALESCE(SUM(m.quantity_delta), 0) FROM stock_levels l "
     "JOIN goods g ON g.id = l.goods_id JOIN warehouses w ON w.id = l.warehouse_id "
     "LEFT JOIN stock_movements m ON m.goods_id = l.goods_id AND m.warehouse_id = l.warehouse_id "
     "GROUP BY g.sku, w.code, l.quantity HAVING l.quantity <> COALESCE(SUM(m.quantity_delta), 0)",
     QT_TRANSLATE_NOOP("IntegrityCheck",
                       "Stock of %1 in warehouse %2 is %3, but its movements add up to %4.")},
    {"SELECT g.sku, w.code, SUM(m.quantity_delta) FROM stock_movements m JOIN goods g ON g.id = m.goods_id "
     "JOIN warehouses w ON w.id = m.warehouse_id LEFT JOIN stock_levels l ON l.goods_id = m.goods_id AND "
     "l.warehouse_id = m.warehouse_id WHERE l.goods_id IS NULL GROUP BY g.sku, w.code HAVING "
     "SUM(m.quantity_delta) <> 0",
     QT_TRANSLATE_NOOP("IntegrityCheck",
                       "%1 in warehouse %2 has movements adding up to %3 but no stock level.")},
    {"SELECT o.order_no, l.line_no, l.line_total_cents, l.quantity * l.unit_price_cents - l.discount_cents "
     "FROM order_lines l JOIN orders o ON o.id = l.order_id "
     "WHERE l.line_total_cents <> l.quantity * l.unit_price_cents - l.discount_cents",
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
    // A loop in the tree: walking up from a category comes back to it.
    {"WITH RECURSIVE up (start_id, id, depth) AS (SELECT id, parent_id, 1 FROM categories WHERE parent_id IS "
     "NOT NULL "
     "UNION ALL SELECT up.start_id, c.parent_id, up.depth + 1 FROM up JOIN categories c ON c.id = up.id "
     "WHERE c.parent_id IS NOT NULL AND up.depth < 100) "
     "SELECT c.id, c.name FROM categories c WHERE c.id IN (SELECT start_id FROM up WHERE id = start_id)",
     QT_TRANSLATE_NOOP("IntegrityCheck", "Category %1 (\"%2\") lies inside itself: the tree has a loop.")},
    {"SELECT id, name FROM categories WHERE parent_key <> COALESCE(parent_id, 0)",
     QT_TRANSLATE_NOOP("IntegrityCheck",
                       "Category %1 (\"%2\") has a parent key that disagrees with its parent.")},
    {"SELECT g.sku, COALESCE(g.barcode, ''), COALESCE(b.barcode, '') FROM goods g LEFT JOIN goods_barcodes b "
     "ON b.goods_id = g.id AND b.position = 0 WHERE COALESCE(g.barcode, '') <> COALESCE(b.barcode, '')",
     QT_TRANSLATE_NOOP("IntegrityCheck",
                       "Goods %1 shows the barcode \"%2\", but its first barcode is \"%3\".")},
    {"SELECT id, name FROM suppliers WHERE code = ''",
     QT_TRANSLATE_NOOP("IntegrityCheck", "Supplier %1 (\"%2\") has no code.")},
    {"SELECT c.name, SUM(a.is_default) FROM customer_addresses a JOIN customers c ON c.id = a.customer_id "
     "GROUP BY c.id, c.name HAVING SUM(a.is_default) <> 1",
     QT_TRANSLATE_NOOP("IntegrityCheck", "Customer \"%1\" has %2 default addresses instead of one.")},
    {"SELECT c.name, s.name FROM customers c JOIN customers s ON s.id = c.merged_into WHERE s.merged_into IS "
     "NOT NULL",
     QT_TRANSLATE_NOOP("IntegrityCheck",
                       "Customer \"%1\" was merged into \"%2\", which was itself merged away.")},
    {"SELECT name FROM customers WHERE merged_into IS NOT NULL AND archived = 0",
     QT_TRANSLATE_NOOP("IntegrityCheck", "Customer \"%1\" was merged into another but is still active.")},
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

// A money or quantity column and what it may hold.
struct ColumnRule
{
    const char* table;
    const char* label; // how a finding names the row
    const char* column;
    qint64 minimum;
    qint64 maximum;
};

constexpr qint64 maxMoney = GoodsRules::maxPriceCents * 1000; // an order of a thousand dear items
constexpr qint64 maxQuantity = GoodsRules::maxQuantity;

const ColumnRule columnRules[] = {
    {"goods", "sku", "price_cents", 0, GoodsRules::maxPriceCents},
    {"goods", "sku", "cost_cents", 0, GoodsRules::maxPriceCents},
    {"goods", "sku", "reorder_point", 0, maxQuantity},
    {"supplier_goods", "supplier_id || '/' || goods_id", "cost_cents", 0, GoodsRules::maxPriceCents},
    {"supplier_goods", "supplier_id || '/' || goods_id", "lead_days", 0, 365},
    {"stock_levels", "goods_id || '/' || warehouse_id", "quantity", -maxQuantity, maxQuantity},
    {"stock_movements", "id", "quantity_delta", -maxQuantity, maxQuantity},
    {"stock_count_lines", "id", "expected_quantity", -maxQuantity, maxQuantity},
    {"stock_count_lines", "id", "counted_quantity", 0, maxQuantity},
    {"orders", "order_no", "subtotal_cents", 0, maxMoney},
    {"orders", "order_no", "discount_cents", 0, maxMoney},
    {"orders", "order_no", "shipping_cents", 0, maxMoney},
    {"orders", "order_no", "total_cents", 0, maxMoney},
    {"orders", "order_no", "paid_cents", 0, maxMoney},
    {"orders", "order_no", "refunded_cents", 0, maxMoney},
    {"order_lines", "id", "quantity", 1, maxQuantity},
    {"order_lines", "id", "unit_price_cents", 0, GoodsRules::maxPriceCents},
    {"order_lines", "id", "discount_cents", 0, maxMoney},
    {"order_lines", "id", "line_total_cents", 0, maxMoney},
    {"order_lines", "id", "returned_quantity", 0, maxQuantity},
    {"payments", "payment_no", "amount_cents", 1, maxMoney},
    {"purchase_orders", "po_no", "total_cents", 0, maxMoney},
    {"purchase_order_lines", "id", "quantity_ordered", 1, maxQuantity},
    {"purchase_order_lines", "id", "quantity_received", 0, maxQuantity},
    {"purchase_order_lines", "id", "unit_cost_cents", 0, GoodsRules::maxPriceCents},
    {"sales_daily", "sales_day || '/' || goods_id", "quantity", -maxQuantity, maxQuantity},
    {"sales_daily", "sales_day || '/' || goods_id", "revenue_cents", -maxMoney, maxMoney},
    {"sales_daily", "sales_day || '/' || goods_id", "cost_cents", -maxMoney, maxMoney},
};

} // namespace

namespace IntegrityRules {

Status rowChecks(const Connection& connection, QStringList* findings)
{
    for (const RowCheck& check : ::rowChecks) {
        auto rows = Sql::exec(connection, QString::fromLatin1(check.sql));
        if (!rows)
            return rows.error();
        QSqlQuery& q = rows.value();
        const int columns = q.record().count();
        while (q.next())
            *findings << fill(IntegrityCheck::tr(check.message), q, columns);
    }
    return Done{};
}

Status columnChecks(const Connection& connection, QStringList* findings)
{
    for (const ColumnRule& rule : columnRules) {
        const QString column = QString::fromLatin1(rule.column);
        QString wrong = QStringLiteral("%1 < ? OR %1 > ?").arg(column);
        const QString typed = connection.sql().notAnInteger(column);
        if (!typed.isEmpty())
            wrong = typed + QStringLiteral(" OR ") + wrong;
        auto rows = Sql::exec(
            connection,
            QStringLiteral("SELECT %1, %2 FROM %3 WHERE %4")
                .arg(QString::fromLatin1(rule.label), column, QString::fromLatin1(rule.table), wrong),
            {rule.minimum, rule.maximum});
        if (!rows)
            return rows.error();
        while (rows.value().next()) {
            const QVariant value = rows.value().value(1);
            bool integer = false;
            value.toString().toLongLong(&integer);
            *findings << (integer
                              ? IntegrityCheck::tr("%1 %2: %3 is %4, outside %5 to %6.")
                                    .arg(QString::fromLatin1(rule.table), rows.value().value(0).toString(),
                                         column, value.toString(), QString::number(rule.minimum),
                                         QString::number(rule.maximum))
                              : IntegrityCheck::tr("%1 %2: %3 holds \"%4\", which is not a whole number.")
                                    .arg(QString::fromLatin1(rule.table), rows.value().value(0).toString(),
                                         column, value.toString().left(40)));
        }
    }
    return Done{};
}

Status keptCounts(const Connection& connection, QStringList* findings)
{
    for (bool archived : {false, true}) {
        auto kept = GoodsCounts::byCategory(connection, archived);
        if (!kept)
            return kept.error();
        auto actual = Sql::exec(
            connection,
            QStringLiteral("SELECT COALESCE(category_id, 0), COUNT(*) FROM goods WHERE archived = ? "
                           "GROUP BY COALESCE(category_id, 0)"),
            {archived ? 1 : 0});
        if (!actual)
            return actual.error();
        QHash<qint64, qint64> counted;
        while (actual.value().next())
            counted.insert(actual.value().value(0).toLongLong(), actual.value().value(1).toLongLong());
        QSet<qint64> categories;
        for (auto it = kept->cbegin(); it != kept->cend(); ++it)
            categories.insert(it.key());
        for (auto it = counted.cbegin(); it != counted.cend(); ++it)
            categories.insert(it.key());
        for (qint64 category : qAsConst(categories)) {
            if (kept->value(category) != counted.value(category))
                *findings << IntegrityCheck::tr(
                                 "The kept count of %1 goods in category %2 is %3, but there are %4.")
                                 .arg(archived ? IntegrityCheck::tr("archived")
                                               : IntegrityCheck::tr("active"))
                                 .arg(category)
                                 .arg(kept->value(category))
                                 .arg(counted.value(category));
        }
    }
    for (const QString& table : RowCounts::keptTables()) {
        // TABLE is one of keptTables(), never text from outside.
        auto actual = Sql::exec(
            connection, QStringLiteral("SELECT archived, COUNT(*) FROM %1 GROUP BY archived").arg(table));
        if (!actual)
            return actual.error();
        QHash<bool, qint64> counted;
        while (actual.value().next())
            counted.insert(actual.value().value(0).toInt() != 0, actual.value().value(1).toLongLong());
        for (bool archived : {false, true}) {
            auto kept = RowCounts::kept(connection, table, archived);
            if (!kept)
                return kept.error();
            if (kept.value() != counted.value(archived))
                *findings << IntegrityCheck::tr("The kept count of %1 rows in %2 is %3, but there are %4.")
                                 .arg(archived ? IntegrityCheck::tr("archived")
                                               : IntegrityCheck::tr("active"),
                                      table)
                                 .arg(kept.value())
                                 .arg(counted.value(archived));
        }
    }
    return Done{};
}

} // namespace IntegrityRules
