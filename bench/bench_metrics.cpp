// Back-test metrics at scale. auc_tiers: ROC AUC plus the per-tier churn table over N scored
// accounts (continuous scores, so nearly every score is distinct: the sort is the whole cost), as
// Metrics::aucAndTierTable computes them (the table on the second core); sequential_ms is one
// after the other on one thread.
// auc_bootstrap: the 1,000-resample percentile CI of the AUC. Targets in docs/performance.md.
#include "benchharness.h"

#include "analysis/bootstrap.h"
#include "analysis/metrics.h"

#include <algorithm>
#include <cmath>
#include <ctime>

namespace tierlab::bench {

namespace {

struct Outcomes
{
    std::vector<double> score;
    std::vector<std::uint8_t> churned;
    std::vector<std::int8_t> tier;
    std::vector<double> arr;
};

std::uint64_t mix(std::uint64_t x)
{
    x += 0x9E3779B97F4A7C15ULL;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
    return x ^ (x >> 31);
}

// Median thread CPU time: on a shared machine wall time mostly measures the neighbours, CPU time
// what the code costs (reported next to the harness's wall-clock median).
double medianCpuMs(int runs, const std::function<void()> &body)
{
    std::vector<double> times;
    for (int i = 0; i < std::max(runs, 1); ++i) {
        timespec start{};
        timespec end{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &start);
        body();
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &end);
        times.push_back(double(end.tv_sec - start.tv_sec) * 1e3 + double(end.tv_nsec - start.tv_nsec) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

double unit(std::uint64_t x)
{
    return double(mix(x) >> 11) * 0x1.0p-53;
}

// Deterministic outcomes: churn probability falls with the score; 1 % unscored; tiers at 40/60/80.
Outcomes makeOutcomes(std::int64_t n, bool integerScores)
{
    Outcomes o;
    o.score.resize(std::size_t(n));
    o.churned.resize(std::size_t(n));
    o.tier.resize(std::size_t(n));
    o.arr.resize(std::size_t(n));
    for (std::int64_t i = 0; i < n; ++i) {
        const std::uint64_t key = std::uint64_t(i) * 4;
        double s = 100 * unit(key);
        if (integerScores)
            s = std::floor(s);
        const bool unscored = unit(key + 1) < 0.01;
        const std::size_t k = std::size_t(i);
        o.score[k] = unscored ? std::nan("") : s;
        o.tier[k] = unscored ? std::int8_t(-1) : std::int8_t(s < 40 ? 0 : s < 60 ? 1 : s < 80 ? 2 : 3);
        o.churned[k] = unit(key + 2) < 0.35 - 0.003 * s ? 1 : 0;
        o.arr[k] = unit(key + 3) < 0.05 ? std::nan("") : 1000 + 100000 * unit(key + 3);
    }
    return o;
}

std::vector<BenchResult> aucTiers(std::int64_t n, const BenchOptions &options)
{
    const int runs = options.runs > 0 ? options.runs : 9;
    std::vector<BenchResult> results;
    for (const bool integerScores : {false, true}) {
        const Outcomes o = makeOutcomes(n, integerScores);
        double auc = 0;
        double worstRate = 0;
        // What the product calls: both at once, the table on the second core.
        const double total = medianMs(runs, [&] {
            auto both = Metrics::aucAndTierTable(o.score, o.tier, o.churned, o.arr, 4);
            auc = both->auc.auc;
            worstRate = both->tiers.rows[0].rate;
        });
        const double sequential = medianMs(runs, [&] {
            auc = Metrics::rocAuc(o.score, o.churned)->auc;
            worstRate = Metrics::tierTable(std::span<const std::int8_t>(o.tier), o.churned, o.arr, 4)->rows[0].rate;
        });
        const double aucOnly = medianMs(runs, [&] { auc = Metrics::rocAuc(o.score, o.churned)->auc; });
        const double tiersOnly = medianMs(runs, [&] {
            worstRate = Metrics::tierTable(std::span<const std::int8_t>(o.tier), o.churned, o.arr, 4)->rows[0].rate;
        });
        const double sequentialCpu = medianCpuMs(runs, [&] {
            auc = Metrics::rocAuc(o.score, o.churned)->auc;
            worstRate = Metrics::tierTable(std::span<const std::int8_t>(o.tier), o.churned, o.arr, 4)->rows[0].rate;
        });
        const double aucCpu = medianCpuMs(runs, [&] { auc = Metrics::rocAuc(o.score, o.churned)->auc; });
        double ap = 0;
        const double apMs = medianMs(runs, [&] { ap = Metrics::averagePrecision(o.score, o.churned)->averagePrecision; });
        const double decilesMs = medianMs(runs, [&] { (void)Metrics::decileTable(o.score, o.churned); });

        BenchResult r;
        r.name = integerScores ? QStringLiteral("auc_tiers_intscores") : QStringLiteral("auc_tiers");
        r.accounts = n;
        r.medianMs = total;
        r.runs = runs;
        r.extra.insert(QStringLiteral("auc"), auc);
        r.extra.insert(QStringLiteral("sequential_ms"), sequential);
        r.extra.insert(QStringLiteral("sequential_cpu_ms"), sequentialCpu);
        r.extra.insert(QStringLiteral("auc_ms"), aucOnly);
        r.extra.insert(QStringLiteral("auc_cpu_ms"), aucCpu);
        r.extra.insert(QStringLiteral("tiers_ms"), tiersOnly);
        r.extra.insert(QStringLiteral("worst_tier_rate"), worstRate);
        r.extra.insert(QStringLiteral("ap"), ap);
        r.extra.insert(QStringLiteral("ap_ms"), apMs);
        r.extra.insert(QStringLiteral("deciles_ms"), decilesMs);
        results.push_back(r);
    }
    return results;
}

std::vector<BenchResult> aucBootstrap(std::int64_t n, const BenchOptions &options)
{
    const int runs = options.runs > 0 ? options.runs : 3;
    const Outcomes o = makeOutcomes(n, false);
    Metrics::BootstrapOptions bootstrap;
    bootstrap.resamples = 1000;
    Metrics::BootstrapCi ci;
    BenchResult r;
    r.name = QStringLiteral("auc_bootstrap");
    r.accounts = n;
    r.runs = runs;
    r.medianMs = medianMs(runs, [&] { ci = *Metrics::bootstrapAucCi(o.score, o.churned, bootstrap); }, false);
    r.extra.insert(QStringLiteral("cpu_ms"), medianCpuMs(runs, [&] { ci = *Metrics::bootstrapAucCi(o.score, o.churned, bootstrap); }));
    r.extra.insert(QStringLiteral("resamples"), bootstrap.resamples);
    r.extra.insert(QStringLiteral("auc"), ci.auc);
    r.extra.insert(QStringLiteral("low"), ci.low);
    r.extra.insert(QStringLiteral("high"), ci.high);
    r.extra.insert(QStringLiteral("se"), ci.standardError);
    // The same with two threads (results identical; the machine has two cores).
    bootstrap.threads = 2;
    r.extra.insert(QStringLiteral("ms_2_threads"),
                   medianMs(runs, [&] { ci = *Metrics::bootstrapAucCi(o.score, o.churned, bootstrap); }, false));
    return {r};
}

} // namespace

TIERLAB_BENCH_CASE("auc_tiers", (std::vector<std::int64_t>{1'000'000}), aucTiers);
TIERLAB_BENCH_CASE("auc_bootstrap", (std::vector<std::int64_t>{100'000}), aucBootstrap);

} // namespace tierlab::bench
