#include "mainwindow.h"

#include "pages/overviewpage.h"
#include "store/workspace.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QIcon>
#include <QKeySequence>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>

namespace tierlab::ui {

namespace {
constexpr int kMaxRecent = 8;
const auto kRecentKey = QStringLiteral("recentWorkspaces");
} // namespace

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setWindowIcon(QIcon(QStringLiteral(":/icons/tierlab.svg")));
    auto *splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_navigation = new QListWidget(splitter);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setMaximumWidth(200);
    m_navigation->setToolTip(tr("Switch between the pages of the workbench (Ctrl+1 … Ctrl+9)"));
    m_pages = new QStackedWidget(splitter);
    splitter->addWidget(m_navigation);
    splitter->addWidget(m_pages);
    splitter->setStretchFactor(1, 1);
    splitter->setCollapsible(1, false);
    setCentralWidget(splitter);

    m_overview = new OverviewPage(this);
    addPage(QStringLiteral("overview"), tr("Overview"), m_overview);

    connect(m_navigation, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    m_navigation->setCurrentRow(0);

    m_statusWorkspace = new QLabel(this);
    statusBar()->addPermanentWidget(m_statusWorkspace);
    connect(m_overview, &OverviewPage::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 5000); });

    createMenus();
    resize(1366, 768);
    restoreLayout();
    updateTitle();
}

MainWindow::~MainWindow() = default;

void MainWindow::addPage(const QString &name, const QString &title, QWidget *page)
{
    m_pageNames << name;
    m_pages->addWidget(page);
    m_navigation->addItem(title);
}

QStringList MainWindow::pageNames() const
{
    return m_pageNames;
}

bool MainWindow::showPage(const QString &name)
{
    const int index = int(m_pageNames.indexOf(name));
    if (index < 0)
        return false;
    m_navigation->setCurrentRow(index);
    return true;
}

QString MainWindow::currentPageName() const
{
    const int index = m_pages->currentIndex();
    return index >= 0 && index < m_pageNames.size() ? m_pageNames[index] : QString();
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open Workspace…"), this, &MainWindow::chooseWorkspace);
    open->setShortcut(QKeySequence::Open);
    open->setStatusTip(tr("Open a Tierlab workspace file (.tierlab)"));
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    for (int i = 0; i < m_pageNames.size() && i < 9; ++i) {
        QAction *go = view->addAction(m_navigation->item(i)->text(), this, [this, i] { m_navigation->setCurrentRow(i); });
        go->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
    }
    QAction *refresh = view->addAction(tr("&Refresh"), this, [this] {
        if (!m_workspacePath.isEmpty())
            m_overview->setWorkspace(m_workspacePath);
    });
    refresh->setShortcut(QKeySequence::Refresh);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Tierlab"), this, [this] {
        QMessageBox::about(this, tr("About Tierlab"),
                           tr("<h3>Tierlab %1</h3><p>Design, validate and operate customer health score models, "
                              "offline.</p><p>Licensed under the GNU General Public License, version 3 or later.</p>")
                               .arg(QStringLiteral(TIERLAB_VERSION)));
    });
    updateRecentMenu();
}

void MainWindow::chooseWorkspace()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Workspace"), QFileInfo(m_workspacePath).absolutePath(),
                                                      tr("Tierlab workspaces (*.tierlab);;All files (*)"));
    if (path.isEmpty())
        return;
    if (auto r = openWorkspace(path); !r)
        QMessageBox::warning(this, tr("Open Workspace"), r.error().message);
}

Result<void> MainWindow::openWorkspace(const QString &path)
{
    // Opening checks the file (a workspace, not newer than this version) before any page uses it.
    auto ws = Workspace::open(path);
    if (!ws)
        return std::unexpected(ws.error());
    m_workspacePath = QFileInfo(path).absoluteFilePath();
    m_overview->setWorkspace(m_workspacePath);
    QSettings settings;
    QStringList recent = settings.value(kRecentKey).toStringList();
    recent.removeAll(m_workspacePath);
    recent.prepend(m_workspacePath);
    while (recent.size() > kMaxRecent)
        recent.removeLast();
    settings.setValue(kRecentKey, recent);
    updateRecentMenu();
    updateTitle();
    m_statusWorkspace->setText(QFileInfo(m_workspacePath).fileName());
    m_statusWorkspace->setToolTip(m_workspacePath);
    return {};
}

Result<void> MainWindow::openModelFile(const QString &path)
{
    if (!QFileInfo::exists(path))
        return fail(tr("%1: no such file").arg(path), Error::Code::NotFound);
    // The designer page takes model files once it exists; until then the file is only checked.
    statusBar()->showMessage(tr("Model file %1 noted").arg(QFileInfo(path).fileName()), 5000);
    return {};
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(kRecentKey).toStringList();
    for (const QString &path : recent) {
        m_recentMenu->addAction(QFileInfo(path).fileName(), this, [this, path] {
            if (auto r = openWorkspace(path); !r)
                QMessageBox::warning(this, tr("Open Workspace"), r.error().message);
        })->setStatusTip(path);
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::updateTitle()
{
    const QString name = m_workspacePath.isEmpty() ? tr("No workspace") : QFileInfo(m_workspacePath).fileName();
    setWindowTitle(tr("%1 — Tierlab").arg(name));
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    if (auto *splitter = findChild<QSplitter *>(QStringLiteral("mainSplitter")))
        splitter->restoreState(settings.value(QStringLiteral("window/splitter")).toByteArray());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    if (auto *splitter = findChild<QSplitter *>(QStringLiteral("mainSplitter")))
        settings.setValue(QStringLiteral("window/splitter"), splitter->saveState());
    event->accept();
}

} // namespace tierlab::ui
