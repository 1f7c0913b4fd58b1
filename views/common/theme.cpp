#include "theme.h"

#include <cmath>

namespace Theme {

namespace {

double luminance(const QColor& colour)
{
    const auto channel = [](double c) {
        return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) +
           0.0722 * channel(colour.blueF());
}

// COLOUR moved towards TARGET until it reaches the ratio against BACKGROUND (or TARGET itself).
QColor readable(QColor colour, const QColor& background, const QColor& target, double ratio = 4.6)
{
    for (int step = 0; step < 20 && contrast(colour, background) < ratio; ++step)
        colour = QColor::fromRgbF(colour.redF() + (target.redF() - colour.redF()) * 0.25,
                                  colour.greenF() + (target.greenF() - colour.greenF()) * 0.25,
                                  colour.blueF() + (target.blueF() - colour.blueF()) * 0.25);
    return colour;
}

} // namespace

double contrast(const QColor& a, const QColor& b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

bool isDark(const QPalette& palette)
{
    return luminance(palette.color(QPalette::Window)) < 0.3;
}

QColor errorText(const QPalette& palette)
{
    const QColor background = palette.color(QPalette::Window);
    return readable(isDark(palette) ? QColor(0xff, 0x8a, 0x80) : QColor(0xb3, 0x26, 0x1e), background,
                    palette.color(QPalette::WindowText));
}

QColor secondaryText(const QPalette& palette)
{
    const QColor text = palette.color(QPalette::WindowText);
    const QColor background = palette.color(QPalette::Window);
    const QColor halfway =
        QColor::fromRgbF((text.redF() + background.redF()) / 2, (text.greenF() + background.greenF()) / 2,
                         (text.blueF() + background.blueF()) / 2);
    return readable(halfway, background, text);
}

Colours message(Tone tone, const QPalette& palette)
{
    const bool dark = isDark(palette);
    Colours colours;
    switch (tone) {
    case Tone::Information:
        colours = dark
                      ? Colours{QColor(0x1d, 0x33, 0x4a), QColor(0x3d, 0x6a, 0x96), QColor(0xd6, 0xe8, 0xfa)}
                      : Colours{QColor(0xe8, 0xf1, 0xfb), QColor(0x9c, 0xc3, 0xea), QColor(0x1d, 0x3f, 0x63)};
        break;
    case Tone::Warning:
        colours = dark
                      ? Colours{QColor(0x4a, 0x3b, 0x12), QColor(0x8a, 0x6d, 0x1e), QColor(0xfb, 0xec, 0xc0)}
                      : Colours{QColor(0xff, 0xf6, 0xdc), QColor(0xe9, 0xc7, 0x66), QColor(0x5c, 0x45, 0x00)};
        break;
    case Tone::Error:
        colours = dark
                      ? Colours{QColor(0x4d, 0x1f, 0x1b), QColor(0x99, 0x3b, 0x33), QColor(0xfd, 0xd8, 0xd4)}
                      : Colours{QColor(0xfd, 0xec, 0xea), QColor(0xe8, 0xa2, 0x9b), QColor(0x7a, 0x1c, 0x14)};
        break;
    }
    colours.text = readable(colours.text, colours.background, dark ? QColor(Qt::white) : QColor(Qt::black));
    return colours;
}

} // namespace Theme
