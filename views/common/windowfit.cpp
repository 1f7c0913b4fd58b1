#include "windowfit.h"

#include <QLayout>
#include <QScreen>
#include <QWidget>
#include <algorithm>

void WindowFit::growToFit(QWidget* window)
{
    QLayout* layout = window->layout();
    if (!layout)
        return;
    layout->activate();
    int needed = layout->hasHeightForWidth() ? layout->totalHeightForWidth(window->width())
                                             : layout->totalSizeHint().height();
    if (const QScreen* screen = window->screen()) {
        const int frame = window->frameGeometry().height() - window->height();
        needed = std::min(needed, screen->availableGeometry().height() - frame);
    }
    if (window->height() < needed)
        window->resize(window->width(), needed);
}
