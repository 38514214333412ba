// signals_build: raw exports to stored weekly snapshots, end to end — importing the accounts, usage
// events and tickets CSVs as event tables and building the recipes' 13 signals at every grid date —
// beside the vectorised pandas script bench/signals/pandas_build.py doing the same work on the same
// files (signals_pandas), with both outputs compared value by value (bench/signals/compare.py).
// The data is bench/signals/synth.py's deterministic synthetic case: N accounts × 104 weeks,
// 400 N usage events (10 M at 20,000 accounts) and 20 N tickets with open and close dates.
#include "benchharness.h"

#include "io/snapshotcsvexport.h"
#include "tables/tableimporter.h"
#include "recipes/signalbuilder.h"
#include "store/workspace.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>

#include <sys/resource.h>

namespace tierlab::bench {

namespace {

const QString kPython = QStringLiteral("/usr/bin/python3");

QString script(const char *name)
{
    return QStringLiteral(TIERLAB_SOURCE_DIR "/bench/signals/") + QLatin1String(name);
}

QByteArray runPython(const QStringList &args)
{
    QProcess p;
    p.start(kPython, args);
    if (!p.waitForFinished(-1) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        qFatal("%s failed: %s", qPrintable(args.join(u' ')), p.readAllStandardError().constData());
    return p.readAllStandardOutput();
}

std::int64_t eventsFor(std::int64_t accounts)
{
    return accounts >= 20000 ? 10000000 : accounts * 400;
}

QString generate(std::int64_t accounts, const BenchOptions &options)
{
    const QString dir = QDir(options.workDir).filePath(QStringLiteral("signals_%1").arg(accounts));
    if (options.keepInputs && QFileInfo::exists(dir + QStringLiteral("/recipes.json")))
        return dir;
    runPython({script("synth.py"), QStringLiteral("--accounts"), QString::number(accounts), QStringLiteral("--usage-events"),
               QString::number(eventsFor(accounts)), QStringLiteral("--tickets"), QString::number(accounts * 20),
               QStringLiteral("--weeks"), QStringLiteral("104"), QStringLiteral("--seed"), QStringLiteral("1"),
               QStringLiteral("--out"), dir});
    return dir;
}

double peakRssMb()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_maxrss) / 1024.0;
}

BuildSummary tierlabOnce(const QString &dir, const QString &workspace)
{
    QFile::remove(workspace);
    auto ws = Workspace::open(workspace, Workspace::OpenMode::CreateNew);
    if (!ws)
        qFatal("%s", qPrintable(ws.error().message));
    const struct
    {
        const char *file, *name, *time, *end;
    } tables[] = {{"accounts.csv", "accounts", "signup_date", nullptr},
                  {"usage.csv", "usage", "event_time", nullptr},
                  {"tickets.csv", "tickets", "opened_at", "closed_at"}};
    for (const auto &t : tables) {
        TableImportRequest request;
        request.name = QLatin1String(t.name);
        request.keyColumn = QStringLiteral("account_id");
        request.timeColumn = QLatin1String(t.time);
        request.endColumn = t.end ? QLatin1String(t.end) : QString();
        auto s = TableImporter(**ws).run(QDir(dir).filePath(QLatin1String(t.file)), request);
        if (!s)
            qFatal("%s", qPrintable(s.error().message));
    }
    auto recipes = RecipeSet::load(QDir(dir).filePath(QStringLiteral("recipes.json")));
    if (!recipes)
        qFatal("%s", qPrintable(recipes.error().message));
    auto built = SignalBuilder::build(**ws, *recipes);
    if (!built)
        qFatal("%s", qPrintable(built.error().message));
    return *built;
}

std::vector<BenchResult> runSignals(std::int64_t accounts, const BenchOptions &options)
{
    if (!QFileInfo::exists(kPython) || QProcess::execute(kPython, {QStringLiteral("-c"), QStringLiteral("import pandas")}) != 0)
        qFatal("signals_build needs Debian's python3-pandas (apt-get install python3-pandas) for the side-by-side run");
    const int runs = options.runs > 0 ? options.runs : (accounts >= 20000 ? 1 : 3);
    const QString dir = generate(accounts, options);
    const QString workspace = QDir(options.workDir).filePath(QStringLiteral("signals_%1.tierlab").arg(accounts));

    BuildSummary last;
    const double ms = medianMs(runs, [&] { last = tierlabOnce(dir, workspace); }, false);
    const double rss = peakRssMb();

    double pandasInternal = 0;
    double pandasPeak = 0;
    const QString pandasCsv = QDir(dir).filePath(QStringLiteral("pandas.csv"));
    const double pandasMs = medianMs(
        runs,
        [&] {
            const QJsonObject o = QJsonDocument::fromJson(runPython({script("pandas_build.py"), QStringLiteral("--dir"), dir,
                                                                     QStringLiteral("--out"), pandasCsv, QStringLiteral("--json")})
                                                              .trimmed()
                                                              .split('\n')
                                                              .last())
                                      .object();
            pandasInternal = o.value(QStringLiteral("total_s")).toDouble() * 1000.0;
            pandasPeak = o.value(QStringLiteral("peak_rss_mb")).toDouble();
        },
        false);

    // Same values? Export what the build stored and compare with the pandas output.
    const QString tierlabCsv = QDir(dir).filePath(QStringLiteral("tierlab.csv"));
    {
        auto ws = Workspace::open(workspace);
        if (!ws)
            qFatal("%s", qPrintable(ws.error().message));
        if (auto rows = SnapshotCsvExport::write(**ws, tierlabCsv); !rows)
            qFatal("%s", qPrintable(rows.error().message));
    }
    QProcess compare;
    compare.start(kPython, {script("compare.py"), pandasCsv, tierlabCsv});
    compare.waitForFinished(-1);
    const bool equal = compare.exitStatus() == QProcess::NormalExit && compare.exitCode() == 0;
    const QByteArray verdict = compare.readAllStandardOutput().trimmed().split('\n').last();

    BenchResult r;
    r.name = QStringLiteral("signals_build");
    r.accounts = accounts;
    r.runs = runs;
    r.medianMs = ms;
    r.extra.insert(QStringLiteral("usage_events"), double(eventsFor(accounts)));
    r.extra.insert(QStringLiteral("tickets"), double(accounts * 20));
    r.extra.insert(QStringLiteral("snapshots"), double(last.snapshotRows));
    r.extra.insert(QStringLiteral("build_only_ms"), last.seconds * 1000.0);
    r.extra.insert(QStringLiteral("peak_rss_mb"), rss);
    r.extra.insert(QStringLiteral("values_equal_to_pandas"), equal);
    r.extra.insert(QStringLiteral("compare"), QString::fromUtf8(verdict));
    BenchResult p;
    p.name = QStringLiteral("signals_pandas");
    p.accounts = accounts;
    p.runs = runs;
    p.medianMs = pandasMs;
    p.extra.insert(QStringLiteral("pandas_internal_ms"), pandasInternal);
    p.extra.insert(QStringLiteral("pandas_peak_rss_mb"), pandasPeak);
    p.extra.insert(QStringLiteral("pandas_vs_tierlab"), pandasInternal / ms);
    return {r, p};
}

} // namespace

TIERLAB_BENCH_CASE("signals", (std::vector<std::int64_t>{5000, 20000}), runSignals);

} // namespace tierlab::bench
