#pragma once

#include "domain/session.h"
#include "domain/sortkey.h"
#include "listmodel.h"

// What the supplier list shows: active or archived suppliers matching a search.
struct SupplierFilter
{
    QString search; // name, contact, code, phone or e-mail, as typed
    bool archived = false;
};

namespace SupplierList {

// Every column of the supplier list, names sorted in LANGUAGE's order.
ListSpec spec(SortKey::Language language);
ListFilter filter(const Dialect& dialect, const SupplierFilter& filter);

} // namespace SupplierList

// The supplier list: one row per supplier, sorted and searched in the database.
class SupplierListModel : public ListModel
{
    Q_OBJECT
public:
    SupplierListModel(const Database& database, const Session& session, QObject* parent = nullptr,
                      SortKey::Language language = SortKey::forLocale());

    void setFilter(const SupplierFilter& filter);
    const SupplierFilter& filter() const { return m_filter; }
    // For the loaded row ROW: the supplier's id and the version it was read at (0 when not loaded).
    qint64 supplierId(int row) const { return rowKey(row).toLongLong(); }
    int supplierVersion(int row) const { return rowVersion(row); }

private:
    const Dialect& m_dialect;
    SupplierFilter m_filter;
};
