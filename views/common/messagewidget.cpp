#include "messagewidget.h"

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
    const char* colors = nullptr;
    switch (type) {
    case Type::Information:
        colors = "background: #e8f1fb; border: 1px solid #9cc3ea; color: #1d3f63;";
        break;
    case Type::Warning:
        colors = "background: #fff6dc; border: 1px solid #e9c766; color: #5c4500;";
        break;
    case Type::Error:
        colors = "background: #fdecea; border: 1px solid #e8a29b; color: #7a1c14;";
        break;
    }
    setStyleSheet(QStringLiteral("#messageWidget { %1 border-radius: 4px; } #messageText { border: none; "
                                 "background: transparent; }")
                      .arg(QLatin1String(colors)));
    m_text->setText(text);
    show();
}

QString MessageWidget::text() const
{
    return isVisible() ? m_text->text() : QString();
}
