#include "mainwindow.h"

#include "account/accountpage.h"
#include "common/modelchooser.h"
#include "designer/accountspane.h"
#include "designer/backtestheadline.h"
#include "dialogs/gettingstarteddialog.h"
#include "dialogs/importwizard.h"
#include "dialogs/modeldiffdialog.h"
#include "dialogs/shortcutsdialog.h"
#include "dialogs/workspaceerrordialog.h"
#include "import/importundoaction.h"
#include "pages/backtestpage.h"
#include "pages/designerpage.h"
#include "pages/overviewpage.h"
#include "pages/reviewpage.h"
#include "pages/signalspage.h"
#include "recentworkspaces.h"
#include "session/workspacesession.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QDir>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QIcon>
#include <QKeySequence>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>
#include <QUndoStack>
#include <QUrl>

#include <algorithm>

namespace tierlab::ui {

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setWindowIcon(QIcon(QStringLiteral(":/icons/tierlab.svg")));
    m_session = new WorkspaceSession(this);
    auto *splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_navigation = new QListWidget(splitter);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setMaximumWidth(200);
    // Room around each entry: packed edge to edge they read as one block on a projector.
    m_navigation->setSpacing(std::max(3, m_navigation->fontMetrics().height() / 4));
    m_navigation->setToolTip(tr("Switch between the pages of the workbench (Ctrl+1 … Ctrl+9)"));
    m_pages = new QStackedWidget(splitter);
    splitter->addWidget(m_navigation);
    splitter->addWidget(m_pages);
    splitter->setStretchFactor(1, 1);
    splitter->setCollapsible(1, false);
    splitter->setSizes({160, 1200});
    setCentralWidget(splitter);

    const auto status = [this](const QString &message) { statusBar()->showMessage(message, 5000); };
    m_overview = new OverviewPage(m_session, this);
    addPage(QStringLiteral("overview"), tr("Overview"), m_overview);
    m_signals = new SignalsPage(m_session, this);
    addPage(QStringLiteral("signals"), tr("Signals"), m_signals);
    connect(m_signals, &SignalsPage::statusMessage, this, status);
    connect(m_signals, &SignalsPage::workspaceChanged, this,
            [this](const QString &workspace) { workspaceDataChanged(workspace, tr("Signals")); });
    m_designer = new DesignerPage(m_session, this);
    addPage(QStringLiteral("designer"), tr("Model designer"), m_designer);
    m_review = new ReviewPage(m_session, this);
    addPage(QStringLiteral("review"), tr("Weekly review"), m_review);
    connect(m_review, &ReviewPage::statusMessage, this, status);
    connect(m_review, &ReviewPage::presentationChanged, this, &MainWindow::setChromeHidden);
    m_backtest = new BacktestPage(m_session, this);
    addPage(QStringLiteral("backtest"), tr("Back-test"), m_backtest);
    connect(m_backtest, &BacktestPage::statusMessage, this, status);
    m_account = new AccountPage(m_session, this);
    addPage(QStringLiteral("account"), tr("Account"), m_account);
    connect(m_account, &AccountPage::backRequested, this, [this] {
        showPage(m_beforeAccount.isEmpty() ? QStringLiteral("review") : m_beforeAccount);
    });
    connect(m_review, &ReviewPage::accountActivated, this, &MainWindow::showAccount);
    connect(m_backtest, &BacktestPage::accountActivated, this, &MainWindow::showAccount);
    connect(m_designer->accountsPane(), &AccountsPane::accountActivated, this, &MainWindow::showAccount);
    // The choosers offer the designer's model as it is, unsaved edits included.
    const auto designerModel = [designer = m_designer] { return designer->session()->model(); };
    for (ModelChooser *chooser : {m_review->modelChooser(), m_backtest->modelChooser(), m_account->modelChooser()}) {
        chooser->setDesignerModel(designerModel);
        connect(m_designer, &DesignerPage::loaded, chooser, &ModelChooser::designerModelReplaced);
        connect(m_designer, &DesignerPage::modelReplaced, chooser, &ModelChooser::designerModelReplaced);
    }

    connect(m_navigation, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    m_navigation->setCurrentRow(0);

    m_statusWorkspace = new QLabel(this);
    statusBar()->addPermanentWidget(m_statusWorkspace);
    connect(m_overview, &OverviewPage::statusMessage, this, status);
    connect(m_designer, &DesignerPage::statusMessage, this, status);
    connect(m_designer, &DesignerPage::titleChanged, this, &MainWindow::updateTitle);
    m_unsaved = new UnsavedEditsGuard(m_designer, this);
    connect(m_unsaved, &UnsavedEditsGuard::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 10000); });

    createMenus();
    setAcceptDrops(true);   // a CSV dropped on the window opens the import wizard
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

