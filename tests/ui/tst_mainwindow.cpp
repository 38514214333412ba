#include "mainwindow.h"
#include "pages/overviewpage.h"

#include "demo/demogenerator.h"
#include "designer/modelautosave.h"
#include "designer/weightspanel.h"
#include "dialogs/gettingstarteddialog.h"
#include "dialogs/shortcutsdialog.h"
#include "dialogs/workspaceerrordialog.h"
#include "engine/designersession.h"
#include "itemmodels/signalcoveragemodel.h"
#include "model/modelfile.h"
#include "common/modelchooser.h"
#include "account/accountpage.h"
#include "pages/backtestpage.h"
#include "pages/designerpage.h"
#include "pages/reviewpage.h"
#include "pages/signalspage.h"
#include "session/workspacesession.h"
#include "recentworkspaces.h"
#include "store/snapshotcodec.h"
#include "store/workspace.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>
#include <QPointer>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QStatusBar>
#include <QTableWidget>
#include <QHeaderView>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QUndoStack>

using namespace tierlab;
using namespace Qt::StringLiterals;

namespace {

// Answers the window's questions about unsaved edits and records them: no modal loop runs.
struct Answers
{
    ui::UnsavedChoice choice = ui::UnsavedChoice::Cancel;
    std::optional<ui::VersionText> versionText;
    bool restore = false;
    QList<ui::LeaveReason> asked;
    QList<QDateTime> restoreOffers;
    QStringList warnings;

    ui::UnsavedEditsPrompts prompts()
    {
        ui::UnsavedEditsPrompts p;
        p.unsavedEdits = [this](ui::LeaveReason reason, const QString &) {
            asked << reason;
            return choice;
        };
        p.versionText = [this](const QString &) { return versionText; };
        p.restoreAutosave = [this](const QDateTime &savedAt) {
            restoreOffers << savedAt;
            return restore;
        };
        p.warning = [this](const QString &, const QString &message) { warnings << message; };
        return p;
    }
};

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void opensWorkspaceAndShowsSummary();
    void rejectsNonWorkspace();
    void startupErrorOffersWhatToDo_data();
    void startupErrorOffersWhatToDo();
    void navigation();
    void init();
    void quitWithUnsavedEditsAsks();
    void quitDiscardsEdits();
    void openingAnotherWorkspaceAsks();
    void autosaveWrittenAndRestored();
    void autosaveDeclinedIsDeleted();
    void recentMenuTellsSameNamesApart();
    void saveModelFileAddsJson();
    void keyboardShortcutsFromMenus();
    void gettingStartedShowsReadme();
    void questionScreenshots();
    void newDataRefreshesEveryPage_data();
    void newDataRefreshesEveryPage();
    void publishedModelIsTheDefault();
    void designerModelIsTheDefaultUntilSaved();
    void presentationShowsThePageAlone_data();
    void presentationShowsThePageAlone();

private:
    // A copy of the small demo workspace, named after the running test.
    QString demoCopy(const QString &name = {});
    // A shown window on `workspace`, the designer loaded, the answers installed.
    void openWindow(ui::MainWindow &window, const QString &workspace, Answers &answers);
    static ui::DesignerPage *designer(const ui::MainWindow &window);
    static void edit(ui::DesignerPage *page, double delta = 5);
    static QAction *action(const ui::MainWindow &window, const char *name);

    QTemporaryDir m_dir;
    QString m_workspace;
    QString m_demo;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // The recent-workspaces list of this run only, not the user's nor another run's.
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
    m_demo = m_dir.filePath(QStringLiteral("demo-source.tierlab"));
    auto demo = DemoGenerator::generateFile(m_demo, DemoOptions{120, 8, 7, QDate(2026, 11, 2)});
    QVERIFY2(demo, demo ? "" : qPrintable(demo.error().message));
    m_workspace = m_dir.filePath(QStringLiteral("ui.tierlab"));
    auto ws = Workspace::open(m_workspace, Workspace::OpenMode::CreateNew);
    QVERIFY(ws);
    auto usage = (*ws)->ensureSignal(SignalInfo{-1, QStringLiteral("usage"), QStringLiteral("Usage"), SignalType::Number, {}, {}});
    auto nps = (*ws)->ensureSignal(SignalInfo{-1, QStringLiteral("nps"), QStringLiteral("NPS"), SignalType::Number, {}, {}});
    QVERIFY(usage && nps);
    SnapshotCodec::Builder b;
    for (int i = 0; i < 3; ++i) {
        auto key = (*ws)->upsertAccount(AccountRecord{QStringLiteral("A%1").arg(i), {}, {}, {}, 100.0, {}, {}});
        QVERIFY(key);
        b.clear();
        b.addNumber(usage->index, 0.5);
        if (i == 0)
            b.addNumber(nps->index, 8);
        QVERIFY((*ws)->putSnapshot(*key, QDate(2026, 5, 4), b.data()));
    }
    QVERIFY((*ws)->addOutcome(OutcomeRecord{QStringLiteral("A1"), OutcomeKind::Churned, QDate(2026, 6, 1), kMissing, {}}));
}

