// Version 2: what the catalogue, supplier and customer areas need. Several barcodes per goods item,
// an image, a reorder point and a default supplier; goods counts per category kept by the service;
// supplier codes and terms; customer addresses and merges; full-text search for suppliers and
// customers; and, for every list sorted by name, the name's collation key in each language. On
// SQLite, tables of version 1 become STRICT with AUTOINCREMENT keys. And a place to freeze a
// selection of many rows for a change of them all.
#include "dialect.h"
#include "domain/customer.h"
#include "domain/sortkey.h"
#include "domain/supplier.h"
#include "domain/units.h"
#include "domain/uuid7.h"
#include "schema.h"
#include "sql.h"

#include <QSqlQuery>
#include <functional>

namespace {

const char* const portableStatements[] = {
    "ALTER TABLE categories ADD COLUMN archived {bool} NOT NULL DEFAULT 0",

    "ALTER TABLE goods ADD COLUMN reorder_point BIGINT",
    "ALTER TABLE goods ADD COLUMN sort_en {sortkey}",
    "ALTER TABLE goods ADD COLUMN sort_zh {sortkey}",
    // Every barcode of every item, the first (position 0) also in goods.barcode: one unique key
    // makes a code belong to one item only, and a scan of any of them finds it.
    R"(CREATE TABLE goods_barcodes (
        goods_id BIGINT NOT NULL,
        position INTEGER NOT NULL,
        barcode VARCHAR(14){code} NOT NULL,
        PRIMARY KEY (goods_id, position),
        FOREIGN KEY (goods_id) REFERENCES goods (id)
    ){table})",
    "CREATE UNIQUE INDEX ux_goods_barcodes_barcode ON goods_barcodes (barcode)",
    // Kept apart from the goods rows, so reading a page of the list never reads images.
    R"(CREATE TABLE goods_images (
        goods_id BIGINT NOT NULL PRIMARY KEY,
        mime VARCHAR(40) NOT NULL,
        image {blob} NOT NULL,
        thumbnail {blob} NOT NULL,
        updated_at {ts} NOT NULL,
        FOREIGN KEY (goods_id) REFERENCES goods (id)
    ){table})",
    // Goods per category (0: none) and state, kept by the goods service in the same transaction
    // as each change: the list's count and the category tree's counts never scan the goods.
    R"(CREATE TABLE goods_counts (
        category_key BIGINT NOT NULL,
        archived {bool} NOT NULL,
        goods BIGINT NOT NULL,
        PRIMARY KEY (category_key, archived)
    ){table})",

    "ALTER TABLE suppliers ADD COLUMN code VARCHAR(32){code} NOT NULL DEFAULT ''",
    "ALTER TABLE suppliers ADD COLUMN payment_terms VARCHAR(200)",
    "ALTER TABLE suppliers ADD COLUMN search_text {text} NOT NULL DEFAULT ('')",
    "ALTER TABLE suppliers ADD COLUMN sort_en {sortkey}",
    "ALTER TABLE suppliers ADD COLUMN sort_zh {sortkey}",
    "ALTER TABLE supplier_goods ADD COLUMN version INTEGER NOT NULL DEFAULT 1",
    "ALTER TABLE supplier_goods ADD COLUMN updated_at {ts} NOT NULL DEFAULT 0",

    "ALTER TABLE customers ADD COLUMN search_text {text} NOT NULL DEFAULT ('')",
    "ALTER TABLE customers ADD COLUMN sort_en {sortkey}",
    "ALTER TABLE customers ADD COLUMN sort_zh {sortkey}",
    R"(CREATE TABLE customer_addresses (
        id {uuid} NOT NULL PRIMARY KEY,
        customer_id {uuid} NOT NULL,
        position INTEGER NOT NULL,
        label VARCHAR(60),
        recipient VARCHAR(200),
        phone VARCHAR(40),
        address {text} NOT NULL,
        is_default {bool} NOT NULL DEFAULT 0,
        FOREIGN KEY (customer_id) REFERENCES customers (id)
    ){table})",
    "CREATE INDEX ix_customer_addresses_customer ON customer_addresses (customer_id, position)",
    // The rows a person selected for a change of many at once, frozen with the version each was
    // read at: the preview lists them page by page, and the change refuses any altered since.
    // Rows are kept in the list's order by id, which is unique across selections, so a paged
    // list of the selection finds each page by key like any other list.
    R"(CREATE TABLE selection_items (
        id {id},
        selection_id {uuid} NOT NULL,
        item_id BIGINT NOT NULL,
        item_version INTEGER NOT NULL,
        created_at {ts} NOT NULL
    ){table})",
    "CREATE INDEX ix_selection_items_selection ON selection_items (selection_id, id)",
    "CREATE INDEX ix_selection_items_created ON selection_items (created_at)",
};

