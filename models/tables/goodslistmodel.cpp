#include "goodslistmodel.h"

#include "listsearch.h"

#include <QCoreApplication>

namespace GoodsList {

ListSpec spec(SortKey::Language language)
{
    using Kind = ListColumn::Kind;
    const QString name = QStringLiteral("g.") + SortKey::column(language);
    ListSpec spec;
    spec.table = QStringLiteral("goods g");
    spec.joins = QStringLiteral("LEFT JOIN categories c ON c.id = g.category_id "
                                "LEFT JOIN suppliers s ON s.id = g.default_supplier_id "
                                "LEFT JOIN goods_images i ON i.goods_id = g.id");
    spec.key = QStringLiteral("g.id");
    spec.version = QStringLiteral("g.version");
    // Each sort matches an index of the goods table, so any sort reads pages from an index.
    spec.columns = {
        ListColumn(QStringLiteral("image"), QT_TRANSLATE_NOOP("ListColumns", "Picture"),
                   QStringLiteral("i.thumbnail"), {}, Kind::Thumbnail)
            .hiddenAtFirst(),
        {QStringLiteral("sku"),
         QT_TRANSLATE_NOOP("ListColumns", "SKU"),
         QStringLiteral("g.sku"),
         {QStringLiteral("g.sku")},
         Kind::Code},
        {QStringLiteral("name"), QT_TRANSLATE_NOOP("ListColumns", "Name"), QStringLiteral("g.name"), {name}},
        {QStringLiteral("barcode"),
         QT_TRANSLATE_NOOP("ListColumns", "Barcode"),
         QStringLiteral("g.barcode"),
         {QStringLiteral("g.barcode")},
         Kind::Code},
        // By category (in the order categories were made), then name: an index serves it, where
        // ordering by the category's name would sort every row for each page.
        {QStringLiteral("category"),
         QT_TRANSLATE_NOOP("ListColumns", "Category"),
         QStringLiteral("c.name"),
         {QStringLiteral("g.category_id"), name}},
        {QStringLiteral("unit"),
         QT_TRANSLATE_NOOP("ListColumns", "Unit"),
         QStringLiteral("g.unit"),
         {QStringLiteral("g.unit")},
         Kind::Unit},
        {QStringLiteral("price"),
         QT_TRANSLATE_NOOP("ListColumns", "Price"),
         QStringLiteral("g.price_cents"),
         {QStringLiteral("g.price_cents")},
         Kind::Money},
        ListColumn(QStringLiteral("cost"), QT_TRANSLATE_NOOP("ListColumns", "Cost"),
                   QStringLiteral("g.cost_cents"), {QStringLiteral("g.cost_cents")}, Kind::Money)
            .needing(Permission::ViewCosts),
        ListColumn(QStringLiteral("reorder_point"), QT_TRANSLATE_NOOP("ListColumns", "Reorder point"),
                   QStringLiteral("g.reorder_point"), {}, Kind::Quantity)
            .hiddenAtFirst(),
        ListColumn(QStringLiteral("supplier"), QT_TRANSLATE_NOOP("ListColumns", "Supplier"),
                   QStringLiteral("s.name"))
            .hiddenAtFirst(),
        {QStringLiteral("updated"),
         QT_TRANSLATE_NOOP("ListColumns", "Updated"),
         QStringLiteral("g.updated_at"),
         {QStringLiteral("g.updated_at")},
         Kind::DateTime},
    };
    spec.defaultSort = QStringLiteral("name");
    return spec;
}

ListFilter filter(const Dialect& dialect, const GoodsFilter& filter)
{
    ListFilter result;
    QStringList conditions = {QStringLiteral("g.archived = ?")};
    result.values << (filter.archived ? 1 : 0);
    QString categories;
    if (!filter.categoryIds.isEmpty()) {
        categories = QStringList(filter.categoryIds.size(), QStringLiteral("?")).join(QLatin1Char(','));
        conditions << QStringLiteral("g.category_id IN (%1)").arg(categories);
        for (qint64 id : filter.categoryIds)
            result.values << id;
    }
    const QString unsearched = conditions.join(QStringLiteral(" AND "));
    const QVariantList unsearchedValues = result.values;
    if (ListSearch::narrow(result, conditions, dialect, QStringLiteral("goods"), QStringLiteral("g"),
                           filter.search, {QStringLiteral("g.name"), QStringLiteral("g.sku")})) {
        // A code typed or scanned lists its exact and prefix code matches first ("SK-1000" before
        // "Anker PowerCore 10000mAh"), read through the SKU and barcode indexes.
        if (ListSearch::looksLikeCode(filter.search)) {
            const QString code = filter.search.trimmed().toUpper();
            const SqlFragment sku = ListSearch::startsWith(QStringLiteral("g.sku"), code);
            const SqlFragment barcode = ListSearch::startsWith(QStringLiteral("b.barcode"), code);
            result.lead =
                unsearched +
                QStringLiteral(" AND (%1 OR g.id IN (SELECT b.goods_id FROM goods_barcodes b WHERE %2))")
                    .arg(sku.sql, barcode.sql);
            result.leadValues = unsearchedValues;
            result.leadValues << sku.values << barcode.values;
            result.leadOrder = QStringLiteral("g.sku");
        }
    } else {
        // Without a search the goods service keeps the count: no row is visited to know it.
        result.countSql =
            QStringLiteral("SELECT COALESCE(SUM(goods), 0) FROM goods_counts WHERE archived = ?");
        result.countValues << (filter.archived ? 1 : 0);
        if (!categories.isEmpty()) {
            result.countSql += QStringLiteral(" AND category_key IN (%1)").arg(categories);
            for (qint64 id : filter.categoryIds)
                result.countValues << id;
        }
    }
    result.where = conditions.join(QStringLiteral(" AND "));
    return result;
}

} // namespace GoodsList

GoodsListModel::GoodsListModel(const Database& database, const Session& session, QObject* parent,
                               SortKey::Language language)
    : ListModel(database, GoodsList::spec(language).visibleTo(session), parent), m_dialect(database.dialect())
{}

void GoodsListModel::setFilter(const GoodsFilter& filter)
{
    m_filter = filter;
    ListModel::setFilter(GoodsList::filter(m_dialect, filter));
}
