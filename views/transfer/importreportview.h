#pragma once

#include "transfer/importer.h"

#include <QWidget>

class QLabel;
class QTableWidget;

// What a check or an import found: how many rows it read and what became (or would become) of
// them, and every problem with the line of the file, the column (as Storekeeper names it and as
// the file heads it) and what to do about it.
class ImportReportView : public QWidget
{
    Q_OBJECT
public:
    explicit ImportReportView(QWidget* parent = nullptr);

    // REPORT of importing KIND; DRYRUN says it was a check, so the counts say "would be".
    void showReport(ImportKind kind, const ImportReport& report, bool dryRun);
    void clear();
    QTableWidget* problemsTable() const { return m_problems; }

private:
    void setCounts(const ImportReport& report, bool dryRun);
    void setProblems(ImportKind kind, const ImportReport& report);

    QWidget* m_counts;
    QLabel* m_countsCaption;
    QList<QPair<QLabel*, QLabel*>> m_count; // caption, figure: rows, created, updated, unchanged, skipped
    QLabel* m_problemsCaption;
    QTableWidget* m_problems;
    QLabel* m_unlisted;
};
