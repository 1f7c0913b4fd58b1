#pragma once

#include "common/workspace.h"
#include "transfer/exportfile.h"

#include <QCoreApplication>
#include <functional>
#include <optional>

class ListModel;
class QHeaderView;
class QWidget;

// File → Export of the list in front: as it is filtered and sorted on screen, in the columns it
// shows and their order, into a CSV file (UTF-8, or GBK for Chinese Excel) or an .xlsx workbook,
// with a progress bar and Cancel. The file is written whole or not at all.
class ListExportFlow
{
    Q_DECLARE_TR_FUNCTIONS(ListExportFlow)
public:
    struct Target
    {
        QString path;
        ExportFormat format = ExportFormat::CsvUtf8;
    };
    struct Outcome
    {
        enum class Ending
        {
            Written,
            Cancelled,
            Failed,
        };
        Ending ending = Ending::Written;
        qint64 rows = 0;
        QString message; // what to tell the person
    };

    // Asks where to write TITLE's list ("Goods"), starting where the last export went; nothing when
    // the person changes their mind.
    static std::optional<Target> choose(QWidget* parent, const QString& title);
    // The model columns HEADER shows, left to right.
    static QList<int> shownColumns(const QHeaderView* header);
    // Writes MODEL's rows in COLUMNS to TARGET off the window's thread; DONE says how it went.
    static void start(QWidget* parent, const Workspace& workspace, const ListModel& model,
                      const QList<int>& columns, const QString& title, const Target& target,
                      std::function<void(const Outcome&)> done);
};
