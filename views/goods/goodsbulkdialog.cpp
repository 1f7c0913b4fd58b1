#include "goodsbulkdialog.h"

#include "categorycombo.h"
#include "common/longoperation.h"
#include "common/messagewidget.h"
#include "common/pagedtableview.h"
#include "services/selections.h"
#include "tables/goodslistmodel.h"
#include "tables/goodspreviewmodel.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTimer>
#include <QVBoxLayout>

GoodsBulkDialog::GoodsBulkDialog(const Workspace& workspace, GoodsListModel* list,
                                 const QList<QPair<int, int>>& rows, const QList<Category>& categories,
                                 QWidget* parent)
    : QDialog(parent), m_workspace(workspace), m_message(new MessageWidget), m_title(new QLabel),
      m_byCategory(new QRadioButton(tr("Move them to the &category:"))),
      m_byPrice(new QRadioButton(tr("Change their &price:"))),
      m_toArchive(new QRadioButton(tr("&Archive them"))),
      m_category(new CategoryCombo(CategoryCombo::Mode::Choice)), m_direction(new QComboBox),
      m_amount(new QLineEdit), m_unit(new QComboBox), m_table(new PagedTableView),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Apply | QDialogButtonBox::Cancel))
{
    setObjectName(QStringLiteral("goodsBulkDialog"));
    setWindowTitle(tr("Change selected goods"));
    resize(760, 560);
    qint64 count = 0;
    for (const auto& range : rows)
        count += range.second - range.first + 1;
    m_title->setText(tr("Reading the %Ln selected item(s)…", nullptr, int(std::min<qint64>(count, INT_MAX))));
    m_category->setCategories(categories);
    m_category->setObjectName(QStringLiteral("bulkCategory"));
    m_byCategory->setObjectName(QStringLiteral("bulkByCategory"));
    m_byPrice->setObjectName(QStringLiteral("bulkByPrice"));
    m_toArchive->setObjectName(QStringLiteral("bulkArchive"));
    m_direction->setObjectName(QStringLiteral("bulkDirection"));
    m_direction->addItem(tr("up by"), 1);
    m_direction->addItem(tr("down by"), -1);
    m_amount->setObjectName(QStringLiteral("bulkAmount"));
    m_amount->setAlignment(Qt::AlignRight);
    m_amount->setPlaceholderText(QStringLiteral("10"));
    m_amount->setMaximumWidth(120);
    m_unit->setObjectName(QStringLiteral("bulkUnit"));
    m_unit->addItem(tr("percent"), int(PriceChange::Kind::Percent));
    m_unit->addItem(tr("per item (amount)"), int(PriceChange::Kind::Amount));
    m_table->setObjectName(QStringLiteral("bulkPreview"));
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_byPrice->setChecked(true);
    auto* group = new QButtonGroup(this);
    for (QRadioButton* choice : {m_byPrice, m_byCategory, m_toArchive})
        group->addButton(choice);
    const bool mayPrice = workspace.session.can(Permission::ChangePrices);
    const bool mayArchive = workspace.session.can(Permission::ArchiveGoods);
    m_byPrice->setEnabled(mayPrice);
    m_toArchive->setEnabled(mayArchive);
    if (!mayPrice)
        m_byCategory->setChecked(true);

    auto* choices = new QGridLayout;
    choices->addWidget(m_byPrice, 0, 0);
    auto* price = new QHBoxLayout;
    price->addWidget(m_direction);
    price->addWidget(m_amount);
    price->addWidget(m_unit);
    price->addStretch();
    choices->addLayout(price, 0, 1);
    choices->addWidget(m_byCategory, 1, 0);
    choices->addWidget(m_category, 1, 1);
    choices->addWidget(m_toArchive, 2, 0);
    choices->setColumnStretch(1, 1);
    auto* previewTitle = new QLabel(tr("Every item, now and after the change:"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_message);
    layout->addLayout(choices);
    layout->addWidget(previewTitle);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_buttons);
    QPushButton* apply = m_buttons->button(QDialogButtonBox::Apply);
    apply->setObjectName(QStringLiteral("bulkApply"));
    apply->setEnabled(false);
    connect(apply, &QPushButton::clicked, this, &GoodsBulkDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QRadioButton* choice : {m_byPrice, m_byCategory, m_toArchive})
        connect(choice, &QRadioButton::toggled, this, &GoodsBulkDialog::changeEdited);
    connect(m_amount, &QLineEdit::textChanged, this, &GoodsBulkDialog::changeEdited);
    for (QComboBox* combo : {m_direction, m_unit, static_cast<QComboBox*>(m_category)})
        connect(combo, qOverload<int>(&QComboBox::currentIndexChanged), this, &GoodsBulkDialog::changeEdited);

    // The rows are frozen once the dialog is on screen, so the progress appears over it.
    const Session session = workspace.session;
    const PagedQuery query = list->currentQuery();
    const QString version = list->spec().version;
    QTimer::singleShot(0, this, [this, session, query, version, rows] {
        LongOperation::start<Selections::Frozen>(
            this, m_workspace, tr("Reading the selected items…"),
            [=](const Connection& c, JobControl& control) {
                return Selections::freeze(c, session, Permission::EditGoods, query, version, rows, &control);
            },
            [this](const Result<Selections::Frozen>& frozen) {
                if (!frozen) {
                    m_message->showMessage(frozen.error().message);
                    return;
                }
                this->frozen(frozen->id, frozen->rows);
            });
    });
    m_amount->setFocus();
}

