#include "supplierform.h"

#include "common/conflictview.h"
#include "common/messagewidget.h"
#include "domain/contactrules.h"
#include "services/supplierservice.h"
#include "suppliergoodspanel.h"

#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace {

QPlainTextEdit* textBox(int lines)
{
    auto* box = new QPlainTextEdit;
    box->setTabChangesFocus(true);
    const int height = box->fontMetrics().lineSpacing() * lines + 2 * (box->frameWidth() + 4);
    box->setMinimumHeight(height);
    box->setMaximumHeight(height + box->fontMetrics().lineSpacing());
    return box;
}

} // namespace

SupplierForm::SupplierForm(const Workspace& workspace, QWidget* parent)
    : FormDialog(workspace, QStringLiteral("supplierForm"), parent), m_code(new QLineEdit),
      m_name(new QLineEdit), m_contact(new QLineEdit), m_phone(new QLineEdit), m_email(new QLineEdit),
      m_terms(new QLineEdit), m_address(textBox(3)), m_notes(textBox(4)),
      m_goods(new SupplierGoodsPanel(workspace))
{
    setMinimumWidth(820);
    m_code->setMaxLength(SupplierRules::maxCodeLength);
    m_code->setToolTip(tr("The shop's own short code for the supplier, such as S00012; unique"));
    m_name->setMaxLength(SupplierRules::maxNameLength);
    m_contact->setMaxLength(SupplierRules::maxNameLength);
    m_contact->setPlaceholderText(tr("Who to ask for; optional"));
    m_phone->setMaxLength(ContactRules::maxPhoneLength);
    m_phone->setPlaceholderText(tr("Optional, such as 0571-8765 4321"));
    m_email->setMaxLength(ContactRules::maxEmailLength);
    m_email->setPlaceholderText(tr("Optional, such as sales@example.com"));
    m_terms->setMaxLength(SupplierRules::maxTermsLength);
    m_terms->setPlaceholderText(tr("Optional, such as 30 days net"));

    addField(SupplierRules::codeField, tr("Co&de:"), m_code);
    addField(SupplierRules::nameField, tr("&Name:"), m_name);
    addField(SupplierRules::contactField, tr("Con&tact:"), m_contact);
    addField(SupplierRules::phoneField, tr("&Phone:"), m_phone);
    addField(SupplierRules::emailField, tr("E-&mail:"), m_email);
    addField(SupplierRules::paymentTermsField, tr("Payment te&rms:"), m_terms);
    QFormLayout* side = addColumn();
    side->setRowWrapPolicy(QFormLayout::WrapAllRows);
    addField(SupplierRules::addressField, tr("Addr&ess:"), m_address, side);
    addField(SupplierRules::notesField, tr("N&otes:"), m_notes, side);
    for (QPlainTextEdit* box : {m_address, m_notes}) {
        const QString field = box == m_address ? SupplierRules::addressField : SupplierRules::notesField;
        connect(box, &QPlainTextEdit::textChanged, this, [this, field] {
            if (!fieldError(field).isEmpty())
                checkField(field);
        });
    }
    bodyLayout()->addSpacing(8);
    bodyLayout()->addWidget(m_goods);
    connect(m_goods, &SupplierGoodsPanel::layoutChanged, this, &SupplierForm::fit);

    connect(conflictView(), &ConflictView::keepMineRequested, this, &SupplierForm::keepMine);
    connect(conflictView(), &ConflictView::takeTheirsRequested, this, &SupplierForm::takeTheirs);
}

void SupplierForm::startNew()
{
    setWindowTitle(tr("New supplier"));
    m_id = 0;
    m_version = 0;
    m_goods->setSupplier(0, QString());
    fillForm({});
    suggestCode();
    m_name->setFocus();
}

