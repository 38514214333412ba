// Crash safety: an import or a signal build killed (SIGKILL) at any of its writes leaves a workspace
// that passes `tierlab check` and holds the state before or after the change, never a part of it;
// and the workspace file alone, copied at that moment (a sync client, a backup), opens as one of
// the two as well. Each run forks a child that performs the change through a SQLite VFS counting
// every write, sync, truncate and delete, and kills itself before the N-th: the kill points are
// exact and repeatable, spread over the whole change (the first writes, the commit, the last ones)
// and seeded-random in between.
#include "clirun.h"

#include "io/csvprofiler.h"
#include "io/snapshotimporter.h"
#include "recipes/recipeset.h"
#include "recipes/signalbuilder.h"
#include "store/workspace.h"

#include <QDate>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

#include <csignal>
#include <fcntl.h>
#include <set>
#include <sys/wait.h>
#include <unistd.h>

using namespace tierlab;
using namespace tierlab::test;

namespace {

// --- A VFS that forwards to the default one and dies at its N-th change to any file ------------

struct Crash
{
    sqlite3_vfs *real = nullptr;
    sqlite3_vfs vfs{};
    sqlite3_io_methods io{};
    bool counting = false;
    long events = 0;
    long killAt = 0;             // 0: never
    std::string copyFrom, copyTo;  // the workspace file alone, copied just before the kill
    std::string killedIn;        // a file that gets the kind of file the killing write was to
};
Crash g_crash;

// What a change writes to: the workspace file, its WAL, its rollback journal (or deletes).
enum Target : char { Main = 'm', Wal = 'w', Journal = 'j', Other = 'o', Delete = 'd' };

struct ShimFile
{
    sqlite3_file base;
    sqlite3_file *real;          // the default VFS's file, right after this struct
    Target target;
};

sqlite3_file *real(sqlite3_file *f)
{
    return reinterpret_cast<ShimFile *>(f)->real;
}

void copyAlone()
{
    const int in = ::open(g_crash.copyFrom.c_str(), O_RDONLY);
    const int out = ::open(g_crash.copyTo.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    char buffer[65536];
    for (ssize_t n; in >= 0 && out >= 0 && (n = ::read(in, buffer, sizeof buffer)) > 0;)
        if (::write(out, buffer, std::size_t(n)) != n)
            break;
    ::close(in);
    ::close(out);
}

void event(Target target)
{
    if (!g_crash.counting)
        return;
    if (++g_crash.events == g_crash.killAt) {
        if (!g_crash.copyTo.empty())
            copyAlone();
        const int out = ::open(g_crash.killedIn.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
        const char kind = char(target);
        if (out >= 0 && ::write(out, &kind, 1) == 1)
            ::close(out);
        std::raise(SIGKILL);
    }
}

int shimClose(sqlite3_file *f)
{
    return real(f)->pMethods->xClose(real(f));
}
int shimRead(sqlite3_file *f, void *buffer, int amount, sqlite3_int64 offset)
{
    return real(f)->pMethods->xRead(real(f), buffer, amount, offset);
}
int shimWrite(sqlite3_file *f, const void *buffer, int amount, sqlite3_int64 offset)
{
    event(reinterpret_cast<ShimFile *>(f)->target);
    return real(f)->pMethods->xWrite(real(f), buffer, amount, offset);
}
int shimTruncate(sqlite3_file *f, sqlite3_int64 size)
{
    event(reinterpret_cast<ShimFile *>(f)->target);
    return real(f)->pMethods->xTruncate(real(f), size);
}
int shimSync(sqlite3_file *f, int flags)
{
    event(reinterpret_cast<ShimFile *>(f)->target);
    return real(f)->pMethods->xSync(real(f), flags);
}
int shimFileSize(sqlite3_file *f, sqlite3_int64 *size)
{
    return real(f)->pMethods->xFileSize(real(f), size);
}
int shimLock(sqlite3_file *f, int level)
{
    return real(f)->pMethods->xLock(real(f), level);
}
int shimUnlock(sqlite3_file *f, int level)
{
    return real(f)->pMethods->xUnlock(real(f), level);
}
int shimCheckReservedLock(sqlite3_file *f, int *out)
{
    return real(f)->pMethods->xCheckReservedLock(real(f), out);
}
int shimFileControl(sqlite3_file *f, int op, void *arg)
{
    return real(f)->pMethods->xFileControl(real(f), op, arg);
}
int shimSectorSize(sqlite3_file *f)
{
    return real(f)->pMethods->xSectorSize(real(f));
}
int shimDeviceCharacteristics(sqlite3_file *f)
{
    return real(f)->pMethods->xDeviceCharacteristics(real(f));
}
int shimShmMap(sqlite3_file *f, int region, int size, int extend, void volatile **out)
{
    return real(f)->pMethods->xShmMap(real(f), region, size, extend, out);
}
int shimShmLock(sqlite3_file *f, int offset, int n, int flags)
{
    return real(f)->pMethods->xShmLock(real(f), offset, n, flags);
}
void shimShmBarrier(sqlite3_file *f)
{
    real(f)->pMethods->xShmBarrier(real(f));
}
int shimShmUnmap(sqlite3_file *f, int deleteFlag)
{
    return real(f)->pMethods->xShmUnmap(real(f), deleteFlag);
}

int shimOpen(sqlite3_vfs *, sqlite3_filename name, sqlite3_file *f, int flags, int *outFlags)
{
    auto *shim = reinterpret_cast<ShimFile *>(f);
    shim->real = reinterpret_cast<sqlite3_file *>(shim + 1);
    shim->target = (flags & SQLITE_OPEN_MAIN_DB) ? Main : (flags & SQLITE_OPEN_WAL) ? Wal : (flags & SQLITE_OPEN_MAIN_JOURNAL) ? Journal : Other;
    const int rc = g_crash.real->xOpen(g_crash.real, name, shim->real, flags, outFlags);
    shim->base.pMethods = shim->real->pMethods ? &g_crash.io : nullptr;
    return rc;
}

int shimDelete(sqlite3_vfs *, const char *name, int syncDir)
{
    event(Delete);   // deleting the rollback journal is the commit
    return g_crash.real->xDelete(g_crash.real, name, syncDir);
}

// In the child only: the shim becomes the default VFS.
void installCrashVfs()
{
    g_crash.real = sqlite3_vfs_find(nullptr);
    g_crash.vfs = *g_crash.real;
    g_crash.vfs.zName = "tierlab-crash";
    g_crash.vfs.szOsFile = int(sizeof(ShimFile)) + g_crash.real->szOsFile;
    g_crash.vfs.xOpen = shimOpen;
    g_crash.vfs.xDelete = shimDelete;
    g_crash.io = {2,
                  shimClose,
                  shimRead,
                  shimWrite,
                  shimTruncate,
                  shimSync,
                  shimFileSize,
                  shimLock,
                  shimUnlock,
                  shimCheckReservedLock,
                  shimFileControl,
                  shimSectorSize,
                  shimDeviceCharacteristics,
                  shimShmMap,
                  shimShmLock,
                  shimShmBarrier,
                  shimShmUnmap,
                  nullptr,
                  nullptr};
    sqlite3_vfs_register(&g_crash.vfs, 1);
}

// --- The changes ----------------------------------------------------------------------------------

enum class Change { ImportIntoData, ImportIntoNew, SignalBuild };

constexpr int kAccounts = 3000;

QByteArray week(int w)
{
    const QByteArray date = QDate(2024, 1, 1).addDays(7 * w).toString(Qt::ISODate).toLatin1();
    QByteArray csv = "account_id,as_of,arr,usage,tickets\n";
    for (int i = 0; i < kAccounts; ++i)
        csv += "acct-" + QByteArray::number(i) + ',' + date + ',' + QByteArray::number(1000 + i * 7 + w) + ','
               + QByteArray::number((i * 31 + w * 17) % 997) + ',' + QByteArray::number((i + w) % 9) + '\n';
    return csv;
}

QByteArray recipes(bool withTickets)
{
    QByteArray out = R"({"format": "tierlab-signals", "version": 1,
        "grid": {"every_days": 7, "first": "2024-01-01", "last": "2024-04-29"},
        "accounts": {"table": "accounts", "start": "signup"},
        "signals": [{"id": "events_30d", "table": "events", "agg": "count", "window_days": 30},
                    {"id": "amount_90d", "table": "events", "agg": "sum", "column": "amount", "window_days": 90})";
    if (withTickets)
        out += R"(, {"id": "last_amount", "table": "events", "agg": "last", "column": "amount"})";
    return out + "]}";
}

// What the child does; its exit code: 0 done, 3 the change failed (a bug: nothing is injected but the kill).
int perform(Change change, const QString &file, const QString &input)
{
    if (change == Change::SignalBuild) {
        QFile f(input);
        if (!f.open(QIODevice::ReadOnly))
            return 3;
        auto set = RecipeSet::parse(f.readAll(), input);
        auto ws = Workspace::open(file);
        if (!set || !ws)
            return 3;
        g_crash.counting = true;
        return SignalBuilder::build(**ws, *set) ? 0 : 3;
    }
    auto ws = Workspace::open(file, change == Change::ImportIntoNew ? Workspace::OpenMode::CreateNew : Workspace::OpenMode::OpenExisting);
    auto profile = CsvProfiler::profile(input);
    if (!ws || !profile)
        return 3;
    g_crash.counting = true;
    return SnapshotImporter(**ws).run(input, profile->suggestMapping(ImportKind::Snapshots)) ? 0 : 3;
}

struct ChildEnd
{
    bool killed = false;
    int exitCode = -1;
    long events = 0;   // written by a child that finished
    char killedIn = 0; // the Target of the killing write
};

ChildEnd runChild(Change change, const QString &file, const QString &input, long killAt, const QString &copyTo, const QString &countFile,
                  const QString &killedInFile)
{
    const pid_t pid = ::fork();
    if (pid == 0) {
        installCrashVfs();
        g_crash.killAt = killAt;
        g_crash.copyFrom = QFile::encodeName(file).toStdString();
        g_crash.copyTo = QFile::encodeName(copyTo).toStdString();
        g_crash.killedIn = QFile::encodeName(killedInFile).toStdString();
        const int code = perform(change, file, input);
        QFile count(countFile);
        if (count.open(QIODevice::WriteOnly | QIODevice::Truncate))
            count.write(QByteArray::number(qint64(g_crash.events)));
        count.close();
        ::_exit(code);   // no Qt teardown in the child
    }
    ChildEnd end;
    int status = 0;
    if (pid < 0 || ::waitpid(pid, &status, 0) != pid)
        return end;
    end.killed = WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL;
    end.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    QFile count(countFile);
    if (!end.killed && count.open(QIODevice::ReadOnly))
        end.events = count.readAll().toLong();
    QFile killedIn(killedInFile);
    if (end.killed && killedIn.open(QIODevice::ReadOnly))
        end.killedIn = killedIn.read(1).append('\0').at(0);
    return end;
}

// A workspace's state as the CLI reads it: "damaged: …", or snapshots and signals.
QString state(const QString &file)
{
    const CliRun check = runCli({QStringLiteral("check"), QStringLiteral("--workspace"), file, QStringLiteral("--json")});
    if (check.exitCode != 0)
        return QStringLiteral("damaged: ") + check.errText() + check.outText();
    const CliRun summary = runCli({QStringLiteral("summary"), QStringLiteral("--workspace"), file, QStringLiteral("--json")});
    if (summary.exitCode != 0)
        return QStringLiteral("unreadable: ") + summary.errText();
    const QJsonObject o = QJsonDocument::fromJson(summary.out).object();
    return QStringLiteral("%1 snapshots, %2 signals").arg(o.value(u"snapshots").toInt()).arg(o.value(u"signals").toArray().size());
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

bool cli(const QStringList &args)
{
    const CliRun run = runCli(args);
    if (run.exitCode != 0)
        qWarning("%s", run.err.constData());
    return run.exitCode == 0;
}

} // namespace

class TestCrashSafety : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void killedAnywhere_data();
    void killedAnywhere();

private:
    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }
};

// The starting workspaces come from the CLI in the parent: the parent itself never opens a
// workspace nor starts a thread, so the forked children start clean.
void TestCrashSafety::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(writeFile(path(QStringLiteral("week0.csv")), week(0)));
    QVERIFY(writeFile(path(QStringLiteral("week1.csv")), week(1)));
    QVERIFY(cli({QStringLiteral("import"), QStringLiteral("snapshots"), path(QStringLiteral("week0.csv")), QStringLiteral("--workspace"),
                 path(QStringLiteral("data.tierlab"))}));

