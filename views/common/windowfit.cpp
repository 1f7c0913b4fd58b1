#include "windowfit.h"

#include <QLayout>
#include <QRect>
#include <QScreen>
#include <QWidget>
#include <algorithm>

namespace {

int neededHeight(QWidget* window)
{
    QLayout* layout = window->layout();
    layout->activate();
    return layout->hasHeightForWidth() ? layout->totalHeightForWidth(window->width())
                                       : layout->totalSizeHint().height();
}

} // namespace

void WindowFit::fitHeight(QWidget* window)
{
    if (!window->layout())
        return;
    const int needed = std::max(neededHeight(window), window->minimumSizeHint().height());
    if (window->height() > needed) {
        window->resize(window->width(), needed);
        return;
    }
    growToFit(window);
}

void WindowFit::growToFit(QWidget* window)
{
    QLayout* layout = window->layout();
    if (!layout)
        return;
    int needed = neededHeight(window);
    const QScreen* screen = window->screen();
    const QRect available = screen ? screen->availableGeometry() : QRect();
    const int frame = window->frameGeometry().height() - window->height();
    if (screen)
        needed = std::min(needed, available.height() - frame);
    if (window->height() >= needed)
        return;
    window->resize(window->width(), needed);
    // Grown downwards past the screen's edge, the buttons at the bottom would be out of reach.
    const int below = window->frameGeometry().bottom() - available.bottom();
    if (screen && below > 0)
        window->move(window->x(), std::max(available.top(), window->y() - below));
}
