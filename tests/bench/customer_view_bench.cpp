// What a user waits for in the customers list on a million customers, measured on the real view,
// offscreen: window shown to first rows painted (sorted by name in the language's order), a click
// on Code and then on Name to sorted rows painted, and one search keystroke to matches painted.
//
//   customer_view_bench --database sqlite:big.db --mode storekeeper|raw --language zh_CN|en
//
// "raw" runs the statements the page loader sends for the same steps, straight on the engine.
// tests/bench/run-customer-bench runs both and prints the table for the README.
#include "benchprobe.h"
#include "benchsupport.h"
#include "common/pagedtableview.h"
#include "customers/customersview.h"
#include "db/sql.h"
#include "tables/customerlistmodel.h"

#include <QApplication>
#include <QHeaderView>
#include <QLineEdit>
#include <QTest>
#include <cstdio>

namespace {

using Bench::report;

// The most common surname among the generated names: a keystroke matching many customers.
const QString search = QStringLiteral("王");

int column(const char* key)
{
    return CustomerList::spec(SortKey::forLocale()).indexOf(QString::fromLatin1(key));
}

int runStorekeeper(const Database& database, const Connection& connection)
{
    const Workspace workspace = Bench::managerWorkspace(database, connection);
    CustomersView view(workspace);
    view.resize(1280, 800);
    PagedTableView* table = view.table();
    CustomerListModel* model = view.model();
    BenchProbe probe(table->viewport());
    const auto painted = [&] { return model->isCurrent() && Bench::firstVisibleRowLoaded(table); };
    const auto clickHeader = [&](int section) {
        const QHeaderView* header = table->horizontalHeader();
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                          QPoint(header->sectionViewportPosition(section) + 5, header->height() / 2));
    };

    const double firstRows = probe.measure([&] { view.show(); }, painted);
    report("first_rows_ms", firstRows);
    report("count_known_ms", firstRows + probe.measure([] {}, [&] { return model->isCountKnown(); }));
    probe.resetStall();
    report("sort_code_ms", probe.measure([&] { clickHeader(column("code")); },
                                         [&] { return model->sortColumn() == column("code") && painted(); }));
    report("sort_name_ms", probe.measure([&] { clickHeader(column("name")); },
                                         [&] { return model->sortColumn() == column("name") && painted(); }));
    report(
        "search_ms",
        probe.measure([&] { view.findChild<QLineEdit*>(QStringLiteral("customersSearch"))->insert(search); },
                      [&] { return model->filter().search == search && painted(); }));
    report("search_count_ms", probe.measure([] {}, [&] { return model->isCountKnown(); }));
    report("search_rows", model->rowCount());
    report("peak_rss_mib", Bench::peakResidentMiB());
    report("longest_stall_ms", probe.longestStallMs());
    return 0;
}

int runRaw(const Connection& connection)
{
    const ListSpec spec = CustomerList::spec(SortKey::forLocale());
    const auto query = [&](const QString& text, const char* key) {
        CustomerFilter filter;
        filter.search = text;
        return ListModel::buildQuery(spec, CustomerList::filter(connection.sql(), filter), column(key),
                                     Qt::AscendingOrder);
    };
    const auto page = [&](const PagedQuery& q) {
        return Bench::timeOnEngine(connection, q.pageStatement(0, PagedTableModel::defaultPageSize, false));
    };
    const auto count = [&](const PagedQuery& q) {
        return Bench::timeOnEngine(connection, q.countStatement());
    };
    const PagedQuery byName = query({}, "name");
    const PagedQuery searched = query(search, "name");
    report("first_rows_ms", page(byName));
    report("count_known_ms", page(byName) + count(byName));
    report("sort_code_ms", page(query({}, "code")));
    report("sort_name_ms", page(byName));
    report("search_ms", page(searched));
    report("search_count_ms", count(searched));
    report("peak_rss_mib", Bench::peakResidentMiB());
    return 0;
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    auto setup =
        Bench::open(app, QStringLiteral("The customers list on a big database, as a user waits for it."),
                    {QStringLiteral("storekeeper"), QStringLiteral("raw"), QStringLiteral("count")});
    if (!setup)
        return 2;
    // "count": how many customers there are, so the script generates into a server database once.
    if (setup->mode == QLatin1String("count")) {
        auto customers = Sql::scalar(setup->connection, QStringLiteral("SELECT COUNT(*) FROM customers"));
        if (!customers)
            return 1;
        std::printf("%lld\n", customers.value().toLongLong());
        return 0;
    }
    return setup->mode == QLatin1String("raw") ? runRaw(setup->connection)
                                               : runStorekeeper(setup->database, setup->connection);
}
