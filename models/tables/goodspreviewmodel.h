#pragma once

#include "listmodel.h"
#include "services/goodsbulkservice.h"

// The preview of a change of many goods: every item of a frozen selection, page by page, with
// its price or category now and after the change, computed by the same rules the change uses.
class GoodsPreviewModel : public ListModel
{
    Q_OBJECT
public:
    GoodsPreviewModel(const Database& database, const QString& selectionId, QObject* parent = nullptr);

    // Shows CHANGE in the "after" column; TARGETCATEGORY names the category of a category change.
    void setChange(const GoodsBulkChange& change, const QString& targetCategory);

protected:
    QVariant cellData(const QVector<QVariant>& row, int column, int role) const override;

private:
    GoodsBulkChange m_change;
    QString m_targetCategory;
    int m_afterColumn;
    int m_priceColumn;
};
