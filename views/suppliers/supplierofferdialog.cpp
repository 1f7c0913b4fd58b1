#include "supplierofferdialog.h"

#include "common/conflictview.h"
#include "common/lookupedit.h"
#include "common/messagewidget.h"
#include "common/moneyformat.h"
#include "domain/goods.h"
#include "services/supplierservice.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

SupplierOfferDialog::SupplierOfferDialog(const Workspace& workspace, const QString& supplierName,
                                         QWidget* parent)
    : FormDialog(workspace, QStringLiteral("supplierOfferForm"), parent), m_supplierName(supplierName),
      m_supplier(new QLabel(supplierName)),
      m_goods(new LookupEdit(workspace, [](const Connection& c, const Session& s,
                                           const QString& text) { return Lookup::goods(c, s, text); })),
      m_supplierSku(new QLineEdit), m_cost(new QLineEdit), m_leadDays(new QLineEdit)
{
    m_supplier->setObjectName(QStringLiteral("supplierOfferForm_supplier"));
    m_supplier->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_goods->setPlaceholderText(tr("Type a name, SKU or barcode and choose from the list"));
    m_supplierSku->setMaxLength(SupplierRules::maxSupplierSkuLength);
    m_supplierSku->setPlaceholderText(tr("Optional: the code on their price list"));
    m_cost->setPlaceholderText(MoneyFormat::text(Money()));
    m_cost->setAlignment(Qt::AlignRight);
    m_cost->setToolTip(tr("What we pay them for one unit"));
    m_leadDays->setPlaceholderText(tr("Not known"));
    m_leadDays->setToolTip(tr("Days from ordering until the goods arrive; leave empty when not known"));
    m_leadDays->setAlignment(Qt::AlignRight);

    formLayout()->addRow(tr("Supplier:"), m_supplier);
    addField(SupplierRules::goodsField, tr("&Goods:"), m_goods);
    addField(SupplierRules::supplierSkuField, tr("&Their SKU:"), m_supplierSku);
    addField(SupplierRules::costField, tr("C&ost:"), m_cost);
    addField(SupplierRules::leadDaysField, tr("&Lead time (days):"), m_leadDays);
    connect(m_goods, &LookupEdit::chosen, this, [this] { checkField(SupplierRules::goodsField); });

    connect(conflictView(), &ConflictView::keepMineRequested, this, &SupplierOfferDialog::keepMine);
    connect(conflictView(), &ConflictView::takeTheirsRequested, this, &SupplierOfferDialog::takeTheirs);
}

void SupplierOfferDialog::startNew(qint64 supplierId)
{
    setWindowTitle(tr("Add goods %1 sells").arg(m_supplierName));
    m_supplierId = supplierId;
    m_version = 0;
    SupplierOfferDraft draft;
    draft.supplierId = supplierId;
    fillForm(draft);
    m_cost->clear(); // a cost to type, not a zero to overlook
    m_goods->setChoice({}, {}, {});
    m_goods->setFocus();
}

void SupplierOfferDialog::startEdit(const SupplierOffer& offer)
{
    m_supplierId = offer.draft.supplierId;
    showOffer(offer);
    m_supplierSku->setFocus();
}

void SupplierOfferDialog::showOffer(const SupplierOffer& offer)
{
    setWindowTitle(tr("%1 from %2").arg(offer.goodsName, m_supplierName));
    m_version = offer.version;
    fillForm(offer.draft);
    m_goods->setChoice(offer.draft.goodsId, offer.goodsSku, offer.goodsName);
    // An offer is the pair of supplier and item: another item is another offer.
    m_goods->setReadOnly(true);
    m_goods->setClearButtonEnabled(false);
    lookReadOnly(m_goods);
}

void SupplierOfferDialog::fillForm(const SupplierOfferDraft& draft)
{
    m_supplierSku->setText(draft.supplierSku);
    m_cost->setText(MoneyFormat::text(draft.cost, locale()));
    m_leadDays->setText(draft.leadDays < 0 ? QString() : locale().toString(draft.leadDays));
    showProblems({}, false);
}

SupplierOfferDraft SupplierOfferDialog::readForm(QMap<QString, QString>* problems) const
{
    SupplierOfferDraft draft;
    draft.supplierId = m_supplierId;
    draft.goodsId = m_goods->key().toLongLong();
    draft.supplierSku = m_supplierSku->text();
    QMap<QString, QString> parseProblems;
    const MoneyParse cost = parseMoney(m_cost->text(), locale());
    if (!cost.ok())
        parseProblems.insert(SupplierRules::costField, GoodsRules::moneyParseProblem(cost.error));
    draft.cost = cost.value;
    const QString lead = m_leadDays->text().trimmed();
    if (!lead.isEmpty()) {
        bool ok = false;
        const int days = locale().toInt(lead, &ok);
        if (ok)
            draft.leadDays = days;
        else
            parseProblems.insert(SupplierRules::leadDaysField,
                                 tr("A whole number of days, such as 7; leave empty when not known."));
    }
    if (m_goods->isDangling())
        parseProblems.insert(SupplierRules::goodsField,
                             tr("Choose a goods item from the list that appears as you type."));
    draft = SupplierRules::normalized(draft);
    *problems = SupplierRules::problems(draft);
    for (auto it = parseProblems.cbegin(); it != parseProblems.cend(); ++it)
        problems->insert(it.key(), it.value());
    return draft;
}

QMap<QString, QString> SupplierOfferDialog::problems() const
{
    QMap<QString, QString> found;
    readForm(&found);
    return found;
}

void SupplierOfferDialog::submit()
{
    QMap<QString, QString> found;
    const SupplierOfferDraft draft = readForm(&found);
    const Session session = workspace().session;
    const int version = m_version;
    save<SupplierOffer>([=](const Connection& c,
                            JobControl&) { return SupplierService(c).saveOffer(session, draft, version); },
                        [this](const SupplierOffer& offer) { m_saved = offer; });
}

void SupplierOfferDialog::onConflict(const Error& error)
{
    if (!error.current.canConvert<SupplierOffer>()) {
        FormDialog::onConflict(error);
        return;
    }
    m_theirs = error.current.value<SupplierOffer>();
    QMap<QString, QString> ignored;
    const SupplierOfferDraft mine = readForm(&ignored);
    const SupplierOfferDraft& theirs = m_theirs.draft;
    const auto days = [this](int lead) { return lead < 0 ? QString() : tr("%n day(s)", nullptr, lead); };
    QList<ConflictView::Row> rows = {
        {tr("Their SKU"), mine.supplierSku, theirs.supplierSku},
        {tr("Lead time"), days(mine.leadDays), days(theirs.leadDays)},
    };
    if (!m_theirs.costHidden)
        rows.insert(1, {tr("Cost"), MoneyFormat::text(mine.cost, locale()),
                        MoneyFormat::text(theirs.cost, locale())});
    message()->showMessage(error.message, MessageWidget::Type::Warning);
    conflictView()->showConflict(rows, m_theirs.updatedAt);
    fit();
}

void SupplierOfferDialog::keepMine()
{
    // Saving over their version is now a decision; an item added twice becomes a change of the
    // offer that is there.
    m_version = m_theirs.version;
    m_goods->setReadOnly(true);
    lookReadOnly(m_goods);
    conflictView()->hide();
    message()->hide();
    accept();
}

void SupplierOfferDialog::takeTheirs()
{
    showOffer(m_theirs);
    conflictView()->hide();
    message()->showMessage(tr("The form now shows their saved version."), MessageWidget::Type::Information);
    fit();
}