// Made once the columns they cover are filled in: an index grows faster from sorted rows than row
// by row, and a unique one must see the final values.
const char* const indexStatements[] = {
    "CREATE INDEX ix_goods_sort_en ON goods (archived, sort_en, id)",
    "CREATE INDEX ix_goods_sort_zh ON goods (archived, sort_zh, id)",
    "CREATE INDEX ix_goods_category_en ON goods (archived, category_id, sort_en, id)",
    "CREATE INDEX ix_goods_category_zh ON goods (archived, category_id, sort_zh, id)",
    "CREATE UNIQUE INDEX ux_suppliers_code ON suppliers (code)",
    "CREATE INDEX ix_suppliers_code_order ON suppliers (archived, code, id)",
    "CREATE INDEX ix_suppliers_sort_en ON suppliers (archived, sort_en, id)",
    "CREATE INDEX ix_suppliers_sort_zh ON suppliers (archived, sort_zh, id)",
    "CREATE UNIQUE INDEX ux_supplier_goods_sku ON supplier_goods (supplier_id, supplier_sku)",
    "CREATE INDEX ix_customers_code_order ON customers (archived, code, id)",
    "CREATE INDEX ix_customers_sort_en ON customers (archived, sort_en, id)",
    "CREATE INDEX ix_customers_sort_zh ON customers (archived, sort_zh, id)",
};

// Reads TABLE's rows a batch at a time in key order (memory stays flat on a million rows) and hands
// each to VISIT as (id, COLUMNS...); VISIT may write to the table.
using Row = QVector<QVariant>;
Status forEachRow(const Connection& connection, const QString& table, const QString& columns,
                  const std::function<Status(const Row&)>& visit)
{
    const int width = int(columns.count(QLatin1Char(','))) + 2;
    QVariant last;
    for (;;) {
        const QString sql =
            QStringLiteral("SELECT id, %1 FROM %2%3 ORDER BY id LIMIT 2000")
                .arg(columns, table, last.isValid() ? QStringLiteral(" WHERE id > ?") : QString());
        auto rows = Sql::exec(connection, sql, last.isValid() ? QVariantList{last} : QVariantList{});
        if (!rows)
            return rows.error();
        QList<Row> batch;
        while (rows.value().next()) {
            Row row(width);
            for (int c = 0; c < width; ++c)
                row[c] = rows.value().value(c);
            batch << row;
        }
        rows.value().finish();
        if (batch.isEmpty())
            return Done{};
        for (const Row& row : qAsConst(batch)) {
            if (auto done = visit(row); !done)
                return done;
        }
        last = batch.last().at(0);
    }
}

Status run(const Connection& connection, const QString& sql, const QVariantList& values = {})
{
    auto done = Sql::exec(connection, sql, values);
    return done ? Status(Done{}) : Status(done.error());
}

QVariantList sortKeys(const QString& name)
{
    return {SortKey::of(name, SortKey::Language::English), SortKey::of(name, SortKey::Language::Chinese)};
}

Status upgradeGoods(const Connection& connection)
{
    // Units were free text; what people typed becomes the key of the unit it names.
    auto units = Sql::exec(connection, QStringLiteral("SELECT DISTINCT unit FROM goods"));
    if (!units)
        return units.error();
    QStringList typed;
    while (units.value().next())
        typed << units.value().value(0).toString();
    units.value().finish();
    for (const QString& unit : qAsConst(typed)) {
        const QString key = Units::fromText(unit);
        if (!key.isEmpty() && key != unit) {
            if (auto done =
                    run(connection, QStringLiteral("UPDATE goods SET unit = ? WHERE unit = ?"), {key, unit});
                !done)
                return done;
        }
    }
    return forEachRow(
        connection, QStringLiteral("goods"), QStringLiteral("name, barcode"), [&](const Row& row) {
            QVariantList values = sortKeys(row.at(1).toString());
            values << row.at(0);
            if (auto done =
                    run(connection, QStringLiteral("UPDATE goods SET sort_en = ?, sort_zh = ? WHERE id = ?"),
                        values);
                !done)
                return done;
            if (row.at(2).toString().isEmpty())
                return Status(Done{});
            return run(
                connection,
                QStringLiteral("INSERT INTO goods_barcodes (barcode, goods_id, position) VALUES (?, ?, 0)"),
                {row.at(2), row.at(0)});
        });
}

Status upgradeSuppliers(const Connection& connection)
{
    return forEachRow(
        connection, QStringLiteral("suppliers"), QStringLiteral("name, contact_name, phone, email"),
        [&](const Row& row) {
            SupplierDraft draft;
            draft.code = QStringLiteral("S%1").arg(row.at(0).toLongLong(), 5, 10, QLatin1Char('0'));
            draft.name = row.at(1).toString();
            draft.contact = row.at(2).toString();
            draft.phone = row.at(3).toString();
            draft.email = row.at(4).toString();
            QVariantList values = {draft.code, SupplierRules::searchText(draft)};
            values << sortKeys(draft.name) << row.at(0);
            return run(connection,
                       QStringLiteral("UPDATE suppliers SET code = ?, search_text = ?, sort_en = ?, "
                                      "sort_zh = ? WHERE id = ?"),
                       values);
        });
}

