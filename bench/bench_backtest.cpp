// backtest_*: the back-test and calibration on the demo portfolio (104 weekly snapshots) with the
// built-in default model.
//   history_load            decoding every snapshot into memory once (SnapshotHistory::load, one connection
//                           per core); history_mb and bytes_per_account_week: what the compact history holds
//   history_load_1thread    the same on the calling thread only
//   backtest_history        the full back-test on the history in memory, as it re-runs when the model
//                           changes: outcome snapshots, lead time over the weekly history, trajectory,
//                           1000 bootstrap resamples, diagnostics and the miss lists (target ≤ 1 s at 100 k)
//   backtest_history_cold   the same streaming one snapshot at a time from the workspace file (low memory)
//   backtest_cli            what `tierlab backtest` does: the history loaded on every core, then the back-test
//   history_load_cached     reading the history back from its cache file (HistoryCache; written once by
//                           a load first, which is history_cache_write: decoding plus writing the file)
//   backtest_cli_cached     what `tierlab backtest` does the second time: the history from the cache, then
//                           the back-test (target ≤ 3 s at 100 k, issue 13)
//   backtest_eval           the evaluation only (no lead time, trajectory or bootstrap), history in memory
//   calibrate               the default calibration (AUC objective, 70/30 split by date), history in memory
#include "benchharness.h"

// bench/ is built without QT_NO_KEYWORDS, and Model has a member named `signals`.
#include <QObject>
#undef signals

#include "analysis/backtest.h"
#include "analysis/calibration.h"
#include "analysis/historycache.h"
#include "analysis/snapshothistory.h"
#include "demo/demogenerator.h"
#include "model/modelfile.h"
#include "store/workspace.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>

#include <algorithm>
#include <cstdio>
#include <thread>

namespace {

using namespace tierlab;
using namespace tierlab::bench;

double peakRssMb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return 0;
}

