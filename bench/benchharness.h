#pragma once

#include <QJsonObject>
#include <QString>

#include <cstdint>
#include <functional>
#include <vector>

namespace tierlab::bench {

struct BenchOptions
{
    std::int64_t accounts = 0;   // 0: each case's default sizes
    int runs = 0;                // 0: each case's default
    QString workDir;             // scratch folder for files a case creates
    bool keepInputs = false;     // --keep-inputs: reuse generated inputs found in workDir, leave them there
};

struct BenchResult
{
    QString name;
    std::int64_t accounts = 0;
    double medianMs = 0;
    int runs = 0;
    QJsonObject extra;           // further figures printed with the result
};

// Times `body` `runs` times (after one warm-up run when `warmUp`) and returns the median in ms.
double medianMs(int runs, const std::function<void()> &body, bool warmUp = true);

// A case runs at one size and returns one or more results (a case may report several names).
using BenchFunction = std::function<std::vector<BenchResult>(std::int64_t accounts, const BenchOptions &)>;

struct BenchCase
{
    QString name;                       // what --filter matches (a prefix of any reported name works)
    std::vector<std::int64_t> sizes;    // default account counts
    BenchFunction run;
};

std::vector<BenchCase> &benchCases();

struct BenchRegistrar
{
    BenchRegistrar(const char *name, std::vector<std::int64_t> sizes, BenchFunction run);
};

} // namespace tierlab::bench

#define TIERLAB_BENCH_CONCAT_(a, b) a##b
#define TIERLAB_BENCH_CONCAT(a, b) TIERLAB_BENCH_CONCAT_(a, b)
#define TIERLAB_BENCH_CASE(name, sizes, function) \
    static const tierlab::bench::BenchRegistrar TIERLAB_BENCH_CONCAT(s_benchRegistrar, __LINE__)(name, sizes, function)
