#include "db/sql.h"
#include "domain/goods.h"
#include "domain/stock.h"
#include "domain/uuid7.h"
#include "importrows.h"
#include "services/stockservice.h"

#include <QHash>
#include <QLocale>

namespace {

// Opening balances: each row is a receipt of its quantity into its warehouse, at its unit cost
// when the file gives one, through the stock service like any receipt.
class StockWriter : public ImportRowWriter
{
    Q_DECLARE_TR_FUNCTIONS(StockWriter)

public:
    using ImportRowWriter::ImportRowWriter;

    // One balance per item and warehouse: a second row for them would be counted twice.
    QString identity(const ImportRow& row) const override
    {
        GoodsDraft goods;
        goods.sku = row.text(QStringLiteral("sku"));
        return GoodsRules::normalized(goods).sku + QLatin1Char('\n') +
               row.text(QStringLiteral("warehouse")).toUpper();
    }

    Result<ImportOutcome> write(const ImportRow& row) override
    {
        auto goods = goodsOf(row, QStringLiteral("goods"));
        if (!goods)
            return goods.error();
        auto warehouse = warehouseOf(row.text(QStringLiteral("warehouse")));
        if (!warehouse)
            return warehouse.error();
        bool whole = false;
        const qint64 quantity = QLocale::c().toLongLong(row.text(QStringLiteral("quantity")), &whole);
        if (!whole || quantity <= 0)
            return fieldError(QStringLiteral("lines"),
                              tr("\"%1\" is not a quantity to receive; write a whole number of at least 1.")
                                  .arg(row.text(QStringLiteral("quantity")).left(40)));
        StockLine line{goods.value(), quantity, std::nullopt};
        if (!row.text(QStringLiteral("unit_cost")).isEmpty()) {
            auto cost = amount(row, QStringLiteral("unit_cost"), QStringLiteral("unit_cost"));
            if (!cost)
                return cost.error();
            if (cost->isNegative())
                return fieldError(QStringLiteral("unit_cost"), tr("A cost cannot be below zero."));
            line.unitCost = cost.value();
        }
        StockCommand receipt;
        receipt.operationId = newUuid7();
        receipt.kind = MovementKind::Receipt;
        receipt.warehouseId = warehouse.value();
        receipt.lines = {line};
        receipt.note = tr("Opening balance, line %1 of an imported file").arg(row.line());
        auto applied = StockService(m_connection).apply(m_session, receipt);
        if (!applied)
            return applied.error();
        return ImportOutcome::Created;
    }

    void undone() override
    {
        ImportRowWriter::undone();
        m_warehouses.clear();
    }

private:
    Result<qint64> warehouseOf(const QString& text) const
    {
        const QString code = text.trimmed().toUpper();
        if (code.isEmpty())
            return fieldError(QStringLiteral("warehouse"), tr("Every row needs the code of a warehouse."));
        if (const auto known = m_warehouses.constFind(code); known != m_warehouses.constEnd())
            return known.value();
        auto id =
            Sql::scalar(m_connection, QStringLiteral("SELECT id FROM warehouses WHERE code = ?"), {code});
        if (!id)
            return id.error();
        if (!id.value().isValid())
            return fieldError(
                QStringLiteral("warehouse"),
                tr("No warehouse has the code %1. Make it first, or correct the code.").arg(code.left(40)));
        m_warehouses.insert(code, id.value().toLongLong());
        return id.value().toLongLong();
    }

    mutable QHash<QString, qint64> m_warehouses;
};

} // namespace

std::unique_ptr<ImportRowWriter> ImportWriters::stock(const Connection& connection, const Session& session,
                                                      ImportOptions::Existing existing)
{
    return std::make_unique<StockWriter>(connection, session, existing);
}
