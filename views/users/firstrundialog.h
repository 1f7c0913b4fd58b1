#pragma once

#include "common/formdialog.h"

class QCheckBox;
class QLineEdit;

// The first start on an empty database: create the administrator account, and add demo data if
// the person wants to look around first. WORKSPACE has no one signed in yet.
class FirstRunDialog : public FormDialog
{
    Q_OBJECT
public:
    explicit FirstRunDialog(const Workspace& workspace, QWidget* parent = nullptr);
    const Session& session() const { return m_session; }
    // What was added with the demo data, for the main window to show; empty without demo data.
    const QString& demoSummary() const { return m_demoSummary; }

protected:
    QMap<QString, QString> problems() const override;
    void submit() override;

private:
    struct Outcome
    {
        Session session;
        QString demoSummary;
    };

    Session m_session;
    QString m_demoSummary;
    QLineEdit* m_username;
    QLineEdit* m_displayName;
    QLineEdit* m_password;
    QLineEdit* m_repeat;
    QCheckBox* m_demo;
};
