#include "listexport.h"

#include "db/sql.h"
#include "domain/money.h"
#include "domain/units.h"

#include <QDateTime>

namespace {

bool exportable(const ListColumn& column)
{
    return column.kind != ListColumn::Kind::Thumbnail;
}

// Writes each row of QUERY (the key first, then the chosen columns) through ROW; false from ROW
// stops.
Status writeRows(const Connection& connection, const SqlFragment& statement,
                 const std::function<Status(const QSqlQuery&)>& row)
{
    auto rows = Sql::exec(connection, statement.sql, statement.values);
    if (!rows)
        return rows.error();
    while (rows.value().next()) {
        if (auto written = row(rows.value()); !written)
            return written;
    }
    return Done{};
}

} // namespace

QString ListExport::cellText(const ListColumn& column, const QVariant& value)
{
    if (value.isNull())
        return {};
    switch (column.kind) {
    case ListColumn::Kind::Money:
        return Money::fromCents(value.toLongLong()).toPlainString();
    case ListColumn::Kind::DateTime:
        return QDateTime::fromMSecsSinceEpoch(value.toLongLong())
            .toLocalTime()
            .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case ListColumn::Kind::Unit:
        return Units::displayName(value.toString());
    case ListColumn::Kind::Flag:
        return value.toInt() != 0 ? QStringLiteral("1") : QStringLiteral("0");
    case ListColumn::Kind::Quantity:
        return QString::number(value.toLongLong());
    case ListColumn::Kind::Thumbnail:
        return {};
    case ListColumn::Kind::Text:
    case ListColumn::Kind::Code:
        break;
    }
    return value.toString();
}

Result<qint64> ListExport::run(const Connection& connection, const ListSpec& spec, const PagedQuery& query,
                               const QList<int>& columns, TableSink* sink, const Progress& progress,
                               int pageRows)
{
    QList<int> shown;
    QList<SinkColumn> header;
    QStringList selects = {spec.key};
    for (int index : columns) {
        if (index < 0 || index >= spec.columns.size() || !exportable(spec.columns.at(index)))
            continue;
        const ListColumn& column = spec.columns.at(index);
        shown << index;
        selects << column.select;
        const SinkColumn::Kind kind = column.kind == ListColumn::Kind::Money      ? SinkColumn::Kind::Amount
                                      : column.kind == ListColumn::Kind::Quantity ? SinkColumn::Kind::Whole
                                                                                  : SinkColumn::Kind::Text;
        header << SinkColumn{QCoreApplication::translate("ListColumns", column.title), kind};
    }
    if (auto written = sink->header(header); !written)
        return written.error();

    qint64 rows = 0;
    const auto row = [&](const QSqlQuery& q) -> Status {
        QStringList fields;
        for (int i = 0; i < shown.size(); ++i)
            fields << cellText(spec.columns.at(shown.at(i)), q.value(i + 1));
        if (auto written = sink->row(fields); !written)
            return written;
        ++rows;
        if (progress && rows % 1000 == 0 && !progress(rows)) {
            return Error::make(Error::Kind::Validation, tr("The export was cancelled."));
        }
        return Done{};
    };
    const QString selected = selects.join(QStringLiteral(", "));
    const QString byKey =
        QStringLiteral("SELECT %1 FROM %2 %3 WHERE %4 = ?").arg(selected, spec.table, spec.joins, spec.key);

    // A code search lists its exact and prefix matches first, as the list does.
    PagedQuery rest = query;
    if (!query.lead.isEmpty()) {
        QVariantList leadKeys;
        if (auto found = Sql::each(connection, query.leadStatement({}).sql, query.leadStatement({}).values,
                                   [&](const QSqlQuery& q) { leadKeys << q.value(0); });
            !found)
            return found.error();
        for (const QVariant& key : qAsConst(leadKeys)) {
            if (auto written = writeRows(connection, {byKey, {key}}, row); !written)
                return written.error();
        }
        rest = query.withoutKeys(leadKeys);
    }
    const QString where = rest.where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + rest.where;
    Status written = Done{};
    if (connection.sql().streamsRows()) {
        written = writeRows(connection,
                            {QStringLiteral("SELECT %1 FROM %2 %3 %4%5%6")
                                 .arg(selected, rest.table, rest.keyJoins, spec.joins, where,
                                      rest.orderClause(rest.descending)),
                             rest.values},
                            row);
    } else {
        PagedQuery paged = rest;
        paged.columns = selected;
        for (qint64 offset = 0; written;) {
            const qint64 before = rows;
            written = writeRows(connection, paged.pageStatement(offset, pageRows, paged.descending), row);
            if (rows - before < pageRows)
                break;
            offset += pageRows;
        }
    }
    if (!written)
        return written.error();
    if (auto finished = sink->finish(); !finished)
        return finished.error();
    return rows;
}
