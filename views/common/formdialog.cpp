#include "formdialog.h"

#include "conflictview.h"
#include "historydialog.h"
#include "messagewidget.h"
#include "theme.h"
#include "windowfit.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>
#include <algorithm>

namespace {
const char* const invalidProperty = "invalid";
} // namespace

FormDialog::FormDialog(const Workspace& workspace, const QString& objectName, QWidget* parent)
    : QDialog(parent), m_workspace(workspace), m_message(new MessageWidget), m_conflict(new ConflictView),
      m_form(new QFormLayout), m_columns(new QHBoxLayout), m_body(new QVBoxLayout),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel))
{
    setObjectName(objectName);
    setMinimumWidth(520);
    const QString error = Theme::errorText(palette()).name();
    setStyleSheet(
        QStringLiteral(
            "QLabel[fieldNote=\"true\"] { color: %1; }"
            "QLineEdit[invalid=\"true\"], QComboBox[invalid=\"true\"], QPlainTextEdit[invalid=\"true\"], "
            "QSpinBox[invalid=\"true\"] { border: 1px solid %1; }")
            .arg(error));
    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_buttons->button(QDialogButtonBox::Save)->setObjectName(objectName + QStringLiteral("Save"));
    m_saveText = m_buttons->button(QDialogButtonBox::Save)->text();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addWidget(m_conflict);
    m_columns->addLayout(m_form, 3);
    layout->addLayout(m_columns);
    layout->addLayout(m_body);
    // Height the window has beyond what the rows need goes below them, never between them.
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &FormDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &FormDialog::reject);
}

FormDialog::~FormDialog()
{
    // Hiding a dialog moves focus; a field losing it would check itself against notes going away.
    for (QWidget* input : qAsConst(m_inputs))
        input->disconnect(this);
}

QFormLayout* FormDialog::addColumn()
{
    auto* column = new QFormLayout;
    column->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_columns->addSpacing(12);
    m_columns->addLayout(column, 2);
    return column;
}

void FormDialog::setHistory(const QString& entity, const QString& entityId, const QString& title)
{
    m_historyEntity = entity;
    m_historyId = entityId;
    m_historyTitle = title;
    if (!m_workspace.session.can(Permission::ViewAudit))
        return;
    if (!m_history) {
        m_history = m_buttons->addButton(tr("&History…"), QDialogButtonBox::HelpRole);
        m_history->setObjectName(objectName() + QStringLiteral("History"));
        m_history->setToolTip(tr("Who changed this, when, and what they changed"));
        connect(m_history, &QPushButton::clicked, this, [this] {
            HistoryDialog history(m_workspace, m_historyEntity, m_historyId, m_historyTitle, this);
            history.exec();
        });
    }
    m_history->setVisible(!entityId.isEmpty());
}

void FormDialog::setFieldShown(const QString& key, bool shown)
{
    const auto [layout, caption] = m_captions.value(key);
    if (!layout)
        return;
    int row = -1;
    QFormLayout::ItemRole role;
    layout->getWidgetPosition(caption, &row, &role);
    if (row >= 0)
        layout->setRowVisible(row, shown);
}

void FormDialog::addField(const QString& key, const QString& label, QWidget* input, QFormLayout* layout)
{
    input->setObjectName(objectName() + QLatin1Char('_') + key);
    auto* note = new QLabel;
    note->setObjectName(objectName() + QLatin1Char('_') + key + QStringLiteral("_error"));
    note->setProperty("fieldNote", true);
    note->setWordWrap(true);
    note->hide();
    auto* column = new QVBoxLayout;
    column->setSpacing(2);
    column->addWidget(input);
    column->addWidget(note);
    auto* caption = new QLabel(label);
    caption->setBuddy(input);
    (layout ? layout : m_form)->addRow(caption, column);
    m_captions.insert(key, {layout ? layout : m_form, caption});
    m_notes.insert(key, note);
    m_inputs.insert(key, input);
    m_order << key;
    if (auto* line = qobject_cast<QLineEdit*>(input))
        connect(line, &QLineEdit::editingFinished, this, [this, key] { checkField(key); });
    else if (auto* combo = qobject_cast<QComboBox*>(input))
        connect(combo, qOverload<int>(&QComboBox::currentIndexChanged), this,
                [this, key] { checkField(key); });
    else if (auto* box = qobject_cast<QPlainTextEdit*>(input)) {
        // A text box has no editingFinished: it is checked when the keyboard leaves it, and while
        // its note shows, at every change, so the note goes as soon as the text is right.
        box->installEventFilter(this);
        connect(box, &QPlainTextEdit::textChanged, this, [this, key] {
            if (!fieldError(key).isEmpty())
                checkField(key);
        });
    }
}

