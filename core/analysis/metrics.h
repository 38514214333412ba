#pragma once

#include "common/error.h"

#include <QString>

#include <cstdint>
#include <limits>
#include <span>
#include <vector>

// Back-test metrics: pure functions over plain arrays (one entry per scored outcome).
// Conventions shared by every function here:
//  - score[i] is a health score, higher = healthier; the risk ranked by the metrics is −score.
//  - churned[i] != 0 marks the positive class.
//  - NaN scores are excluded and counted (`excluded`); tiers < 0 are unscored, excluded and counted.
//  - Statistically undefined figures are NaN with a translated `reason`; malformed input (arrays of
//    different lengths, a tier outside the model) is an Error::Invalid.
namespace tierlab::Metrics {

inline constexpr double kUndefined = std::numeric_limits<double>::quiet_NaN();

// The non-NaN scores reduced to their distinct values, ascending, with the class counts of each.
// Every rank metric works on this form; it is also the O(n) entry when scores come pre-bucketed
// (e.g. integer scores: count per value 0..100 and pass the counts to groupsFromCounts()).
struct ScoreGroups
{
    std::vector<double> values;            // distinct, strictly ascending
    std::vector<std::uint32_t> positives;  // churned per value
    std::vector<std::uint32_t> negatives;  // retained per value
    std::int64_t n = 0;                    // accounts counted (excluded ones not included)
    std::int64_t positiveCount = 0;
    std::int64_t negativeCount = 0;
    std::int64_t excluded = 0;             // NaN scores left out

    std::size_t size() const { return values.size(); }
};

// The entry for pre-bucketed scores (e.g. integer scores 0..100): fills the totals from the
// per-value counts. Values must be strictly ascending; Error::Invalid otherwise.
Result<ScoreGroups> groupsFromCounts(std::vector<double> values, std::vector<std::uint32_t> positives,
                                     std::vector<std::uint32_t> negatives);
// Arrays of one length, values strictly ascending, totals equal to the sums. The functions that
// take ScoreGroups check it (O(distinct values)) and report inconsistent groups as undefined.
bool isConsistent(const ScoreGroups &groups);

// Sorts once: radix passes on a monotone key of the value, then an exact comparison pass, so
// equal values always meet and the order is exact (O(n) for spread-out data).
Result<ScoreGroups> groupScores(std::span<const double> score, std::span<const std::uint8_t> churned);

struct AucResult
{
    double auc = kUndefined;     // NaN when undefined, see reason
    std::int64_t n = 0;
    std::int64_t positives = 0;
    std::int64_t negatives = 0;
    std::int64_t excluded = 0;
    // 2·U (Mann–Whitney, ties counted half): the exact pair count, auc = twiceU / (2·P·N).
    std::uint64_t twiceU = 0;
    QString reason;

    bool isDefined() const { return reason.isEmpty(); }
};

// ROC AUC of risk = −score against churned; equal to scikit-learn's roc_auc_score(churned, -score).
Result<AucResult> rocAuc(std::span<const double> score, std::span<const std::uint8_t> churned);
AucResult rocAuc(const ScoreGroups &groups);
// Same pair count with the raw value as the risk (higher value = riskier), for signal diagnostics.
AucResult rocAucHigherIsRiskier(const ScoreGroups &groups);

struct AveragePrecisionResult
{
    double averagePrecision = kUndefined;
    std::int64_t n = 0;
    std::int64_t positives = 0;
    std::int64_t excluded = 0;
    double baseRate = kUndefined;   // positives / n: AP of a random ranking, for comparison
    QString reason;

    bool isDefined() const { return reason.isEmpty(); }
};

// scikit-learn's average_precision_score(churned, -score): Σ (R_k − R_{k−1})·P_k over the distinct
// scores from riskiest to healthiest, ties forming one threshold, no interpolation. Undefined
// without positives; 1 when every account churned.
Result<AveragePrecisionResult> averagePrecision(std::span<const double> score, std::span<const std::uint8_t> churned);
AveragePrecisionResult averagePrecision(const ScoreGroups &groups);

struct TierRow
{
    int tier = 0;
    std::int64_t accounts = 0;         // rows scored: in a back-test, outcomes (an account may have several)
    std::int64_t churned = 0;
    double rate = kUndefined;          // churned / accounts; NaN for an empty tier
    double arr = 0;                    // sum of the known ARR
    double arrChurned = 0;             // sum of the known ARR of churned accounts
    double arrRate = kUndefined;       // arrChurned / arr; NaN when arr is 0
    std::int64_t arrUnknown = 0;       // accounts whose ARR is NaN
};

struct RelativeRisk
{
    int worstTier = -1;                // lowest non-empty tier
    int bestTier = -1;                 // highest non-empty tier
    double ratio = kUndefined;         // rate(worst) / rate(best)
    double low = kUndefined;           // 95 % CI (Katz log method)
    double high = kUndefined;
    bool continuityCorrected = false;  // 0.5 added to the cells, see metrics.cpp
    QString reason;

