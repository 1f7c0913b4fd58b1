#include "textencoding.h"

#include <QStringDecoder>

namespace {

const QByteArray utf8Bom("\xEF\xBB\xBF", 3);
const QByteArray utf16LeBom("\xFF\xFE", 2);
const QByteArray utf16BeBom("\xFE\xFF", 2);

} // namespace

std::optional<TextEncoding> TextEncodings::fromName(const QString& name)
{
    const QString key = name.trimmed().toLower().remove(QLatin1Char('-')).remove(QLatin1Char('_'));
    if (key == QLatin1String("utf8") || key == QLatin1String("utf8bom"))
        return TextEncoding::Utf8;
    if (key == QLatin1String("gbk") || key == QLatin1String("gb18030") || key == QLatin1String("cp936") ||
        key == QLatin1String("gb2312"))
        return TextEncoding::Gbk;
    if (key == QLatin1String("utf16le") || key == QLatin1String("utf16"))
        return TextEncoding::Utf16Le;
    if (key == QLatin1String("utf16be"))
        return TextEncoding::Utf16Be;
    return std::nullopt;
}

QString TextEncodings::key(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf8:
        return QStringLiteral("utf-8");
    case TextEncoding::Gbk:
        return QStringLiteral("gbk");
    case TextEncoding::Utf16Le:
        return QStringLiteral("utf-16le");
    case TextEncoding::Utf16Be:
        return QStringLiteral("utf-16be");
    }
    return {};
}

QString TextEncodings::displayName(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf8:
        return tr("UTF-8");
    case TextEncoding::Gbk:
        return tr("GBK (Chinese Excel)");
    case TextEncoding::Utf16Le:
    case TextEncoding::Utf16Be:
        return tr("UTF-16 (Excel Unicode text)");
    }
    return {};
}

const char* TextEncodings::codecName(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf8:
        return "UTF-8";
    case TextEncoding::Gbk:
        return "GB18030";
    case TextEncoding::Utf16Le:
        return "UTF-16LE";
    case TextEncoding::Utf16Be:
        return "UTF-16BE";
    }
    return "UTF-8";
}

int TextEncodings::bomLength(const QByteArray& start, TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf8:
        return start.startsWith(utf8Bom) ? 3 : 0;
    case TextEncoding::Utf16Le:
        return start.startsWith(utf16LeBom) ? 2 : 0;
    case TextEncoding::Utf16Be:
        return start.startsWith(utf16BeBom) ? 2 : 0;
    case TextEncoding::Gbk:
        return 0;
    }
    return 0;
}

TextEncodings::Guess TextEncodings::detect(QIODevice* device)
{
    const qint64 start = device->pos();
    const QByteArray head = device->peek(3);
    if (head.startsWith(utf8Bom))
        return {TextEncoding::Utf8, 3};
    if (head.startsWith(utf16LeBom))
        return {TextEncoding::Utf16Le, 2};
    if (head.startsWith(utf16BeBom))
        return {TextEncoding::Utf16Be, 2};
    QStringDecoder utf8(QStringDecoder::Utf8);
    bool valid = true;
    while (valid) {
        const QByteArray block = device->read(1 << 20);
        if (block.isEmpty())
            break;
        const QString decoded = utf8.decode(block);
        Q_UNUSED(decoded)
        valid = !utf8.hasError();
    }
    device->seek(start);
    return {valid ? TextEncoding::Utf8 : TextEncoding::Gbk, 0};
}
