#include "analysis/thresholdproposal.h"

#include "engine/tierdynamics.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace tierlab {

namespace {

std::vector<double> scored(std::span<const double> scores)
{
    std::vector<double> s;
    s.reserve(scores.size());
    for (double v : scores) {
        if (!std::isnan(v))
            s.push_back(v);
    }
    std::sort(s.begin(), s.end());
    return s;
}

} // namespace

TierCut ThresholdProposal::redCutForCapacity(std::span<const double> scores, const Model &model, std::int64_t capacity)
{
    TierCut cut;
    cut.tier = 1;
    if (model.tiers.size() < 2) {
        cut.reason = tr("The model has a single tier: there is no edge to move.");
        return cut;
    }
    cut.current = model.tiers[1].min;
    if (capacity < 0) {
        cut.reason = tr("The capacity must be zero or more accounts.");
        return cut;
    }
    const std::vector<double> s = scored(scores);
    const double ceiling = model.tiers.size() > 2 ? model.tiers[2].min : 100.0;
    // Accounts below c are red. The (capacity+1)-th lowest score is the highest c that leaves at most
    // `capacity` below it (equal scores stay above); with fewer accounts than that, any c will do.
    double c = std::size_t(capacity) < s.size() ? s[std::size_t(capacity)] : ceiling;
    // Rounded down to 0.01 so the file reads well (fewer accounts below, never more).
    if (const double rounded = std::floor(c * 100.0) / 100.0; rounded > model.tiers[0].min)
        c = rounded;
    if (model.tiers.size() > 2 && c >= ceiling)
        c = ceiling - 0.01;   // below the next tier's edge, and so fewer accounts still
    if (c <= model.tiers[0].min) {
        const auto atFloor = std::upper_bound(s.begin(), s.end(), model.tiers[0].min) - s.begin();
        cut.reason = tr("%n account(s) score %1 or less: no edge leaves at most %2 in the first tier.", nullptr, int(atFloor))
                         .arg(model.tiers[0].min)
                         .arg(capacity);
        return cut;
    }
    cut.feasible = true;
    cut.proposed = c;
    cut.accounts = std::lower_bound(s.begin(), s.end(), c) - s.begin();
    return cut;
}

TierCut ThresholdProposal::bestCutForChurnRate(std::span<const double> scores, std::span<const std::uint8_t> churned,
                                               const Model &model, double maxRate)
{
    TierCut cut;
    const int best = int(model.tiers.size()) - 1;
    cut.tier = best;
    if (best < 1) {
        cut.reason = tr("The model has a single tier: there is no edge to move.");
        return cut;
    }
    cut.current = model.tiers[std::size_t(best)].min;
    if (scores.size() != churned.size() || !(maxRate >= 0 && maxRate <= 1)) {
        cut.reason = tr("The target churn rate must lie between 0 and 1.");
        return cut;
    }
    const double floorEdge = model.tiers[std::size_t(best) - 1].min;
    std::vector<std::pair<double, std::uint8_t>> s;
    for (std::size_t i = 0; i < scores.size(); ++i) {
        if (!std::isnan(scores[i]))
            s.emplace_back(scores[i], churned[i] ? 1 : 0);
    }
    std::sort(s.begin(), s.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    // Walk down the distinct scores: the set "at or above v" grows; keep the lowest v that still
    // meets the rate and stays above the previous tier's edge.
    std::int64_t n = 0, positives = 0;
    for (std::size_t i = 0; i < s.size();) {
        const double v = s[i].first;
        for (; i < s.size() && s[i].first == v; ++i) {
            ++n;
            positives += s[i].second;
        }
        if (v <= floorEdge)
            break;
        if (double(positives) <= maxRate * double(n)) {
            cut.feasible = true;
            cut.proposed = v;
            cut.accounts = n;
            cut.churned = positives;
        }
    }
    if (!cut.feasible) {
        cut.reason = tr("No edge above %1 keeps the best tier's churn rate at or below %2 %.")
                         .arg(floorEdge)
                         .arg(maxRate * 100.0);
        return cut;
    }
    cut.rate = double(cut.churned) / double(cut.accounts);
    return cut;
}

Model ThresholdProposal::apply(const Model &model, const TierCut &cut)
{
    Model m = model;
    if (cut.feasible && cut.tier >= 1 && std::size_t(cut.tier) < m.tiers.size())
        m.tiers[std::size_t(cut.tier)].min = cut.proposed;
    return m;
}

std::vector<CapShift> ThresholdProposal::capShifts(const Model &before, const Model &after)
{
    const std::vector<double> minsBefore = TierDynamics::tierMins(before.tiers);
    const std::vector<double> minsAfter = TierDynamics::tierMins(after.tiers);
    std::vector<CapShift> out;
    for (const Override &o : after.overrides) {
        if (!o.cap)
            continue;
        const int was = TierDynamics::tierOf(minsBefore, *o.cap);
        const int now = TierDynamics::tierOf(minsAfter, *o.cap);
        if (was != now && was >= 0 && now >= 0)
            out.push_back({o.id, *o.cap, before.tiers[std::size_t(was)].id, after.tiers[std::size_t(now)].id});
    }
    return out;
}

} // namespace tierlab
