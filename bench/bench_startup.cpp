// startup: the window on a whole demo workspace (offscreen), as a user opens it — the real MainWindow
// on the designer page, then the back-test and review pages shown too. From before the window is made:
//   startup_painted     the window's first paint
//   startup_designer    the designer shows the latest snapshot scored (not loading)
//   startup_headline    the designer's back-test headline shows its first figures
//   startup_idle        every page loaded (overview with coverage, designer, back-test, review)
// with the longest time the GUI thread did not run a 10 ms timer (gui_blocked_max_ms, ending at
// gui_blocked_at_ms) and the process's peak resident memory (peak_rss_mb). Run it alone (--filter
// startup) for a clean peak.
// The 100 k × 104-week demo is shared with the backtest case (bench-backtest-N.tierlab, --keep-inputs).
#include "benchharness.h"

#ifdef TIERLAB_HAS_UI
#include "analysis/historycache.h"
#include "demo/demogenerator.h"
#include "designer/backtestheadline.h"
#include "mainwindow.h"
#include "pages/designerpage.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QThreadPool>
#include <QTimer>

#include <cstdio>

namespace tierlab::bench {

namespace {

double peakRssMb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return 0;
}

// Records when the watched widget first painted.
class PaintWatch : public QObject
{
public:
    explicit PaintWatch(const QElapsedTimer &clock) : m_clock(clock) {}
    double paintedMs = -1;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && paintedMs < 0)
            paintedMs = double(m_clock.nsecsElapsed()) / 1e6;
        return QObject::eventFilter(watched, event);
    }

private:
    const QElapsedTimer &m_clock;
};

std::vector<BenchResult> benchStartup(std::int64_t accounts, const BenchOptions &options)
{
    if (!qobject_cast<QApplication *>(QCoreApplication::instance()))
        return {};
    const QString path = QDir(options.workDir).filePath(QStringLiteral("bench-backtest-%1.tierlab").arg(accounts));
    const bool reuse = options.keepInputs && QFile::exists(path);
    if (!reuse) {
        for (const char *suffix : {"", "-journal", "-wal", "-shm"})
            QFile::remove(path + QLatin1StringView(suffix));
        DemoOptions demo;
        demo.accounts = int(accounts);
        if (auto r = DemoGenerator::generateFile(path, demo); !r) {
            std::fprintf(stderr, "startup: %s\n", qPrintable(r.error().message));
            return {};
        }
    }

    // The session's history cache in the bench's folder unless TIERLAB_CACHE_DIR names one: the first
    // run decodes the history and writes the cache, the next reads it (history_cache_hit says which).
    if (!qEnvironmentVariableIsSet("TIERLAB_CACHE_DIR"))
        qputenv("TIERLAB_CACHE_DIR", QFile::encodeName(QDir(options.workDir).filePath(QStringLiteral("history-cache"))));
    const QString cacheDir = HistoryCache::defaultDirectory();
    const bool cacheHit = !cacheDir.isEmpty() && QFile::exists(HistoryCache::fileFor(cacheDir, path));

    // TIERLAB_BENCH_POOL=N: the global thread pool's size for this case (Qt's raster engine waits on
    // that pool while painting; what happens when long jobs fill it is what this shows).
    if (const int pool = qEnvironmentVariableIntValue("TIERLAB_BENCH_POOL"); pool > 0)
        QThreadPool::globalInstance()->setMaxThreadCount(pool);
    QElapsedTimer clock;
    clock.start();
    auto now = [&clock] { return double(clock.nsecsElapsed()) / 1e6; };
    // The GUI thread's longest stall: the gap between two runs of a 10 ms timer, less 10 ms.
    double blockedMax = 0, blockedAt = 0, lastTick = 0;
    QTimer ticker;
    ticker.setInterval(10);
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        const double t = now();
        if (t - lastTick - 10 > blockedMax) {
            blockedMax = t - lastTick - 10;
            blockedAt = t;   // when it ended: to find the culprit in a profile of the same run
        }
        lastTick = t;
    });

    double designerMs = -1, headlineMs = -1, idleMs = -1;
    PaintWatch paint(clock);
    {
        ui::MainWindow window;
        window.unsavedEditsGuard()->setAutosaveEnabled(false);
        window.installEventFilter(&paint);
        window.resize(1366, 768);
        if (auto opened = window.openWorkspace(path); !opened) {
            std::fprintf(stderr, "startup: %s\n", qPrintable(opened.error().message));
            return {};
        }
        window.showPage(QStringLiteral("designer"));
        window.show();
        lastTick = now();
        ticker.start();
        auto *designer = window.findChild<ui::DesignerPage *>();
        bool othersShown = false;
        while (now() < 180000) {
            // Sleeps until an event (the 10 ms ticker at the latest). processEvents(flags, ms) would not:
            // it returns at once when nothing is pending, and that loop took a whole core from the
            // workers of a 2-core machine (a third of the run's CPU, over a second of the headline).
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
            if (designerMs < 0 && designer && !designer->isLoading())
                designerMs = now();
            if (designerMs >= 0 && headlineMs < 0 && !designer->backtestHeadline()->isBusy())
                headlineMs = now();
            if (headlineMs >= 0 && !othersShown) {
                // The whole session: the back-test and review pages opened as well.
                window.showPage(QStringLiteral("backtest"));
                QCoreApplication::processEvents();
                window.showPage(QStringLiteral("review"));
                othersShown = true;
                continue;
            }
            if (othersShown && !window.isBusy()) {
                idleMs = now();
                break;
            }
        }
        ticker.stop();
    }
    const double peak = peakRssMb();

    auto result = [&](const char *name, double ms) {
        BenchResult r{QString::fromLatin1(name), accounts, ms, 1, {}};
        r.extra.insert(QStringLiteral("gui_blocked_max_ms"), blockedMax);
        r.extra.insert(QStringLiteral("gui_blocked_at_ms"), blockedAt);
        r.extra.insert(QStringLiteral("peak_rss_mb"), peak);
        r.extra.insert(QStringLiteral("history_cache_hit"), cacheHit);
        return r;
    };
    return {result("startup_painted", paint.paintedMs), result("startup_designer", designerMs),
            result("startup_headline", headlineMs), result("startup_idle", idleMs)};
}

} // namespace

TIERLAB_BENCH_CASE("startup", (std::vector<std::int64_t>{2000, 100000}), benchStartup);

} // namespace tierlab::bench
#endif