    bool isDefined() const { return reason.isEmpty(); }
};

struct TierTable
{
    std::vector<TierRow> rows;         // one per model tier, 0 = worst
    std::int64_t n = 0;
    std::int64_t positives = 0;
    std::int64_t excluded = 0;         // tier < 0 (unscored)
    double baseRate = kUndefined;
    // Churn rates never rise from a worse to a better tier (non-strict, empty tiers skipped).
    bool monotone = true;
    int firstViolation = -1;           // the first tier whose rate exceeds the previous non-empty one
    RelativeRisk relativeRisk;
};

// tier[i]: index into the model's tiers sorted by min ascending (0 = worst), < 0 = unscored.
// arr may be empty (no ARR figures) or hold one value per account (NaN = unknown).
struct AucAndTiers
{
    AucResult auc;
    TierTable tiers;
};
// rocAuc(score, churned) and tierTable(tier, churned, arr, tierCount) at once, the table computed on a
// second thread: what the back-test headline needs per re-score.
Result<AucAndTiers> aucAndTierTable(std::span<const double> score, std::span<const std::int8_t> tier,
                                    std::span<const std::uint8_t> churned, std::span<const double> arr, int tierCount);

Result<TierTable> tierTable(std::span<const std::int8_t> tier, std::span<const std::uint8_t> churned,
                            std::span<const double> arr, int tierCount);
Result<TierTable> tierTable(std::span<const int> tier, std::span<const std::uint8_t> churned,
                            std::span<const double> arr, int tierCount);

// At-risk flag: an account is flagged when its tier is below `flagBelowTier`.
enum class AtRiskRule { WorstTier, BelowBestTier };
int flagBelowTier(AtRiskRule rule, int tierCount);

struct Confusion
{
    std::int64_t truePositives = 0;    // flagged and churned
    std::int64_t falsePositives = 0;   // flagged and retained
    std::int64_t falseNegatives = 0;   // not flagged and churned
    std::int64_t trueNegatives = 0;
    std::int64_t n = 0;
    std::int64_t positives = 0;
    std::int64_t excluded = 0;         // unscored
    double precision = kUndefined;     // NaN when nothing is flagged
    double recall = kUndefined;        // NaN when nobody churned
    double f1 = kUndefined;            // 2TP / (2TP + FP + FN); NaN only when that is 0 / 0
};

Result<Confusion> confusion(std::span<const std::int8_t> tier, std::span<const std::uint8_t> churned, int flagBelowTier);
Result<Confusion> confusion(std::span<const int> tier, std::span<const std::uint8_t> churned, int flagBelowTier);

struct DecileRow
{
    int decile = 0;                    // 1 = lowest scores (riskiest) … 10 = highest
    std::int64_t accounts = 0;         // rows scored, as in TierRow
    std::int64_t churned = 0;
    double minScore = kUndefined;      // NaN for an empty decile
    double maxScore = kUndefined;
    double rate = kUndefined;
    double lift = kUndefined;          // rate / base rate
    double cumulativeCapture = kUndefined;  // share of all churners in deciles 1..this one
};

struct DecileTable
{
    std::vector<DecileRow> rows;       // always 10
    std::int64_t n = 0;
    std::int64_t positives = 0;
    std::int64_t excluded = 0;
    double baseRate = kUndefined;
};

// Deciles by ascending score; the rule that keeps ties together is documented in metrics.cpp.
Result<DecileTable> decileTable(std::span<const double> score, std::span<const std::uint8_t> churned);
DecileTable decileTable(const ScoreGroups &groups);

// The q-quantile (0 ≤ q ≤ 1) of ascending `sorted` by linear interpolation between closest ranks
// (numpy's default): h = (m − 1)·q. NaN for an empty input.
double quantileSorted(std::span<const double> sorted, double q);

} // namespace tierlab::Metrics
