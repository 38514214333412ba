#pragma once

#include "common/error.h"
#include "model/model.h"

#include <QCoreApplication>

#include <atomic>
#include <cstdint>
#include <functional>
#include <vector>

namespace tierlab {

class SnapshotHistory;
struct BacktestResult;

// Every account's score and tier in every week of a history, with the model's hysteresis and trend
// tier (format version 2) applied week by week from the first snapshot (TierDynamics): what the
// flip rate, and the back-test's "with and without hysteresis", are read from. Weeks are scored as
// each snapshot was (percentiles rank that snapshot), so nothing after a week changes its tiers.
class TierPaths
{
    Q_DECLARE_TR_FUNCTIONS(TierPaths)

public:
    struct Options
    {
        std::function<void(int done, int total)> progress;   // per week, on the calling thread
        const std::atomic<bool> *cancel = nullptr;             // checked per week: Error::Code::Cancelled
    };

    static Result<TierPaths> compute(const SnapshotHistory &history, const Model &model, const Options &options);
    static Result<TierPaths> compute(const SnapshotHistory &history, const Model &model)
    {
        return compute(history, model, Options());
    }

    std::size_t weekCount() const { return m_weeks; }
    std::size_t accountCount() const { return m_accounts; }
    // NaN / -1: no snapshot that week, or unscored.
    double score(std::size_t week, std::size_t account) const { return m_scores[at(week, account)]; }
    // The model's tier of that week alone (the engine's, tier caps included).
    int rawTier(std::size_t week, std::size_t account) const { return m_raw[at(week, account)]; }
    // With hysteresis (the raw tier when the model has none), then the week's tier caps.
    int tier(std::size_t week, std::size_t account) const { return m_tier[at(week, account)]; }
    // In the trend tier that week: its tier is trend.tier and the slope over the last trend.weeks is ≤ −slope.
    bool declining(std::size_t week, std::size_t account) const { return m_declining[at(week, account)] != 0; }
    // How many accounts are declining in `week`.
    std::int64_t decliningCount(std::size_t week) const;

    // Of the accounts with a tier in week − 1 and in week, the share whose tier differs; NaN when
    // week is 0 or no account has both.
    double flipRate(std::size_t week, bool withHysteresis) const;
    // The mean of flipRate over the weeks where it is defined; NaN when none.
    double meanFlipRate(bool withHysteresis) const;

    // The back-test's figures with the raw tiers and with these tiers: the worst tier's recall over
    // its evaluated outcomes (each read at its snapshot's week) and the median lead time of dated
    // churn outcomes (weeks in the worst tier that reach the churn, as Backtest counts them).
    struct Effect
    {
        double recallWithout = 0, recallWith = 0;
        double leadDaysWithout = 0, leadDaysWith = 0;   // NaN when no churn was flagged
        std::int64_t flaggedWithout = 0, flaggedWith = 0;
        std::int64_t churned = 0;                       // dated churn outcomes with a snapshot before
    };
    Effect effect(const SnapshotHistory &history, const BacktestResult &backtest) const;

    // The trend tier against the outcomes: of the back-test's evaluated outcomes whose account was in
    // the split tier at its snapshot's week (tiers as held), those declining then and the others, and
    // how many of each churned. Does the split tell churners apart within its tier?
    struct TrendEffect
    {
        std::int64_t inTier = 0;            // evaluated outcomes in the split tier
        std::int64_t declining = 0;         // of them, declining at that week
        std::int64_t churnedDeclining = 0;
        std::int64_t churnedStable = 0;     // churned and not declining
        std::int64_t stable() const { return inTier - declining; }
        double churnRateDeclining() const;  // NaN when there is none
        double churnRateStable() const;
    };
    TrendEffect trendEffect(const SnapshotHistory &history, const BacktestResult &backtest, int splitTier) const;

private:
    std::size_t at(std::size_t week, std::size_t account) const { return account * m_weeks + week; }

    std::size_t m_weeks = 0;
    std::size_t m_accounts = 0;
    std::vector<double> m_scores;           // account-major
    std::vector<std::int8_t> m_raw;
    std::vector<std::int8_t> m_tier;
    std::vector<std::uint8_t> m_declining;
};

} // namespace tierlab
