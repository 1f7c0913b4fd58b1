#pragma once

#include "common/workspace.h"
#include "transfer/importer.h"

#include <QDialog>
#include <memory>
#include <optional>

class ImportMappingView;
class ImportReportView;
class MessageWidget;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QStackedWidget;

// A CSV file into Storekeeper, the way a person does it: choose what the file holds and the file,
// see its columns read as Storekeeper's (change any that were not recognised) beside its first
// rows, check the whole file without writing anything, correct the file until every row is right,
// then import it in one go with a progress bar and Cancel. Either every row is written or none.
class ImportWizard : public QDialog
{
    Q_OBJECT
public:
    // PREFERRED is chosen first when the role may import it (the area the person is in).
    ImportWizard(const Workspace& workspace, std::optional<ImportKind> preferred = std::nullopt,
                 QWidget* parent = nullptr);
    ~ImportWizard() override;

    // The kinds the signed-in role may import; the wizard offers these only.
    static QList<ImportKind> allowedKinds(const Session& session);

    // Reads PATH as the file to import, as choosing it with Browse… does.
    void setFilePath(const QString& path);
    QString filePath() const;
    ImportMappingView* mappingView() const { return m_mapping; }
    ImportReportView* reportView() const { return m_report; }
    bool isReading() const { return m_reading; }
    // Closes the wizard, unless an import is under way.
    void reject() override;

signals:
    // Rows of KIND were written; SUMMARY says how many and what became of them.
    void imported(ImportKind kind, const QString& summary);

protected:
    // A file dropped on the wizard (from the file manager, or an e-mail's attachment) is read.
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    enum class Page
    {
        Columns,
        Report,
    };

    QWidget* buildColumnsPage();
    QWidget* buildReportPage();
    void browse();
    void readPreview();
    void previewRead(const Result<ImportPreview>& preview);
    void kindChanged();
    void settingsChanged();
    void updateColumnsState();
    void showPage(Page page);
    void run(bool dryRun);
    void finished(bool dryRun, const ImportOptions& options, const Result<ImportReport>& result);
    void updateButtons();
    void updateTabOrder();
    QStringList mappingProblems() const;
    bool canCheck() const;
    ImportKind kind() const;
    CsvReader::Options csvOptions() const;
    QString fileName() const;

    const Workspace& m_workspace;
    std::unique_ptr<JobRunner> m_reader; // reads previews, so the areas' calls never wait behind one
    int m_previewToken = 0;
    bool m_reading = false;
    bool m_running = false;
    bool m_checked = false;                 // the last check, with what is chosen now, found nothing wrong
    bool m_written = false;                 // and the import after it wrote the file
    QString m_readPath;                     // the file the preview is of
    std::optional<ImportPreview> m_preview; // none while reading, or when the file could not be opened
    QString m_readProblem;                  // why the file cannot be read as CSV, or opened
    QString m_notice;                       // a warning about the columns, until they are chosen again

    QStackedWidget* m_pages;
    QComboBox* m_kind;
    QLineEdit* m_path;
    QPushButton* m_browse;
    QComboBox* m_encoding;
    QComboBox* m_delimiter;
    QRadioButton* m_update;
    QRadioButton* m_skip;
    MessageWidget* m_message;
    ImportMappingView* m_mapping;
    QLabel* m_columnsStatus;
    QLabel* m_reportTitle;
    MessageWidget* m_reportMessage;
    ImportReportView* m_report;
    QPushButton* m_back;
    QPushButton* m_check;
    QPushButton* m_import;
    QPushButton* m_close;
};
