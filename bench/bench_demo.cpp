// demo_generate: the demo portfolio written to a new workspace file (docs/demo.md). Target: the
// default 2,000 accounts x 104 weeks in under 2 s (Release).
#include "benchharness.h"

#include "demo/demogenerator.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>

#include <cstdio>

namespace {

using namespace tierlab;
using namespace tierlab::bench;

std::vector<BenchResult> benchDemoGenerate(std::int64_t accounts, const BenchOptions &options)
{
    DemoOptions demo;
    demo.accounts = int(accounts);
    demo.weeks = accounts > 10000 ? 52 : 104;   // the large size is 100k x 52 weeks
    const int runs = options.runs > 0 ? options.runs : (accounts > 10000 ? 1 : 3);
    const QString path = QDir(options.workDir).filePath(QStringLiteral("bench-demo-%1.tierlab").arg(accounts));

    DemoStats stats;
    qint64 fileBytes = 0;
    bool failed = false;
    const auto body = [&] {
        for (const char *suffix : {"", "-journal", "-wal", "-shm"})
            QFile::remove(path + QLatin1StringView(suffix));
        auto r = DemoGenerator::generateFile(path, demo);
        if (!r) {
            std::fprintf(stderr, "demo_generate: %s\n", qPrintable(r.error().message));
            failed = true;
            return;
        }
        stats = *r;
        fileBytes = QFileInfo(path).size();
    };
    // No warm-up run at the large size: one run there takes long enough.
    const double ms = medianMs(runs, body, accounts <= 10000);
    QFile::remove(path);

    BenchResult result;
    result.name = QStringLiteral("demo_generate");
    result.accounts = accounts;
    result.medianMs = ms;
    result.runs = runs;
    result.extra.insert(QStringLiteral("weeks"), demo.weeks);
    result.extra.insert(QStringLiteral("snapshot_rows"), double(stats.snapshots));
    result.extra.insert(QStringLiteral("file_mb"), double(fileBytes) / 1e6);
    result.extra.insert(QStringLiteral("rows_per_s"), ms > 0 ? double(stats.snapshots) / (ms / 1000.0) : 0.0);
    if (failed)
        result.extra.insert(QStringLiteral("failed"), true);
    return {result};
}

} // namespace

TIERLAB_BENCH_CASE("demo_generate", (std::vector<std::int64_t>{2000, 100000}), benchDemoGenerate);