void TestMainWindow::opensWorkspaceAndShowsSummary()
{
    ui::MainWindow window;
    auto *overview = window.findChild<ui::OverviewPage *>();
    QVERIFY(overview);
    QSignalSpy shown(overview, &ui::OverviewPage::summaryShown);
    QVERIFY(window.openWorkspace(m_workspace));
    QVERIFY(window.windowTitle().startsWith(QStringLiteral("ui.tierlab")));
    QVERIFY(shown.wait(10000));
    QCOMPARE(overview->tileText(QStringLiteral("accounts")), QStringLiteral("3"));
    QCOMPARE(overview->tileText(QStringLiteral("outcomes")), QStringLiteral("1 (1 churned)"));
    QCOMPARE(overview->coverageModel()->rowCount(), 2);
    const auto &coverage = overview->coverageModel()->coverage();
    QCOMPARE(coverage[0].coverage, 1.0);
    QCOMPARE(coverage[1].coverage, 1.0 / 3.0);
}

void TestMainWindow::rejectsNonWorkspace()
{
    const QString text = m_dir.filePath(QStringLiteral("notes.tierlab"));
    QFile f(text);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("hello");
    f.close();
    ui::MainWindow window;
    auto r = window.openWorkspace(text);
    QVERIFY(!r);
    QVERIFY(r.error().message.contains(QStringLiteral("not a Tierlab workspace")));
    QCOMPARE(window.workspacePath(), QString());
}

void TestMainWindow::startupErrorOffersWhatToDo_data()
{
    QTest::addColumn<int>("choice");
    QTest::addColumn<bool>("opened");
    QTest::addColumn<QString>("openedName");
    using C = ui::WorkspaceErrorDialog::Choice;
    // Try Again after the file became a workspace (an import finished, a sync completed).
    QTest::newRow("retry") << int(C::Retry) << true << u"broken.tierlab"_s;
    QTest::newRow("demo") << int(C::OpenDemo) << true << u"the-demo.tierlab"_s;
    QTest::newRow("quit") << int(C::Quit) << false << QString();
}

void TestMainWindow::startupErrorOffersWhatToDo()
{
    QFETCH(int, choice);
    QFETCH(bool, opened);
    QFETCH(QString, openedName);
    const QString broken = m_dir.filePath(u"broken.tierlab"_s);
    QFile::remove(broken);
    QFile f(broken);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("hello");
    f.close();
    const QString demo = demoCopy(u"the-demo.tierlab"_s);
    ui::MainWindow window;
    int dialogs = 0;
    QString shown;
    std::function<void()> answer = [&] {
        auto *dialog = qobject_cast<ui::WorkspaceErrorDialog *>(QApplication::activeModalWidget());
        if (!dialog) {
            QTimer::singleShot(10, this, answer);
            return;
        }
        ++dialogs;
        shown = dialog->text() + u'\n' + dialog->informativeText();
        const auto c = ui::WorkspaceErrorDialog::Choice(choice);
        if (c == ui::WorkspaceErrorDialog::Choice::Retry) {
            QFile::remove(broken);
            QFile::copy(m_demo, broken);
        }
        dialog->buttonFor(c)->click();
    };
    QTimer::singleShot(0, this, answer);
    const bool result = window.openWorkspaceAtStart(broken, [&]() -> Result<QString> { return demo; });
    QCOMPARE(result, opened);
    QCOMPARE(dialogs, 1);
    // The dialog names the file, its folder and the reason.
    QVERIFY2(shown.contains(u"broken.tierlab"_s) && shown.contains(QDir::toNativeSeparators(m_dir.path()))
                 && shown.contains(u"not a Tierlab workspace"_s),
             qPrintable(shown));
    QCOMPARE(QFileInfo(window.workspacePath()).fileName(), openedName);
}

void TestMainWindow::navigation()
{
    ui::MainWindow window;
    QVERIFY(window.pageNames().contains(QStringLiteral("overview")));
    QVERIFY(window.showPage(QStringLiteral("overview")));
    QCOMPARE(window.currentPageName(), QStringLiteral("overview"));
    QVERIFY(!window.showPage(QStringLiteral("no-such-page")));
    auto *nav = window.findChild<QListWidget *>(QStringLiteral("navigation"));
    QVERIFY(nav);
    QCOMPARE(nav->count(), window.pageNames().size());
}

void TestMainWindow::init()
{
    ui::RecentWorkspaces::clear();
}

QString TestMainWindow::demoCopy(const QString &name)
{
    const QString copy = m_dir.filePath(name.isEmpty() ? QStringLiteral("%1.tierlab").arg(QString::fromLatin1(QTest::currentTestFunction()))
                                                       : name);
    QDir().mkpath(QFileInfo(copy).absolutePath());
    QFile::remove(copy);
    if (!QFile::copy(m_demo, copy))
        return {};
    return copy;
}

ui::DesignerPage *TestMainWindow::designer(const ui::MainWindow &window)
{
    return window.findChild<ui::DesignerPage *>();
}

void TestMainWindow::edit(ui::DesignerPage *page, double delta)
{
    QDoubleSpinBox *spin = page->weightsPanel()->categorySpin(0);
    spin->setValue(spin->value() + delta);
}

