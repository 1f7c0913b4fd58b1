#pragma once

#include <QCoreApplication>
#include <QString>

// Checks shared by every form: required, length, control characters. Each returns the message to
// show next to the field, or an empty string when the text is fine.
class TextRules
{
    Q_DECLARE_TR_FUNCTIONS(TextRules)
public:
    enum class Lines
    {
        Single,
        Multi
    };
    static QString problem(const QString& text, int maxLength, bool required, Lines lines = Lines::Single);
};
