#include "importwizard.h"

#include "common/longoperation.h"
#include "common/messagewidget.h"
#include "importmappingview.h"
#include "importreportview.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMimeData>
#include <QPushButton>
#include <QRadioButton>
#include <QScreen>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

constexpr int previewRows = 20;

// The one local file a drag carries, or nothing.
QString droppedFile(const QMimeData* data)
{
    if (!data || !data->hasUrls() || data->urls().size() != 1 || !data->urls().first().isLocalFile())
        return {};
    return data->urls().first().toLocalFile();
}

int clamped(qint64 count)
{
    return int(std::min<qint64>(count, INT_MAX));
}

} // namespace

ImportWizard::ImportWizard(const Workspace& workspace, std::optional<ImportKind> preferred, QWidget* parent)
    : QDialog(parent), m_workspace(workspace), m_reader(std::make_unique<JobRunner>(workspace.database)),
      m_pages(new QStackedWidget), m_kind(new QComboBox), m_path(new QLineEdit),
      m_browse(new QPushButton(tr("&Browse…"))), m_encoding(new QComboBox), m_delimiter(new QComboBox),
      m_update(new QRadioButton(tr("&Update them from the file"))),
      m_skip(new QRadioButton(tr("&Leave them as they are"))), m_message(new MessageWidget),
      m_mapping(new ImportMappingView), m_columnsStatus(new QLabel), m_reportTitle(new QLabel),
      m_reportMessage(new MessageWidget), m_report(new ImportReportView),
      m_back(new QPushButton(tr("&Back"))), m_check(new QPushButton),
      m_import(new QPushButton(tr("&Import"))), m_close(new QPushButton(tr("Close")))
{
    setObjectName(QStringLiteral("importWizard"));
    setWindowTitle(tr("Import from a CSV file"));
    m_pages->addWidget(buildColumnsPage());
    m_pages->addWidget(buildReportPage());
    m_back->setObjectName(QStringLiteral("importBack"));
    m_check->setObjectName(QStringLiteral("importCheck"));
    m_check->setToolTip(
        tr("Reads the whole file as the import would and reports every problem; writes nothing"));
    m_import->setObjectName(QStringLiteral("importRun"));
    m_import->setToolTip(tr("Writes every row of the file in one go, or none of them"));
    m_close->setObjectName(QStringLiteral("importClose"));
    for (QPushButton* button : {m_back, m_check, m_import, m_close})
        button->setAutoDefault(false);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_back);
    buttons->addStretch();
    buttons->addWidget(m_check);
    buttons->addWidget(m_import);
    buttons->addWidget(m_close);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_pages, 1);
    layout->addLayout(buttons);

    for (ImportKind kind : allowedKinds(workspace.session)) {
        m_kind->addItem(ImportKinds::displayName(kind), int(kind));
        if (preferred == kind)
            m_kind->setCurrentIndex(m_kind->count() - 1);
    }
    connect(m_kind, qOverload<int>(&QComboBox::currentIndexChanged), this, &ImportWizard::kindChanged);
    connect(m_path, &QLineEdit::editingFinished, this, [this] {
        if (QDir::fromNativeSeparators(m_path->text().trimmed()) != m_readPath)
            readPreview();
    });
    connect(m_browse, &QPushButton::clicked, this, &ImportWizard::browse);
    for (QComboBox* combo : {m_encoding, m_delimiter})
        connect(combo, qOverload<int>(&QComboBox::currentIndexChanged), this, &ImportWizard::readPreview);
    connect(m_update, &QRadioButton::toggled, this, &ImportWizard::settingsChanged);
    connect(m_mapping, &ImportMappingView::mappingChanged, this, [this] {
        m_notice.clear();
        settingsChanged();
        updateColumnsState();
    });
    connect(m_back, &QPushButton::clicked, this, [this] { showPage(Page::Columns); });
    connect(m_check, &QPushButton::clicked, this, [this] { run(true); });
    connect(m_import, &QPushButton::clicked, this, [this] { run(false); });
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);

    if (m_kind->count() == 0) {
        m_message->showMessage(tr("Your role may not import anything. An administrator or a manager can."));
        for (QWidget* input :
             {static_cast<QWidget*>(m_kind), static_cast<QWidget*>(m_path), static_cast<QWidget*>(m_browse)})
            input->setEnabled(false);
    }
    // Roomy for the columns beside the rows, and never beyond a laptop's screen.
    QSize size(1000, 660);
    if (const QScreen* screen = parent ? parent->screen() : this->screen())
        size = size.boundedTo(screen->availableGeometry().size() - QSize(40, 60));
    resize(size);
    setAcceptDrops(m_kind->count() > 0);
    showPage(Page::Columns);
    updateTabOrder();
    updateColumnsState();
    m_path->setFocus();
}

