#include "richtext.h"

QString RichText::wrappablePath(const QString& location)
{
    static const QString separators = QStringLiteral("/\\_-.:");
    QString html;
    html.reserve(location.size() * 2);
    for (const QChar c : location.toHtmlEscaped()) {
        html += c;
        if (separators.contains(c))
            html += QChar(0x200b); // zero-width space: a break opportunity that is never drawn
    }
    return html;
}
