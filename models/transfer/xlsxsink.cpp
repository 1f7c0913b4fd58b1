#include "xlsxsink.h"

#include <QDir>
#include <QFile>
#include <xlsxwriter.h>

static_assert(XlsxSink::maxSheetRows == LXW_ROW_MAX);

XlsxSink::XlsxSink(const QString& path, const QString& sheetName, quint32 sheetRows)
    : m_path(path), m_sheetName(sheetName), m_sheetRows(qBound<quint32>(2, sheetRows, maxSheetRows))
{
    lxw_workbook_options options = {};
    options.constant_memory = LXW_TRUE;
    options.use_zip64 = LXW_TRUE; // a million rows make a sheet bigger than 4 GiB unzipped
    const QByteArray file = QFile::encodeName(path);
    const QByteArray temporary = QFile::encodeName(QDir::tempPath());
    options.tmpdir = const_cast<char*>(temporary.constData());
    m_workbook = workbook_new_opt(file.constData(), &options);
    if (!m_workbook)
        return;
    m_bold = workbook_add_format(m_workbook);
    format_set_bold(m_bold);
    m_amount = workbook_add_format(m_workbook);
    format_set_num_format(m_amount, "0.00");
}

XlsxSink::~XlsxSink()
{
    // Not finished: the workbook is not wanted, and a half-written file must not be left behind.
    if (m_workbook) {
        workbook_close(m_workbook);
        QFile::remove(m_path);
    }
}

Status XlsxSink::failed(int error) const
{
    return Error::make(
        Error::Kind::File,
        tr("Could not write the workbook %1 (%2). Check that the disk has room and that you may "
           "write there.")
            .arg(m_path, QString::fromUtf8(lxw_strerror(lxw_error(error)))));
}

Status XlsxSink::startSheet()
{
    ++m_sheets;
    const QString name = m_sheets == 1 ? m_sheetName : QStringLiteral("%1 %2").arg(m_sheetName).arg(m_sheets);
    // Sheet names are at most 31 characters, without []:*?/\ .
    QString safe = name.left(31);
    for (const QChar bad : {QLatin1Char('['), QLatin1Char(']'), QLatin1Char(':'), QLatin1Char('*'),
                            QLatin1Char('?'), QLatin1Char('/'), QLatin1Char('\\')})
        safe.replace(bad, QLatin1Char(' '));
    m_sheet = workbook_add_worksheet(m_workbook, safe.toUtf8().constData());
    if (!m_sheet)
        return failed(LXW_ERROR_MEMORY_MALLOC_FAILED);
    m_row = 0;
    for (int column = 0; column < m_columns.size(); ++column) {
        const lxw_error error = worksheet_write_string(
            m_sheet, 0, lxw_col_t(column), m_columns.at(column).name.toUtf8().constData(), m_bold);
        if (error != LXW_NO_ERROR)
            return failed(error);
    }
    worksheet_freeze_panes(m_sheet, 1, 0);
    m_row = 1;
    return Done{};
}

Status XlsxSink::header(const QList<SinkColumn>& columns)
{
    if (!m_workbook)
        return failed(LXW_ERROR_CREATING_XLSX_FILE);
    m_columns = columns;
    return startSheet();
}

Status XlsxSink::row(const QStringList& fields)
{
    if (!m_sheet)
        return failed(LXW_ERROR_CREATING_XLSX_FILE);
    if (m_row >= m_sheetRows) {
        if (auto started = startSheet(); !started)
            return started;
    }
    for (int column = 0; column < fields.size(); ++column) {
        const QString& text = fields.at(column);
        if (text.isEmpty())
            continue;
        const SinkColumn::Kind kind = m_columns.value(column).kind;
        lxw_error error = LXW_NO_ERROR;
        bool number = false;
        const double value = kind == SinkColumn::Kind::Text ? 0.0 : text.toDouble(&number);
        if (number)
            error = worksheet_write_number(m_sheet, m_row, lxw_col_t(column), value,
                                           kind == SinkColumn::Kind::Amount ? m_amount : nullptr);
        else
            error =
                worksheet_write_string(m_sheet, m_row, lxw_col_t(column), text.toUtf8().constData(), nullptr);
        if (error != LXW_NO_ERROR)
            return failed(error);
    }
    ++m_row;
    return Done{};
}

Status XlsxSink::finish()
{
    if (!m_workbook)
        return failed(LXW_ERROR_CREATING_XLSX_FILE);
    const lxw_error error = workbook_close(m_workbook);
    m_workbook = nullptr;
    if (error != LXW_NO_ERROR) {
        QFile::remove(m_path);
        return failed(error);
    }
    return Done{};
}
