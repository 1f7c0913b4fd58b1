#include "customerform.h"

#include "addresseditor.h"
#include "common/conflictview.h"
#include "common/messagewidget.h"
#include "domain/contactrules.h"
#include "services/customerservice.h"

#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

CustomerForm::CustomerForm(const Workspace& workspace, QWidget* parent)
    : FormDialog(workspace, QStringLiteral("customerForm"), parent), m_code(new QLineEdit),
      m_name(new QLineEdit), m_phone(new QLineEdit), m_email(new QLineEdit), m_note(new QPlainTextEdit),
      m_addresses(new AddressEditor)
{
    setMinimumWidth(780);
    m_code->setMaxLength(CustomerRules::maxCodeLength);
    m_code->setPlaceholderText(tr("Optional, such as M100023"));
    m_name->setMaxLength(CustomerRules::maxNameLength);
    m_phone->setMaxLength(ContactRules::maxPhoneLength);
    m_phone->setPlaceholderText(tr("Such as 138 0013 8001"));
    m_email->setMaxLength(ContactRules::maxEmailLength);
    m_email->setPlaceholderText(tr("name@example.com"));
    m_note->setTabChangesFocus(true);
    const int lines = 4;
    m_note->setFixedHeight(m_note->fontMetrics().lineSpacing() * lines + 2 * (m_note->frameWidth() + 4));

    addField(CustomerRules::codeField, tr("C&ode:"), m_code);
    addField(CustomerRules::nameField, tr("&Name:"), m_name);
    addField(CustomerRules::phoneField, tr("&Phone:"), m_phone);
    addField(CustomerRules::emailField, tr("&E-mail:"), m_email);
    QFormLayout* side = addColumn();
    side->setRowWrapPolicy(QFormLayout::WrapAllRows);
    addField(CustomerRules::noteField, tr("No&te:"), m_note, side);
    auto* below = new QFormLayout;
    below->setRowWrapPolicy(QFormLayout::WrapAllRows);
    below->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    bodyLayout()->addLayout(below);
    addField(CustomerRules::addressesField, tr("&Addresses:"), m_addresses, below);

    connect(m_note, &QPlainTextEdit::textChanged, this, [this] {
        if (!fieldError(CustomerRules::noteField).isEmpty())
            checkField(CustomerRules::noteField);
    });
    connect(m_addresses, &AddressEditor::edited, this, [this] { checkField(CustomerRules::addressesField); });
    connect(m_addresses, &AddressEditor::resized, this, [this] {
        if (isVisible())
            fit();
    });
    connect(conflictView(), &ConflictView::keepMineRequested, this, &CustomerForm::keepMine);
    connect(conflictView(), &ConflictView::takeTheirsRequested, this, &CustomerForm::takeTheirs);
}

void CustomerForm::startNew()
{
    setWindowTitle(tr("New customer"));
    m_id.clear();
    m_version = 0;
    CustomerDraft draft;
    // One empty row to fill in: most customers have an address, and an empty row is not saved.
    draft.addresses = {CustomerAddress{{}, {}, {}, {}, {}, true}};
    fillForm(draft);
    m_code->setFocus();
}

void CustomerForm::startEdit(const CustomerRecord& record, const QString& mergedIntoName)
{
    setWindowTitle(tr("Edit %1").arg(record.draft.name));
    m_id = record.id;
    m_version = record.version;
    setHistory(QStringLiteral("customer"), record.id, record.draft.name);
    fillForm(record.draft);
    if (!record.mergedInto.isEmpty())
        message()->showMessage(tr("This customer was merged into \"%1\": their orders and addresses are "
                                  "there now. This record is kept for the history.")
                                   .arg(mergedIntoName),
                               MessageWidget::Type::Information);
    else if (!record.active)
        message()->showMessage(tr("This customer is inactive: kept with their orders, but hidden from the "
                                  "list of active customers."),
                               MessageWidget::Type::Information);
    m_name->setFocus();
}

