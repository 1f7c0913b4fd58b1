// What a user waits for in the goods list on a million goods, measured on the real view, offscreen:
// window shown to first rows painted, Ctrl+End to the real last rows painted, a sort click to rows
// painted, one search keystroke to results painted, peak memory and the longest freeze.
//
//   goods_view_bench --database sqlite:big.db --mode storekeeper|baseline|raw
//
// "baseline" is what Qt offers out of the box: QSqlQueryModel with QSortFilterProxyModel for sort
// and search. "raw" runs the SQL Storekeeper's page loader sends, straight on the engine, with no
// model or view, to show what the layers above the engine cost. tests/bench/run-goods-bench runs
// all three, each in its own process, and prints the table for the README.
#include "benchprobe.h"
#include "common/pagedtableview.h"
#include "db/database.h"
#include "db/sql.h"
#include "goods/goodsview.h"
#include "tables/goodslistmodel.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QHeaderView>
#include <QLineEdit>
#include <QScrollBar>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSqlQuery>
#include <QSqlQueryModel>
#include <QTableView>
#include <QTest>
#include <QTextStream>
#include <QVBoxLayout>

namespace {

const QString search = QStringLiteral("茶");

void report(const char* metric, double value)
{
    QTextStream(stdout) << metric << ' ' << QString::number(value, 'f', 1) << Qt::endl;
}

bool firstVisibleRowLoaded(QTableView* table)
{
    const int row = std::max(0, table->rowAt(0));
    return table->model()->rowCount() == 0 ||
           table->model()->index(row, 0).data(PagedTableModel::LoadedRole).toBool();
}

bool atBottom(QTableView* table)
{
    return table->verticalScrollBar()->value() == table->verticalScrollBar()->maximum();
}

int runStorekeeper(const Database& database, const Connection& connection)
{
    Session manager;
    manager.role = Role::Manager;
    manager.displayName = QStringLiteral("bench");
    const Workspace workspace{database, connection, manager, std::make_shared<JobRunner>(database)};
    GoodsView view(workspace);
    view.resize(1280, 800);
    PagedTableView* table = view.table();
    GoodsListModel* model = view.model();
    BenchProbe probe(table->viewport());

    const double firstRows = probe.measure(
        [&] { view.show(); }, [&] { return model->isCurrent() && firstVisibleRowLoaded(table); });
    report("first_rows_ms", firstRows);
    // The true row count follows the first page; the scroll bar's range is exact from then on.
    report("count_known_ms", firstRows + probe.measure([] {}, [&] { return model->isCountKnown(); }));
    probe.resetStall(); // from here on: the stalls a user meets while working, not start-up
    report("ctrl_end_ms", probe.measure(
                              [&] {
                                  table->setFocus();
                                  QTest::keyClick(table, Qt::Key_End, Qt::ControlModifier);
                              },
                              [&] {
                                  const int last = model->rowCount() - 1;
                                  return model->isCountKnown() && atBottom(table) &&
                                         model->index(last, 0).data(PagedTableModel::LoadedRole).toBool();
                              }));
    report("sort_ms",
           probe.measure(
               [&] {
                   const QHeaderView* header = table->horizontalHeader();
                   const int x = header->sectionViewportPosition(
                                     GoodsList::spec(SortKey::forLocale()).indexOf(QStringLiteral("price"))) +
                                 5;
                   QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
               },
               [&] {
                   return model->sortColumn() ==
                              GoodsList::spec(SortKey::forLocale()).indexOf(QStringLiteral("price")) &&
                          model->isCurrent() && firstVisibleRowLoaded(table);
               }));
    report("search_ms",
           probe.measure([&] { view.findChild<QLineEdit*>(QStringLiteral("goodsSearch"))->insert(search); },
                         [&] {
                             return model->filter().search == search && model->isCurrent() &&
                                    firstVisibleRowLoaded(table);
                         }));
    probe.measure([] {}, [&] { return model->isCountKnown(); });
    report("search_rows", model->rowCount());
    report("peak_rss_mib", BenchProbe::peakResidentMiB());
    report("longest_stall_ms", probe.longestStallMs());
    return 0;
}

int runBaseline(const Connection& connection)
{
    QWidget window;
    auto* edit = new QLineEdit;
    auto* table = new QTableView;
    auto* layout = new QVBoxLayout(&window);
    layout->addWidget(edit);
    layout->addWidget(table);
    QSqlQueryModel model;
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setFilterKeyColumn(2);
    table->setModel(&proxy);
    table->setSortingEnabled(true);
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    QObject::connect(edit, &QLineEdit::textChanged, &proxy, &QSortFilterProxyModel::setFilterFixedString);
    window.resize(1280, 800);
    BenchProbe probe(table->viewport());

    report("first_rows_ms",
           probe.measure(
               [&] {
                   model.setQuery(QStringLiteral("SELECT g.id, g.sku, g.name, g.barcode, c.name, g.unit, "
                                                 "g.price_cents, g.cost_cents, g.updated_at FROM goods g "
                                                 "LEFT JOIN categories c ON c.id = g.category_id "
                                                 "WHERE g.archived = 0 ORDER BY g.name, g.id"),
                                  connection.db);
                   window.show();
               },
               [&] { return proxy.rowCount() > 0; }));
    report("count_known_ms", -1); // QSqlQueryModel never knows the count until every row is fetched
    probe.resetStall();
    // QSqlQueryModel fetches as the view scrolls; the real last rows need every row fetched first.
    report("ctrl_end_ms", probe.measure(
                              [&] {
                                  while (model.canFetchMore())
                                      model.fetchMore();
                                  table->setFocus();
                                  QTest::keyClick(table, Qt::Key_End, Qt::ControlModifier);
                              },
                              [&] { return !model.canFetchMore() && atBottom(table); }));
    report("sort_ms", probe.measure(
                          [&] {
                              const QHeaderView* header = table->horizontalHeader();
                              const int x = header->sectionViewportPosition(6) + 5;
                              QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                                                QPoint(x, header->height() / 2));
                          },
                          [&] { return proxy.sortColumn() == 6; }));
    // Filtering is synchronous: when insert() returns, the proxy holds the result; time to its paint.
    report("search_ms", probe.measure([&] { edit->insert(search); }, [] { return true; }));
    report("search_rows", proxy.rowCount());
    report("peak_rss_mib", BenchProbe::peakResidentMiB());
    report("longest_stall_ms", probe.longestStallMs());
    return 0;
}

