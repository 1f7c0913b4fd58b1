#pragma once

#include "db/connectionprofile.h"
#include "domain/error.h"

#include <QDialog>

class MessageWidget;
class QComboBox;
class QLineEdit;
class QSpinBox;
class QStackedWidget;

// Chooses the database: the embedded SQLite file or a PostgreSQL or MariaDB/MySQL server. The
// password is used for this connection only and never stored.
class ConnectionDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ConnectionDialog(const ConnectionProfile& current, QWidget* parent = nullptr);

    ConnectionProfile profile() const { return m_profile; }
    QString password() const;
    void showError(const QString& message);

    void accept() override;

private:
    void engineChanged();
    Status probe(const ConnectionProfile& profile);
    QString formProblem(QWidget** field) const; // what the form lacks, and the field to fix; or empty

    ConnectionProfile m_profile;
    MessageWidget* m_message;
    QComboBox* m_engine;
    QStackedWidget* m_pages;
    QLineEdit* m_path;
    QLineEdit* m_host;
    QSpinBox* m_port;
    QLineEdit* m_user;
    QLineEdit* m_database;
    QComboBox* m_sslMode;
    QLineEdit* m_password;
};
