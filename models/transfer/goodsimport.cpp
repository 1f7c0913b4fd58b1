#include "db/sql.h"
#include "domain/units.h"
#include "importrows.h"
#include "services/goodsservice.h"

#include <QRegularExpression>

namespace {

class GoodsWriter : public ImportRowWriter
{
    Q_DECLARE_TR_FUNCTIONS(GoodsWriter)

public:
    using ImportRowWriter::ImportRowWriter;

    QString identity(const ImportRow& row) const override { return sku(row); }

    Result<ImportOutcome> write(const ImportRow& row) override
    {
        const QString code = sku(row);
        if (code.isEmpty())
            return fieldError(GoodsRules::skuField, tr("Every row needs a SKU."));
        auto id = Sql::scalar(m_connection, QStringLiteral("SELECT id FROM goods WHERE sku = ?"), {code});
        if (!id)
            return id.error();
        const GoodsService goods(m_connection);
        std::optional<GoodsRecord> stored;
        if (id.value().isValid()) {
            if (m_existing == ImportOptions::Existing::Skip)
                return ImportOutcome::Skipped;
            auto record = GoodsService::fetch(m_connection, m_session, id.value().toLongLong(), false);
            if (!record)
                return record.error();
            stored = record.value();
        }
        auto draft = draftOf(row, stored);
        if (!draft)
            return draft.error();
        std::optional<bool> archived;
        if (row.has(QStringLiteral("archived"))) {
            archived = flag(row.text(QStringLiteral("archived")));
            if (!archived)
                return fieldError(QStringLiteral("archived"), tr("Write 1 or 0 (yes or no)."));
        }
        auto saved = stored ? goods.update(m_session, stored->id, stored->version, draft.value())
                            : goods.create(m_session, draft.value());
        if (!saved)
            return saved.error();
        const bool edited = !stored || saved->version != stored->version;
        if (archived && saved->archived != *archived) {
            if (auto changed = goods.setArchived(m_session, saved->id, saved->version, *archived); !changed)
                return changed.error();
            if (stored)
                return ImportOutcome::Updated;
        }
        if (!stored)
            return ImportOutcome::Created;
        return edited ? ImportOutcome::Updated : ImportOutcome::Unchanged;
    }

private:
    static QString sku(const ImportRow& row)
    {
        GoodsDraft draft;
        draft.sku = row.text(QStringLiteral("sku"));
        return GoodsRules::normalized(draft).sku;
    }

    // The stored item with the file's columns over it, or a new one from them.
    Result<GoodsDraft> draftOf(const ImportRow& row, const std::optional<GoodsRecord>& stored) const
    {
        GoodsDraft draft;
        if (stored) {
            draft = stored->draft;
        } else {
            draft.sku = row.text(QStringLiteral("sku"));
            draft.unit = Units::defaultKey();
            if (row.text(QStringLiteral("name")).isEmpty())
                return fieldError(GoodsRules::nameField, tr("A new item needs a name."));
            if (row.text(QStringLiteral("price")).isEmpty())
                return fieldError(GoodsRules::priceField, tr("A new item needs a price."));
        }
        // An empty cell keeps what a stored item must have (a name, a unit, a price); other empty
        // cells clear the field.
        if (!row.text(QStringLiteral("name")).isEmpty())
            draft.name = row.text(QStringLiteral("name"));
        if (row.has(QStringLiteral("barcode"))) {
            static const QRegularExpression separators(QStringLiteral("[\\s|;,]+"));
            draft.barcodes = row.text(QStringLiteral("barcode")).split(separators, Qt::SkipEmptyParts);
        }
        if (row.has(QStringLiteral("unit")) && !row.text(QStringLiteral("unit")).isEmpty())
            draft.unit = row.text(QStringLiteral("unit"));
        if (row.has(QStringLiteral("description")))
            draft.description = row.text(QStringLiteral("description"));
        for (const auto& [column, field, target] :
             {std::tuple{QStringLiteral("price"), GoodsRules::priceField, &draft.price},
              std::tuple{QStringLiteral("cost"), GoodsRules::costField, &draft.cost}}) {
            if (row.text(column).isEmpty())
                continue;
            auto value = amount(row, column, field);
            if (!value)
                return value.error();
            *target = value.value();
        }
        if (row.has(QStringLiteral("reorder_point"))) {
            const QString text = row.text(QStringLiteral("reorder_point"));
            bool ok = text.isEmpty();
            const qint64 quantity = text.toLongLong(&ok);
            if (text.isEmpty())
                draft.reorderPoint.reset();
            else if (!ok)
                return fieldError(GoodsRules::reorderPointField,
                                  tr("\"%1\" is not a whole number.").arg(text.left(40)));
            else
                draft.reorderPoint = quantity;
        }
        if (row.has(QStringLiteral("category"))) {
            auto category = categoryOf(row.text(QStringLiteral("category")), GoodsRules::categoryField);
            if (!category)
                return category.error();
            draft.categoryId = category.value();
        }
        if (row.has(QStringLiteral("supplier_code"))) {
            auto supplier = supplierOf(row.text(QStringLiteral("supplier_code")), GoodsRules::supplierField);
            if (!supplier)
                return supplier.error();
            draft.defaultSupplierId = supplier.value();
        }
        return draft;
    }
};

} // namespace

std::unique_ptr<ImportRowWriter> ImportWriters::goods(const Connection& connection, const Session& session,
                                                      ImportOptions::Existing existing)
{
    return std::make_unique<GoodsWriter>(connection, session, existing);
}
