// Value-safe: without trapping math GCC may evaluate both sides of a select and vectorise the
// loops below; no operation is reordered, contracted or approximated, so results are unchanged.
#pragma GCC optimize("no-trapping-math")

#include "scoringkernels.h"

#include <algorithm>
#include <array>
#include <cstring>

// The hot loops are also built for AVX2 (picked at run time when the CPU has it): wider vectors,
// the same IEEE operations, so the same results. (AVX2 does not imply FMA; nothing is contracted.)
#define TIERLAB_KERNEL __attribute__((target_clones("avx2", "default")))

namespace tierlab::kernels {

TIERLAB_KERNEL void linearScores(const double *__restrict x, std::size_t n, double worst, double range, double missing,
                  double *__restrict out)
{
    for (std::size_t r = 0; r < n; ++r) {
        double t = (x[r] - worst) / range;
        t = t < 0.0 ? 0.0 : t;
        t = t > 1.0 ? 1.0 : t;
        const double s = 100.0 * (t + 0.0);   // + 0.0 turns −0 (value == worst, worst > best) into +0
        out[r] = x[r] != x[r] ? missing : s;
    }
}

TIERLAB_KERNEL void tableScores(const std::uint8_t *__restrict codes, std::size_t n, const double *__restrict table,
                 double *__restrict out)
{
    for (std::size_t r = 0; r < n; ++r)
        out[r] = table[codes[r]];
}

TIERLAB_KERNEL void bandCodes(const double *__restrict x, std::size_t n, const double *__restrict edges, std::size_t edgeCount,
               std::uint8_t missingCode, std::uint8_t *__restrict codes)
{
    // The code is the number of edges at or below the value (every lower edge inclusive).
    alignas(64) double count[2048];
    for (std::size_t begin = 0; begin < n; begin += 2048) {
        const std::size_t m = std::min<std::size_t>(2048, n - begin);
        const double *xb = x + begin;
        std::fill(count, count + m, 0.0);
        for (std::size_t j = 0; j < edgeCount; ++j) {
            const double e = edges[j];
            for (std::size_t r = 0; r < m; ++r)
                count[r] += xb[r] >= e ? 1.0 : 0.0;
        }
        for (std::size_t r = 0; r < m; ++r)
            count[r] = xb[r] != xb[r] ? double(missingCode) : count[r];
        for (std::size_t r = 0; r < m; ++r)
            codes[begin + r] = std::uint8_t(count[r]);
    }
}

TIERLAB_KERNEL void flagCodes(const double *__restrict x, std::size_t n, std::uint8_t *__restrict codes)
{
    for (std::size_t r = 0; r < n; ++r)
        codes[r] = x[r] != x[r] ? std::uint8_t(2) : std::uint8_t(x[r] != 0.0 ? 1 : 0);
}

TIERLAB_KERNEL void dictionaryCodes(const std::int32_t *__restrict x, std::size_t n, const std::uint8_t *__restrict lut,
                     std::uint8_t missingCode, std::uint8_t *__restrict codes)
{
    for (std::size_t r = 0; r < n; ++r)
        codes[r] = x[r] < 0 ? missingCode : lut[x[r]];
}

TIERLAB_KERNEL void accumulateMean(const double *__restrict s, std::size_t n, double weight, double *__restrict num,
                    double *__restrict den)
{
    for (std::size_t r = 0; r < n; ++r) {
        const double ws = weight * s[r];
        num[r] += s[r] != s[r] ? 0.0 : ws;
        den[r] += s[r] != s[r] ? 0.0 : weight;
    }
}

TIERLAB_KERNEL void finishMean(const double *__restrict num, const double *__restrict den, std::size_t n, double *__restrict out,
                std::uint16_t *__restrict mask, std::uint16_t bit)
{
    const auto clear = std::uint16_t(~bit);
    for (std::size_t r = 0; r < n; ++r) {
        const double c = num[r] / den[r];
        out[r] = den[r] > 0.0 ? c : 0.0;   // 0 where skipped: adds nothing to the weighted sum
    }
    for (std::size_t r = 0; r < n; ++r)
        mask[r] = std::uint16_t((mask[r] & clear) | (den[r] > 0.0 ? bit : 0));
}

TIERLAB_KERNEL void accumulateMin(const double *__restrict s, std::size_t n, double *__restrict low)
{
    for (std::size_t r = 0; r < n; ++r)
        low[r] = s[r] < low[r] ? s[r] : low[r];   // NaN (skipped) never wins
}

TIERLAB_KERNEL void finishMin(const double *__restrict low, std::size_t n, double *__restrict out, std::uint16_t *__restrict mask,
               std::uint16_t bit)
{
    const auto clear = std::uint16_t(~bit);
    for (std::size_t r = 0; r < n; ++r)
        out[r] = low[r] <= 100.0 ? low[r] : 0.0;   // +inf: no signal had a score
    for (std::size_t r = 0; r < n; ++r)
        mask[r] = std::uint16_t((mask[r] & clear) | (low[r] <= 100.0 ? bit : 0));
}

TIERLAB_KERNEL void addWeighted(const double *__restrict x, std::size_t n, double weight, double *__restrict acc)
{
    for (std::size_t r = 0; r < n; ++r)
        acc[r] += weight * x[r];
}

TIERLAB_KERNEL void finalScores(const double *__restrict acc, const std::uint16_t *__restrict mask,
                 const std::uint16_t *__restrict key, std::size_t n, const double *__restrict denominators,
                 const double *__restrict points, unsigned penaltyBits, const double *__restrict caps,
                 unsigned penaltyShift, double *__restrict score)
{
    alignas(64) double den[2048];
    alignas(64) double pts[2048];
    alignas(64) double cap[2048];
    for (std::size_t begin = 0; begin < n; begin += 2048) {
        const std::size_t m = std::min<std::size_t>(2048, n - begin);
        for (std::size_t r = 0; r < m; ++r)
            den[r] = denominators[mask[begin + r]];
        if (key) {
            for (std::size_t r = 0; r < m; ++r) {
                pts[r] = points[key[begin + r] & penaltyBits];
                cap[r] = caps[key[begin + r] >> penaltyShift];
            }
        } else {
            std::fill(pts, pts + m, 0.0);
            std::fill(cap, cap + m, 100.0);
        }
        const double *a = acc + begin;
        double *out = score + begin;
        for (std::size_t r = 0; r < m; ++r) {
            double v = a[r] / den[r] - pts[r];
            v = v < 0.0 ? 0.0 : v;
            v = v > 100.0 ? 100.0 : v;
            v = v > cap[r] ? cap[r] : v;
            out[r] = den[r] > 0.0 ? v + 0.0 : __builtin_nan("");
        }
    }
}

TIERLAB_KERNEL void tierIndices(const double *__restrict score, std::size_t n, const double *__restrict mins, std::size_t tierCount,
                 double *__restrict tier, std::int8_t *__restrict out)
{
    std::fill(tier, tier + n, 0.0);
    for (std::size_t j = 1; j < tierCount; ++j) {
        const double lo = mins[j];
        for (std::size_t r = 0; r < n; ++r)
            tier[r] += score[r] >= lo ? 1.0 : 0.0;
    }
    for (std::size_t r = 0; r < n; ++r)
        tier[r] = score[r] != score[r] ? -1.0 : tier[r];
    for (std::size_t r = 0; r < n; ++r)
        out[r] = std::int8_t(tier[r]);
}

void tierTotals(const double *__restrict tier, const double *__restrict arr, std::size_t n, std::size_t tierCount,
                std::int64_t *__restrict counts, double *__restrict arrSums)
{
    // Explicit 2-lane vectors (GCC's auto-vectoriser keeps this loop scalar and branchy). Each sum
    // has four fixed lanes (row mod 4), added in a fixed order: the same bits whatever the threads.
    using V2 = double __attribute__((vector_size(16)));
    alignas(64) double known[2048];
    for (std::size_t begin = 0; begin < n; begin += 2048) {
        const std::size_t m = std::min<std::size_t>(2048, n - begin);
        const double *t = tier + begin;
        for (std::size_t r = 0; r < m; ++r)
            known[r] = arr[begin + r] != arr[begin + r] ? 0.0 : arr[begin + r];
        for (std::size_t j = 0; j <= tierCount; ++j) {
            const double want = j == tierCount ? -1.0 : double(j);
            const V2 wantV = {want, want};
            const V2 zero = {0.0, 0.0};
            const V2 one = {1.0, 1.0};
            V2 count0 = zero, count1 = zero, lane0 = zero, lane1 = zero;
            std::size_t r = 0;
            for (; r + 4 <= m; r += 4) {
                V2 t0, t1, k0, k1;
                std::memcpy(&t0, t + r, sizeof t0);
                std::memcpy(&t1, t + r + 2, sizeof t1);
                std::memcpy(&k0, known + r, sizeof k0);
                std::memcpy(&k1, known + r + 2, sizeof k1);
                const auto h0 = t0 == wantV;
                const auto h1 = t1 == wantV;
                count0 += h0 ? one : zero;
                count1 += h1 ? one : zero;
                lane0 += h0 ? k0 : zero;
                lane1 += h1 ? k1 : zero;
            }
            double count = ((count0[0] + count0[1]) + count1[0]) + count1[1];
            double sum = ((lane0[0] + lane0[1]) + lane1[0]) + lane1[1];
            for (; r < m; ++r) {
                count += t[r] == want ? 1.0 : 0.0;
                sum += t[r] == want ? known[r] : 0.0;
            }
            counts[j] += std::int64_t(count);
            arrSums[j] += sum;
        }
    }
}

namespace {

// Order-preserving map of a double (not NaN, −0 already folded into +0) to an unsigned key.
std::uint64_t sortKey(double v)
{
    std::uint64_t bits;
    std::memcpy(&bits, &v, sizeof bits);
    return (bits >> 63) ? ~bits : bits | (std::uint64_t(1) << 63);
}

// LSD radix sort of (key, row) by key in 11-bit digits; digits shared by every key are skipped.
void radixSort(std::vector<std::uint64_t> &keys, std::vector<std::uint32_t> &rows)
{
    constexpr int kBits = 11;
    constexpr std::size_t kBuckets = std::size_t(1) << kBits;
    constexpr int kPasses = (64 + kBits - 1) / kBits;
    const std::size_t n = keys.size();
    std::vector<std::array<std::uint32_t, kBuckets>> histogram(kPasses);
    for (auto &h : histogram)
        h.fill(0);
    for (std::uint64_t k : keys) {
        for (int p = 0; p < kPasses; ++p)
            ++histogram[std::size_t(p)][(k >> (p * kBits)) & (kBuckets - 1)];
    }
    std::vector<std::uint64_t> keys2(n);
    std::vector<std::uint32_t> rows2(n);
    for (int p = 0; p < kPasses; ++p) {
        auto &h = histogram[std::size_t(p)];
        if (std::any_of(h.begin(), h.end(), [n](std::uint32_t c) { return c == n; }))
            continue;
        std::uint32_t sum = 0;
        for (std::uint32_t &c : h) {
            const std::uint32_t count = c;
            c = sum;
            sum += count;
        }
        const int shift = p * kBits;
        for (std::size_t i = 0; i < n; ++i) {
            const std::uint32_t pos = h[(keys[i] >> shift) & (kBuckets - 1)]++;
            keys2[pos] = keys[i];
            rows2[pos] = rows[i];
        }
        keys.swap(keys2);
        rows.swap(rows2);
    }
}

} // namespace

std::vector<double> percentileScores(const double *values, std::size_t n, bool invert, double missing)
{
    std::vector<double> out(n, missing);
    std::vector<std::uint64_t> keys;
    std::vector<std::uint32_t> rows;
    keys.reserve(n);
    rows.reserve(n);
    for (std::size_t r = 0; r < n; ++r) {
        const double v = values[r];
        if (v == v) {
            keys.push_back(sortKey(v == 0.0 ? 0.0 : v));
            rows.push_back(std::uint32_t(r));
        }
    }
    radixSort(keys, rows);
    // A run of equal values shares one mid-rank: below = run start, equal = run length.
    const std::size_t count = keys.size();
    std::size_t i = 0;
    while (i < count) {
        std::size_t j = i + 1;
        while (j < count && keys[j] == keys[i])
            ++j;
        const double below = double(i);
        const double equal = double(j - i);
        double s = count == 1 ? 50.0 : 100.0 * (below + 0.5 * (equal - 1.0)) / double(count - 1);
        if (invert)
            s = 100.0 - s;
        for (std::size_t k = i; k < j; ++k)
            out[rows[k]] = s;
        i = j;
    }
    return out;
}

} // namespace tierlab::kernels
