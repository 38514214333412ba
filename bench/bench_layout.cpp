// snapshot_layout: why snapshots are stored as one blob per account per as_of. Inserts N rows
// (N/10 accounts × 10 weekly as_of dates × 20 numeric signals) and loads one whole snapshot into
// columnar memory, for three layouts: the workspace's blob rows, one row per value (EAV), and a wide
// table with one column per signal. Figures and the choice are in docs/architecture.md.
#include "benchharness.h"

#include "store/snapshotcodec.h"
#include "store/workspace.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>

#include <sqlite3.h>

#include <cmath>

namespace tierlab::bench {

namespace {

constexpr int kSignals = 20;
constexpr int kDates = 10;

double valueFor(std::int64_t account, int date, int signal)
{
    // Deterministic, cheap, varied; every 17th value missing.
    const std::uint64_t h = std::uint64_t(account) * 0x9E3779B97F4A7C15ULL ^ std::uint64_t(date * 131 + signal) * 0xC2B2AE3D27D4EB4FULL;
    if (h % 17 == 0)
        return std::nan("");
    return double(h % 100000) / 1000.0;
}

QString dateText(int date)
{
    return QDate(2026, 1, 5).addDays(7 * date).toString(Qt::ISODate);
}

void exec(sqlite3 *db, const char *sql)
{
    sqlite3_exec(db, sql, nullptr, nullptr, nullptr);
}

sqlite3 *openRaw(const QString &path)
{
    QFile::remove(path);
    sqlite3 *db = nullptr;
    sqlite3_open(path.toUtf8().constData(), &db);
    exec(db, "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA cache_size = -65536;");
    return db;
}

struct Timings
{
    double insertMs = 0;
    double loadMs = 0;
    double fileMb = 0;
};

Timings blobLayout(std::int64_t rows, const QString &dir)
{
    const QString path = dir + QStringLiteral("/layout-blob.tierlab");
    QFile::remove(path);
    Timings t;
    const std::int64_t accounts = rows / kDates;
    {
        auto ws = Workspace::open(path, Workspace::OpenMode::CreateNew);
        if (!ws)
            return t;
        std::vector<int> index(kSignals);
        for (int s = 0; s < kSignals; ++s)
            index[std::size_t(s)] = (*ws)->ensureSignal(SignalInfo{-1, QStringLiteral("s%1").arg(s), {}, SignalType::Number, {}, {}})->index;
        QElapsedTimer timer;
        timer.start();
        (void)(*ws)->begin();
        std::vector<std::int64_t> keys(static_cast<std::size_t>(accounts));
        for (std::int64_t a = 0; a < accounts; ++a)
            keys[std::size_t(a)] = *(*ws)->upsertAccount(AccountRecord{QStringLiteral("A%1").arg(a), {}, {}, {}, 1000.0, {}, {}});
        SnapshotCodec::Builder b;
        for (int d = 0; d < kDates; ++d) {
            const QDate date = QDate(2026, 1, 5).addDays(7 * d);
            for (std::int64_t a = 0; a < accounts; ++a) {
                b.clear();
                for (int s = 0; s < kSignals; ++s)
                    b.addNumber(index[std::size_t(s)], valueFor(a, d, s));
                (void)(*ws)->putSnapshot(keys[std::size_t(a)], date, b.data());
            }
        }
        (void)(*ws)->commit();
        t.insertMs = double(timer.nsecsElapsed()) / 1e6;
        t.loadMs = medianMs(3, [&] { (void)(*ws)->loadSnapshot(QDate(2026, 1, 5).addDays(7 * (kDates - 1))); });
    }
    t.fileMb = double(QFileInfo(path).size()) / 1e6;
    return t;
}

Timings eavLayout(std::int64_t rows, const QString &dir)
{
    const QString path = dir + QStringLiteral("/layout-eav.db");
    sqlite3 *db = openRaw(path);
    exec(db, "CREATE TABLE v(as_of TEXT, account INTEGER, signal INTEGER, value REAL, PRIMARY KEY(as_of, account, signal)) WITHOUT ROWID");
    const std::int64_t accounts = rows / kDates;
    Timings t;
    QElapsedTimer timer;
    timer.start();
    exec(db, "BEGIN");
    sqlite3_stmt *ins = nullptr;
    sqlite3_prepare_v2(db, "INSERT INTO v VALUES(?1, ?2, ?3, ?4)", -1, &ins, nullptr);
    for (int d = 0; d < kDates; ++d) {
        const QByteArray date = dateText(d).toUtf8();
        for (std::int64_t a = 0; a < accounts; ++a) {
            for (int s = 0; s < kSignals; ++s) {
                const double v = valueFor(a, d, s);
                if (std::isnan(v))
                    continue;
                sqlite3_bind_text(ins, 1, date.constData(), int(date.size()), SQLITE_STATIC);
                sqlite3_bind_int64(ins, 2, a);
                sqlite3_bind_int(ins, 3, s);
                sqlite3_bind_double(ins, 4, v);
                sqlite3_step(ins);
                sqlite3_reset(ins);
            }
        }
    }
    sqlite3_finalize(ins);
    exec(db, "COMMIT");
    t.insertMs = double(timer.nsecsElapsed()) / 1e6;
    sqlite3_stmt *sel = nullptr;
    sqlite3_prepare_v2(db, "SELECT account, signal, value FROM v WHERE as_of = ?1 ORDER BY account, signal", -1, &sel, nullptr);
    const QByteArray last = dateText(kDates - 1).toUtf8();
    t.loadMs = medianMs(3, [&] {
        std::vector<std::vector<double>> columns(kSignals, std::vector<double>(std::size_t(accounts), std::nan("")));
        sqlite3_bind_text(sel, 1, last.constData(), int(last.size()), SQLITE_STATIC);
        while (sqlite3_step(sel) == SQLITE_ROW)
            columns[std::size_t(sqlite3_column_int(sel, 1))][std::size_t(sqlite3_column_int64(sel, 0))] = sqlite3_column_double(sel, 2);
        sqlite3_reset(sel);
    });
    sqlite3_finalize(sel);
    sqlite3_close(db);
    t.fileMb = double(QFileInfo(path).size()) / 1e6;
    return t;
}

Timings wideLayout(std::int64_t rows, const QString &dir)
{
    const QString path = dir + QStringLiteral("/layout-wide.db");
    sqlite3 *db = openRaw(path);
    QByteArray create = "CREATE TABLE w(as_of TEXT, account INTEGER";
    QByteArray insert = "INSERT INTO w VALUES(?1, ?2";
    for (int s = 0; s < kSignals; ++s) {
        create += ", s" + QByteArray::number(s) + " REAL";
        insert += ", ?" + QByteArray::number(s + 3);
    }
    create += ", PRIMARY KEY(as_of, account)) WITHOUT ROWID";
    insert += ")";
    exec(db, create.constData());
    const std::int64_t accounts = rows / kDates;
    Timings t;
    QElapsedTimer timer;
    timer.start();
    exec(db, "BEGIN");
    sqlite3_stmt *ins = nullptr;
    sqlite3_prepare_v2(db, insert.constData(), -1, &ins, nullptr);
    for (int d = 0; d < kDates; ++d) {
        const QByteArray date = dateText(d).toUtf8();
        for (std::int64_t a = 0; a < accounts; ++a) {
            sqlite3_bind_text(ins, 1, date.constData(), int(date.size()), SQLITE_STATIC);
            sqlite3_bind_int64(ins, 2, a);
            for (int s = 0; s < kSignals; ++s) {
                const double v = valueFor(a, d, s);
                if (std::isnan(v))
                    sqlite3_bind_null(ins, s + 3);
                else
                    sqlite3_bind_double(ins, s + 3, v);
            }
            sqlite3_step(ins);
            sqlite3_reset(ins);
        }
    }
    sqlite3_finalize(ins);
    exec(db, "COMMIT");
    t.insertMs = double(timer.nsecsElapsed()) / 1e6;
    sqlite3_stmt *sel = nullptr;
    sqlite3_prepare_v2(db, "SELECT * FROM w WHERE as_of = ?1 ORDER BY account", -1, &sel, nullptr);
    const QByteArray last = dateText(kDates - 1).toUtf8();
    t.loadMs = medianMs(3, [&] {
        std::vector<std::vector<double>> columns(kSignals, std::vector<double>(std::size_t(accounts)));
        sqlite3_bind_text(sel, 1, last.constData(), int(last.size()), SQLITE_STATIC);
        std::size_t row = 0;
        while (sqlite3_step(sel) == SQLITE_ROW) {
            for (int s = 0; s < kSignals; ++s)
                columns[std::size_t(s)][row] = sqlite3_column_type(sel, s + 2) == SQLITE_NULL ? std::nan("") : sqlite3_column_double(sel, s + 2);
            ++row;
        }
        sqlite3_reset(sel);
    });
    sqlite3_finalize(sel);
    sqlite3_close(db);
    t.fileMb = double(QFileInfo(path).size()) / 1e6;
    return t;
}

std::vector<BenchResult> runLayouts(std::int64_t rows, const BenchOptions &options)
{
    std::vector<BenchResult> out;
    auto add = [&](const char *layout, const Timings &t) {
        QJsonObject extra{{QStringLiteral("rows"), double(rows)},
                          {QStringLiteral("signals"), kSignals},
                          {QStringLiteral("snapshot_accounts"), double(rows / kDates)},
                          {QStringLiteral("load_snapshot_ms"), t.loadMs},
                          {QStringLiteral("file_mb"), t.fileMb}};
        out.push_back(BenchResult{QStringLiteral("layout_%1_insert").arg(QLatin1StringView(layout)), rows, t.insertMs, 1, extra});
    };
    add("blob", blobLayout(rows, options.workDir));
    add("wide", wideLayout(rows, options.workDir));
    add("eav", eavLayout(rows, options.workDir));
    for (const QString &f : QDir(options.workDir).entryList({QStringLiteral("layout-*")}))
        QFile::remove(options.workDir + u'/' + f);
    return out;
}

} // namespace

TIERLAB_BENCH_CASE("layout", {1000000}, runLayouts);

} // namespace tierlab::bench
