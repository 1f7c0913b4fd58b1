#include "suppliergoodspanel.h"

#include "common/confirm.h"
#include "common/lookupedit.h"
#include "common/messagewidget.h"
#include "common/pagedtableview.h"
#include "services/supplierservice.h"
#include "supplierofferdialog.h"
#include "tables/suppliergoodslistmodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

SupplierGoodsPanel::SupplierGoodsPanel(const Workspace& workspace, QWidget* parent)
    : QWidget(parent), m_workspace(workspace), m_title(new QLabel(tr("&Goods they sell:"))),
      m_hint(new QLabel), m_message(new MessageWidget), m_table(new PagedTableView),
      m_add(new QPushButton(tr("&Add…"))), m_edit(new QPushButton(tr("Ed&it…"))),
      m_remove(new QPushButton(tr("Remo&ve")))
{
    setObjectName(QStringLiteral("supplierGoods"));
    m_title->setObjectName(QStringLiteral("supplierGoodsTitle"));
    m_title->setBuddy(m_table);
    m_hint->setObjectName(QStringLiteral("supplierGoodsHint"));
    m_hint->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("supplierGoodsMessage"));
    m_table->setObjectName(QStringLiteral("supplierGoodsTable"));
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setMinimumHeight(m_table->verticalHeader()->defaultSectionSize() * 6 +
                              m_table->horizontalHeader()->sizeHint().height() + 4);
    m_add->setObjectName(QStringLiteral("supplierGoodsAdd"));
    m_add->setToolTip(tr("Add a goods item this supplier sells"));
    m_edit->setObjectName(QStringLiteral("supplierGoodsEdit"));
    m_edit->setToolTip(tr("Change their SKU, cost or lead time of the selected item (Enter)"));
    m_remove->setObjectName(QStringLiteral("supplierGoodsRemove"));
    m_remove->setToolTip(tr("This supplier no longer sells the selected item"));

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_hint);
    layout->addWidget(m_message);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, &SupplierGoodsPanel::addOffer);
    connect(m_edit, &QPushButton::clicked, this, &SupplierGoodsPanel::editCurrent);
    connect(m_remove, &QPushButton::clicked, this, &SupplierGoodsPanel::removeCurrent);
    connect(m_table, &PagedTableView::rowActivated, this, [this](int) { editCurrent(); });
    QHeaderView* header = m_table->horizontalHeader();
    connect(header, &QHeaderView::sortIndicatorChanged, this, [this, header] {
        // Columns without an index do not sort; the arrow stays where the order comes from.
        if (m_model && header->sortIndicatorSection() != m_model->sortColumn()) {
            const QSignalBlocker quiet(header);
            header->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
        }
    });
    updateActions();
}

void SupplierGoodsPanel::setSupplier(qint64 supplierId, const QString& supplierName)
{
    m_supplierId = supplierId;
    m_supplierName = supplierName;
    delete m_model; // its selection model goes with it
    m_model = nullptr;
    const bool saved = supplierId > 0;
    m_hint->setText(saved
                        ? tr("Changes to these offers are saved as you make them; Cancel does not undo them.")
                        : tr("Save the new supplier first; then open it again to add the goods they sell."));
    m_table->setVisible(saved);
    for (QPushButton* button : {m_add, m_edit, m_remove})
        button->setVisible(saved);
    if (saved) {
        m_model = new SupplierGoodsListModel(m_workspace.database, m_workspace.session, supplierId, this);
        m_table->setModel(m_model);
        QHeaderView* header = m_table->horizontalHeader();
        // The name takes what the others leave; they are as wide as a usual code or amount.
        const int chars = m_table->fontMetrics().averageCharWidth();
        header->setStretchLastSection(false);
        for (int i = 0; i < m_model->columnCount(); ++i) {
            if (m_model->spec().columns.at(i).key == QLatin1String("name"))
                header->setSectionResizeMode(i, QHeaderView::Stretch);
            else
                m_table->setColumnWidth(i, chars * 13 + 16);
        }
        header->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
        connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
                &SupplierGoodsPanel::updateActions);
        connect(m_model, &SupplierGoodsListModel::rowsLoaded, this, &SupplierGoodsPanel::updateActions);
        connect(m_model, &SupplierGoodsListModel::modelReset, this, &SupplierGoodsPanel::updateActions);
        connect(m_model, &SupplierGoodsListModel::loadFailed, this, [this](const QString& text) {
            notify(tr("The goods could not be loaded: %1").arg(text), true);
        });
    }
    updateActions();
}