    QByteArray accounts = "account_id,signup\n", events = "account_id,at,amount\n";
    for (int i = 0; i < kAccounts; ++i) {
        accounts += "acct-" + QByteArray::number(i) + ",2023-12-" + QByteArray::number(1 + i % 28).rightJustified(2, '0') + '\n';
        for (int e = 0; e < 6; ++e)
            events += "acct-" + QByteArray::number(i) + ',' + QDate(2024, 1, 1).addDays((i * 7 + e * 19) % 120).toString(Qt::ISODate).toLatin1()
                      + ',' + QByteArray::number((i + e) % 50) + '\n';
    }
    QVERIFY(writeFile(path(QStringLiteral("accounts.csv")), accounts));
    QVERIFY(writeFile(path(QStringLiteral("events.csv")), events));
    QVERIFY(writeFile(path(QStringLiteral("two.json")), recipes(false)));
    QVERIFY(writeFile(path(QStringLiteral("three.json")), recipes(true)));
    const QString built = path(QStringLiteral("built.tierlab"));
    QVERIFY(cli({QStringLiteral("import"), QStringLiteral("table"), path(QStringLiteral("accounts.csv")), QStringLiteral("--workspace"), built,
                 QStringLiteral("--name"), QStringLiteral("accounts"), QStringLiteral("--key"), QStringLiteral("account_id"),
                 QStringLiteral("--time"), QStringLiteral("signup")}));
    QVERIFY(cli({QStringLiteral("import"), QStringLiteral("table"), path(QStringLiteral("events.csv")), QStringLiteral("--workspace"), built,
                 QStringLiteral("--name"), QStringLiteral("events"), QStringLiteral("--key"), QStringLiteral("account_id"),
                 QStringLiteral("--time"), QStringLiteral("at")}));
    QVERIFY(cli({QStringLiteral("signals"), QStringLiteral("build"), QStringLiteral("--workspace"), built, QStringLiteral("--recipes"),
                 path(QStringLiteral("two.json"))}));
}

