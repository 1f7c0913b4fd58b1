#include "importer.h"

#include "csvwriter.h"
#include "db/sql.h"
#include "db/transaction.h"
#include "importrows.h"

#include <QHash>

namespace {

constexpr int progressEvery = 256;

void note(ImportReport* report, qint64 line, const QString& column, const QString& message)
{
    if (report->problems.size() >= ImportReport::maxListedProblems) {
        ++report->unlistedProblems;
        return;
    }
    report->problems << ImportProblem{line, column, message};
}

// A service's refusal as problems on the columns its fields come from.
void noteRefusal(ImportReport* report, ImportKind kind, qint64 line, const Error& error)
{
    if (error.fields.isEmpty()) {
        note(report, line, {}, error.message);
        return;
    }
    const QList<ImportColumn>& columns = ImportKinds::columns(kind);
    for (auto it = error.fields.cbegin(); it != error.fields.cend(); ++it) {
        QString column;
        for (const ImportColumn& known : columns) {
            if (known.field == it.key()) {
                column = known.key;
                break;
            }
        }
        note(report, line, column, it.value());
    }
}

QString cleanHeader(QString header)
{
    // A byte order mark the encoding chosen did not expect, or one written twice.
    if (header.startsWith(QChar(0xFEFF)))
        header.remove(0, 1);
    return header.trimmed();
}

// The engine's settings for a transaction of many savepoints, for as long as the import runs.
class ManySteps
{
public:
    explicit ManySteps(const Connection& connection) : m_connection(connection)
    {
        run(m_connection.sql().beforeManySteps());
    }
    ~ManySteps() { run(m_connection.sql().afterManySteps()); }

private:
    // Only speed depends on them: an engine that refuses one imports all the same.
    void run(const QStringList& statements) const
    {
        for (const QString& statement : statements)
            (void)Sql::exec(m_connection, statement);
    }

    const Connection& m_connection;
};

bool blank(const CsvRecord& record)
{
    for (const QString& field : record.fields) {
        if (!field.trimmed().isEmpty())
            return false;
    }
    return true;
}

} // namespace

ImportPreview Importer::preview(QIODevice* file, ImportKind kind, const CsvReader::Options& csv, int rows)
{
    ImportPreview preview;
    CsvReader reader(file, csv);
    preview.encoding = reader.encoding();
    preview.delimiter = reader.delimiter();
    CsvRecord record;
    if (reader.next(&record)) {
        for (const QString& name : qAsConst(record.fields))
            preview.header << cleanHeader(name);
        preview.mapping = ImportKinds::mappingFor(kind, preview.header);
    }
    while (preview.rows.size() < rows && reader.next(&record)) {
        if (!blank(record))
            preview.rows << record;
    }
    preview.problem = reader.problem();
    if (preview.problem.isEmpty() && preview.header.isEmpty())
        preview.problem = tr("The file is empty: it has no header row naming its columns.");
    return preview;
}

