#include "importmappingview.h"

#include "common/theme.h"

#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

constexpr int longestCell = 200;
constexpr int longestHeading = 150; // pixels of a column's name beside its choice; the tooltip has it all

// A cell as one line: a field may hold line breaks and pages of text.
QString oneLine(const QString& field)
{
    QString text = field.left(longestCell + 1);
    text.replace(QLatin1String("\r\n"), QStringLiteral(" ⏎ "));
    text.replace(QLatin1Char('\n'), QStringLiteral(" ⏎ ")).replace(QLatin1Char('\r'), QStringLiteral(" ⏎ "));
    if (field.size() > longestCell)
        text = text.left(longestCell) + QStringLiteral("…");
    return text;
}

QWidget* captioned(QLabel* caption, QWidget* content)
{
    auto* panel = new QWidget;
    auto* layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(caption);
    layout->addWidget(content, 1);
    return panel;
}

} // namespace

ImportMappingView::ImportMappingView(QWidget* parent)
    : QWidget(parent), m_scroll(new QScrollArea), m_choices(nullptr), m_grid(nullptr),
      m_preview(new QTableWidget), m_previewCaption(new QLabel)
{
    m_scroll->setObjectName(QStringLiteral("importMappingList"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setFocusPolicy(Qt::NoFocus); // Tab goes from choice to choice, not to the list holding them
    m_preview->setObjectName(QStringLiteral("importPreview"));
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setSelectionBehavior(QAbstractItemView::SelectColumns);
    m_preview->setSelectionMode(QAbstractItemView::SingleSelection);
    m_preview->setWordWrap(false);
    m_preview->setTabKeyNavigation(false); // arrows move in the rows; Tab leaves them
    m_preview->horizontalHeader()->setStretchLastSection(true);
    m_preview->setTextElideMode(Qt::ElideRight);
    m_preview->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_preview->horizontalHeader()->setMaximumSectionSize(320);
    m_preview->verticalHeader()->setToolTip(tr("The line of the file each row starts on"));
    // The column being chosen for is tinted, not painted over: its values stay readable.
    QPalette tinted = m_preview->palette();
    for (QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive}) {
        QColor highlight = tinted.color(group, QPalette::Highlight);
        highlight.setAlpha(50);
        tinted.setColor(group, QPalette::Highlight, highlight);
        tinted.setColor(group, QPalette::HighlightedText, tinted.color(group, QPalette::Text));
    }
    m_preview->setPalette(tinted);
    // Choosing a column in the preview goes to its choice, so the keyboard can change it at once.
    connect(m_preview->horizontalHeader(), &QHeaderView::sectionClicked, this, [this](int column) {
        if (QComboBox* combo = choice(column))
            combo->setFocus();
    });

    auto* columnsCaption = new QLabel(tr("Each column of the file is imported as:"));
    columnsCaption->setWordWrap(true);
    m_previewCaption->setObjectName(QStringLiteral("importPreviewCaption"));
    m_previewCaption->setWordWrap(true);
    auto* splitter = new QSplitter(Qt::Horizontal);
    splitter->setObjectName(QStringLiteral("importMappingSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(captioned(columnsCaption, m_scroll));
    splitter->addWidget(captioned(m_previewCaption, m_preview));
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({320, 640});
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
    clear();
}

void ImportMappingView::clear()
{
    setColumns(m_kind, {}, {}, {});
}

void ImportMappingView::setColumns(ImportKind kind, const QStringList& header, const QList<CsvRecord>& rows,
                                   const ImportMapping& mapping)
{
    m_kind = kind;
    m_header = header;
    m_combos.clear();
    // A fresh list of choices; the scroll area deletes the old one.
    m_choices = new QWidget;
    m_grid = new QGridLayout(m_choices);
    m_grid->setColumnStretch(1, 1);
    m_grid->setHorizontalSpacing(10);
    const QList<ImportColumn>& columns = ImportKinds::columns(kind);
    const QFontMetrics metrics(font());
    for (int i = 0; i < header.size(); ++i) {
        auto* combo = new QComboBox;
        combo->setObjectName(QStringLiteral("importMapping_%1").arg(i));
        combo->setFocusPolicy(Qt::StrongFocus);
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(10);
        combo->addItem(tr("Not imported"), -1);
        for (int c = 0; c < columns.size(); ++c) {
            const QString title = ImportKinds::title(columns.at(c));
            combo->addItem(columns.at(c).required ? tr("%1 (required)").arg(title) : title, c);
        }
        const int target = mapping.value(i, -1);
        combo->setCurrentIndex(std::max(0, combo->findData(target)));
        const QString name = header.at(i).isEmpty() ? tr("(no name)") : header.at(i);
        auto* label =
            new QLabel(metrics.elidedText(tr("%1. %2").arg(i + 1).arg(name), Qt::ElideRight, longestHeading));
        label->setObjectName(QStringLiteral("importMappingHeader_%1").arg(i));
        label->setToolTip(name);
        label->setBuddy(combo);
        if (header.at(i).isEmpty()) {
            QPalette quiet = label->palette();
            quiet.setColor(QPalette::WindowText, Theme::secondaryText(quiet));
            label->setPalette(quiet);
        }
        combo->setAccessibleName(tr("Column %1 (%2) is imported as").arg(i + 1).arg(name));
        combo->installEventFilter(this);
        connect(combo, qOverload<int>(&QComboBox::currentIndexChanged), this, [this, i] { chosen(i); });
        m_grid->addWidget(label, i, 0);
        m_grid->addWidget(combo, i, 1);
        m_combos << combo;
    }
    m_grid->setRowStretch(int(header.size()), 1);
    m_scroll->setWidget(m_choices);
    // Never narrower than the choices: the list scrolls down, never sideways.
    m_scroll->setMinimumWidth(m_choices->minimumSizeHint().width() +
                              m_scroll->verticalScrollBar()->sizeHint().width() + 2 * m_scroll->frameWidth());

    m_preview->clear();
    m_preview->setColumnCount(int(header.size()));
    m_preview->setRowCount(int(rows.size()));
    const QColor quiet = Theme::secondaryText(m_preview->palette());
    for (int r = 0; r < rows.size(); ++r) {
        const CsvRecord& record = rows.at(r);
        m_preview->setVerticalHeaderItem(r, new QTableWidgetItem(QString::number(record.line)));
        for (int c = 0; c < header.size(); ++c) {
            const QString field = record.fields.value(c);
            auto* item = new QTableWidgetItem(oneLine(field));
            if (field.size() > 40 || field.contains(QLatin1Char('\n')))
                item->setToolTip(field.left(1000));
            if (mapping.value(c, -1) < 0)
                item->setForeground(quiet);
            m_preview->setItem(r, c, item);
        }
    }
    for (int c = 0; c < header.size(); ++c)
        updatePreviewHeader(c);
    m_preview->resizeColumnsToContents();
    m_previewCaption->setText(rows.isEmpty()
                                  ? tr("The file's first rows are shown here.")
                                  : tr("The first %n row(s) of the file:", nullptr, int(rows.size())));
}

ImportMapping ImportMappingView::mapping() const
{
    ImportMapping mapping;
    for (const QComboBox* combo : m_combos)
        mapping << combo->currentData().toInt();
    return mapping;
}

QList<QWidget*> ImportMappingView::tabOrder() const
{
    QList<QWidget*> order;
    for (QComboBox* combo : m_combos)
        order << combo;
    order << m_preview;
    return order;
}

QComboBox* ImportMappingView::choice(int column) const
{
    return m_combos.value(column, nullptr);
}

void ImportMappingView::chosen(int column)
{
    updatePreviewHeader(column);
    m_preview->resizeColumnToContents(column); // its heading says something else now
    const bool imported = m_combos.at(column)->currentData().toInt() >= 0;
    const QColor text =
        imported ? m_preview->palette().color(QPalette::Text) : Theme::secondaryText(m_preview->palette());
    for (int r = 0; r < m_preview->rowCount(); ++r) {
        if (QTableWidgetItem* item = m_preview->item(r, column))
            item->setForeground(text);
    }
    emit mappingChanged();
}

// Headed by the file's name for the column and, under it, what it is imported as.
void ImportMappingView::updatePreviewHeader(int column)
{
    const QString name = m_header.value(column);
    QComboBox* combo = choice(column);
    const int target = combo ? combo->currentData().toInt() : -1;
    const QList<ImportColumn>& columns = ImportKinds::columns(m_kind);
    const QString as = target >= 0 && target < columns.size()
                           ? tr("→ %1").arg(ImportKinds::title(columns.at(target)))
                           : tr("not imported");
    auto* item = new QTableWidgetItem(QStringLiteral("%1\n%2").arg(oneLine(name.left(40)), as));
    item->setToolTip(name);
    m_preview->setHorizontalHeaderItem(column, item);
}

bool ImportMappingView::eventFilter(QObject* watched, QEvent* event)
{
    auto* combo = qobject_cast<QComboBox*>(watched);
    const int column = int(m_combos.indexOf(combo));
    if (combo && column >= 0) {
        if (event->type() == QEvent::FocusIn) {
            // The preview shows the column being chosen for.
            m_preview->selectColumn(column);
            if (m_preview->rowCount() > 0)
                m_preview->scrollToItem(m_preview->item(0, column));
            m_scroll->ensureWidgetVisible(combo);
        } else if (event->type() == QEvent::Wheel && !combo->hasFocus()) {
            // Scrolling the list over a choice scrolls the list; it does not change the choice.
            QCoreApplication::sendEvent(m_scroll->verticalScrollBar(), event);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}
