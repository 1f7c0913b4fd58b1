#include "csvreader.h"

#include <QLocale>

namespace {

constexpr qint64 blockBytes = 64 * 1024;
constexpr qsizetype maxFirstLine = 1024 * 1024;
const QChar quote = QLatin1Char('"');

} // namespace

CsvReader::CsvReader(QIODevice* device, Options options) : m_device(device)
{
    if (options.encoding) {
        m_encoding = *options.encoding;
        m_device->read(TextEncodings::bomLength(m_device->peek(3), m_encoding));
    } else {
        const TextEncodings::Guess guess = TextEncodings::detect(m_device);
        m_encoding = guess.encoding;
        m_device->read(guess.bomBytes);
    }
    m_decoder = QStringDecoder(TextEncodings::codecName(m_encoding));
    if (options.delimiter) {
        m_delimiter = *options.delimiter;
        return;
    }
    while (!m_text.contains(QLatin1Char('\n')) && !m_text.contains(QLatin1Char('\r')) &&
           m_text.size() < maxFirstLine && fill()) {
    }
    m_delimiter = guessDelimiter(m_text);
}

QChar CsvReader::guessDelimiter(const QString& firstLine)
{
    int commas = 0, semicolons = 0, tabs = 0;
    bool quoted = false;
    for (const QChar c : firstLine) {
        if (c == quote)
            quoted = !quoted;
        else if (quoted)
            continue;
        else if (c == QLatin1Char('\n') || c == QLatin1Char('\r'))
            break;
        else if (c == QLatin1Char(','))
            ++commas;
        else if (c == QLatin1Char(';'))
            ++semicolons;
        else if (c == QLatin1Char('\t'))
            ++tabs;
    }
    if (tabs > commas && tabs >= semicolons)
        return QLatin1Char('\t');
    if (semicolons > commas)
        return QLatin1Char(';');
    return QLatin1Char(',');
}

QString CsvReader::delimiterName(QChar delimiter)
{
    if (delimiter == QLatin1Char(','))
        return tr("comma");
    if (delimiter == QLatin1Char(';'))
        return tr("semicolon");
    if (delimiter == QLatin1Char('\t'))
        return tr("tab");
    return QString(delimiter);
}

bool CsvReader::fail(const QString& problem, qint64 line)
{
    m_problem = problem;
    m_problemLine = line;
    m_end = true;
    return false;
}

bool CsvReader::fill()
{
    if (!m_problem.isEmpty())
        return false;
    if (m_at > 0) {
        m_text.remove(0, m_at);
        m_at = 0;
    }
    const QByteArray block = m_device->read(blockBytes);
    if (block.isEmpty())
        return false;
    const qsizetype before = m_text.size();
    m_text += m_decoder.decode(block);
    if (m_decoder.hasError()) {
        const qsizetype bad = m_text.indexOf(QChar(QChar::ReplacementCharacter), before);
        const qint64 line = m_line + m_text.left(bad < 0 ? m_text.size() : bad).count(QLatin1Char('\n'));
        return fail(tr("This is not %1 text. Choose the encoding the file was saved in (UTF-8, or GBK "
                       "for a file from Chinese Excel), or save it again as CSV UTF-8.")
                        .arg(TextEncodings::displayName(m_encoding)),
                    line);
    }
    return true;
}

QChar CsvReader::peekAfterFill()
{
    if (m_at >= m_text.size() && !fill())
        return {};
    return m_text.at(m_at);
}

bool CsvReader::next(CsvRecord* record)
{
    if (m_end)
        return false;
    record->fields.clear();
    record->line = m_line;
    enum class State
    {
        Start,
        Plain,
        Quoted,
        AfterQuote
    };
    State state = State::Start;
    QString field;
    bool any = false;
    qint64 quoteLine = m_line;
    const auto tooLong = [&] {
        return fail(tr("Field %1 is longer than %2 characters. This is not the CSV file expected, "
                       "or a quote in it is not closed.")
                        .arg(record->fields.size() + 1)
                        .arg(QLocale().toString(maxFieldLength)),
                    quoteLine);
    };
    const auto endField = [&] {
        if (record->fields.size() >= maxFields)
            return fail(tr("More than %1 fields in one record. Choose the right delimiter, or check that "
                           "this is the CSV file expected.")
                            .arg(maxFields),
                        record->line);
        record->fields << field;
        field.clear();
        state = State::Start;
        quoteLine = m_line;
        return true;
    };
    const auto endLine = [&](QChar c) {
        ++m_line;
        if (c == QLatin1Char('\r') && peekAfterFill() == QLatin1Char('\n'))
            ++m_at;
    };
    for (;;) {
        if (m_at >= m_text.size() && !fill()) {
            if (!m_problem.isEmpty())
                return false;
            m_end = true;
            if (state == State::Quoted)
                return fail(
                    tr("A quote opened here is never closed. Close it, or double a quote that is part of "
                       "the text (\"\")."),
                    quoteLine);
            if (!any)
                return false;
            return endField();
        }
        const QChar c = m_text.at(m_at++);
        if (c.unicode() == 0)
            return fail(tr("Binary data (a NUL byte): this is not a CSV text file."), m_line);
        any = true;
        const bool lineBreak = c == QLatin1Char('\n') || c == QLatin1Char('\r');
        switch (state) {
        case State::Quoted:
            if (c == quote) {
                state = State::AfterQuote;
            } else if (lineBreak) {
                endLine(c);
                field += QLatin1Char('\n');
            } else {
                field += c;
                if (field.size() > maxFieldLength)
                    return tooLong();
            }
            break;
        case State::AfterQuote:
            if (c == quote) {
                field += quote;
                state = State::Quoted;
            } else if (c == m_delimiter) {
                if (!endField())
                    return false;
            } else if (lineBreak) {
                endLine(c);
                return endField();
            } else {
                return fail(
                    tr("Text follows the closing quote of field %1. Put the whole field in quotes and "
                       "double each quote inside it (\"\").")
                        .arg(record->fields.size() + 1),
                    m_line);
            }
            break;
        case State::Start:
            if (c == quote) {
                state = State::Quoted;
                quoteLine = m_line;
                break;
            }
            state = State::Plain;
            [[fallthrough]];
        case State::Plain:
            if (c == m_delimiter) {
                if (!endField())
                    return false;
            } else if (lineBreak) {
                endLine(c);
                return endField();
            } else {
                // A quote inside an unquoted field is kept as text, as spreadsheets read it.
                field += c;
                if (field.size() > maxFieldLength)
                    return tooLong();
            }
            break;
        }
    }
}
