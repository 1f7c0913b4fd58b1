#pragma once

#include "domain/error.h"
#include "tablesink.h"

#include <QCoreApplication>
#include <QString>
#include <functional>

// The kinds of file an export writes.
enum class ExportFormat
{
    CsvUtf8, // with a byte order mark, so Excel reads it as UTF-8
    CsvGbk,  // what Chinese Excel opens with a double click
    Xlsx,
};

// An export into a named file, whole or not at all: the rows go into a temporary file beside PATH,
// which takes PATH's place only once every row is written. A failed or cancelled export leaves
// whatever was at PATH as it was, and nothing else behind.
class ExportFile
{
    Q_DECLARE_TR_FUNCTIONS(ExportFile)
public:
    // WRITE puts the rows into the sink it is given and says how many it wrote. SHEETNAME names a
    // workbook's first sheet.
    using Writer = std::function<Result<qint64>(TableSink* sink)>;
    static Result<qint64> write(const QString& path, ExportFormat format, const QString& sheetName,
                                const Writer& write);
    static Result<qint64> writeCsv(const QString& path, TextEncoding encoding, const Writer& write);
    static Result<qint64> writeWorkbook(const QString& path, const QString& sheetName, const Writer& write);
    // The format PATH's extension asks for: .xlsx is a workbook, anything else CSV in FALLBACK's
    // encoding (or UTF-8 when FALLBACK is the workbook).
    static ExportFormat formatFor(const QString& path, ExportFormat fallback);
};
