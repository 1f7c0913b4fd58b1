#include "mainwindow.h"

#include "config/settings.h"
#include "connectiondialog.h"
#include "goods/goodsview.h"
#include "messagewidget.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QVBoxLayout>

MainWindow::MainWindow(const Workspace& workspace, QWidget* parent)
    : QMainWindow(parent), m_workspace(workspace), m_areaList(new QListWidget), m_areas(new QStackedWidget),
      m_notice(new MessageWidget)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Storekeeper"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/storekeeper.svg")));
    m_areaList->setObjectName(QStringLiteral("areaList"));
    m_areaList->setFixedWidth(150);
    m_areaList->setIconSize(QSize(22, 22));
    m_areaList->setSpacing(2);
    m_notice->setObjectName(QStringLiteral("mainNotice"));

    // Each area appears only for roles that may use it; areas not built yet do not appear at all.
    if (m_workspace.session.can(Permission::ViewCatalogue)) {
        m_goods = new GoodsView(m_workspace);
        addArea(m_goods, tr("Goods"), QStringLiteral("view-list-details"));
    }

    auto* central = new QWidget;
    auto* right = new QVBoxLayout;
    right->setContentsMargins(0, 0, 0, 0);
    right->addWidget(m_notice);
    right->addWidget(m_areas, 1);
    auto* layout = new QHBoxLayout(central);
    layout->addWidget(m_areaList);
    layout->addLayout(right, 1);
    setCentralWidget(central);
    connect(m_areaList, &QListWidget::currentRowChanged, m_areas, &QStackedWidget::setCurrentIndex);
    m_areaList->setCurrentRow(0);

    buildMenus();
    buildStatusBar();
    resize(1180, 720);
    restoreGeometry(Settings::bytes(Settings::Key::MainWindowGeometry));
    restoreState(Settings::bytes(Settings::Key::MainWindowState));
    if (m_goods)
        m_goods->focusSearch();
}

MainWindow::~MainWindow() = default;

void MainWindow::addArea(QWidget* area, const QString& title, const QString& iconName)
{
    auto* item = new QListWidgetItem(
        QIcon::fromTheme(iconName, style()->standardIcon(QStyle::SP_FileDialogDetailedView)), title);
    item->setSizeHint(QSize(0, 36));
    m_areaList->addItem(item);
    m_areas->addWidget(area);
}

QStringList MainWindow::areaNames() const
{
    QStringList names;
    for (int i = 0; i < m_areaList->count(); ++i)
        names << m_areaList->item(i)->text();
    return names;
}

void MainWindow::showNotice(const QString& text)
{
    m_notice->showMessage(text, MessageWidget::Type::Information);
}

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&Storekeeper"));
    QAction* switchUser = file->addAction(tr("&Switch user…"), this, &MainWindow::switchUserRequested);
    switchUser->setObjectName(QStringLiteral("actionSwitchUser"));
    switchUser->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U));
    QAction* signOut = file->addAction(tr("Sign &out"), this, &MainWindow::signOutRequested);
    signOut->setObjectName(QStringLiteral("actionSignOut"));
    signOut->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Q));
    if (m_workspace.session.can(Permission::ManageDatabase)) {
        file->addSeparator();
        QAction* connect = file->addAction(tr("&Connect to database…"), this, &MainWindow::chooseDatabase);
        connect->setObjectName(QStringLiteral("actionConnect"));
    }
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* language = menuBar()->addMenu(tr("&Language"));
    auto* group = new QActionGroup(this);
    const QString chosen = Settings::string(Settings::Key::Language);
    // The languages Storekeeper ships, each under its own name, as its speakers look for it.
    const QList<QPair<QString, QString>> languages = {
        {QString(), tr("System default")},
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("zh_CN"), QStringLiteral("中文（简体）")}};
    for (const auto& [code, name] : languages) {
        QAction* action = language->addAction(name);
        action->setCheckable(true);
        action->setChecked(code == chosen);
        group->addAction(action);
        const QString localeName = code;
        connect(action, &QAction::triggered, this,
                [this, localeName] { emit languageChangeRequested(localeName); });
    }

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Storekeeper"), this, &MainWindow::about);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::buildStatusBar()
{
    auto* database = new QLabel(tr("%1 · %2").arg(m_workspace.connection.profile.engineName(),
                                                  m_workspace.connection.profile.location()));
    database->setObjectName(QStringLiteral("statusDatabase"));
    database->setToolTip(tr("The database Storekeeper works on"));
    auto* user = new QLabel(
        tr("Signed in as %1 (%2)")
            .arg(m_workspace.session.displayName, RoleNames::displayName(m_workspace.session.role)));
    user->setObjectName(QStringLiteral("statusUser"));
    statusBar()->addWidget(database, 1);
    statusBar()->addPermanentWidget(user);
}

void MainWindow::chooseDatabase()
{
    ConnectionDialog dialog(m_workspace.connection.profile, this);
    if (dialog.exec() == QDialog::Accepted)
        emit databaseChangeRequested(dialog.profile(), dialog.password());
}

void MainWindow::about()
{
    QMessageBox::about(this, tr("About Storekeeper"),
                       tr("<h3>Storekeeper %1</h3><p>Back-office for an online shop, on SQLite, PostgreSQL or "
                          "MariaDB/MySQL. This version covers signing in and goods.</p>"
                          "<p>Built with Qt %2. Passwords are protected with libsodium's argon2id.</p>"
                          "<p>Database: %3 · %4</p>")
                           .arg(QApplication::applicationVersion(), QString::fromLatin1(qVersion()),
                                m_workspace.connection.profile.engineName(),
                                m_workspace.connection.profile.location().toHtmlEscaped()));
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    Settings::setValue(Settings::Key::MainWindowGeometry, saveGeometry());
    Settings::setValue(Settings::Key::MainWindowState, saveState());
    QMainWindow::closeEvent(event);
    emit closed();
}
