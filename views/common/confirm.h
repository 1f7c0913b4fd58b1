#pragma once

#include <QString>

class QWidget;

// Questions before an action. A destructive one (a permanent delete, a merge) answers No to Enter
// and Esc: only a deliberate click or its own key does it.
namespace Confirm {

bool destructive(QWidget* parent, const QString& title, const QString& question, const QString& action);
bool ask(QWidget* parent, const QString& title, const QString& question, const QString& action);

} // namespace Confirm
