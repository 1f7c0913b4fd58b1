#include "customerlistmodel.h"

#include "listsearch.h"
#include "services/rowcounts.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace {

// A phone number typed with spaces or dashes ("139 1234 5678") is looked for as its digits, which
// every stored form of the number has as one token (SearchTokens joins the parts of a code): split
// into words, it would miss a number stored without the spaces. Anything else is searched as typed.
QString searchable(const QString& text)
{
    static const QRegularExpression phone(QStringLiteral("^\\+?\\(?[0-9]+([ ()./-]+[0-9]+)+$"));
    const QString typed = text.trimmed();
    if (!phone.match(typed).hasMatch())
        return text;
    QString digits;
    for (QChar c : typed) {
        if (c.isDigit())
            digits += c;
    }
    return digits;
}

} // namespace

namespace CustomerList {

ListSpec spec(SortKey::Language language)
{
    using Kind = ListColumn::Kind;
    const QString name = QStringLiteral("c.") + SortKey::column(language);
    ListSpec spec;
    spec.table = QStringLiteral("customers c");
    // The default address by the id of one row, not by is_default alone: were a customer ever to have
    // two rows marked (a hand-made import), the list would still show the customer once.
    spec.joins = QStringLiteral(
        "LEFT JOIN customer_addresses a ON a.id = (SELECT d.id FROM customer_addresses d WHERE "
        "d.customer_id = c.id AND d.is_default = 1 ORDER BY d.position LIMIT 1)");
    spec.key = QStringLiteral("c.id");
    spec.version = QStringLiteral("c.version");
    // Only code and name sort: ix_customers_code_order and ix_customers_sort_xx (archived, column, id)
    // serve them. Phone has an index of phone alone, which cannot give the active customers in
    // phone order without sorting them all; e-mail, address and time have none.
    spec.columns = {
        ListColumn(QStringLiteral("code"), QT_TRANSLATE_NOOP("ListColumns", "Code"), QStringLiteral("c.code"),
                   {QStringLiteral("c.code")}, Kind::Code)
            .startingWidth(11),
        ListColumn(QStringLiteral("name"), QT_TRANSLATE_NOOP("ListColumns", "Name"), QStringLiteral("c.name"),
                   {name})
            .startingWidth(20),
        ListColumn(QStringLiteral("phone"), QT_TRANSLATE_NOOP("ListColumns", "Phone"),
                   QStringLiteral("c.phone"), {}, Kind::Code)
            .startingWidth(20),
        ListColumn(QStringLiteral("email"), QT_TRANSLATE_NOOP("ListColumns", "E-mail"),
                   QStringLiteral("c.email"))
            .startingWidth(26),
        {QStringLiteral("updated"),
         QT_TRANSLATE_NOOP("ListColumns", "Updated"),
         QStringLiteral("c.updated_at"),
         {},
         Kind::DateTime},
        // Last, so it takes the width the others leave: addresses are the longest.
        {QStringLiteral("address"), QT_TRANSLATE_NOOP("ListColumns", "Default address"),
         QStringLiteral("a.address")},
    };
    spec.defaultSort = QStringLiteral("name");
    return spec;
}

ListFilter filter(const Dialect& dialect, const CustomerFilter& filter)
{
    ListFilter result;
    QStringList conditions = {QStringLiteral("c.archived = ?")};
    result.values << (filter.active ? 0 : 1);
    if (!ListSearch::narrow(result, conditions, dialect, QStringLiteral("customers"), QStringLiteral("c"),
                            searchable(filter.search),
                            {QStringLiteral("c.name"), QStringLiteral("c.code"), QStringLiteral("c.phone"),
                             QStringLiteral("c.email")},
                            Dialect::SearchKey::Uuid)) {
        // Without a search the service keeps the count: no row is visited to know it.
        const SqlFragment count = RowCounts::countStatement(QStringLiteral("customers"), !filter.active);
        result.countSql = count.sql;
        result.countValues = count.values;
    }
    result.where = conditions.join(QStringLiteral(" AND "));
    return result;
}

} // namespace CustomerList

CustomerListModel::CustomerListModel(const Database& database, const Session& session, QObject* parent,
                                     SortKey::Language language)
    : ListModel(database, CustomerList::spec(language).visibleTo(session), parent),
      m_dialect(database.dialect()), m_addressColumn(spec().indexOf(QStringLiteral("address")))
{}

void CustomerListModel::setFilter(const CustomerFilter& filter)
{
    m_filter = filter;
    ListModel::setFilter(CustomerList::filter(m_dialect, filter));
}

QVariant CustomerListModel::cellData(const QVector<QVariant>& row, int column, int role) const
{
    const QVariant value = ListModel::cellData(row, column, role);
    // An address of several lines shows on one; the tooltip keeps its lines.
    if (column == m_addressColumn && role == Qt::DisplayRole && !value.isNull()) {
        static const QRegularExpression breaks(QStringLiteral("\\s*\\n\\s*"));
        return value.toString().replace(breaks, QStringLiteral(" "));
    }
    return value;
}
