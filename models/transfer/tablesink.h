#pragma once

#include "csvwriter.h"
#include "domain/error.h"

#include <QList>
#include <QStringList>

// A column of an export: its header and what its cells hold, for a sink that can say so (a
// workbook's numbers sum; CSV is all text).
struct SinkColumn
{
    enum class Kind
    {
        Text,
        Amount, // "12.50"
        Whole,  // "12"
    };
    QString name;
    Kind kind = Kind::Text;
};

// Where an export's rows go, one at a time: a CSV file, an .xlsx workbook.
class TableSink
{
public:
    virtual ~TableSink() = default;
    virtual Status header(const QList<SinkColumn>& columns) = 0;
    virtual Status row(const QStringList& fields) = 0;
    virtual Status finish() = 0;
};

class CsvSink : public TableSink
{
public:
    CsvSink(QIODevice* device, TextEncoding encoding) : m_writer(device, encoding) {}
    Status header(const QList<SinkColumn>& columns) override
    {
        QStringList names;
        for (const SinkColumn& column : columns)
            names << column.name;
        return m_writer.write(names);
    }
    Status row(const QStringList& fields) override { return m_writer.write(fields); }
    Status finish() override { return m_writer.finish(); }

private:
    CsvWriter m_writer;
};
