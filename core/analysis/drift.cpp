#include "drift.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace tierlab::Drift {

namespace {

std::vector<double> present(std::span<const double> values)
{
    std::vector<double> out;
    out.reserve(values.size());
    for (double v : values) {
        if (!std::isnan(v))
            out.push_back(v);
    }
    return out;
}

// Shares per bin: bin 0 below e1, bin j in [e_j, e_(j+1)), bin 9 from e9 on.
std::vector<double> shares(const std::vector<double> &values, const std::vector<double> &edges)
{
    std::vector<double> counts(kBins, 0.0);
    for (double v : values) {
        // The number of edges at or below v is the bin (lower edges inclusive).
        const auto bin = std::size_t(std::upper_bound(edges.begin(), edges.end(), v) - edges.begin());
        counts[bin] += 1;
    }
    for (double &c : counts)
        c /= double(values.size());
    return counts;
}

} // namespace

PsiResult psi(std::span<const double> baseline, std::span<const double> current)
{
    PsiResult r;
    std::vector<double> b = present(baseline);
    const std::vector<double> t = present(current);
    r.baselineN = std::int64_t(b.size());
    r.currentN = std::int64_t(t.size());
    if (b.empty() || t.empty()) {
        r.value = std::numeric_limits<double>::quiet_NaN();
        return r;
    }
    std::sort(b.begin(), b.end());
    const std::size_t n = b.size();
    for (std::size_t k = 1; k < std::size_t(kBins); ++k) {
        const std::size_t rank = (k * n + std::size_t(kBins) - 1) / std::size_t(kBins);   // ⌈k·n/10⌉, 1-based
        r.edges.push_back(b[std::max<std::size_t>(rank, 1) - 1]);
    }
    r.baselineShares = shares(b, r.edges);
    r.currentShares = shares(t, r.edges);
    double sum = 0;
    for (std::size_t j = 0; j < std::size_t(kBins); ++j) {
        const double pb = r.baselineShares[j] == 0 ? kEmptyShare : r.baselineShares[j];
        const double pt = r.currentShares[j] == 0 ? kEmptyShare : r.currentShares[j];
        sum += (pt - pb) * std::log(pt / pb);
    }
    r.value = sum;
    return r;
}

Level level(double psi)
{
    return psi >= kSignificant ? Level::Significant : psi >= kModerate ? Level::Moderate : Level::Stable;
}

QString levelName(Level level)
{
    switch (level) {
    case Level::Stable: return QStringLiteral("stable");
    case Level::Moderate: return QStringLiteral("moderate");
    case Level::Significant: return QStringLiteral("significant");
    }
    return {};
}

} // namespace tierlab::Drift
