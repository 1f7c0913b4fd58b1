#pragma once

#include "domain/category.h"

#include <QDialog>

class CategoryTreeModel;
class QCheckBox;
class QDialogButtonBox;
class QTreeView;

// Chooses where a category goes (Move to…) or which one takes it in (Merge into…), from the tree
// as the area shows it. The category itself and everything below it cannot be chosen: it cannot
// go inside itself (the service refuses it too, should the tree have changed meanwhile).
class CategoryPickerDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Purpose
    {
        Move,
        Merge
    };
    // CATEGORIES as CategoryService::list() returns them; SUBJECT is the category moved or merged.
    CategoryPickerDialog(Purpose purpose, const QList<Category>& categories, const Category& subject,
                         QWidget* parent = nullptr);

    // The category chosen; 0 for the top level.
    qint64 chosenId() const;
    QString chosenPath() const;
    CategoryTreeModel* model() const { return m_model; }

private:
    void updateButtons();
    bool isAcceptable() const;

    Purpose m_purpose;
    Category m_subject;
    CategoryTreeModel* m_model;
    QTreeView* m_tree;
    QCheckBox* m_topLevel = nullptr;
    QDialogButtonBox* m_buttons;
};