void CustomerForm::fillForm(const CustomerDraft& draft)
{
    m_code->setText(draft.code);
    m_name->setText(draft.name);
    m_phone->setText(draft.phone);
    m_email->setText(draft.email);
    m_note->setPlainText(draft.note);
    m_addresses->setAddresses(draft.addresses);
    m_addresses->markProblems();
    showProblems({}, false);
}

CustomerDraft CustomerForm::readForm(QMap<QString, QString>* problems) const
{
    CustomerDraft draft;
    draft.code = m_code->text();
    draft.name = m_name->text();
    draft.phone = m_phone->text();
    draft.email = m_email->text();
    draft.note = m_note->toPlainText();
    draft.addresses = m_addresses->addresses();
    draft = CustomerRules::normalized(draft);
    *problems = CustomerRules::problems(draft);
    return draft;
}

QMap<QString, QString> CustomerForm::problems() const
{
    QMap<QString, QString> found;
    readForm(&found);
    // The note says which address; the outline shows which field, whichever field was just checked.
    m_addresses->markProblems();
    return found;
}

void CustomerForm::accept()
{
    // Blank rows are not saved; taking them out first makes "Address 2" in a note the second row
    // on screen.
    m_addresses->removeBlankRows();
    FormDialog::accept();
}

void CustomerForm::submit()
{
    QMap<QString, QString> found;
    const CustomerDraft draft = readForm(&found);
    const Session session = workspace().session;
    const QString id = m_id;
    const int version = m_version;
    save<CustomerRecord>(
        [=](const Connection& c, JobControl&) {
            const CustomerService service(c);
            return id.isEmpty() ? service.create(session, draft)
                                : service.update(session, id, version, draft);
        },
        [this](const CustomerRecord& record) { m_saved = record; });
}

QString CustomerForm::addressesText(const QList<CustomerAddress>& addresses) const
{
    QStringList lines;
    for (const CustomerAddress& a : addresses) {
        QStringList parts;
        for (const QString& part : {a.recipient, a.phone, a.address})
            if (!part.isEmpty())
                parts << QString(part).replace(QLatin1Char('\n'), QLatin1Char(' '));
        QString line = parts.join(tr(", "));
        if (!a.label.isEmpty())
            line = tr("%1: %2").arg(a.label, line);
        lines << (a.isDefault ? tr("%1 (default)").arg(line) : line);
    }
    return lines.join(QLatin1Char('\n'));
}

void CustomerForm::onConflict(const Error& error)
{
    if (!error.current.canConvert<CustomerRecord>()) {
        FormDialog::onConflict(error);
        return;
    }
    m_theirs = error.current.value<CustomerRecord>();
    QMap<QString, QString> ignored;
    const CustomerDraft mine = readForm(&ignored);
    const CustomerDraft& theirs = m_theirs.draft;
    const QList<ConflictView::Row> rows = {
        {tr("Code"), mine.code, theirs.code},
        {tr("Name"), mine.name, theirs.name},
        {tr("Phone"), mine.phone, theirs.phone},
        {tr("E-mail"), mine.email, theirs.email},
        {tr("Note"), mine.note, theirs.note},
        {tr("Addresses"), addressesText(mine.addresses), addressesText(theirs.addresses)},
    };
    message()->showMessage(error.message, MessageWidget::Type::Warning);
    conflictView()->showConflict(rows, m_theirs.updatedAt);
    fit();
}

void CustomerForm::keepMine()
{
    // The person has seen their version: saving over it is now a decision, not an accident.
    m_version = m_theirs.version;
    conflictView()->hide();
    message()->hide();
    accept();
}

void CustomerForm::takeTheirs()
{
    m_version = m_theirs.version;
    fillForm(m_theirs.draft);
    conflictView()->hide();
    message()->showMessage(tr("The form now shows their saved version."), MessageWidget::Type::Information);
    fit();
}
