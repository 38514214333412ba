#pragma once

#include "analysis/backtest.h"
#include "common/error.h"
#include "model/model.h"

#include <QCoreApplication>
#include <QString>

#include <atomic>
#include <cstdint>
#include <span>
#include <vector>

namespace tierlab {

class SnapshotHistory;
class Workspace;

struct StarterOptions
{
    int horizonDays = 90;
    // The stratified share of accounts (CalibrationSplitter::holdout) left out of the fit and scored
    // to report a held-out AUC; 0 fits on every account and reports none.
    double holdoutFraction = 0.333;
    std::uint64_t seed = 1;
    double minCoverage = 0.5;       // a signal needs a value on at least this share of the fitted outcomes
    int maxBins = 20;               // quantile bins before merging
    double minBinShare = 0.05;      // a bin (or a listed map value) holds at least this share of the values
    std::vector<double> tierEdges = {40, 70};   // lower edges of the tiers above the worst one
    QString name;                   // empty: "Starter model"
    const std::atomic<bool> *cancel = nullptr;
};

// What the starter did with one catalogue column.
struct StarterSignal
{
    QString column;                 // catalogue id
    QString label;
    SignalType type = SignalType::Number;
    bool kept = false;
    QString reason;                 // why it was left out; empty when kept
    QString category;               // family id, when kept
    RuleKind rule = RuleKind::Bands;
    MissingPolicy missing = MissingPolicy::Skip;
    std::int64_t present = 0;       // fitted outcomes with a value
    double coverage = Metrics::kUndefined;
    // Numbers: the direction-aware univariate AUC of the raw value, its Mann–Whitney z against 0.5.
    // Categories and flags: the AUC of the fitted scores (in-sample) and the χ² statistic.
    double auc = Metrics::kUndefined;
    double statistic = Metrics::kUndefined;
    double critical = Metrics::kUndefined;   // the statistic's 5 % critical value
    double informationValue = Metrics::kUndefined;
    int bins = 0;                   // bands, map values + default, or 2 for a flag
};

struct StarterResult
{
    Model model;
    std::vector<StarterSignal> signals;          // every catalogue column, in catalogue order
    std::int64_t fitOutcomes = 0;
    std::int64_t fitAccounts = 0;
    std::int64_t fitPositives = 0;
    std::int64_t testAccounts = 0;
    std::vector<QString> testAccountIds;         // sorted; empty without a holdout
    BacktestResult backtest;                     // the starter model on every outcome
    BacktestMetrics heldOut;                     // the starter model on the held-out accounts' outcomes
    std::int64_t heldOutOutcomes = 0;
    std::int64_t heldOutPositives = 0;
};

// Builds a first model from a workspace's signals and outcomes (docs/backtest.md, "A starter model
// from data"): the back-test's point-in-time samples of every catalogue column, a monotone bands rule
// per number column (quantile bins merged by pool-adjacent-violators until the churn rate is
// monotone in the direction of the univariate AUC), a map rule per category column, a flag rule per
// flag; each rule's scores scaled from its bins' churn rates (the riskiest 0, the safest 100); signals
// grouped into families by name; weights from information value; tiers at `tierEdges`.
class StarterModel
{
    Q_DECLARE_TR_FUNCTIONS(StarterModel)

public:
    static Result<StarterResult> build(const Workspace &workspace, const StarterOptions &options = StarterOptions());
    static Result<StarterResult> build(const SnapshotHistory &history, const StarterOptions &options = StarterOptions());

    // The fitting itself on gathered rows (row i of `data` has outcome churned[i]); rows not in
    // `fitRows` are ignored. Fills `signals` for the columns of `data` and returns the model.
    static Result<Model> fit(const Dataset &data, std::span<const std::uint8_t> churned,
                             std::span<const std::size_t> fitRows, const StarterOptions &options,
                             std::vector<StarterSignal> *signals);

    // The family a column belongs to by the words of its id and header: engagement, support,
    // relationship, commercial or other.
    static QString familyOf(const QString &id, const QString &originalName);

    // The χ² critical value at 5 % for `df` degrees of freedom (Wilson–Hilferty; exact to ±0.3 % for df ≥ 1).
    static double chiSquareCritical95(int df);
};

} // namespace tierlab
