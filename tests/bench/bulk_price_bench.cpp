// A bulk price change of every goods item in a database (100,000 for the README), as a manager
// makes it: the selection frozen with versions, the preview's first page read, the change applied
// in one transaction with an audit row per item. Beside it, "raw": the statements that change
// writes, bare on the engine, in one transaction as well (one UPDATE and one audit INSERT per item).
//
//   bulk_price_bench --database sqlite:goods-100000.db --mode storekeeper|raw
//
// Each run raises every price by 10 % (so run it on a throwaway copy). Prints "metric value" lines.
#include "benchsupport.h"
#include "db/database.h"
#include "db/migrations.h"
#include "db/sql.h"
#include "db/transaction.h"
#include "domain/uuid7.h"
#include "services/goodsbulkservice.h"
#include "services/selections.h"
#include "tables/goodslistmodel.h"
#include "tables/goodspreviewmodel.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTest>
#include <QTextStream>

namespace {

using Bench::peakResidentMiB;
using Bench::report;

Session manager()
{
    Session session;
    session.role = Role::Manager;
    session.displayName = QStringLiteral("bench");
    return session;
}

int runStorekeeper(const Database& database, const Connection& connection, qint64 rows)
{
    const ListSpec spec = GoodsList::spec(SortKey::Language::English);
    const PagedQuery query = ListModel::buildQuery(spec, GoodsList::filter(connection.sql(), {}),
                                                   spec.indexOf(QStringLiteral("name")), Qt::AscendingOrder);
    QElapsedTimer timer;
    timer.start();
    auto frozen = Selections::freeze(connection, manager(), Permission::EditGoods, query, spec.version,
                                     {{0, int(rows - 1)}});
    if (!frozen) {
        QTextStream(stderr) << frozen.error().message << Qt::endl;
        return 1;
    }
    report("freeze_ms", double(timer.nsecsElapsed()) / 1e6);
    report("selected_rows", double(frozen->rows));

    timer.restart();
    GoodsPreviewModel preview(database, frozen->id);
    GoodsBulkChange change;
    change.kind = GoodsBulkChange::Kind::Price;
    change.price.basisPoints = 1000;
    preview.setChange(change, {});
    preview.index(0, 0).data();
    if (!QTest::qWaitFor(
            [&] {
                return preview.isCountKnown() &&
                       preview.index(0, 0).data(PagedTableModel::LoadedRole).toBool();
            },
            60000))
        return 1;
    report("preview_first_page_ms", double(timer.nsecsElapsed()) / 1e6);

    timer.restart();
    auto changed = GoodsBulkService(connection).apply(manager(), frozen->id, change);
    if (!changed) {
        QTextStream(stderr) << changed.error().message << Qt::endl;
        return 1;
    }
    report("apply_ms", double(timer.nsecsElapsed()) / 1e6);
    report("changed_rows", double(changed.value()));
    report("peak_rss_mib", peakResidentMiB());
    return 0;
}

// What apply() sends, without the service: per item an UPDATE guarded by its version and an audit row.
int runRaw(const Connection& connection, qint64 rows)
{
    QElapsedTimer timer;
    timer.start();
    Transaction transaction(connection);
    if (!transaction.ok())
        return 1;
    auto ids =
        Sql::exec(connection,
                  QStringLiteral("SELECT id, version, price_cents FROM goods WHERE archived = 0 ORDER BY "
                                 "sort_en, id LIMIT ?"),
                  {rows});
    if (!ids)
        return 1;
    QList<std::tuple<qint64, int, qint64>> items;
    while (ids.value().next())
        items << std::tuple{ids.value().value(0).toLongLong(), ids.value().value(1).toInt(),
                            ids.value().value(2).toLongLong()};
    ids.value().finish();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (const auto& [id, version, price] : qAsConst(items)) {
        const qint64 raised = (price * 11000 + 5000) / 10000;
        if (!Sql::exec(
                connection,
                QStringLiteral(
                    "UPDATE goods SET price_cents = ?, version = version + 1, updated_at = ? WHERE id = ? "
                    "AND version = ?"),
                {raised, now, id, version}))
            return 1;
        if (!Sql::exec(
                connection,
                QStringLiteral("INSERT INTO audit_log (id, changed_at, user_id, entity, entity_id, action, "
                               "old_value, new_value) VALUES (?, ?, NULL, 'goods', ?, 'update', ?, ?)"),
                {newUuid7(), now, QString::number(id), QStringLiteral("{\"price_cents\":%1}").arg(price),
                 QStringLiteral("{\"price_cents\":%1}").arg(raised)}))
            return 1;
    }
    if (!transaction.commit())
        return 1;
    report("apply_ms", double(timer.nsecsElapsed()) / 1e6);
    report("changed_rows", double(items.size()));
    report("peak_rss_mib", peakResidentMiB());
    return 0;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    auto setup = Bench::open(app, QStringLiteral("A bulk price change of every goods item."),
                             {QStringLiteral("storekeeper"), QStringLiteral("raw")});
    if (!setup || !Migrations::migrate(setup->connection))
        return 2;
    const Connection& connection = setup->connection;
    auto rows = Sql::scalar(connection, QStringLiteral("SELECT COUNT(*) FROM goods WHERE archived = 0"));
    if (!rows)
        return 1;
    return setup->mode == QLatin1String("raw")
               ? runRaw(connection, rows.value().toLongLong())
               : runStorekeeper(setup->database, connection, rows.value().toLongLong());
}
