#include "connectiondialog.h"

#include "db/database.h"
#include "db/migrations.h"
#include "messagewidget.h"
#include "windowfit.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QUrl>
#include <QVBoxLayout>

ConnectionDialog::ConnectionDialog(const ConnectionProfile& current, QWidget* parent)
    : QDialog(parent), m_profile(current), m_message(new MessageWidget), m_engine(new QComboBox),
      m_pages(new QStackedWidget), m_path(new QLineEdit), m_host(new QLineEdit), m_port(new QSpinBox),
      m_user(new QLineEdit), m_database(new QLineEdit), m_sslMode(new QComboBox), m_password(new QLineEdit)
{
    setObjectName(QStringLiteral("connectionDialog"));
    m_message->setObjectName(QStringLiteral("connectionMessage"));
    m_engine->setObjectName(QStringLiteral("connectionEngine"));
    m_host->setObjectName(QStringLiteral("connectionHost"));
    m_port->setObjectName(QStringLiteral("connectionPort"));
    m_user->setObjectName(QStringLiteral("connectionUser"));
    m_database->setObjectName(QStringLiteral("connectionDatabase"));
    setWindowTitle(tr("Connect to a database"));
    setMinimumWidth(520);
    m_engine->addItem(tr("SQLite file on this computer"), int(ConnectionProfile::Engine::SQLite));
    m_engine->addItem(tr("PostgreSQL server"), int(ConnectionProfile::Engine::PostgreSQL));
    m_engine->addItem(tr("MariaDB or MySQL server"), int(ConnectionProfile::Engine::MySQL));
    m_port->setRange(1, 65535);
    m_password->setEchoMode(QLineEdit::Password);
    m_sslMode->addItem(tr("Server's default (prefer)"), QString());
    for (const char* mode : {"disable", "require", "verify-ca", "verify-full"})
        m_sslMode->addItem(QLatin1String(mode), QLatin1String(mode));

    auto* filePage = new QWidget;
    auto* browse = new QPushButton(tr("&Browse…"));
    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);
    auto* fileForm = new QFormLayout(filePage);
    auto* fileLabel = new QLabel(tr("&File:"));
    fileLabel->setBuddy(m_path);
    fileForm->addRow(fileLabel, pathRow);

    auto* serverPage = new QWidget;
    auto* serverForm = new QFormLayout(serverPage);
    serverForm->addRow(tr("&Host:"), m_host);
    serverForm->addRow(tr("P&ort:"), m_port);
    serverForm->addRow(tr("&User:"), m_user);
    serverForm->addRow(tr("&Password:"), m_password);
    serverForm->addRow(tr("&Database:"), m_database);
    serverForm->addRow(tr("&Encryption (TLS):"), m_sslMode);
    m_pages->addWidget(filePage);
    m_pages->addWidget(serverPage);

    auto* top = new QFormLayout;
    top->addRow(tr("&Kind:"), m_engine);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Connect"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addLayout(top);
    layout->addWidget(m_pages);
    layout->addWidget(
        new QLabel(tr("Switching databases signs you out; you sign in again on the other database.")));
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &ConnectionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ConnectionDialog::reject);
    connect(m_engine, qOverload<int>(&QComboBox::currentIndexChanged), this,
            &ConnectionDialog::engineChanged);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString file =
            QFileDialog::getSaveFileName(this, tr("Storekeeper database file"), m_path->text(),
                                         tr("SQLite databases (*.db *.sqlite);;All files (*)"), nullptr,
                                         QFileDialog::DontConfirmOverwrite);
        if (!file.isEmpty())
            m_path->setText(file);
    });

    m_engine->setCurrentIndex(m_engine->findData(int(current.engine)));
    m_path->setText(current.path);
    m_host->setText(current.isServer() ? current.host : QStringLiteral("localhost"));
    m_user->setText(current.user);
    m_database->setText(current.isServer() ? current.database : QStringLiteral("storekeeper"));
    m_sslMode->setCurrentIndex(std::max(0, m_sslMode->findData(current.sslMode)));
    engineChanged();
    if (current.isServer())
        m_port->setValue(current.effectivePort());
}