QAction *TestMainWindow::action(const ui::MainWindow &window, const char *name)
{
    return window.findChild<QAction *>(QString::fromLatin1(name));
}

void TestMainWindow::openWindow(ui::MainWindow &window, const QString &workspace, Answers &answers)
{
    window.setPrompts(answers.prompts());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openWorkspace(workspace));
    QTRY_VERIFY_WITH_TIMEOUT(!designer(window)->isLoading(), 30000);
    QVERIFY(designer(window)->session()->hasData());
}

void TestMainWindow::quitWithUnsavedEditsAsks()
{
    const QString path = demoCopy();
    Answers answers;
    ui::MainWindow window;
    openWindow(window, path, answers);
    ui::DesignerPage *page = designer(window);
    QVERIFY(!page->isDirty());
    QVERIFY(window.close());   // nothing unsaved: closes without a question
    QVERIFY(answers.asked.isEmpty());
    window.show();

    edit(page);
    QVERIFY(page->isDirty());
    QVERIFY(window.isWindowModified());
    const Model edited = page->session()->model();

    // Cancel: the window and the edits stay.
    answers.choice = ui::UnsavedChoice::Cancel;
    action(window, "quitAction")->trigger();
    QCOMPARE(answers.asked, QList<ui::LeaveReason>{ui::LeaveReason::Quit});
    QVERIFY(window.isVisible());
    QVERIFY(page->isDirty());
    QCOMPARE(page->session()->model(), edited);

    // Save, then cancel the version name: still nothing happens.
    answers.choice = ui::UnsavedChoice::Save;
    answers.versionText.reset();
    QVERIFY(!window.close());
    QCOMPARE(answers.asked.size(), 2);
    QVERIFY(window.isVisible());
    QVERIFY(page->isDirty());

    // Save with a name: a version in the workspace, and the window closes.
    answers.versionText = ui::VersionText{QStringLiteral("Before quitting"), QStringLiteral("Weights after the QBR")};
    QSignalSpy dirty(page, &ui::DesignerPage::dirtyChanged);
    action(window, "quitAction")->trigger();
    QVERIFY(!window.isVisible());
    QVERIFY(!page->isDirty());
    QCOMPARE(dirty.count(), 1);
    QVERIFY(answers.warnings.isEmpty());
    auto ws = Workspace::open(path);
    QVERIFY(ws);
    auto versions = (*ws)->models();
    QVERIFY(versions);
    QCOMPARE(versions->size(), std::size_t(1));
    QCOMPARE(versions->front().name, QStringLiteral("Before quitting"));
    QCOMPARE(versions->front().note, QStringLiteral("Weights after the QBR"));
    auto saved = ModelFile::fromJson(versions->front().json.toUtf8());
    QVERIFY(saved);
    QCOMPARE(*saved, edited);
    QVERIFY(!QFile::exists(ui::ModelAutosave::fileFor(path)));
}

void TestMainWindow::quitDiscardsEdits()
{
    const QString path = demoCopy();
    Answers answers;
    ui::MainWindow window;
    openWindow(window, path, answers);
    window.unsavedEditsGuard()->autosave()->setDelay(10);
    QSignalSpy written(window.unsavedEditsGuard()->autosave(), &ui::ModelAutosave::written);
    edit(designer(window));
    QVERIFY(written.wait(10000));
    QVERIFY(QFile::exists(ui::ModelAutosave::fileFor(path)));

    answers.choice = ui::UnsavedChoice::Discard;
    QVERIFY(window.close());
    QCOMPARE(answers.asked.size(), 1);
    QVERIFY(!window.isVisible());
    // Discarded: no version, and nothing left to offer back.
    QVERIFY(!QFile::exists(ui::ModelAutosave::fileFor(path)));
    auto ws = Workspace::open(path);
    QVERIFY(ws);
    QVERIFY((*ws)->models()->empty());
}

void TestMainWindow::openingAnotherWorkspaceAsks()
{
    const QString first = demoCopy(QStringLiteral("first/one.tierlab"));
    const QString second = demoCopy(QStringLiteral("second/two.tierlab"));
    Answers answers;
    ui::MainWindow window;
    openWindow(window, second, answers);
    QVERIFY(window.openWorkspace(first));
    QTRY_VERIFY_WITH_TIMEOUT(!designer(window)->isLoading(), 30000);
    QCOMPARE(window.workspacePath(), QFileInfo(first).absoluteFilePath());
    auto *recent = window.findChild<QMenu *>(QStringLiteral("recentMenu"));
    QVERIFY(recent);
    QAction *openSecond = nullptr;
    for (QAction *a : recent->actions()) {
        if (a->data().toString() == ui::RecentWorkspaces::canonical(second))
            openSecond = a;
    }
    QVERIFY(openSecond);

    edit(designer(window));
    const Model edited = designer(window)->session()->model();
    answers.choice = ui::UnsavedChoice::Cancel;
    openSecond->trigger();
    QCOMPARE(answers.asked, QList<ui::LeaveReason>{ui::LeaveReason::OpenWorkspace});
    QCOMPARE(window.workspacePath(), QFileInfo(first).absoluteFilePath());
    QCOMPARE(designer(window)->session()->model(), edited);

    // The same question from the public entry (File → Open Workspace… after its file dialog).
    QVERIFY(!window.requestOpenWorkspace(second));
    QCOMPARE(answers.asked.size(), 2);

    answers.choice = ui::UnsavedChoice::Discard;
    QVERIFY(window.requestOpenWorkspace(second));
    QCOMPARE(answers.asked.size(), 3);
    QCOMPARE(window.workspacePath(), QFileInfo(second).absoluteFilePath());
    QTRY_VERIFY_WITH_TIMEOUT(!designer(window)->isLoading(), 30000);
    QVERIFY(!designer(window)->isDirty());

    // Nothing unsaved: no question.
    QVERIFY(window.requestOpenWorkspace(first));
    QCOMPARE(answers.asked.size(), 3);
}

