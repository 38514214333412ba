#pragma once

#include "common/error.h"
#include "model/model.h"

#include <QCoreApplication>
#include <QString>

#include <cstdint>
#include <span>
#include <vector>

namespace tierlab {

// A proposed tier edge: the `min` of one tier, with what it gives.
struct TierCut
{
    bool feasible = false;
    int tier = -1;                 // the tier whose `min` moves (1 = the edge between the two worst tiers)
    double current = 0;            // its `min` now
    double proposed = 0;           // the new `min` (when feasible)
    std::int64_t accounts = 0;     // red cut: accounts below it; best cut: outcomes at or above it
    std::int64_t churned = 0;      // best cut: churned outcomes at or above it
    double rate = 0;               // best cut: churned / accounts
    QString reason;                // why not feasible
};

// A numeric override cap that lands in another tier once the edges move: the accounts it caps
// change tier (capped at 39 under a red edge moved to 37.3, they are no longer red). Caps given as
// a tier (`cap_tier`) follow the edges and are never listed.
struct CapShift
{
    QString override;
    double cap = 0;
    QString tierBefore;
    QString tierAfter;
};

// Tier thresholds from data (docs/backtest.md, "Calibration"):
// - redCutForCapacity: the highest `min` of the second tier that leaves at most `capacity` accounts of
//   the scored portfolio in the worst tier (what the CSM team can work), rounded down to 0.01.
// - bestCutForChurnRate: the lowest `min` of the best tier whose back-tested churn rate (outcomes
//   scored at or above it) is at most `maxRate`, so the best tier is as large as that allows.
// Both keep the tiers strictly increasing; when that is impossible the cut is not feasible and
// `reason` says why. Unscored (NaN) scores are ignored.
class ThresholdProposal
{
    Q_DECLARE_TR_FUNCTIONS(ThresholdProposal)

public:
    static TierCut redCutForCapacity(std::span<const double> scores, const Model &model, std::int64_t capacity);
    static TierCut bestCutForChurnRate(std::span<const double> scores, std::span<const std::uint8_t> churned,
                                       const Model &model, double maxRate);
    // The model with the feasible cuts applied.
    static Model apply(const Model &model, const TierCut &cut);
    // The overrides of `after` whose numeric cap is in another tier under after's tiers than under
    // before's (same overrides, moved edges).
    static std::vector<CapShift> capShifts(const Model &before, const Model &after);
};

} // namespace tierlab
