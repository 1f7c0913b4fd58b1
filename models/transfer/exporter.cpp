#include "exporter.h"

#include "db/sql.h"
#include "domain/category.h"
#include "domain/money.h"
#include "services/categoryservice.h"

#include <QDateTime>
#include <QHash>
#include <QSqlRecord>

namespace {

QString text(const QVector<QVariant>& row, int column)
{
    return row.at(column).toString();
}

QString money(const QVector<QVariant>& row, int column, bool hidden)
{
    return hidden ? QString() : Money::fromCents(row.at(column).toLongLong()).toPlainString();
}

QString flag(const QVector<QVariant>& row, int column)
{
    return row.at(column).toInt() != 0 ? QStringLiteral("1") : QStringLiteral("0");
}

QString number(const QVector<QVariant>& row, int column)
{
    return row.at(column).isNull() ? QString() : QString::number(row.at(column).toLongLong());
}

// Every category's path ("Food/Drinks/Tea"), by id: a shop has thousands at most.
Result<QHash<qint64, QString>> categoryPaths(const Connection& connection, QList<Category>* all = nullptr)
{
    auto categories = CategoryService(connection).list(true);
    if (!categories)
        return categories.error();
    QHash<qint64, QString> paths;
    for (const Category& category : categories.value()) {
        const QString parent = paths.value(category.parentId);
        paths.insert(category.id, parent.isEmpty() ? category.name
                                                   : parent + CategoryRules::pathSeparator + category.name);
    }
    if (all)
        *all = categories.value();
    return paths;
}

using Row = QVector<QVariant>;

// Pages of SQL (ending in "WHERE key > ? ORDER BY key", the key its first column) through WRITE.
// A page is read whole before it is written, so BEFOREPAGE can read what hangs off its rows (a goods
// item's barcodes) for the page's range of keys.
Result<qint64> pages(const Connection& connection, const QString& sql, const QVariantList& fixed,
                     const QVariant& start, const std::function<Status(const Row&)>& write,
                     const std::function<Status(const QVariant& first, const QVariant& last)>& beforePage,
                     const Exporter::Progress& progress)
{
    qint64 rows = 0;
    QVariant after = start;
    QList<Row> page;
    for (;;) {
        auto query = Sql::exec(connection, sql + QStringLiteral(" LIMIT %1").arg(Exporter::pageRows),
                               QVariantList(fixed) << after);
        if (!query)
            return query.error();
        page.clear();
        const int width = query.value().record().count();
        while (query.value().next()) {
            Row row(width);
            for (int i = 0; i < width; ++i)
                row[i] = query.value().value(i);
            page << row;
        }
        query.value().finish();
        if (page.isEmpty())
            return rows;
        if (beforePage) {
            if (auto ready = beforePage(page.first().at(0), page.last().at(0)); !ready)
                return ready.error();
        }
        for (const Row& row : qAsConst(page)) {
            if (auto written = write(row); !written)
                return written.error();
        }
        rows += page.size();
        after = page.last().at(0);
        if (progress && !progress(rows))
            return Error::make(Error::Kind::Validation, Exporter::tr("The export was cancelled."));
        if (page.size() < Exporter::pageRows)
            return rows;
    }
}

QList<SinkColumn> header(ImportKind kind)
{
    static const QStringList amounts = {QStringLiteral("price"), QStringLiteral("cost"),
                                        QStringLiteral("unit_cost")};
    static const QStringList wholes = {QStringLiteral("reorder_point"), QStringLiteral("lead_time_days"),
                                       QStringLiteral("quantity")};
    QList<SinkColumn> columns;
    for (const ImportColumn& column : ImportKinds::columns(kind))
        columns << SinkColumn{column.key, amounts.contains(column.key)  ? SinkColumn::Kind::Amount
                                          : wholes.contains(column.key) ? SinkColumn::Kind::Whole
                                                                        : SinkColumn::Kind::Text};
    return columns;
}

Result<qint64> goods(const Connection& connection, const Session& session, TableSink* sink,
                     const Exporter::Progress& progress)
{
    auto paths = categoryPaths(connection);
    if (!paths)
        return paths.error();
    const bool costHidden = !session.can(Permission::ViewCosts);
    QHash<qint64, QStringList> barcodes;
    const auto readBarcodes = [&](const QVariant& first, const QVariant& last) -> Status {
        barcodes.clear();
        auto rows =
            Sql::exec(connection,
                      QStringLiteral("SELECT goods_id, barcode FROM goods_barcodes WHERE goods_id >= ? AND "
                                     "goods_id <= ? ORDER BY goods_id, position"),
                      {first, last});
        if (!rows)
            return rows.error();
        while (rows.value().next())
            barcodes[rows.value().value(0).toLongLong()] << rows.value().value(1).toString();
        return Done{};
    };
    return pages(
        connection,
        QStringLiteral(
            "SELECT g.id, g.sku, g.name, g.category_id, g.unit, g.price_cents, g.cost_cents, "
            "g.description, g.reorder_point, s.code, g.archived FROM goods g LEFT JOIN suppliers s ON "
            "s.id = g.default_supplier_id WHERE g.id > ? ORDER BY g.id"),
        {}, qint64(0),
        [&](const Row& q) {
            return sink->row({text(q, 1), text(q, 2), paths->value(q.at(3).toLongLong()),
                              barcodes.value(q.at(0).toLongLong()).join(QLatin1Char('|')), text(q, 4),
                              money(q, 5, false), money(q, 6, costHidden), text(q, 7), number(q, 8),
                              text(q, 9), flag(q, 10)});
        },
        readBarcodes, progress);
}

Result<qint64> categories(const Connection& connection, TableSink* sink)
{
    QList<Category> all;
    auto paths = categoryPaths(connection, &all);
    if (!paths)
        return paths.error();
    for (const Category& category : qAsConst(all)) {
        if (auto written = sink->row(
                {paths->value(category.id), category.archived ? QStringLiteral("1") : QStringLiteral("0")});
            !written)
            return written.error();
    }
    return qint64(all.size());
}

Result<qint64> suppliers(const Connection& connection, TableSink* sink, const Exporter::Progress& progress)
{
    return pages(
        connection,
        QStringLiteral("SELECT id, code, name, contact_name, phone, email, address, payment_terms, note FROM "
                       "suppliers WHERE id > ? ORDER BY id"),
        {}, qint64(0),
        [&](const Row& q) {
            return sink->row({text(q, 1), text(q, 2), text(q, 3), text(q, 4), text(q, 5), text(q, 6),
                              text(q, 7), text(q, 8)});
        },
        {}, progress);
}

Result<qint64> supplierGoods(const Connection& connection, const Session& session, TableSink* sink,
                             const Exporter::Progress& progress)
{
    const bool costHidden = !session.can(Permission::ViewCosts);
    // Keyed by goods within each supplier: the primary key's order, one supplier after the other.
    auto supplierIds = Sql::exec(connection, QStringLiteral("SELECT DISTINCT supplier_id FROM supplier_goods "
                                                            "ORDER BY supplier_id"));
    if (!supplierIds)
        return supplierIds.error();
    QList<qint64> ids;
    while (supplierIds.value().next())
        ids << supplierIds.value().value(0).toLongLong();
    qint64 rows = 0;
    for (qint64 supplier : qAsConst(ids)) {
        auto written = pages(
            connection,
            QStringLiteral("SELECT o.goods_id, s.code, g.sku, o.supplier_sku, o.cost_cents, o.lead_days FROM "
                           "supplier_goods o JOIN suppliers s ON s.id = o.supplier_id JOIN goods g ON g.id = "
                           "o.goods_id WHERE o.supplier_id = ? AND o.goods_id > ? ORDER BY o.goods_id"),
            {supplier}, qint64(0),
            [&](const Row& q) {
                return sink->row({text(q, 1), text(q, 2), text(q, 3), money(q, 4, costHidden), number(q, 5)});
            },
            {}, [&](qint64 done) { return !progress || progress(rows + done); });
        if (!written)
            return written.error();
        rows += written.value();
    }
    return rows;
}

Result<qint64> customers(const Connection& connection, TableSink* sink, const Exporter::Progress& progress)
{
    // Merged duplicates are gone for the people who use the list; their survivor is exported.
    return pages(
        connection,
        QStringLiteral("SELECT c.id, c.code, c.name, c.phone, c.email, a.address FROM customers c LEFT JOIN "
                       "customer_addresses a ON a.customer_id = c.id AND a.is_default = 1 WHERE c.id > ? AND "
                       "c.merged_into IS NULL ORDER BY c.id"),
        {}, QString(QLatin1String("")), // not a null string, which would bind as NULL
        [&](const Row& q) {
            return sink->row({text(q, 1), text(q, 2), text(q, 3), text(q, 4), text(q, 5)});
        },
        {}, progress);
}

// What is in stock, warehouse by warehouse, as opening balances another database imports: the
// item's cost as the unit cost (for roles that see costs), levels at zero left out.
Result<qint64> stock(const Connection& connection, const Session& session, TableSink* sink,
                     const Exporter::Progress& progress)
{
    const bool costHidden = !session.can(Permission::ViewCosts);
    auto warehouseIds = Sql::exec(connection, QStringLiteral("SELECT id FROM warehouses ORDER BY id"));
    if (!warehouseIds)
        return warehouseIds.error();
    QList<qint64> ids;
    while (warehouseIds.value().next())
        ids << warehouseIds.value().value(0).toLongLong();
    qint64 rows = 0;
    for (qint64 warehouse : qAsConst(ids)) {
        auto written = pages(
            connection,
            QStringLiteral(
                "SELECT l.goods_id, g.sku, w.code, l.quantity, g.cost_cents FROM stock_levels l "
                "JOIN goods g ON g.id = l.goods_id JOIN warehouses w ON w.id = l.warehouse_id "
                "WHERE l.warehouse_id = ? AND l.quantity > 0 AND l.goods_id > ? ORDER BY l.goods_id"),
            {warehouse}, qint64(0),
            [&](const Row& q) {
                return sink->row({text(q, 1), text(q, 2), number(q, 3), money(q, 4, costHidden)});
            },
            {}, [&](qint64 done) { return !progress || progress(rows + done); });
        if (!written)
            return written.error();
        rows += written.value();
    }
    return rows;
}

Permission neededPermission(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Customers:
        return Permission::ManageCustomers;
    case ImportKind::Suppliers:
    case ImportKind::SupplierGoods:
        return Permission::ManageSuppliers;
    case ImportKind::Goods:
    case ImportKind::Categories:
    case ImportKind::Stock:
        break;
    }
    return Permission::ViewCatalogue;
}

} // namespace

