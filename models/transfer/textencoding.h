#pragma once

#include <QCoreApplication>
#include <QIODevice>
#include <QString>
#include <optional>

// The encodings spreadsheet files come in. Chinese Excel saves "CSV" in GBK (code page 936); read
// and written here as GB18030, its superset, so no character is ever lost on the way out.
enum class TextEncoding
{
    Utf8, // with or without a byte order mark
    Gbk,
    Utf16Le, // Excel's "Unicode text": only with its byte order mark
    Utf16Be,
};

class TextEncodings
{
    Q_DECLARE_TR_FUNCTIONS(TextEncodings)
public:
    // "utf-8", "gbk" (also "gb18030", "cp936"), "utf-16le", "utf-16be"; nothing for anything else.
    static std::optional<TextEncoding> fromName(const QString& name);
    static QString key(TextEncoding encoding); // "utf-8", "gbk", …
    static QString displayName(TextEncoding encoding);
    // The codec name QStringDecoder and QStringEncoder know it by.
    static const char* codecName(TextEncoding encoding);

    struct Guess
    {
        TextEncoding encoding = TextEncoding::Utf8;
        int bomBytes = 0; // byte order mark at the start, to skip
    };
    // From a byte order mark, else UTF-8 when every byte of DEVICE forms valid UTF-8, else GBK.
    // Reads DEVICE to its end in blocks (nothing is held) and puts it back where it started.
    static Guess detect(QIODevice* device);
    static int bomLength(const QByteArray& start, TextEncoding encoding);
};
