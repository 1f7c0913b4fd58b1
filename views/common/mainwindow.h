#pragma once

#include "workspace.h"

#include <QMainWindow>

class GoodsView;
class MessageWidget;
class QListWidget;
class QStackedWidget;

// Assembles the areas the signed-in role may use, the menus and the status bar. Areas come from
// their own folders; this window only places them.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(const Workspace& workspace, QWidget* parent = nullptr);
    ~MainWindow() override;

    const Workspace& workspace() const { return m_workspace; }
    void showNotice(const QString& text);
    GoodsView* goodsView() const { return m_goods; }
    QStringList areaNames() const;

signals:
    void signOutRequested();
    void switchUserRequested();
    void databaseChangeRequested(const ConnectionProfile& profile, const QString& password);
    void languageChangeRequested(const QString& localeName);
    void closed();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void addArea(QWidget* area, const QString& title, const QString& iconName);
    void buildMenus();
    void buildStatusBar();
    void chooseDatabase();
    void about();

    const Workspace m_workspace;
    QListWidget* m_areaList;
    QStackedWidget* m_areas;
    MessageWidget* m_notice;
    GoodsView* m_goods = nullptr;
};