void ConnectionDialog::engineChanged()
{
    const auto engine = ConnectionProfile::Engine(m_engine->currentData().toInt());
    m_pages->setCurrentIndex(engine == ConnectionProfile::Engine::SQLite ? 0 : 1);
    m_sslMode->setEnabled(engine == ConnectionProfile::Engine::PostgreSQL);
    ConnectionProfile defaults;
    defaults.engine = engine;
    m_port->setValue(defaults.effectivePort() > 0 ? defaults.effectivePort() : 5432);
}

QString ConnectionDialog::password() const
{
    return m_password->text();
}

void ConnectionDialog::showError(const QString& message)
{
    m_message->showMessage(message);
    // Taller for the message, so the fields below keep their height.
    WindowFit::fitHeight(this);
}

Status ConnectionDialog::probe(const ConnectionProfile& profile)
{
    // A SQLite file that is not there yet is a new database: make sure that is what is meant.
    if (!profile.isServer() && !QFileInfo::exists(profile.path)) {
        if (QMessageBox::question(this, windowTitle(),
                                  tr("There is no database at %1. Create a new, empty one there?")
                                      .arg(QDir::toNativeSeparators(profile.path))) == QMessageBox::Yes)
            return Done{};
        return Error::make(Error::Kind::Validation,
                           tr("Choose an existing database file, or confirm a new one."));
    }
    // Try it now, so a wrong password or address is said here and the form stays as typed.
    const QString name = QStringLiteral("connection-probe");
    Status result = Done{};
    {
        auto connection = Database(profile, password(), Database::Access::ReadOnly).connect(name);
        if (!connection)
            result = connection.error();
        else if (auto version = Migrations::inspect(connection.value()); !version)
            result = version.error();
    }
    Database::disconnect(name);
    return result;
}

QString ConnectionDialog::formProblem(QWidget** field) const
{
    // Said in terms of the form, not of the address built from it.
    const auto problem = [field](QLineEdit* edit, const QString& message) {
        *field = edit;
        return message;
    };
    if (m_pages->currentIndex() == 0)
        return m_path->text().trimmed().isEmpty() ? problem(m_path, tr("Choose the database file."))
                                                  : QString();
    const QString host = m_host->text().trimmed();
    if (host.isEmpty())
        return problem(m_host, tr("Type the server's host name or IP address."));
    QUrl probeHost;
    probeHost.setHost(host, QUrl::StrictMode);
    if (!probeHost.isValid() || probeHost.host().isEmpty())
        return problem(m_host, tr("\"%1\" is not a host name: use letters, digits, dots and hyphens, or an "
                                  "IP address.")
                                   .arg(host.left(60)));
    if (m_user->text().trimmed().isEmpty())
        return problem(m_user, tr("Type the user name you sign in to the server with."));
    const QString database = m_database->text().trimmed();
    if (database.isEmpty() || database.contains(QLatin1Char('/')))
        return problem(m_database, tr("Type the name of the database, without \"/\"."));
    return {};
}

void ConnectionDialog::accept()
{
    QWidget* field = nullptr;
    if (const QString problem = formProblem(&field); !problem.isEmpty()) {
        showError(problem);
        field->setFocus();
        return;
    }
    const auto engine = ConnectionProfile::Engine(m_engine->currentData().toInt());
    QString url;
    if (engine == ConnectionProfile::Engine::SQLite) {
        url = QStringLiteral("sqlite:") + m_path->text().trimmed();
    } else {
        QUrl server;
        server.setScheme(engine == ConnectionProfile::Engine::PostgreSQL ? QStringLiteral("postgresql")
                                                                         : QStringLiteral("mysql"));
        server.setUserName(m_user->text().trimmed());
        server.setHost(m_host->text().trimmed());
        server.setPort(m_port->value());
        server.setPath(QLatin1Char('/') + m_database->text().trimmed());
        const QString ssl = m_sslMode->currentData().toString();
        if (engine == ConnectionProfile::Engine::PostgreSQL && !ssl.isEmpty())
            server.setQuery(QStringLiteral("sslmode=") + ssl);
        url = server.toString();
    }
    auto profile = ConnectionProfile::parse(url);
    if (!profile) {
        showError(profile.error().message);
        return;
    }
    if (auto usable = probe(profile.value()); !usable) {
        showError(usable.error().message);
        return;
    }
    m_profile = profile.value();
    QDialog::accept();
}
