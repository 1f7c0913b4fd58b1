#include "confirm.h"

#include <QMessageBox>
#include <QPushButton>

namespace Confirm {

namespace {

bool run(QWidget* parent, const QString& title, const QString& question, const QString& action,
         bool destructive)
{
    QMessageBox box(destructive ? QMessageBox::Warning : QMessageBox::Question, title, question,
                    QMessageBox::NoButton, parent);
    QPushButton* yes =
        box.addButton(action, destructive ? QMessageBox::DestructiveRole : QMessageBox::AcceptRole);
    QPushButton* no = box.addButton(QMessageBox::Cancel);
    yes->setObjectName(QStringLiteral("confirmYes"));
    no->setObjectName(QStringLiteral("confirmNo"));
    box.setDefaultButton(destructive ? no : yes);
    box.setEscapeButton(no);
    box.exec();
    return box.clickedButton() == yes;
}

} // namespace

bool destructive(QWidget* parent, const QString& title, const QString& question, const QString& action)
{
    return run(parent, title, question, action, true);
}

bool ask(QWidget* parent, const QString& title, const QString& question, const QString& action)
{
    return run(parent, title, question, action, false);
}

} // namespace Confirm