bool FormDialog::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::FocusOut) {
        const QString key = m_inputs.key(qobject_cast<QWidget*>(watched));
        if (!key.isEmpty() && isVisible())
            checkField(key);
    }
    return QDialog::eventFilter(watched, event);
}

void FormDialog::lookReadOnly(QWidget* input)
{
    QPalette palette = input->palette();
    palette.setColor(QPalette::Base, palette.color(QPalette::Window));
    input->setPalette(palette);
}

QString FormDialog::fieldError(const QString& key) const
{
    const QLabel* note = m_notes.value(key);
    return note && !note->isHidden() ? note->text() : QString();
}

void FormDialog::setNote(const QString& key, const QString& text)
{
    QLabel* note = m_notes.value(key);
    if (!note)
        return;
    note->setText(text);
    note->setVisible(!text.isEmpty());
    QWidget* field = m_inputs.value(key);
    field->setProperty(invalidProperty, !text.isEmpty());
    field->style()->unpolish(field);
    field->style()->polish(field);
}

void FormDialog::showProblems(const QMap<QString, QString>& problems, bool summarize)
{
    for (auto it = m_notes.cbegin(); it != m_notes.cend(); ++it)
        setNote(it.key(), problems.value(it.key()));
    m_summaryShown = summarize && !problems.isEmpty();
    if (m_summaryShown)
        m_message->showMessage(tr("Some fields need attention; see the notes under them."));
    else if (summarize)
        m_message->hide();
    for (const QString& key : qAsConst(m_order)) {
        if (problems.contains(key)) {
            m_inputs.value(key)->setFocus();
            break;
        }
    }
    fit();
}

void FormDialog::checkField(const QString& key)
{
    if (m_saving)
        return;
    setNote(key, problems().value(key));
    if (m_summaryShown && std::none_of(m_notes.cbegin(), m_notes.cend(),
                                       [](const QLabel* note) { return !note->isHidden(); })) {
        m_message->hide();
        m_summaryShown = false;
    }
    fit();
}

void FormDialog::fit()
{
    WindowFit::fitHeight(this);
}

void FormDialog::accept()
{
    if (m_saving)
        return;
    const QMap<QString, QString> found = problems();
    if (!found.isEmpty()) {
        showProblems(found);
        return;
    }
    submit();
}

void FormDialog::onConflict(const Error& error)
{
    m_message->showMessage(error.message, MessageWidget::Type::Warning);
    fit();
}

void FormDialog::showError(const Error& error)
{
    switch (error.kind) {
    case Error::Kind::Validation:
        if (!error.fields.isEmpty()) {
            showProblems(error.fields);
            break;
        }
        m_message->showMessage(error.message);
        fit();
        break;
    case Error::Kind::Conflict:
        onConflict(error);
        break;
    default:
        m_message->showMessage(error.message);
        fit();
        break;
    }
}

void FormDialog::setSaving(bool saving)
{
    m_saving = saving;
    if (QPushButton* save = m_buttons->button(QDialogButtonBox::Save)) {
        save->setEnabled(!saving);
        save->setText(saving ? tr("Saving…") : m_saveText);
    }
    if (saving)
        setCursor(Qt::BusyCursor);
    else
        unsetCursor();
}
