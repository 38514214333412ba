#include "tierdynamics.h"

#include <cmath>
#include <limits>

namespace tierlab::TierDynamics {

std::vector<double> tierMins(const std::vector<Tier> &tiers)
{
    std::vector<double> mins;
    mins.reserve(tiers.size());
    for (const Tier &t : tiers)
        mins.push_back(t.min);
    return mins;
}

int tierOf(std::span<const double> mins, double score)
{
    if (std::isnan(score))
        return -1;
    int tier = 0;
    for (std::size_t t = 0; t < mins.size(); ++t) {
        if (mins[t] <= score)
            tier = int(t);
    }
    return tier;
}

std::vector<int> hysteresisTiers(std::span<const double> scores, std::span<const std::span<const double>> mins,
                                 const Hysteresis &hysteresis)
{
    std::vector<int> out(scores.size(), -1);
    int held = -1;
    int beyond = 0;   // scored weeks in a row whose score's tier differed from the held one
    for (std::size_t w = 0; w < scores.size(); ++w) {
        const double score = scores[w];
        if (std::isnan(score))
            continue;
        const std::span<const double> edges = mins[w];
        const int raw = tierOf(edges, score);
        if (held < 0 || held >= int(edges.size()) || raw == held) {
            held = raw;
            beyond = 0;
        } else {
            ++beyond;
            const bool passed = raw > held ? score >= edges[std::size_t(held) + 1] + hysteresis.points
                                           : score < edges[std::size_t(held)] - hysteresis.points;
            if (passed || (hysteresis.weeks > 0 && beyond >= hysteresis.weeks)) {
                held = raw;
                beyond = 0;
            }
        }
        out[w] = held;
    }
    return out;
}

double slope(std::span<const double> window)
{
    // Two passes (means, then centred sums), each in week order.
    double n = 0, sumX = 0, sumY = 0;
    for (std::size_t i = 0; i < window.size(); ++i) {
        if (std::isnan(window[i]))
            continue;
        n += 1;
        sumX += double(i);
        sumY += window[i];
    }
    if (n < 3)
        return std::numeric_limits<double>::quiet_NaN();
    const double meanX = sumX / n;
    const double meanY = sumY / n;
    double sxy = 0, sxx = 0;
    for (std::size_t i = 0; i < window.size(); ++i) {
        if (std::isnan(window[i]))
            continue;
        const double dx = double(i) - meanX;
        sxy += dx * (window[i] - meanY);
        sxx += dx * dx;
    }
    return sxy / sxx;
}

bool declining(std::span<const double> window, const TrendSplit &trend)
{
    const double s = slope(window);
    return !std::isnan(s) && s <= -trend.slope;
}

} // namespace tierlab::TierDynamics
