#pragma once

#include "common/error.h"
#include "dataset/dataset.h"
#include "model/model.h"

#include <QString>

#include <vector>

namespace tierlab {

// One signal, penalty, override or category of the input model, kept or dropped by ModelAdapter.
struct AdaptedItem
{
    QString path;     // JSON path in the input model, e.g. "$.signals[3]"
    QString id;
    QString column;   // the column it reads; empty for a category
    QString reason;   // why it was dropped; empty when kept

    // `$.signals[3] "nps" (column nps_score): not in the workspace`
    QString text() const;
};

struct ModelAdaptation
{
    Model model;                         // what fits the workspace; validates against its catalogue
    std::vector<AdaptedItem> kept;       // in file order: categories, signals, penalties, overrides
    std::vector<AdaptedItem> dropped;    // same order
    bool changed() const { return !dropped.empty(); }
};

// Keeps the part of a model that fits a workspace's signal catalogue (docs/model-format.md,
// "Adapting a model to a workspace"):
// - a signal stays when its column is in the catalogue with a type its rule accepts
//   (ModelValidator::ruleTypeProblem);
// - a penalty or override stays when its column is there and its condition suits the column's type
//   (ModelValidator::conditionTypeProblem);
// - a category stays when at least one of its signals stays. The kept categories' weights are left
//   as they are (weights are relative, so their shares grow; nothing is renormalised);
// - tiers are kept unchanged.
// When something is dropped the name gets " (adapted)" and any export metadata is removed (its
// sha256 would no longer match). When no signal is left it fails (Invalid), naming the workspace's
// columns. A model that is itself invalid fails with its structure problems.
class ModelAdapter
{
public:
    static Result<ModelAdaptation> adapt(const Model &model, const std::vector<SignalInfo> &catalogue);
    // The category weights of an adapted model as "id weight (share %)", comma-separated.
    static QString weightSummary(const Model &model);
};

} // namespace tierlab
