#pragma once

#include "domain/role.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

// What a file can be imported as, and exported from.
enum class ImportKind
{
    Goods,
    Categories,
    Suppliers,
    SupplierGoods,
    Customers,
    Stock, // opening balances: received into each warehouse
};

// One column an import reads: the header exports write (the names scripts rely on), and the other
// headers people's spreadsheets call it, in Chinese and English.
struct ImportColumn
{
    QString key;           // "sku"
    const char* title;     // QT_TRANSLATE_NOOP("ImportColumns", "SKU")
    QStringList aliases;   // "编码", "商品编码", …
    bool required = false; // a file without it cannot be imported
    QString field;         // the service's field name its problems come back under
};

// Which column of the kind each column of a file is: an index into ImportKinds::columns(), or
// ignored (-1).
using ImportMapping = QList<int>;

class ImportKinds
{
    Q_DECLARE_TR_FUNCTIONS(ImportKinds)
public:
    static const QList<ImportKind>& all();
    // "goods", "categories", "suppliers", "supplier-goods", "customers", "stock".
    static QString key(ImportKind kind);
    static std::optional<ImportKind> fromKey(const QString& key);
    static QString displayName(ImportKind kind);
    static const QList<ImportColumn>& columns(ImportKind kind);
    // The table an import of KIND adds rows to.
    static QString table(ImportKind kind);
    // What a role needs to import KIND (exporting needs less: see Exporter).
    static Permission permission(ImportKind kind);
    static QString title(const ImportColumn& column);
    static int indexOf(ImportKind kind, const QString& key);

    // The column a header names, by key, title or alias, whatever the case, spaces or underscores;
    // -1 when none.
    static int columnFor(ImportKind kind, const QString& header);
    static ImportMapping mappingFor(ImportKind kind, const QStringList& header);
    // What keeps MAPPING from being imported (a required column missing, one column mapped twice),
    // each a sentence; empty when it can be.
    static QStringList mappingProblems(ImportKind kind, const QStringList& header,
                                       const ImportMapping& mapping);
};
