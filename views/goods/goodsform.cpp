#include "goodsform.h"

#include "categorycombo.h"
#include "common/conflictview.h"
#include "common/lookupedit.h"
#include "common/messagewidget.h"
#include "common/moneyformat.h"
#include "domain/units.h"
#include "goodsimagefield.h"
#include "services/goodsservice.h"
#include "services/supplierservice.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QIntValidator>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

QString barcodesText(const QStringList& barcodes)
{
    return barcodes.join(QLatin1Char('\n'));
}

QStringList barcodesOf(const QString& text)
{
    QStringList codes;
    for (const QString& line : text.split(QRegularExpression(QStringLiteral("[\\s,;]+")), Qt::SkipEmptyParts))
        codes << line;
    return codes;
}

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

GoodsForm::GoodsForm(const Workspace& workspace, const QList<Category>& categories, QWidget* parent)
    : FormDialog(workspace, QStringLiteral("goodsForm"), parent),
      m_showsCost(workspace.session.can(Permission::ViewCosts)), m_sku(new QLineEdit), m_name(new QLineEdit),
      m_barcodes(textBox(2)), m_category(new CategoryCombo(CategoryCombo::Mode::Choice)),
      m_unit(new QComboBox), m_price(new QLineEdit), m_reorderPoint(new QLineEdit),
      m_supplier(
          new LookupEdit(workspace, [](const Connection& c, const Session& s,
                                       const QString& text) { return Lookup::suppliers(c, s, text); })),
      m_description(textBox(3)), m_image(new GoodsImageField), m_suppliers(new QTableWidget(0, 4))
{
    setMinimumWidth(760);
    m_category->setCategories(categories);
    for (const QString& key : Units::keys())
        m_unit->addItem(Units::displayName(key), key);
    m_sku->setMaxLength(GoodsRules::maxSkuLength);
    m_name->setMaxLength(GoodsRules::maxNameLength);
    m_barcodes->setPlaceholderText(tr("Scan or type; one per line, the first is printed on labels"));
    m_barcodes->setToolTip(m_barcodes->placeholderText());
    m_price->setPlaceholderText(MoneyFormat::text(Money()));
    m_price->setAlignment(Qt::AlignRight);
    m_reorderPoint->setPlaceholderText(tr("None"));
    m_reorderPoint->setToolTip(tr("When stock falls to this quantity, the item is due for reordering"));
    m_reorderPoint->setAlignment(Qt::AlignRight);
    m_supplier->setPlaceholderText(tr("Type a supplier's name or code; optional"));

    addField(GoodsRules::skuField, tr("S&KU:"), m_sku);
    addField(GoodsRules::nameField, tr("&Name:"), m_name);
    addField(GoodsRules::barcodeField, tr("&Barcodes:"), m_barcodes);
    addField(GoodsRules::categoryField, tr("Ca&tegory:"), m_category);
    addField(GoodsRules::unitField, tr("&Unit:"), m_unit);
    addField(GoodsRules::priceField, tr("&Price:"), m_price);
    if (m_showsCost) {
        m_cost = new QLineEdit;
        m_cost->setPlaceholderText(MoneyFormat::text(Money()));
        m_cost->setAlignment(Qt::AlignRight);
        addField(GoodsRules::costField, tr("C&ost:"), m_cost);
    }
    addField(GoodsRules::reorderPointField, tr("&Reorder at:"), m_reorderPoint);
    addField(GoodsRules::supplierField, tr("Usual su&pplier:"), m_supplier);
    QFormLayout* side = addColumn();
    side->setRowWrapPolicy(QFormLayout::WrapAllRows);
    addField(GoodsRules::imageField, tr("Pictu&re:"), m_image, side);
    addField(GoodsRules::descriptionField, tr("&Description:"), m_description, side);
    connect(m_image, &GoodsImageField::failed, this,
            [this](const QString& text) { message()->showMessage(text); });

    m_suppliers->setObjectName(QStringLiteral("goodsSuppliers"));
    m_suppliers->setHorizontalHeaderLabels({tr("Supplier"), tr("Their SKU"), tr("Cost"), tr("Lead time")});
    m_suppliers->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_suppliers->verticalHeader()->hide();
    m_suppliers->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_suppliers->setSelectionMode(QAbstractItemView::NoSelection);
    m_suppliers->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_suppliers->setMaximumHeight(m_suppliers->verticalHeader()->defaultSectionSize() * 5 +
                                  m_suppliers->horizontalHeader()->sizeHint().height() + 4);
    m_suppliers->setColumnHidden(2, !m_showsCost);
    auto* sold = new QLabel(tr("Sold to us by (change in Suppliers):"));
    sold->setObjectName(QStringLiteral("goodsSuppliersTitle"));
    bodyLayout()->addWidget(sold);
    bodyLayout()->addWidget(m_suppliers);
    for (QWidget* part : {static_cast<QWidget*>(sold), static_cast<QWidget*>(m_suppliers)})
        part->hide();

    connect(conflictView(), &ConflictView::keepMineRequested, this, &GoodsForm::keepMine);
    connect(conflictView(), &ConflictView::takeTheirsRequested, this, &GoodsForm::takeTheirs);
    applyPermissions();
}