void TestMainWindow::autosaveWrittenAndRestored()
{
    const QString path = demoCopy();
    const QString autosave = ui::ModelAutosave::fileFor(path);
    QFile::remove(autosave);
    Model edited;
    Model original;
    {
        Answers answers;
        ui::MainWindow window;
        openWindow(window, path, answers);
        original = designer(window)->session()->model();
        window.unsavedEditsGuard()->autosave()->setDelay(10);
        QSignalSpy written(window.unsavedEditsGuard()->autosave(), &ui::ModelAutosave::written);
        edit(designer(window), 7);
        edit(designer(window), 3);
        QVERIFY(written.wait(10000));
        QCOMPARE(written.constLast().at(0).toString(), autosave);
        edited = designer(window)->session()->model();
        auto pending = ui::ModelAutosave::read(path);
        QVERIFY(pending && pending->has_value());
        QCOMPARE((*pending)->model, edited);
        // Undone back to the saved model: nothing left to recover.
        QUndoStack *undo = designer(window)->undoStack();
        undo->setIndex(0);
        QVERIFY(!designer(window)->isDirty());
        QVERIFY(!QFile::exists(autosave));
        undo->setIndex(undo->count());
        QVERIFY(written.wait(10000));
        QVERIFY(QFile::exists(autosave));
        // The window goes without closing, as in a crash: the autosave stays.
    }
    QVERIFY(QFile::exists(autosave));

    Answers answers;
    answers.restore = true;
    ui::MainWindow window;
    QSignalSpy offered(window.unsavedEditsGuard(), &ui::UnsavedEditsGuard::autosaveOffered);
    openWindow(window, path, answers);
    QTRY_COMPARE_WITH_TIMEOUT(offered.count(), 1, 10000);
    QCOMPARE(offered.at(0).at(0).toBool(), true);
    QCOMPARE(answers.restoreOffers.size(), 1);
    QVERIFY(qAbs(answers.restoreOffers.front().secsTo(QDateTime::currentDateTime())) < 600);
    ui::DesignerPage *page = designer(window);
    QCOMPARE(page->session()->model(), edited);
    QVERIFY(page->isDirty());
    // One undo step back to the model the workspace opened on.
    QCOMPARE(page->undoStack()->count(), 1);
    page->undoStack()->undo();
    QCOMPARE(page->session()->model(), original);
    page->undoStack()->redo();
    QCOMPARE(page->session()->model(), edited);

    // A clean quit (Discard) leaves nothing behind.
    answers.choice = ui::UnsavedChoice::Discard;
    QVERIFY(window.close());
    QVERIFY(!QFile::exists(autosave));
}

void TestMainWindow::autosaveDeclinedIsDeleted()
{
    const QString path = demoCopy();
    const QString autosave = ui::ModelAutosave::fileFor(path);
    {
        Answers answers;
        ui::MainWindow window;
        openWindow(window, path, answers);
        window.unsavedEditsGuard()->autosave()->setDelay(10);
        QSignalSpy written(window.unsavedEditsGuard()->autosave(), &ui::ModelAutosave::written);
        edit(designer(window));
        QVERIFY(written.wait(10000));
    }
    Answers answers;
    answers.restore = false;
    ui::MainWindow window;
    QSignalSpy offered(window.unsavedEditsGuard(), &ui::UnsavedEditsGuard::autosaveOffered);
    openWindow(window, path, answers);
    QTRY_COMPARE_WITH_TIMEOUT(offered.count(), 1, 10000);
    QCOMPARE(offered.at(0).at(0).toBool(), false);
    QVERIFY(!designer(window)->isDirty());
    QCOMPARE(designer(window)->undoStack()->count(), 0);
    QVERIFY(!QFile::exists(autosave));

    // Saving a version removes the autosave; one equal to the model the workspace opens on (here: a
    // copy kept from before the save) is removed without a question.
    window.unsavedEditsGuard()->autosave()->setDelay(10);
    QSignalSpy written(window.unsavedEditsGuard()->autosave(), &ui::ModelAutosave::written);
    edit(designer(window));
    QVERIFY(written.wait(10000));
    const QString kept = m_dir.filePath(QStringLiteral("kept-autosave.json"));
    QFile::remove(kept);
    QVERIFY(QFile::copy(autosave, kept));
    QVERIFY(designer(window)->saveVersion(QStringLiteral("kept")));
    QVERIFY(!QFile::exists(autosave));
    QVERIFY(QFile::rename(kept, autosave));
    Answers again;
    ui::MainWindow reopened;
    QSignalSpy reoffered(reopened.unsavedEditsGuard(), &ui::UnsavedEditsGuard::autosaveOffered);
    openWindow(reopened, path, again);
    QVERIFY(!QFile::exists(autosave));
    QCOMPARE(reoffered.count(), 0);
    QVERIFY(again.restoreOffers.isEmpty());
}

