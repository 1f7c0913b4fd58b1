// Version 1: every table of the areas in DESIGN.md. Portable DDL: Dialect::expandDdl() fills in the
// engine's types; {code} marks identifiers compared exactly (SKUs, user names), the same on every
// engine whatever its default collation. Money is {money} (integer cents), times are {ts} (UTC milliseconds
// since 1970), rows a store may create offline have client-made {uuid} keys, rows people edit carry a
// version. On SQLite, expandDdl() now makes STRICT tables with AUTOINCREMENT keys; a database made
// before that has them rebuilt by step 2, so both end up the same.
#include "dialect.h"
#include "domain/uuid7.h"
#include "schema.h"

namespace {

const char* const portableTables[] = {
    R"(CREATE TABLE meta (
        meta_key VARCHAR(64) NOT NULL PRIMARY KEY,
        meta_value {text} NOT NULL
    ){table})",

    R"(CREATE TABLE users (
        id {id},
        username VARCHAR(64){code} NOT NULL,
        display_name VARCHAR(200) NOT NULL,
        password_hash VARCHAR(255) NOT NULL,
        role VARCHAR(16) NOT NULL,
        active {bool} NOT NULL DEFAULT 1,
        last_login_at {ts},
        created_at {ts} NOT NULL,
        updated_at {ts} NOT NULL,
        version INTEGER NOT NULL DEFAULT 1
    ){table})",
    "CREATE UNIQUE INDEX ux_users_username ON users (username)",

    // Wrong passwords per user name typed, known or not, so an unknown name is throttled and
    // locked exactly like a real one and guessing reveals nothing.
    R"(CREATE TABLE login_attempts (
        username VARCHAR(64){code} NOT NULL PRIMARY KEY,
        failed_logins INTEGER NOT NULL,
        last_failed_at {ts} NOT NULL,
        locked_until {ts}
    ){table})",
    "CREATE INDEX ix_login_attempts_time ON login_attempts (last_failed_at)",

    R"(CREATE TABLE customers (
        id {uuid} NOT NULL PRIMARY KEY,
        code VARCHAR(32){code},
        name VARCHAR(200) NOT NULL,
        phone VARCHAR(40),
        email VARCHAR(200),
        address {text},
        note {text},
        archived {bool} NOT NULL DEFAULT 0,
        created_at {ts} NOT NULL,
        updated_at {ts} NOT NULL,
        version INTEGER NOT NULL DEFAULT 1,
        origin VARCHAR(64)
    ){table})",
    "CREATE UNIQUE INDEX ux_customers_code ON customers (code)",
    "CREATE INDEX ix_customers_name ON customers (name)",
    "CREATE INDEX ix_customers_phone ON customers (phone)",

    R"(CREATE TABLE categories (
        id {id},
        parent_id BIGINT,
        parent_key BIGINT NOT NULL,
        name VARCHAR(100){code} NOT NULL,
        sort_order INTEGER NOT NULL DEFAULT 0,
        created_at {ts} NOT NULL,
        updated_at {ts} NOT NULL,
        version INTEGER NOT NULL DEFAULT 1,
        FOREIGN KEY (parent_id) REFERENCES categories (id)
    ){table})",
    "CREATE INDEX ix_categories_parent ON categories (parent_id, sort_order)",
    // Sibling names are unique; parent_key is parent_id or 0, as unique indexes let NULLs repeat.
    "CREATE UNIQUE INDEX ux_categories_sibling ON categories (parent_key, name)",

    R"(CREATE TABLE goods (
        id {id},
        sku VARCHAR(64){code} NOT NULL,
        barcode VARCHAR(14){code},
        name VARCHAR(200) NOT NULL,
        category_id BIGINT,
        unit VARCHAR(16) NOT NULL,
        price_cents {money} NOT NULL CHECK (price_cents >= 0),
        cost_cents {money} NOT NULL CHECK (cost_cents >= 0),
        description {text},
        archived {bool} NOT NULL DEFAULT 0,
        search_text {text} NOT NULL,
        created_at {ts} NOT NULL,
        updated_at {ts} NOT NULL,
        version INTEGER NOT NULL DEFAULT 1,
        FOREIGN KEY (category_id) REFERENCES categories (id)
    ){table})",
    "CREATE UNIQUE INDEX ux_goods_sku ON goods (sku)",
    "CREATE UNIQUE INDEX ux_goods_barcode ON goods (barcode)",
    // One index per sortable column of the goods list, so any sort reads pages from an index
    // instead of sorting a million rows for each page.
    "CREATE INDEX ix_goods_name ON goods (archived, name, id)",
    "CREATE INDEX ix_goods_sku_order ON goods (archived, sku, id)",
    "CREATE INDEX ix_goods_barcode_order ON goods (archived, barcode, id)",
    "CREATE INDEX ix_goods_category ON goods (archived, category_id, name, id)",
    "CREATE INDEX ix_goods_unit ON goods (archived, unit, id)",
    "CREATE INDEX ix_goods_price ON goods (archived, price_cents, id)",
    "CREATE INDEX ix_goods_cost ON goods (archived, cost_cents, id)",
    "CREATE INDEX ix_goods_updated ON goods (archived, updated_at, id)",

    R"(CREATE TABLE suppliers (
        id {id},
        name VARCHAR(200) NOT NULL,
        contact_name VARCHAR(200),
        phone VARCHAR(40),
        email VARCHAR(200),
        address {text},
        note {text},
        archived {bool} NOT NULL DEFAULT 0,
        created_at {ts} NOT NULL,
        updated_at {ts} NOT NULL,
        version INTEGER NOT NULL DEFAULT 1
    ){table})",
    "CREATE INDEX ix_suppliers_name ON suppliers (name)",

    R"(CREATE TABLE supplier_goods (
        supplier_id BIGINT NOT NULL,
        goods_id BIGINT NOT NULL,
        supplier_sku VARCHAR(64),
        cost_cents {money} NOT NULL CHECK (cost_cents >= 0),
        lead_days INTEGER,
        PRIMARY KEY (supplier_id, goods_id),
        FOREIGN KEY (supplier_id) REFERENCES suppliers (id),
        FOREIGN KEY (goods_id) REFERENCES goods (id)
    ){table})",
    "CREATE INDEX ix_supplier_goods_goods ON supplier_goods (goods_id)",

    R"(CREATE TABLE warehouses (
        id {id},
        code VARCHAR(32){code} NOT NULL,
        name VARCHAR(200) NOT NULL,
        address {text},
        archived {bool} NOT NULL DEFAULT 0,
        created_at {ts} NOT NULL,
        updated_at {ts} NOT NULL,
        version INTEGER NOT NULL DEFAULT 1
    ){table})",
    "CREATE UNIQUE INDEX ux_warehouses_code ON warehouses (code)",

    // The current level per goods and warehouse; always equals the sum of stock_movements.
    R"(CREATE TABLE stock_levels (
        goods_id BIGINT NOT NULL,
        warehouse_id BIGINT NOT NULL,
        quantity BIGINT NOT NULL,
        updated_at {ts} NOT NULL,
        PRIMARY KEY (goods_id, warehouse_id),
        FOREIGN KEY (goods_id) REFERENCES goods (id),
        FOREIGN KEY (warehouse_id) REFERENCES warehouses (id)
    ){table})",
    "CREATE INDEX ix_stock_levels_warehouse ON stock_levels (warehouse_id, goods_id)",

    // The stock ledger: appended, never edited. kind: receipt, sale, return, adjustment, transfer,
    // stocktake, cancel.
    R"(CREATE TABLE stock_movements (
        id {uuid} NOT NULL PRIMARY KEY,
        goods_id BIGINT NOT NULL,
        warehouse_id BIGINT NOT NULL,
        quantity_delta BIGINT NOT NULL,
        kind VARCHAR(16) NOT NULL,
        reason {text},
        reference_kind VARCHAR(16),
        reference_id VARCHAR(40),
        user_id BIGINT,
        created_at {ts} NOT NULL,
        origin VARCHAR(64),
        FOREIGN KEY (goods_id) REFERENCES goods (id),
        FOREIGN KEY (warehouse_id) REFERENCES warehouses (id),
        FOREIGN KEY (user_id) REFERENCES users (id)
    ){table})",
    "CREATE INDEX ix_stock_movements_goods ON stock_movements (goods_id, warehouse_id, created_at)",
    "CREATE INDEX ix_stock_movements_reference ON stock_movements (reference_kind, reference_id)",

    R"(CREATE TABLE stock_counts (
        id {uuid} NOT NULL PRIMARY KEY,
        warehouse_id BIGINT NOT NULL,
        status VARCHAR(16) NOT NULL,
        note {text},
        created_by BIGINT,
        created_at {ts} NOT NULL,
        posted_at {ts},
        version INTEGER NOT NULL DEFAULT 1,
        origin VARCHAR(64),
        FOREIGN KEY (warehouse_id) REFERENCES warehouses (id),
        FOREIGN KEY (created_by) REFERENCES users (id)
    ){table})",

    R"(CREATE TABLE stock_count_lines (
        id {uuid} NOT NULL PRIMARY KEY,
        count_id {uuid} NOT NULL,
        goods_id BIGINT NOT NULL,
        expected_quantity BIGINT NOT NULL,
        counted_quantity BIGINT,
        counted_at {ts},
        FOREIGN KEY (count_id) REFERENCES stock_counts (id),
        FOREIGN KEY (goods_id) REFERENCES goods (id)
    ){table})",
    "CREATE UNIQUE INDEX ux_stock_count_lines_goods ON stock_count_lines (count_id, goods_id)",

    // status: draft, awaiting_payment, paid, shipped, completed, cancelled, refunded. Totals are
    // derived from the lines by the order service, never typed in.
    R"(CREATE TABLE orders (
        id {uuid} NOT NULL PRIMARY KEY,
        order_no VARCHAR(32){code} NOT NULL,
        customer_id {uuid},
        warehouse_id BIGINT NOT NULL,
        status VARCHAR(20) NOT NULL,
        subtotal_cents {money} NOT NULL,
        discount_cents {money} NOT NULL DEFAULT 0,
        shipping_cents {money} NOT NULL DEFAULT 0,
        total_cents {money} NOT NULL,
        paid_cents {money} NOT NULL DEFAULT 0,
        refunded_cents {money} NOT NULL DEFAULT 0,
        currency CHAR(3) NOT NULL,
        note {text},
        shipping_address {text},
        created_by BIGINT,
        created_at {ts} NOT NULL,
        updated_at {ts} NOT NULL,
        version INTEGER NOT NULL DEFAULT 1,
        origin VARCHAR(64),
        made_offline {bool} NOT NULL DEFAULT 0,
        FOREIGN KEY (customer_id) REFERENCES customers (id),
        FOREIGN KEY (warehouse_id) REFERENCES warehouses (id),
        FOREIGN KEY (created_by) REFERENCES users (id)
    ){table})",
    "CREATE UNIQUE INDEX ux_orders_order_no ON orders (order_no)",
    "CREATE INDEX ix_orders_created ON orders (created_at)",
    "CREATE INDEX ix_orders_customer ON orders (customer_id, created_at)",
    "CREATE INDEX ix_orders_status ON orders (status, created_at)",

    R"(CREATE TABLE order_lines (
        id {uuid} NOT NULL PRIMARY KEY,
        order_id {uuid} NOT NULL,
        line_no INTEGER NOT NULL,
        goods_id BIGINT NOT NULL,
        sku VARCHAR(64) NOT NULL,
        name VARCHAR(200) NOT NULL,
        quantity BIGINT NOT NULL CHECK (quantity > 0),
        unit_price_cents {money} NOT NULL CHECK (unit_price_cents >= 0),
        discount_cents {money} NOT NULL DEFAULT 0,
        line_total_cents {money} NOT NULL,
        returned_quantity BIGINT NOT NULL DEFAULT 0,
        FOREIGN KEY (order_id) REFERENCES orders (id),
        FOREIGN KEY (goods_id) REFERENCES goods (id)
    ){table})",
    "CREATE UNIQUE INDEX ux_order_lines_no ON order_lines (order_id, line_no)",
    "CREATE INDEX ix_order_lines_goods ON order_lines (goods_id)",

    // direction: in (payment) or out (refund). A repeated notification for the same payment_no is a
    // no-op thanks to the unique index; status flagged marks an amount that did not match.
    R"(CREATE TABLE payments (
        id {uuid} NOT NULL PRIMARY KEY,
        payment_no VARCHAR(64){code} NOT NULL,
        order_id {uuid} NOT NULL,
        method VARCHAR(16) NOT NULL,
        direction VARCHAR(8) NOT NULL,
        amount_cents {money} NOT NULL CHECK (amount_cents > 0),
        status VARCHAR(16) NOT NULL,
        flag_reason {text},
        received_at {ts} NOT NULL,
        created_by BIGINT,
        created_at {ts} NOT NULL,
        origin VARCHAR(64),
        FOREIGN KEY (order_id) REFERENCES orders (id),
        FOREIGN KEY (created_by) REFERENCES users (id)
    ){table})",
    "CREATE UNIQUE INDEX ux_payments_payment_no ON payments (payment_no)",
    "CREATE INDEX ix_payments_order ON payments (order_id)",

    R"(CREATE TABLE purchase_orders (
        id {id},
        po_no VARCHAR(32){code} NOT NULL,
        supplier_id BIGINT NOT NULL,
        warehouse_id BIGINT NOT NULL,
        status VARCHAR(16) NOT NULL,
        total_cents {money} NOT NULL DEFAULT 0,
        expected_at {ts},
        note {text},
        created_by BIGINT,
        created_at {ts} NOT NULL,
        updated_at {ts} NOT NULL,
        version INTEGER NOT NULL DEFAULT 1,
        FOREIGN KEY (supplier_id) REFERENCES suppliers (id),
        FOREIGN KEY (warehouse_id) REFERENCES warehouses (id),
        FOREIGN KEY (created_by) REFERENCES users (id)
    ){table})",
    "CREATE UNIQUE INDEX ux_purchase_orders_po_no ON purchase_orders (po_no)",
    "CREATE INDEX ix_purchase_orders_supplier ON purchase_orders (supplier_id, created_at)",

    R"(CREATE TABLE purchase_order_lines (
        id {id},
        purchase_order_id BIGINT NOT NULL,
        goods_id BIGINT NOT NULL,
        quantity_ordered BIGINT NOT NULL CHECK (quantity_ordered > 0),
        quantity_received BIGINT NOT NULL DEFAULT 0,
        unit_cost_cents {money} NOT NULL CHECK (unit_cost_cents >= 0),
        FOREIGN KEY (purchase_order_id) REFERENCES purchase_orders (id),
        FOREIGN KEY (goods_id) REFERENCES goods (id)
    ){table})",
    "CREATE UNIQUE INDEX ux_purchase_order_lines_goods ON purchase_order_lines (purchase_order_id, goods_id)",

    // Sales per local business day (yyyymmdd), goods and warehouse, kept in the same transaction as
    // the sale so that charts never read order lines.
    R"(CREATE TABLE sales_daily (
        sales_day INTEGER NOT NULL,
        goods_id BIGINT NOT NULL,
        warehouse_id BIGINT NOT NULL,
        quantity BIGINT NOT NULL,
        revenue_cents {money} NOT NULL,
        cost_cents {money} NOT NULL,
        order_count INTEGER NOT NULL,
        PRIMARY KEY (sales_day, goods_id, warehouse_id),
        FOREIGN KEY (goods_id) REFERENCES goods (id),
        FOREIGN KEY (warehouse_id) REFERENCES warehouses (id)
    ){table})",

    // Who changed what, when, from which value to which (JSON), written in the same transaction.
    R"(CREATE TABLE audit_log (
        id {uuid} NOT NULL PRIMARY KEY,
        changed_at {ts} NOT NULL,
        user_id BIGINT,
        entity VARCHAR(32) NOT NULL,
        entity_id VARCHAR(40) NOT NULL,
        action VARCHAR(16) NOT NULL,
        old_value {text},
        new_value {text},
        origin VARCHAR(64),
        FOREIGN KEY (user_id) REFERENCES users (id)
    ){table})",
    "CREATE INDEX ix_audit_log_entity ON audit_log (entity, entity_id, changed_at)",
    "CREATE INDEX ix_audit_log_time ON audit_log (changed_at)",

    // Offline work: each local operation with its payload, written with the operation itself.
    R"(CREATE TABLE outbox (
        id {uuid} NOT NULL PRIMARY KEY,
        operation VARCHAR(40) NOT NULL,
        payload {text} NOT NULL,
        created_at {ts} NOT NULL,
        attempts INTEGER NOT NULL DEFAULT 0,
        last_error {text},
        sent_at {ts}
    ){table})",
    "CREATE INDEX ix_outbox_pending ON outbox (sent_at, created_at)",

    // On the server: operations already applied, so a replayed push changes nothing.
    R"(CREATE TABLE applied_operations (
        id {uuid} NOT NULL PRIMARY KEY,
        origin VARCHAR(64) NOT NULL,
        applied_at {ts} NOT NULL
    ){table})",
};

} // namespace

QStringList schemaV1(const Dialect& dialect)
{
    QStringList result;
    for (const char* ddl : portableTables)
        result << dialect.expandDdl(QString::fromUtf8(ddl));
    result << dialect.searchIndexDdl(QStringLiteral("goods"));
    // Identifies this database to the stores that sync with it; a generated value, not input.
    result << QStringLiteral("INSERT INTO meta (meta_key, meta_value) VALUES ('database_id', '%1')")
                  .arg(newUuid7());
    return result;
}
