// `tierlab demo --raw`: the files and their rows, refusal and cancel, and the promise that matters —
// the exports, imported as event tables and built with their recipes.json, give back the demo's
// snapshots bit for bit (compared as 17-digit snapshot exports) and the same back-test. The README's
// walkthrough is run line by line.

#include "demo/demogenerator.h"
#include "demo/demorawexport.h"
#include "recipes/recipeset.h"

#include "clirun.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace tierlab;

namespace {

using Run = test::CliRun;
using test::runCli;

QString describe(const QStringList &args, const Run &r)
{
    return QStringLiteral("tierlab %1\nexit %2\nstdout: %3\nstderr: %4")
        .arg(args.join(u' '))
        .arg(r.exitCode)
        .arg(QString::fromUtf8(r.out.left(2000)), QString::fromUtf8(r.err.left(2000)));
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// The table imports of the README walkthrough: name, key, time, end.
struct TableSpec
{
    const char *name;
    const char *time;
    const char *end;
};
constexpr TableSpec kTables[] = {
    {"accounts", "signup_date", "churn_date"}, {"product_usage", "week", nullptr},
    {"support_tickets", "opened_at", "closed_at"}, {"csm_activities", "date", nullptr},
    {"contact_changes", "date", nullptr},  {"nps_responses", "responded_at", nullptr},
    {"billing_aging", "week", nullptr},    {"marketing_engagement", "week", nullptr}};

DemoOptions options(int accounts, int weeks, quint64 seed)
{
    DemoOptions o;
    o.accounts = accounts;
    o.weeks = weeks;
    o.seed = seed;
    return o;
}

QStringList sizeArgs(const DemoOptions &o)
{
    return {QStringLiteral("--accounts"), QString::number(o.accounts), QStringLiteral("--weeks"), QString::number(o.weeks),
            QStringLiteral("--seed"), QString::number(o.seed)};
}

} // namespace

class tst_DemoRawExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void files();
    void refusesExistingFiles();
    void cancelWritesNothing();
    void rebuildsTheDemoExactly_data();
    void rebuildsTheDemoExactly();
    void readmeWalkthrough();

private:
    // Writes the exports and the demo workspace of the same options into DIR, builds a workspace from the
    // exports as the README does, and returns both workspaces' snapshot exports.
    void buildBoth(const QString &dir, const DemoOptions &o, QByteArray &rawSnapshots, QByteArray &demoSnapshots);
};

void tst_DemoRawExport::files()
{
    QTemporaryDir dir;
    const DemoOptions o = options(80, 40, 7);
    auto raw = DemoRawExport::write(dir.path(), o);
    QVERIFY2(raw, qPrintable(raw ? QString() : raw.error().message));
    QCOMPARE(raw->accounts, 80);
    QStringList names;
    for (const DemoRawFile &f : raw->files)
        names << f.name;
    QCOMPARE(names, DemoRawExport::fileNames());
    QCOMPARE(names.size(), 11);
    QCOMPARE(names.last(), QStringLiteral("recipes.json"));

    // Row counts against the demo workspace of the same options: one weekly row per snapshot, one
    // renewal row per outcome, one churn event per churned account.
    QTemporaryDir wsDir;
    auto stats = DemoGenerator::generateFile(wsDir.filePath(QStringLiteral("demo.tierlab")), o);
    QVERIFY(stats);
    const auto rows = [&](const char *name) {
        for (const DemoRawFile &f : raw->files) {
            if (f.name == QLatin1StringView(name))
                return f.rows;
        }
        return std::int64_t(-1);
    };
    QCOMPARE(rows("accounts.csv"), 80);
    QCOMPARE(rows("product_usage.csv"), stats->snapshots);
    QCOMPARE(rows("billing_aging.csv"), stats->snapshots);
    QCOMPARE(rows("marketing_engagement.csv"), stats->snapshots);
    QCOMPARE(rows("renewals.csv"), std::int64_t(stats->churned + stats->renewed + stats->expanded + stats->contracted));
    QCOMPARE(rows("churn_events.csv"), std::int64_t(stats->churned));
    QVERIFY(rows("support_tickets.csv") > 0);
    for (const DemoRawFile &f : raw->files) {
        if (!f.name.endsWith(u".csv"))
            continue;
        const QList<QByteArray> lines = readAll(dir.filePath(f.name)).split('\n');
        QCOMPARE(lines.size() - 2, f.rows);   // header + rows + the empty piece after the last newline
        QVERIFY(lines.last().isEmpty());
    }
    QCOMPARE(readAll(dir.filePath(QStringLiteral("support_tickets.csv"))).left(60),
             QByteArray("ticket_id,account_id,opened_at,closed_at,priority,sentiment\n"));

    // The recipes: the demo's fifteen signals in its catalogue order, over the grid of its weeks.
    auto set = RecipeSet::parse(readAll(dir.filePath(QStringLiteral("recipes.json"))), QStringLiteral("recipes.json"));
    QVERIFY2(set, qPrintable(set ? QString() : set.error().message));
    QCOMPARE(set->signals.size(), std::size_t(15));
    QCOMPARE(set->signals.front().id, QStringLiteral("logins_per_user_30d"));
    QCOMPARE(set->signals.back().id, QStringLiteral("marketing_emails_opened"));
    QCOMPARE(set->grid.first, o.lastAsOf.addDays(-7 * 39));
    QCOMPARE(set->grid.last, o.lastAsOf);
    QCOMPARE(set->accounts.end, QStringLiteral("churn_date"));
}