void TestMainWindow::recentMenuTellsSameNamesApart()
{
    const QString alpha = demoCopy(QStringLiteral("alpha/data/demo.tierlab"));
    const QString beta = demoCopy(QStringLiteral("beta/data/demo.tierlab"));
    QVERIFY(QFile::link(alpha, m_dir.filePath(QStringLiteral("link.tierlab"))));
    ui::MainWindow window;
    QVERIFY(window.openWorkspace(alpha));
    QVERIFY(window.openWorkspace(beta));
    // The same file again, spelt differently: still one entry each.
    QVERIFY(window.openWorkspace(m_dir.filePath(QStringLiteral("alpha/data/../data/demo.tierlab"))));
    QVERIFY(window.openWorkspace(m_dir.filePath(QStringLiteral("link.tierlab"))));
    QTRY_VERIFY_WITH_TIMEOUT(!window.isBusy(), 30000);
    const QStringList paths = ui::RecentWorkspaces::paths();
    QCOMPARE(paths, (QStringList{ui::RecentWorkspaces::canonical(alpha), ui::RecentWorkspaces::canonical(beta)}));
    auto *recent = window.findChild<QMenu *>(QStringLiteral("recentMenu"));
    QVERIFY(recent);
    const QList<QAction *> actions = recent->actions();
    QCOMPARE(actions.size(), 2);
    QCOMPARE(actions[0]->text(), QStringLiteral("&1 demo.tierlab — alpha") + QDir::separator() + QStringLiteral("data"));
    QCOMPARE(actions[1]->text(), QStringLiteral("&2 demo.tierlab — beta") + QDir::separator() + QStringLiteral("data"));
    QCOMPARE(actions[0]->toolTip(), QDir::toNativeSeparators(ui::RecentWorkspaces::canonical(alpha)));
    QCOMPARE(actions[1]->statusTip(), QDir::toNativeSeparators(ui::RecentWorkspaces::canonical(beta)));
    QVERIFY(recent->toolTipsVisible());

    if (const QString dir = qEnvironmentVariable("TIERLAB_UI_SHOTS"); !dir.isEmpty()) {
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *file = qobject_cast<QMenu *>(action(window, "openWorkspaceAction")->associatedObjects().constFirst());
        QVERIFY(file);
        file->popup(window.mapToGlobal(QPoint(10, 30)));
        QTRY_VERIFY(file->isVisible());
        QVERIFY(file->grab().save(dir + QStringLiteral("/file-menu.png")));
        recent->popup(file->mapToGlobal(QPoint(file->width(), 30)));
        QTRY_VERIFY(recent->isVisible());
        QVERIFY(recent->grab().save(dir + QStringLiteral("/recent-menu.png")));
        recent->hide();
        file->hide();
    }
}

void TestMainWindow::saveModelFileAddsJson()
{
    const QString path = demoCopy();
    Answers answers;
    ui::MainWindow window;
    openWindow(window, path, answers);
    const QString target = m_dir.filePath(QStringLiteral("saved-model"));
    QFile::remove(target + QStringLiteral(".json"));
    action(window, "saveModelFileAction")->trigger();
    QPointer<QFileDialog> dialog = window.findChild<QFileDialog *>(QStringLiteral("saveModelFileDialog"));
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->defaultSuffix(), QStringLiteral("json"));
    // Typed into the dialog (it opens in the workspace's folder) without a suffix, then Enter.
    QCOMPARE(QFileInfo(dialog->directory().absolutePath()).canonicalFilePath(), QFileInfo(m_dir.path()).canonicalFilePath());
    auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
    QVERIFY(name);
    name->clear();
    QTest::keyClicks(name, QStringLiteral("saved-model"));
    QTest::keyClick(name, Qt::Key_Return);
    QTRY_VERIFY(!dialog);   // accepted, and it deletes itself
    QVERIFY(QFile::exists(target + QStringLiteral(".json")));
    QVERIFY(!QFile::exists(target));
    auto written = ModelFile::load(target + QStringLiteral(".json"));
    QVERIFY(written);
    QCOMPARE(written->categories.size(), designer(window)->session()->model().categories.size());

    // The programmatic path too; a name that has a suffix keeps it.
    const QString plain = m_dir.filePath(QStringLiteral("plain-model"));
    QVERIFY(designer(window)->saveModelFile(plain));
    QVERIFY(QFile::exists(plain + QStringLiteral(".json")));
    const QString other = m_dir.filePath(QStringLiteral("other.model"));
    QVERIFY(designer(window)->saveModelFile(other));
    QVERIFY(QFile::exists(other));
}