ImportWizard::~ImportWizard() = default;

QList<ImportKind> ImportWizard::allowedKinds(const Session& session)
{
    QList<ImportKind> kinds;
    for (ImportKind kind : ImportKinds::all()) {
        if (session.can(ImportKinds::permission(kind)))
            kinds << kind;
    }
    return kinds;
}

QWidget* ImportWizard::buildColumnsPage()
{
    m_kind->setObjectName(QStringLiteral("importKind"));
    m_path->setObjectName(QStringLiteral("importFile"));
    m_path->setPlaceholderText(tr("The CSV file to import"));
    m_path->setClearButtonEnabled(true);
    m_browse->setObjectName(QStringLiteral("importBrowse"));
    m_encoding->setObjectName(QStringLiteral("importEncoding"));
    m_encoding->addItem(tr("Automatic"), -1);
    m_encoding->addItem(TextEncodings::displayName(TextEncoding::Utf8), int(TextEncoding::Utf8));
    m_encoding->addItem(TextEncodings::displayName(TextEncoding::Gbk), int(TextEncoding::Gbk));
    m_encoding->setToolTip(tr("Automatic recognises UTF-16 and UTF-8 and reads any other file as GBK, the "
                              "way Chinese Excel saves it"));
    m_delimiter->setObjectName(QStringLiteral("importDelimiter"));
    m_delimiter->addItem(tr("Automatic"), QString());
    m_delimiter->addItem(tr("Comma ( , )"), QStringLiteral(","));
    m_delimiter->addItem(tr("Semicolon ( ; )"), QStringLiteral(";"));
    m_delimiter->addItem(tr("Tab"), QStringLiteral("\t"));
    m_delimiter->setToolTip(tr("Automatic takes the one of comma, semicolon and tab the header uses most"));
    for (QComboBox* combo : {m_encoding, m_delimiter})
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_update->setObjectName(QStringLiteral("importUpdate"));
    m_skip->setObjectName(QStringLiteral("importSkip"));
    m_update->setChecked(true);
    auto* existing = new QButtonGroup(this);
    existing->addButton(m_update);
    existing->addButton(m_skip);
    m_message->setObjectName(QStringLiteral("importMessage"));
    m_mapping->setObjectName(QStringLiteral("importMapping"));
    m_columnsStatus->setObjectName(QStringLiteral("importColumnsStatus"));
    m_columnsStatus->setWordWrap(true);

    auto label = [](const QString& text, QWidget* buddy) {
        auto* caption = new QLabel(text);
        caption->setBuddy(buddy);
        return caption;
    };
    auto* file = new QHBoxLayout;
    file->addWidget(m_path, 1);
    file->addWidget(m_browse);
    auto* reading = new QHBoxLayout;
    reading->addWidget(m_encoding);
    reading->addSpacing(16);
    reading->addWidget(label(tr("&Delimiter:"), m_delimiter));
    reading->addWidget(m_delimiter);
    reading->addStretch();
    auto* rows = new QHBoxLayout;
    rows->addWidget(m_update);
    rows->addSpacing(16);
    rows->addWidget(m_skip);
    rows->addStretch();
    auto* settings = new QGridLayout;
    settings->addWidget(label(tr("&What to import:"), m_kind), 0, 0);
    auto* kindRow = new QHBoxLayout;
    kindRow->addWidget(m_kind);
    kindRow->addStretch();
    settings->addLayout(kindRow, 0, 1);
    settings->addWidget(label(tr("&File:"), m_path), 1, 0);
    settings->addLayout(file, 1, 1);
    settings->addWidget(label(tr("&Encoding:"), m_encoding), 2, 0);
    settings->addLayout(reading, 2, 1);
    auto* existingCaption = new QLabel(tr("Rows already in Storekeeper:"));
    existingCaption->setToolTip(tr("Rows whose SKU, code or category path is in Storekeeper already"));
    settings->addWidget(existingCaption, 3, 0);
    settings->addLayout(rows, 3, 1);
    settings->setColumnStretch(1, 1);

    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(settings);
    layout->addWidget(m_message);
    layout->addWidget(m_mapping, 1);
    layout->addWidget(m_columnsStatus);
    return page;
}