namespace {

// How one pass over the file writes its rows.
enum class Care
{
    // No savepoints: fastest, but the first refused row spoils the transaction and ends the pass.
    Fast,
    // Each row in a savepoint, undone alone when refused: every bad row is found.
    Careful,
};

struct Pass
{
    ImportReport report;
    bool stoppedAtRefusal = false; // a Fast pass met a refused row
};

// Reads the header and settles the mapping; false (with the problems noted) when no row can be read.
bool readHeader(CsvReader& reader, const ImportOptions& options, ImportReport* report)
{
    CsvRecord record;
    if (!reader.next(&record)) {
        note(report, reader.problemLine(), {},
             reader.problem().isEmpty()
                 ? Importer::tr("The file is empty: it has no header row naming its columns.")
                 : reader.problem());
        return false;
    }
    for (const QString& name : qAsConst(record.fields))
        report->header << cleanHeader(name);
    if (options.expectedHeader && *options.expectedHeader != report->header) {
        note(report, record.line, {},
             Importer::tr("The file's columns changed since it was read (it was saved again). Look at "
                          "how each column is imported, then check again."));
        return false;
    }
    report->mapping = options.mapping.value_or(ImportKinds::mappingFor(options.kind, report->header));
    while (report->mapping.size() < report->header.size())
        report->mapping << -1;
    report->mapping.resize(report->header.size());
    if (!options.mapping) {
        QStringList known;
        for (const ImportColumn& column : ImportKinds::columns(options.kind))
            known << column.key;
        for (int i = 0; i < report->header.size(); ++i) {
            if (report->mapping.at(i) < 0 && !report->header.at(i).isEmpty())
                note(report, record.line, {},
                     Importer::tr(
                         "Column %1 (\"%2\") is not a column of %3. Rename it to one of %4, or remove it.")
                         .arg(i + 1)
                         .arg(report->header.at(i).left(60), ImportKinds::displayName(options.kind).toLower(),
                              known.join(QStringLiteral(", "))));
        }
    }
    for (const QString& problem : ImportKinds::mappingProblems(options.kind, report->header, report->mapping))
        note(report, record.line, {}, problem);
    return !report->hasProblems();
}

// The row's values by the kind's columns, or nothing (with the problems noted) when the line cannot
// be a row: the wrong number of fields, a formula.
std::optional<QVector<std::optional<QString>>> valuesOf(const CsvRecord& record, ImportKind kind,
                                                        ImportReport* report)
{
    const QList<ImportColumn>& columns = ImportKinds::columns(kind);
    int extra = 0;
    for (qsizetype i = report->header.size(); i < record.fields.size(); ++i)
        extra += record.fields.at(i).trimmed().isEmpty() ? 0 : 1;
    if (record.fields.size() < report->header.size() || extra > 0) {
        note(
            report, record.line, {},
            Importer::tr("This line has %1 fields where the header has %2. Check the delimiter (%3) and that "
                         "quotes around text with the delimiter in it are closed.")
                .arg(record.fields.size())
                .arg(report->header.size())
                .arg(CsvReader::delimiterName(report->delimiter)));
        return std::nullopt;
    }
    QVector<std::optional<QString>> values(columns.size());
    bool formula = false;
    for (int i = 0; i < report->header.size(); ++i) {
        const int column = report->mapping.at(i);
        if (column < 0)
            continue;
        const QString& cell = record.fields.at(i);
        if (looksLikeFormula(cell.trimmed())) {
            note(
                report, record.line, columns.at(column).key,
                Importer::tr("\"%1\" is a spreadsheet formula, not a value. Type the value itself (or put an "
                             "apostrophe in front to keep the text).")
                    .arg(cell.trimmed().left(40)));
            formula = true;
        }
        values[column] = withoutInertMark(cell);
    }
    if (formula)
        return std::nullopt;
    return values;
}

void count(ImportReport* report, ImportOutcome outcome)
{
    switch (outcome) {
    case ImportOutcome::Created:
        ++report->created;
        break;
    case ImportOutcome::Updated:
        ++report->updated;
        break;
    case ImportOutcome::Unchanged:
        ++report->unchanged;
        break;
    case ImportOutcome::Skipped:
        ++report->skipped;
        break;
    }
}

Result<Pass> runPass(const Connection& connection, const Session& session, QIODevice* file,
                     const ImportOptions& options, const Importer::Progress& progress, Care care)
{
    Pass pass;
    ImportReport& report = pass.report;
    CsvReader reader(file, options.csv);
    report.encoding = reader.encoding();
    report.delimiter = reader.delimiter();
    const qint64 total = file->size();
    if (!readHeader(reader, options, &report))
        return pass;

    const ManySteps steps(connection);
    Transaction transaction(connection);
    if (!transaction.ok())
        return transaction.error();
    const StatementCache statements(connection);
    auto catchUp = connection.sql().holdSearchIndex(connection, ImportKinds::table(options.kind));
    if (!catchUp)
        return catchUp.error();
    const auto writer = ImportRowWriter::make(options.kind, connection, session, options.existing);
    QHash<QString, qint64> firstLineOf;
    CsvRecord record;
    while (reader.next(&record)) {
        if (blank(record))
            continue;
        ++report.rows;
        if (progress && report.rows % progressEvery == 0 && !progress(reader.position(), total)) {
            report.cancelled = true;
            return pass; // the transaction rolls back
        }
        const auto values = valuesOf(record, options.kind, &report);
        if (!values)
            continue;
        const ImportRow row(options.kind, record.line, *values);
        const QString identity = writer->identity(row);
        if (!identity.isEmpty()) {
            const auto seen = firstLineOf.constFind(identity);
            if (seen != firstLineOf.constEnd()) {
                note(&report, record.line, ImportKinds::columns(options.kind).at(0).key,
                     Importer::tr("This row names the same record as line %1. Keep one row for it.")
                         .arg(seen.value()));
                continue;
            }
            firstLineOf.insert(identity, record.line);
        }
        if (care == Care::Fast) {
            auto outcome = writer->write(row);
            if (!outcome) {
                if (outcome.error().kind == Error::Kind::Unavailable)
                    return outcome.error();
                pass.stoppedAtRefusal = true;
                return pass;
            }
            count(&report, outcome.value());
            continue;
        }
        Savepoint step(connection);
        if (auto begun = step.begin(); !begun)
            return begun.error();
        auto outcome = writer->write(row);
        const Status kept = outcome ? step.keep() : Status(Done{});
        if (!outcome || !kept) {
            const Error error = outcome ? kept.error() : outcome.error();
            if (error.kind == Error::Kind::Unavailable)
                return error;
            if (auto undone = step.undo(); !undone)
                return undone.error();
            writer->undone();
            noteRefusal(&report, options.kind, record.line, error);
            continue;
        }
        count(&report, outcome.value());
    }
    if (!reader.problem().isEmpty())
        note(&report, reader.problemLine(), {}, reader.problem());
    if (progress)
        progress(total, total);
    if (report.hasProblems() || options.dryRun)
        return pass; // the transaction rolls back
    for (const QString& statement : qAsConst(catchUp.value())) {
        if (auto done = Sql::exec(connection, statement); !done)
            return done.error();
    }
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    report.written = true;
    return pass;
}

} // namespace

Result<ImportReport> Importer::run(const Connection& connection, const Session& session, QIODevice* file,
                                   const ImportOptions& options, const Progress& progress)
{
    // Refused once for the file, not once for every row.
    if (auto allowed = requirePermission(session, ImportKinds::permission(options.kind)); !allowed)
        return allowed.error();
    // Most files are right: they are written at full speed. A row refused on the way spoils that
    // transaction, so the file is read again with a savepoint around each row, to report every bad
    // row, and to write nothing.
    const qint64 start = file->pos();
    auto fast = runPass(connection, session, file, options, progress, Care::Fast);
    if (!fast)
        return fast.error();
    if (!fast->stoppedAtRefusal)
        return fast->report;
    if (!file->seek(start))
        return Error::make(Error::Kind::File, tr("The file could not be read again from its start."));
    auto careful = runPass(connection, session, file, options, progress, Care::Careful);
    if (!careful)
        return careful.error();
    return careful->report;
}
