#pragma once

#include "services/lookup.h"
#include "workspace.h"

#include <QLineEdit>
#include <functional>

class QCompleter;
class QStandardItemModel;
class QTimer;

// A field that picks one record of a list of any size: type part of its name or code (or scan
// it), choose from the matches that appear under the field. The matches are looked up off the
// window's thread. Empty means none.
class LookupEdit : public QLineEdit
{
    Q_OBJECT
public:
    using Search =
        std::function<Result<QList<Lookup::Match>>(const Connection&, const Session&, const QString&)>;
    LookupEdit(const Workspace& workspace, Search search, QWidget* parent = nullptr);

    void setChoice(const QVariant& key, const QString& code, const QString& name);
    // The chosen record's key; invalid when nothing is chosen (or the text was changed since).
    QVariant key() const { return m_key; }
    // Text typed that names no record yet.
    bool isDangling() const { return m_key.isNull() && !text().trimmed().isEmpty(); }
    static QString label(const QString& code, const QString& name);

signals:
    void chosen(const QVariant& key);

private:
    void lookUp();

    const Workspace& m_workspace;
    Search m_search;
    QVariant m_key;
    QCompleter* m_completer;
    QStandardItemModel* m_matches;
    QTimer* m_delay;
    quint64 m_asked = 0;
};
