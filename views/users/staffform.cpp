#include "staffform.h"

#include "common/conflictview.h"
#include "common/messagewidget.h"
#include "domain/textrules.h"
#include "services/userservice.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>

namespace {

const QList<Role> roles = {Role::Admin, Role::Manager, Role::Clerk, Role::Cashier};

QString yesNo(bool value)
{
    return value ? StaffForm::tr("Yes") : StaffForm::tr("No");
}

} // namespace

StaffForm::StaffForm(const Workspace& workspace, QWidget* parent)
    : FormDialog(workspace, QStringLiteral("staffForm"), parent), m_username(new QLineEdit),
      m_displayName(new QLineEdit), m_role(new QComboBox), m_active(new QCheckBox(tr("May sign in"))),
      m_password(new QLineEdit), m_repeat(new QLineEdit)
{
    setMinimumWidth(480);
    m_username->setMaxLength(UserService::maxUsernameLength);
    m_username->setPlaceholderText(tr("Such as wangfang; letters a-z, digits, dot, dash"));
    m_displayName->setMaxLength(200);
    for (Role role : roles)
        m_role->addItem(RoleNames::displayName(role), int(role));
    m_password->setEchoMode(QLineEdit::Password);
    m_repeat->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("At least 8 characters; they change it when they first sign in"));
    addField(QStringLiteral("username"), tr("&User name:"), m_username);
    addField(QStringLiteral("displayName"), tr("&Name:"), m_displayName);
    addField(QStringLiteral("role"), tr("&Role:"), m_role);
    addField(QStringLiteral("active"), QString(), m_active);
    addField(QStringLiteral("password"), tr("&Password:"), m_password);
    addField(QStringLiteral("repeat"), tr("Re&peat password:"), m_repeat);
    connect(m_active, &QCheckBox::toggled, this, [this] {
        if (!fieldError(QStringLiteral("active")).isEmpty())
            checkField(QStringLiteral("active"));
    });
    connect(conflictView(), &ConflictView::keepMineRequested, this, &StaffForm::keepMine);
    connect(conflictView(), &ConflictView::takeTheirsRequested, this, &StaffForm::takeTheirs);
}

void StaffForm::startNew()
{
    setWindowTitle(tr("New staff account"));
    m_id = 0;
    m_version = 0;
    fillForm({QString(), Role::Cashier, true});
    setFieldShown(QStringLiteral("active"), false); // a new account may sign in
    m_username->setFocus();
}

void StaffForm::startEdit(const UserRecord& record)
{
    setWindowTitle(tr("Staff account \"%1\"").arg(record.username));
    m_id = record.id;
    m_version = record.version;
    setHistory(QStringLiteral("user"), QString::number(record.id), record.username);
    m_username->setText(record.username);
    m_username->setReadOnly(true);
    lookReadOnly(m_username);
    fillForm({record.displayName, record.role, record.active});
    // A password is set by Reset password, never here, so it is never typed by accident.
    for (const char* field : {"password", "repeat"})
        setFieldShown(QLatin1String(field), false);
    m_displayName->setFocus();
    fit();
}

UserChange StaffForm::readForm() const
{
    return {m_displayName->text().trimmed(), Role(m_role->currentData().toInt()), m_active->isChecked()};
}

void StaffForm::fillForm(const UserChange& change)
{
    m_displayName->setText(change.displayName);
    m_role->setCurrentIndex(std::max(0, m_role->findData(int(change.role))));
    m_active->setChecked(change.active);
}

QMap<QString, QString> StaffForm::problems() const
{
    const UserChange change = readForm();
    QMap<QString, QString> found;
    if (m_id == 0) {
        found =
            UserService::problems({m_username->text(), change.displayName, m_password->text(), change.role});
        if (!found.contains(QStringLiteral("password")) && m_repeat->text() != m_password->text())
            found.insert(QStringLiteral("repeat"), tr("The two passwords differ."));
    } else if (QString problem = TextRules::problem(change.displayName, 200, true); !problem.isEmpty()) {
        found.insert(QStringLiteral("displayName"), problem);
    }
    return found;
}

void StaffForm::submit()
{
    const UserChange change = readForm();
    const Session session = workspace().session;
    const qint64 id = m_id;
    const int version = m_version;
    // Their first password is one an administrator knows: they choose their own when they first sign in.
    const NewUser user{m_username->text(), change.displayName, m_password->text(), change.role, true};
    save<UserRecord>(
        [=](const Connection& c, JobControl&) -> Result<UserRecord> {
            const UserService service(c);
            if (id != 0)
                return service.update(session, id, version, change);
            auto created = service.create(session, user);
            if (!created)
                return created.error();
            return service.get(session, created.value());
        },
        [this](const UserRecord& record) { m_saved = record; });
}

void StaffForm::onConflict(const Error& error)
{
    if (!error.current.canConvert<UserRecord>()) {
        FormDialog::onConflict(error);
        return;
    }
    m_theirs = error.current.value<UserRecord>();
    const UserChange mine = readForm();
    const QList<ConflictView::Row> rows = {
        {tr("Name"), mine.displayName, m_theirs.displayName},
        {tr("Role"), RoleNames::displayName(mine.role), RoleNames::displayName(m_theirs.role)},
        {tr("May sign in"), yesNo(mine.active), yesNo(m_theirs.active)},
    };
    message()->showMessage(error.message, MessageWidget::Type::Warning);
    conflictView()->showConflict(rows, m_theirs.updatedAt);
    fit();
}

void StaffForm::keepMine()
{
    // The person has seen their version: saving over it is now a decision, not an accident.
    m_version = m_theirs.version;
    conflictView()->hide();
    message()->hide();
    accept();
}

void StaffForm::takeTheirs()
{
    m_version = m_theirs.version;
    fillForm({m_theirs.displayName, m_theirs.role, m_theirs.active});
    conflictView()->hide();
    message()->showMessage(tr("The form now shows their saved version."), MessageWidget::Type::Information);
    fit();
}
