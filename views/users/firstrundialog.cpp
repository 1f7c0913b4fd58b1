#include "firstrundialog.h"

#include "common/messagewidget.h"
#include "common/windowfit.h"
#include "config/settings.h"
#include "services/demodata.h"
#include "services/userservice.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

FirstRunDialog::FirstRunDialog(const Connection& connection, QWidget* parent)
    : QDialog(parent), m_connection(connection), m_message(new MessageWidget),
      m_demo(new QCheckBox(tr("Add &demo data")))
{
    setObjectName(QStringLiteral("firstRunDialog"));
    setWindowTitle(tr("Welcome to Storekeeper"));
    setMinimumWidth(520);
    setStyleSheet(QStringLiteral("QLabel[fieldError=\"true\"] { color: #b3261e; }"));
    auto* intro =
        new QLabel(tr("<b>This database has no staff accounts yet.</b><br>Create the administrator "
                      "account: it can do everything in Storekeeper, including connecting to another "
                      "database. You sign in with it right away.<br><small>Database: %1 · %2</small>")
                       .arg(connection.profile.engineName(), connection.profile.location().toHtmlEscaped()));
    intro->setWordWrap(true);
    auto* form = new QFormLayout;
    m_username = addField(QStringLiteral("username"), tr("&User name:"), form);
    m_displayName = addField(QStringLiteral("displayName"), tr("&Full name:"), form);
    m_password = addField(QStringLiteral("password"), tr("&Password:"), form);
    m_repeat = addField(QStringLiteral("repeat"), tr("&Repeat password:"), form);
    m_username->setText(QStringLiteral("admin"));
    m_password->setEchoMode(QLineEdit::Password);
    m_repeat->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("At least 8 characters"));
    m_demo->setObjectName(QStringLiteral("firstRunDemo"));
    m_demo->setChecked(false); // a real shop that clicks straight through gets no demo accounts

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Create and sign in"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("firstRunCreate"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_message);
    layout->addLayout(form);
    auto* demo = new QVBoxLayout;
    demo->setSpacing(0);
    demo->addWidget(m_demo);
    auto* demoNote =
        new QLabel(tr("A sample shop with goods, suppliers, customers and one staff account per role, "
                      "to try things out. Leave it off for a real shop."));
    demoNote->setWordWrap(true);
    demoNote->setIndent(22);
    demoNote->setStyleSheet(QStringLiteral("color: palette(mid);"));
    demo->addWidget(demoNote);
    layout->addLayout(demo);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &FirstRunDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &FirstRunDialog::reject);
    m_displayName->setFocus();
}

QLineEdit* FirstRunDialog::addField(const QString& key, const QString& label, QFormLayout* form)
{
    auto* edit = new QLineEdit;
    edit->setObjectName(QStringLiteral("firstRun_") + key);
    auto* error = new QLabel;
    error->setObjectName(QStringLiteral("firstRun_") + key + QStringLiteral("_error"));
    error->setProperty("fieldError", true);
    error->setWordWrap(true);
    error->hide();
    auto* column = new QVBoxLayout;
    column->setSpacing(2);
    column->addWidget(edit);
    column->addWidget(error);
    auto* caption = new QLabel(label);
    caption->setBuddy(edit); // shows the mnemonic and lets Alt+letter reach the field
    form->addRow(caption, column);
    m_errors.insert(key, error);
    return edit;
}

void FirstRunDialog::accept()
{
    NewUser user{m_username->text(), m_displayName->text(), m_password->text(), Role::Admin};
    QMap<QString, QString> problems = UserService::problems(user);
    if (!problems.contains(QStringLiteral("password")) && m_repeat->text() != m_password->text())
        problems.insert(QStringLiteral("repeat"), tr("The two passwords differ."));
    const auto show = [this](const QMap<QString, QString>& fields) {
        for (auto it = m_errors.cbegin(); it != m_errors.cend(); ++it) {
            it.value()->setText(fields.value(it.key()));
            it.value()->setVisible(fields.contains(it.key()));
        }
    };
    show(problems);
    if (!problems.isEmpty()) {
        m_message->showMessage(tr("Some fields need attention; see the notes under them."));
        WindowFit::growToFit(this);
        return;
    }

    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto session = UserService(m_connection).createFirstAdministrator(user);
    QApplication::restoreOverrideCursor();
    if (!session) {
        show(session.error().fields);
        m_message->showMessage(session.error().message);
        WindowFit::growToFit(this);
        return;
    }
    m_session = session.value();
    Settings::setValue(Settings::Key::LastUsername, m_session.username);
    if (m_demo->isChecked()) {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        auto summary = DemoData::load(m_connection, m_session);
        QApplication::restoreOverrideCursor();
        if (summary) {
            QStringList accounts;
            for (const DemoData::Account& account : summary->accounts)
                accounts << QStringLiteral("%1 / %2").arg(QLatin1String(account.username),
                                                          QLatin1String(account.password));
            m_demoSummary =
                tr("Demo data added: %1 goods in %2 categories, %3 suppliers, %4 customers. Staff "
                   "accounts to try (user / password): %5.")
                    .arg(summary->goods)
                    .arg(summary->categories)
                    .arg(summary->suppliers)
                    .arg(summary->customers)
                    .arg(accounts.join(QStringLiteral(", ")));
        } else {
            m_demoSummary = tr("Your account was created, but the demo data could not be added: %1")
                                .arg(summary.error().message);
        }
    }
    QDialog::accept();
}