GoodsBulkDialog::~GoodsBulkDialog()
{
    // What is left of an unapplied selection goes; an applied one is gone already.
    if (!m_selection.isEmpty() && result() != QDialog::Accepted) {
        const QString selection = m_selection;
        m_workspace.jobs->run<Done>(
            nullptr,
            [selection](const Connection& c, JobControl&) { return Selections::discard(c, selection); },
            [](const Status&) {});
    }
}

void GoodsBulkDialog::frozen(const QString& selectionId, qint64 rows)
{
    m_selection = selectionId;
    m_title->setText(
        tr("Change %Ln selected item(s) at once:", nullptr, int(std::min<qint64>(rows, INT_MAX))));
    m_preview = new GoodsPreviewModel(m_workspace.database, selectionId, this);
    m_table->setModel(m_preview);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    changeEdited();
}

GoodsBulkChange GoodsBulkDialog::readChange(QString* problem) const
{
    GoodsBulkChange change;
    if (m_byCategory->isChecked()) {
        change.kind = GoodsBulkChange::Kind::Category;
        change.categoryId = m_category->currentCategoryId();
        return change;
    }
    if (m_toArchive->isChecked()) {
        change.kind = GoodsBulkChange::Kind::Archive;
        return change;
    }
    change.kind = GoodsBulkChange::Kind::Price;
    change.price.kind = PriceChange::Kind(m_unit->currentData().toInt());
    // A percentage has two decimals too: read like an amount, 12.5 is 1250 basis points.
    const MoneyParse parsed = parseMoney(m_amount->text(), locale());
    if (!parsed.ok() || parsed.value.isNegative()) {
        *problem = parsed.error == MoneyParse::Error::Empty
                       ? tr("Enter by how much, such as 10 or 2.50.")
                       : tr("Not a number with at most two decimals, such as 10 or 2.50.");
        return change;
    }
    const qint64 sign = m_direction->currentData().toInt();
    if (change.price.kind == PriceChange::Kind::Percent)
        change.price.basisPoints = sign * parsed.value.cents();
    else
        change.price.amount = Money::fromCents(sign * parsed.value.cents());
    *problem = change.price.problem();
    return change;
}

void GoodsBulkDialog::changeEdited()
{
    for (QWidget* priceInput :
         {static_cast<QWidget*>(m_direction), static_cast<QWidget*>(m_amount), static_cast<QWidget*>(m_unit)})
        priceInput->setEnabled(m_byPrice->isChecked());
    m_category->setEnabled(m_byCategory->isChecked());
    QString problem;
    const GoodsBulkChange change = readChange(&problem);
    if (m_preview)
        m_preview->setChange(change, m_category->currentText());
    m_buttons->button(QDialogButtonBox::Apply)->setEnabled(m_preview && problem.isEmpty());
    if (!problem.isEmpty() && !m_amount->text().isEmpty())
        m_message->showMessage(problem, MessageWidget::Type::Warning);
    else
        m_message->hide();
}

void GoodsBulkDialog::accept()
{
    QString problem;
    const GoodsBulkChange change = readChange(&problem);
    if (!problem.isEmpty() || m_selection.isEmpty()) {
        m_message->showMessage(problem.isEmpty() ? tr("The selected items are still being read.") : problem);
        return;
    }
    const Session session = m_workspace.session;
    const QString selection = m_selection;
    m_buttons->setEnabled(false);
    LongOperation::start<qint64>(
        this, m_workspace, tr("Changing the selected goods…"),
        [=](const Connection& c, JobControl& control) {
            return GoodsBulkService(c).apply(session, selection, change, &control);
        },
        [this, change](const Result<qint64>& changed) {
            m_buttons->setEnabled(true);
            if (!changed) {
                m_message->showMessage(changed.error().message);
                if (m_preview)
                    m_preview->refresh();
                return;
            }
            switch (change.kind) {
            case GoodsBulkChange::Kind::Price:
                m_summary = tr("Changed the price of %Ln item(s) by %1.", nullptr, int(changed.value()))
                                .arg(change.price.describe());
                break;
            case GoodsBulkChange::Kind::Category:
                m_summary = tr("Moved %Ln item(s) to %1.", nullptr, int(changed.value()))
                                .arg(m_category->currentText());
                break;
            case GoodsBulkChange::Kind::Archive:
                m_summary = tr("Archived %Ln item(s).", nullptr, int(changed.value()));
                break;
            }
            QDialog::accept();
        });
}
