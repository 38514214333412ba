#pragma once

#include "model/model.h"

#include <span>
#include <vector>

namespace tierlab {

// The history-dependent parts of format version 2, for one account's weekly scores in date order:
// hysteresis (docs/model-format.md, "Hysteresis") and the trend tier ("Trend tier"). Pure
// functions: the review and the back-test feed them the scores they computed, so that nothing dated
// after a week changes that week's tier.
namespace TierDynamics {

// The tiers' mins in order (the form tierOf and hysteresisTiers read).
std::vector<double> tierMins(const std::vector<Tier> &tiers);

// The tier of `score` under tier mins `mins` (increasing from 0); -1 when NaN.
int tierOf(std::span<const double> mins, double score);

// Tiers with hysteresis, week by week from the first: `scores[w]` the final score (NaN: unscored, which
// has no tier and leaves the state as it was), `mins[w]` the tier mins that apply to the account that
// week (a segment's, say). The first scored week takes the tier of its score. Afterwards the account
// keeps the tier it holds unless its score's tier differs and
//   - moving up, score ≥ (the held tier's upper edge) + points, or moving down, score < (the held
//     tier's min) − points; or
//   - its score's tier has differed from the held tier `weeks` scored weeks in a row (weeks > 0);
// then it takes its score's tier. With points = 0 every crossing moves it: the tiers are the scores'.
std::vector<int> hysteresisTiers(std::span<const double> scores, std::span<const std::span<const double>> mins,
                                 const Hysteresis &hysteresis);

// The least-squares slope, in points a week, of the scored weeks among `window` (the last N weeks,
// oldest first; NaN = unscored, left out, x = the week's position in the window); NaN when fewer than
// 3 weeks are scored.
double slope(std::span<const double> window);

// Whether the trend tier applies: the slope is ≤ −trend.slope (fewer than 3 scored weeks: no).
bool declining(std::span<const double> window, const TrendSplit &trend);

} // namespace TierDynamics

} // namespace tierlab
