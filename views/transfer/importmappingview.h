#pragma once

#include "transfer/importer.h"

#include <QList>
#include <QWidget>

class QComboBox;
class QGridLayout;
class QLabel;
class QScrollArea;
class QTableWidget;

// The columns of a file to import, each with the Storekeeper column it is read as (or none), and
// beside them the file's first rows, each column headed by what it becomes. A person corrects a
// header Storekeeper did not know by choosing its column here; Tab goes from choice to choice, and
// the preview follows the one being chosen.
class ImportMappingView : public QWidget
{
    Q_OBJECT
public:
    explicit ImportMappingView(QWidget* parent = nullptr);

    // Shows HEADER (one choice per column, set from MAPPING) and ROWS for importing KIND.
    void setColumns(ImportKind kind, const QStringList& header, const QList<CsvRecord>& rows,
                    const ImportMapping& mapping);
    void clear();
    ImportMapping mapping() const;
    // The choice for column COLUMN of the file (from 0); null beyond the last.
    QComboBox* choice(int column) const;
    QTableWidget* previewTable() const { return m_preview; }
    // Its inputs in the order Tab should visit them: each column's choice, then the rows. Choices
    // are made after the window around them, so the window puts them in place with setTabOrder().
    QList<QWidget*> tabOrder() const;

signals:
    void mappingChanged();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void chosen(int column);
    void updatePreviewHeader(int column);

    ImportKind m_kind = ImportKind::Goods;
    QStringList m_header;
    QScrollArea* m_scroll;
    QWidget* m_choices;
    QGridLayout* m_grid;
    QList<QComboBox*> m_combos;
    QTableWidget* m_preview;
    QLabel* m_previewCaption;
};
