#include "importreportview.h"

#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

// Rows are made as tall as their wrapped problem up to this many; beyond, each is one line and its
// tooltip holds the whole text (measuring ten thousand rows would hold the window up).
constexpr int measuredRows = 500;

enum ProblemColumn
{
    LineColumn,
    ColumnColumn,
    MessageColumn,
};

} // namespace

ImportReportView::ImportReportView(QWidget* parent)
    : QWidget(parent), m_counts(new QWidget), m_countsCaption(new QLabel), m_problemsCaption(new QLabel),
      m_problems(new QTableWidget(0, 3)), m_unlisted(new QLabel)
{
    m_countsCaption->setObjectName(QStringLiteral("importCountsCaption"));
    auto* counts = new QGridLayout(m_counts);
    counts->setContentsMargins(0, 0, 0, 0);
    counts->setHorizontalSpacing(28);
    const QStringList names = {QStringLiteral("Rows"), QStringLiteral("Created"), QStringLiteral("Updated"),
                               QStringLiteral("Unchanged"), QStringLiteral("Skipped")};
    QFont big = font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    for (int i = 0; i < names.size(); ++i) {
        auto* figure = new QLabel;
        figure->setObjectName(QStringLiteral("importCount") + names.at(i));
        figure->setFont(big);
        figure->setTextInteractionFlags(Qt::TextSelectableByMouse);
        auto* caption = new QLabel;
        caption->setObjectName(QStringLiteral("importCountCaption") + names.at(i));
        caption->setBuddy(figure);
        counts->addWidget(figure, 0, i);
        counts->addWidget(caption, 1, i);
        m_count << qMakePair(caption, figure);
    }
    counts->setColumnStretch(int(names.size()), 1);

    m_problemsCaption->setObjectName(QStringLiteral("importProblemsCaption"));
    m_problems->setObjectName(QStringLiteral("importProblems"));
    m_problems->setHorizontalHeaderLabels({tr("Line"), tr("Column"), tr("Problem")});
    m_problems->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_problems->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_problems->setWordWrap(true);
    m_problems->setTabKeyNavigation(false);
    m_problems->setAlternatingRowColors(true);
    m_problems->verticalHeader()->hide();
    // A row never shrinks below a comfortable single line when rows are fitted to their text.
    m_problems->verticalHeader()->setMinimumSectionSize(fontMetrics().height() + 10);
    m_problems->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_problems->horizontalHeader()->setSectionResizeMode(MessageColumn, QHeaderView::Stretch);
    m_problems->horizontalHeaderItem(LineColumn)->setToolTip(tr("The line of the file the row starts on"));
    m_problems->setColumnWidth(LineColumn, fontMetrics().horizontalAdvance(QStringLiteral("0000000")) + 16);
    m_problems->setColumnWidth(ColumnColumn, 180);
    // Wrapped problems take the height their lines need at the width the table has now.
    connect(m_problems->horizontalHeader(), &QHeaderView::sectionResized, this, [this](int column) {
        if (column == MessageColumn && m_problems->rowCount() <= measuredRows)
            m_problems->resizeRowsToContents();
    });
    m_unlisted->setObjectName(QStringLiteral("importUnlisted"));
    m_unlisted->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_countsCaption);
    layout->addWidget(m_counts);
    layout->addSpacing(8);
    layout->addWidget(m_problemsCaption);
    layout->addWidget(m_problems, 1);
    layout->addWidget(m_unlisted);
    // Without problems to list, what there is stays at the top instead of spreading down the page.
    layout->addStretch(0);
    clear();
}

void ImportReportView::clear()
{
    m_countsCaption->hide();
    m_counts->hide();
    m_problemsCaption->hide();
    m_problems->setRowCount(0);
    m_problems->hide();
    m_unlisted->hide();
}

void ImportReportView::showReport(ImportKind kind, const ImportReport& report, bool dryRun)
{
    clear();
    if (report.cancelled)
        return; // what a part of the file said is no answer for the whole
    // An import that wrote nothing has no counts to tell: they would read as if rows were written.
    if (dryRun || report.written)
        setCounts(report, dryRun);
    setProblems(kind, report);
}

void ImportReportView::setCounts(const ImportReport& report, bool dryRun)
{
    const QLocale locale;
    const QList<qint64> figures = {report.rows, report.created, report.updated, report.unchanged,
                                   report.skipped};
    const QStringList captions =
        dryRun ? QStringList{tr("rows read"), tr("would be created"), tr("would be updated"),
                             tr("would stay unchanged"), tr("would be skipped")}
               : QStringList{tr("rows read"), tr("created"), tr("updated"), tr("unchanged"), tr("skipped")};
    for (int i = 0; i < m_count.size(); ++i) {
        m_count.at(i).first->setText(captions.at(i));
        m_count.at(i).second->setText(locale.toString(figures.at(i)));
    }
    // Only the rows without problems are counted; the caption says so when some had them.
    m_countsCaption->setText(report.hasProblems() ? tr("Of the rows without problems:")
                             : dryRun             ? tr("What the import would do:")
                                                  : tr("What the import did:"));
    m_countsCaption->show();
    m_counts->show();
}

void ImportReportView::setProblems(ImportKind kind, const ImportReport& report)
{
    if (!report.hasProblems())
        return;
    const QList<ImportColumn>& columns = ImportKinds::columns(kind);
    const QLocale locale;
    const qint64 total = report.problems.size() + report.unlistedProblems;
    m_problemsCaption->setText(
        tr("%n problem(s) to correct in the file:", nullptr, int(std::min<qint64>(total, INT_MAX))));
    m_problems->setSortingEnabled(false);
    m_problems->setRowCount(int(report.problems.size()));
    for (int row = 0; row < report.problems.size(); ++row) {
        const ImportProblem& problem = report.problems.at(row);
        auto* line = new QTableWidgetItem(problem.line > 0 ? locale.toString(problem.line) : tr("file"));
        line->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        if (problem.line <= 0)
            line->setToolTip(tr("The file as a whole"));
        QString columnText;
        const int index = ImportKinds::indexOf(kind, problem.column);
        if (index >= 0) {
            columnText = ImportKinds::title(columns.at(index));
            // And as the file heads it, which is what the person looks for in their spreadsheet.
            const int fileColumn = int(report.mapping.indexOf(index));
            const QString heading = report.header.value(fileColumn);
            if (fileColumn >= 0 && !heading.isEmpty() &&
                heading.compare(columnText, Qt::CaseInsensitive) != 0)
                columnText = tr("%1 (“%2”)").arg(columnText, heading.left(40));
        } else if (!problem.column.isEmpty()) {
            columnText = problem.column;
        }
        auto* column = new QTableWidgetItem(columnText);
        column->setTextAlignment(Qt::AlignLeft | Qt::AlignVCenter);
        column->setToolTip(columnText);
        auto* message = new QTableWidgetItem(problem.message);
        message->setTextAlignment(Qt::AlignLeft | Qt::AlignVCenter);
        message->setToolTip(problem.message);
        m_problems->setItem(row, LineColumn, line);
        m_problems->setItem(row, ColumnColumn, column);
        m_problems->setItem(row, MessageColumn, message);
    }
    m_problemsCaption->show();
    m_problems->show();
    if (report.problems.size() <= measuredRows)
        m_problems->resizeRowsToContents();
    if (report.unlistedProblems > 0) {
        m_unlisted->setText(
            tr("… and %n more problem(s) not listed here. Correct these first and check again.", nullptr,
               int(std::min<qint64>(report.unlistedProblems, INT_MAX))));
        m_unlisted->show();
    }
}