void TestMainWindow::keyboardShortcutsFromMenus()
{
    ui::MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    action(window, "keyboardShortcutsAction")->trigger();
    auto *dialog = window.findChild<ui::ShortcutsDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    const QList<ui::ShortcutsDialog::Entry> entries = dialog->shownEntries();
    const QString ctrlO = QKeySequence(QKeySequence::Open).toString(QKeySequence::NativeText);
    QCOMPARE(ctrlO, QStringLiteral("Ctrl+O"));
    const auto has = [&entries](const QString &menu, const QString &command, const QString &shortcut) {
        return std::any_of(entries.begin(), entries.end(), [&](const ui::ShortcutsDialog::Entry &e) {
            return e.menu == menu && e.command == command && e.shortcut == shortcut;
        });
    };
    QVERIFY(has(QStringLiteral("File"), QStringLiteral("Open Workspace…"), ctrlO));
    QVERIFY(has(QStringLiteral("File"), QStringLiteral("Import…"), QStringLiteral("Ctrl+I")));
    QVERIFY(has(QStringLiteral("View"), QStringLiteral("Model designer"), QStringLiteral("Ctrl+3")));
    QVERIFY(has(QStringLiteral("Help"), QStringLiteral("Getting Started"), QKeySequence(QKeySequence::HelpContents).toString(QKeySequence::NativeText)));
    // Every menu action with a shortcut is listed, and nothing else.
    int withShortcut = 0;
    for (QMenu *menu : window.menuBar()->findChildren<QMenu *>()) {
        for (QAction *a : menu->actions()) {
            if (!a->menu() && !a->shortcut().isEmpty())
                ++withShortcut;
        }
    }
    QCOMPARE(int(entries.size()), withShortcut);
    QTreeWidget *tree = dialog->tree();
    int rows = 0;
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        rows += tree->topLevelItem(i)->childCount();
    QCOMPARE(rows, int(entries.size()));
    if (const QString dir = qEnvironmentVariable("TIERLAB_UI_SHOTS"); !dir.isEmpty())
        QVERIFY(dialog->grab().save(dir + QStringLiteral("/keyboard-shortcuts.png")));
    dialog->close();
    QTRY_VERIFY(!window.findChild<ui::ShortcutsDialog *>());
}

void TestMainWindow::gettingStartedShowsReadme()
{
    ui::MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    action(window, "gettingStartedAction")->trigger();
    auto *dialog = window.findChild<ui::GettingStartedDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    // The README of this source tree, its walkthrough sections.
    QFile readme(QStringLiteral(TIERLAB_SOURCE_DIR "/README.md"));
    QVERIFY(readme.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(readme.readAll());
    QCOMPARE(dialog->markdown(), ui::GettingStartedDialog::walkthrough(text));
    QVERIFY(dialog->markdown().startsWith(QStringLiteral("## What it does")));
    QVERIFY(!dialog->markdown().contains(QStringLiteral("## Command line")));
    QVERIFY(!dialog->markdown().contains(QStringLiteral("<!--")));
    const QString shown = dialog->browser()->toPlainText();
    QVERIFY(shown.contains(QStringLiteral("From raw exports to a back-test")));
    QVERIFY(shown.contains(QStringLiteral("The model designer")));
    // Every command of the demo walkthrough, as the README has it.
    const qsizetype block = text.indexOf(QStringLiteral("<!-- walkthrough: demo-raw -->"));
    QVERIFY(block > 0);
    const qsizetype from = text.indexOf(QStringLiteral("```\n"), block) + 4;
    const QStringList commands = text.mid(from, text.indexOf(QStringLiteral("```"), from) - from).split(u'\n', Qt::SkipEmptyParts);
    QVERIFY(commands.size() > 5);
    for (const QString &command : commands)
        QVERIFY2(shown.contains(command), qPrintable(command));
    // The designer's screenshot is embedded, fitted to the dialog.
    QVERIFY(dialog->markdown().contains(QStringLiteral("](qrc:/help/docs/screenshots/designer-1366x768.png)")));
    if (const QString dir = qEnvironmentVariable("TIERLAB_UI_SHOTS"); !dir.isEmpty()) {
        QVERIFY(dialog->grab().save(dir + QStringLiteral("/getting-started.png")));
        dialog->browser()->verticalScrollBar()->setValue(dialog->browser()->verticalScrollBar()->maximum() / 2);
        QVERIFY(dialog->grab().save(dir + QStringLiteral("/getting-started-2.png")));
    }
}

// The real questions (message boxes), answered by a click once they are up; TIERLAB_UI_SHOTS keeps them.
void TestMainWindow::questionScreenshots()
{
    const QString dir = qEnvironmentVariable("TIERLAB_UI_SHOTS");
    if (dir.isEmpty())
        QSKIP("set TIERLAB_UI_SHOTS to write the pictures");
    ui::MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const ui::UnsavedEditsPrompts dialogs = ui::UnsavedEditsGuard::dialogPrompts(&window);
    const auto answerWith = [](const QString &file, QMessageBox::StandardButton button) {
        QTimer::singleShot(0, [file, button] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box);
            QVERIFY(box->grab().save(file));
            box->button(button)->click();
        });
    };
    answerWith(dir + QStringLiteral("/unsaved-edits.png"), QMessageBox::Cancel);
    QCOMPARE(dialogs.unsavedEdits(ui::LeaveReason::Quit, QStringLiteral("Seed default")), ui::UnsavedChoice::Cancel);
    answerWith(dir + QStringLiteral("/unsaved-edits-open.png"), QMessageBox::Discard);
    QCOMPARE(dialogs.unsavedEdits(ui::LeaveReason::OpenWorkspace, QStringLiteral("Seed default")), ui::UnsavedChoice::Discard);
    answerWith(dir + QStringLiteral("/restore-autosave.png"), QMessageBox::No);
    QVERIFY(!dialogs.restoreAutosave(QDateTime::currentDateTime()));
}

