#include "importrows.h"

#include "db/sql.h"
#include "domain/category.h"
#include "domain/goods.h"
#include "services/categoryservice.h"
#include "services/supplierservice.h"

#include <QLocale>

bool ImportRow::has(const QString& key) const
{
    const int index = ImportKinds::indexOf(m_kind, key);
    return index >= 0 && index < m_values.size() && m_values.at(index).has_value();
}

QString ImportRow::text(const QString& key) const
{
    const int index = ImportKinds::indexOf(m_kind, key);
    if (index < 0 || index >= m_values.size() || !m_values.at(index))
        return {};
    return m_values.at(index)->trimmed();
}

std::unique_ptr<ImportRowWriter> ImportRowWriter::make(ImportKind kind, const Connection& connection,
                                                       const Session& session,
                                                       ImportOptions::Existing existing)
{
    switch (kind) {
    case ImportKind::Goods:
        return ImportWriters::goods(connection, session, existing);
    case ImportKind::Categories:
        return ImportWriters::categories(connection, session, existing);
    case ImportKind::Suppliers:
        return ImportWriters::suppliers(connection, session, existing);
    case ImportKind::SupplierGoods:
        return ImportWriters::supplierGoods(connection, session, existing);
    case ImportKind::Customers:
        return ImportWriters::customers(connection, session, existing);
    case ImportKind::Stock:
        return ImportWriters::stock(connection, session, existing);
    }
    return nullptr;
}

std::optional<bool> ImportRowWriter::flag(const QString& text)
{
    const QString value = text.trimmed().toLower();
    static const QStringList yes = {
        QStringLiteral("1"), QStringLiteral("true"),  QStringLiteral("yes"),      QStringLiteral("y"),
        QStringLiteral("x"), QString::fromUtf8("是"), QString::fromUtf8("已归档")};
    static const QStringList no = {
        QStringLiteral("0"), QStringLiteral("false"), QStringLiteral("no"),       QStringLiteral("n"),
        QString(),           QString::fromUtf8("否"), QString::fromUtf8("未归档")};
    if (yes.contains(value))
        return true;
    if (no.contains(value))
        return false;
    return std::nullopt;
}

Error ImportRowWriter::fieldError(const QString& field, const QString& problem)
{
    return Error::validation({{field, problem}}, problem);
}

Result<qint64> ImportRowWriter::categoryOf(const QString& path, const QString& field) const
{
    if (path.isEmpty())
        return qint64(0);
    if (const auto known = m_categories.constFind(path); known != m_categories.constEnd())
        return known.value();
    auto category = CategoryService(m_connection).ensurePath(m_session, path);
    if (!category && category.error().kind == Error::Kind::Validation)
        return fieldError(field,
                          category.error().fields.value(CategoryRules::nameField, category.error().message));
    if (category)
        m_categories.insert(path, category.value());
    return category;
}

Result<qint64> ImportRowWriter::supplierOf(const QString& code, const QString& field) const
{
    if (code.isEmpty())
        return qint64(0);
    auto supplier = SupplierService(m_connection).findByCode(m_session, code);
    if (!supplier) {
        if (supplier.error().kind == Error::Kind::NotFound)
            return fieldError(field, tr("No supplier has the code %1. Import the suppliers first, or correct "
                                        "the code.")
                                         .arg(code.left(40)));
        return supplier.error();
    }
    return supplier->id;
}

Result<qint64> ImportRowWriter::goodsOf(const ImportRow& row, const QString& field) const
{
    GoodsDraft draft;
    draft.sku = row.text(QStringLiteral("sku"));
    const QString sku = GoodsRules::normalized(draft).sku;
    if (sku.isEmpty())
        return fieldError(field, tr("Every row needs the SKU of one of your goods."));
    auto id = Sql::scalar(m_connection, QStringLiteral("SELECT id FROM goods WHERE sku = ?"), {sku});
    if (!id)
        return id.error();
    if (!id.value().isValid())
        return fieldError(field,
                          tr("No goods item has the SKU %1. Import the goods first, or correct the SKU.")
                              .arg(sku.left(40)));
    return id.value().toLongLong();
}

Result<Money> ImportRowWriter::amount(const ImportRow& row, const QString& column, const QString& field) const
{
    const MoneyParse parsed = parseMoney(row.text(column), QLocale::c());
    if (parsed.error == MoneyParse::Error::Empty)
        return Money();
    if (!parsed.ok())
        return fieldError(
            field,
            tr("\"%1\" is not an amount; write it like 12.50 or ¥12.50.").arg(row.text(column).left(40)));
    return parsed.value;
}

namespace {

// A category path per row, made level by level where missing.
class CategoryWriter : public ImportRowWriter
{
    Q_DECLARE_TR_FUNCTIONS(CategoryWriter)

public:
    using ImportRowWriter::ImportRowWriter;

    QString identity(const ImportRow& row) const override
    {
        QStringList parts = row.text(QStringLiteral("path")).split(CategoryRules::pathSeparator);
        for (QString& part : parts)
            part = part.trimmed().toLower();
        return parts.join(CategoryRules::pathSeparator);
    }

    Result<ImportOutcome> write(const ImportRow& row) override
    {
        const QString path = row.text(QStringLiteral("path"));
        const std::optional<bool> archived = flag(row.text(QStringLiteral("archived")));
        if (path.isEmpty())
            return fieldError(CategoryRules::nameField, tr("The category path is empty."));
        if (!archived)
            return fieldError(QStringLiteral("archived"), tr("Write 1 or 0 (yes or no)."));
        auto existing = find(path);
        if (!existing)
            return existing.error();
        if (existing.value() && m_existing == ImportOptions::Existing::Skip)
            return ImportOutcome::Skipped;
        const CategoryService categories(m_connection);
        auto id = categories.ensurePath(m_session, path);
        if (!id)
            return id.error();
        auto category = categories.get(id.value());
        if (!category)
            return category.error();
        const bool archive = row.has(QStringLiteral("archived")) && category->archived != *archived;
        if (archive) {
            if (auto changed = categories.setArchived(m_session, category->id, category->version, *archived);
                !changed)
                return changed.error();
        }
        if (!existing.value())
            return ImportOutcome::Created;
        return archive ? ImportOutcome::Updated : ImportOutcome::Unchanged;
    }

private:
    // Whether every level of PATH is there already.
    Result<bool> find(const QString& path) const
    {
        qint64 parent = 0;
        for (const QString& part : path.split(CategoryRules::pathSeparator)) {
            auto id = Sql::scalar(
                m_connection, QStringLiteral("SELECT id FROM categories WHERE parent_key = ? AND name = ?"),
                {parent, part.trimmed()});
            if (!id)
                return id.error();
            if (!id.value().isValid())
                return false;
            parent = id.value().toLongLong();
        }
        return true;
    }
};

} // namespace

std::unique_ptr<ImportRowWriter> ImportWriters::categories(const Connection& connection,
                                                           const Session& session,
                                                           ImportOptions::Existing existing)
{
    return std::unique_ptr<ImportRowWriter>(new CategoryWriter(connection, session, existing));
}
