#pragma once

#include "domain/session.h"
#include "listmodel.h"

namespace SupplierGoodsList {

// The goods one supplier sells: our SKU and name, theirs, the cost (for roles that may see costs)
// and the lead time.
ListSpec spec();
ListFilter filter(qint64 supplierId);

} // namespace SupplierGoodsList

// The goods a supplier sells, paged like every list: a supplier of thousands of items costs no more
// than one of three.
class SupplierGoodsListModel : public ListModel
{
    Q_OBJECT
public:
    SupplierGoodsListModel(const Database& database, const Session& session, qint64 supplierId,
                           QObject* parent = nullptr);

    qint64 supplierId() const { return m_supplierId; }
    // For the loaded row ROW: the goods item and the version of the offer it was read at.
    qint64 goodsId(int row) const { return rowKey(row).toLongLong(); }
    int offerVersion(int row) const { return rowVersion(row); }

protected:
    QVariant cellData(const QVector<QVariant>& row, int column, int role) const override;

private:
    qint64 m_supplierId;
    int m_leadColumn;
};
