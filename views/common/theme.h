#pragma once

#include <QColor>
#include <QPalette>

// Colours for notes and messages, taken from the palette rather than written into style sheets,
// so a dark desktop theme keeps them readable. Each is chosen to keep a contrast ratio of at least
// 4.5:1 (WCAG AA) against the background it is drawn on.
namespace Theme {

bool isDark(const QPalette& palette);
// Text of a field note that says what is wrong.
QColor errorText(const QPalette& palette);
// Quieter text that still reads well: hints, explanations under a choice.
QColor secondaryText(const QPalette& palette);

enum class Tone
{
    Information,
    Warning,
    Error
};
struct Colours
{
    QColor background;
    QColor border;
    QColor text;
};
// A message box's colours in TONE.
Colours message(Tone tone, const QPalette& palette);

// The WCAG contrast ratio of two colours, 1 to 21.
double contrast(const QColor& a, const QColor& b);

} // namespace Theme
