#pragma once

#include "db/connection.h"
#include "domain/error.h"
#include "domain/pricechange.h"
#include "domain/session.h"

#include <QCoreApplication>

class JobControl;

// One change made to every goods item of a frozen selection (Selections): a new category, a price
// raised or lowered, or archiving. All of it in one transaction, each item audited; refused whole
// when any item changed since the selection was frozen, or when a new price would be out of range.
struct GoodsBulkChange
{
    enum class Kind
    {
        Category,
        Price,
        Archive
    };
    Kind kind = Kind::Price;
    qint64 categoryId = 0; // Category: 0 files them under no category
    PriceChange price;     // Price
};

class GoodsBulkService
{
    Q_DECLARE_TR_FUNCTIONS(GoodsBulkService)
public:
    explicit GoodsBulkService(Connection connection) : m_connection(std::move(connection)) {}

    // Returns how many items changed. CONTROL may cancel; nothing is then kept.
    Result<qint64> apply(const Session& session, const QString& selectionId, const GoodsBulkChange& change,
                         JobControl* control = nullptr) const;

private:
    Connection m_connection;
};
