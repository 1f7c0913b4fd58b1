#pragma once

#include "csvreader.h"
#include "db/connection.h"
#include "domain/error.h"
#include "domain/session.h"
#include "importcolumns.h"

#include <QCoreApplication>
#include <functional>
#include <optional>

// What is wrong with one row (or, at line 0, with the file as a whole).
struct ImportProblem
{
    qint64 line = 0;
    QString column; // the column's key ("price"); empty when it is the row or the file
    QString message;
};

struct ImportOptions
{
    ImportKind kind = ImportKind::Goods;
    CsvReader::Options csv;
    enum class Existing
    {
        Update, // a row whose SKU or code is already there changes that record
        Skip,   // and leaves it as it is
    };
    Existing existing = Existing::Update;
    bool dryRun = false; // check every row as the import would, then write nothing
    // Which column each column of the file is; from the header when not given (then a header
    // that names no column is a problem).
    std::optional<ImportMapping> mapping;
    // The header MAPPING was chosen for: a file saved again with other columns since is refused
    // whole, as the choices would put its values in the wrong fields.
    std::optional<QStringList> expectedHeader;
};

struct ImportReport
{
    TextEncoding encoding = TextEncoding::Utf8;
    QChar delimiter;
    QStringList header;
    ImportMapping mapping;
    qint64 rows = 0; // data rows read (blank lines not counted)
    qint64 created = 0;
    qint64 updated = 0;
    qint64 unchanged = 0; // matched, and already as the file says
    qint64 skipped = 0;   // matched, and left alone (Existing::Skip)
    QList<ImportProblem> problems;
    qint64 unlistedProblems = 0; // beyond maxListedProblems
    bool written = false;        // committed: not a dry run, nothing wrong, not cancelled
    bool cancelled = false;

    static constexpr int maxListedProblems = 10000;
    bool hasProblems() const { return !problems.isEmpty(); }
};

// The first rows of a file as the import would read them, for the window to show before the import.
struct ImportPreview
{
    TextEncoding encoding = TextEncoding::Utf8;
    QChar delimiter;
    QStringList header;
    QList<CsvRecord> rows;
    ImportMapping mapping; // the one the header gives
    QString problem;       // the file cannot be read as CSV
};

// Imports a CSV file through the same services as the forms, one row at a time, every row audited,
// all in one transaction: either every row is written or none is. A refused row is undone on its
// own (a savepoint), so every bad row of the file is found and reported with its line, column and
// reason; then nothing is written. A dry run is the same import, rolled back at the end, so it
// finds exactly what the import would (a duplicate of a stored SKU, an unknown supplier code).
class Importer
{
    Q_DECLARE_TR_FUNCTIONS(Importer)
public:
    // Called now and then with the bytes read so far and the file's size; returning false cancels.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    static Result<ImportReport> run(const Connection& connection, const Session& session, QIODevice* file,
                                    const ImportOptions& options, const Progress& progress = {});
    static ImportPreview preview(QIODevice* file, ImportKind kind, const CsvReader::Options& csv, int rows);
};
