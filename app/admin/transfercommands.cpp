// storekeeper-admin import and export: the catalogue in and out of spreadsheets from scripts.
// Import exits 0 when every row was written, 1 with the per-row report when anything is wrong (then
// nothing is written), 2 for a wrong command line or a file that cannot be opened.
#include "admintool.h"
#include "domain/session.h"
#include "transfer/exporter.h"
#include "transfer/exportfile.h"
#include "transfer/importer.h"

#include <QFile>
#include <QLocale>
#include <QTemporaryDir>
#include <cstdio>
#include <unistd.h>

namespace {

QString kindKeys()
{
    QStringList keys;
    for (ImportKind kind : ImportKinds::all())
        keys << ImportKinds::key(kind);
    return keys.join(QStringLiteral(", "));
}

} // namespace

QString AdminTool::transferUsage(const QString& command, const QStringList& arguments) const
{
    const int wanted = command == QLatin1String("import") ? 2 : 1;
    if (arguments.isEmpty())
        return tr("%1 needs what to %1: one of %2.").arg(command, kindKeys());
    const bool ledger = command == QLatin1String("export") && arguments.first() == Exporter::movementsKey();
    if (!ImportKinds::fromKey(arguments.first()) && !ledger)
        return tr("Cannot %1 \"%2\"; use one of %3.")
            .arg(command, arguments.first().left(40),
                 command == QLatin1String("export")
                     ? kindKeys() + QStringLiteral(", ") + Exporter::movementsKey()
                     : kindKeys());
    if (arguments.size() != wanted)
        return wanted == 2
                   ? tr("import needs what to import and the file: import %1 FILE.").arg(arguments.first())
                   : tr("export takes what to export only; name the file with --output.");
    const QString encoding = m_parser.value(QStringLiteral("encoding"));
    if (!encoding.isEmpty() && !TextEncodings::fromName(encoding))
        return tr("--encoding takes utf-8 or gbk.");
    const QString existing = m_parser.value(QStringLiteral("existing"));
    if (existing != QLatin1String("update") && existing != QLatin1String("skip"))
        return tr("--existing takes update or skip.");
    const QString format = m_parser.value(QStringLiteral("format"));
    if (!format.isEmpty() && format != QLatin1String("csv") && format != QLatin1String("xlsx"))
        return tr("--format takes csv or xlsx.");
    const QString delimiter = m_parser.value(QStringLiteral("delimiter"));
    if (!delimiter.isEmpty() && delimiter != QLatin1String(",") && delimiter != QLatin1String(";") &&
        delimiter != QLatin1String("tab"))
        return tr("--delimiter takes \",\", \";\" or tab.");
    return {};
}

int AdminTool::importFile(const QStringList& arguments)
{
    ImportOptions options;
    options.kind = *ImportKinds::fromKey(arguments.at(0));
    options.existing = m_parser.value(QStringLiteral("existing")) == QLatin1String("skip")
                           ? ImportOptions::Existing::Skip
                           : ImportOptions::Existing::Update;
    options.dryRun = m_parser.isSet(QStringLiteral("dry-run"));
    if (m_parser.isSet(QStringLiteral("encoding")))
        options.csv.encoding = TextEncodings::fromName(m_parser.value(QStringLiteral("encoding")));
    const QString delimiter = m_parser.value(QStringLiteral("delimiter"));
    if (!delimiter.isEmpty())
        options.csv.delimiter = delimiter == QLatin1String("tab") ? QLatin1Char('\t') : delimiter.at(0);

    QFile file(arguments.at(1));
    if (!file.open(QIODevice::ReadOnly)) {
        m_err << tr("storekeeper-admin: cannot open %1: %2").arg(arguments.at(1), file.errorString())
              << Qt::endl;
        return 2;
    }
    auto connection = open(Database::Access::ReadWriteCreate, Need::CreateAndMigrate);
    if (!connection)
        return fail(connection.error());
    // On a terminal the figure is redrawn in place; with --progress each one is a line, for a
    // script or a window to follow.
    const bool onTerminal = isatty(fileno(stderr)) != 0;
    const bool lines = m_parser.isSet(QStringLiteral("progress"));
    qint64 shown = -1;
    auto report = Importer::run(connection.value(), Session::maintenance(), &file, options,
                                [&](qint64 done, qint64 total) {
                                    const qint64 percent = total > 0 ? done * 100 / total : 0;
                                    if (percent == shown)
                                        return true;
                                    shown = percent;
                                    if (lines)
                                        m_err << tr("%1 % read").arg(percent) << Qt::endl;
                                    else if (onTerminal)
                                        m_err << '\r' << tr("%1 % read").arg(percent) << Qt::flush;
                                    return true;
                                });
    if (onTerminal && !lines)
        m_err << '\r' << Qt::flush;
    if (!report)
        return fail(report.error());
    m_err << tr("%1, %2, delimiter %3.")
                 .arg(file.fileName(), TextEncodings::displayName(report->encoding),
                      CsvReader::delimiterName(report->delimiter))
          << Qt::endl;
    for (const ImportProblem& problem : qAsConst(report->problems)) {
        if (problem.column.isEmpty())
            m_out << tr("line %1: %2").arg(problem.line).arg(problem.message) << Qt::endl;
        else
            m_out << tr("line %1, %2: %3").arg(problem.line).arg(problem.column, problem.message) << Qt::endl;
    }
    if (report->unlistedProblems > 0)
        m_out << tr("… and %n more problem(s).", nullptr,
                    int(qMin<qint64>(report->unlistedProblems, INT_MAX)))
              << Qt::endl;
    const QLocale locale;
    const QString counts = tr("%1 created, %2 updated, %3 unchanged, %4 skipped")
                               .arg(locale.toString(report->created), locale.toString(report->updated),
                                    locale.toString(report->unchanged), locale.toString(report->skipped));
    if (report->hasProblems()) {
        m_out << tr("Nothing was imported: %n problem(s) to correct in the file first.", nullptr,
                    int(qMin<qint64>(report->problems.size() + report->unlistedProblems, INT_MAX)))
              << Qt::endl;
        return 1;
    }
    if (options.dryRun) {
        m_out << tr("Dry run: all %1 rows can be imported (%2). Nothing was written.")
                     .arg(locale.toString(report->rows), counts)
              << Qt::endl;
        return 0;
    }
    m_out << tr("Imported %1 rows: %2.").arg(locale.toString(report->rows), counts) << Qt::endl;
    return 0;
}

