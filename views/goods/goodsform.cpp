#include "goodsform.h"

#include "categorycombo.h"
#include "common/messagewidget.h"
#include "common/moneyformat.h"
#include "common/windowfit.h"
#include "goodsconflictwidget.h"
#include "services/goodsservice.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>
#include <algorithm>

namespace {

const char* const invalidProperty = "invalid";

} // namespace

GoodsForm::GoodsForm(const Workspace& workspace, const QList<Category>& categories, QWidget* parent)
    : QDialog(parent), m_workspace(workspace), m_message(new MessageWidget),
      m_conflict(new GoodsConflictWidget), m_sku(new QLineEdit), m_name(new QLineEdit),
      m_barcode(new QLineEdit), m_category(new CategoryCombo(CategoryCombo::Mode::Choice)),
      m_unit(new QComboBox), m_price(new QLineEdit), m_cost(new QLineEdit), m_description(new QPlainTextEdit),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel))
{
    setObjectName(QStringLiteral("goodsForm"));
    setMinimumWidth(520);
    setStyleSheet(QStringLiteral("QLabel[fieldError=\"true\"] { color: #b3261e; }"
                                 "QLineEdit[invalid=\"true\"], QComboBox[invalid=\"true\"], "
                                 "QPlainTextEdit[invalid=\"true\"] { border: 1px solid #b3261e; }"));
    m_category->setCategories(categories);
    m_unit->setEditable(true);
    // Sized by its items alone, the edit has no room for its frame and cursor and scrolls the first
    // letter out of sight; room for the longest unit allowed shows every one whole.
    m_unit->setMinimumContentsLength(GoodsRules::maxUnitLength);
    m_unit->addItems({tr("pcs"), tr("box"), tr("bag"), tr("bottle"), tr("kg"), tr("pack"), tr("case")});
    m_sku->setMaxLength(GoodsRules::maxSkuLength);
    m_name->setMaxLength(GoodsRules::maxNameLength);
    m_barcode->setMaxLength(14);
    m_barcode->setPlaceholderText(tr("Scan or type; optional"));
    m_barcode->installEventFilter(this);
    m_price->setPlaceholderText(MoneyFormat::editText(Money::fromCents(0)));
    m_cost->setPlaceholderText(MoneyFormat::editText(Money::fromCents(0)));
    for (QLineEdit* money : {m_price, m_cost})
        money->setAlignment(Qt::AlignRight);
    m_description->setTabChangesFocus(true);
    m_description->setMaximumHeight(90);
    // Without a minimum, a conflict or field notes above it would squeeze it to a single line.
    m_description->setMinimumHeight(m_description->fontMetrics().lineSpacing() * 3 +
                                    2 * (m_description->frameWidth() + 4));

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    addField(GoodsRules::skuField, tr("S&KU:"), m_sku, form);
    addField(GoodsRules::nameField, tr("&Name:"), m_name, form);
    addField(GoodsRules::barcodeField, tr("&Barcode:"), m_barcode, form);
    addField(GoodsRules::categoryField, tr("Ca&tegory:"), m_category, form);
    addField(GoodsRules::unitField, tr("&Unit:"), m_unit, form);
    addField(GoodsRules::priceField, tr("&Price:"), m_price, form);
    addField(GoodsRules::costField, tr("C&ost:"), m_cost, form);
    addField(GoodsRules::descriptionField, tr("&Description:"), m_description, form);

    m_buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("goodsSave"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addWidget(m_conflict);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &GoodsForm::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &GoodsForm::reject);
    connect(m_conflict, &GoodsConflictWidget::keepMineRequested, this, &GoodsForm::keepMine);
    connect(m_conflict, &GoodsConflictWidget::takeTheirsRequested, this, &GoodsForm::takeTheirs);
    applyPermissions();
}

void GoodsForm::addField(const QString& field, const QString& label, QWidget* input, QFormLayout* layout)
{
    input->setObjectName(QStringLiteral("goods_") + field);
    auto* error = new QLabel;
    error->setObjectName(QStringLiteral("goods_") + field + QStringLiteral("_error"));
    error->setProperty("fieldError", true);
    error->setWordWrap(true);
    error->hide();
    auto* column = new QVBoxLayout;
    column->setSpacing(2);
    column->addWidget(input);
    column->addWidget(error);
    auto* caption = new QLabel(label);
    caption->setBuddy(input);
    layout->addRow(caption, column);
    m_errorLabels.insert(field, error);
    m_inputs.insert(field, input);
    if (auto* line = qobject_cast<QLineEdit*>(input))
        connect(line, &QLineEdit::editingFinished, this, [this, field] { checkField(field); });
}

