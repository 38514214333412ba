#pragma once

#include <QtGlobal>

namespace tierlab {

// The demo generator's PRNG (xoshiro256**, seeded through splitmix64) and its own transforms.
// std:: distributions and libm's exp/log may differ between standard libraries; everything here
// uses only IEEE basic arithmetic, so the same seed gives the same numbers on every machine.
class DemoRandom
{
public:
    explicit DemoRandom(quint64 seed);

    // An independent stream seed for (seed, account, purpose).
    static quint64 streamSeed(quint64 seed, quint64 account, quint64 purpose);
    static quint64 splitMix64(quint64 &state);

    quint64 next();
    double uniform();                          // [0, 1), 53 bits
    double uniform(double lo, double hi);      // [lo, hi)
    int uniformInt(int lo, int hi);            // [lo, hi], both inclusive
    bool bernoulli(double p);
    double normal();                           // standard normal (Marsaglia polar method)
    double normal(double mean, double sd) { return mean + sd * normal(); }
    double logNormal(double median, double sigma);
    int poisson(double lambda);
    int binomial(int n, double p);

    // Portable elementary functions (error below 1e-15 relative over the ranges used).
    static double exp(double x);
    static double log(double x);
    static double logistic(double x);

private:
    quint64 m_state[4];
    double m_spare = 0;
    bool m_hasSpare = false;
};

} // namespace tierlab
