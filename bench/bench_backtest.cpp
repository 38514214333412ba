// backtest_*: the back-test and calibration on the demo portfolio (104 weekly snapshots) with the
// built-in default model.
//   backtest_history  the full back-test: outcome snapshots, lead time over the weekly history,
//                     trajectory, 1000 bootstrap resamples, diagnostics and the miss lists.
//   backtest_eval     the evaluation only (no lead time, trajectory or bootstrap).
//   calibrate         the default calibration (AUC objective, 70/30 split by date).
#include "benchharness.h"

// bench/ is built without QT_NO_KEYWORDS, and Model has a member named `signals`.
#include <QObject>
#undef signals

#include "analysis/backtest.h"
#include "analysis/calibration.h"
#include "demo/demogenerator.h"
#include "model/modelfile.h"
#include "store/workspace.h"

#include <QDir>
#include <QFile>
#include <QJsonObject>

#include <cstdio>

namespace {

using namespace tierlab;
using namespace tierlab::bench;

std::vector<BenchResult> benchBacktest(std::int64_t accounts, const BenchOptions &options)
{
    const int runs = options.runs > 0 ? options.runs : 3;
    const QString path = QDir(options.workDir).filePath(QStringLiteral("bench-backtest-%1.tierlab").arg(accounts));
    for (const char *suffix : {"", "-journal", "-wal", "-shm"})
        QFile::remove(path + QLatin1StringView(suffix));
    DemoOptions demo;
    demo.accounts = int(accounts);
    if (auto r = DemoGenerator::generateFile(path, demo); !r) {
        std::fprintf(stderr, "backtest: %s\n", qPrintable(r.error().message));
        return {};
    }
    auto model = ModelFile::load(QStringLiteral(":/models/seed-default.json"));
    auto ws = Workspace::open(path);
    if (!model || !ws) {
        std::fprintf(stderr, "backtest: cannot load the model or the workspace\n");
        return {};
    }
    BacktestResult last;
    const double full = medianMs(runs, [&] {
        auto r = Backtest::run(**ws, *model);
        if (r)
            last = std::move(*r);
    }, false);
    BacktestOptions evalOnly;
    evalOnly.leadTime = false;
    evalOnly.trajectory = false;
    evalOnly.bootstrapResamples = 0;
    const double eval = medianMs(runs, [&] { (void)Backtest::run(**ws, *model, evalOnly); }, false);
    int evaluations = 0;
    double testBefore = 0, testAfter = 0;
    const double calibrate = medianMs(std::max(1, runs / 2), [&] {
        auto r = Calibration::run(**ws, *model);
        if (r) {
            evaluations = r->evaluations;
            testBefore = r->testBefore.auc.auc;
            testAfter = r->testAfter.auc.auc;
        }
    }, false);
    ws->reset();
    for (const char *suffix : {"", "-journal", "-wal", "-shm"})
        QFile::remove(path + QLatin1StringView(suffix));

    BenchResult a{QStringLiteral("backtest_history"), accounts, full, runs, {}};
    a.extra.insert(QStringLiteral("weeks"), demo.weeks);
    a.extra.insert(QStringLiteral("n"), double(last.n));
    a.extra.insert(QStringLiteral("auc"), last.metrics.auc.auc);
    BenchResult b{QStringLiteral("backtest_eval"), accounts, eval, runs, {}};
    b.extra.insert(QStringLiteral("snapshots_used"), double(last.snapshotsUsed.size()));
    BenchResult c{QStringLiteral("calibrate"), accounts, calibrate, std::max(1, runs / 2), {}};
    c.extra.insert(QStringLiteral("evaluations"), evaluations);
    c.extra.insert(QStringLiteral("test_auc_before"), testBefore);
    c.extra.insert(QStringLiteral("test_auc_after"), testAfter);
    return {a, b, c};
}

} // namespace

TIERLAB_BENCH_CASE("backtest", (std::vector<std::int64_t>{2000, 20000}), benchBacktest);
