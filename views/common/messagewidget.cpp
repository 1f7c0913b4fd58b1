#include "messagewidget.h"

#include "theme.h"

#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>

MessageWidget::MessageWidget(QWidget* parent) : QFrame(parent), m_text(new QLabel), m_close(new QToolButton)
{
    setObjectName(QStringLiteral("messageWidget"));
    m_text->setObjectName(QStringLiteral("messageText"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_close->setAutoRaise(true);
    m_close->setText(QStringLiteral("✕"));
    m_close->setToolTip(tr("Close this message"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_close, 0, Qt::AlignTop);
    connect(m_close, &QToolButton::clicked, this, &QWidget::hide);
    hide();
}

void MessageWidget::showMessage(const QString& text, Type type)
{
    m_type = type;
    m_text->setText(text);
    applyColours();
    show();
}

void MessageWidget::applyColours()
{
    const Theme::Tone tone = m_type == Type::Information ? Theme::Tone::Information
                             : m_type == Type::Warning   ? Theme::Tone::Warning
                                                         : Theme::Tone::Error;
    const Theme::Colours colours = Theme::message(tone, QApplication::palette(this));
    setStyleSheet(
        QStringLiteral("#messageWidget { background: %1; border: 1px solid %2; border-radius: 4px; } "
                       "#messageText { border: none; background: transparent; color: %3; }")
            .arg(colours.background.name(), colours.border.name(), colours.text.name()));
}

void MessageWidget::changeEvent(QEvent* event)
{
    // The desktop's theme changed (a dark one, say); a style sheet's own changes are not that.
    if (event->type() == QEvent::ApplicationPaletteChange && isVisible())
        applyColours();
    QFrame::changeEvent(event);
}

QString MessageWidget::text() const
{
    return isVisible() ? m_text->text() : QString();
}
