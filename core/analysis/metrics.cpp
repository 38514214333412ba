#include "analysis/metrics.h"

#include "common/computepool.h"
#include <QCoreApplication>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <bit>
#include <cmath>
#include <memory>

namespace tierlab::Metrics {

namespace {

// Two-sided 95 % normal quantile, Φ⁻¹(0.975).
constexpr double kZ95 = 1.959963984540054;

std::unexpected<Error> lengthMismatch(std::size_t a, std::size_t b)
{
    return fail(QCoreApplication::translate("Metrics", "The metric inputs differ in length (%1 and %2 entries).")
                    .arg(qulonglong(a))
                    .arg(qulonglong(b)),
                Error::Code::Invalid);
}

QString noPositivesReason()
{
    return QCoreApplication::translate("Metrics", "No scored account churned: the metric needs at least one churned account.");
}

QString noNegativesReason()
{
    return QCoreApplication::translate("Metrics", "Every scored account churned: the metric needs at least one retained account.");
}

QString inconsistentReason()
{
    return QCoreApplication::translate("Metrics", "The grouped scores are inconsistent (counts, order or totals).");
}

QString emptyReason()
{
    return QCoreApplication::translate("Metrics", "No scored accounts.");
}

// key(x) = ⌊(x − lo)·scale⌋ is monotone in x under IEEE rounding: equal values share a key and a
// smaller key means a smaller value, so a sort by key leaves only equal-key runs to order.
struct KeyMap
{
    double lo = 0;
    double scale = 0;
    std::uint32_t maxKey = 0;
    int bits = 0;              // 0: no usable map (infinities, a subnormal range): plain sort

