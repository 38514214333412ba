// review_*: the weekly review on the demo portfolio with the built-in default model.
//   review_cold     a new HistoryScorer: loads and scores the 12 trend weeks (+ the 14-day and 4-week
//                   references, which fall inside them), then the review. What the page pays on open
//                   or on a model change ("re-score history").
//   review_filter   the same review again on the warm scorer with a CSM filter: what a filter change costs.
//   history_all     every as_of date of the workspace scored with one model (104 weeks).
//   history_all_memory  the same with the weeks taken from a SnapshotHistory (as the review page does).
#include "benchharness.h"

// bench/ is built without QT_NO_KEYWORDS, and Model has a member named `signals`: drop the keyword
// once Qt has defined it (its include guard keeps it from coming back).
#include <QObject>
#undef signals

#include "analysis/historyscorer.h"
#include "analysis/snapshothistory.h"
#include "analysis/review.h"
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

std::vector<BenchResult> benchReview(std::int64_t accounts, const BenchOptions &options)
{
    const int runs = options.runs > 0 ? options.runs : 5;
    const QString path = QDir(options.workDir).filePath(QStringLiteral("bench-review-%1.tierlab").arg(accounts));
    for (const char *suffix : {"", "-journal", "-wal", "-shm"})
        QFile::remove(path + QLatin1StringView(suffix));
    DemoOptions demo;
    demo.accounts = int(accounts);
    if (auto r = DemoGenerator::generateFile(path, demo); !r) {
        std::fprintf(stderr, "review: %s\n", qPrintable(r.error().message));
        return {};
    }
    auto model = ModelFile::load(QStringLiteral(":/models/seed-default.json"));
    auto ws = Workspace::open(path);
    if (!model || !ws) {
        std::fprintf(stderr, "review: cannot load the model or the workspace\n");
        return {};
    }
    std::size_t movers = 0;
    const double cold = medianMs(runs, [&] {
        HistoryScorer history(**ws);
        (void)history.setModel(*model);
        auto r = Review::compute(history, {});
        movers = r ? r->movers.size() : 0;
    });
    HistoryScorer warm(**ws);
    (void)warm.setModel(*model);
    ReviewOptions filtered;
    if (auto r = Review::compute(warm, {}); r && !r->csms.isEmpty())
        filtered.filter.csm = r->csms.front();
    const double filter = medianMs(runs, [&] { (void)Review::compute(warm, filtered); });
    const double all = medianMs(std::max(1, runs / 2), [&] {
        HistoryScorer history(**ws);
        (void)history.setModel(*model);
        auto dates = history.dates();
        if (dates)
            (void)history.scoreAll(*dates);
    }, false);
    // The same with the weeks taken from the decoded history the pages share (WorkspaceSession).
    std::shared_ptr<const SnapshotHistory> shared;
    if (auto h = SnapshotHistory::load(**ws))
        shared = *h;
    const double allMemory = medianMs(std::max(1, runs / 2), [&] {
        HistoryScorer history(**ws);
        history.setHistory(shared);
        (void)history.setModel(*model);
        auto dates = history.dates();
        if (dates)
            (void)history.scoreAll(*dates);
    }, false);
    shared.reset();
    ws->reset();
    QFile::remove(path);

    BenchResult a{QStringLiteral("review_cold"), accounts, cold, runs, {}};
    a.extra.insert(QStringLiteral("movers"), double(movers));
    BenchResult b{QStringLiteral("review_filter"), accounts, filter, runs, {}};
    BenchResult c{QStringLiteral("history_all"), accounts, all, std::max(1, runs / 2), {}};
    c.extra.insert(QStringLiteral("weeks"), demo.weeks);
    BenchResult d{QStringLiteral("history_all_memory"), accounts, allMemory, std::max(1, runs / 2), {}};
    d.extra.insert(QStringLiteral("weeks"), demo.weeks);
    return {a, b, c, d};
}

} // namespace

TIERLAB_BENCH_CASE("review", (std::vector<std::int64_t>{2000}), benchReview);