std::vector<BenchResult> benchBacktest(std::int64_t accounts, const BenchOptions &options)
{
    const int runs = options.runs > 0 ? options.runs : 3;
    const QString path = QDir(options.workDir).filePath(QStringLiteral("bench-backtest-%1.tierlab").arg(accounts));
    const bool reuse = options.keepInputs && QFile::exists(path);
    if (!reuse) {
        for (const char *suffix : {"", "-journal", "-wal", "-shm"})
            QFile::remove(path + QLatin1StringView(suffix));
    }
    DemoOptions demo;
    demo.accounts = int(accounts);
    if (!reuse) {
        if (auto r = DemoGenerator::generateFile(path, demo); !r) {
            std::fprintf(stderr, "backtest: %s\n", qPrintable(r.error().message));
            return {};
        }
    }
    auto model = ModelFile::load(QStringLiteral(":/models/seed-default.json"));
    auto ws = Workspace::open(path);
    if (!model || !ws) {
        std::fprintf(stderr, "backtest: cannot load the model or the workspace\n");
        return {};
    }

    const double rssBefore = peakRssMb();
    std::shared_ptr<const SnapshotHistory> history;
    const double load = medianMs(1, [&] {
        auto h = SnapshotHistory::load(**ws);
        if (h)
            history = std::move(*h);
    }, false);
    if (!history) {
        std::fprintf(stderr, "backtest: cannot load the history\n");
        return {};
    }
    const double rssHistory = peakRssMb() - rssBefore;
    const double loadOneThread = medianMs(1, [&] {
        HistoryLoadOptions one;
        one.threads = 1;
        (void)SnapshotHistory::load(**ws, one);
    }, false);
    std::int64_t cliN = -1;
    const double cli = medianMs(1, [&] {
        auto h = SnapshotHistory::load(**ws);
        if (!h)
            return;
        auto r = Backtest::run(**h, *model);
        if (r)
            cliN = r->n;
    }, false);

    // The cache in the bench's folder, not the user's: written by one load, read by the next.
    HistoryLoadOptions cacheOptions;
    cacheOptions.cacheDirectory = QDir(options.workDir).filePath(QStringLiteral("history-cache"));
    cacheOptions.cacheMinRows = 0;
    QFile::remove(HistoryCache::fileFor(cacheOptions.cacheDirectory, path));
    const double cacheWrite = medianMs(1, [&] { (void)SnapshotHistory::load(**ws, cacheOptions); }, false);
    bool fromCache = false;
    const double loadCached = medianMs(runs, [&] {
        auto h = SnapshotHistory::load(**ws, cacheOptions);
        fromCache = h && (*h)->fromCache();
    });
    std::int64_t cachedN = -1;
    const double cliCached = medianMs(runs, [&] {
        auto h = SnapshotHistory::load(**ws, cacheOptions);
        if (!h)
            return;
        auto r = Backtest::run(**h, *model);
        if (r)
            cachedN = r->n;
    });
    const qint64 cacheBytes = QFileInfo(HistoryCache::fileFor(cacheOptions.cacheDirectory, path)).size();

    BacktestResult last;
    const double full = medianMs(runs, [&] {
        auto r = Backtest::run(*history, *model);
        if (r)
            last = std::move(*r);
    });
    BacktestOptions evalOnly;
    evalOnly.leadTime = false;
    evalOnly.trajectory = false;
    evalOnly.bootstrapResamples = 0;
    const double eval = medianMs(runs, [&] { (void)Backtest::run(*history, *model, evalOnly); });
    std::int64_t coldN = -1;
    const double cold = medianMs(1, [&] {
        auto r = Backtest::run(**ws, *model);
        if (r)
            coldN = r->n;
    }, false);
    int evaluations = 0;
    double testBefore = 0, testAfter = 0;
    std::int64_t trainN = 0;
    const double calibrate = medianMs(std::max(1, runs / 2), [&] {
        auto r = Calibration::run(*history, *model);
        if (r) {
            evaluations = r->evaluations;
            testBefore = r->testBefore.auc.auc;
            testAfter = r->testAfter.auc.auc;
            trainN = r->train.n;
        }
    }, false);
    const std::size_t historyBytes = history->memoryBytes();
    std::size_t rowsHeld = 0;
    for (std::size_t w = 0; w < history->dates().size(); ++w)
        rowsHeld += history->weekSize(w);
    history.reset();
    ws->reset();
    QDir(cacheOptions.cacheDirectory).removeRecursively();
    if (!options.keepInputs) {
        for (const char *suffix : {"", "-journal", "-wal", "-shm"})
            QFile::remove(path + QLatin1StringView(suffix));
    }

    BenchResult h{QStringLiteral("history_load"), accounts, load, 1, {}};
    h.extra.insert(QStringLiteral("weeks"), demo.weeks);
    h.extra.insert(QStringLiteral("history_mb"), double(historyBytes) / (1024.0 * 1024.0));
    h.extra.insert(QStringLiteral("rss_growth_mb"), rssHistory);
    h.extra.insert(QStringLiteral("account_weeks"), double(rowsHeld));
    h.extra.insert(QStringLiteral("bytes_per_account_week"), rowsHeld ? double(historyBytes) / double(rowsHeld) : 0.0);
    h.extra.insert(QStringLiteral("threads"), int(std::clamp(std::thread::hardware_concurrency(), 1u, 4u)));
    BenchResult h1{QStringLiteral("history_load_1thread"), accounts, loadOneThread, 1, {}};
    BenchResult cl{QStringLiteral("backtest_cli"), accounts, cli, 1, {}};
    cl.extra.insert(QStringLiteral("same_n"), cliN == last.n);
    BenchResult hw{QStringLiteral("history_cache_write"), accounts, cacheWrite, 1, {}};
    hw.extra.insert(QStringLiteral("file_mb"), double(cacheBytes) / (1024.0 * 1024.0));
    BenchResult hc{QStringLiteral("history_load_cached"), accounts, loadCached, runs, {}};
    hc.extra.insert(QStringLiteral("from_cache"), fromCache);
    BenchResult cc{QStringLiteral("backtest_cli_cached"), accounts, cliCached, runs, {}};
    cc.extra.insert(QStringLiteral("same_n"), cachedN == last.n);
    BenchResult a{QStringLiteral("backtest_history"), accounts, full, runs, {}};
    a.extra.insert(QStringLiteral("weeks"), demo.weeks);
    a.extra.insert(QStringLiteral("n"), double(last.n));
    a.extra.insert(QStringLiteral("positives"), double(last.positives));
    a.extra.insert(QStringLiteral("auc"), last.metrics.auc.auc);
    a.extra.insert(QStringLiteral("snapshots_used"), double(last.snapshotsUsed.size()));
    BenchResult c0{QStringLiteral("backtest_history_cold"), accounts, cold, 1, {}};
    c0.extra.insert(QStringLiteral("same_n"), coldN == last.n);
    BenchResult b{QStringLiteral("backtest_eval"), accounts, eval, runs, {}};
    BenchResult c{QStringLiteral("calibrate"), accounts, calibrate, std::max(1, runs / 2), {}};
    c.extra.insert(QStringLiteral("outcomes"), double(last.n));
    c.extra.insert(QStringLiteral("train_n"), double(trainN));
    c.extra.insert(QStringLiteral("evaluations"), evaluations);
    c.extra.insert(QStringLiteral("test_auc_before"), testBefore);
    c.extra.insert(QStringLiteral("test_auc_after"), testAfter);
    return {h, h1, hw, hc, a, c0, cl, cc, b, c};
}

} // namespace

TIERLAB_BENCH_CASE("backtest", (std::vector<std::int64_t>{2000, 100000}), benchBacktest);
