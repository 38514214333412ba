#pragma once

#include "common/error.h"
#include "model/model.h"

#include <QCoreApplication>
#include <QDate>

#include <cstdint>
#include <span>
#include <vector>

namespace tierlab {

class SnapshotHistory;

// Survival by tier (docs/backtest.md, "Survival by tier"): Kaplan–Meier retention of the accounts
// scored in a start week, per tier, with churn outcomes as events; the hazard ratio of each tier
// against the best tier; and the churned ARR to expect in the next 90 days.
class Survival
{
    Q_DECLARE_TR_FUNCTIONS(Survival)

public:
    // One account's follow-up: `days` from the start to its churn (event) or to the last day it is
    // known to be a customer (censored).
    struct Subject
    {
        double days = 0;
        bool event = false;
    };

    // One distinct time of the Kaplan–Meier table: subjects at risk just before `days` (follow-up
    // ≥ days), churned and censored at `days`, and S(days) after this step.
    struct Step
    {
        double days = 0;
        std::int64_t atRisk = 0;
        std::int64_t events = 0;
        std::int64_t censored = 0;
        double survival = 1;
    };

    // The product-limit estimator: S(t) = Π over event times t_i ≤ t of (1 − d_i / n_i). Censored
    // subjects at an event's time are still at risk at it. Steps in increasing time, one per distinct time.
    static std::vector<Step> kaplanMeier(std::span<const Subject> subjects);
    // S(t) from the steps: 1 before the first event; NaN when t lies beyond the longest follow-up
    // (0 when S already fell to 0).
    static double survivalAt(std::span<const Step> steps, double days);
    // Subjects whose follow-up reaches `days` (at risk at that time).
    static std::int64_t atRisk(std::span<const Subject> subjects, double days);

    // The hazard ratio of `group` against `reference` from the log-rank expectations over the pooled
    // event times (E = Σ d_t · n_group,t / n_t): HR = (O_group / E_group) / (O_ref / E_ref), with the
    // 95 % interval exp(ln HR ± 1.96 √(1/E_group + 1/E_ref)). NaN with `reason` when either group has
    // no event (its O or E is 0).
    struct HazardRatio
    {
        double value = 0, low = 0, high = 0;
        double observed = 0, expected = 0;   // of the group
        QString reason;                      // why value is NaN
    };
    static HazardRatio hazardRatio(std::span<const Subject> group, std::span<const Subject> reference);

    struct Options
    {
        QDate start;              // the week at or before this date; null: the latest week maxDays before the data's end
        int maxDays = 365;        // follow-up is censored here
        int horizonDays = 90;     // for the expected churned ARR
    };

    struct Tier
    {
        int tier = 0;
        std::int64_t accounts = 0, churned = 0, censored = 0;
        std::vector<Subject> subjects;   // in account order
        std::vector<Step> steps;
        HazardRatio hazard;              // against the reference tier; NaN for the reference itself
        std::int64_t latestAccounts = 0;
        double latestArr = 0;            // of the latest week's accounts in this tier (unknown ARR counts 0)
        double expectedChurnedArr = 0;   // latestArr × (1 − S(horizonDays)); NaN when S is
    };

    struct Report
    {
        QDate start;                   // the start week's as_of
        QDate latest;                  // the week the ARR is read from
        QDate dataEnd;                 // the latest snapshot or outcome date
        int maxDays = 365, horizonDays = 90;
        int referenceTier = -1;        // the best tier with accounts in the start week
        std::vector<Tier> tiers;       // one per model tier, worst first
        QString reason;                // why there is nothing to show (no dated outcome, no week)
    };

    // Scores the start week and the latest week of `history` with `model` (tiers as that week's
    // snapshot gives them), then follows each account scored in the start week: its first churn
    // outcome dated after the start is the event; otherwise it is censored at the later of its last
    // snapshot and its latest retained (non-churn) outcome after the start; both capped at maxDays.
    static Result<Report> compute(const SnapshotHistory &history, const Model &model, const Options &options);
};

} // namespace tierlab
