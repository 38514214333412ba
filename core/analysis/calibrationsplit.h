#pragma once

#include "analysis/backtest.h"
#include "common/error.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <cstdint>
#include <span>
#include <vector>

namespace tierlab {

// How calibration keeps outcomes out of the fit (docs/backtest.md, "Validation").
enum class CalibrationValidation : std::uint8_t {
    Auto,       // by date; a random holdout of accounts when every outcome shares one date
    TimeSplit,  // outcomes dated ≤ trainUntil train, later ones test
    Holdout,    // a stratified random share of the accounts tests
    Folds,      // stratified K-fold cross-validation by account
};
QString calibrationValidationName(CalibrationValidation validation);   // auto, time, holdout, folds

// Rows (indices into the back-test's samples) on each side of a split.
struct CalibrationSplit
{
    std::vector<std::size_t> train;
    std::vector<std::size_t> test;
    std::int64_t trainAccounts = 0;
    std::int64_t testAccounts = 0;
    QDate trainUntil;   // a split by date: the cut (outcomes dated on or before it train)
};

// The splits themselves, on the back-test's evaluated outcomes. Holdout and folds split by account
// (all outcomes of an account on one side), stratified: an account is "churned" when any of its
// outcomes is a churn, "retained" otherwise. Each stratum is sorted by account id, then shuffled by
// Fisher–Yates with DemoRandom (xoshiro256**, seeded through splitmix64): one generator seeded with
// `seed` shuffles the churned accounts, then the retained ones. Only IEEE arithmetic is involved, so a
// seed gives the same split on every machine and standard library.
class CalibrationSplitter
{
    Q_DECLARE_TR_FUNCTIONS(CalibrationSplitter)

public:
    static constexpr int kMinFolds = 2;
    static constexpr int kMaxFolds = 20;

    // The date an outcome counts at: its own, or for a label its snapshot's.
    static QDate outcomeDay(const BacktestSample &sample);
    // True when every outcome counts at one and the same date (also when there are none).
    static bool oneDate(std::span<const BacktestSample> samples);

    // Outcomes dated on or before `trainUntil` train, later ones test. An invalid `trainUntil` takes
    // the date of the ⌈0.7·n⌉-th outcome by date; when that is the latest date (so nothing would be
    // left to test), the latest date before it. Fails when a side is empty; the message names the
    // split by account (--holdout, --folds).
    static Result<CalibrationSplit> byDate(std::span<const BacktestSample> samples, QDate trainUntil);

    // In each stratum of m accounts the first round(fraction·m) of the shuffled order test (halves
    // round up: ⌊fraction·m + 0.5⌋). 0 < fraction < 1; fails when a side is left without accounts.
    static Result<CalibrationSplit> holdout(std::span<const BacktestSample> samples, double fraction,
                                            std::uint64_t seed);

    // Per sample its fold, 0 … k−1. The shuffled churned accounts, then the shuffled retained ones,
    // are dealt to folds 0, 1, …, k−1, 0, 1, … (the retained continue where the churned stopped), so
    // every fold has ⌊c/k⌋ or ⌈c/k⌉ of the c churned accounts and fold sizes differ by at most one
    // account. 2 ≤ k ≤ 20 and k ≤ both strata's account counts (each fold then tests both classes).
    static Result<std::vector<int>> folds(std::span<const BacktestSample> samples, int k, std::uint64_t seed);

    // The rows of fold `fold` (test) and of all others (train).
    static CalibrationSplit foldSplit(std::span<const BacktestSample> samples, const std::vector<int> &folds, int fold);
};

} // namespace tierlab
