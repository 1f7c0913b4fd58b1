#pragma once

#include "db/connection.h"
#include "domain/session.h"

#include <QDialog>
#include <QHash>

class MessageWidget;
class QCheckBox;
class QLabel;
class QLineEdit;

// The first start on an empty database: create the administrator account, and add demo data
// if the person wants to look around first.
class FirstRunDialog : public QDialog
{
    Q_OBJECT
public:
    explicit FirstRunDialog(const Connection& connection, QWidget* parent = nullptr);
    const Session& session() const { return m_session; }
    // What was added with the demo data, for the main window to show; empty without demo data.
    const QString& demoSummary() const { return m_demoSummary; }

    void accept() override;

private:
    QLineEdit* addField(const QString& key, const QString& label, class QFormLayout* form);

    Connection m_connection;
    Session m_session;
    QString m_demoSummary;
    MessageWidget* m_message;
    QLineEdit* m_username;
    QLineEdit* m_displayName;
    QLineEdit* m_password;
    QLineEdit* m_repeat;
    QCheckBox* m_demo;
    QHash<QString, QLabel*> m_errors;
};
