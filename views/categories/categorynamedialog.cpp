#include "categorynamedialog.h"

#include "services/categoryservice.h"

#include <QLabel>
#include <QLineEdit>

CategoryNameDialog::CategoryNameDialog(const Workspace& workspace, QWidget* parent)
    : FormDialog(workspace, QStringLiteral("categoryName"), parent), m_name(new QLineEdit),
      m_parent(new QLabel)
{
    setMinimumWidth(440);
    m_name->setMaxLength(CategoryRules::maxNameLength);
    m_parent->setWordWrap(true);
    // Where it goes first: the name is chosen among the neighbours there.
    addField(CategoryRules::parentField, tr("Under:"), m_parent);
    addField(CategoryRules::nameField, tr("&Name:"), m_name);
}

void CategoryNameDialog::showParent(const QString& parentPath)
{
    m_parent->setText(parentPath.isEmpty() ? tr("Top level") : parentPath);
}

void CategoryNameDialog::startNew(qint64 parentId, const QString& parentPath)
{
    setWindowTitle(parentId > 0 ? tr("New subcategory") : tr("New category"));
    m_parentId = parentId;
    m_renaming = Category();
    showParent(parentPath);
    m_name->clear();
    m_name->setFocus();
}

void CategoryNameDialog::startRename(const Category& category, const QString& parentPath)
{
    setWindowTitle(tr("Rename %1").arg(category.name));
    m_parentId = category.parentId;
    m_renaming = category;
    showParent(parentPath);
    m_name->setText(category.name);
    m_name->selectAll();
    m_name->setFocus();
}

QMap<QString, QString> CategoryNameDialog::problems() const
{
    QMap<QString, QString> found;
    const QString problem = CategoryRules::nameProblem(m_name->text().trimmed());
    if (!problem.isEmpty())
        found.insert(CategoryRules::nameField, problem);
    return found;
}

void CategoryNameDialog::submit()
{
    const Session session = workspace().session;
    const QString name = m_name->text();
    const qint64 parentId = m_parentId;
    if (m_renaming.id == 0) {
        save<qint64>([=](const Connection& c,
                         JobControl&) { return CategoryService(c).create(session, name, parentId); },
                     [this, name](const qint64& id) {
                         m_savedId = id;
                         m_savedName = name.trimmed();
                     });
        return;
    }
    const Category renaming = m_renaming;
    save<Category>(
        [=](const Connection& c, JobControl&) {
            return CategoryService(c).rename(session, renaming.id, renaming.version, name);
        },
        [this](const Category& category) {
            m_savedId = category.id;
            m_savedName = category.name;
        });
}
