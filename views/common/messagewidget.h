#pragma once

#include <QFrame>

class QLabel;
class QToolButton;

// A message shown inline, where the user is looking (above a form or a list), instead of a dialog.
class MessageWidget : public QFrame
{
    Q_OBJECT
public:
    enum class Type
    {
        Information,
        Warning,
        Error
    };

    explicit MessageWidget(QWidget* parent = nullptr);
    void showMessage(const QString& text, Type type = Type::Error);
    QString text() const;
    Type type() const { return m_type; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void applyColours();

    Type m_type = Type::Error;
    QLabel* m_text;
    QToolButton* m_close;
};
