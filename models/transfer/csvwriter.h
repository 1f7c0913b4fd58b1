#pragma once

#include "domain/error.h"
#include "textencoding.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QStringEncoder>
#include <QStringList>

// Writes CSV the way RFC 4180 and spreadsheets read it: CRLF between records; a field holding the
// delimiter, a quote or a line break in double quotes with its quotes doubled. UTF-8 starts with
// a byte order mark, so Excel does not take it for the local code page. Buffered: the rows go to
// the device a block at a time, so an export of any length holds one block.
//
// A cell a spreadsheet would run as a formula (one starting with =, +, -, @, a tab or a carriage
// return) is written with an apostrophe in front and in quotes, the rule OWASP gives against CSV
// injection: the spreadsheet shows it as text and runs nothing. The import reads the apostrophe
// back off, so an export imports as it was.
class CsvWriter
{
    Q_DECLARE_TR_FUNCTIONS(CsvWriter)
public:
    CsvWriter(QIODevice* device, TextEncoding encoding, QChar delimiter = QLatin1Char(','));
    Status write(const QStringList& fields);
    Status finish(); // writes what is buffered

    // FIELD as it goes into the file: made inert when it would run, quoted when it must be.
    static QString escaped(const QString& field, QChar delimiter);
    static bool wouldRun(const QString& field);
    // Whether FIELD would run once the apostrophes in front of it are taken off.
    static bool wouldRunAfterMarks(const QString& field);

private:
    Status flush();

    QIODevice* m_device;
    QChar m_delimiter;
    QStringEncoder m_encoder;
    QString m_pending;
};

// Reading a cell back: the apostrophe that made a formula-like value inert comes off.
QString withoutInertMark(const QString& field);
// Whether a cell read from a file is a spreadsheet formula (=SUM(A1), +cmd|' /C calc'!A0,
// @HYPERLINK(…)) rather than a value: an import refuses it, since the person meant its result.
// A phone number (+86 …) or a negative-looking note (-20% off) is not one.
bool looksLikeFormula(const QString& field);
