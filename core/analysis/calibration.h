#pragma once

#include "analysis/backtest.h"
#include "analysis/calibrationsplit.h"
#include "analysis/thresholdproposal.h"
#include "common/error.h"
#include "model/model.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>

#include <atomic>
#include <cstdint>
#include <functional>
#include <limits>
#include <map>
#include <optional>
#include <vector>

namespace tierlab {

class SnapshotHistory;
class Workspace;

enum class CalibrationObjective : std::uint8_t { Auc, LogLoss };
QString calibrationObjectiveName(CalibrationObjective objective);
bool calibrationObjectiveFromName(const QString &name, CalibrationObjective *objective);

struct CalibrationOptions
{
    int horizonDays = 90;
    CalibrationObjective objective = CalibrationObjective::Auc;
    // Which outcomes the fit never sees (docs/backtest.md, "Validation"). Auto: a split by date
    // (trainUntil, or ~70/30 when invalid); a holdout of holdoutFraction when every outcome shares
    // one date. A valid trainUntil with Auto means TimeSplit.
    CalibrationValidation validation = CalibrationValidation::Auto;
    QDate trainUntil;                   // invalid: the outcome date splitting outcomes ~70/30
    double holdoutFraction = 0.3;       // Holdout (and Auto on one date): the share of accounts tested
    int folds = 5;                      // Folds: K
    std::uint64_t seed = 1;             // Holdout, Folds: the shuffle's seed
    QStringList locked;                 // category ids kept as they are (besides "locked": true)
    // The lowest weight of an unlocked category. Unset: kDefaultMinWeightShare of the model's category
    // weights' sum, so that calibration never drops a whole category to 0 unless asked to (0 allows it).
    std::optional<double> minWeight;
    static constexpr double kDefaultMinWeightShare = 0.05;
    double maxWeight = std::numeric_limits<double>::infinity();
    int maxPasses = 10;
    int bootstrapResamples = 1000;      // for the test-window AUC interval
    // Also fit the weights of the signals inside each unlocked category (≥ 0, no upper bound).
    bool signalWeights = false;
    // Per category id: bounds that replace minWeight/maxWeight for that category. An unset min keeps
    // minWeight (or its default), so bounding only the top never lifts the guard rail.
    struct Bounds
    {
        std::optional<double> min;
        double max = std::numeric_limits<double>::infinity();
    };
    std::map<QString, Bounds> categoryBounds;
    // Tier thresholds (ThresholdProposal), proposed with the calibrated weights and applied to the
    // output model: the worst tier's upper edge for at most this many accounts of the latest snapshot
    // (negative: leave it), and the best tier's lower edge for at most this churn rate (NaN: leave it).
    std::int64_t redCapacity = -1;
    double bestTierMaxChurn = std::numeric_limits<double>::quiet_NaN();
    // Called on the calibrating thread before each weight is searched: (steps done, upper bound).
    std::function<void(int done, int total)> progress;
    // Checked before each weight; when set, run() fails with Error::Code::Cancelled.
    const std::atomic<bool> *cancel = nullptr;
};

struct CalibrationWindow
{
    QDate from;
    QDate until;
    std::int64_t n = 0;                 // outcomes
    std::int64_t positives = 0;
    std::int64_t accounts = 0;
};

// One fold of a cross-validation: fitted on the other folds, tested on this one.
struct CalibrationFold
{
    int fold = 0;                       // 1 … K
    std::int64_t trainOutcomes = 0;
    std::int64_t testOutcomes = 0;
    std::int64_t testAccounts = 0;
    std::int64_t testPositives = 0;
    double testAucBefore = Metrics::kUndefined;   // the input model on this fold
    double testAuc = Metrics::kUndefined;         // the weights fitted on the other folds
    std::vector<double> weights;                  // per model category, fitted on the other folds
    std::vector<double> signalWeights;            // per model signal
};

struct CalibrationResult
{
    Model model;                        // the input with the new weights and a "calibration" block
    CalibrationObjective objective = CalibrationObjective::Auc;
    CalibrationValidation validation = CalibrationValidation::TimeSplit;   // as run: never Auto
    QDate trainUntil;                   // TimeSplit: the cut (outcomes dated on or before it train)
    double holdoutFraction = Metrics::kUndefined;   // Holdout
    int folds = 0;                      // Folds: K
    std::uint64_t seed = 0;             // Holdout, Folds
    QString note;                       // why Auto chose what it did, when that needs saying
    CalibrationWindow train;            // Folds: every outcome (the model is refit on all of them)
    CalibrationWindow test;             // Folds: empty
    double trainObjectiveBefore = Metrics::kUndefined;   // AUC, or −log loss
    double trainObjectiveAfter = Metrics::kUndefined;
    BacktestMetrics testBefore;
    BacktestMetrics testAfter;
    std::vector<CalibrationFold> foldResults;     // Folds: one per fold
    double foldsMeanAuc = Metrics::kUndefined;    // over the folds' testAuc
    double foldsSdAuc = Metrics::kUndefined;      // sample standard deviation (n − 1)
    double foldsMeanAucBefore = Metrics::kUndefined;
    std::vector<double> weightsBefore;  // per model category
    std::vector<double> weightsAfter;
    std::vector<double> signalWeightsBefore;   // per model signal
    std::vector<double> signalWeightsAfter;    // equal to before unless signalWeights was asked for
    TierCut redCut;                     // when asked for (redCapacity ≥ 0)
    TierCut bestCut;                    // when asked for (bestTierMaxChurn set)
    double minWeight = 0;               // the lower bound used (options.minWeight or its default)
    bool minWeightIsDefault = false;
    QStringList categoriesAtZero;       // ids of the categories weighing 0 after calibration
    std::vector<CapShift> capShifts;    // numeric caps whose tier the proposed edges change
    int evaluations = 0;                // re-scorings tried
    QString fingerprint;                // of the evaluated outcomes and their snapshots
};

// Fits category weights to the workspace's outcomes (docs/backtest.md): a deterministic coordinate
// search over the unlocked weights on the back-test's evaluation rows, each step one re-score.
class Calibration
{
    Q_DECLARE_TR_FUNCTIONS(Calibration)

public:
    static Result<CalibrationResult> run(const Workspace &workspace, const Model &model,
                                         const CalibrationOptions &options = CalibrationOptions());
    // The same on a history held in memory (equal results).
    static Result<CalibrationResult> run(const SnapshotHistory &history, const Model &model,
                                         const CalibrationOptions &options = CalibrationOptions());
    // The search itself, on a back-test's evaluation rows; `latest` (may be null) is the snapshot the
    // red-tier capacity is counted on.
    static Result<CalibrationResult> fit(const BacktestResult &backtest, const Model &model,
                                         const CalibrationOptions &options, const Dataset *latest = nullptr);
    // The lowest weight of an unlocked category: options.minWeight, else kDefaultMinWeightShare of
    // the model's category weights' sum (a category already at 0 may stay there).
    static double minimumWeight(const Model &model, const CalibrationOptions &options);

private:
    static Result<void> checkOptions(const Model &model, const CalibrationOptions &options);
};

} // namespace tierlab
