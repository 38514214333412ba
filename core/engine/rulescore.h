#pragma once

#include "model/model.h"

#include <QString>

#include <span>
#include <vector>

// One rule applied to values one at a time, outside a dataset: what the rule editor draws as the
// rule's curve. Numbers go through ScoringEngine's kernels (scoringkernels.h), text through
// ScoringFormula, so a point on the curve is the score an account with that value gets, bit for bit.
namespace tierlab::rulescore {

// The score of a number (number and flag columns) under a linear, bands or flag rule; NaN (a missing
// value) gets missingScore(missing). A map or percentile rule gives NaN: map scores text and
// percentile needs the whole column (scoreColumn).
double scoreNumber(const SignalRule &rule, MissingPolicy missing, double value);
// The score of a text value (category columns) under a map or flag rule; a flag rule reads the text
// as yes/no and scores unrecognised text as missing. Other rules give NaN.
double scoreText(const SignalRule &rule, MissingPolicy missing, const QString &text);
// The scores of a whole number column: a percentile rule ranks each value among `values` (NaN is
// missing), any other number rule scores each value alone (scoreNumber).
std::vector<double> scoreColumn(const SignalRule &rule, MissingPolicy missing, std::span<const double> values);

} // namespace tierlab::rulescore