void SupplierForm::startEdit(const SupplierRecord& record)
{
    setWindowTitle(tr("Edit %1").arg(record.draft.name));
    m_id = record.id;
    m_version = record.version;
    m_goods->setSupplier(record.id, record.draft.name);
    setHistory(QStringLiteral("supplier"), QString::number(record.id), record.draft.name);
    fillForm(record.draft);
    if (record.archived)
        message()->showMessage(tr("This supplier is archived: kept for the records, but hidden from the "
                                  "active list and the supplier choices."),
                               MessageWidget::Type::Information);
    m_name->setFocus();
}

void SupplierForm::suggestCode()
{
    const Session session = workspace().session;
    workspace().jobs->run<QString>(
        this, [session](const Connection& c, JobControl&) { return SupplierService(c).suggestCode(session); },
        [this](const Result<QString>& code) {
            // Only into a field nobody has typed in yet; without a suggestion the field stays empty.
            if (code && m_id == 0 && m_code->text().isEmpty() && !m_code->isModified()) {
                m_code->setText(code.value());
                m_code->setModified(false);
            }
        });
}

void SupplierForm::fillForm(const SupplierDraft& draft)
{
    m_code->setText(draft.code);
    m_name->setText(draft.name);
    m_contact->setText(draft.contact);
    m_phone->setText(draft.phone);
    m_email->setText(draft.email);
    m_terms->setText(draft.paymentTerms);
    m_address->setPlainText(draft.address);
    m_notes->setPlainText(draft.notes);
    showProblems({}, false);
}

SupplierDraft SupplierForm::readForm() const
{
    SupplierDraft draft;
    draft.code = m_code->text();
    draft.name = m_name->text();
    draft.contact = m_contact->text();
    draft.phone = m_phone->text();
    draft.email = m_email->text();
    draft.paymentTerms = m_terms->text();
    draft.address = m_address->toPlainText();
    draft.notes = m_notes->toPlainText();
    return SupplierRules::normalized(draft);
}

QMap<QString, QString> SupplierForm::problems() const
{
    return SupplierRules::problems(readForm());
}

void SupplierForm::submit()
{
    const SupplierDraft draft = readForm();
    const Session session = workspace().session;
    const qint64 id = m_id;
    const int version = m_version;
    save<SupplierRecord>(
        [=](const Connection& c, JobControl&) {
            const SupplierService service(c);
            return id == 0 ? service.create(session, draft) : service.update(session, id, version, draft);
        },
        [this](const SupplierRecord& record) { m_saved = record; });
}

void SupplierForm::onConflict(const Error& error)
{
    if (!error.current.canConvert<SupplierRecord>()) {
        FormDialog::onConflict(error);
        return;
    }
    m_theirs = error.current.value<SupplierRecord>();
    const SupplierDraft mine = readForm();
    const SupplierDraft& theirs = m_theirs.draft;
    const QList<ConflictView::Row> rows = {
        {tr("Code"), mine.code, theirs.code},
        {tr("Name"), mine.name, theirs.name},
        {tr("Contact"), mine.contact, theirs.contact},
        {tr("Phone"), mine.phone, theirs.phone},
        {tr("E-mail"), mine.email, theirs.email},
        {tr("Payment terms"), mine.paymentTerms, theirs.paymentTerms},
        {tr("Address"), mine.address, theirs.address},
        {tr("Notes"), mine.notes, theirs.notes},
    };
    message()->showMessage(error.message, MessageWidget::Type::Warning);
    conflictView()->showConflict(rows, m_theirs.updatedAt);
    fit();
}

void SupplierForm::keepMine()
{
    // The person has seen their version: saving over it is now a decision, not an accident.
    m_version = m_theirs.version;
    conflictView()->hide();
    message()->hide();
    accept();
}

void SupplierForm::takeTheirs()
{
    m_version = m_theirs.version;
    fillForm(m_theirs.draft);
    conflictView()->hide();
    message()->showMessage(tr("The form now shows their saved version."), MessageWidget::Type::Information);
    fit();
}
