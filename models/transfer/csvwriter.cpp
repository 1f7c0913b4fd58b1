#include "csvwriter.h"

#include <QRegularExpression>

namespace {

constexpr qsizetype flushChars = 32 * 1024;
const QChar inertMark = QLatin1Char('\'');

} // namespace

CsvWriter::CsvWriter(QIODevice* device, TextEncoding encoding, QChar delimiter)
    : m_device(device), m_delimiter(delimiter),
      m_encoder(TextEncodings::codecName(encoding), encoding == TextEncoding::Gbk
                                                        ? QStringEncoder::Flag::Default
                                                        : QStringEncoder::Flag::WriteBom)
{}

bool CsvWriter::wouldRun(const QString& field)
{
    if (field.isEmpty())
        return false;
    // A negative number is a number to a spreadsheet, not a formula: a quantity taken out of
    // stock stays a number that sums.
    static const QRegularExpression negativeNumber(QStringLiteral("^-[0-9]+(\\.[0-9]+)?$"));
    if (negativeNumber.match(field).hasMatch())
        return false;
    const QChar first = field.front();
    return first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('-') ||
           first == QLatin1Char('@') || first == QLatin1Char('\t') || first == QLatin1Char('\r');
}

bool CsvWriter::wouldRunAfterMarks(const QString& field)
{
    qsizetype start = 0;
    while (start < field.size() && field.at(start) == inertMark)
        ++start;
    return wouldRun(field.mid(start));
}

QString CsvWriter::escaped(const QString& field, QChar delimiter)
{
    // A value that already starts with marks before a formula character keeps its own
    // apostrophes: it gets one more, and the import takes one off.
    const bool inert = wouldRunAfterMarks(field);
    const QString text = inert ? inertMark + field : field;
    const bool quote = inert || text.contains(delimiter) || text.contains(QLatin1Char('"')) ||
                       text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r'));
    if (!quote)
        return text;
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

Status CsvWriter::write(const QStringList& fields)
{
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            m_pending += m_delimiter;
        m_pending += escaped(fields.at(i), m_delimiter);
    }
    m_pending += QLatin1String("\r\n");
    if (m_pending.size() >= flushChars)
        return flush();
    return Done{};
}

Status CsvWriter::flush()
{
    const QByteArray bytes = m_encoder.encode(m_pending);
    m_pending.clear();
    if (m_device->write(bytes) != bytes.size())
        return Error::make(Error::Kind::File,
                           tr("Could not write the file (%1). Check that the disk has room and that you may "
                              "write there.")
                               .arg(m_device->errorString()));
    return Done{};
}

Status CsvWriter::finish()
{
    return flush();
}

QString withoutInertMark(const QString& field)
{
    if (field.size() >= 2 && field.front() == inertMark && CsvWriter::wouldRunAfterMarks(field))
        return field.mid(1);
    return field;
}

bool looksLikeFormula(const QString& field)
{
    if (field.isEmpty())
        return false;
    const QChar first = field.front();
    if (first == QLatin1Char('=') || first == QLatin1Char('@'))
        return true;
    if (first != QLatin1Char('+') && first != QLatin1Char('-'))
        return false;
    return field.contains(QLatin1Char('(')) || field.contains(QLatin1Char('|')) ||
           field.contains(QLatin1Char('!'));
}
