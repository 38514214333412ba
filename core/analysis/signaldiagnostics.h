#pragma once

#include "analysis/metrics.h"
#include "dataset/dataset.h"

#include <cstdint>
#include <span>
#include <vector>

namespace tierlab {

struct OutcomeRecord;

enum class RiskDirection : std::uint8_t {
    Unknown,          // AUC exactly 0.5 or undefined: the signal does not order churn
    HigherIsRiskier,
    LowerIsRiskier,
};

struct CategoryChurn
{
    std::int32_t code = 0;
    std::int64_t accounts = 0;
    std::int64_t churned = 0;
    double rate = Metrics::kUndefined;
};

// One signal's fitness for a health score, measured against churn over the accounts given.
struct SignalDiagnostics
{
    std::int64_t n = 0;                  // accounts
    std::int64_t present = 0;            // with a value
    std::int64_t positives = 0;          // churned among present
    double coverage = Metrics::kUndefined;         // present / n
    std::int64_t distinct = 0;           // distinct values (numbers) or categories seen
    double modeShare = Metrics::kUndefined;        // share of present values equal to the commonest one
    double mean = Metrics::kUndefined;
    double variance = Metrics::kUndefined;         // sample variance (n − 1); NaN below 2 values
    double meanChurned = Metrics::kUndefined;
    double meanRetained = Metrics::kUndefined;
    // Rule: present > 0 and (modeShare ≥ 0.95 or coefficient of variation sd/|mean| < 0.05,
    // the latter only when mean ≠ 0 and the variance is defined).
    bool lowVariance = false;

    // AUC of the raw value as the risk (higher value = riskier), and the direction-aware figure
    // max(rawAuc, 1 − rawAuc) with the direction that achieves it.
    double rawAuc = Metrics::kUndefined;
    double auc = Metrics::kUndefined;
    RiskDirection direction = RiskDirection::Unknown;
    QString aucReason;                   // why the AUC is undefined, empty otherwise

    // Suggested linear scoring range: the 5th and 95th percentiles of the present values, oriented
    // so that `worst` is the risky end. worst/best are NaN when the direction is unknown.
    double p5 = Metrics::kUndefined;
    double p95 = Metrics::kUndefined;
    double worst = Metrics::kUndefined;
    double best = Metrics::kUndefined;

    std::vector<CategoryChurn> categories;   // category signals only, by code ascending
};

// Number and flag columns: NaN = missing.
Result<SignalDiagnostics> diagnoseNumber(std::span<const double> values, std::span<const std::uint8_t> churned);
// Category columns: codes ≥ 0, negative = missing. Categories have no order: no AUC or range.
Result<SignalDiagnostics> diagnoseCategory(std::span<const std::int32_t> codes, std::span<const std::uint8_t> churned);

// A dataset column by its type (number and flag columns by value, category columns by code).
// `churned` has one entry per dataset row.
Result<SignalDiagnostics> diagnoseColumn(const Column &column, std::span<const std::uint8_t> churned);

// Per row of `snapshot`: 1 when its account has a churn outcome dated after the snapshot's as_of (or
// a churn label observed on this very snapshot), else 0. The split of one week's accounts the rule
// editor draws: an account still there that week and churned later against every other one.
std::vector<std::uint8_t> churnedAfter(const Dataset &snapshot, std::span<const OutcomeRecord> outcomes);

} // namespace tierlab