void MainWindow::showAccount(const QString &accountId)
{
    const QString from = currentPageName();
    if (from != u"account")
        m_beforeAccount = from;
    m_account->showAccount(accountId);
    showPage(QStringLiteral("account"));
}

QString MainWindow::currentPageName() const
{
    const int index = m_pages->currentIndex();
    return index >= 0 && index < m_pageNames.size() ? m_pageNames[index] : QString();
}

bool MainWindow::isBusy() const
{
    return m_overview->isLoading() || m_signals->isLoading() || m_designer->isLoading()
        || m_designer->backtestHeadline()->isBusy() || m_review->isLoading() || m_backtest->isLoading()
        || m_account->isLoading();
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open Workspace…"), this, &MainWindow::chooseWorkspace);
    open->setObjectName(QStringLiteral("openWorkspaceAction"));
    open->setShortcut(QKeySequence::Open);
    open->setStatusTip(tr("Open a Tierlab workspace file (.tierlab)"));
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    m_recentMenu->setToolTipsVisible(true);
    QAction *import = file->addAction(tr("&Import…"), this, [this] { importFile(); });
    import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    import->setStatusTip(tr("Import snapshots or outcomes from a CSV file into the workspace"));
    file->addSeparator();
    QAction *starter = file->addAction(tr("New Model from &Data…"), this, [this] {
        showPage(QStringLiteral("designer"));
        m_designer->newModelFromData();
    });
    starter->setObjectName(QStringLiteral("newModelFromDataAction"));
    starter->setStatusTip(tr("Build a first model from the workspace's signals and outcomes, with its held-out AUC"));
    QAction *openModel = file->addAction(tr("Open &Model File…"), m_designer, &DesignerPage::chooseModelFileToOpen);
    openModel->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    openModel->setStatusTip(tr("Load a model file (.json) into the designer"));
    QAction *saveModel = file->addAction(tr("Save Model &File…"), m_designer, &DesignerPage::chooseModelFileToSave);
    saveModel->setObjectName(QStringLiteral("saveModelFileAction"));
    saveModel->setStatusTip(tr("Write the designer's model to a file (.json)"));
    QAction *exportModel = file->addAction(tr("&Export Model with Metadata…"), m_designer, &DesignerPage::chooseModelFileToExport);
    exportModel->setObjectName(QStringLiteral("exportModelAction"));
    exportModel->setStatusTip(tr("Write the designer's model to a file with its metadata: author, date, data fingerprint, "
                                 "back-test figures and SHA-256"));
    QAction *exportSql = file->addAction(tr("Export Model as S&QL…"), m_designer, &DesignerPage::chooseSqlExport);
    exportSql->setObjectName(QStringLiteral("exportSqlAction"));
    exportSql->setStatusTip(tr("Write the designer's model as one SQL view for PostgreSQL or SQLite: the warehouse "
                               "scores every account as Tierlab does"));
    QAction *saveVersion = file->addAction(tr("Save &Version…"), m_designer, &DesignerPage::chooseVersionNameAndSave);
    saveVersion->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    saveVersion->setStatusTip(tr("Save the designer's model as a named version in the workspace"));
    QAction *publish = file->addAction(tr("&Publish Version…"), m_designer, &DesignerPage::choosePublish);
    publish->setObjectName(QStringLiteral("publishAction"));
    publish->setStatusTip(tr("Make the designer's version the published model: the default of the weekly review, the "
                             "back-test and the command line"));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setObjectName(QStringLiteral("quitAction"));
    // The platform's quit keys; Ctrl+Q where the platform names none (the offscreen and some minimal themes).
    quit->setShortcuts(QKeySequence::keyBindings(QKeySequence::Quit).isEmpty() ? QList<QKeySequence>{QKeySequence(Qt::CTRL | Qt::Key_Q)}
                                                                               : QKeySequence::keyBindings(QKeySequence::Quit));

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_designer->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_designer->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    m_undoImport = new ImportUndoAction(m_session, this);
    edit->addAction(m_undoImport);
    connect(m_undoImport, &ImportUndoAction::undone, this, [this](const QString &workspace, const QString &what) {
        workspaceDataChanged(workspace, tr("Undo Import"));
        statusBar()->showMessage(tr("Took back %1").arg(what), 10000);
    });
    connect(m_undoImport, &ImportUndoAction::failed, this, [this](const QString &message) { QMessageBox::warning(this, tr("Undo Import"), message); });
    edit->addSeparator();
    edit->addAction(tr("&Compare with Baseline…"), m_designer, &DesignerPage::showComparison);
    QAction *compareModels = edit->addAction(tr("Compare &Models…"), this, &MainWindow::compareModels);
    compareModels->setObjectName(QStringLiteral("compareModelsAction"));
    compareModels->setStatusTip(tr("Show the differences between two models: the designer's, its baseline, saved "
                                   "versions, the built-in seeds or model files"));
    edit->addAction(tr("&Normalise Weights to 100"), m_designer, &DesignerPage::normaliseWeights);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    for (int i = 0; i < m_pageNames.size() && i < 9; ++i) {
        QAction *go = view->addAction(m_navigation->item(i)->text(), this, [this, i] { m_navigation->setCurrentRow(i); });
        go->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
    }
    // Every page reads the workspace again (another process may have written into it).
    QAction *refresh = view->addAction(tr("&Refresh"), m_session, &WorkspaceSession::refresh);
    refresh->setObjectName(QStringLiteral("refreshAction"));
    refresh->setShortcut(QKeySequence::Refresh);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *gettingStarted = help->addAction(tr("&Getting Started"), this, &MainWindow::showGettingStarted);
    gettingStarted->setObjectName(QStringLiteral("gettingStartedAction"));
    gettingStarted->setShortcut(QKeySequence::HelpContents);
    gettingStarted->setStatusTip(tr("The walkthrough from the README: from raw exports to a back-test, and the designer"));
    QAction *shortcuts = help->addAction(tr("&Keyboard Shortcuts"), this, &MainWindow::showKeyboardShortcuts);
    shortcuts->setObjectName(QStringLiteral("keyboardShortcutsAction"));
    shortcuts->setStatusTip(tr("List every keyboard shortcut of the menus"));
    help->addSeparator();
    help->addAction(tr("&About Tierlab"), this, [this] {
        QMessageBox::about(this, tr("About Tierlab"),
                           tr("<h3>Tierlab %1</h3><p>Design, validate and operate customer health score models, "
                              "offline.</p><p>Licensed under the GNU General Public License, version 3 or later.</p>")
                               .arg(QStringLiteral(TIERLAB_VERSION)));
    });
    updateRecentMenu();
}