Status upgradeCustomers(const Connection& connection)
{
    return forEachRow(
        connection, QStringLiteral("customers"), QStringLiteral("code, name, phone, email, address"),
        [&](const Row& row) {
            CustomerDraft draft;
            draft.code = row.at(1).toString();
            draft.name = row.at(2).toString();
            draft.phone = row.at(3).toString();
            draft.email = row.at(4).toString();
            QVariantList values = {CustomerRules::searchText(draft)};
            values << sortKeys(draft.name) << row.at(0);
            if (auto done = run(connection,
                                QStringLiteral("UPDATE customers SET search_text = ?, sort_en = ?, "
                                               "sort_zh = ? WHERE id = ?"),
                                values);
                !done)
                return done;
            // The one address of version 1 becomes the customer's default address.
            const QString address = row.at(5).toString().trimmed();
            if (address.isEmpty())
                return Status(Done{});
            return run(connection,
                       QStringLiteral("INSERT INTO customer_addresses (id, customer_id, position, "
                                      "recipient, phone, address, is_default) VALUES (?, ?, 0, ?, ?, ?, 1)"),
                       {newUuid7(), row.at(0), draft.name, draft.phone, address});
        });
}

// Ids the audit log names must never be handed out again, even where their rows were deleted.
Status reserveAuditedIds(const Connection& connection)
{
    const QList<QPair<QString, QString>> audited = {
        {QStringLiteral("users"), QStringLiteral("user")},
        {QStringLiteral("categories"), QStringLiteral("category")},
        {QStringLiteral("goods"), QStringLiteral("goods")},
        {QStringLiteral("suppliers"), QStringLiteral("supplier")},
        {QStringLiteral("warehouses"), QStringLiteral("warehouse")}};
    for (const auto& [table, entity] : audited) {
        auto highest =
            Sql::scalar(connection,
                        QStringLiteral("SELECT MAX(CAST(entity_id AS DECIMAL(20, 0))) FROM audit_log "
                                       "WHERE entity = ?"),
                        {entity});
        if (!highest)
            return highest.error();
        if (!highest.value().isNull()) {
            if (auto done = connection.sql().reserveIds(connection, table, highest.value().toLongLong());
                !done)
                return done;
        }
    }
    return Done{};
}

} // namespace

QStringList schemaV2(const Dialect& dialect)
{
    QStringList result;
    for (const char* ddl : portableStatements)
        result << dialect.expandDdl(QString::fromUtf8(ddl));
    result << dialect.addReferenceColumn(QStringLiteral("goods"), QStringLiteral("default_supplier_id"),
                                         QStringLiteral("BIGINT"), QStringLiteral("suppliers"))
           << dialect.addReferenceColumn(QStringLiteral("customers"), QStringLiteral("merged_into"),
                                         QStringLiteral("{uuid}"), QStringLiteral("customers"))
           << dialect.dropIndex(QStringLiteral("goods"), QStringLiteral("ix_goods_name"))
           << dialect.dropIndex(QStringLiteral("goods"), QStringLiteral("ix_goods_category"))
           << dialect.dropIndex(QStringLiteral("suppliers"), QStringLiteral("ix_suppliers_name"))
           << dialect.dropIndex(QStringLiteral("customers"), QStringLiteral("ix_customers_name"));
    return result;
}

Status applyV2(const Connection& connection)
{
    const Dialect& dialect = connection.sql();
    if (auto done = dialect.tightenTables(connection); !done)
        return done;
    if (auto done = reserveAuditedIds(connection); !done)
        return done;
    for (const auto& upgrade : {&upgradeGoods, &upgradeSuppliers, &upgradeCustomers}) {
        if (auto done = upgrade(connection); !done)
            return done;
    }
    QStringList statements = {
        QStringLiteral(
            "INSERT INTO goods_counts (category_key, archived, goods) SELECT COALESCE(category_id, 0), "
            "archived, COUNT(*) FROM goods GROUP BY COALESCE(category_id, 0), archived"),
        QStringLiteral("ALTER TABLE customers DROP COLUMN address"),
    };
    for (const char* ddl : indexStatements)
        statements << QString::fromUtf8(ddl);
    statements << dialect.searchIndexDdl(QStringLiteral("suppliers"))
               << dialect.searchIndexDdl(QStringLiteral("customers"), Dialect::SearchKey::Uuid);
    for (const QString& statement : qAsConst(statements)) {
        if (auto done = run(connection, statement); !done)
            return done;
    }
    return Done{};
}
