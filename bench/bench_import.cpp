// import_csv: a generated 1 M-row × 27-column snapshot CSV (100,000 accounts × 10 as_of dates) imported
// into a fresh workspace, end to end (profile, map, parse, validate, write, commit), beside
// `sqlite3 x.db ".import --csv FILE snap"` on the same file (import_sqlite3_cli), plus peak RSS at half
// and full size to show memory is flat. import_distinct: the same columns as a CRM export of 1 M distinct
// accounts at one as_of (issue 13), where every row also creates its account
// (import_distinct_csv, import_distinct_sqlite3_cli).
#include "benchharness.h"

#include "io/csvprofiler.h"
#include "io/snapshotimporter.h"
#include "store/workspace.h"

#include <QDate>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>

#include <cstdio>
#include <cstring>

#include <sys/resource.h>

namespace tierlab::bench {

namespace {

constexpr std::int64_t kAccounts = 100000;

// Deterministic: account i on as_of d gets the same values in every run. `accounts` per as_of date (ids
// A000000…): kAccounts gives rows / kAccounts dates, `rows` gives every row an account of its own.
QString generate(const QString &dir, std::int64_t rows, std::int64_t accounts = kAccounts)
{
    const QString path = QDir(dir).filePath(accounts == kAccounts ? QStringLiteral("import_%1.csv").arg(rows)
                                                                  : QStringLiteral("import_distinct_%1.csv").arg(rows));
    if (QFileInfo::exists(path))
        return path;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    static const char *const csms[] = {"Ann", "Bob", "Cid", "Dee", "Eve", "Fay", "Gus", "Hal", "Ivy", "Jon",
                                       "Kim", "Lou", "Max", "Ned", "Oz",  "Pam", "Quinn", "Rae", "Sam", "Tia"};
    static const char *const segments[] = {"SMB", "Mid-Market", "Enterprise"};
    QByteArray buf;
    buf.reserve(1 << 22);
    buf += "account_id,as_of,name,csm,segment,arr,renewal_date";
    for (int s = 1; s <= 20; ++s)
        buf += ",signal_" + QByteArray::number(s);
    buf += '\n';
    const std::int64_t dates = std::max<std::int64_t>(1, rows / accounts);
    std::uint64_t state = 0x9E3779B97F4A7C15ull;
    auto rnd = [&state]() {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        return state;
    };
    char line[512];
    std::int64_t written = 0;
    for (std::int64_t d = 0; d < dates && written < rows; ++d) {
        const QDate asOf = QDate(2024, 1, 1).addMonths(int(d)).addDays(-1);
        const QByteArray asOfText = asOf.toString(Qt::ISODate).toLatin1();
        for (std::int64_t a = 0; a < accounts && written < rows; ++a, ++written) {
            const std::uint64_t r = rnd();
            const QDate renewal = QDate(2024, 1, 1).addDays(int(a % 730));
            int n = std::snprintf(line, sizeof line, "A%06lld,%s,Company %lld,%s,%s,%.2f,%s", static_cast<long long>(a),
                                  asOfText.constData(), static_cast<long long>(a), csms[a % 20], segments[a % 3],
                                  double(1000 + (a * 7919) % 250000) + double(r % 100) / 100.0,
                                  renewal.toString(Qt::ISODate).toLatin1().constData());
            for (int s = 0; s < 20; ++s) {
                const std::uint64_t v = rnd();
                if (s % 2 == 0)
                    n += std::snprintf(line + n, sizeof line - std::size_t(n), ",%llu",
                                       static_cast<unsigned long long>(v % 5000));
                else
                    n += std::snprintf(line + n, sizeof line - std::size_t(n), ",%.3f", double(v % 100000) / 1000.0);
            }
            line[n++] = '\n';
            buf.append(line, n);
            if (buf.size() > (1 << 22) - 1024) {
                file.write(buf);
                buf.clear();
            }
        }
    }
    file.write(buf);
    return path;
}

// CPU seconds (user + system) of this process, or of its waited-for children.
double cpuSeconds(int who)
{
    rusage u{};
    getrusage(who, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) + double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

// Peak RSS since the last reset, in MiB.
double peakRssMb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return 0;
}

void resetPeakRss()
{
    QFile f(QStringLiteral("/proc/self/clear_refs"));
    if (f.open(QIODevice::WriteOnly))
        f.write("5");
}

struct ImportRun
{
    double ms = 0;
    double cpu = 0;
    double peakMb = 0;
    ImportSummary summary;
};

ImportRun importOnce(const QString &csv, const QString &workDir)
{
    const QString wsPath = QDir(workDir).filePath(QStringLiteral("bench_import.tierlab"));
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(wsPath + QLatin1StringView(suffix));
    resetPeakRss();
    ImportRun run;
    QElapsedTimer timer;
    timer.start();
    const double cpu0 = cpuSeconds(RUSAGE_SELF);
    {
        auto ws = Workspace::open(wsPath, Workspace::OpenMode::CreateNew);
        if (!ws)
            qFatal("%s", qPrintable(ws.error().message));
        auto profile = CsvProfiler::profile(csv);
        if (!profile)
            qFatal("%s", qPrintable(profile.error().message));
        auto s = SnapshotImporter(**ws).run(csv, profile->suggestMapping(ImportKind::Snapshots));
        if (!s)
            qFatal("%s", qPrintable(s.error().message));
        run.summary = *s;
    }
    run.ms = double(timer.nsecsElapsed()) / 1e6;
    run.cpu = cpuSeconds(RUSAGE_SELF) - cpu0;
    run.peakMb = peakRssMb();
    return run;
}

std::vector<BenchResult> runImport(std::int64_t rows, const BenchOptions &options, bool distinct)
{
    const int runs = options.runs > 0 ? options.runs : 1;
    const QString csv = generate(options.workDir, rows, distinct ? rows : kAccounts);
    const QString half = generate(options.workDir, rows / 2, distinct ? rows / 2 : kAccounts);
    const QString prefix = distinct ? QStringLiteral("import_distinct") : QStringLiteral("import");
    const double fileMb = double(QFileInfo(csv).size()) / (1024.0 * 1024.0);

    const ImportRun halfRun = importOnce(half, options.workDir);
    ImportRun last;
    const double ms = medianMs(runs, [&] { last = importOnce(csv, options.workDir); }, false);
    if (last.summary.rowsAccepted != rows || last.summary.rowsRejected != 0)
        qFatal("%s_csv: %lld rows accepted of %lld", qPrintable(prefix), static_cast<long long>(last.summary.rowsAccepted),
               static_cast<long long>(rows));

    BenchResult r;
    r.name = prefix + QStringLiteral("_csv");
    r.accounts = rows;
    r.runs = runs;
    r.medianMs = ms;
    r.extra.insert(QStringLiteral("rows"), double(rows));
    r.extra.insert(QStringLiteral("distinct_accounts"), double(last.summary.accounts));
    r.extra.insert(QStringLiteral("file_mb"), fileMb);
    r.extra.insert(QStringLiteral("mb_per_s"), fileMb / (ms / 1000.0));
    r.extra.insert(QStringLiteral("cpu_s"), last.cpu);   // both threads; the machine may be shared
    r.extra.insert(QStringLiteral("peak_rss_mb"), last.peakMb);
    r.extra.insert(QStringLiteral("half_rows"), double(rows / 2));
    r.extra.insert(QStringLiteral("half_ms"), halfRun.ms);
    r.extra.insert(QStringLiteral("half_peak_rss_mb"), halfRun.peakMb);
    std::vector<BenchResult> out{r};

    const QString sqlite = QStringLiteral("/usr/bin/sqlite3");
    if (QFileInfo::exists(sqlite)) {
        const QString db = QDir(options.workDir).filePath(QStringLiteral("bench_sqlite3.db"));
        const double childCpu0 = cpuSeconds(RUSAGE_CHILDREN);
        const double sqliteMs = medianMs(
            runs,
            [&] {
                QFile::remove(db);
                QProcess p;
                p.start(sqlite, {db, QStringLiteral(".import --csv %1 snap").arg(csv)});
                if (!p.waitForFinished(-1) || p.exitCode() != 0)
                    qFatal("sqlite3 .import failed: %s", p.readAllStandardError().constData());
            },
            false);
        BenchResult s;
        s.name = prefix + QStringLiteral("_sqlite3_cli");
        s.accounts = rows;
        s.runs = runs;
        s.medianMs = sqliteMs;
        s.extra.insert(QStringLiteral("tierlab_vs_sqlite3"), ms / sqliteMs);
        s.extra.insert(QStringLiteral("cpu_s"), (cpuSeconds(RUSAGE_CHILDREN) - childCpu0) / runs);
        s.extra.insert(QStringLiteral("tierlab_vs_sqlite3_cpu"), last.cpu / ((cpuSeconds(RUSAGE_CHILDREN) - childCpu0) / runs));
        out.push_back(s);
    }
    return out;
}

} // namespace

TIERLAB_BENCH_CASE("import_csv", (std::vector<std::int64_t>{1000000}),
                   [](std::int64_t rows, const BenchOptions &options) { return runImport(rows, options, false); });
TIERLAB_BENCH_CASE("import_distinct", (std::vector<std::int64_t>{1000000}),
                   [](std::int64_t rows, const BenchOptions &options) { return runImport(rows, options, true); });

} // namespace tierlab::bench