void tst_DemoRawExport::refusesExistingFiles()
{
    QTemporaryDir dir;
    const DemoOptions o = options(10, 12, 1);
    QVERIFY(DemoRawExport::write(dir.path(), o));
    const QByteArray before = readAll(dir.filePath(QStringLiteral("accounts.csv")));
    auto again = DemoRawExport::write(dir.path(), options(20, 12, 2));
    QVERIFY(!again);
    QVERIFY2(again.error().message.contains(QDir::toNativeSeparators(dir.filePath(QStringLiteral("accounts.csv")))),
             qPrintable(again.error().message));
    QCOMPARE(readAll(dir.filePath(QStringLiteral("accounts.csv"))), before);
    auto overwritten = DemoRawExport::write(dir.path(), options(20, 12, 2), true);
    QVERIFY(overwritten);
    QCOMPARE(readAll(dir.filePath(QStringLiteral("accounts.csv"))).count('\n'), 21);

    // The CLI says the same, exit 1, and --force overwrites.
    const QStringList args{QStringLiteral("demo"), QStringLiteral("--raw"), dir.path(), QStringLiteral("--accounts"), QStringLiteral("5")};
    const Run refused = runCli(args, dir.path());
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains("already exists"), qPrintable(describe(args, refused)));
    const Run forced = runCli(args + QStringList{QStringLiteral("--force")}, dir.path());
    QVERIFY2(forced.exitCode == 0, qPrintable(describe(args, forced)));
    QCOMPARE(readAll(dir.filePath(QStringLiteral("accounts.csv"))).count('\n'), 6);
}

void tst_DemoRawExport::cancelWritesNothing()
{
    QTemporaryDir dir;
    int calls = 0;
    auto raw = DemoRawExport::write(dir.filePath(QStringLiteral("out")), options(300, 20, 1), false, [&](int done, int total) {
        ++calls;
        return done < total / 2;
    });
    QVERIFY(!raw);
    QCOMPARE(raw.error().code, Error::Code::Cancelled);
    QVERIFY(calls >= 2);
    QCOMPARE(QDir(dir.filePath(QStringLiteral("out"))).entryList(QDir::Files), QStringList());
}

void tst_DemoRawExport::buildBoth(const QString &dir, const DemoOptions &o, QByteArray &rawSnapshots, QByteArray &demoSnapshots)
{
    const QString raw = dir + QStringLiteral("/raw.tierlab");
    const QString demo = dir + QStringLiteral("/demo.tierlab");
    QList<QStringList> commands;
    commands << (QStringList{QStringLiteral("demo"), QStringLiteral("--raw"), QStringLiteral("exports"), QStringLiteral("--out"), demo} + sizeArgs(o));
    for (const TableSpec &t : kTables) {
        QStringList c{QStringLiteral("import"), QStringLiteral("table"), QStringLiteral("exports/%1.csv").arg(QLatin1StringView(t.name)),
                      QStringLiteral("--workspace"), raw, QStringLiteral("--name"), QLatin1StringView(t.name),
                      QStringLiteral("--key"), QStringLiteral("account_id"), QStringLiteral("--time"), QLatin1StringView(t.time)};
        if (t.end)
            c << QStringLiteral("--end") << QLatin1StringView(t.end);
        commands << c;
    }
    commands << QStringList{QStringLiteral("signals"), QStringLiteral("build"), QStringLiteral("--workspace"), raw,
                            QStringLiteral("--recipes"), QStringLiteral("exports/recipes.json")};
    commands << QStringList{QStringLiteral("import"), QStringLiteral("outcomes"), QStringLiteral("exports/renewals.csv"),
                            QStringLiteral("--workspace"), raw};
    commands << QStringList{QStringLiteral("snapshots"), QStringLiteral("export"), QStringLiteral("--workspace"), raw,
                            QStringLiteral("--out"), QStringLiteral("raw.csv")};
    commands << QStringList{QStringLiteral("snapshots"), QStringLiteral("export"), QStringLiteral("--workspace"), demo,
                            QStringLiteral("--out"), QStringLiteral("demo.csv")};
    for (const QStringList &c : commands) {
        const Run r = runCli(c, dir);
        QVERIFY2(r.exitCode == 0, qPrintable(describe(c, r)));
        QVERIFY2(!r.out.contains("rejected") || r.out.contains(" 0 rejected"), qPrintable(describe(c, r)));
    }
    rawSnapshots = readAll(dir + QStringLiteral("/raw.csv"));
    demoSnapshots = readAll(dir + QStringLiteral("/demo.csv"));
}