void TestCrashSafety::killedAnywhere_data()
{
    QTest::addColumn<int>("change");
    QTest::addColumn<QString>("start");   // the workspace copied before each run; empty: a new one
    QTest::addColumn<QString>("input");
    QTest::newRow("import into data (WAL)") << int(Change::ImportIntoData) << QStringLiteral("data.tierlab") << QStringLiteral("week1.csv");
    QTest::newRow("import into a new workspace (rollback journal)") << int(Change::ImportIntoNew) << QString() << QStringLiteral("week0.csv");
    QTest::newRow("signal build (rollback journal)") << int(Change::SignalBuild) << QStringLiteral("built.tierlab") << QStringLiteral("three.json");
}

void TestCrashSafety::killedAnywhere()
{
    QFETCH(int, change);
    QFETCH(QString, start);
    QFETCH(QString, input);
    const QString file = path(QStringLiteral("run.tierlab"));
    const QString copy = path(QStringLiteral("copy.tierlab"));
    const auto fresh = [&] {
        for (const QString &f : QStringList{file, file + QStringLiteral("-wal"), file + QStringLiteral("-shm"), file + QStringLiteral("-journal"), copy})
            QFile::remove(f);
        return start.isEmpty() || QFile::copy(path(start), file);
    };
    const auto run = [&](long killAt) {
        return runChild(Change(change), file, path(input), killAt, copy, path(QStringLiteral("events.count")),
                        path(QStringLiteral("killed.in")));
    };

    // The states before and after, and how many writes the change makes.
    QVERIFY(fresh());
    const QString before = start.isEmpty() ? QStringLiteral("0 snapshots, 0 signals") : state(file);
    const ChildEnd whole = run(0);
    QCOMPARE(whole.exitCode, 0);
    QVERIFY(whole.events > 10);
    const QString after = state(file);
    QVERIFY2(after != before && !after.startsWith(u"damaged"), qPrintable(after));

    std::set<long> points{1, 2, 3, whole.events / 4, whole.events / 2, whole.events * 3 / 4, whole.events - 2, whole.events - 1, whole.events};
    QRandomGenerator random(20261207u + std::uint32_t(change));
    while (points.size() < 16)
        points.insert(1 + long(random.bounded(quint32(whole.events))));
    int sawBefore = 0, sawAfter = 0, torn = 0;
    for (const long at : points) {
        QVERIFY(fresh());
        const ChildEnd end = run(at);
        QVERIFY2(end.killed, qPrintable(QStringLiteral("write %1 of %2: the child was not killed (exit %3)").arg(at).arg(whole.events).arg(end.exitCode)));
        const QString now = state(file);
        if (now == before)
            ++sawBefore;
        else if (now == after)
            ++sawAfter;
        else
            QFAIL(qPrintable(QStringLiteral("killed at write %1 of %2: %3 (before: %4; after: %5)").arg(at).arg(whole.events).arg(now, before, after)));
        // The file alone, copied at that moment (a sync client, a backup): the state before or after,
        // except while pages are written into the file itself — the commit's in rollback-journal mode,
        // the checkpoint after it in WAL mode — where the copy is torn: then `check` finds it cut short
        // and opening it is refused, so it is never read as a third state.
        const QString copied = state(copy);
        if (copied != before && copied != after) {
            ++torn;
            QVERIFY2(end.killedIn == Main, qPrintable(QStringLiteral("the file alone, copied at write %1 of %2 (to '%3'): %4")
                                                          .arg(at).arg(whole.events).arg(QChar::fromLatin1(end.killedIn)).arg(copied)));
            QVERIFY2(copied.startsWith(u"damaged") && runCli({QStringLiteral("summary"), QStringLiteral("--workspace"), copy}).exitCode == 1,
                     qPrintable(copied));
        }
    }
    qInfo("%d kill points: %d before, %d after; the file alone torn at %d (each refused on open)", int(points.size()), sawBefore, sawAfter, torn);
    // Killed at the first writes the change is not there; killed at the last it is.
    QVERIFY(sawBefore > 0);
    QVERIFY(sawAfter > 0);
}

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