QWidget* ImportWizard::buildReportPage()
{
    m_reportTitle->setObjectName(QStringLiteral("importReportTitle"));
    m_reportTitle->setWordWrap(true);
    QFont bold = m_reportTitle->font();
    bold.setBold(true);
    m_reportTitle->setFont(bold);
    m_reportMessage->setObjectName(QStringLiteral("importReportMessage"));
    m_report->setObjectName(QStringLiteral("importReport"));
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_reportTitle);
    layout->addWidget(m_reportMessage);
    layout->addWidget(m_report, 1);
    return page;
}

void ImportWizard::setFilePath(const QString& path)
{
    m_path->setText(QDir::toNativeSeparators(path));
    readPreview();
}

void ImportWizard::dragEnterEvent(QDragEnterEvent* event)
{
    if (!m_running && !droppedFile(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void ImportWizard::dropEvent(QDropEvent* event)
{
    const QString path = droppedFile(event->mimeData());
    if (m_running || path.isEmpty())
        return;
    event->acceptProposedAction();
    showPage(Page::Columns);
    setFilePath(path);
}

QString ImportWizard::filePath() const
{
    return m_readPath;
}

void ImportWizard::browse()
{
    QString folder = QFileInfo(m_path->text().trimmed()).absolutePath();
    if (m_path->text().trimmed().isEmpty() || !QFileInfo(folder).isDir())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString chosen = QFileDialog::getOpenFileName(this, tr("Choose the file to import"), folder,
                                                        tr("CSV files (*.csv *.txt *.tsv);;All files (*)"));
    if (!chosen.isEmpty())
        setFilePath(chosen);
}

ImportKind ImportWizard::kind() const
{
    return m_kind->count() > 0 ? ImportKind(m_kind->currentData().toInt()) : ImportKind::Goods;
}

CsvReader::Options ImportWizard::csvOptions() const
{
    CsvReader::Options options;
    if (const int encoding = m_encoding->currentData().toInt(); encoding >= 0)
        options.encoding = TextEncoding(encoding);
    if (const QString delimiter = m_delimiter->currentData().toString(); !delimiter.isEmpty())
        options.delimiter = delimiter.at(0);
    return options;
}

QString ImportWizard::fileName() const
{
    return QFileInfo(m_readPath).fileName();
}

void ImportWizard::readPreview()
{
    const QString path = QDir::fromNativeSeparators(m_path->text().trimmed());
    ++m_previewToken;
    m_preview.reset();
    m_readProblem.clear();
    m_notice.clear();
    m_readPath = path;
    m_message->hide();
    m_mapping->clear();
    updateTabOrder();
    settingsChanged();
    if (path.isEmpty()) {
        m_reading = false;
        updateColumnsState();
        return;
    }
    m_reading = true;
    updateColumnsState();
    const CsvReader::Options options = csvOptions();
    const ImportKind what = kind();
    const int token = m_previewToken;
    // Off the window's thread: finding the encoding reads the whole file.
    m_reader->run<ImportPreview>(
        this,
        [path, options, what](const Connection&, JobControl&) -> Result<ImportPreview> {
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                return Error::make(Error::Kind::File,
                                   tr("%1 cannot be opened: %2. Check its name, and close it in the program "
                                      "that has it open.")
                                       .arg(QDir::toNativeSeparators(path), file.errorString()));
            return Importer::preview(&file, what, options, previewRows);
        },
        [this, token](const Result<ImportPreview>& preview) {
            if (token != m_previewToken)
                return; // another file or encoding was chosen meanwhile
            m_reading = false;
            previewRead(preview);
        });
}

void ImportWizard::previewRead(const Result<ImportPreview>& preview)
{
    m_encoding->setItemText(0, tr("Automatic"));
    m_delimiter->setItemText(0, tr("Automatic"));
    if (!preview) {
        m_readProblem = preview.error().message;
        updateColumnsState();
        return;
    }
    m_preview = preview.value();
    m_readProblem = m_preview->problem;
    // What automatic found, where the choice is made.
    if (m_encoding->currentIndex() == 0)
        m_encoding->setItemText(0, tr("Automatic: %1").arg(TextEncodings::displayName(m_preview->encoding)));
    if (m_delimiter->currentIndex() == 0)
        m_delimiter->setItemText(0, tr("Automatic: %1").arg(CsvReader::delimiterName(m_preview->delimiter)));
    m_mapping->setColumns(kind(), m_preview->header, m_preview->rows, m_preview->mapping);
    updateTabOrder();
    updateColumnsState();
}

void ImportWizard::kindChanged()
{
    // The same file read as another kind: its header names other columns.
    if (m_preview) {
        m_mapping->setColumns(kind(), m_preview->header, m_preview->rows,
                              ImportKinds::mappingFor(kind(), m_preview->header));
        updateTabOrder();
    }
    m_notice.clear();
    settingsChanged();
    updateColumnsState();
}

// As the pages read: the choices at the top, each column's choice, the rows, the report, the buttons.
void ImportWizard::updateTabOrder()
{
    QList<QWidget*> order = {m_kind, m_path, m_browse, m_encoding, m_delimiter, m_update, m_skip};
    order << m_mapping->tabOrder();
    order << m_report->problemsTable() << m_back << m_check << m_import << m_close;
    for (int i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));
}

void ImportWizard::settingsChanged()
{
    m_checked = false;
    m_written = false;
    updateButtons();
}

QStringList ImportWizard::mappingProblems() const
{
    if (!m_preview || m_preview->header.isEmpty())
        return {};
    return ImportKinds::mappingProblems(kind(), m_preview->header, m_mapping->mapping());
}

bool ImportWizard::canCheck() const
{
    return m_kind->count() > 0 && !m_reading && !m_running && m_preview && m_readProblem.isEmpty() &&
           !m_preview->header.isEmpty() && mappingProblems().isEmpty();
}

void ImportWizard::updateColumnsState()
{
    const QStringList problems = mappingProblems();
    if (m_reading) {
        m_columnsStatus->setText(tr("Reading “%1”…").arg(fileName()));
    } else if (!m_readProblem.isEmpty()) {
        m_message->showMessage(m_preview
                                   ? tr("“%1” cannot be imported as it is: %2").arg(fileName(), m_readProblem)
                                   : m_readProblem);
        m_columnsStatus->clear();
    } else if (!problems.isEmpty()) {
        QStringList lines;
        for (const QString& problem : problems)
            lines << QStringLiteral("• ") + problem;
        m_message->showMessage(tr("Choose how the columns are imported before checking:") +
                                   QLatin1Char('\n') + lines.join(QLatin1Char('\n')),
                               MessageWidget::Type::Warning);
    } else if (!m_notice.isEmpty()) {
        m_message->showMessage(m_notice, MessageWidget::Type::Warning);
    } else if (m_kind->count() > 0) {
        m_message->hide();
    }
    if (!m_reading && m_preview && m_readProblem.isEmpty()) {
        int imported = 0;
        for (int column : m_mapping->mapping())
            imported += column >= 0 ? 1 : 0;
        m_columnsStatus->setText(tr("%1 of the file's %n column(s) will be imported. Check reads the whole "
                                    "file as the import would, and writes nothing.",
                                    nullptr, int(m_preview->header.size()))
                                     .arg(imported));
    } else if (!m_reading && m_readPath.isEmpty()) {
        m_columnsStatus->setText(
            tr("Choose a CSV file saved from a spreadsheet or exported from Storekeeper. "
               "Its first row names the columns."));
    }
    updateButtons();
}

void ImportWizard::reject()
{
    // Closed while an import starts, the wizard would go with the news of what it wrote.
    if (!m_running)
        QDialog::reject();
}

void ImportWizard::showPage(Page page)
{
    m_pages->setCurrentIndex(int(page));
    updateButtons();
}

void ImportWizard::updateButtons()
{
    const bool report = m_pages->currentIndex() == int(Page::Report);
    m_back->setVisible(report);
    m_back->setEnabled(!m_running);
    m_check->setText(report ? tr("Check &again") : tr("&Check"));
    m_check->setEnabled(canCheck());
    m_import->setEnabled(report && m_checked && !m_running);
    m_close->setEnabled(!m_running);
    // Enter does the next step; with none to do, it does nothing (it never closes the wizard unasked).
    QPushButton* next = m_import->isEnabled()  ? m_import
                        : m_written            ? m_close
                        : m_check->isEnabled() ? m_check
                                               : nullptr;
    for (QPushButton* button : {m_check, m_import, m_close})
        button->setDefault(button == next);
}

void ImportWizard::run(bool dryRun)
{
    if (!canCheck() || (!dryRun && !m_checked))
        return;
    if (QDir::fromNativeSeparators(m_path->text().trimmed()) != m_readPath) {
        readPreview(); // another file was typed in: its columns first
        showPage(Page::Columns);
        return;
    }
    ImportOptions options;
    options.kind = kind();
    options.csv = csvOptions();
    options.existing = m_skip->isChecked() ? ImportOptions::Existing::Skip : ImportOptions::Existing::Update;
    options.dryRun = dryRun;
    options.mapping = m_mapping->mapping();
    if (m_preview)
        options.expectedHeader = m_preview->header;
    const QString path = m_readPath;
    const Session session = m_workspace.session;
    m_running = true;
    updateButtons();
    LongOperation::start<ImportReport>(
        this, m_workspace,
        dryRun ? tr("Checking “%1”…").arg(fileName()) : tr("Importing “%1”…").arg(fileName()),
        [path, options, session](const Connection& c, JobControl& control) -> Result<ImportReport> {
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                return Error::make(Error::Kind::File,
                                   tr("%1 cannot be opened: %2. Check its name, and close it in the program "
                                      "that has it open.")
                                       .arg(QDir::toNativeSeparators(path), file.errorString()));
            return Importer::run(c, session, &file, options, [&control](qint64 done, qint64 total) {
                control.progress(done, total);
                return !control.cancelled();
            });
        },
        [this, dryRun, options](const Result<ImportReport>& report) { finished(dryRun, options, report); });
}

void ImportWizard::finished(bool dryRun, const ImportOptions& options, const Result<ImportReport>& result)
{
    m_running = false;
    m_checked = false;
    m_written = false;
    if (!result) {
        m_report->clear();
        m_reportTitle->setText(tr("%1 from “%2”").arg(ImportKinds::displayName(options.kind), fileName()));
        m_reportMessage->showMessage(dryRun
                                         ? tr("The file could not be checked: %1").arg(result.error().message)
                                         : tr("Nothing was imported: %1").arg(result.error().message));
        showPage(Page::Report);
        return;
    }
    const ImportReport& report = result.value();
    if (m_preview && report.header != m_preview->header) {
        // Saved again with other columns since it was read: the choices were made for the old ones.
        readPreview();
        m_notice = tr("The columns of “%1” changed since it was read. Look at how each is imported, then "
                      "check again.")
                       .arg(fileName());
        showPage(Page::Columns);
        updateColumnsState();
        return;
    }
    m_reportTitle->setText(tr("%1 from “%2” (%3, separated by %4)")
                               .arg(ImportKinds::displayName(options.kind), fileName(),
                                    TextEncodings::displayName(report.encoding),
                                    CsvReader::delimiterName(report.delimiter)));
    m_report->showReport(options.kind, report, dryRun);
    const QLocale locale;
    const int problems = clamped(report.problems.size() + report.unlistedProblems);
    if (report.cancelled) {
        m_reportMessage->showMessage(dryRun ? tr("The check was cancelled. Nothing was written.")
                                            : tr("The import was cancelled. Nothing was written."),
                                     MessageWidget::Type::Warning);
    } else if (report.hasProblems()) {
        m_reportMessage->showMessage(
            dryRun ? tr("%n problem(s) found, listed below. Nothing was written: correct the file, save it, "
                        "then check again.",
                        nullptr, problems)
                   : tr("Nothing was imported: %n problem(s) to correct in the file first, listed below.",
                        nullptr, problems));
    } else if (report.rows == 0) {
        m_reportMessage->showMessage(tr("The file has no rows under its header: there is nothing to import."),
                                     MessageWidget::Type::Warning);
    } else if (dryRun) {
        m_checked = true;
        m_reportMessage->showMessage(tr("Every row can be imported. Nothing has been written yet: Import "
                                        "writes all %Ln row(s) in one go.",
                                        nullptr, clamped(report.rows)),
                                     MessageWidget::Type::Information);
    } else if (report.written) {
        const QString summary =
            tr("Imported %Ln row(s) from “%1”: %2 created, %3 updated, %4 unchanged, "
               "%5 skipped.",
               nullptr, clamped(report.rows))
                .arg(fileName(), locale.toString(report.created), locale.toString(report.updated),
                     locale.toString(report.unchanged), locale.toString(report.skipped));
        m_reportMessage->showMessage(summary, MessageWidget::Type::Information);
        m_written = true;
        emit imported(options.kind, summary);
    }
    showPage(Page::Report);
    if (m_import->isEnabled())
        m_import->setFocus();
    else if (report.hasProblems())
        m_report->problemsTable()->setFocus();
    else
        m_close->setFocus();
}