QString AdminTool::cannotWriteStdout()
{
    return tr("Could not write the export to standard output (a closed pipe, or a full disk). Name a "
              "file with --output instead.");
}

int AdminTool::exportFile(const QStringList& arguments)
{
    const std::optional<ImportKind> kind = ImportKinds::fromKey(arguments.at(0)); // none: the ledger
    const TextEncoding encoding =
        TextEncodings::fromName(m_parser.value(QStringLiteral("encoding"))).value_or(TextEncoding::Utf8);
    const QString output = m_parser.value(QStringLiteral("output"));
    const bool toStdout = output.isEmpty() || output == QLatin1String("-");
    const bool workbook = m_parser.value(QStringLiteral("format")) == QLatin1String("xlsx") ||
                          (!m_parser.isSet(QStringLiteral("format")) &&
                           output.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive));
    const QString sheetName = kind ? ImportKinds::displayName(*kind) : tr("Stock movements");
    // The database is opened once the file could be, so a wrong --output is said first.
    const ExportFile::Writer rowsOf = [&](TableSink* sink) -> Result<qint64> {
        auto connection = open(Database::Access::ReadOnly, Need::Existing);
        if (!connection)
            return connection.error();
        if (!kind)
            return Exporter::movements(connection.value(), Session::maintenance(), sink);
        return Exporter::run(connection.value(), Session::maintenance(), *kind, sink);
    };
    // A named file is whole or untouched, so a script never takes half an export for one. A
    // workbook is a zip written at the end: asked for on standard output, it is made in a temporary
    // file first and copied.
    QTemporaryDir scratch;
    const QString target = toStdout && workbook ? scratch.filePath(QStringLiteral("export.xlsx")) : output;
    Result<qint64> rows = qint64(0);
    if (workbook) {
        rows = ExportFile::writeWorkbook(target, sheetName, rowsOf);
    } else if (!toStdout) {
        rows = ExportFile::writeCsv(target, encoding, rowsOf);
    } else {
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly))
            return fail(Error::make(Error::Kind::File, cannotWriteStdout()));
        CsvSink sink(&out, encoding);
        rows = rowsOf(&sink);
        if (rows && !out.flush())
            return fail(Error::make(Error::Kind::File, cannotWriteStdout()));
    }
    // A file that cannot be written is a wrong --output; standard output failing is not.
    if (!rows && rows.error().kind == Error::Kind::File && !toStdout) {
        m_err << tr("storekeeper-admin: %1").arg(rows.error().message) << Qt::endl;
        return 2; // as a file that cannot be opened is for an import
    }
    if (!rows)
        return fail(rows.error());
    if (toStdout && workbook) {
        QFile made(target);
        QFile out;
        if (!made.open(QIODevice::ReadOnly) || !out.open(stdout, QIODevice::WriteOnly))
            return fail(Error::make(Error::Kind::File, cannotWriteStdout()));
        while (!made.atEnd()) {
            const QByteArray block = made.read(1 << 20);
            if (out.write(block) != block.size())
                return fail(Error::make(Error::Kind::File, cannotWriteStdout()));
        }
        if (!out.flush())
            return fail(Error::make(Error::Kind::File, cannotWriteStdout()));
    }
    m_err << tr("Exported %1 rows of %2.").arg(QLocale().toString(rows.value()), sheetName.toLower())
          << Qt::endl;
    return 0;
}
