#pragma once

#include "common/formdialog.h"
#include "domain/category.h"

class QLabel;
class QLineEdit;

// The name of a new category, or a new name for one: the field says what is wrong with it (a "/",
// a name its future siblings already use), and "Under" where it goes, with what is wrong there (a
// parent archived meanwhile).
class CategoryNameDialog : public FormDialog
{
    Q_OBJECT
public:
    CategoryNameDialog(const Workspace& workspace, QWidget* parent = nullptr);

    // A new category under PARENTID (0: top level), which the tree shows as PARENTPATH.
    void startNew(qint64 parentId, const QString& parentPath);
    // A new name for CATEGORY, which lies under PARENTPATH (empty: top level).
    void startRename(const Category& category, const QString& parentPath);

    qint64 savedId() const { return m_savedId; }
    QString savedName() const { return m_savedName; }

protected:
    QMap<QString, QString> problems() const override;
    void submit() override;

private:
    void showParent(const QString& parentPath);

    QLineEdit* m_name;
    QLabel* m_parent;
    qint64 m_parentId = 0;
    Category m_renaming; // id 0 for a new category
    qint64 m_savedId = 0;
    QString m_savedName;
};
