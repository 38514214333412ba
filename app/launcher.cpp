#include "launcher.h"

#include "cli/clicommand.h"
#include "cli/workspacecli.h"
#include "demo/demogenerator.h"
#include "store/workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QSize>
#include <QStandardPaths>
#include <QTranslator>

#ifdef TIERLAB_HAS_UI
#include "mainwindow.h"
#include "recentworkspaces.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QStatusBar>
#include <QTimer>
#endif

namespace tierlab::app {

namespace {

bool hasDisplay()
{
    if (!qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        return true;
    // An explicit platform plugin (offscreen, vnc, eglfs…) needs no X or Wayland display.
    return !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
}

struct WindowOptions
{
    QString workspace;
    QString model;
    QString screenshot;
    QString page;
    QString account;
    QSize size;
};

Result<WindowOptions> parseOptions(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption workspaceOpt(QStringLiteral("workspace"), QCoreApplication::translate("Launcher", "The workspace to open."), QStringLiteral("FILE"));
    const QCommandLineOption modelOpt(QStringLiteral("model"), QCoreApplication::translate("Launcher", "A model file to load."), QStringLiteral("FILE"));
    const QCommandLineOption screenshotOpt(QStringLiteral("screenshot"), QCoreApplication::translate("Launcher", "Render offscreen, save a PNG and exit."),
                                           QStringLiteral("OUT.png"));
    const QCommandLineOption pageOpt(QStringLiteral("page"), QCoreApplication::translate("Launcher", "The page to show."), QStringLiteral("NAME"));
    const QCommandLineOption sizeOpt(QStringLiteral("size"), QCoreApplication::translate("Launcher", "Window size, e.g. 1366x768."), QStringLiteral("WxH"));
    const QCommandLineOption accountOpt(QStringLiteral("account"), QCoreApplication::translate("Launcher", "The account view of this account id."),
                                        QStringLiteral("ID"));
    parser.addOptions({workspaceOpt, modelOpt, screenshotOpt, pageOpt, sizeOpt, accountOpt});
    if (!parser.parse(args))
        return fail(parser.errorText());
    if (!parser.positionalArguments().isEmpty())
        return fail(QCoreApplication::translate("Launcher", "unexpected argument \"%1\" (see tierlab --help)")
                        .arg(parser.positionalArguments().first()));
    WindowOptions o;
    o.workspace = parser.value(workspaceOpt);
    o.model = parser.value(modelOpt);
    o.screenshot = parser.value(screenshotOpt);
    o.page = parser.value(pageOpt);
    o.account = parser.value(accountOpt);
    if (parser.isSet(sizeOpt)) {
        const QStringList wh = parser.value(sizeOpt).split(u'x');
        const int w = wh.size() == 2 ? wh[0].toInt() : 0;
        const int h = wh.size() == 2 ? wh[1].toInt() : 0;
        if (w < 200 || h < 150 || w > 10000 || h > 10000)
            return fail(QCoreApplication::translate("Launcher", "--size: expected WIDTHxHEIGHT such as 1366x768, got \"%1\"").arg(parser.value(sizeOpt)));
        o.size = QSize(w, h);
    }
    return o;
}

#ifdef TIERLAB_HAS_UI
// No --workspace: the workspace opened last (File → Open Recent's first entry), else the demo portfolio,
// generated the first time. When the last workspace is gone or cannot be opened, the demo, and `notice`
// says why.
Result<void> openLastWorkspace(ui::MainWindow &window, QString *notice)
{
    const QString last = ui::RecentWorkspaces::mostRecent();
    if (!last.isEmpty()) {
        if (!QFileInfo::exists(last)) {
            *notice = QCoreApplication::translate("Launcher", "The last workspace, %1, no longer exists: opened the demo portfolio.")
                          .arg(QDir::toNativeSeparators(last));
        } else if (auto opened = window.openWorkspace(last); !opened) {
            *notice = QCoreApplication::translate("Launcher", "The last workspace cannot be opened (%1): opened the demo portfolio.")
                          .arg(opened.error().message);
        } else {
            return {};
        }
    }
    auto made = ensureDefaultWorkspace();
    if (!made)
        return std::unexpected(made.error());
    return window.openWorkspace(*made);
}
#endif

} // namespace

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Tierlab"));
    QCoreApplication::setApplicationName(QStringLiteral("Tierlab"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TIERLAB_VERSION));
}

void installTranslator()
{
    auto *translator = new QTranslator(QCoreApplication::instance());
    // The locale's translation; English, and a language without one, get the English plural forms
    // (tierlab_en: "%n account(s)" reads "1 account", "2 accounts").
    if (translator->load(QLocale(), QStringLiteral("tierlab"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        || translator->load(QStringLiteral(":/i18n/tierlab_en.qm")))
        QCoreApplication::installTranslator(translator);
}

QString defaultWorkspacePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/demo.tierlab");
}

Result<QString> ensureDefaultWorkspace()
{
    const QString path = defaultWorkspacePath();
    if (QFileInfo::exists(path))
        return path;
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return fail(QCoreApplication::translate("Launcher", "cannot create the folder %1")
                        .arg(QFileInfo(path).absolutePath()), Error::Code::Io);
    auto made = DemoGenerator::generateFile(path, DemoOptions{});
    if (!made)
        return std::unexpected(made.error());
    return path;
}

int runWindow(int argc, char *argv[])
{
    [[maybe_unused]] const bool display = hasDisplay();
    [[maybe_unused]] bool wantsScreenshot = false;
    for (int i = 1; i < argc; ++i)
        wantsScreenshot = wantsScreenshot || QByteArray(argv[i]).startsWith("--screenshot");
#ifdef TIERLAB_HAS_UI
    const bool canShowWindow = display || wantsScreenshot;
#else
    const bool canShowWindow = false;
#endif
    if (!canShowWindow) {
        QCoreApplication app(argc, argv);
        setApplicationIdentity();
    installTranslator();
        auto options = parseOptions(QCoreApplication::arguments());
        if (!options)
            return cli::failWith(options.error().message, 2);
#ifdef TIERLAB_HAS_UI
        cli::out() << QCoreApplication::translate("Launcher", "No display (neither DISPLAY nor WAYLAND_DISPLAY is set): printing the workspace summary instead.")
                   << Qt::endl;
#else
        cli::out() << QCoreApplication::translate("Launcher", "This build has no user interface: printing the workspace summary instead.") << Qt::endl;
#endif
        QString path = options->workspace;
        if (path.isEmpty()) {
            auto made = ensureDefaultWorkspace();
            if (!made)
                return cli::failWith(made.error().message);
            path = *made;
        }
        return cli::printWorkspaceSummary(path, false);
    }
#ifdef TIERLAB_HAS_UI
    if (wantsScreenshot && !display)
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    setApplicationIdentity();
    // The installed .desktop file's name: Wayland compositors match the window to its icon by it.
    QGuiApplication::setDesktopFileName(QStringLiteral(TIERLAB_APP_ID));
    installTranslator();
    auto options = parseOptions(QCoreApplication::arguments());
    if (!options)
        return cli::failWith(options.error().message, 2);
    ui::MainWindow window;
    if (!options->screenshot.isEmpty())
        window.unsavedEditsGuard()->setAutosaveEnabled(false);   // no question may block a screenshot
    QString notice;
    // Nobody can answer a dialog on the offscreen or minimal platform (a screenshot, a script).
    const bool interactive = options->screenshot.isEmpty() && QGuiApplication::platformName() != u"offscreen"
                             && QGuiApplication::platformName() != u"minimal";
    if (!options->workspace.isEmpty() && !interactive) {
        if (auto opened = window.openWorkspace(options->workspace); !opened)
            return cli::failWith(opened.error().message);
    } else if (!options->workspace.isEmpty()) {
        // In a window the reason is shown there (a terminal is rarely watched), with what to do next.
        if (!window.openWorkspaceAtStart(options->workspace, ensureDefaultWorkspace))
            return 1;
    } else if (auto opened = openLastWorkspace(window, &notice); !opened) {
        return cli::failWith(opened.error().message);
    }
    if (!notice.isEmpty()) {
        cli::err() << "tierlab: " << notice << Qt::endl;
        // In the status bar once the pages have loaded (their own messages come first).
        auto *timer = new QTimer(&window);
        timer->setInterval(200);
        QObject::connect(timer, &QTimer::timeout, &window, [&window, timer, notice] {
            if (window.isBusy())
                return;
            timer->stop();
            timer->deleteLater();
            window.statusBar()->showMessage(notice, 30000);
        });
        timer->start();
    }
    if (!options->model.isEmpty()) {
        if (auto loaded = window.openModelFile(options->model); !loaded)
            return cli::failWith(loaded.error().message);
    }
    if (!options->page.isEmpty() && !window.showPage(options->page))
        return cli::failWith(QCoreApplication::translate("Launcher", "--page: unknown page \"%1\" (pages: %2)")
                                 .arg(options->page, window.pageNames().join(QStringLiteral(", "))),
                             2);
    if (!options->account.isEmpty())
        window.showAccount(options->account);
    if (options->size.isValid())
        window.resize(options->size);
    if (!options->screenshot.isEmpty()) {
        window.show();
        // Pages load on workers: wait (bounded) until their data is shown before the grab.
        QElapsedTimer waited;
        waited.start();
        // Sleeps between events, woken at least every 100 ms: processEvents(flags, ms) would return at
        // once when nothing is pending and spin a core beside the workers it waits for.
        QTimer wake;
        wake.start(100);
        while (window.isBusy() && waited.elapsed() < 120000)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        QCoreApplication::processEvents();
        if (!window.grab().save(options->screenshot))
            return cli::failWith(QCoreApplication::translate("Launcher", "cannot write the screenshot %1")
                                     .arg(options->screenshot));
        cli::out() << QCoreApplication::translate("Launcher", "Saved %1").arg(options->screenshot) << Qt::endl;
        return 0;
    }
    window.show();
    return QApplication::exec();
#else
    return 0;
#endif
}

} // namespace tierlab::app