ModelDiffDialog *MainWindow::compareModels()
{
    auto *dialog = new ModelDiffDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const DesignerSession *session = m_designer->session();
    // Before: the baseline the designer compares against, else the newest saved version (else the
    // default seed, already offered). After: the model being edited.
    int before = -1;
    if (!session->baselineModel().signals.empty()) {
        before = dialog->addModel(session->baselineName().isEmpty() ? tr("Baseline")
                                                                    : tr("Baseline: %1").arg(session->baselineName()),
                                  session->baselineModel());
    }
    const int newestVersion = dialog->addVersions(m_designer->versions());
    if (before < 0)
        before = newestVersion;
    const int current = dialog->addModel(tr("Current model (designer)"), session->model());
    if (before >= 0)
        dialog->setSide(ModelDiffDialog::Side::Left, before);
    dialog->setSide(ModelDiffDialog::Side::Right, current);
    dialog->open();
    return dialog;
}

ShortcutsDialog *MainWindow::showKeyboardShortcuts()
{
    auto *dialog = new ShortcutsDialog(menuBar(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

GettingStartedDialog *MainWindow::showGettingStarted()
{
    auto *dialog = new GettingStartedDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

void MainWindow::chooseWorkspace()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Workspace"), QFileInfo(m_workspacePath).absolutePath(),
                                                      tr("Tierlab workspaces (*.tierlab);;All files (*)"));
    if (!path.isEmpty())
        requestOpenWorkspace(path);
}

bool MainWindow::openWorkspaceAtStart(QString path, const std::function<Result<QString>()> &demo)
{
    for (;;) {
        auto opened = openWorkspace(path);
        if (opened)
            return true;
        WorkspaceErrorDialog dialog(path, opened.error().message, this);
        dialog.exec();
        switch (dialog.choice()) {
        case WorkspaceErrorDialog::Choice::Retry:
            break;
        case WorkspaceErrorDialog::Choice::OpenOther:
            if (const QString other = QFileDialog::getOpenFileName(this, tr("Open Workspace"), QFileInfo(path).absolutePath(),
                                                                   tr("Tierlab workspaces (*.tierlab);;All files (*)"));
                !other.isEmpty())
                path = other;
            break;
        case WorkspaceErrorDialog::Choice::OpenDemo:
            if (auto made = demo())
                path = *made;
            else
                QMessageBox::warning(this, tr("Open the Demo"), made.error().message);
            break;
        case WorkspaceErrorDialog::Choice::Quit:
            return false;
        }
    }
}

bool MainWindow::requestOpenWorkspace(const QString &path)
{
    // Re-opening the same workspace also resets the designer: it asks as well.
    if (!m_unsaved->confirm(LeaveReason::OpenWorkspace))
        return false;
    if (auto r = openWorkspace(path); !r) {
        QMessageBox::warning(this, tr("Open Workspace"), r.error().message);
        return false;
    }
    return true;
}

Result<void> MainWindow::openWorkspace(const QString &path)
{
    // Checked first (a workspace, not newer than this version): a wrong file leaves everything as it was.
    if (auto ok = WorkspaceSession::withFile(path, [](Workspace &) -> Result<void> { return {}; }); !ok)
        return ok;
    m_unsaved->workspaceChanging();
    // Every page follows the session's workspaceChanged.
    if (auto opened = m_session->open(path); !opened)
        return opened;
    m_workspacePath = m_session->path();
    RecentWorkspaces::add(m_workspacePath);
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
    if (auto ok = m_designer->openModelFile(path); !ok)
        return ok;
    return m_backtest->openModelFile(path);
}

namespace {
// The one local CSV-like file in a drag, or empty.
QString droppedCsv(const QMimeData *mime)
{
    if (!mime || !mime->hasUrls() || mime->urls().size() != 1 || !mime->urls().front().isLocalFile())
        return {};
    const QString path = mime->urls().front().toLocalFile();
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == u"csv" || suffix == u"tsv" || suffix == u"txt" ? path : QString();
}
} // namespace

void MainWindow::importFile(const QString &path)
{
    auto *wizard = new ImportWizard(m_session, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    if (!path.isEmpty())
        wizard->setFilePath(path);
    connect(wizard, &ImportWizard::importFinished, this,
            [this](const QString &workspace) { workspaceDataChanged(workspace, tr("Import")); });
    wizard->open();
}

void MainWindow::workspaceDataChanged(const QString &workspace, const QString &context)
{
    // Every page reads the workspace again once the import or build committed; the designer keeps
    // unsaved edits.
    if (QFileInfo(workspace).absoluteFilePath() == m_workspacePath) {
        m_session->refresh();
        return;
    }
    // Another workspace (an import into a new file) replaces the designer's model: asks first.
    if (QFileInfo(workspace).absoluteFilePath() != m_workspacePath && !m_unsaved->confirm(LeaveReason::OpenWorkspace))
        return;
    if (auto r = openWorkspace(workspace); !r)
        QMessageBox::warning(this, context, r.error().message);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!droppedCsv(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QString path = droppedCsv(event->mimeData());
    if (path.isEmpty())
        return;
    event->acceptProposedAction();
    importFile(path);
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = RecentWorkspaces::paths();
    const QStringList labels = RecentWorkspaces::labels(recent);
    for (qsizetype i = 0; i < recent.size(); ++i) {
        const QString path = recent[i];
        QString label = labels[i];
        label.replace(u'&', QStringLiteral("&&"));
        // &1 … &8: the keyboard picks an entry; the tooltip and the status bar show the whole path.
        QAction *action = m_recentMenu->addAction(tr("&%1 %2").arg(QString::number(i + 1), label), this,
                                                  [this, path] { requestOpenWorkspace(path); });
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(QDir::toNativeSeparators(path));
        action->setData(path);
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::setChromeHidden(bool hidden)
{
    menuBar()->setVisible(!hidden);
    statusBar()->setVisible(!hidden);
    m_navigation->setVisible(!hidden);
    for (QToolBar *bar : findChildren<QToolBar *>())
        bar->setVisible(!hidden);
}

void MainWindow::updateTitle()
{
    const QString name = m_workspacePath.isEmpty() ? tr("No workspace") : QFileInfo(m_workspacePath).fileName();
    // "[*]" is where Qt shows the unsaved-changes marker of the designer's model.
    setWindowTitle(tr("%1 — %2[*] — Tierlab").arg(name, m_designer->modelName()));
    setWindowModified(m_designer->isDirty());
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
    if (!m_unsaved->confirm(LeaveReason::Quit)) {
        event->ignore();
        return;
    }
    m_unsaved->closing();
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    if (auto *splitter = findChild<QSplitter *>(QStringLiteral("mainSplitter")))
        settings.setValue(QStringLiteral("window/splitter"), splitter->saveState());
    event->accept();
}

} // namespace tierlab::ui
