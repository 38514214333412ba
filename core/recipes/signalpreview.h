#pragma once

#include "common/error.h"
#include "recipes/recipeset.h"

#include <QDate>
#include <QString>

#include <atomic>
#include <cstdint>
#include <limits>
#include <vector>

namespace tierlab {

class Workspace;

// What the signals page shows beside the recipe being edited, before it goes into a model: its values
// at the grid's latest date, their coverage, and how well the signal alone ranks the churned outcomes.
struct SignalPreviewResult
{
    QString id;
    QDate latest;                       // the grid's last date
    std::int64_t accountsAtLatest = 0;  // accounts with a snapshot on that date
    std::vector<double> values;         // their present values (number signals), in account order
    double coverage = 0;                // values.size() / accountsAtLatest
    // Univariate AUC: each dated outcome is matched with the account's value at the latest grid date
    // at least horizonDays before it (a label tied to a snapshot: the latest grid date on or before
    // it), as the back-test does; churned against every other kind. `auc` reads higher values as
    // riskier; `higherIsRiskier` and `aucOriented` = max(auc, 1 − auc) give the direction.
    int horizonDays = 90;
    std::int64_t outcomes = 0;          // matched with a present value
    std::int64_t positives = 0;
    std::int64_t excluded = 0;          // outcomes without a snapshot that early, or a missing value
    double auc = std::numeric_limits<double>::quiet_NaN();
    double aucOriented = std::numeric_limits<double>::quiet_NaN();
    bool higherIsRiskier = true;
    QString aucReason;                  // why there is no AUC (no outcomes, one class, a text signal)
};

class SignalPreview
{
public:
    // Builds only `recipe` and the signals it reads, in memory; nothing is written.
    static Result<SignalPreviewResult> compute(const Workspace &ws, const RecipeSet &recipes, int recipe,
                                               int horizonDays = 90, const std::atomic<bool> *cancel = nullptr);
};

} // namespace tierlab