int SupplierGoodsPanel::currentRow() const
{
    const QModelIndex current = m_table->currentIndex();
    return m_model && current.isValid() && m_model->rowKey(current.row()).isValid() ? current.row() : -1;
}

void SupplierGoodsPanel::updateActions()
{
    const Session& session = m_workspace.session;
    // Offers carry costs: only a role that may see them may write them.
    const bool mayWrite =
        m_model && session.can(Permission::ManageSuppliers) && session.can(Permission::ViewCosts);
    const bool haveRow = currentRow() >= 0;
    m_add->setEnabled(mayWrite);
    m_edit->setEnabled(mayWrite && haveRow);
    m_remove->setEnabled(m_model && session.can(Permission::ManageSuppliers) && haveRow);
}

void SupplierGoodsPanel::notify(const QString& text, bool error)
{
    m_message->showMessage(text, error ? MessageWidget::Type::Error : MessageWidget::Type::Information);
    emit layoutChanged();
}

void SupplierGoodsPanel::addOffer()
{
    if (!m_add->isEnabled())
        return;
    SupplierOfferDialog dialog(m_workspace, m_supplierName, this);
    dialog.startNew(m_supplierId);
    const bool saved = dialog.exec() == QDialog::Accepted;
    m_model->refresh();
    if (saved)
        notify(tr("\"%1\" now sells \"%2\".").arg(m_supplierName, dialog.saved().goodsName), false);
}

void SupplierGoodsPanel::editCurrent()
{
    const int row = currentRow();
    if (row < 0 || !m_edit->isEnabled())
        return;
    const Session session = m_workspace.session;
    const qint64 supplierId = m_supplierId;
    const qint64 goodsId = m_model->goodsId(row);
    m_workspace.jobs->run<SupplierOffer>(
        this,
        [=](const Connection& c, JobControl&) {
            return SupplierService(c).offer(session, supplierId, goodsId);
        },
        [this](const Result<SupplierOffer>& offer) {
            if (!offer) {
                notify(offer.error().message, true);
                m_model->refresh();
                return;
            }
            SupplierOfferDialog dialog(m_workspace, m_supplierName, this);
            dialog.startEdit(offer.value());
            const bool saved = dialog.exec() == QDialog::Accepted;
            m_model->refresh();
            if (saved)
                notify(tr("Saved the offer of \"%1\".").arg(dialog.saved().goodsName), false);
        });
}

void SupplierGoodsPanel::removeCurrent()
{
    const int row = currentRow();
    if (row < 0 || !m_remove->isEnabled())
        return;
    const QString goods = LookupEdit::label(m_model->rowValue(row, QStringLiteral("sku")).toString(),
                                            m_model->rowValue(row, QStringLiteral("name")).toString());
    if (!Confirm::destructive(this, tr("Remove goods"),
                              tr("Remove \"%1\" from the goods \"%2\" sells? Their SKU, cost and lead time "
                                 "for it are deleted; the goods item itself stays.")
                                  .arg(goods, m_supplierName),
                              tr("Remove")))
        return;
    const Session session = m_workspace.session;
    const qint64 supplierId = m_supplierId;
    const qint64 goodsId = m_model->goodsId(row);
    const int version = m_model->offerVersion(row);
    m_workspace.jobs->run<Done>(
        this,
        [=](const Connection& c, JobControl&) {
            return SupplierService(c).removeOffer(session, supplierId, goodsId, version);
        },
        [this, goods](const Status& result) {
            m_model->refresh();
            if (!result) {
                notify(result.error().message, true);
                return;
            }
            notify(tr("Removed \"%1\".").arg(goods), false);
        });
}
