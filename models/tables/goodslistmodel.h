#pragma once

#include "domain/session.h"
#include "domain/sortkey.h"
#include "listmodel.h"

#include <QList>

// What the goods list shows: active or archived goods, in some categories, matching a search.
struct GoodsFilter
{
    QString search;            // name, SKU or barcode, as typed
    QList<qint64> categoryIds; // empty: every category
    bool archived = false;
};

namespace GoodsList {

// Every column of the goods list, names sorted in LANGUAGE's order.
ListSpec spec(SortKey::Language language);
ListFilter filter(const Dialect& dialect, const GoodsFilter& filter);

} // namespace GoodsList

// The goods list: one row per goods item, sorted and filtered in the database, with the columns
// the signed-in role may see.
class GoodsListModel : public ListModel
{
    Q_OBJECT
public:
    GoodsListModel(const Database& database, const Session& session, QObject* parent = nullptr,
                   SortKey::Language language = SortKey::forLocale());

    void setFilter(const GoodsFilter& filter);
    const GoodsFilter& filter() const { return m_filter; }
    // For the loaded row ROW: the goods id and the version it was read at (0 when not loaded).
    qint64 goodsId(int row) const { return rowKey(row).toLongLong(); }
    int goodsVersion(int row) const { return rowVersion(row); }

private:
    const Dialect& m_dialect;
    GoodsFilter m_filter;
};
