#include "mainwindow.h"

#include "config/settings.h"
#include "connectiondialog.h"
#include "messagewidget.h"
#include "richtext.h"
#include "transfer/importwizard.h"

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

MainWindow::MainWindow(const Workspace& workspace, const QList<AreaDescriptor>& areas, QWidget* parent)
    : QMainWindow(parent), m_workspace(workspace), m_areaList(new QListWidget), m_stack(new QStackedWidget),
      m_notice(new MessageWidget)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Storekeeper"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/storekeeper.svg")));
    m_areaList->setObjectName(QStringLiteral("areaList"));
    m_areaList->setIconSize(QSize(22, 22));
    m_areaList->setSpacing(2);
    m_notice->setObjectName(QStringLiteral("mainNotice"));

    // Each area appears only for roles that may use it.
    int widest = 0;
    for (const AreaDescriptor& area : areas) {
        if (!m_workspace.session.can(area.permission))
            continue;
        m_areas << area;
        const QString title = QCoreApplication::translate("Areas", area.title);
        auto* item = new QListWidgetItem(
            QIcon::fromTheme(area.iconName, style()->standardIcon(QStyle::SP_FileDialogDetailedView)), title);
        item->setSizeHint(QSize(0, 36));
        item->setToolTip(area.shortcut.isEmpty()
                             ? title
                             : tr("%1 (%2)").arg(title, area.shortcut.toString(QKeySequence::NativeText)));
        m_areaList->addItem(item);
        widest = std::max(widest, m_areaList->fontMetrics().horizontalAdvance(title));
        m_stack->addWidget(new QWidget); // replaced by the area the first time it is shown
    }
    m_areaList->setFixedWidth(std::max(150, widest + 22 + 48));

    auto* central = new QWidget;
    auto* right = new QVBoxLayout;
    right->setContentsMargins(0, 0, 0, 0);
    right->addWidget(m_notice);
    right->addWidget(m_stack, 1);
    auto* layout = new QHBoxLayout(central);
    layout->addWidget(m_areaList);
    layout->addLayout(right, 1);
    setCentralWidget(central);
    connect(m_areaList, &QListWidget::currentRowChanged, this, &MainWindow::activate);

    buildMenus();
    buildStatusBar();
    resize(1180, 720);
    restoreGeometry(Settings::bytes(Settings::Key::MainWindowGeometry));
    restoreState(Settings::bytes(Settings::Key::MainWindowState));
    int first = 0;
    for (int i = 0; i < m_areas.size(); ++i) {
        if (m_areas.at(i).key == Settings::string(Settings::Key::LastArea))
            first = i;
    }
    if (!m_areas.isEmpty())
        m_areaList->setCurrentRow(first);
}

MainWindow::~MainWindow() = default;

void MainWindow::activate(int index)
{
    if (index < 0 || index >= m_areas.size())
        return;
    AreaView* area = m_built.value(index);
    if (!area) {
        area = m_areas.at(index).create(m_workspace);
        area->setProperty("areaKey", m_areas.at(index).key);
        QWidget* placeholder = m_stack->widget(index);
        m_stack->insertWidget(index, area);
        m_stack->removeWidget(placeholder);
        delete placeholder;
        m_built.insert(index, area);
    }
    m_stack->setCurrentIndex(index);
    if (m_export)
        m_export->setEnabled(area->exportsList());
    area->focusMain();
}

AreaView* MainWindow::showArea(const QString& key)
{
    for (int i = 0; i < m_areas.size(); ++i) {
        if (m_areas.at(i).key == key) {
            m_areaList->setCurrentRow(i);
            return m_built.value(i);
        }
    }
    return nullptr;
}

AreaView* MainWindow::currentArea() const
{
    return m_built.value(m_stack->currentIndex());
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
    QAction* password = file->addAction(tr("Change &password…"), this, &MainWindow::changePasswordRequested);
    password->setObjectName(QStringLiteral("actionChangePassword"));
    QAction* signOut = file->addAction(tr("Sign &out"), this, &MainWindow::signOutRequested);
    signOut->setObjectName(QStringLiteral("actionSignOut"));
    signOut->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Q));
    file->addSeparator();
    if (!ImportWizard::allowedKinds(m_workspace.session).isEmpty()) {
        QAction* import = file->addAction(tr("&Import from CSV…"), this, &MainWindow::importFile);
        import->setObjectName(QStringLiteral("actionImport"));
        import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    }
    m_export = file->addAction(tr("&Export this list…"), this, &MainWindow::exportList);
    m_export->setObjectName(QStringLiteral("actionExport"));
    m_export->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_export->setToolTip(tr("Writes the list in front, as it is filtered and sorted, to a CSV file or an "
                            "Excel workbook"));
    m_export->setEnabled(false);
    if (m_workspace.session.can(Permission::ManageDatabase)) {
        file->addSeparator();
        QAction* connect = file->addAction(tr("&Connect to database…"), this, &MainWindow::chooseDatabase);
        connect->setObjectName(QStringLiteral("actionConnect"));
    }
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* go = menuBar()->addMenu(tr("&Go"));
    for (int i = 0; i < m_areas.size(); ++i) {
        QAction* action = go->addAction(QCoreApplication::translate("Areas", m_areas.at(i).title));
        action->setObjectName(QStringLiteral("actionArea_") + m_areas.at(i).key);
        action->setShortcut(m_areas.at(i).shortcut);
        connect(action, &QAction::triggered, this, [this, i] { m_areaList->setCurrentRow(i); });
    }

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

void MainWindow::importFile()
{
    // What the area in front holds is what is most likely imported.
    std::optional<ImportKind> preferred;
    if (const AreaView* area = currentArea())
        preferred = ImportKinds::fromKey(area->property("areaKey").toString());
    ImportWizard wizard(m_workspace, preferred, this);
    connect(&wizard, &ImportWizard::imported, this, [this](ImportKind, const QString& summary) {
        // Every area built so far shows what the database holds now, before the wizard is closed.
        for (AreaView* area : qAsConst(m_built))
            area->reload();
        showNotice(summary);
    });
    wizard.exec();
}

void MainWindow::exportList()
{
    const int index = m_stack->currentIndex();
    if (AreaView* area = currentArea(); area && area->exportsList())
        area->exportList(QCoreApplication::translate("Areas", m_areas.at(index).title));
}

void MainWindow::about()
{
    QMessageBox::about(
        this, tr("About Storekeeper"),
        tr("<h3>Storekeeper %1</h3><p>Back-office for an online shop, on SQLite, PostgreSQL or "
           "MariaDB/MySQL: goods, categories, suppliers and customers.</p>"
           "<p>Built with Qt %2. Passwords are protected with libsodium's argon2id; names sort in "
           "each language's order with ICU.</p>"
           "<p>Database: %3 · %4</p>")
            .arg(QApplication::applicationVersion(), QString::fromLatin1(qVersion()),
                 m_workspace.connection.profile.engineName(),
                 RichText::wrappablePath(m_workspace.connection.profile.location())));
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    Settings::setValue(Settings::Key::MainWindowGeometry, saveGeometry());
    Settings::setValue(Settings::Key::MainWindowState, saveState());
    if (m_stack->currentIndex() >= 0 && m_stack->currentIndex() < m_areas.size())
        Settings::setValue(Settings::Key::LastArea, m_areas.at(m_stack->currentIndex()).key);
    QMainWindow::closeEvent(event);
    emit closed();
}
