#pragma once

#include "common/error.h"
#include "unsavededitsguard.h"

#include <QMainWindow>

#include <functional>
#include <memory>

class QLabel;
class QListWidget;
class QStackedWidget;

namespace tierlab {
class WorkspaceSession;
}

namespace tierlab::ui {

class AccountPage;
class BacktestPage;
class DesignerPage;
class ImportUndoAction;
class GettingStartedDialog;
class ModelDiffDialog;
class OverviewPage;
class ReviewPage;
class ShortcutsDialog;
class SignalsPage;

// A thin shell: it composes the pages around one WorkspaceSession, owns the menus and the status
// bar, and nothing else. The pages observe the session; the window only tells it what happened.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens `path` as it is asked to (the launcher, an import's refresh); asks nothing.
    Result<void> openWorkspace(const QString &path);
    // At start-up: opens `path`; when it cannot (locked by an import, damaged, read-only, newer), a
    // WorkspaceErrorDialog says why and offers to try again, to open another file or the demo (made by
    // `demo`), or to quit. False when the user quits.
    bool openWorkspaceAtStart(QString path, const std::function<Result<QString>()> &demo);
    // File → Open Workspace…, Open Recent: asks Save / Discard / Cancel when the designer has unsaved
    // edits, then opens `path` and shows what went wrong. True when `path` is open afterwards.
    bool requestOpenWorkspace(const QString &path);
    // tierlab --model M.json: the designer and the back-test page both use the file.
    Result<void> openModelFile(const QString &path);
    // File → Import… and a dropped file: the import wizard into the current workspace.
    void importFile(const QString &path = {});
    QString workspacePath() const { return m_workspacePath; }
    WorkspaceSession *workspaceSession() const { return m_session; }

    // Page names for --page and the navigation: "overview", …
    QStringList pageNames() const;
    bool showPage(const QString &name);
    QString currentPageName() const;
    // The account view of `accountId` (a double-click on an account anywhere); its Back returns to
    // the page shown before.
    void showAccount(const QString &accountId);
    AccountPage *accountPage() const { return m_account; }
    // True while a page still loads its data (the screenshot waits for it).
    bool isBusy() const;

    // Edit → Compare Models…: opens the model diff, the designer's baseline (or newest saved
    // version) against its current model. The dialog deletes itself when closed.
    ModelDiffDialog *compareModels();
    // Help → Keyboard Shortcuts and Help → Getting Started (each deletes itself when closed).
    ShortcutsDialog *showKeyboardShortcuts();
    GettingStartedDialog *showGettingStarted();

    // The questions about unsaved model edits (tests answer them without a modal loop).
    void setPrompts(const UnsavedEditsPrompts &prompts) { m_unsaved->setPrompts(prompts); }
    UnsavedEditsGuard *unsavedEditsGuard() const { return m_unsaved; }

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createMenus();
    void addPage(const QString &name, const QString &title, QWidget *page);
    void chooseWorkspace();
    void updateTitle();
    // Presentation mode: the page alone, without menus, navigation, tool bars or status bar.
    void setChromeHidden(bool hidden);
    void updateRecentMenu();
    void restoreLayout();
    // An import or a signals build wrote into `workspace`: the pages read it again.
    void workspaceDataChanged(const QString &workspace, const QString &context);

    WorkspaceSession *m_session = nullptr;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_pages = nullptr;
    OverviewPage *m_overview = nullptr;
    DesignerPage *m_designer = nullptr;
    SignalsPage *m_signals = nullptr;
    ReviewPage *m_review = nullptr;
    BacktestPage *m_backtest = nullptr;
    AccountPage *m_account = nullptr;
    QString m_beforeAccount;   // the page to go back to from the account view
    QMenu *m_recentMenu = nullptr;
    ImportUndoAction *m_undoImport = nullptr;
    QLabel *m_statusWorkspace = nullptr;
    UnsavedEditsGuard *m_unsaved = nullptr;
    QStringList m_pageNames;
    QString m_workspacePath;
};

} // namespace tierlab::ui
