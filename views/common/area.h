#pragma once

#include "domain/role.h"

#include <QKeySequence>
#include <QWidget>
#include <functional>

struct Workspace;

// One area of the main window (goods, categories, suppliers, customers, ...). The window knows
// areas only through this and their descriptors, so adding an area touches nothing here.
class AreaView : public QWidget
{
    Q_OBJECT
public:
    using QWidget::QWidget;
    // Where the keyboard goes when the area is shown.
    virtual void focusMain() {}
    // Read everything again (F5).
    virtual void reload() {}
    // Whether the area shows a list that File → Export can write to a file, and doing so; TITLE is
    // the area's name as the window shows it.
    virtual bool exportsList() const { return false; }
    virtual void exportList(const QString& title) { Q_UNUSED(title) }
};

// What the main window needs to know of an area to offer it.
struct AreaDescriptor
{
    QString key;           // stable: object names and settings ("goods")
    const char* title;     // QT_TRANSLATE_NOOP("Areas", "Goods"); translated when shown
    QString iconName;      // a freedesktop icon name, with a generic fallback
    Permission permission; // shown only to roles with it
    QKeySequence shortcut;
    std::function<AreaView*(const Workspace& workspace)> create;
};