    std::uint32_t key(double x) const { return std::min(std::uint32_t((x - lo) * scale), maxKey); }
};

KeyMap keyMapFor(double lo, double hi, std::size_t n)
{
    KeyMap map;
    // About one key per value (measured best at 1M: fewer keys lengthen the insertion runs, more
    // grow the counting tables), split in digits of at most 11 bits whose tables stay in L1.
    const int bits = std::clamp(int(std::bit_width(n)), 4, 22);
    const double range = hi - lo;
    const double scale = double(std::uint32_t(1) << bits) / range;
    if (!std::isfinite(range) || !(range > 0) || !std::isfinite(scale))
        return map;
    map.lo = lo;
    map.scale = scale;
    map.maxKey = (std::uint32_t(1) << bits) - 1;
    map.bits = bits;
    return map;
}

// Stable LSD counting sort of [v, v + n) on the key's low and (when bits > 11) high digit,
// through `scratch`; both digit histograms come from one read.
void radixSort(double *v, std::size_t n, double *scratch, const KeyMap &map)
{
    const int lowBits = map.bits > 11 ? map.bits / 2 : map.bits;
    const int highBits = map.bits - lowBits;
    const std::uint32_t lowMask = (std::uint32_t(1) << lowBits) - 1;
    std::vector<std::uint32_t> low(std::size_t(lowMask) + 2, 0);
    std::vector<std::uint32_t> high((std::size_t(1) << highBits) + 1, 0);
    for (std::size_t i = 0; i < n; ++i) {
        const std::uint32_t k = map.key(v[i]);
        ++low[(k & lowMask) + 1];
        ++high[(k >> lowBits) + 1];
    }
    for (std::size_t d = 1; d < low.size(); ++d)
        low[d] += low[d - 1];
    for (std::size_t d = 1; d < high.size(); ++d)
        high[d] += high[d - 1];
    for (std::size_t i = 0; i < n; ++i)
        scratch[low[map.key(v[i]) & lowMask]++] = v[i];
    if (highBits == 0) {
        std::copy(scratch, scratch + n, v);
        return;
    }
    for (std::size_t i = 0; i < n; ++i)
        v[high[map.key(scratch[i]) >> lowBits]++] = scratch[i];
}

// Sorts ascending: LSD radix on the key, then an insertion pass. After the radix passes a value
// can only be out of order among values of the same key, so insertion never crosses a key
// boundary; a budget on the moves catches clustered data (many values under one key) and hands
// the rest to std::sort.
void sortValues(double *v, std::size_t n, double *scratch, const KeyMap &map)
{
    if (n < 64 || map.bits == 0) {
        std::sort(v, v + n);
        return;
    }
    radixSort(v, n, scratch, map);
    std::size_t budget = 8 * n + 1024;
    for (std::size_t i = 1; i < n; ++i) {
        const double x = v[i];
        if (!(x < v[i - 1]))
            continue;
        std::size_t j = i;
        do {
            v[j] = v[j - 1];
            --j;
        } while (j > 0 && v[j - 1] > x);
        v[j] = x;
        const std::size_t moved = i - j;
        if (moved > budget) {
            std::sort(v, v + n);
            return;
        }
        budget -= moved;
    }
}

// The non-NaN scores split by class, each sorted ascending, in one uninitialised buffer
// (positives from the front, negatives from the back).
struct SortedClasses
{
    std::unique_ptr<double[]> buffer;
    std::span<const double> positives;
    std::span<const double> negatives;
    std::int64_t excluded = 0;
};

Result<SortedClasses> sortByClass(std::span<const double> score, std::span<const std::uint8_t> churned)
{
    if (score.size() != churned.size())
        return lengthMismatch(score.size(), churned.size());
    if (score.size() >= std::numeric_limits<std::uint32_t>::max())
        return fail(QCoreApplication::translate("Metrics", "Too many accounts for the metrics (%1).").arg(qulonglong(score.size())),
                    Error::Code::Invalid);
    SortedClasses c;
    const std::size_t n = score.size();
    c.buffer = std::make_unique_for_overwrite<double[]>(n + 2);
    double lo = std::numeric_limits<double>::infinity();
    double hi = -lo;
    // Every value is written to both cursors and only the right one advances: no unpredictable
    // branch on the class or on NaN. The two spare slots take the writes that do not count.
    double *const begin = c.buffer.get();
    double *pos = begin;
    double *neg = begin + n + 1;
    for (std::size_t i = 0; i < n; ++i) {
        const double s = score[i];
        const bool valid = !std::isnan(s);
        const bool positive = churned[i] != 0;
        lo = valid ? std::min(lo, s) : lo;
        hi = valid ? std::max(hi, s) : hi;
        *pos = s;
        *neg = s;
        pos += valid & positive;
        neg -= valid & !positive;
    }
    const std::size_t positives = std::size_t(pos - begin);
    const std::size_t negatives = std::size_t(begin + n + 1 - neg);
    double *negBegin = neg + 1;
    c.excluded = std::int64_t(n - positives - negatives);
    const KeyMap map = keyMapFor(lo, hi, positives + negatives);
    auto scratch = std::make_unique_for_overwrite<double[]>(std::max(positives, negatives));
    sortValues(begin, positives, scratch.get(), map);
    sortValues(negBegin, negatives, scratch.get(), map);
    c.positives = std::span<const double>(begin, positives);
    c.negatives = std::span<const double>(negBegin, negatives);
    return c;
}

// Calls visit(value, positives, negatives) for each distinct value, ascending.
template <typename Visit>
void forEachGroup(const SortedClasses &c, Visit &&visit)
{
    const double *p = c.positives.data();
    const double *pEnd = p + c.positives.size();
    const double *q = c.negatives.data();
    const double *qEnd = q + c.negatives.size();
    while (p < pEnd || q < qEnd) {
        const double v = p == pEnd ? *q : q == qEnd ? *p : std::min(*p, *q);
        std::uint32_t pos = 0;
        std::uint32_t neg = 0;
        while (p < pEnd && *p == v) {
            ++p;
            ++pos;
        }
        while (q < qEnd && *q == v) {
            ++q;
            ++neg;
        }
        visit(v, pos, neg);
    }
}

AucResult aucShell(std::int64_t positives, std::int64_t negatives, std::int64_t excluded)
{
    AucResult r;
    r.n = positives + negatives;
    r.positives = positives;
    r.negatives = negatives;
    r.excluded = excluded;
    return r;
}

void finishAuc(AucResult &r)
{
    if (r.n == 0)
        r.reason = emptyReason();
    else if (r.positives == 0)
        r.reason = noPositivesReason();
    else if (r.negatives == 0)
        r.reason = noNegativesReason();
    else
        r.auc = double(r.twiceU) / (2.0 * double(r.positives) * double(r.negatives));
}

template <typename TierT>
Result<TierTable> tierTableImpl(std::span<const TierT> tier, std::span<const std::uint8_t> churned,
                                std::span<const double> arr, int tierCount)
{
    if (tier.size() != churned.size())
        return lengthMismatch(tier.size(), churned.size());
    if (!arr.empty() && arr.size() != tier.size())
        return lengthMismatch(tier.size(), arr.size());
    if (tierCount < 1)
        return fail(QCoreApplication::translate("Metrics", "The model has no tiers."), Error::Code::Invalid);

    TierTable t;
    t.rows.resize(std::size_t(tierCount));
    for (int k = 0; k < tierCount; ++k)
        t.rows[std::size_t(k)].tier = k;
    // One pass without data-dependent branches: unscored accounts land in a spare row, an
    // out-of-range tier is only noted here and reported after the loop.
    struct Accumulator
    {
        std::int64_t accounts = 0;
        std::int64_t churned = 0;
        std::int64_t arrUnknown = 0;
        double arr = 0;
        double arrChurned = 0;
    };
    std::vector<Accumulator> acc(std::size_t(tierCount) + 1);
    int highest = -1;
    const bool withArr = !arr.empty();
    for (std::size_t i = 0; i < tier.size(); ++i) {
        const int k = int(tier[i]);
        highest = std::max(highest, k);
        Accumulator &row = acc[k < 0 ? std::size_t(tierCount) : std::size_t(std::min(k, tierCount))];
        const bool c = churned[i] != 0;
        ++row.accounts;
        row.churned += c;
        if (withArr) {
            const double a = arr[i];
            const bool known = !std::isnan(a);
            row.arrUnknown += !known;
            row.arr += known ? a : 0.0;
            row.arrChurned += known && c ? a : 0.0;
        }
    }
    if (highest >= tierCount) {
        for (std::size_t i = 0; i < tier.size(); ++i) {
            if (int(tier[i]) >= tierCount)
                return fail(QCoreApplication::translate("Metrics", "Account %1 is in tier %2, but the model has %3 tiers.")
                                .arg(qulonglong(i))
                                .arg(int(tier[i]))
                                .arg(tierCount),
                            Error::Code::Invalid);
        }
    }
    t.excluded = acc.back().accounts;
    for (int k = 0; k < tierCount; ++k) {
        const Accumulator &from = acc[std::size_t(k)];
        TierRow &row = t.rows[std::size_t(k)];
        row.accounts = from.accounts;
        row.churned = from.churned;
        row.arrUnknown = from.arrUnknown;
        row.arr = from.arr;
        row.arrChurned = from.arrChurned;
    }

    const TierRow *worst = nullptr;
    const TierRow *best = nullptr;
    const TierRow *previous = nullptr;
    for (TierRow &row : t.rows) {
        t.n += row.accounts;
        t.positives += row.churned;
        if (row.arr != 0)
            row.arrRate = row.arrChurned / row.arr;
        if (row.accounts == 0)
            continue;
        row.rate = double(row.churned) / double(row.accounts);
        // Exact comparison of churned/accounts by cross-multiplication (no rounding can hide a rise).
        if (previous && t.monotone && row.churned * previous->accounts > previous->churned * row.accounts) {
            t.monotone = false;
            t.firstViolation = row.tier;
        }
        previous = &row;
        if (!worst)
            worst = &row;
        best = &row;
    }
    if (t.n > 0)
        t.baseRate = double(t.positives) / double(t.n);

    RelativeRisk &rr = t.relativeRisk;
    if (!worst || worst == best) {
        rr.reason = QCoreApplication::translate("Metrics", "Fewer than two tiers have accounts: no relative risk.");
        if (worst)
            rr.worstTier = rr.bestTier = worst->tier;
        return t;
    }
    rr.worstTier = worst->tier;
    rr.bestTier = best->tier;
    double a = double(worst->churned);
    double n1 = double(worst->accounts);
    double c = double(best->churned);
    double n2 = double(best->accounts);
    if (a == 0 && c == 0) {
        rr.reason = QCoreApplication::translate("Metrics", "No account churned in the worst or the best tier: no relative risk.");
        return t;
    }
    // A zero cell makes RR 0 or infinite and SE(ln RR) infinite. Instead of giving up we use the
    // usual Haldane–Anscombe correction: 0.5 added to each of the four cells (churned and retained
    // of both tiers), so each tier's total grows by 1. Flagged so that the UI can say so.
    if (a == 0 || c == 0) {
        rr.continuityCorrected = true;
        a += 0.5;
        c += 0.5;
        n1 += 1;
        n2 += 1;
    }
    rr.ratio = (a / n1) / (c / n2);
    // Katz: SE(ln RR) = sqrt(1/a − 1/n1 + 1/c − 1/n2).
    const double se = std::sqrt(1.0 / a - 1.0 / n1 + 1.0 / c - 1.0 / n2);
    const double logRatio = std::log(rr.ratio);
    rr.low = std::exp(logRatio - kZ95 * se);
    rr.high = std::exp(logRatio + kZ95 * se);
    return t;
}

template <typename TierT>
Result<Confusion> confusionImpl(std::span<const TierT> tier, std::span<const std::uint8_t> churned, int below)
{
    if (tier.size() != churned.size())
        return lengthMismatch(tier.size(), churned.size());
    Confusion c;
    for (std::size_t i = 0; i < tier.size(); ++i) {
        const int k = int(tier[i]);
        if (k < 0) {
            ++c.excluded;
            continue;
        }
        const bool flagged = k < below;
        const bool positive = churned[i] != 0;
        c.truePositives += flagged && positive;
        c.falsePositives += flagged && !positive;
        c.falseNegatives += !flagged && positive;
        c.trueNegatives += !flagged && !positive;
    }
    c.n = c.truePositives + c.falsePositives + c.falseNegatives + c.trueNegatives;
    c.positives = c.truePositives + c.falseNegatives;
    if (c.truePositives + c.falsePositives > 0)
        c.precision = double(c.truePositives) / double(c.truePositives + c.falsePositives);
    if (c.positives > 0)
        c.recall = double(c.truePositives) / double(c.positives);
    const std::int64_t f1Denominator = 2 * c.truePositives + c.falsePositives + c.falseNegatives;
    if (f1Denominator > 0)
        c.f1 = double(2 * c.truePositives) / double(f1Denominator);
    return c;
}

} // namespace

Result<ScoreGroups> groupScores(std::span<const double> score, std::span<const std::uint8_t> churned)
{
    auto sorted = sortByClass(score, churned);
    if (!sorted)
        return std::unexpected(sorted.error());
    ScoreGroups g;
    g.positiveCount = std::int64_t(sorted->positives.size());
    g.negativeCount = std::int64_t(sorted->negatives.size());
    g.n = g.positiveCount + g.negativeCount;
    g.excluded = sorted->excluded;
    g.values.reserve(std::size_t(g.n));
    g.positives.reserve(std::size_t(g.n));
    g.negatives.reserve(std::size_t(g.n));
    forEachGroup(*sorted, [&g](double v, std::uint32_t pos, std::uint32_t neg) {
        g.values.push_back(v);
        g.positives.push_back(pos);
        g.negatives.push_back(neg);
    });
    return g;
}

bool isConsistent(const ScoreGroups &groups)
{
    const std::size_t d = groups.values.size();
    if (groups.positives.size() != d || groups.negatives.size() != d)
        return false;
    std::int64_t positives = 0;
    std::int64_t negatives = 0;
    for (std::size_t k = 0; k < d; ++k) {
        if (k > 0 && !(groups.values[k - 1] < groups.values[k]))
            return false;
        positives += groups.positives[k];
        negatives += groups.negatives[k];
    }
    return positives == groups.positiveCount && negatives == groups.negativeCount
           && groups.n == positives + negatives && groups.excluded >= 0;
}

Result<ScoreGroups> groupsFromCounts(std::vector<double> values, std::vector<std::uint32_t> positives,
                                     std::vector<std::uint32_t> negatives)
{
    ScoreGroups g;
    g.values = std::move(values);
    g.positives = std::move(positives);
    g.negatives = std::move(negatives);
    for (std::size_t k = 0; k < g.positives.size(); ++k)
        g.positiveCount += g.positives[k];
    for (std::size_t k = 0; k < g.negatives.size(); ++k)
        g.negativeCount += g.negatives[k];
    g.n = g.positiveCount + g.negativeCount;
    if (!isConsistent(g) || g.n >= std::int64_t(std::numeric_limits<std::uint32_t>::max()))
        return fail(inconsistentReason(), Error::Code::Invalid);
    return g;
}

AucResult rocAuc(const ScoreGroups &groups)
{
    AucResult r = aucShell(groups.positiveCount, groups.negativeCount, groups.excluded);
    if (!isConsistent(groups)) {
        r.reason = inconsistentReason();
        return r;
    }
    // Risk = −score: walking from the highest score down, negAbove counts the negatives ranked
    // strictly safer than the current group; a positive beats those and ties half of its own group.
    std::uint64_t negAbove = 0;
    for (std::size_t k = groups.size(); k-- > 0;) {
        r.twiceU += std::uint64_t(groups.positives[k]) * (2 * negAbove + groups.negatives[k]);
        negAbove += groups.negatives[k];
    }
    finishAuc(r);
    return r;
}

AucResult rocAucHigherIsRiskier(const ScoreGroups &groups)
{
    AucResult r = rocAuc(groups);
    if (!r.isDefined())
        return r;
    // The pairs split into won, lost and tied; reversing the order swaps won and lost.
    const std::uint64_t twicePairs = 2 * std::uint64_t(r.positives) * std::uint64_t(r.negatives);
    r.twiceU = twicePairs - r.twiceU;
    r.auc = double(r.twiceU) / double(twicePairs);
    return r;
}

Result<AucResult> rocAuc(std::span<const double> score, std::span<const std::uint8_t> churned)
{
    // The same pair count as rocAuc(ScoreGroups) without building the groups.
    auto sorted = sortByClass(score, churned);
    if (!sorted)
        return std::unexpected(sorted.error());
    AucResult r = aucShell(std::int64_t(sorted->positives.size()), std::int64_t(sorted->negatives.size()), sorted->excluded);
    // For each positive: 2·(negatives above) + (negatives tied) = 2N − (below) − (at or below).
    const std::span<const double> neg = sorted->negatives;
    const std::size_t negatives = neg.size();
    std::size_t below = 0;
    std::size_t atOrBelow = 0;
    double previous = std::numeric_limits<double>::quiet_NaN();
    std::uint64_t twiceU = 0;
    for (double v : sorted->positives) {
        if (v != previous) {
            while (below < negatives && neg[below] < v)
                ++below;
            atOrBelow = std::max(atOrBelow, below);
            while (atOrBelow < negatives && neg[atOrBelow] == v)
                ++atOrBelow;
            previous = v;
        }
        twiceU += 2 * negatives - below - atOrBelow;
    }
    r.twiceU = twiceU;
    finishAuc(r);
    return r;
}

namespace {

// Calls visit(value, positives, negatives) for each group of ScoreGroups, ascending.
auto eachGroupOf(const ScoreGroups &groups)
{
    return [&groups](auto &&visit) {
        for (std::size_t k = 0; k < groups.size(); ++k)
            visit(groups.values[k], groups.positives[k], groups.negatives[k]);
    };
}

// Same walk over sorted classes, without building the groups.
auto eachGroupOf(const SortedClasses &sorted)
{
    return [&sorted](auto &&visit) { forEachGroup(sorted, visit); };
}

template <typename EachGroup>
AveragePrecisionResult averagePrecisionImpl(std::int64_t positives, std::int64_t negatives, std::int64_t excluded,
                                            EachGroup &&eachGroup)
{
    AveragePrecisionResult r;
    r.n = positives + negatives;
    r.positives = positives;
    r.excluded = excluded;
    if (r.n == 0) {
        r.reason = emptyReason();
        return r;
    }
    r.baseRate = double(r.positives) / double(r.n);
    if (r.positives == 0) {
        r.reason = noPositivesReason();
        return r;
    }
    // Thresholds from the riskiest (lowest score) up; one threshold per distinct score.
    std::int64_t tp = 0;
    std::int64_t fp = 0;
    double sum = 0;
    eachGroup([&](double, std::uint32_t pos, std::uint32_t neg) {
        tp += pos;
        fp += neg;
        if (pos > 0)
            sum += double(pos) * (double(tp) / double(tp + fp));
    });
    r.averagePrecision = sum / double(r.positives);
    return r;
}

template <typename EachGroup>
DecileTable decileTableImpl(std::int64_t positives, std::int64_t negatives, std::int64_t excluded, EachGroup &&eachGroup)
{
    // Rule: sort ascending; an account at 0-based position i would go to decile ⌊10·i / n⌋ + 1, and
    // a group of tied scores goes whole to the decile of its first (lowest) position. So each cut
    // ⌈k·n/10⌉ that falls inside a tie group moves up to the group's end: deciles hold ⌊n/10⌋ or
    // ⌈n/10⌉ accounts when there are no ties, more or fewer (down to none) when there are.
    DecileTable t;
    t.n = positives + negatives;
    t.positives = positives;
    t.excluded = excluded;
    t.rows.resize(10);
    for (int d = 0; d < 10; ++d)
        t.rows[std::size_t(d)].decile = d + 1;
    if (t.n == 0)
        return t;
    t.baseRate = double(t.positives) / double(t.n);
    std::int64_t position = 0;
    eachGroup([&](double value, std::uint32_t pos, std::uint32_t neg) {
        DecileRow &row = t.rows[std::size_t(std::min<std::int64_t>(10 * position / t.n, 9))];
        const std::int64_t count = std::int64_t(pos) + neg;
        if (row.accounts == 0)
            row.minScore = value;
        row.maxScore = value;
        row.accounts += count;
        row.churned += pos;
        position += count;
    });
    std::int64_t captured = 0;
    for (DecileRow &row : t.rows) {
        captured += row.churned;
        if (t.positives > 0)
            row.cumulativeCapture = double(captured) / double(t.positives);
        if (row.accounts == 0)
            continue;
        row.rate = double(row.churned) / double(row.accounts);
        if (t.baseRate > 0)
            row.lift = row.rate / t.baseRate;
    }
    return t;
}

} // namespace

AveragePrecisionResult averagePrecision(const ScoreGroups &groups)
{
    if (!isConsistent(groups)) {
        AveragePrecisionResult r;
        r.reason = inconsistentReason();
        return r;
    }
    return averagePrecisionImpl(groups.positiveCount, groups.negativeCount, groups.excluded, eachGroupOf(groups));
}

Result<AveragePrecisionResult> averagePrecision(std::span<const double> score, std::span<const std::uint8_t> churned)
{
    auto sorted = sortByClass(score, churned);
    if (!sorted)
        return std::unexpected(sorted.error());
    return averagePrecisionImpl(std::int64_t(sorted->positives.size()), std::int64_t(sorted->negatives.size()),
                                sorted->excluded, eachGroupOf(*sorted));
}

Result<TierTable> tierTable(std::span<const std::int8_t> tier, std::span<const std::uint8_t> churned,
                            std::span<const double> arr, int tierCount)
{
    return tierTableImpl(tier, churned, arr, tierCount);
}

Result<AucAndTiers> aucAndTierTable(std::span<const double> score, std::span<const std::int8_t> tier,
                                    std::span<const std::uint8_t> churned, std::span<const double> arr, int tierCount)
{
    // Independent passes over the same accounts: the tier table on a second core while the AUC sorts.
    QFuture<Result<TierTable>> tiers = QtConcurrent::run(computePool(), [=] { return tierTable(tier, churned, arr, tierCount); });
    auto auc = rocAuc(score, churned);
    tiers.waitForFinished();   // runs it here if no pool thread took it
    Result<TierTable> table = tiers.result();
    if (!auc)
        return std::unexpected(auc.error());
    if (!table)
        return std::unexpected(table.error());
    return AucAndTiers{std::move(*auc), std::move(*table)};
}

Result<TierTable> tierTable(std::span<const int> tier, std::span<const std::uint8_t> churned,
                            std::span<const double> arr, int tierCount)
{
    return tierTableImpl(tier, churned, arr, tierCount);
}

int flagBelowTier(AtRiskRule rule, int tierCount)
{
    switch (rule) {
    case AtRiskRule::WorstTier:
        return 1;
    case AtRiskRule::BelowBestTier:
        return std::max(tierCount - 1, 0);
    }
    return 0;
}

Result<Confusion> confusion(std::span<const std::int8_t> tier, std::span<const std::uint8_t> churned, int flagBelowTier)
{
    return confusionImpl(tier, churned, flagBelowTier);
}

Result<Confusion> confusion(std::span<const int> tier, std::span<const std::uint8_t> churned, int flagBelowTier)
{
    return confusionImpl(tier, churned, flagBelowTier);
}

DecileTable decileTable(const ScoreGroups &groups)
{
    if (!isConsistent(groups))
        return decileTableImpl(0, 0, 0, [](auto &&) {});   // an empty table rather than a wrong one
    return decileTableImpl(groups.positiveCount, groups.negativeCount, groups.excluded, eachGroupOf(groups));
}

Result<DecileTable> decileTable(std::span<const double> score, std::span<const std::uint8_t> churned)
{
    auto sorted = sortByClass(score, churned);
    if (!sorted)
        return std::unexpected(sorted.error());
    return decileTableImpl(std::int64_t(sorted->positives.size()), std::int64_t(sorted->negatives.size()),
                           sorted->excluded, eachGroupOf(*sorted));
}

double quantileSorted(std::span<const double> sorted, double q)
{
    if (sorted.empty() || std::isnan(q))
        return kUndefined;
    q = std::clamp(q, 0.0, 1.0);
    const double h = double(sorted.size() - 1) * q;
    const std::size_t low = std::size_t(std::floor(h));
    const std::size_t high = std::min(low + 1, sorted.size() - 1);
    if (double(low) == h || sorted[low] == sorted[high])
        return sorted[low];   // also keeps infinities out of ∞ − ∞
    return sorted[low] + (h - double(low)) * (sorted[high] - sorted[low]);
}

} // namespace tierlab::Metrics
