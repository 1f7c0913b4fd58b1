#include "firstrundialog.h"

#include "common/richtext.h"
#include "common/theme.h"
#include "config/settings.h"
#include "services/demodata.h"
#include "services/userservice.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

FirstRunDialog::FirstRunDialog(const Workspace& workspace, QWidget* parent)
    : FormDialog(workspace, QStringLiteral("firstRun"), parent), m_username(new QLineEdit),
      m_displayName(new QLineEdit), m_password(new QLineEdit), m_repeat(new QLineEdit),
      m_demo(new QCheckBox(tr("Add &demo data")))
{
    setWindowTitle(tr("Welcome to Storekeeper"));
    const ConnectionProfile& profile = workspace.connection.profile;
    auto* intro = new QLabel(
        tr("<b>This database has no staff accounts yet.</b><br>Create the administrator "
           "account: it can do everything in Storekeeper, including connecting to another "
           "database. You sign in with it right away.<br><small>Database: %1 · %2</small>")
            .arg(profile.engineName(), RichText::wrappablePath(profile.location())));
    intro->setObjectName(QStringLiteral("firstRunIntro"));
    intro->setWordWrap(true);
    formLayout()->addRow(intro);
    addField(QStringLiteral("username"), tr("&User name:"), m_username);
    addField(QStringLiteral("displayName"), tr("&Full name:"), m_displayName);
    addField(QStringLiteral("password"), tr("&Password:"), m_password);
    addField(QStringLiteral("repeat"), tr("&Repeat password:"), m_repeat);
    m_username->setText(QStringLiteral("admin"));
    m_password->setEchoMode(QLineEdit::Password);
    m_repeat->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("At least 8 characters"));
    m_demo->setObjectName(QStringLiteral("firstRunDemo"));
    m_demo->setChecked(false); // a real shop that clicks straight through gets no demo accounts
    auto* demoNote =
        new QLabel(tr("A sample shop with goods, suppliers, customers and one staff account per role, "
                      "to try things out. Leave it off for a real shop."));
    demoNote->setObjectName(QStringLiteral("firstRunDemoNote"));
    demoNote->setWordWrap(true);
    demoNote->setIndent(22);
    // Quieter than the text around it, but readable (4.5:1), and from the palette, so dark themes work.
    QPalette quiet = demoNote->palette();
    quiet.setColor(QPalette::WindowText, Theme::secondaryText(quiet));
    demoNote->setPalette(quiet);
    auto* demo = new QVBoxLayout;
    demo->setSpacing(0);
    demo->addWidget(m_demo);
    demo->addWidget(demoNote);
    bodyLayout()->addLayout(demo);
    QPushButton* create = buttons()->button(QDialogButtonBox::Save);
    create->setText(tr("Create and sign in"));
    create->setObjectName(QStringLiteral("firstRunCreate"));
    setObjectName(QStringLiteral("firstRunDialog")); // after the fields, which are named firstRun_<field>
    m_displayName->setFocus();
}

QMap<QString, QString> FirstRunDialog::problems() const
{
    const NewUser user{m_username->text(), m_displayName->text(), m_password->text(), Role::Admin};
    QMap<QString, QString> found = UserService::problems(user);
    if (!found.contains(QStringLiteral("password")) && m_repeat->text() != m_password->text())
        found.insert(QStringLiteral("repeat"), tr("The two passwords differ."));
    return found;
}

void FirstRunDialog::submit()
{
    const NewUser user{m_username->text(), m_displayName->text(), m_password->text(), Role::Admin};
    const bool demo = m_demo->isChecked();
    save<Outcome>(
        [user, demo](const Connection& c, JobControl&) -> Result<Outcome> {
            auto session = UserService(c).createFirstAdministrator(user);
            if (!session)
                return session.error();
            Outcome outcome{session.value(), {}};
            if (!demo)
                return outcome;
            auto summary = DemoData::load(c, session.value());
            if (!summary) {
                outcome.demoSummary = tr("Your account was created, but the demo data could not be added: %1")
                                          .arg(summary.error().message);
                return outcome;
            }
            QStringList accounts;
            for (const DemoData::Account& account : summary->accounts)
                accounts << QStringLiteral("%1 / %2").arg(QLatin1String(account.username),
                                                          QLatin1String(account.password));
            outcome.demoSummary =
                tr("Demo data added: %1 goods in %2 categories, %3 suppliers, %4 customers. Staff "
                   "accounts to try (user / password): %5.")
                    .arg(summary->goods)
                    .arg(summary->categories)
                    .arg(summary->suppliers)
                    .arg(summary->customers)
                    .arg(accounts.join(QStringLiteral(", ")));
            return outcome;
        },
        [this](const Outcome& outcome) {
            m_session = outcome.session;
            m_demoSummary = outcome.demoSummary;
            Settings::setValue(Settings::Key::LastUsername, m_session.username);
        });
}
