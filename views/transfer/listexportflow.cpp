#include "listexportflow.h"

#include "common/longoperation.h"
#include "config/settings.h"
#include "tables/listmodel.h"
#include "transfer/listexport.h"

#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLocale>
#include <QStandardPaths>

namespace {

struct FormatChoice
{
    ExportFormat format;
    const char* key; // as kept in the settings
    QString filter;
    QString suffix;
};

QList<FormatChoice> formatChoices()
{
    return {
        {ExportFormat::CsvUtf8, "csv", ListExportFlow::tr("CSV, UTF-8 (*.csv)"), QStringLiteral("csv")},
        {ExportFormat::CsvGbk, "csv-gbk", ListExportFlow::tr("CSV for Chinese Excel, GBK (*.csv)"),
         QStringLiteral("csv")},
        {ExportFormat::Xlsx, "xlsx", ListExportFlow::tr("Excel workbook (*.xlsx)"), QStringLiteral("xlsx")},
    };
}

// A file name from a list's title: what the file manager, a mail client and Excel all take.
QString fileStem(const QString& title)
{
    QString stem = title;
    for (QChar& c : stem) {
        if (c.isSpace() || QStringLiteral("\\/:*?\"<>|").contains(c))
            c = QLatin1Char('-');
    }
    return stem + QLatin1Char(' ') + QDate::currentDate().toString(Qt::ISODate);
}

} // namespace

std::optional<ListExportFlow::Target> ListExportFlow::choose(QWidget* parent, const QString& title)
{
    const QList<FormatChoice> choices = formatChoices();
    FormatChoice last = choices.first();
    for (const FormatChoice& choice : choices) {
        if (Settings::string(Settings::Key::ExportFormat) == QLatin1String(choice.key))
            last = choice;
    }
    QString folder = Settings::string(Settings::Key::ExportFolder);
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QStringList filters;
    for (const FormatChoice& choice : choices)
        filters << choice.filter;
    QFileDialog dialog(parent, tr("Export %1").arg(title), folder, filters.join(QStringLiteral(";;")));
    dialog.setObjectName(QStringLiteral("exportDialog"));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    // The suffix is added before the dialog asks whether to replace a file, so it asks about the
    // file that will be written.
    const auto choiceOf = [&](const QString& filter) {
        for (const FormatChoice& choice : choices) {
            if (choice.filter == filter)
                return choice;
        }
        return last;
    };
    dialog.setDefaultSuffix(last.suffix);
    QObject::connect(&dialog, &QFileDialog::filterSelected, &dialog,
                     [&](const QString& filter) { dialog.setDefaultSuffix(choiceOf(filter).suffix); });
    dialog.selectNameFilter(last.filter);
    dialog.selectFile(fileStem(title) + QLatin1Char('.') + last.suffix);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return std::nullopt;
    const QString path = dialog.selectedFiles().constFirst();
    const FormatChoice chosen = choiceOf(dialog.selectedNameFilter());
    Target target{path, ExportFile::formatFor(path, chosen.format)};
    Settings::setValue(Settings::Key::ExportFolder, QFileInfo(path).absolutePath());
    Settings::setValue(Settings::Key::ExportFormat, QString::fromLatin1(chosen.key));
    return target;
}

QList<int> ListExportFlow::shownColumns(const QHeaderView* header)
{
    QList<int> columns;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            columns << logical;
    }
    return columns;
}

void ListExportFlow::start(QWidget* parent, const Workspace& workspace, const ListModel& model,
                           const QList<int>& columns, const QString& title, const Target& target,
                           std::function<void(const Outcome&)> done)
{
    const ListSpec spec = model.spec();
    const PagedQuery query = model.currentQuery();
    const qint64 total = model.totalCount();
    const QString name = QFileInfo(target.path).fileName();
    LongOperation::start<Outcome>(
        parent, workspace, tr("Exporting %1 to “%2”…").arg(title, name),
        [=](const Connection& connection, JobControl& control) -> Result<Outcome> {
            const auto rows = ExportFile::write(target.path, target.format, title, [&](TableSink* sink) {
                return ListExport::run(connection, spec, query, columns, sink, [&](qint64 written) {
                    control.progress(written, std::max(total, written));
                    return !control.cancelled();
                });
            });
            // Cancel pressed once every row was written comes too late: the file is there.
            if (!rows && control.cancelled())
                return Outcome{Outcome::Ending::Cancelled, 0,
                               tr("The export was cancelled. Nothing was written.")};
            if (!rows)
                return rows.error();
            return Outcome{
                Outcome::Ending::Written, rows.value(),
                tr("Exported %Ln row(s) to “%1”.", nullptr, int(std::min<qint64>(rows.value(), INT_MAX)))
                    .arg(QDir::toNativeSeparators(target.path))};
        },
        [done = std::move(done)](const Result<Outcome>& outcome) {
            if (outcome)
                done(outcome.value());
            else
                done(Outcome{Outcome::Ending::Failed, 0,
                             tr("Nothing was exported: %1").arg(outcome.error().message)});
        });
}