void GoodsForm::applyPermissions()
{
    const bool mayEdit = workspace().session.can(Permission::EditGoods);
    const bool mayPrice = workspace().session.can(Permission::ChangePrices);
    for (QLineEdit* line : {m_sku, m_name, m_reorderPoint, static_cast<QLineEdit*>(m_supplier)})
        line->setReadOnly(!mayEdit);
    m_barcodes->setReadOnly(!mayEdit);
    m_description->setReadOnly(!mayEdit);
    m_category->setEnabled(mayEdit);
    m_unit->setEnabled(mayEdit);
    m_price->setReadOnly(!mayEdit || !mayPrice);
    if (m_cost)
        m_cost->setReadOnly(!mayEdit || !mayPrice);
    m_image->setEditable(mayEdit);
    for (QLineEdit* line :
         {m_sku, m_name, m_price, m_cost, m_reorderPoint, static_cast<QLineEdit*>(m_supplier)}) {
        if (line && line->isReadOnly())
            lookReadOnly(line);
    }
    for (QPlainTextEdit* box : {m_barcodes, m_description}) {
        if (box->isReadOnly())
            lookReadOnly(box);
    }
    if (!mayEdit) {
        buttons()->setStandardButtons(QDialogButtonBox::Close);
        connect(buttons()->button(QDialogButtonBox::Close), &QPushButton::clicked, this, &GoodsForm::reject);
    }
}

void GoodsForm::startNew(qint64 categoryId)
{
    setWindowTitle(tr("New goods item"));
    m_id = 0;
    m_version = 0;
    GoodsDraft draft;
    draft.unit = Units::defaultKey();
    draft.categoryId = categoryId;
    fillForm(draft, {});
    m_image->setThumbnail({});
    m_sku->setFocus();
}

void GoodsForm::startEdit(const GoodsRecord& record)
{
    setWindowTitle(workspace().session.can(Permission::EditGoods) ? tr("Edit %1").arg(record.draft.name)
                                                                  : record.draft.name);
    m_id = record.id;
    m_version = record.version;
    fillForm(record.draft, record.defaultSupplierName);
    setHistory(QStringLiteral("goods"), QString::number(record.id), record.draft.name);
    m_image->setThumbnail(record.thumbnail);
    if (record.archived)
        message()->showMessage(
            tr("This item is archived: it is kept for the records but hidden from the active list."),
            MessageWidget::Type::Information);
    loadSuppliers(record.id);
    m_name->setFocus();
}

void GoodsForm::loadSuppliers(qint64 goodsId)
{
    const Session session = workspace().session;
    workspace().jobs->run<QList<SupplierOffer>>(
        this,
        [session, goodsId](const Connection& c, JobControl&) {
            return SupplierService(c).suppliersOf(session, goodsId);
        },
        [this](const Result<QList<SupplierOffer>>& offers) {
            if (!offers || offers->isEmpty())
                return;
            m_suppliers->setRowCount(0);
            for (const SupplierOffer& offer : offers.value()) {
                const int row = m_suppliers->rowCount();
                m_suppliers->insertRow(row);
                m_suppliers->setItem(
                    row, 0, new QTableWidgetItem(LookupEdit::label(offer.supplierCode, offer.supplierName)));
                m_suppliers->setItem(row, 1, new QTableWidgetItem(offer.draft.supplierSku));
                auto* cost = new QTableWidgetItem(
                    offer.costHidden ? QString() : MoneyFormat::text(offer.draft.cost, locale()));
                cost->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
                m_suppliers->setItem(row, 2, cost);
                m_suppliers->setItem(
                    row, 3,
                    new QTableWidgetItem(offer.draft.leadDays < 0
                                             ? QString()
                                             : tr("%n day(s)", nullptr, offer.draft.leadDays)));
            }
            findChild<QLabel*>(QStringLiteral("goodsSuppliersTitle"))->show();
            m_suppliers->show();
            fit();
        });
}

void GoodsForm::fillForm(const GoodsDraft& draft, const QString& supplierName)
{
    m_sku->setText(draft.sku);
    m_name->setText(draft.name);
    m_barcodes->setPlainText(barcodesText(draft.barcodes));
    m_category->setCurrentCategoryId(draft.categoryId);
    // A unit typed into an older version is offered as it was, so saving does not lose it.
    if (m_unit->findData(draft.unit) < 0 && !draft.unit.isEmpty())
        m_unit->addItem(draft.unit, draft.unit);
    m_unit->setCurrentIndex(std::max(0, m_unit->findData(draft.unit)));
    m_price->setText(MoneyFormat::text(draft.price, locale()));
    if (m_cost)
        m_cost->setText(MoneyFormat::text(draft.cost, locale()));
    m_reorderPoint->setText(draft.reorderPoint ? locale().toString(*draft.reorderPoint) : QString());
    m_supplier->setChoice(draft.defaultSupplierId > 0 ? QVariant(draft.defaultSupplierId) : QVariant(),
                          QString(), supplierName);
    m_description->setPlainText(draft.description);
    showProblems({}, false);
}

