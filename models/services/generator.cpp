#include "generator.h"

#include "audit.h"
#include "categoryservice.h"
#include "db/sql.h"
#include "db/transaction.h"
#include "domain/barcode.h"
#include "domain/customer.h"
#include "domain/goods.h"
#include "domain/sortkey.h"
#include "domain/supplier.h"
#include "domain/uuid7.h"
#include "generatornames.h"
#include "goodscounts.h"
#include "rowcounts.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QLocale>
#include <QRandomGenerator>
#include <QSqlQuery>

namespace {

// Rows per INSERT: large enough to save round trips to a server, small enough for every
// engine's limit on bound values.
constexpr int batchRows = 200;

struct Run
{
    const Connection& connection;
    const Session& session;
    const Generator::Progress& progress;
    QRandomGenerator random;
    qint64 now = 0;
    qint64 done = 0;
    qint64 total = 0;
};

Error cancelled()
{
    return Error::make(Error::Kind::Validation, Generator::tr("Cancelled; nothing was added."));
}

Result<QList<qint64>> ensureCategories(Run& run)
{
    const CategoryService categories(run.connection);
    auto existing = categories.list();
    if (!existing)
        return existing.error();
    QList<qint64> ids;
    for (const Category& category : existing.value())
        ids.append(category.id);
    if (!ids.isEmpty())
        return ids;
    for (const char* name : {"食品", "饮料", "日用品", "Imported food", "Snacks", "Household"}) {
        auto id = categories.create(run.session, QString::fromUtf8(name), 0);
        if (!id)
            return id.error();
        ids.append(id.value());
    }
    return ids;
}

QString placeholders(int rows, int columns)
{
    const QString row = QLatin1Char('(') + QStringList(columns, QStringLiteral("?")).join(QLatin1Char(',')) +
                        QLatin1Char(')');
    return QStringList(rows, row).join(QLatin1Char(','));
}

// Inserts COUNT rows made by MAKEROW(index, values) in batches.
Status insertRows(Run& run, const QString& head, int columns, qint64 count,
                  const std::function<void(qint64, QVariantList&)>& makeRow)
{
    QSqlQuery full(run.connection.db);
    if (!full.prepare(head + placeholders(batchRows, columns)))
        return Sql::failure(run.connection, full);
    QVariantList values;
    values.reserve(batchRows * columns);
    for (qint64 start = 0; start < count; start += batchRows) {
        const int rows = int(std::min<qint64>(batchRows, count - start));
        values.clear();
        for (int r = 0; r < rows; ++r)
            makeRow(start + r, values);
        QSqlQuery partial(run.connection.db);
        QSqlQuery& query = rows == batchRows ? full : partial;
        if (rows != batchRows && !query.prepare(head + placeholders(rows, columns)))
            return Sql::failure(run.connection, query);
        for (int i = 0; i < values.size(); ++i)
            query.bindValue(i, values.at(i));
        if (!query.exec())
            return Sql::failure(run.connection, query);
        run.done += rows;
        if (run.progress && (start / batchRows) % 50 == 0 && !run.progress(run.done, run.total))
            return cancelled();
    }
    return Done{};
}

// The number after the highest PREFIX + eight digits code so far. Counting rows would reuse the
// number of a generated row someone deleted, and a code of another shape ("GEN-ZZZ") is skipped.
Result<qint64> nextSerial(const Connection& connection, const QString& table, const QString& column,
                          const QString& prefix)
{
    QString below = prefix + QStringLiteral("99999999~");
    for (;;) {
        auto highest = Sql::scalar(
            connection, QStringLiteral("SELECT MAX(%1) FROM %2 WHERE %1 >= ? AND %1 < ?").arg(column, table),
            {prefix + QStringLiteral("00000000"), below});
        if (!highest)
            return highest.error();
        if (highest.value().isNull())
            return 1;
        const QString code = highest.value().toString();
        bool number = false;
        const qint64 serial = code.mid(prefix.size()).toLongLong(&number);
        if (number && code.size() == prefix.size() + 8)
            return serial + 1;
        below = code;
    }
}

Status runAll(const Connection& connection, const QStringList& statements)
{
    for (const QString& statement : statements) {
        if (auto done = Sql::exec(connection, statement); !done)
            return done.error();
    }
    return Done{};
}

QString serialCode(const QString& prefix, qint64 serial)
{
    return prefix + QStringLiteral("%1").arg(serial, 8, 10, QLatin1Char('0'));
}

Result<QList<qint64>> generateSuppliers(Run& run, qint64 count)
{
    if (count > 0) {
        auto next = nextSerial(run.connection, QStringLiteral("suppliers"), QStringLiteral("code"),
                               QStringLiteral("GS-"));
        if (!next)
            return next.error();
        const qint64 first = next.value();
        auto inserted = insertRows(run,
                                   QStringLiteral("INSERT INTO suppliers (code, name, contact_name, phone, "
                                                  "payment_terms, search_text, sort_en, "
                                                  "sort_zh, created_at, updated_at) VALUES "),
                                   10, count, [&](qint64 index, QVariantList& values) {
                                       SupplierDraft draft;
                                       draft.code = serialCode(QStringLiteral("GS-"), first + index);
                                       draft.name = GeneratorNames::company(run.random);
                                       draft.contact = GeneratorNames::person(run.random);
                                       draft.phone = GeneratorNames::phone(run.random);
                                       draft.paymentTerms = Generator::tr(
                                           "%n days net", nullptr, 15 * int(1 + run.random.bounded(4)));
                                       values << draft.code << draft.name << draft.contact << draft.phone
                                              << draft.paymentTerms << SupplierRules::searchText(draft)
                                              << SortKey::of(draft.name, SortKey::Language::English)
                                              << SortKey::of(draft.name, SortKey::Language::Chinese)
                                              << run.now << run.now;
                                   });
        if (!inserted)
            return inserted.error();
        if (auto counted = RowCounts::adjust(run.connection, QStringLiteral("suppliers"), false, count);
            !counted)
            return counted.error();
    }
    auto rows =
        Sql::exec(run.connection, QStringLiteral("SELECT id FROM suppliers WHERE archived = 0 ORDER BY id"));
    if (!rows)
        return rows.error();
    QList<qint64> ids;
    while (rows.value().next())
        ids << rows.value().value(0).toLongLong();
    return ids;
}

// Each generated item is offered by its default supplier and up to two more, near its own cost.
Status generateOffers(Run& run, const QString& firstSku, const QString& lastSku,
                      const QList<qint64>& suppliers)
{
    QString after = firstSku;
    bool firstBatch = true;
    for (;;) {
        auto rows = Sql::exec(
            run.connection,
            QStringLiteral("SELECT id, cost_cents, default_supplier_id, sku FROM goods WHERE sku %1 ? "
                           "AND sku <= ? ORDER BY sku LIMIT 2000")
                .arg(firstBatch ? QStringLiteral(">=") : QStringLiteral(">")),
            {after, lastSku});
        if (!rows)
            return rows.error();
        QList<QVariantList> offers;
        while (rows.value().next()) {
            const qint64 goodsId = rows.value().value(0).toLongLong();
            const qint64 cost = rows.value().value(1).toLongLong();
            QList<qint64> offeredBy = {rows.value().value(2).toLongLong()};
            const int more = int(run.random.bounded(3));
            for (int i = 0; i < more && suppliers.size() > offeredBy.size(); ++i) {
                const qint64 other = suppliers.at(int(run.random.bounded(quint32(suppliers.size()))));
                if (!offeredBy.contains(other))
                    offeredBy << other;
            }
            for (qint64 supplier : qAsConst(offeredBy)) {
                const qint64 offeredCost = cost * (90 + run.random.bounded(21)) / 100;
                offers << QVariantList{supplier,
                                       goodsId,
                                       QStringLiteral("V%1-%2").arg(supplier).arg(goodsId),
                                       offeredCost,
                                       int(2 + run.random.bounded(29)),
                                       run.now};
            }
            after = rows.value().value(3).toString();
        }
        rows.value().finish();
        if (offers.isEmpty())
            return Done{};
        firstBatch = false;
        qint64 index = 0;
        const qint64 doneBefore = run.done;
        if (auto inserted = insertRows(
                run,
                QStringLiteral("INSERT INTO supplier_goods (supplier_id, goods_id, supplier_sku, "
                               "cost_cents, lead_days, updated_at) VALUES "),
                6, offers.size(), [&](qint64, QVariantList& values) { values << offers.at(int(index++)); });
            !inserted)
            return inserted;
        run.done = doneBefore; // offers are not in the total the progress counts
    }
}

Status generateGoods(Run& run, qint64 count, const QList<qint64>& suppliers)
{
    auto categoryIds = ensureCategories(run);
    if (!categoryIds)
        return categoryIds.error();
    auto next =
        nextSerial(run.connection, QStringLiteral("goods"), QStringLiteral("sku"), QStringLiteral("GEN-"));
    if (!next)
        return next.error();
    const qint64 first = next.value();
    auto finishLoad = run.connection.sql().startBulkLoad(run.connection, QStringLiteral("goods"));
    if (!finishLoad)
        return finishLoad.error();
    auto inserted = insertRows(
        run,
        QStringLiteral("INSERT INTO goods (sku, barcode, name, category_id, unit, price_cents, cost_cents, "
                       "default_supplier_id, search_text, sort_en, sort_zh, created_at, updated_at) VALUES "),
        13, count, [&](qint64 index, QVariantList& values) {
            const qint64 serial = first + index;
            GoodsDraft draft;
            draft.sku = serialCode(QStringLiteral("GEN-"), serial);
            // In-store range 2x: never clashes with a manufacturer's barcode.
            const QString digits =
                QStringLiteral("2%1").arg(serial % 100'000'000'000LL, 11, 10, QLatin1Char('0'));
            draft.barcodes = {digits + QString::number(gtinCheckDigit(digits))};
            const GeneratorNames::GoodsName name = GeneratorNames::goods(run.random);
            draft.name = name.name;
            draft.unit = name.unit;
            const qint64 price = 50 + run.random.bounded(99'950);
            draft.price = Money::fromCents(price);
            draft.cost = Money::fromCents(price * (40 + run.random.bounded(40)) / 100);
            draft.categoryId = categoryIds->at(int(run.random.bounded(quint32(categoryIds->size()))));
            const QVariant supplier =
                suppliers.isEmpty()
                    ? QVariant(QMetaType(QMetaType::LongLong))
                    : QVariant(suppliers.at(int(run.random.bounded(quint32(suppliers.size())))));
            values << draft.sku << draft.primaryBarcode() << draft.name << draft.categoryId << draft.unit
                   << draft.price.cents() << draft.cost.cents() << supplier << GoodsRules::searchText(draft)
                   << SortKey::of(draft.name, SortKey::Language::English)
                   << SortKey::of(draft.name, SortKey::Language::Chinese) << run.now << run.now;
        });
    if (!inserted)
        return inserted;
    if (auto finished = runAll(run.connection, finishLoad.value()); !finished)
        return finished;
    const QString firstSku = serialCode(QStringLiteral("GEN-"), first);
    const QString lastSku = serialCode(QStringLiteral("GEN-"), first + count - 1);
    if (auto barcodes =
            Sql::exec(run.connection,
                      QStringLiteral("INSERT INTO goods_barcodes (goods_id, position, barcode) SELECT id, 0, "
                                     "barcode FROM goods WHERE sku >= ? AND sku <= ?"),
                      {firstSku, lastSku});
        !barcodes)
        return barcodes.error();
    if (!suppliers.isEmpty()) {
        if (auto offers = generateOffers(run, firstSku, lastSku, suppliers); !offers)
            return offers;
    }
    return GoodsCounts::rebuild(run.connection);
}

Status generateCustomers(Run& run, qint64 count)
{
    auto next = nextSerial(run.connection, QStringLiteral("customers"), QStringLiteral("code"),
                           QStringLiteral("GEN-"));
    if (!next)
        return next.error();
    const qint64 first = next.value();
    auto finishLoad = run.connection.sql().startBulkLoad(run.connection, QStringLiteral("customers"));
    if (!finishLoad)
        return finishLoad.error();
    auto inserted = insertRows(
        run,
        QStringLiteral("INSERT INTO customers (id, code, name, phone, search_text, sort_en, sort_zh, "
                       "created_at, updated_at) VALUES "),
        9, count, [&](qint64 index, QVariantList& values) {
            CustomerDraft draft;
            draft.code = serialCode(QStringLiteral("GEN-"), first + index);
            draft.name = GeneratorNames::person(run.random);
            draft.phone = GeneratorNames::phone(run.random);
            values << newUuid7() << draft.code << draft.name << draft.phone
                   << CustomerRules::searchText(draft) << SortKey::of(draft.name, SortKey::Language::English)
                   << SortKey::of(draft.name, SortKey::Language::Chinese) << run.now << run.now;
        });
    if (!inserted)
        return inserted;
    if (auto counted = RowCounts::adjust(run.connection, QStringLiteral("customers"), false, count); !counted)
        return counted;
    return runAll(run.connection, finishLoad.value());
}

Result<QList<qint64>> generateWarehouses(Run& run, qint64 count)
{
    auto next = nextSerial(run.connection, QStringLiteral("warehouses"), QStringLiteral("code"),
                           QStringLiteral("GENW-"));
    if (!next)
        return next.error();
    const qint64 first = next.value();
    auto inserted =
        insertRows(run, QStringLiteral("INSERT INTO warehouses (code, name, created_at, updated_at) VALUES "),
                   4, count, [&](qint64 index, QVariantList& values) {
                       values << serialCode(QStringLiteral("GENW-"), first + index)
                              << Generator::tr("Warehouse %1").arg(first + index) << run.now << run.now;
                   });
    if (!inserted)
        return inserted.error();
    QList<qint64> ids;
    auto read = Sql::each(
        run.connection, QStringLiteral("SELECT id FROM warehouses WHERE code >= ? AND code <= ? ORDER BY id"),
        {serialCode(QStringLiteral("GENW-"), first), serialCode(QStringLiteral("GENW-"), first + count - 1)},
        [&](const QSqlQuery& q) { ids << q.value(0).toLongLong(); });
    if (!read)
        return read.error();
    return ids;
}

// COUNT movements of random goods into WAREHOUSES, over the last ninety days: receipts, and
// adjustments that take some away but never more than is there; then each level, as their sum.
Status generateMovements(Run& run, qint64 count, const QList<qint64>& warehouses)
{
    QList<qint64> goods;
    auto read = Sql::each(run.connection, QStringLiteral("SELECT id FROM goods ORDER BY id"), {},
                          [&](const QSqlQuery& q) { goods << q.value(0).toLongLong(); });
    if (!read)
        return read.error();
    if (goods.isEmpty())
        return Error::make(Error::Kind::Validation,
                           Generator::tr("There are no goods to move: give --goods N as well."));
    QHash<QPair<qint64, qint64>, qint64> levels;
    const qint64 dayMs = 24 * 3600 * 1000;
    auto inserted = insertRows(
        run,
        QStringLiteral(
            "INSERT INTO stock_movements (id, goods_id, warehouse_id, quantity_delta, kind, reason, "
            "created_at, origin) VALUES "),
        8, count, [&](qint64 index, QVariantList& values) {
            const qint64 item = goods.at(int(run.random.bounded(quint32(goods.size()))));
            const qint64 warehouse = warehouses.at(int(run.random.bounded(quint32(warehouses.size()))));
            qint64& level = levels[qMakePair(item, warehouse)];
            const bool takeAway = level > 0 && run.random.bounded(10) < 4;
            const qint64 delta = takeAway
                                     ? -(1 + qint64(run.random.bounded(quint32(std::min<qint64>(level, 50)))))
                                     : 1 + qint64(run.random.bounded(200));
            level += delta;
            // Oldest first, so the ledger reads in the order things happened.
            const qint64 at = run.now - 90 * dayMs + (90 * dayMs) * index / std::max<qint64>(count, 1);
            values << newUuid7() << item << warehouse << delta
                   << (takeAway ? QStringLiteral("adjustment") : QStringLiteral("receipt"))
                   << (takeAway ? QVariant(QStringLiteral("damaged"))
                                : QVariant(QMetaType(QMetaType::QString)))
                   << at << QStringLiteral("generate");
        });
    if (!inserted)
        return inserted;
    const QList<QPair<qint64, qint64>> pairs = levels.keys();
    return insertRows(
        run,
        QStringLiteral("INSERT INTO stock_levels (goods_id, warehouse_id, quantity, updated_at) VALUES "), 4,
        pairs.size(), [&](qint64 index, QVariantList& values) {
            const auto& pair = pairs.at(int(index));
            values << pair.first << pair.second << levels.value(pair) << run.now;
        });
}

} // namespace

Status Generator::run(const Connection& connection, const Session& session, const Request& request,
                      const Progress& progress)
{
    if (auto allowed = requirePermission(session, Permission::ManageDatabase); !allowed)
        return allowed.error();
    for (qint64 count :
         {request.goods, request.customers, request.suppliers, request.warehouses, request.movements}) {
        if (count < 0 || count > maxRows)
            return Error::make(Error::Kind::Validation,
                               tr("Give counts between 0 and %1.").arg(QLocale().toString(maxRows)));
    }
    if (request.movements > 0 && request.warehouses == 0)
        return Error::make(
            Error::Kind::Validation,
            tr("Movements go into the warehouses generated with them: give --warehouses N too."));
    Transaction transaction(connection);
    if (!transaction.ok())
        return transaction.error();
    Run run{connection,
            session,
            progress,
            QRandomGenerator(request.seed),
            QDateTime::currentMSecsSinceEpoch(),
            0,
            request.goods + request.customers + request.suppliers + request.warehouses + request.movements};

    auto suppliers = generateSuppliers(run, request.suppliers);
    if (!suppliers)
        return suppliers.error();
    if (request.goods > 0) {
        if (auto done = generateGoods(run, request.goods, suppliers.value()); !done)
            return done;
    }
    if (request.customers > 0) {
        if (auto done = generateCustomers(run, request.customers); !done)
            return done;
    }
    if (request.warehouses > 0) {
        auto warehouses = generateWarehouses(run, request.warehouses);
        if (!warehouses)
            return warehouses.error();
        if (request.movements > 0) {
            if (auto done = generateMovements(run, request.movements, warehouses.value()); !done)
                return done;
        }
    }
    if (auto audited = Audit::record(connection, session, QStringLiteral("database"),
                                     QStringLiteral("generate"), QStringLiteral("generate"), {},
                                     {{QStringLiteral("goods"), request.goods},
                                      {QStringLiteral("customers"), request.customers},
                                      {QStringLiteral("suppliers"), request.suppliers},
                                      {QStringLiteral("warehouses"), request.warehouses},
                                      {QStringLiteral("movements"), request.movements},
                                      {QStringLiteral("seed"), qint64(request.seed)}});
        !audited)
        return audited.error();
    if (progress)
        progress(run.total, run.total);
    return transaction.commit();
}
