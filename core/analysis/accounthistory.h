#pragma once

#include "analysis/manualoverrides.h"
#include "analysis/review.h"
#include "common/error.h"
#include "dataset/dataset.h"
#include "engine/explanation.h"
#include "model/model.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>

#include <atomic>
#include <cmath>
#include <cstdint>
#include <vector>

namespace tierlab {

class SnapshotHistory;

// A model that was in force over some weeks: a published version (from its publication on), or the
// fallback the caller gives for the weeks before the first publication.
struct ModelInForce
{
    std::int64_t versionId = -1;   // -1: the fallback
    QString name;
    QDateTime publishedAt;         // UTC; null for the fallback
    Model model;
};

// One week of one account (docs/review.md, "Account view").
struct AccountWeek
{
    QDate asOf;
    int model = 0;                // index into AccountHistoryResult::models: the model in force
    bool modelChanged = false;    // a different model than in the account's previous week
    Explanation explanation;      // under the model in force: score, tier, signals, penalties, overrides
    OverrideEffect manual;        // the CSM override in force that week (State::None when none)
    // Against the account's previous scored week. Unset (NaN) for the first scored week, an unscored
    // week, and a week one of the three scores below is missing in. behaviour + modelChange == total.
    QDate previousAsOf;
    double total = kMissing;        // S(M_t, x_t) − S(M_t−1, x_t−1)
    double behaviour = kMissing;    // S(M_t−1, x_t) − S(M_t−1, x_t−1): the data moved, same model
    double modelChange = kMissing;  // S(M_t, x_t) − S(M_t−1, x_t): the model changed, same data
    std::vector<ReviewDriver> drivers;   // of the behaviour change, by |points| descending

    bool scored() const { return explanation.scored; }
    bool hasChange() const { return !std::isnan(total); }
    double score() const { return explanation.score; }
    int tier() const { return explanation.tier; }
};

struct AccountHistoryResult
{
    QString accountId;
    QString name;                 // as of the latest week
    QString csm;
    QString segment;
    double arr = kMissing;
    QDate renewalDate;
    std::vector<ModelInForce> models;    // [0]: the fallback, then the publish log's entries in order
    std::vector<AccountWeek> weeks;      // the weeks the account has a snapshot in, oldest first
    std::vector<ManualOverrideRecord> manualOverrides;   // the account's, cleared ones too, by id

    const AccountWeek *latest() const { return weeks.empty() ? nullptr : &weeks.back(); }
    const Model &modelOf(const AccountWeek &week) const { return models[std::size_t(week.model)].model; }
};

// One account over every week of the history: each week scored with the model published then (the
// last publication dated on or before the as_of, else the fallback), and each week's change split
// into the part the account's data caused (same model) and the part the model change caused (same
// data). Weeks are scored as the engine scores them: a model with percentile rules ranks the whole
// snapshot; any other only needs the account's row.
class AccountHistory
{
    Q_DECLARE_TR_FUNCTIONS(AccountHistory)

public:
    // The publish log with each version's model, oldest first.
    static Result<std::vector<ModelInForce>> publishedModels(const Workspace &workspace);

    // NotFound when the history has no snapshot of `accountId`. A model that does not fit a week fails
    // naming the week. `overrides`: the workspace's CSM overrides (any account's; the account's are kept).
    static Result<AccountHistoryResult> compute(const SnapshotHistory &history, const ModelInForce &fallback,
                                                const std::vector<ModelInForce> &published, const QString &accountId,
                                                const std::vector<ManualOverrideRecord> &overrides = {},
                                                const std::atomic<bool> *cancel = nullptr);
};

} // namespace tierlab
