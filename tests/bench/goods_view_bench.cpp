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
#include "benchsupport.h"
#include "common/pagedtableview.h"
#include "db/database.h"
#include "db/sql.h"
#include "goods/goodsview.h"
#include "tables/goodslistmodel.h"

#include <QApplication>
#include <QHeaderView>
#include <QLineEdit>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QSqlQuery>
#include <QSqlQueryModel>
#include <QTableView>
#include <QTest>
#include <QTextStream>
#include <QVBoxLayout>

namespace {

const QString search = QStringLiteral("茶");

using Bench::report;

bool atBottom(QTableView* table)
{
    return table->verticalScrollBar()->value() == table->verticalScrollBar()->maximum();
}

int runStorekeeper(const Database& database, const Connection& connection)
{
    const Workspace workspace = Bench::managerWorkspace(database, connection);
    GoodsView view(workspace);
    view.resize(1280, 800);
    PagedTableView* table = view.table();
    GoodsListModel* model = view.model();
    BenchProbe probe(table->viewport());

    const double firstRows = probe.measure(
        [&] { view.show(); }, [&] { return model->isCurrent() && Bench::firstVisibleRowLoaded(table); });
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
                          model->isCurrent() && Bench::firstVisibleRowLoaded(table);
               }));
    report("search_ms",
           probe.measure([&] { view.findChild<QLineEdit*>(QStringLiteral("goodsSearch"))->insert(search); },
                         [&] {
                             return model->filter().search == search && model->isCurrent() &&
                                    Bench::firstVisibleRowLoaded(table);
                         }));
    probe.measure([] {}, [&] { return model->isCountKnown(); });
    report("search_rows", model->rowCount());
    report("peak_rss_mib", Bench::peakResidentMiB());
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
    report("peak_rss_mib", Bench::peakResidentMiB());
    report("longest_stall_ms", probe.longestStallMs());
    return 0;
}

// The statements the page loader sends for the same four steps, timed on the bare engine.
int runRaw(const Connection& connection)
{
    const auto page = [&](const PagedQuery& q, bool descending) {
        return Bench::timeOnEngine(connection,
                                   q.pageStatement(0, PagedTableModel::defaultPageSize, descending));
    };
    const auto count = [&](const PagedQuery& q) {
        return Bench::timeOnEngine(connection, q.countStatement());
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
    report("first_rows_ms", page(byName, false) + count(byName));
    report("ctrl_end_ms", page(byName, true));
    report("sort_ms", page(byPrice, false));
    report("search_ms", page(searched, false) + count(searched));
    report("peak_rss_mib", Bench::peakResidentMiB());
    return 0;
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    auto setup =
        Bench::open(app, QStringLiteral("The goods list on a big database, as a user waits for it."),
                    {QStringLiteral("storekeeper"), QStringLiteral("baseline"), QStringLiteral("raw")});
    if (!setup)
        return 2;
    if (setup->mode == QLatin1String("baseline"))
        return runBaseline(setup->connection);
    if (setup->mode == QLatin1String("raw"))
        return runRaw(setup->connection);
    return runStorekeeper(setup->database, setup->connection);
}