void tst_DemoRawExport::rebuildsTheDemoExactly_data()
{
    QTest::addColumn<int>("accounts");
    QTest::addColumn<int>("weeks");
    QTest::addColumn<quint64>("seed");
    QTest::newRow("two years, seed 42") << 250 << 104 << quint64(42);
    QTest::newRow("half a year, seed 7") << 300 << 26 << quint64(7);
    QTest::newRow("one week") << 40 << 1 << quint64(3);
}

void tst_DemoRawExport::rebuildsTheDemoExactly()
{
    QFETCH(int, accounts);
    QFETCH(int, weeks);
    QFETCH(quint64, seed);
    QTemporaryDir dir;
    QByteArray raw, demo;
    buildBoth(dir.path(), options(accounts, weeks, seed), raw, demo);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(demo.count('\n') > accounts / 2);
    // Byte for byte: account ids, as_of, name, csm, segment, ARR, renewal and all 15 signals at 17 digits.
    if (raw != demo) {
        const QList<QByteArray> a = raw.split('\n'), b = demo.split('\n');
        for (qsizetype i = 0; i < std::min(a.size(), b.size()); ++i)
            QCOMPARE(a[i], b[i]);
        QCOMPARE(a.size(), b.size());
    }
}

// The README's "demo as raw exports" block, line by line (smaller: --accounts 400), then the same
// back-test as the demo workspace's.
void tst_DemoRawExport::readmeWalkthrough()
{
    const QByteArray readme = readAll(QStringLiteral(TIERLAB_SOURCE_DIR "/README.md"));
    const qsizetype marker = readme.indexOf("<!-- walkthrough: demo-raw -->");
    QVERIFY(marker >= 0);
    const qsizetype open = readme.indexOf("```\n", marker);
    const qsizetype close = readme.indexOf("```", open + 4);
    QVERIFY(open > marker && close > open);
    const QStringList lines = QString::fromUtf8(readme.mid(open + 4, close - open - 4)).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 13);

    QTemporaryDir dir;
    QHash<QString, QString> vars;
    QByteArray backtest;
    int commands = 0;
    for (QString line : lines) {
        line = line.section(u'#', 0, 0).trimmed();
        static const QRegularExpression assignment(QStringLiteral("^([A-Z]+)=(\\S+)$"));
        if (const auto m = assignment.match(line); m.hasMatch()) {
            vars.insert(m.captured(1), m.captured(2));
            continue;
        }
        QStringList args = line.split(u' ', Qt::SkipEmptyParts);
        QCOMPARE(args.value(0), QStringLiteral("tierlab"));
        args.removeFirst();
        for (QString &a : args) {
            for (auto it = vars.cbegin(); it != vars.cend(); ++it)
                a.replace(u'$' + it.key(), it.value());
            if (a.startsWith(u"resources/"))
                a = QStringLiteral(TIERLAB_SOURCE_DIR "/") + a;
        }
        if (args.value(0) == u"demo")
            args << QStringLiteral("--accounts") << QStringLiteral("400");
        if (args.value(0) == u"backtest")
            args << QStringLiteral("--json");
        const Run r = runCli(args, dir.path());
        QVERIFY2(r.exitCode == 0, qPrintable(describe(args, r)));
        if (args.value(0) == u"backtest")
            backtest = r.out;
        ++commands;
    }
    QCOMPARE(commands, 12);

    const QStringList demoArgs{QStringLiteral("demo"), QStringLiteral("--out"), QStringLiteral("demo.tierlab"), QStringLiteral("--accounts"),
                               QStringLiteral("400")};
    QCOMPARE(runCli(demoArgs, dir.path()).exitCode, 0);
    const QStringList btArgs{QStringLiteral("backtest"), QStringLiteral("--workspace"), QStringLiteral("demo.tierlab"), QStringLiteral("--model"),
                             QStringLiteral(TIERLAB_SOURCE_DIR "/resources/models/seed-default.json"), QStringLiteral("--json")};
    const Run demoBacktest = runCli(btArgs, dir.path());
    QVERIFY2(demoBacktest.exitCode == 0, qPrintable(describe(btArgs, demoBacktest)));
    const QJsonObject a = QJsonDocument::fromJson(backtest).object();
    const QJsonObject b = QJsonDocument::fromJson(demoBacktest.out).object();
    QVERIFY(!a.isEmpty());
    QVERIFY(a.value(QStringLiteral("auc")).toDouble() > 0.6);
    QCOMPARE(a, b);
}

QTEST_GUILESS_MAIN(tst_DemoRawExport)
#include "tst_demorawexport.moc"
