#pragma once

#include "area.h"
#include "workspace.h"

#include <QHash>
#include <QMainWindow>

class MessageWidget;
class QAction;
class QListWidget;
class QStackedWidget;

// Assembles the areas the signed-in role may use, the menus and the status bar. The areas come
// from the registry (views/areas.cpp); this window only places them, and builds each the first
// time it is shown.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(const Workspace& workspace, const QList<AreaDescriptor>& areas, QWidget* parent = nullptr);
    ~MainWindow() override;

    const Workspace& workspace() const { return m_workspace; }
    void showNotice(const QString& text);
    QStringList areaNames() const;
    // Shows the area KEY and returns it (built now if it was not yet); null when the role lacks it.
    AreaView* showArea(const QString& key);
    AreaView* currentArea() const;

signals:
    void signOutRequested();
    void switchUserRequested();
    void changePasswordRequested();
    void databaseChangeRequested(const ConnectionProfile& profile, const QString& password);
    void languageChangeRequested(const QString& localeName);
    void closed();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void activate(int index);
    void buildMenus();
    void buildStatusBar();
    void chooseDatabase();
    void importFile();
    void exportList();
    void about();

    const Workspace m_workspace;
    QList<AreaDescriptor> m_areas; // the ones this role may use, in the list's order
    QHash<int, AreaView*> m_built;
    QListWidget* m_areaList;
    QStackedWidget* m_stack;
    MessageWidget* m_notice;
    QAction* m_export = nullptr;
};
