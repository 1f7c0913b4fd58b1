#include "categorypickerdialog.h"

#include "tables/categorytreemodel.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

CategoryPickerDialog::CategoryPickerDialog(Purpose purpose, const QList<Category>& categories,
                                           const Category& subject, QWidget* parent)
    : QDialog(parent), m_purpose(purpose), m_subject(subject), m_model(new CategoryTreeModel(this)),
      m_tree(new QTreeView), m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    const bool moving = purpose == Purpose::Move;
    setObjectName(QStringLiteral("categoryPicker"));
    setWindowTitle(moving ? tr("Move %1").arg(subject.name) : tr("Merge %1").arg(subject.name));
    auto* intro = new QLabel(
        moving ? tr("Choose the category \"%1\" goes under. Its subcategories and goods go with it.")
                     .arg(subject.name)
               : tr("Choose the category that takes in the goods and subcategories of \"%1\". \"%1\" "
                    "itself is removed.")
                     .arg(subject.name));
    intro->setWordWrap(true);

    // Archived categories take nothing new in, so they are not offered.
    m_model->setCategories(categories);
    m_model->setExcludedSubtree(subject.id);
    m_tree->setObjectName(QStringLiteral("categoryPickerTree"));
    m_tree->setModel(m_model);
    m_tree->setHeaderHidden(true);
    for (int column = CategoryTreeModel::OwnGoodsColumn; column < CategoryTreeModel::ColumnCount; ++column)
        m_tree->setColumnHidden(column, true);
    m_tree->setUniformRowHeights(true);
    m_tree->expandAll();
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    if (moving) {
        m_topLevel = new QCheckBox(tr("&Top level: under no other category"));
        m_topLevel->setObjectName(QStringLiteral("categoryPickerTopLevel"));
        connect(m_topLevel, &QCheckBox::toggled, this, [this](bool top) {
            m_tree->setEnabled(!top);
            updateButtons();
        });
        layout->addWidget(m_topLevel);
    }
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_buttons);
    QPushButton* ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setObjectName(QStringLiteral("categoryPickerOk"));
    ok->setText(moving ? tr("&Move") : tr("&Merge…"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (isAcceptable())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // The selection, not the current row: a click on the row that was current only selects it.
    connect(m_tree->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &CategoryPickerDialog::updateButtons);
    connect(m_tree, &QTreeView::doubleClicked, this, [this] {
        if (isAcceptable())
            accept();
    });
    resize(440, 520);
    // Start where the category is now, so its neighbourhood is in view; nothing is chosen yet.
    const QModelIndex parentIndex = m_model->indexOf(subject.parentId);
    m_tree->setFocus();
    if (parentIndex.isValid()) {
        m_tree->selectionModel()->setCurrentIndex(parentIndex, QItemSelectionModel::NoUpdate);
        m_tree->scrollTo(parentIndex, QAbstractItemView::PositionAtCenter);
    }
    updateButtons();
}

qint64 CategoryPickerDialog::chosenId() const
{
    if (m_topLevel && m_topLevel->isChecked())
        return 0;
    const Category* chosen = m_model->category(m_tree->currentIndex());
    return chosen && m_tree->selectionModel()->isSelected(m_tree->currentIndex()) ? chosen->id : -1;
}

QString CategoryPickerDialog::chosenPath() const
{
    const qint64 id = chosenId();
    return id > 0 ? m_model->pathOf(id) : QString();
}

bool CategoryPickerDialog::isAcceptable() const
{
    const qint64 id = chosenId();
    if (id < 0)
        return false;
    // Where it already is would change nothing.
    if (m_purpose == Purpose::Move)
        return id != m_subject.parentId;
    return id > 0 && id != m_subject.id;
}

void CategoryPickerDialog::updateButtons()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(isAcceptable());
}
