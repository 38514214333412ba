#include "benchharness.h"

#include <QElapsedTimer>

#include <algorithm>

namespace tierlab::bench {

double medianMs(int runs, const std::function<void()> &body, bool warmUp)
{
    if (warmUp)
        body();
    std::vector<double> times;
    times.reserve(std::size_t(std::max(runs, 1)));
    for (int i = 0; i < std::max(runs, 1); ++i) {
        QElapsedTimer timer;
        timer.start();
        body();
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    const std::size_t n = times.size();
    return n % 2 ? times[n / 2] : (times[n / 2 - 1] + times[n / 2]) / 2;
}

std::vector<BenchCase> &benchCases()
{
    static std::vector<BenchCase> cases;
    return cases;
}

BenchRegistrar::BenchRegistrar(const char *name, std::vector<std::int64_t> sizes, BenchFunction run)
{
    benchCases().push_back(BenchCase{QString::fromUtf8(name), std::move(sizes), std::move(run)});
}

} // namespace tierlab::bench
