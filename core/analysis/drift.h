#pragma once

#include <QString>

#include <cstdint>
#include <span>
#include <vector>

namespace tierlab {

// The population stability index of a distribution against a baseline (issue 15, docs/review.md):
// 10 bins with edges e1…e9 at the baseline's deciles — e_k the ⌈k·n/10⌉-th smallest of its n values —
// bin j holding [e_j, e_(j+1)) (the first open below, the last open above); shares p_B and p_T per bin,
// a share of 0 replaced by 0.0001; PSI = Σ (p_T − p_B)·ln(p_T / p_B), summed over the bins in order.
// Missing values (NaN) are left out. The same on a signal's values is its CSI.
struct PsiResult
{
    double value = 0;                       // NaN when either side has no value
    std::vector<double> edges;              // e1 … e9 (empty when the baseline has no value)
    std::vector<double> baselineShares;     // per bin, before the 0.0001 replacement
    std::vector<double> currentShares;
    std::int64_t baselineN = 0;
    std::int64_t currentN = 0;
};

namespace Drift {

inline constexpr int kBins = 10;
inline constexpr double kEmptyShare = 0.0001;
inline constexpr double kModerate = 0.1;      // below: stable
inline constexpr double kSignificant = 0.25;  // from here: significant

PsiResult psi(std::span<const double> baseline, std::span<const double> current);

enum class Level { Stable, Moderate, Significant };
Level level(double psi);
QString levelName(Level level);   // stable | moderate | significant

} // namespace Drift

} // namespace tierlab
