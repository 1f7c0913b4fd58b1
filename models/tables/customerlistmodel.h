#pragma once

#include "domain/session.h"
#include "domain/sortkey.h"
#include "listmodel.h"

// What the customer list shows: active or inactive customers matching a search.
struct CustomerFilter
{
    QString search; // name, phone, e-mail or code, as typed
    bool active = true;
};

namespace CustomerList {

// Every column of the customer list, names sorted in LANGUAGE's order.
ListSpec spec(SortKey::Language language);
ListFilter filter(const Dialect& dialect, const CustomerFilter& filter);

} // namespace CustomerList

// The customer list: one row per customer, with the default address, sorted and searched in the
// database.
class CustomerListModel : public ListModel
{
    Q_OBJECT
public:
    CustomerListModel(const Database& database, const Session& session, QObject* parent = nullptr,
                      SortKey::Language language = SortKey::forLocale());

    void setFilter(const CustomerFilter& filter);
    const CustomerFilter& filter() const { return m_filter; }
    // For the loaded row ROW: the customer's id and the version it was read at (empty / 0 when not
    // loaded).
    QString customerId(int row) const { return rowKey(row).toString(); }
    int customerVersion(int row) const { return rowVersion(row); }

protected:
    QVariant cellData(const QVector<QVariant>& row, int column, int role) const override;

private:
    const Dialect& m_dialect;
    CustomerFilter m_filter;
    int m_addressColumn;
};
