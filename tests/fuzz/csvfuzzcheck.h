#pragma once

// What must hold for any bytes given to the CSV reader, shared by the libFuzzer target and the
// seeded random suite that CI runs: it ends, no record breaks its limits, and whatever it reads
// without a problem writes out and reads back as the same records.
#include "transfer/csvreader.h"
#include "transfer/csvwriter.h"

#include <QBuffer>

namespace CsvFuzz {

inline QList<CsvRecord> readAll(const QByteArray& bytes, const CsvReader::Options& options, QString* problem,
                                TextEncoding* encoding = nullptr, QChar* delimiter = nullptr)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, options);
    QList<CsvRecord> records;
    CsvRecord record;
    qint64 lastLine = 0;
    while (reader.next(&record)) {
        records << record;
        if (record.line <= lastLine)
            *problem = QStringLiteral("line numbers went back");
        lastLine = record.line;
        if (records.size() > bytes.size() + 1)
            break;
    }
    if (problem->isEmpty())
        *problem = reader.problem();
    if (encoding)
        *encoding = reader.encoding();
    if (delimiter)
        *delimiter = reader.delimiter();
    return records;
}

// Empty when everything held; otherwise what broke.
inline QString check(const QByteArray& bytes)
{
    QString problem;
    TextEncoding encoding = TextEncoding::Utf8;
    QChar delimiter;
    const QList<CsvRecord> records = readAll(bytes, {}, &problem, &encoding, &delimiter);
    if (records.size() > bytes.size() + 1)
        return QStringLiteral("more records than bytes");
    for (const CsvRecord& record : records) {
        if (record.fields.size() > CsvReader::maxFields)
            return QStringLiteral("too many fields let through");
        for (const QString& field : record.fields) {
            if (field.size() > CsvReader::maxFieldLength)
                return QStringLiteral("too long a field let through");
            if (field.contains(QChar(0)))
                return QStringLiteral("a NUL let through");
        }
    }
    if (!problem.isEmpty() || encoding == TextEncoding::Utf16Be || encoding == TextEncoding::Utf16Le)
        return {};
    // Written again in UTF-8 (the reader's own way of writing every field) and read back with the
    // same delimiter, the records are the same.
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    CsvWriter writer(&out, TextEncoding::Utf8, delimiter);
    for (const CsvRecord& record : records) {
        QStringList fields;
        for (const QString& field : record.fields)
            fields << field;
        if (!writer.write(fields))
            return QStringLiteral("could not write");
    }
    if (!writer.finish())
        return QStringLiteral("could not finish");
    QString again;
    const QList<CsvRecord> reread = readAll(out.data(), {TextEncoding::Utf8, delimiter}, &again);
    if (!again.isEmpty())
        return QStringLiteral("its own output did not read: ") + again;
    if (reread.size() != records.size())
        return QStringLiteral("%1 records read back as %2").arg(records.size()).arg(reread.size());
    for (int i = 0; i < records.size(); ++i) {
        QStringList expected;
        for (const QString& field : records.at(i).fields)
            expected << field;
        QStringList got;
        for (const QString& field : reread.at(i).fields)
            got << withoutInertMark(field);
        if (got != expected)
            return QStringLiteral("record %1 changed on the way: [%2] became [%3]")
                .arg(i)
                .arg(expected.join(QLatin1Char('|')), got.join(QLatin1Char('|')));
    }
    return {};
}

} // namespace CsvFuzz
