#pragma once

#include "csvwriter.h"
#include "domain/error.h"

#include <QStringList>

// Where an export's rows go, one at a time: a CSV file, an .xlsx workbook.
class TableSink
{
public:
    virtual ~TableSink() = default;
    virtual Status row(const QStringList& fields) = 0;
    virtual Status finish() = 0;
};

class CsvSink : public TableSink
{
public:
    CsvSink(QIODevice* device, TextEncoding encoding) : m_writer(device, encoding) {}
    Status row(const QStringList& fields) override { return m_writer.write(fields); }
    Status finish() override { return m_writer.finish(); }

private:
    CsvWriter m_writer;
};
