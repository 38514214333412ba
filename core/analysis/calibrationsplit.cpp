#include "analysis/calibrationsplit.h"

#include "common/demorandom.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace tierlab {

namespace {

struct Account
{
    QString id;
    bool churned = false;
    std::vector<std::size_t> rows;
};

// The accounts of the samples in two strata (churned, retained), each sorted by id and then
// shuffled by one generator seeded with `seed`: the churned stratum first.
struct Strata
{
    std::vector<Account> accounts;
    std::vector<std::size_t> churned;    // indices into accounts, shuffled
    std::vector<std::size_t> retained;
};

Strata shuffledStrata(std::span<const BacktestSample> samples, std::uint64_t seed)
{
    Strata s;
    QHash<QString, std::size_t> index;
    for (std::size_t i = 0; i < samples.size(); ++i) {
        const BacktestSample &sample = samples[i];
        auto it = index.constFind(sample.accountId);
        if (it == index.cend()) {
            it = index.insert(sample.accountId, s.accounts.size());
            s.accounts.push_back({sample.accountId, false, {}});
        }
        Account &a = s.accounts[*it];
        a.churned = a.churned || sample.churned;
        a.rows.push_back(i);
    }
    for (std::size_t a = 0; a < s.accounts.size(); ++a)
        (s.accounts[a].churned ? s.churned : s.retained).push_back(a);
    DemoRandom random(seed);
    for (std::vector<std::size_t> *stratum : {&s.churned, &s.retained}) {
        std::sort(stratum->begin(), stratum->end(),
                  [&](std::size_t x, std::size_t y) { return s.accounts[x].id < s.accounts[y].id; });
        // Fisher–Yates from the end: position i swaps with a uniform j in [0, i].
        for (std::size_t i = stratum->size(); i > 1; --i) {
            const auto j = std::size_t(random.uniformInt(0, int(i - 1)));
            std::swap((*stratum)[i - 1], (*stratum)[j]);
        }
    }
    return s;
}

QString dateText(QDate d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

std::int64_t accountCount(std::span<const BacktestSample> samples, const std::vector<std::size_t> &rows)
{
    QSet<QString> ids;
    for (std::size_t i : rows)
        ids.insert(samples[i].accountId);
    return ids.size();
}

} // namespace

QString calibrationValidationName(CalibrationValidation validation)
{
    switch (validation) {
    case CalibrationValidation::Auto:
        return QStringLiteral("auto");
    case CalibrationValidation::TimeSplit:
        return QStringLiteral("time");
    case CalibrationValidation::Holdout:
        return QStringLiteral("holdout");
    case CalibrationValidation::Folds:
        return QStringLiteral("folds");
    }
    return {};
}

QDate CalibrationSplitter::outcomeDay(const BacktestSample &sample)
{
    return sample.outcomeDate.isValid() ? sample.outcomeDate : sample.asOf;
}

bool CalibrationSplitter::oneDate(std::span<const BacktestSample> samples)
{
    return std::all_of(samples.begin(), samples.end(),
                       [&](const BacktestSample &s) { return outcomeDay(s) == outcomeDay(samples.front()); });
}

Result<CalibrationSplit> CalibrationSplitter::byDate(std::span<const BacktestSample> samples, QDate trainUntil)
{
    const std::size_t n = samples.size();
    QDate split = trainUntil;
    if (!split.isValid() && n > 0) {
        std::vector<QDate> sorted(n);
        for (std::size_t i = 0; i < n; ++i)
            sorted[i] = outcomeDay(samples[i]);
        std::sort(sorted.begin(), sorted.end());
        split = sorted[std::size_t(std::ceil(0.7 * double(n))) - 1];
        // Ties stay on the train side; when the cut is the latest date that would leave nothing to
        // test, so the cut moves to the latest date before it (if there is one).
        if (split == sorted.back()) {
            const auto first = std::lower_bound(sorted.begin(), sorted.end(), split);
            if (first != sorted.begin())
                split = *(first - 1);
        }
    }
    CalibrationSplit result;
    result.trainUntil = split;
    for (std::size_t i = 0; i < n; ++i)
        (outcomeDay(samples[i]) <= split ? result.train : result.test).push_back(i);
    if (result.train.empty() || result.test.empty()) {
        return fail(tr("Calibration needs outcomes on both sides of %1: %2 on or before it, %3 after. "
                       "To validate without a split by date, hold out a random share of the accounts "
                       "(--holdout FRACTION) or cross-validate by account (--folds K); the Calibrate dialog "
                       "offers both under Validation.")
                        .arg(dateText(split))
                        .arg(result.train.size())
                        .arg(result.test.size()),
                    Error::Code::Invalid);
    }
    result.trainAccounts = accountCount(samples, result.train);
    result.testAccounts = accountCount(samples, result.test);
    return result;
}

Result<CalibrationSplit> CalibrationSplitter::holdout(std::span<const BacktestSample> samples, double fraction,
                                                      std::uint64_t seed)
{
    if (!(fraction > 0 && fraction < 1))
        return fail(tr("The holdout fraction must lie strictly between 0 and 1, not %1.").arg(fraction),
                    Error::Code::Invalid);
    const Strata strata = shuffledStrata(samples, seed);
    std::vector<bool> test(strata.accounts.size(), false);
    CalibrationSplit result;
    for (const std::vector<std::size_t> *stratum : {&strata.churned, &strata.retained}) {
        const auto share = std::size_t(std::floor(fraction * double(stratum->size()) + 0.5));
        for (std::size_t p = 0; p < share; ++p)
            test[(*stratum)[p]] = true;
    }
    for (std::size_t a = 0; a < strata.accounts.size(); ++a) {
        std::vector<std::size_t> &side = test[a] ? result.test : result.train;
        side.insert(side.end(), strata.accounts[a].rows.begin(), strata.accounts[a].rows.end());
        ++(test[a] ? result.testAccounts : result.trainAccounts);
    }
    if (result.trainAccounts == 0 || result.testAccounts == 0) {
        return fail(tr("A holdout of %1 % of %2 account(s) (%3 churned, %4 retained) leaves %5 account(s) to train "
                       "on and %6 to test.")
                        .arg(fraction * 100.0)
                        .arg(strata.accounts.size())
                        .arg(strata.churned.size())
                        .arg(strata.retained.size())
                        .arg(result.trainAccounts)
                        .arg(result.testAccounts),
                    Error::Code::Invalid);
    }
    std::sort(result.train.begin(), result.train.end());
    std::sort(result.test.begin(), result.test.end());
    return result;
}

Result<std::vector<int>> CalibrationSplitter::folds(std::span<const BacktestSample> samples, int k, std::uint64_t seed)
{
    if (k < kMinFolds || k > kMaxFolds)
        return fail(tr("The number of folds must lie between %1 and %2, not %3.").arg(kMinFolds).arg(kMaxFolds).arg(k),
                    Error::Code::Invalid);
    const Strata strata = shuffledStrata(samples, seed);
    const std::size_t smaller = std::min(strata.churned.size(), strata.retained.size());
    if (std::size_t(k) > smaller) {
        return fail(tr("%1 folds need at least %1 churned and %1 retained accounts; the outcomes have %2 churned and "
                       "%3 retained.")
                        .arg(k)
                        .arg(strata.churned.size())
                        .arg(strata.retained.size()),
                    Error::Code::Invalid);
    }
    std::vector<int> fold(samples.size(), -1);
    std::size_t dealt = 0;
    for (const std::vector<std::size_t> *stratum : {&strata.churned, &strata.retained}) {
        for (std::size_t a : *stratum) {
            const int f = int(dealt++ % std::size_t(k));
            for (std::size_t row : strata.accounts[a].rows)
                fold[row] = f;
        }
    }
    return fold;
}

CalibrationSplit CalibrationSplitter::foldSplit(std::span<const BacktestSample> samples, const std::vector<int> &folds,
                                                int fold)
{
    CalibrationSplit result;
    for (std::size_t i = 0; i < folds.size(); ++i)
        (folds[i] == fold ? result.test : result.train).push_back(i);
    result.trainAccounts = accountCount(samples, result.train);
    result.testAccounts = accountCount(samples, result.test);
    return result;
}

} // namespace tierlab
