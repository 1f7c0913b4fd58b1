#pragma once

#include "db/connection.h"
#include "domain/error.h"
#include "domain/money.h"
#include "domain/session.h"
#include "importcolumns.h"
#include "importer.h"

#include <QCoreApplication>
#include <QHash>
#include <QVector>
#include <memory>
#include <optional>

// One data row of a file, by the kind's columns: the text of each column the file has.
class ImportRow
{
public:
    ImportRow(ImportKind kind, qint64 line, QVector<std::optional<QString>> values)
        : m_kind(kind), m_line(line), m_values(std::move(values))
    {}
    qint64 line() const { return m_line; }
    bool has(const QString& key) const;
    // The column's text, trimmed; empty when the file has no such column.
    QString text(const QString& key) const;

private:
    ImportKind m_kind;
    qint64 m_line;
    QVector<std::optional<QString>> m_values;
};

// What a row did.
enum class ImportOutcome
{
    Created,
    Updated,
    Unchanged,
    Skipped,
};

// Writes one kind's rows through its service. A refused row comes back as the service's Error; its
// fields name the service's fields, which ImportColumn::field maps back to columns.
class ImportRowWriter
{
    Q_DECLARE_TR_FUNCTIONS(ImportRowWriter)
public:
    static std::unique_ptr<ImportRowWriter> make(ImportKind kind, const Connection& connection,
                                                 const Session& session, ImportOptions::Existing existing);
    virtual ~ImportRowWriter() = default;

    // What names the row's record, for a second row of the file naming it again (the SKU, the
    // code); empty when nothing does (a customer without a code).
    virtual QString identity(const ImportRow& row) const = 0;
    virtual Result<ImportOutcome> write(const ImportRow& row) = 0;
    // The last row written was undone: what was remembered from the database may be gone.
    virtual void undone() { m_categories.clear(); }

    // Shared cell readers: the message is the field's problem.
    static std::optional<bool> flag(const QString& text);
    static Error fieldError(const QString& field, const QString& problem);

    ImportRowWriter(const Connection& connection, const Session& session, ImportOptions::Existing existing)
        : m_connection(connection), m_session(session), m_existing(existing)
    {}

protected:
    Result<qint64> categoryOf(const QString& path, const QString& field) const;
    Result<qint64> supplierOf(const QString& code, const QString& field) const;
    // The goods item the row's "sku" names; its problems under FIELD.
    Result<qint64> goodsOf(const ImportRow& row, const QString& field) const;
    Result<Money> amount(const ImportRow& row, const QString& column, const QString& field) const;

    Connection m_connection;
    Session m_session;
    ImportOptions::Existing m_existing;

private:
    // The categories paths named so far, made or found: a hundred thousand goods in a dozen
    // categories look each path up once.
    mutable QHash<QString, qint64> m_categories;
};

// The writer of each kind, each in its own file.
namespace ImportWriters {
std::unique_ptr<ImportRowWriter> goods(const Connection& connection, const Session& session,
                                       ImportOptions::Existing existing);
std::unique_ptr<ImportRowWriter> categories(const Connection& connection, const Session& session,
                                            ImportOptions::Existing existing);
std::unique_ptr<ImportRowWriter> suppliers(const Connection& connection, const Session& session,
                                           ImportOptions::Existing existing);
std::unique_ptr<ImportRowWriter> supplierGoods(const Connection& connection, const Session& session,
                                               ImportOptions::Existing existing);
std::unique_ptr<ImportRowWriter> customers(const Connection& connection, const Session& session,
                                           ImportOptions::Existing existing);
std::unique_ptr<ImportRowWriter> stock(const Connection& connection, const Session& session,
                                       ImportOptions::Existing existing);
} // namespace ImportWriters