// The statements the page loader sends for the same four steps, timed on the bare engine.
int runRaw(const Connection& connection)
{
    const auto time = [&](const QString& sql, const QVariantList& values) {
        QElapsedTimer timer;
        timer.start();
        auto query = Sql::exec(connection, sql, values);
        if (!query)
            return -1.0;
        while (query.value().next()) {
        }
        return double(timer.nsecsElapsed()) / 1e6;
    };
    const auto pageSql = [](const PagedQuery& q, bool descending) {
        const QString order = q.orderClause(descending);
        return QStringLiteral("SELECT %1 FROM (SELECT %2 AS page_key FROM %3 %4 WHERE %5%6 LIMIT 100) page "
                              "JOIN %3 ON %2 = "
                              "page.page_key %7%6")
            .arg(q.columns, q.key, q.table, q.keyJoins, q.where, order, q.joins);
    };
    // The count the loader runs: the kept one when the list has it, else COUNT(*) of the matches.
    const auto countSql = [](const PagedQuery& q) {
        return q.countSql.isEmpty()
                   ? QStringLiteral("SELECT COUNT(*) FROM %1 %2 WHERE %3").arg(q.table, q.keyJoins, q.where)
                   : q.countSql;
    };
    const auto countValues = [](const PagedQuery& q) {
        return q.countSql.isEmpty() ? q.values : q.countValues;
    };
    const Dialect& dialect = connection.sql();
    const ListSpec spec = GoodsList::spec(SortKey::forLocale());
    const auto query = [&](const GoodsFilter& filter, const char* column) {
        return ListModel::buildQuery(spec, GoodsList::filter(dialect, filter),
                                     spec.indexOf(QString::fromLatin1(column)), Qt::AscendingOrder);
    };
    const PagedQuery byName = query({}, "name");
    const PagedQuery byPrice = query({}, "price");
    const PagedQuery searched = query({search, {}, false}, "price");
    report("first_rows_ms",
           time(pageSql(byName, false), byName.values) + time(countSql(byName), countValues(byName)));
    report("ctrl_end_ms", time(pageSql(byName, true), byName.values));
    report("sort_ms", time(pageSql(byPrice, false), byPrice.values));
    report("search_ms",
           time(pageSql(searched, false), searched.values) + time(countSql(searched), countValues(searched)));
    report("peak_rss_mib", BenchProbe::peakResidentMiB());
    return 0;
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    // Settings of its own, cleared: a column order or sort saved by an earlier run must not change this one.
    QCoreApplication::setOrganizationName(QStringLiteral("StorekeeperBench"));
    QSettings().clear();
    QCommandLineParser parser;
    parser.addOptions({{QStringLiteral("database"), QStringLiteral("sqlite:PATH of a database with goods"),
                        QStringLiteral("url")},
                       {QStringLiteral("mode"), QStringLiteral("storekeeper, baseline or raw"),
                        QStringLiteral("mode"), QStringLiteral("storekeeper")}});
    parser.process(app);
    auto profile = ConnectionProfile::parse(parser.value(QStringLiteral("database")));
    if (!profile) {
        QTextStream(stderr) << profile.error().message << Qt::endl;
        return 2;
    }
    const Database database(profile.value(), qEnvironmentVariable("STOREKEEPER_DB_PASSWORD"));
    auto connection = database.connect(QStringLiteral("bench"));
    if (!connection) {
        QTextStream(stderr) << connection.error().message << Qt::endl;
        return 1;
    }
    const QString mode = parser.value(QStringLiteral("mode"));
    if (mode == QLatin1String("baseline"))
        return runBaseline(connection.value());
    if (mode == QLatin1String("raw"))
        return runRaw(connection.value());
    return runStorekeeper(database, connection.value());
}