GoodsDraft GoodsForm::readForm(QMap<QString, QString>* problems) const
{
    GoodsDraft draft;
    draft.sku = m_sku->text();
    draft.name = m_name->text();
    draft.barcodes = barcodesOf(m_barcodes->toPlainText());
    draft.categoryId = m_category->currentCategoryId();
    draft.unit = m_unit->currentData().toString();
    draft.description = m_description->toPlainText();
    draft.defaultSupplierId = m_supplier->key().toLongLong();
    QMap<QString, QString> parseProblems;
    const auto readMoney = [&](QLineEdit* edit, const QString& field) {
        const MoneyParse parsed = parseMoney(edit->text(), locale());
        if (!parsed.ok())
            parseProblems.insert(field, GoodsRules::moneyParseProblem(parsed.error));
        return parsed.value;
    };
    draft.price = readMoney(m_price, GoodsRules::priceField);
    if (m_cost)
        draft.cost = readMoney(m_cost, GoodsRules::costField);
    const QString reorder = m_reorderPoint->text().trimmed();
    if (!reorder.isEmpty()) {
        bool ok = false;
        const qint64 quantity = locale().toLongLong(reorder, &ok);
        if (ok)
            draft.reorderPoint = quantity;
        else
            parseProblems.insert(GoodsRules::reorderPointField,
                                 tr("A whole number, such as 12; leave empty for none."));
    }
    if (m_supplier->isDangling())
        parseProblems.insert(GoodsRules::supplierField,
                             tr("Choose a supplier from the list that appears as you type."));
    draft = GoodsRules::normalized(draft);
    *problems = GoodsRules::problems(draft);
    for (auto it = parseProblems.cbegin(); it != parseProblems.cend(); ++it)
        problems->insert(it.key(), it.value());
    return draft;
}

QMap<QString, QString> GoodsForm::problems() const
{
    QMap<QString, QString> found;
    readForm(&found);
    return found;
}

void GoodsForm::submit()
{
    if (!workspace().session.can(Permission::EditGoods)) {
        reject();
        return;
    }
    QMap<QString, QString> found;
    const GoodsDraft draft = readForm(&found);
    const Session session = workspace().session;
    const qint64 id = m_id;
    const int version = m_version;
    const GoodsImageChange image = m_image->change();
    save<GoodsRecord>(
        [=](const Connection& c, JobControl&) {
            const GoodsService service(c);
            return id == 0 ? service.create(session, draft, image)
                           : service.update(session, id, version, draft, image);
        },
        [this](const GoodsRecord& record) { m_saved = record; });
}

QString GoodsForm::categoryName(qint64 id) const
{
    return m_category->nameOf(id);
}

void GoodsForm::onConflict(const Error& error)
{
    if (!error.current.canConvert<GoodsRecord>()) {
        FormDialog::onConflict(error);
        return;
    }
    m_theirs = error.current.value<GoodsRecord>();
    QMap<QString, QString> ignored;
    const GoodsDraft mine = readForm(&ignored);
    const GoodsDraft& theirs = m_theirs.draft;
    const auto reorder = [this](const std::optional<qint64>& point) {
        return point ? locale().toString(*point) : QString();
    };
    QList<ConflictView::Row> rows = {
        {tr("SKU"), mine.sku, theirs.sku},
        {tr("Name"), mine.name, theirs.name},
        {tr("Barcodes"), mine.barcodes.join(QStringLiteral(", ")),
         theirs.barcodes.join(QStringLiteral(", "))},
        {tr("Category"), categoryName(mine.categoryId), m_theirs.categoryName},
        {tr("Unit"), Units::displayName(mine.unit), Units::displayName(theirs.unit)},
        {tr("Price"), MoneyFormat::text(mine.price, locale()), MoneyFormat::text(theirs.price, locale())},
        {tr("Reorder at"), reorder(mine.reorderPoint), reorder(theirs.reorderPoint)},
        {tr("Usual supplier"), m_supplier->text(), m_theirs.defaultSupplierName},
        {tr("Description"), mine.description, theirs.description},
    };
    if (m_cost && !m_theirs.costHidden)
        rows.insert(6, {tr("Cost"), MoneyFormat::text(mine.cost, locale()),
                        MoneyFormat::text(theirs.cost, locale())});
    message()->showMessage(error.message, MessageWidget::Type::Warning);
    conflictView()->showConflict(rows, m_theirs.updatedAt);
    fit();
}

void GoodsForm::keepMine()
{
    // The person has seen their version: saving over it is now a decision, not an accident.
    m_version = m_theirs.version;
    conflictView()->hide();
    message()->hide();
    accept();
}

void GoodsForm::takeTheirs()
{
    m_version = m_theirs.version;
    fillForm(m_theirs.draft, m_theirs.defaultSupplierName);
    m_image->setThumbnail(m_theirs.thumbnail);
    conflictView()->hide();
    message()->showMessage(tr("The form now shows their saved version."), MessageWidget::Type::Information);
    fit();
}
