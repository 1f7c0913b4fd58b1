#include "conflictview.h"

#include "domain/localformat.h"
#include "theme.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

ConflictView::ConflictView(QWidget* parent)
    : QFrame(parent), m_summary(new QLabel), m_table(new QTableWidget(0, 3)),
      m_keepMine(new QPushButton(tr("Save my version"))),
      m_takeTheirs(new QPushButton(tr("Take their version")))
{
    setObjectName(QStringLiteral("conflictView"));
    const Theme::Colours colours = Theme::message(Theme::Tone::Warning, palette());
    setStyleSheet(
        QStringLiteral("#conflictView { background: %1; border: 1px solid %2; border-radius: 4px; } "
                       "#conflictView > QLabel { color: %3; }")
            .arg(colours.background.name(), colours.border.name(), colours.text.name()));
    m_summary->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("conflictTable"));
    m_table->setHorizontalHeaderLabels({tr("Field"), tr("Yours (not saved)"), tr("Theirs (saved)")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setWordWrap(true);
    m_table->setMaximumHeight(170);
    m_keepMine->setObjectName(QStringLiteral("conflictKeepMine"));
    m_keepMine->setToolTip(
        tr("Save what the form shows now over their version (edit the form first to combine both)."));
    m_takeTheirs->setObjectName(QStringLiteral("conflictTakeTheirs"));
    m_takeTheirs->setToolTip(tr("Replace the form with their saved version; your changes are dropped."));

    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_takeTheirs);
    buttons->addWidget(m_keepMine);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table);
    layout->addLayout(buttons);
    connect(m_keepMine, &QPushButton::clicked, this, &ConflictView::keepMineRequested);
    connect(m_takeTheirs, &QPushButton::clicked, this, &ConflictView::takeTheirsRequested);
    hide();
}

void ConflictView::showConflict(const QList<Row>& rows, qint64 theirsSavedAt)
{
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
    m_table->resizeRowsToContents();
    m_table->setVisible(m_table->rowCount() > 0);
    const QString when = LocalFormat::fromMillis(theirsSavedAt);
    m_summary->setText(
        m_table->rowCount() == 0
            ? tr("Someone else saved this record at %1 with the same values as yours.").arg(when)
            : tr("Someone else saved this record at %1. Both versions are below: save yours (edit "
                 "the form first to combine them) or take theirs.")
                  .arg(when));
    show();
}

int ConflictView::differences() const
{
    return m_table->rowCount();
}