GoodsForm::~GoodsForm()
{
    // Hiding a dialog moves focus; a field losing it would check itself against labels going away.
    for (QWidget* input : qAsConst(m_inputs))
        input->disconnect(this);
}

bool GoodsForm::eventFilter(QObject* watched, QEvent* event)
{
    // A scanner ends each code with Enter: move on to the next field rather than saving half a form.
    if (watched == m_barcode && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            checkField(GoodsRules::barcodeField);
            focusNextChild();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void GoodsForm::applyPermissions()
{
    const bool mayEdit = m_workspace.session.can(Permission::EditGoods);
    const bool mayPrice = m_workspace.session.can(Permission::ChangePrices);
    for (QLineEdit* line : {m_sku, m_name, m_barcode})
        line->setReadOnly(!mayEdit);
    m_category->setEnabled(mayEdit);
    m_unit->setEnabled(mayEdit);
    m_description->setReadOnly(!mayEdit);
    m_price->setReadOnly(!mayEdit || !mayPrice);
    m_cost->setReadOnly(!mayEdit || !mayPrice);
    // A read-only field still has the white background of one to type in: give it the window's.
    const auto lookReadOnly = [](QWidget* input) {
        QPalette palette = input->palette();
        palette.setColor(QPalette::Base, palette.color(QPalette::Window));
        input->setPalette(palette);
    };
    for (QLineEdit* line : {m_sku, m_name, m_barcode, m_price, m_cost}) {
        if (line->isReadOnly())
            lookReadOnly(line);
    }
    if (m_description->isReadOnly())
        lookReadOnly(m_description);
    if (!mayEdit) {
        m_buttons->setStandardButtons(QDialogButtonBox::Close);
        connect(m_buttons->button(QDialogButtonBox::Close), &QPushButton::clicked, this, &GoodsForm::reject);
    }
}

void GoodsForm::startNew(qint64 categoryId)
{
    setWindowTitle(tr("New goods item"));
    m_id = 0;
    m_version = 0;
    GoodsDraft draft;
    draft.unit = m_unit->itemText(0);
    draft.categoryId = categoryId;
    fillForm(draft);
    m_sku->setFocus();
}

void GoodsForm::startEdit(const GoodsRecord& record)
{
    setWindowTitle(m_workspace.session.can(Permission::EditGoods) ? tr("Edit %1").arg(record.draft.name)
                                                                  : record.draft.name);
    m_id = record.id;
    m_version = record.version;
    fillForm(record.draft);
    if (record.archived)
        m_message->showMessage(
            tr("This item is archived: it is kept for the records but hidden from the active list."),
            MessageWidget::Type::Information);
    m_name->setFocus();
}

void GoodsForm::fillForm(const GoodsDraft& draft)
{
    m_sku->setText(draft.sku);
    m_name->setText(draft.name);
    m_barcode->setText(draft.barcode);
    m_category->setCurrentCategoryId(draft.categoryId);
    m_unit->setCurrentText(draft.unit);
    m_price->setText(MoneyFormat::editText(draft.price, locale()));
    m_cost->setText(MoneyFormat::editText(draft.cost, locale()));
    m_description->setPlainText(draft.description);
    showProblems({});
}

GoodsDraft GoodsForm::readForm(QMap<QString, QString>* problems) const
{
    GoodsDraft draft;
    draft.sku = m_sku->text();
    draft.name = m_name->text();
    draft.barcode = m_barcode->text();
    draft.categoryId = m_category->currentCategoryId();
    draft.unit = m_unit->currentText();
    draft.description = m_description->toPlainText();
    QMap<QString, QString> parseProblems;
    const auto readMoney = [&](QLineEdit* edit, const QString& field) {
        const MoneyParse parsed = parseMoney(edit->text(), locale());
        if (!parsed.ok())
            parseProblems.insert(field, GoodsRules::moneyParseProblem(parsed.error));
        return parsed.value;
    };
    draft.price = readMoney(m_price, GoodsRules::priceField);
    draft.cost = readMoney(m_cost, GoodsRules::costField);
    draft = GoodsRules::normalized(draft);
    *problems = GoodsRules::problems(draft);
    for (auto it = parseProblems.cbegin(); it != parseProblems.cend(); ++it)
        problems->insert(it.key(), it.value());
    return draft;
}

void GoodsForm::showProblems(const QMap<QString, QString>& problems)
{
    for (auto it = m_errorLabels.cbegin(); it != m_errorLabels.cend(); ++it) {
        const QString problem = problems.value(it.key());
        it.value()->setText(problem);
        it.value()->setVisible(!problem.isEmpty());
        QWidget* input = m_inputs.value(it.key());
        input->setProperty(invalidProperty, !problem.isEmpty());
        input->style()->unpolish(input);
        input->style()->polish(input);
    }
    if (!problems.isEmpty()) {
        // Focus the first field with a problem, in the order the form shows them.
        for (const QString& field : {GoodsRules::skuField, GoodsRules::nameField, GoodsRules::barcodeField,
                                     GoodsRules::categoryField, GoodsRules::unitField, GoodsRules::priceField,
                                     GoodsRules::costField, GoodsRules::descriptionField}) {
            if (problems.contains(field)) {
                m_inputs.value(field)->setFocus();
                break;
            }
        }
    }
}

void GoodsForm::checkField(const QString& field)
{
    QMap<QString, QString> problems;
    readForm(&problems);
    QLabel* label = m_errorLabels.value(field);
    const QString problem = problems.value(field);
    label->setText(problem);
    label->setVisible(!problem.isEmpty());
    QWidget* input = m_inputs.value(field);
    input->setProperty(invalidProperty, !problem.isEmpty());
    input->style()->unpolish(input);
    input->style()->polish(input);
    if (m_messageSumsUpFields && problem.isEmpty() &&
        std::none_of(m_errorLabels.cbegin(), m_errorLabels.cend(),
                     [](const QLabel* note) { return !note->isHidden(); })) {
        m_message->hide();
        m_messageSumsUpFields = false;
    }
}

QString GoodsForm::fieldError(const QString& field) const
{
    const QLabel* label = m_errorLabels.value(field);
    return label && !label->isHidden() ? label->text() : QString();
}

void GoodsForm::accept()
{
    if (!m_workspace.session.can(Permission::EditGoods)) {
        reject();
        return;
    }
    QMap<QString, QString> problems;
    const GoodsDraft draft = readForm(&problems);
    showProblems(problems);
    m_messageSumsUpFields = !problems.isEmpty();
    if (!problems.isEmpty()) {
        m_message->showMessage(tr("Some fields need attention; see the notes under them."));
        WindowFit::growToFit(this);
        return;
    }
    const GoodsService service(m_workspace.connection);
    auto result = m_id == 0 ? service.create(m_workspace.session, draft)
                            : service.update(m_workspace.session, m_id, m_version, draft);
    if (result) {
        m_saved = result.value();
        QDialog::accept();
        return;
    }
    const Error& error = result.error();
    switch (error.kind) {
    case Error::Kind::Validation:
        showProblems(error.fields);
        m_message->showMessage(error.message.isEmpty() ? tr("Some fields need attention.") : error.message);
        m_messageSumsUpFields = !error.fields.isEmpty();
        WindowFit::growToFit(this);
        break;
    case Error::Kind::Conflict: {
        auto theirs = service.get(m_id);
        if (!theirs) {
            m_message->showMessage(theirs.error().message);
            break;
        }
        m_message->showMessage(error.message, MessageWidget::Type::Warning);
        m_conflict->showConflict(draft, theirs.value(), theirs->categoryName,
                                 m_category->nameOf(draft.categoryId));
        WindowFit::growToFit(this);
        break;
    }
    default:
        m_message->showMessage(error.message);
        break;
    }
}

void GoodsForm::keepMine()
{
    // The user has seen their version: saving over it is now a decision, not an accident.
    m_version = m_conflict->theirs().version;
    m_conflict->hide();
    m_message->hide();
    accept();
}

void GoodsForm::takeTheirs()
{
    const GoodsRecord& theirs = m_conflict->theirs();
    m_version = theirs.version;
    fillForm(theirs.draft);
    m_conflict->hide();
    m_message->showMessage(tr("The form now shows their saved version."), MessageWidget::Type::Information);
}
