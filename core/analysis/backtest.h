#pragma once

#include "analysis/bootstrap.h"
#include "analysis/metrics.h"
#include "analysis/signaldiagnostics.h"
#include "common/error.h"
#include "dataset/dataset.h"
#include "model/model.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <cstdint>
#include <functional>
#include <memory>
#include <span>
#include <vector>

namespace tierlab {

class ManualOverrides;
class SnapshotHistory;

struct BacktestOptions
{
    int horizonDays = 90;
    int bootstrapResamples = 1000;          // 0: no AUC confidence interval
    std::uint64_t seed = 20260101;
    bool leadTime = true;                   // walks the weekly snapshots before each churn
    bool trajectory = true;                 // mean score 180/90/60/30 days before the outcome
    int listSize = 20;                      // false negatives / false positives listed
    // CSM manual overrides (docs/overrides.md), null: excluded (the default). When set (its tiers the
    // model's), the tier of every evaluated and lead-time snapshot is the effective one as of that
    // week; the scores, and so AUC and deciles, stay the model's.
    const ManualOverrides *manualOverrides = nullptr;

    // The samples and the evaluation rows only: no interval, lead time, trajectory or lists (what
    // calibration and the starter model re-score).
    static BacktestOptions evaluationOnly(int horizonDays)
    {
        BacktestOptions o;
        o.horizonDays = horizonDays;
        o.bootstrapResamples = 0;
        o.leadTime = false;
        o.trajectory = false;
        o.listSize = 0;
        return o;
    }
};

// One outcome that was scored: the snapshot it was scored on and the result.
struct BacktestSample
{
    QString accountId;
    OutcomeKind kind = OutcomeKind::Churned;
    QDate outcomeDate;                      // null for a label tied to a snapshot
    QDate asOf;                             // the snapshot used
    double score = kMissing;
    int tier = -1;
    bool churned = false;
    double arr = kMissing;
};

struct BacktestListEntry
{
    QString accountId;
    QDate asOf;
    QDate outcomeDate;
    double score = kMissing;
    int tier = -1;
    QString topReason;
};

struct BacktestSignal
{
    QString id;                             // the model signal
    QString column;
    SignalDiagnostics diagnostics;
};

struct LeadTimeResult
{
    std::int64_t churned = 0;               // dated churn outcomes with a snapshot before the churn
    std::int64_t flagged = 0;               // in the worst tier at the last snapshot before the churn
    std::vector<int> days;                  // per flagged account, ascending
    double medianDays = Metrics::kUndefined;
    // Distribution buckets (days): 0 = never flagged, ≤30, ≤60, ≤90, ≤180, >180.
    std::vector<std::int64_t> buckets;
};

struct TrajectoryPoint
{
    int daysBefore = 0;
    double meanChurned = Metrics::kUndefined;
    double meanRetained = Metrics::kUndefined;
    std::int64_t churned = 0;
    std::int64_t retained = 0;
};

struct BacktestMetrics
{
    Metrics::AucResult auc;
    Metrics::BootstrapCi aucCi;
    Metrics::AveragePrecisionResult pr;
    Metrics::TierTable tiers;
    Metrics::Confusion worstTier;           // flagged = worst tier
    Metrics::Confusion belowBest;           // flagged = below the best tier
    Metrics::DecileTable deciles;
};

// A model with segments: the metrics of the outcomes one variant scored (docs/backtest.md).
struct BacktestSegment
{
    QString id;                             // the variant's id; empty: the accounts no variant lists
    QString label;
    std::int64_t n = 0;
    std::int64_t positives = 0;
    BacktestMetrics metrics;
    // The churned accounts this variant scored at their last snapshot before the churn.
    LeadTimeResult leadTime;
};

struct BacktestResult
{
    int horizonDays = 90;
    std::int64_t outcomes = 0;              // in the workspace
    std::int64_t n = 0;                     // scored and evaluated
    std::int64_t accounts = 0;              // distinct accounts among the n evaluated outcomes
    std::int64_t labelOnSnapshot = 0;       // of the n: labels tied to their snapshot (no horizon)
    std::int64_t positives = 0;
    std::int64_t excludedNoSnapshot = 0;    // no snapshot of the account early enough (or no date)
    std::int64_t excludedUnscored = 0;      // the account's snapshot gave no score
    std::int64_t overriddenTiers = 0;       // of the n: tiers a manual override changed (with manualOverrides)
    std::int64_t excluded() const { return excludedNoSnapshot + excludedUnscored; }
    std::vector<QDate> snapshotsUsed;       // as_of dates loaded for the evaluation, ascending

    std::vector<BacktestSample> samples;
    BacktestMetrics metrics;
    LeadTimeResult leadTime;
    std::vector<TrajectoryPoint> trajectory;
    std::vector<BacktestListEntry> falseNegatives;   // churned outside the worst tier, highest score first
    std::vector<BacktestListEntry> falsePositives;   // retained in the worst tier, lowest score first
    std::vector<BacktestSignal> signals;
    std::vector<BacktestSegment> segments;   // per variant in model order, then the base; empty without segments

    // The scored rows gathered into one dataset (row i = samples[i]) with the model's columns:
    // what calibration re-scores. Category codes are re-mapped to one dictionary.
    std::shared_ptr<const Dataset> evaluation;
};

// Back-tests a model on a workspace's history (docs/backtest.md): every dated outcome is scored on
// the account's latest snapshot at least `horizonDays` before it, so no later data leaks in.
class Backtest
{
    Q_DECLARE_TR_FUNCTIONS(Backtest)

public:
    // Streams the snapshots from the workspace, one at a time.
    static Result<BacktestResult> run(const Workspace &workspace, const Model &model,
                                      const BacktestOptions &options = BacktestOptions());
    // The same on a history held in memory: what re-runs as the model changes. Equal results.
    static Result<BacktestResult> run(const SnapshotHistory &history, const Model &model,
                                      const BacktestOptions &options = BacktestOptions());

    // The rank and tier metrics of scores/tiers against churned (one entry per evaluated outcome).
    static Result<BacktestMetrics> metrics(std::span<const double> scores, std::span<const std::int8_t> tiers,
                                           std::span<const std::uint8_t> churned, std::span<const double> arr,
                                           int tierCount, const BacktestOptions &options);

    static bool isChurn(OutcomeKind kind) { return kind == OutcomeKind::Churned; }

    struct Week;   // one snapshot as the walk sees it (backtest.cpp)

private:
    static Result<BacktestResult> runOn(const std::vector<QDate> &dates, const std::vector<OutcomeRecord> &outcomes,
                                        const std::function<int(const QString &)> &accountIndexOf,
                                        const std::function<Result<Week>(std::size_t)> &loadWeek, const Model &model,
                                        const BacktestOptions &options);
};

} // namespace tierlab
