#include "lookupedit.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QStandardItemModel>
#include <QTimer>

namespace {
constexpr int keyRole = Qt::UserRole + 1;
} // namespace

LookupEdit::LookupEdit(const Workspace& workspace, Search search, QWidget* parent)
    : QLineEdit(parent), m_workspace(workspace), m_search(std::move(search)),
      m_completer(new QCompleter(this)), m_matches(new QStandardItemModel(this)), m_delay(new QTimer(this))
{
    setClearButtonEnabled(true);
    setPlaceholderText(tr("Type a name or code"));
    m_completer->setModel(m_matches);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setWidget(this);
    m_delay->setSingleShot(true);
    m_delay->setInterval(150);
    connect(m_delay, &QTimer::timeout, this, &LookupEdit::lookUp);
    connect(this, &QLineEdit::textEdited, this, [this] {
        m_key = QVariant();
        m_delay->start();
    });
    connect(m_completer, qOverload<const QModelIndex&>(&QCompleter::activated), this,
            [this](const QModelIndex& index) {
                m_key = index.data(keyRole);
                // The completer writes the match's text once this returns; keep the label as shown.
                const QString shown = index.data(Qt::DisplayRole).toString();
                QTimer::singleShot(0, this, [this, shown] { setText(shown); });
                emit chosen(m_key);
            });
}

QString LookupEdit::label(const QString& code, const QString& name)
{
    return code.isEmpty() ? name : tr("%1 · %2").arg(code, name);
}

void LookupEdit::setChoice(const QVariant& key, const QString& code, const QString& name)
{
    m_key = key;
    setText(key.isNull() || !key.isValid() ? QString() : label(code, name));
}

void LookupEdit::lookUp()
{
    const QString typed = text();
    if (typed.trimmed().isEmpty()) {
        m_matches->clear();
        m_completer->popup()->hide();
        return;
    }
    const quint64 asked = ++m_asked;
    const Session session = m_workspace.session;
    const Search search = m_search;
    m_workspace.jobs->run<QList<Lookup::Match>>(
        this,
        [search, session, typed](const Connection& c, JobControl&) { return search(c, session, typed); },
        [this, asked](const Result<QList<Lookup::Match>>& found) {
            if (asked != m_asked || !found) // an older keystroke's answer, or none
                return;
            m_matches->clear();
            for (const Lookup::Match& match : found.value()) {
                auto* item = new QStandardItem(label(match.code, match.name));
                item->setData(match.key, keyRole);
                m_matches->appendRow(item);
            }
            if (hasFocus() && m_matches->rowCount() > 0)
                m_completer->complete();
        });
}
