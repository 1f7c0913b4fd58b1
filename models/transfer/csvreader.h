#pragma once

#include "textencoding.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QStringDecoder>
#include <QStringList>
#include <optional>

// One record of a CSV file: its fields and the line of the file it starts on (1 for the first).
struct CsvRecord
{
    qint64 line = 0;
    QStringList fields;
};

// Reads CSV as RFC 4180 writes it and as spreadsheets save it: fields in double quotes may hold
// the delimiter, doubled quotes and line breaks; CRLF, LF or CR ends a record. The encoding (UTF-8
// with or without a byte order mark, GBK, UTF-16 with its mark) and the delimiter (comma,
// semicolon or tab) are found by looking when they are not given. Reads the device a block at a
// time: a file of any length costs the memory of one record.
//
// Refuses, with the line it happened on, what is not a CSV text file: bytes that are not text in
// the encoding, a NUL byte (a binary file), a field longer than maxFieldLength, more than
// maxFields fields in a record, a quote that never closes, text after a closing quote.
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)
public:
    static constexpr int maxFieldLength = 32 * 1024;
    static constexpr int maxFields = 256;

    struct Options
    {
        std::optional<TextEncoding> encoding; // guessed when not given
        std::optional<QChar> delimiter;       // guessed from the first line when not given
    };

    CsvReader(QIODevice* device, Options options);
    CsvReader(const CsvReader&) = delete;
    CsvReader& operator=(const CsvReader&) = delete;

    TextEncoding encoding() const { return m_encoding; }
    QChar delimiter() const { return m_delimiter; }

    // The next record into RECORD; false at the end of the file or when it is not readable CSV
    // (then problem() says why, and problemLine() where).
    bool next(CsvRecord* record);
    const QString& problem() const { return m_problem; }
    qint64 problemLine() const { return m_problemLine; }
    // How far through the device it has read, for a progress bar.
    qint64 position() const { return m_device->pos(); }

    // The delimiter a first line uses: the one of comma, semicolon and tab found most often outside
    // quotes (comma when none is).
    static QChar guessDelimiter(const QString& firstLine);
    static QString delimiterName(QChar delimiter);

private:
    bool fill(); // more decoded text into m_text; false at the end
    bool fail(const QString& problem, qint64 line);
    QChar peekAfterFill();

    QIODevice* m_device;
    TextEncoding m_encoding = TextEncoding::Utf8;
    QChar m_delimiter = QLatin1Char(',');
    QStringDecoder m_decoder;
    QString m_text; // decoded, not yet parsed
    qsizetype m_at = 0;
    qint64 m_line = 1;
    bool m_end = false;
    QString m_problem;
    qint64 m_problemLine = 0;
};
