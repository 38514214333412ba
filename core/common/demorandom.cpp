#include "demorandom.h"

#include <cmath>
#include <limits>

namespace tierlab {

namespace {

constexpr double kLn2Hi = 6.93147180369123816490e-01;   // fdlibm's split of ln 2: hi has spare bits
constexpr double kLn2Lo = 1.90821492927058770002e-10;
constexpr double kInvLn2 = 1.44269504088896338700e+00;

quint64 rotl(quint64 x, int k)
{
    return (x << k) | (x >> (64 - k));
}

} // namespace

DemoRandom::DemoRandom(quint64 seed)
{
    quint64 s = seed;
    for (quint64 &word : m_state)
        word = splitMix64(s);
}

quint64 DemoRandom::splitMix64(quint64 &state)
{
    quint64 z = (state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

quint64 DemoRandom::streamSeed(quint64 seed, quint64 account, quint64 purpose)
{
    quint64 s = seed;
    const quint64 a = splitMix64(s);
    s = a ^ (account * 0xD1B54A32D192ED03ULL);
    const quint64 b = splitMix64(s);
    s = b ^ (purpose * 0x8CB92BA72F3D8DD7ULL);
    return splitMix64(s);
}

quint64 DemoRandom::next()
{
    const quint64 result = rotl(m_state[1] * 5, 7) * 9;
    const quint64 t = m_state[1] << 17;
    m_state[2] ^= m_state[0];
    m_state[3] ^= m_state[1];
    m_state[1] ^= m_state[2];
    m_state[0] ^= m_state[3];
    m_state[2] ^= t;
    m_state[3] = rotl(m_state[3], 45);
    return result;
}

double DemoRandom::uniform()
{
    return double(next() >> 11) * 0x1.0p-53;
}

double DemoRandom::uniform(double lo, double hi)
{
    return lo + (hi - lo) * uniform();
}

int DemoRandom::uniformInt(int lo, int hi)
{
    const double span = double(hi) - double(lo) + 1.0;
    return lo + int(std::floor(uniform() * span));
}

bool DemoRandom::bernoulli(double p)
{
    return uniform() < p;
}

double DemoRandom::normal()
{
    if (m_hasSpare) {
        m_hasSpare = false;
        return m_spare;
    }
    // Polar method: needs only log and sqrt (sqrt is exactly rounded by IEEE 754), no sin/cos.
    double u, v, s;
    do {
        u = 2.0 * uniform() - 1.0;
        v = 2.0 * uniform() - 1.0;
        s = u * u + v * v;
    } while (s >= 1.0 || s == 0.0);
    const double f = std::sqrt(-2.0 * log(s) / s);
    m_spare = v * f;
    m_hasSpare = true;
    return u * f;
}

double DemoRandom::logNormal(double median, double sigma)
{
    return median * exp(sigma * normal());
}

int DemoRandom::poisson(double lambda)
{
    if (!(lambda > 0))
        return 0;
    if (lambda < 30) {
        const double limit = exp(-lambda);
        int k = 0;
        double p = uniform();
        while (p > limit) {
            ++k;
            p *= uniform();
        }
        return k;
    }
    // Large means do not occur in the demo; a rounded normal keeps it cheap and bounded.
    const double x = std::round(lambda + std::sqrt(lambda) * normal());
    return x < 0 ? 0 : int(x);
}

int DemoRandom::binomial(int n, double p)
{
    int k = 0;
    for (int i = 0; i < n; ++i)
        k += bernoulli(p) ? 1 : 0;
    return k;
}

double DemoRandom::exp(double x)
{
    if (std::isnan(x))
        return x;
    if (x > 709.0)
        return std::numeric_limits<double>::infinity();
    if (x < -740.0)
        return 0.0;
    // x = k ln2 + r with |r| <= ln2 / 2, then a Taylor polynomial for e^r (degree 13 is enough).
    const double k = std::floor(x * kInvLn2 + 0.5);
    const double r = (x - k * kLn2Hi) - k * kLn2Lo;
    double p = 1.0 / 6227020800.0;   // 1/13!
    constexpr double kInvFactorials[] = {1.0 / 479001600.0, 1.0 / 39916800.0, 1.0 / 3628800.0,
                                         1.0 / 362880.0, 1.0 / 40320.0, 1.0 / 5040.0, 1.0 / 720.0,
                                         1.0 / 120.0, 1.0 / 24.0, 1.0 / 6.0, 0.5, 1.0, 1.0};
    for (double c : kInvFactorials)
        p = p * r + c;
    return std::ldexp(p, int(k));
}

double DemoRandom::log(double x)
{
    if (std::isnan(x) || x < 0)
        return std::numeric_limits<double>::quiet_NaN();
    if (x == 0)
        return -std::numeric_limits<double>::infinity();
    if (std::isinf(x))
        return x;
    int e = 0;
    double m = std::frexp(x, &e);   // exact: x = m 2^e, m in [0.5, 1)
    if (m < 0.70710678118654752440) {
        m *= 2.0;
        --e;
    }
    // log m = 2 atanh(s), s = (m - 1) / (m + 1), |s| <= 0.172: the odd series converges fast.
    const double s = (m - 1.0) / (m + 1.0);
    const double s2 = s * s;
    double sum = 0;
    for (int n = 25; n >= 3; n -= 2)
        sum = (sum + 1.0 / n) * s2;
    const double logM = 2.0 * s * (1.0 + sum);
    return double(e) * kLn2Hi + (logM + double(e) * kLn2Lo);
}

double DemoRandom::logistic(double x)
{
    return 1.0 / (1.0 + exp(-x));
}

} // namespace tierlab
