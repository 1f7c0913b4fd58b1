#pragma once

#include "tablesink.h"

#include <QCoreApplication>
#include <QString>

struct lxw_workbook;
struct lxw_worksheet;
struct lxw_format;

// An export into an .xlsx workbook through libxlsxwriter in its constant-memory mode: each row goes
// to a temporary file as it is written, so a million rows cost what one does. Every cell is a
// value, never a formula, so nothing in it can run; amounts and whole numbers are numbers, and
// everything else is text (a SKU or a barcode stays as written instead of turning into 6.9E+12).
// A sheet holds 1,048,575 rows below its header; the rows go on in a second sheet, and so on.
class XlsxSink : public TableSink
{
    Q_DECLARE_TR_FUNCTIONS(XlsxSink)
public:
    static constexpr quint32 maxSheetRows = 1048576; // Excel's limit, the header's row included
    // SHEETNAME is the first sheet's name ("Goods"); the next ones are numbered. SHEETROWS is for
    // tests, which need not write a million rows to see the second sheet.
    XlsxSink(const QString& path, const QString& sheetName, quint32 sheetRows = maxSheetRows);
    ~XlsxSink() override;
    XlsxSink(const XlsxSink&) = delete;
    XlsxSink& operator=(const XlsxSink&) = delete;

    Status header(const QList<SinkColumn>& columns) override;
    Status row(const QStringList& fields) override;
    Status finish() override;

private:
    Status startSheet();
    Status failed(int error) const;

    QString m_path;
    QString m_sheetName;
    lxw_workbook* m_workbook = nullptr;
    lxw_worksheet* m_sheet = nullptr;
    lxw_format* m_bold = nullptr;
    lxw_format* m_amount = nullptr;
    QList<SinkColumn> m_columns;
    quint32 m_sheetRows;
    int m_sheets = 0;
    quint32 m_row = 0;
};
