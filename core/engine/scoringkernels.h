#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

// The scoring engine's inner loops over one block of accounts (contiguous arrays, no allocation,
// no virtual call). Kept apart so that they compile with value-safe vectorisation flags; every
// kernel computes exactly the operations docs/model-format.md specifies, in the same order.
namespace tierlab::kernels {

void linearScores(const double *x, std::size_t n, double worst, double range, double missing, double *out);
void tableScores(const std::uint8_t *codes, std::size_t n, const double *table, double *out);
void bandCodes(const double *x, std::size_t n, const double *edges, std::size_t edgeCount, std::uint8_t missingCode,
               std::uint8_t *codes);
void flagCodes(const double *x, std::size_t n, std::uint8_t *codes);
void dictionaryCodes(const std::int32_t *x, std::size_t n, const std::uint8_t *lut, std::uint8_t missingCode,
                     std::uint8_t *codes);

void accumulateMean(const double *s, std::size_t n, double weight, double *num, double *den);
void finishMean(const double *num, const double *den, std::size_t n, double *out, std::uint16_t *mask,
                std::uint16_t bit);
void accumulateMin(const double *s, std::size_t n, double *low);
void finishMin(const double *low, std::size_t n, double *out, std::uint16_t *mask, std::uint16_t bit);

void addWeighted(const double *x, std::size_t n, double weight, double *acc);
// score = min(clamp(acc / Σw[mask] − points[key], 0, 100), cap[key]); NaN where Σw is 0.
void finalScores(const double *acc, const std::uint16_t *mask, const std::uint16_t *key, std::size_t n,
                 const double *denominators, const double *points, unsigned penaltyBits, const double *caps,
                 unsigned penaltyShift, double *score);
// Tier index (−1 for NaN) as doubles in `tier` and as int8 in `out`.
void tierIndices(const double *score, std::size_t n, const double *mins, std::size_t tierCount, double *tier,
                 std::int8_t *out);
// Adds the accounts and known ARR per tier (slot tierCount = unscored).
void tierTotals(const double *tier, const double *arr, std::size_t n, std::size_t tierCount, std::int64_t *counts,
                double *arrSums);

// Mid-rank percentile scores of the present values (NaN = missing gets `missing`).
std::vector<double> percentileScores(const double *values, std::size_t n, bool invert, double missing);

} // namespace tierlab::kernels