void TestMainWindow::newDataRefreshesEveryPage_data()
{
    QTest::addColumn<QString>("trigger");
    QTest::addColumn<bool>("unsaved");
    QTest::newRow("View → Refresh") << "refresh" << false;
    QTest::newRow("a build, designer clean") << "build" << false;
    QTest::newRow("a build, unsaved designer edits") << "build" << true;
}

void TestMainWindow::newDataRefreshesEveryPage()
{
    QFETCH(QString, trigger);
    QFETCH(bool, unsaved);
    const QString path = demoCopy();
    Answers answers;
    ui::MainWindow window;
    openWindow(window, path, answers);
    QTRY_VERIFY_WITH_TIMEOUT(!window.isBusy(), 60000);
    auto *review = window.findChild<ui::ReviewPage *>();
    auto *backtest = window.findChild<ui::BacktestPage *>();
    auto *weeks = review->findChild<QComboBox *>(QStringLiteral("weekCombo"));
    QCOMPARE(weeks->count(), 8);
    QVERIFY(backtest->result());
    const std::int64_t outcomesBefore = backtest->result()->outcomes;
    ui::DesignerPage *page = designer(window);
    if (unsaved)
        edit(page);
    const double weight = page->session()->model().categories[0].weight;

    // Another writer adds a week (with a new account) and a churn: what an import or a build does.
    const QDate added(2026, 11, 9);
    {
        auto ws = Workspace::open(path);
        QVERIFY(ws);
        auto tickets = (*ws)->ensureSignal(SignalInfo{-1, QStringLiteral("open_tickets"), QString(), SignalType::Number, {}, {}});
        auto key = (*ws)->upsertAccount(AccountRecord{QStringLiteral("NEW-1"), {}, {}, {}, 1000.0, {}, {}});
        QVERIFY(tickets && key);
        SnapshotCodec::Builder b;
        b.addNumber(tickets->index, 3);
        QVERIFY((*ws)->putSnapshot(*key, QDate(2026, 11, 2), b.data()));
        QVERIFY((*ws)->putSnapshot(*key, added, b.data()));
        QVERIFY((*ws)->addOutcome(OutcomeRecord{QStringLiteral("NEW-1"), OutcomeKind::Churned, QDate(2026, 11, 5), kMissing, {}}));
    }
    QSignalSpy shown(backtest, &ui::BacktestPage::resultsShown);
    if (trigger == u"refresh")
        action(window, "refreshAction")->trigger();
    else
        Q_EMIT window.findChild<ui::SignalsPage *>()->workspaceChanged(path);
    QTRY_VERIFY_WITH_TIMEOUT(!window.isBusy(), 60000);
    // Every page has the new week: the review's weeks, the back-test's outcomes, the designer's dates.
    QCOMPARE(weeks->count(), 9);
    QCOMPARE(weeks->itemData(0).toDate(), added);
    QVERIFY(shown.count() >= 1);
    QCOMPARE(backtest->result()->outcomes, outcomesBefore + 1);
    auto *asOf = page->findChild<QComboBox *>(QStringLiteral("asOfCombo"));
    QVERIFY(asOf);
    QCOMPARE(asOf->count(), 9);
    QCOMPARE(page->asOf(), added);
    // Unsaved edits survive; a clean designer starts again from the data.
    QCOMPARE(page->isDirty(), unsaved);
    QCOMPARE(page->session()->model().categories[0].weight, weight);
    QCOMPARE(window.workspacePath(), QFileInfo(path).absoluteFilePath());
}

void TestMainWindow::presentationShowsThePageAlone_data()
{
    QTest::addColumn<QSize>("size");
    QTest::newRow("1366x768") << QSize(1366, 768);
    QTest::newRow("1920x1080") << QSize(1920, 1080);
}