Result<qint64> Exporter::run(const Connection& connection, const Session& session, ImportKind kind,
                             TableSink* sink, const Progress& progress)
{
    if (auto allowed = requirePermission(session, neededPermission(kind)); !allowed)
        return allowed.error();
    if (auto written = sink->header(header(kind)); !written)
        return written.error();
    Result<qint64> rows = qint64(0);
    switch (kind) {
    case ImportKind::Goods:
        rows = goods(connection, session, sink, progress);
        break;
    case ImportKind::Categories:
        rows = categories(connection, sink);
        break;
    case ImportKind::Suppliers:
        rows = suppliers(connection, sink, progress);
        break;
    case ImportKind::SupplierGoods:
        rows = supplierGoods(connection, session, sink, progress);
        break;
    case ImportKind::Customers:
        rows = customers(connection, sink, progress);
        break;
    case ImportKind::Stock:
        rows = stock(connection, session, sink, progress);
        break;
    }
    if (!rows)
        return rows;
    if (auto finished = sink->finish(); !finished)
        return finished.error();
    return rows;
}

Result<qint64> Exporter::movements(const Connection& connection, const Session& session, TableSink* sink,
                                   const Progress& progress)
{
    if (auto allowed = requirePermission(session, Permission::ViewCatalogue); !allowed)
        return allowed.error();
    using K = SinkColumn::Kind;
    const QList<SinkColumn> columns = {
        {QStringLiteral("time"), K::Text},      {QStringLiteral("sku"), K::Text},
        {QStringLiteral("warehouse"), K::Text}, {QStringLiteral("quantity"), K::Whole},
        {QStringLiteral("kind"), K::Text},      {QStringLiteral("reason"), K::Text},
        {QStringLiteral("reference"), K::Text}, {QStringLiteral("user"), K::Text},
        {QStringLiteral("operation"), K::Text}};
    if (auto written = sink->header(columns); !written)
        return written.error();
    // Movement ids are time-ordered UUIDs made as each was written: their order is the ledger's.
    auto rows = pages(
        connection,
        QStringLiteral("SELECT m.id, m.created_at, g.sku, w.code, m.quantity_delta, m.kind, m.reason, "
                       "m.reference_kind, m.reference_id, u.username, m.origin FROM stock_movements m "
                       "JOIN goods g ON g.id = m.goods_id JOIN warehouses w ON w.id = m.warehouse_id "
                       "LEFT JOIN users u ON u.id = m.user_id WHERE m.id > ? ORDER BY m.id"),
        {}, QString(QLatin1String("")),
        [&](const Row& q) {
            const QString time = QDateTime::fromMSecsSinceEpoch(q.at(1).toLongLong())
                                     .toLocalTime()
                                     .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
            const QString reference =
                q.at(7).isNull() ? QString() : text(q, 7) + QLatin1Char(' ') + text(q, 8);
            return sink->row({time, text(q, 2), text(q, 3), number(q, 4), text(q, 5), text(q, 6), reference,
                              text(q, 9), text(q, 10)});
        },
        {}, progress);
    if (!rows)
        return rows;
    if (auto finished = sink->finish(); !finished)
        return finished.error();
    return rows;
}
