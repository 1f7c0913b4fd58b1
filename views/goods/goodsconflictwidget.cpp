#include "goodsconflictwidget.h"

#include "common/moneyformat.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

GoodsConflictWidget::GoodsConflictWidget(QWidget* parent)
    : QFrame(parent), m_summary(new QLabel), m_table(new QTableWidget(0, 3)),
      m_keepMine(new QPushButton(tr("Save my version"))),
      m_takeTheirs(new QPushButton(tr("Take their version")))
{
    setObjectName(QStringLiteral("goodsConflict"));
    setStyleSheet(QStringLiteral(
        "#goodsConflict { background: #fff6dc; border: 1px solid #e9c766; border-radius: 4px; }"));
    m_summary->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("goodsConflictTable"));
    m_table->setHorizontalHeaderLabels({tr("Field"), tr("Yours (not saved)"), tr("Theirs (saved)")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setMaximumHeight(150);
    m_keepMine->setObjectName(QStringLiteral("goodsKeepMine"));
    m_keepMine->setToolTip(
        tr("Save what the form shows now over their version (edit the form first to combine both)."));
    m_takeTheirs->setObjectName(QStringLiteral("goodsTakeTheirs"));
    m_takeTheirs->setToolTip(tr("Replace the form with their saved version; your changes are dropped."));

    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_takeTheirs);
    buttons->addWidget(m_keepMine);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table);
    layout->addLayout(buttons);
    connect(m_keepMine, &QPushButton::clicked, this, &GoodsConflictWidget::keepMineRequested);
    connect(m_takeTheirs, &QPushButton::clicked, this, &GoodsConflictWidget::takeTheirsRequested);
    hide();
}

void GoodsConflictWidget::showConflict(const GoodsDraft& mine, const GoodsRecord& theirs,
                                       const QString& theirCategoryName, const QString& myCategoryName)
{
    m_theirs = theirs;
    const GoodsDraft& other = theirs.draft;
    struct Row
    {
        QString field;
        QString mine;
        QString theirs;
    };
    const QList<Row> rows = {
        {tr("SKU"), mine.sku, other.sku},
        {tr("Name"), mine.name, other.name},
        {tr("Barcode"), mine.barcode, other.barcode},
        {tr("Category"), myCategoryName, theirCategoryName},
        {tr("Unit"), mine.unit, other.unit},
        {tr("Price"), MoneyFormat::text(mine.price), MoneyFormat::text(other.price)},
        {tr("Cost"), MoneyFormat::text(mine.cost), MoneyFormat::text(other.cost)},
        {tr("Description"), mine.description, other.description},
    };
    m_table->setRowCount(0);
    for (const Row& row : rows) {
        if (row.mine == row.theirs)
            continue;
        const int r = m_table->rowCount();
        m_table->insertRow(r);
        m_table->setItem(r, 0, new QTableWidgetItem(row.field));
        m_table->setItem(r, 1, new QTableWidgetItem(row.mine));
        m_table->setItem(r, 2, new QTableWidgetItem(row.theirs));
    }
    const QString when =
        QLocale().toString(QDateTime::fromMSecsSinceEpoch(theirs.updatedAt), QLocale::ShortFormat);
    m_summary->setText(
        m_table->rowCount() == 0
            ? tr("Someone else saved this item at %1 with the same values as yours.").arg(when)
            : tr("Someone else saved this item at %1. Both versions are below: save yours (edit "
                 "the form first to combine them) or take theirs.")
                  .arg(when));
    show();
}
