#pragma once

#include "analysis/backtest.h"
#include "common/error.h"
#include "model/model.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <limits>
#include <vector>

namespace tierlab {

class Workspace;

enum class CalibrationObjective : std::uint8_t { Auc, LogLoss };
QString calibrationObjectiveName(CalibrationObjective objective);
bool calibrationObjectiveFromName(const QString &name, CalibrationObjective *objective);

struct CalibrationOptions
{
    int horizonDays = 90;
    CalibrationObjective objective = CalibrationObjective::Auc;
    QDate trainUntil;                   // invalid: the outcome date splitting outcomes ~70/30
    QStringList locked;                 // category ids kept as they are (besides "locked": true)
    double minWeight = 0;
    double maxWeight = std::numeric_limits<double>::infinity();
    int maxPasses = 10;
    int bootstrapResamples = 1000;      // for the test-window AUC interval
};

struct CalibrationWindow
{
    QDate from;
    QDate until;
    std::int64_t n = 0;
    std::int64_t positives = 0;
};

struct CalibrationResult
{
    Model model;                        // the input with the new weights and a "calibration" block
    CalibrationObjective objective = CalibrationObjective::Auc;
    CalibrationWindow train;
    CalibrationWindow test;
    double trainObjectiveBefore = Metrics::kUndefined;   // AUC, or −log loss
    double trainObjectiveAfter = Metrics::kUndefined;
    BacktestMetrics testBefore;
    BacktestMetrics testAfter;
    std::vector<double> weightsBefore;  // per model category
    std::vector<double> weightsAfter;
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
};

} // namespace tierlab
