#include "supplierlistmodel.h"

#include "listsearch.h"
#include "services/rowcounts.h"

#include <QCoreApplication>

namespace SupplierList {

ListSpec spec(SortKey::Language language)
{
    using Kind = ListColumn::Kind;
    ListSpec spec;
    spec.table = QStringLiteral("suppliers s");
    spec.key = QStringLiteral("s.id");
    spec.version = QStringLiteral("s.version");
    // Code and name sort from the indexes that lead with archived (ix_suppliers_code_order,
    // ix_suppliers_sort_en / _zh); the other columns have none, so they do not sort.
    spec.columns = {
        ListColumn(QStringLiteral("code"), QT_TRANSLATE_NOOP("ListColumns", "Code"), QStringLiteral("s.code"),
                   {QStringLiteral("s.code")}, Kind::Code)
            .startingWidth(10),
        ListColumn(QStringLiteral("name"), QT_TRANSLATE_NOOP("ListColumns", "Name"), QStringLiteral("s.name"),
                   {QStringLiteral("s.") + SortKey::column(language)})
            .startingWidth(28),
        ListColumn(QStringLiteral("contact"), QT_TRANSLATE_NOOP("ListColumns", "Contact"),
                   QStringLiteral("s.contact_name")),
        ListColumn(QStringLiteral("phone"), QT_TRANSLATE_NOOP("ListColumns", "Phone"),
                   QStringLiteral("s.phone"), {}, Kind::Code)
            .startingWidth(18),
        ListColumn(QStringLiteral("email"), QT_TRANSLATE_NOOP("ListColumns", "E-mail"),
                   QStringLiteral("s.email"), {}, Kind::Code)
            .startingWidth(28),
        ListColumn(QStringLiteral("payment_terms"), QT_TRANSLATE_NOOP("ListColumns", "Payment terms"),
                   QStringLiteral("s.payment_terms"))
            .startingWidth(15),
        ListColumn(QStringLiteral("updated"), QT_TRANSLATE_NOOP("ListColumns", "Updated"),
                   QStringLiteral("s.updated_at"), {}, Kind::DateTime),
    };
    spec.defaultSort = QStringLiteral("name");
    return spec;
}

ListFilter filter(const Dialect& dialect, const SupplierFilter& filter)
{
    ListFilter result;
    QStringList conditions = {QStringLiteral("s.archived = ?")};
    result.values << (filter.archived ? 1 : 0);
    if (!ListSearch::narrow(result, conditions, dialect, QStringLiteral("suppliers"), QStringLiteral("s"),
                            filter.search, {QStringLiteral("s.name"), QStringLiteral("s.code")})) {
        // Without a search the service keeps the count: no row is visited to know it.
        const SqlFragment count = RowCounts::countStatement(QStringLiteral("suppliers"), filter.archived);
        result.countSql = count.sql;
        result.countValues = count.values;
    }
    result.where = conditions.join(QStringLiteral(" AND "));
    return result;
}

} // namespace SupplierList

SupplierListModel::SupplierListModel(const Database& database, const Session& session, QObject* parent,
                                     SortKey::Language language)
    : ListModel(database, SupplierList::spec(language).visibleTo(session), parent),
      m_dialect(database.dialect())
{}

void SupplierListModel::setFilter(const SupplierFilter& filter)
{
    m_filter = filter;
    ListModel::setFilter(SupplierList::filter(m_dialect, filter));
}
