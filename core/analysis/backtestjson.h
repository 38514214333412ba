#pragma once

#include "analysis/backtest.h"
#include "analysis/survival.h"

#include <QJsonObject>
#include <QStringList>

#include <nlohmann/json_fwd.hpp>

namespace tierlab {

// The one JSON form of a back-test, shared by the CLI (`backtest`, `calibrate`, `model starter`
// --json) and the model export's metadata, so that the two never disagree on a figure. Undefined
// figures (NaN) are null: JSON has no NaN.

// The model's tier ids in the engine's numbering: sorted by min ascending, 0 = worst.
QStringList backtestTierIds(const Model &model);
// The same order with what a reader sees: each tier's label, its id where it has none.
QStringList backtestTierNames(const Model &model);

// The rank and tier metrics: auc, auc_ci, pr_auc, base_rate, tiers, monotonic, relative_risk(_ci),
// precision, recall, f1 (worst tier flagged), worst_tier, below_best_tier, deciles.
nlohmann::json backtestMetricsJson(const BacktestMetrics &m, const Model &model);
// The whole result (`tierlab backtest --json`): counts, the metrics above, lead time, trajectory,
// the false negative / positive lists and the signals' diagnostics.
nlohmann::json backtestResultJson(const BacktestResult &r, const Model &model);
// The headline a model file carries as metadata.backtest (ModelMetadata::backtest): n, positives,
// auc, auc_ci (null without a bootstrap), pr_auc, relative_risk, precision, recall, horizon_days —
// the same members, with the same values, as backtestResultJson.
QJsonObject backtestSummaryJson(const BacktestResult &r);
// `tierlab backtest --json`'s "survival": the start week, each tier's Kaplan–Meier figures (survival
// at 30/90/180/365 days, at risk at 0…365 days, the curve's steps), hazard ratio against the reference
// tier and the churned ARR to expect over the horizon (docs/backtest.md, "Survival by tier").
nlohmann::json survivalJson(const Survival::Report &r, const Model &model);

} // namespace tierlab
