#include "textrules.h"

QString TextRules::problem(const QString& text, int maxLength, bool required, Lines lines)
{
    if (text.trimmed().isEmpty())
        return required ? tr("Required.") : QString();
    if (text.size() > maxLength)
        return tr("Too long: %1 characters, at most %2 allowed.").arg(text.size()).arg(maxLength);
    for (QChar c : text) {
        const bool allowedBreak = lines == Lines::Multi && (c == QLatin1Char('\n') || c == QLatin1Char('\t'));
        if (c.category() == QChar::Other_Control && !allowedBreak)
            return lines == Lines::Single
                       ? tr("Contains a control character (such as a tab or line break); remove it.")
                       : tr("Contains a control character; remove it.");
    }
    return {};
}
