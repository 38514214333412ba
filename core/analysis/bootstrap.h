#pragma once

#include "analysis/metrics.h"

#include <cstdint>
#include <span>

namespace tierlab::Metrics {

struct BootstrapOptions
{
    int resamples = 1000;
    std::uint64_t seed = 20260101;
    double level = 0.95;           // two-sided, in (0, 1)
    int threads = 1;               // results do not depend on it: each resample has its own stream
};

struct BootstrapCi
{
    double auc = kUndefined;       // point estimate on the whole sample
    double low = kUndefined;       // percentile interval of the resampled AUCs
    double high = kUndefined;
    double standardError = kUndefined;  // sample standard deviation of the resampled AUCs
    double level = 0.95;
    int resamples = 0;             // drawn
    int used = 0;                  // with both classes, in the interval
    int skipped = 0;               // drew a single class
    std::int64_t n = 0;
    std::int64_t positives = 0;
    std::int64_t excluded = 0;     // NaN scores
    QString reason;

    bool isDefined() const { return reason.isEmpty(); }
};

// Percentile bootstrap CI of rocAuc(): `resamples` draws of n accounts with replacement, the
// lower and upper (1 − level)/2 quantiles of their AUCs (quantileSorted's interpolation).
// Deterministic for a seed (splitmix64-seeded xoshiro256** per resample, Lemire's unbiased range).
Result<BootstrapCi> bootstrapAucCi(std::span<const double> score, std::span<const std::uint8_t> churned,
                                   const BootstrapOptions &options = BootstrapOptions());
Result<BootstrapCi> bootstrapAucCi(const ScoreGroups &groups, const BootstrapOptions &options = BootstrapOptions());

// rocAuc() with a whole-number weight per account (a bootstrap resample). Accounts are in the
// groups' layout: group by group ascending, each group's positives then its negatives, so
// weights.size() == groups.n. Exact like rocAuc(): twiceU counts weighted pairs.
Result<AucResult> rocAucWeighted(const ScoreGroups &groups, std::span<const std::uint32_t> weights);

} // namespace tierlab::Metrics
