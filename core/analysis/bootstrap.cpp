#include "analysis/bootstrap.h"

#include "common/computepool.h"
#include <QCoreApplication>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <bit>
#include <cmath>

namespace tierlab::Metrics {

namespace {

std::uint64_t splitMix64(std::uint64_t &state)
{
    std::uint64_t z = (state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

// xoshiro256** (Blackman & Vigna); our own so that a seed gives the same CI on every platform.
class Xoshiro256
{
public:
    explicit Xoshiro256(std::uint64_t seed)
    {
        for (std::uint64_t &word : m_s)
            word = splitMix64(seed);
    }

    std::uint64_t next()
    {
        const std::uint64_t result = std::rotl(m_s[1] * 5, 7) * 9;
        const std::uint64_t t = m_s[1] << 17;
        m_s[2] ^= m_s[0];
        m_s[3] ^= m_s[1];
        m_s[1] ^= m_s[2];
        m_s[0] ^= m_s[3];
        m_s[2] ^= t;
        m_s[3] = std::rotl(m_s[3], 45);
        return result;
    }

    // Uniform in [0, range), range ≥ 1: Lemire's multiply-shift with rejection (no modulo bias).
    // Each 64-bit output feeds two 32-bit draws.
    std::uint32_t below(std::uint32_t range)
    {
        std::uint64_t m = std::uint64_t(next32()) * range;
        std::uint32_t low = std::uint32_t(m);
        if (low < range) {
            const std::uint32_t threshold = (0U - range) % range;
            while (low < threshold) {
                m = std::uint64_t(next32()) * range;
                low = std::uint32_t(m);
            }
        }
        return std::uint32_t(m >> 32);
    }

private:
    std::uint32_t next32()
    {
        if (m_haveSpare) {
            m_haveSpare = false;
            return m_spare;
        }
        const std::uint64_t x = next();
        m_spare = std::uint32_t(x);
        m_haveSpare = true;
        return std::uint32_t(x >> 32);
    }

    std::uint64_t m_s[4] = {};
    std::uint32_t m_spare = 0;
    bool m_haveSpare = false;
};

struct Range
{
    int first = 0;
    int last = 0;
};

struct WeightedCount
{
    std::uint64_t twiceU = 0;
    std::uint64_t positives = 0;
    std::uint64_t negatives = 0;
};

// The pair count of rocAuc() with weights in layout order; zeroes the weights when `clear` so that
// the next resample starts from a clean vector without a separate pass.
template <bool clear, typename Weight>
WeightedCount countWeighted(const ScoreGroups &groups, Weight *weights)
{
    // Walk from the highest score down (risk = −score), so from the layout's end.
    WeightedCount c;
    std::uint64_t negAbove = 0;
    Weight *w = weights + groups.n;
    for (std::size_t k = groups.size(); k-- > 0;) {
        std::uint64_t neg = 0;
        for (std::uint32_t j = 0; j < groups.negatives[k]; ++j) {
            --w;
            neg += *w;
            if constexpr (clear)
                *w = 0;
        }
        std::uint64_t pos = 0;
        for (std::uint32_t j = 0; j < groups.positives[k]; ++j) {
            --w;
            pos += *w;
            if constexpr (clear)
                *w = 0;
        }
        c.twiceU += pos * (2 * negAbove + neg);
        negAbove += neg;
        c.positives += pos;
    }
    c.negatives = negAbove;
    return c;
}

// Resamples [range.first, range.last) into aucs (NaN for a single-class resample). A resample is a
// weight per account: n random increments, then one ordered pass that turns them into the pair count.
void runResamples(const ScoreGroups &groups, std::uint64_t seed, Range range, std::vector<double> &aucs)
{
    const std::uint32_t n = std::uint32_t(groups.n);
    std::vector<std::uint32_t> weight(n, 0);
    for (int r = range.first; r < range.last; ++r) {
        std::uint64_t streamSeed = seed ^ (std::uint64_t(r) * 0xD1B54A32D192ED03ULL);
        Xoshiro256 rng(splitMix64(streamSeed));
        for (std::uint32_t i = 0; i < n; ++i)
            ++weight[rng.below(n)];
        const WeightedCount c = countWeighted<true>(groups, weight.data());
        aucs[std::size_t(r)] = c.positives == 0 || c.negatives == 0
                                   ? kUndefined
                                   : double(c.twiceU) / (2.0 * double(c.positives) * double(c.negatives));
    }
}

} // namespace

Result<BootstrapCi> bootstrapAucCi(const ScoreGroups &groups, const BootstrapOptions &options)
{
    if (!isConsistent(groups))
        return fail(QCoreApplication::translate("Metrics", "The grouped scores are inconsistent (counts, order or totals)."),
                    Error::Code::Invalid);
    if (options.resamples < 1)
        return fail(QCoreApplication::translate("Metrics", "The bootstrap needs at least one resample."), Error::Code::Invalid);
    if (!(options.level > 0 && options.level < 1))
        return fail(QCoreApplication::translate("Metrics", "The confidence level must lie between 0 and 1 (got %1).")
                        .arg(options.level),
                    Error::Code::Invalid);

    BootstrapCi ci;
    ci.level = options.level;
    const AucResult point = rocAuc(groups);
    ci.auc = point.auc;
    ci.n = point.n;
    ci.positives = point.positives;
    ci.excluded = point.excluded;
    if (!point.isDefined()) {
        // Every resample would hold one class too.
        ci.reason = point.reason;
        return ci;
    }

    ci.resamples = options.resamples;
    std::vector<double> aucs(std::size_t(options.resamples));
    const int threads = std::clamp(options.threads, 1, options.resamples);
    if (threads == 1) {
        runResamples(groups, options.seed, Range{0, options.resamples}, aucs);
    } else {
        std::vector<Range> ranges;
        for (int t = 0; t < threads; ++t)
            ranges.push_back(Range{int(std::int64_t(options.resamples) * t / threads),
                                   int(std::int64_t(options.resamples) * (t + 1) / threads)});
        QtConcurrent::blockingMap(computePool(), ranges, [&](const Range &range) { runResamples(groups, options.seed, range, aucs); });
    }

    std::erase_if(aucs, [](double a) { return std::isnan(a); });
    ci.used = int(aucs.size());
    ci.skipped = ci.resamples - ci.used;
    if (aucs.empty()) {
        ci.reason = QCoreApplication::translate("Metrics", "Every bootstrap resample drew a single class: no interval.");
        return ci;
    }
    std::sort(aucs.begin(), aucs.end());
    const double tail = (1 - options.level) / 2;
    ci.low = quantileSorted(aucs, tail);
    ci.high = quantileSorted(aucs, 1 - tail);
    if (aucs.size() > 1) {
        double mean = 0;
        for (double a : aucs)
            mean += a;
        mean /= double(aucs.size());
        double squares = 0;
        for (double a : aucs)
            squares += (a - mean) * (a - mean);
        ci.standardError = std::sqrt(squares / double(aucs.size() - 1));
    }
    return ci;
}

Result<AucResult> rocAucWeighted(const ScoreGroups &groups, std::span<const std::uint32_t> weights)
{
    if (!isConsistent(groups))
        return fail(QCoreApplication::translate("Metrics", "The grouped scores are inconsistent (counts, order or totals)."),
                    Error::Code::Invalid);
    if (weights.size() != std::size_t(groups.n))
        return fail(QCoreApplication::translate("Metrics", "The metric inputs differ in length (%1 and %2 entries).")
                        .arg(qulonglong(groups.n))
                        .arg(qulonglong(weights.size())),
                    Error::Code::Invalid);
    const WeightedCount c = countWeighted<false>(groups, weights.data());
    AucResult r;
    r.n = std::int64_t(c.positives + c.negatives);
    r.positives = std::int64_t(c.positives);
    r.negatives = std::int64_t(c.negatives);
    r.excluded = groups.excluded;
    r.twiceU = c.twiceU;
    if (r.n == 0)
        r.reason = QCoreApplication::translate("Metrics", "No scored accounts.");
    else if (r.positives == 0)
        r.reason = QCoreApplication::translate("Metrics", "No scored account churned: the metric needs at least one churned account.");
    else if (r.negatives == 0)
        r.reason = QCoreApplication::translate("Metrics", "Every scored account churned: the metric needs at least one retained account.");
    else
        r.auc = double(c.twiceU) / (2.0 * double(c.positives) * double(c.negatives));
    return r;
}

Result<BootstrapCi> bootstrapAucCi(std::span<const double> score, std::span<const std::uint8_t> churned,
                                   const BootstrapOptions &options)
{
    auto groups = groupScores(score, churned);
    if (!groups)
        return std::unexpected(groups.error());
    return bootstrapAucCi(*groups, options);
}

} // namespace tierlab::Metrics
