#pragma once

#include "workspace.h"

#include <QDialog>
#include <QHash>
#include <QMap>
#include <functional>

class ConflictView;
class MessageWidget;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QPushButton;
class QVBoxLayout;

// A form of fields, each with its note underneath saying what is wrong, a message above for the
// form as a whole, and a conflict view for a save that met someone else's: the one way every form
// in Storekeeper behaves. Saves run off the window's thread; the form waits without freezing.
class FormDialog : public QDialog
{
    Q_OBJECT
public:
    FormDialog(const Workspace& workspace, const QString& objectName, QWidget* parent = nullptr);
    ~FormDialog() override;

    // The note under field KEY, empty when it has none.
    QString fieldError(const QString& key) const;
    bool isSaving() const { return m_saving; }
    void accept() override;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    const Workspace& workspace() const { return m_workspace; }
    // A labelled row with INPUT and its note, in LAYOUT (the form's own one by default). A line
    // edit or combo box checks itself when the person leaves it; other inputs call checkField().
    void addField(const QString& key, const QString& label, QWidget* input, QFormLayout* layout = nullptr);
    QFormLayout* formLayout() const { return m_form; }
    // A second column of fields beside the first, for a form too tall for a laptop in one.
    QFormLayout* addColumn();
    // For what a form shows besides its fields (a picture, a list of addresses), above the buttons.
    QVBoxLayout* bodyLayout() const { return m_body; }
    MessageWidget* message() const { return m_message; }
    ConflictView* conflictView() const { return m_conflict; }
    QDialogButtonBox* buttons() const { return m_buttons; }
    QWidget* input(const QString& key) const { return m_inputs.value(key); }
    // A History button that shows the audit log of record ENTITYID of kind ENTITY, for roles that may
    // see the log; TITLE names the record in the history's title. Call again when the record changes
    // (an empty ENTITYID, a record not saved yet, hides the button).
    void setHistory(const QString& entity, const QString& entityId, const QString& title);
    // Shows or hides the whole row of field KEY: its label, input and note.
    void setFieldShown(const QString& key, bool shown);
    // Makes INPUT look like what it is when it may not be changed: not like a field to type in.
    static void lookReadOnly(QWidget* input);

    // Everything wrong with what the form holds now: rules and parsing, field -> note.
    virtual QMap<QString, QString> problems() const = 0;
    // Reads the form and saves it; called by accept() unless a save is running.
    virtual void submit() = 0;
    // A save met someone else's newer save; ERROR.current holds their record. By default the
    // message says so; forms that can compare show conflictView().
    virtual void onConflict(const Error& error);

    // Puts every note in place; the first field with one gets the focus. With SUMMARIZE, the
    // message above says notes are there, and goes once the last one does.
    void showProblems(const QMap<QString, QString>& problems, bool summarize = true);
    void checkField(const QString& key);
    // Grows or shrinks the window to what it shows now, so notes are never cut and rows never
    // drift apart when they go.
    void fit();

    // Runs WORK with the workspace's runner. On success SAVED gets the result and the form
    // closes; field errors go under their fields, a conflict to onConflict(), the rest on top.
    template<typename T> void save(JobRunner::Work<T> work, std::function<void(const T&)> saved)
    {
        setSaving(true);
        m_workspace.jobs->run<T>(this, std::move(work),
                                 [this, saved = std::move(saved)](const Result<T>& result) {
                                     setSaving(false);
                                     if (!result) {
                                         showError(result.error());
                                         return;
                                     }
                                     saved(result.value());
                                     QDialog::accept();
                                 });
    }
    void showError(const Error& error);

private:
    void setSaving(bool saving);
    void setNote(const QString& key, const QString& note);

    const Workspace& m_workspace;
    MessageWidget* m_message;
    ConflictView* m_conflict;
    QFormLayout* m_form;
    class QHBoxLayout* m_columns;
    QVBoxLayout* m_body;
    QDialogButtonBox* m_buttons;
    QHash<QString, QLabel*> m_notes;
    QHash<QString, QWidget*> m_inputs;
    QHash<QString, QPair<QFormLayout*, QLabel*>> m_captions;
    QPushButton* m_history = nullptr;
    QString m_historyEntity, m_historyId, m_historyTitle;
    QStringList m_order; // fields as the form shows them
    bool m_saving = false;
    bool m_summaryShown = false;
    QString m_saveText;
};