void TestMainWindow::presentationShowsThePageAlone()
{
    QFETCH(QSize, size);
    Answers answers;
    ui::MainWindow window;
    window.resize(size);
    openWindow(window, demoCopy(), answers);
    QVERIFY(window.showPage(QStringLiteral("review")));
    QTRY_VERIFY_WITH_TIMEOUT(!window.isBusy(), 60000);
    auto *review = window.findChild<ui::ReviewPage *>();
    auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigation"));
    auto *controls = review->findChild<QWidget *>(QStringLiteral("reviewControls"));
    auto *movers = review->findChild<QTableWidget *>(QStringLiteral("moversTable"));
    QVERIFY(navigation && controls && movers);
    QVERIFY(movers->rowCount() > 0);

    review->setPresentation(true);
    QVERIFY(!window.menuBar()->isVisible());
    QVERIFY(!window.statusBar()->isVisible());
    QVERIFY(!navigation->isVisible());
    QVERIFY(!controls->isVisible());
    QVERIFY(review->isVisible());
    // Every mover row shows: the table is as tall as its rows and never scrolls itself.
    QCOMPARE(movers->verticalScrollBarPolicy(), Qt::ScrollBarAlwaysOff);
    QVERIFY(movers->viewport()->height() >= movers->verticalHeader()->length());

    QTest::keyClick(review, Qt::Key_Escape);
    QVERIFY(!review->isPresentation());
    QVERIFY(window.menuBar()->isVisible());
    QVERIFY(window.statusBar()->isVisible());
    QVERIFY(navigation->isVisible());
    QVERIFY(controls->isVisible());
    QCOMPARE(movers->verticalScrollBarPolicy(), Qt::ScrollBarAsNeeded);
}

void TestMainWindow::publishedModelIsTheDefault()
{
    const QString path = demoCopy();
    auto seed = ModelFile::load(QStringLiteral(TIERLAB_SOURCE_DIR "/resources/models/seed-default.json"));
    QVERIFY(seed);
    {
        auto ws = Workspace::open(path);
        QVERIFY(ws);
        Model old = *seed;
        old.name = QStringLiteral("Old");
        Model newer = *seed;
        newer.name = QStringLiteral("Newer");
        newer.categories[0].weight += 10;
        auto id = (*ws)->saveModel(QStringLiteral("Old"), QString::fromUtf8(ModelFile::toJson(old)));
        QVERIFY(id && (*ws)->saveModel(QStringLiteral("Newer"), QString::fromUtf8(ModelFile::toJson(newer))));
        QVERIFY((*ws)->publishModel(*id));
    }
    Answers answers;
    ui::MainWindow window;
    openWindow(window, path, answers);
    QTRY_VERIFY_WITH_TIMEOUT(!window.isBusy(), 60000);
    auto *review = window.findChild<ui::ReviewPage *>();
    auto *backtest = window.findChild<ui::BacktestPage *>();
    // The published version, not the newest, is what the review and the back-test use.
    QCOMPARE(review->modelLabel(), QStringLiteral("Published: Old"));
    QCOMPARE(review->model().name, QStringLiteral("Old"));
    QCOMPARE(backtest->modelLabel(), QStringLiteral("Published: Old"));
    QCOMPARE(backtest->model().name, QStringLiteral("Old"));

    // A version saved in the designer is in both lists at once; the choice stays on the published one.
    ui::DesignerPage *page = designer(window);
    edit(page);
    QVERIFY(page->saveVersion(QStringLiteral("Mine")));
    for (ui::ModelChooser *chooser : {review->modelChooser(), backtest->modelChooser()}) {
        QVERIFY(chooser->findText(QStringLiteral("Mine (saved "), Qt::MatchStartsWith) > 0);
        QCOMPARE(chooser->label(), QStringLiteral("Published: Old"));
    }
    // Published from the designer: both pages follow and run again with it.
    QVERIFY(page->publishVersion(window.workspaceSession()->versions().front().id));
    QTRY_VERIFY_WITH_TIMEOUT(!window.isBusy(), 60000);
    QCOMPARE(review->modelLabel(), QStringLiteral("Published: Mine"));
    QCOMPARE(review->model(), page->session()->model());
    QCOMPARE(backtest->modelLabel(), QStringLiteral("Published: Mine"));
    QCOMPARE(backtest->model(), page->session()->model());
    QVERIFY(backtest->result());
}

void TestMainWindow::designerModelIsTheDefaultUntilSaved()
{
    // A workspace with nothing saved or published, opened with a model file (`tierlab --model`): every
    // page's chooser starts on that model, not on a seed whose signals the workspace may not have.
    const QString path = demoCopy();
    const QString file = m_dir.filePath(QStringLiteral("simple-%1.json").arg(QFileInfo(path).baseName()));
    auto simple = ModelFile::load(QStringLiteral(TIERLAB_SOURCE_DIR "/resources/models/seed-simple.json"));
    QVERIFY(simple);
    QVERIFY(ModelFile::save(*simple, file));
    Answers answers;
    ui::MainWindow window;
    openWindow(window, path, answers);
    QVERIFY(window.openModelFile(file));
    QTRY_VERIFY_WITH_TIMEOUT(!window.isBusy(), 60000);
    auto *review = window.findChild<ui::ReviewPage *>();
    auto *account = window.findChild<ui::AccountPage *>();
    for (ui::ModelChooser *chooser : {review->modelChooser(), account->modelChooser()}) {
        QCOMPARE(chooser->currentKey(), QStringLiteral("designer"));
        QCOMPARE(chooser->model(), *simple);
    }
    QCOMPARE(review->model(), *simple);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
