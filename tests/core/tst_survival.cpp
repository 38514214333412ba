// Tests of Survival: the Kaplan–Meier table, the log-rank hazard ratio and the per-tier figures on a
// hand-built workspace. The arithmetic is in the comments.
#include "analysis/backtestjson.h"
#include "analysis/snapshothistory.h"
#include "analysis/survival.h"
#include "clirun.h"
#include "model/modelfile.h"
#include "store/snapshotcodec.h"
#include "store/workspace.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

#include <cmath>

using namespace tierlab;

namespace {

using Subject = Survival::Subject;

const QDate W0(2026, 1, 5);

// a: 10 E, 20 E, 20 C, 30 E, 40 C, 50 E.
const std::vector<Subject> kGroupA{{10, true}, {20, false}, {20, true}, {30, true}, {40, false}, {50, true}};
// b: 15 E, 25 C, 35 C, 45 C.
const std::vector<Subject> kGroupB{{15, true}, {25, false}, {35, false}, {45, false}};

// The workspace of perTier (its table is there) at `path`.
bool buildWorkspace(const QString &path)
{
    auto ws = Workspace::open(path, Workspace::OpenMode::CreateNew);
    if (!(ws))
        return false;
    SignalInfo usage;
    usage.id = QStringLiteral("usage");
    auto su = (*ws)->ensureSignal(usage);
    if (!(su))
        return false;
    struct Row
    {
        const char *id;
        double usage;
        int weeks;
        double arr;
    };
    const Row rows[] = {{"a", 20, 1, 0}, {"b", 30, 3, 1000}, {"f", 10, 1, 0},
                        {"c", 80, 3, 2000}, {"d", 90, 1, 0}, {"e", 70, 3, 3000}};
    if (!((*ws)->begin()))
        return false;
    for (const Row &r : rows) {
        AccountRecord a;
        a.id = QString::fromLatin1(r.id);
        a.arr = r.arr;
        auto key = (*ws)->upsertAccount(a);
        if (!(key))
            return false;
        for (int w = 0; w < r.weeks; ++w) {
            SnapshotCodec::Builder b;
            b.addNumber(su->index, r.usage);
            if (!((*ws)->putSnapshot(*key, W0.addDays(7 * w), b.data())))
                return false;
        }
    }
    auto outcome = [&](const char *id, OutcomeKind kind, int days) {
        OutcomeRecord o;
        o.accountId = QString::fromLatin1(id);
        o.kind = kind;
        o.date = W0.addDays(days);
        return bool((*ws)->addOutcome(o));
    };
    if (!(outcome("a", OutcomeKind::Churned, 10)))
        return false;
    if (!(outcome("b", OutcomeKind::Renewed, 95)))
        return false;
    if (!(outcome("f", OutcomeKind::Churned, 0)))
        return false;
    if (!(outcome("d", OutcomeKind::Churned, 20)))
        return false;
    if (!(outcome("e", OutcomeKind::Churned, 420)))
        return false;
    if (!((*ws)->commit()))
        return false;
    return true;
}

const QByteArray kModel = R"({"format":"tierlab-model","version":1,"name":"s",
        "categories":[{"id":"c"}],
        "signals":[{"id":"usage","category":"c","rule":{"kind":"linear","worst":0,"best":100}}],
        "tiers":[{"id":"low","min":0},{"id":"high","min":50}]})";

} // namespace

class tst_Survival : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void kaplanMeier();
    void survivalAt_data();
    void survivalAt();
    void atRisk();
    void hazardRatio();
    void hazardRatioUndefined();
    void perTier();
    void defaultStartAndErrors();
    void cli();
};

void tst_Survival::kaplanMeier()
{
    // t=10: 6 at risk, 1 churns → 5/6; t=20: 5 at risk (the censored one too), 1 churns → 5/6·4/5 = 2/3;
    // t=30: 3 at risk → 2/3·2/3 = 4/9; t=40: censored only → 4/9; t=50: 1 at risk, churns → 0.
    const auto steps = Survival::kaplanMeier(kGroupA);
    QCOMPARE(steps.size(), std::size_t(5));
    const double days[] = {10, 20, 30, 40, 50};
    const std::int64_t atRisk[] = {6, 5, 3, 2, 1};
    const std::int64_t events[] = {1, 1, 1, 0, 1};
    const std::int64_t censored[] = {0, 1, 0, 1, 0};
    const double survival[] = {5.0 / 6, 2.0 / 3, 4.0 / 9, 4.0 / 9, 0};
    for (std::size_t i = 0; i < steps.size(); ++i) {
        QCOMPARE(steps[i].days, days[i]);
        QCOMPARE(steps[i].atRisk, atRisk[i]);
        QCOMPARE(steps[i].events, events[i]);
        QCOMPARE(steps[i].censored, censored[i]);
        QCOMPARE(steps[i].survival, survival[i]);
    }
    QVERIFY(Survival::kaplanMeier({}).empty());
}

void tst_Survival::survivalAt_data()
{
    QTest::addColumn<std::vector<Subject>>("subjects");
    QTest::addColumn<double>("days");
    QTest::addColumn<double>("expected");   // NaN: unknown
    QTest::newRow("before the first event") << kGroupA << 0.0 << 1.0;
    QTest::newRow("between steps") << kGroupA << 25.0 << 2.0 / 3;
    QTest::newRow("at a step") << kGroupA << 30.0 << 4.0 / 9;
    QTest::newRow("past the end, all churned") << kGroupA << 90.0 << 0.0;
    QTest::newRow("past the end, censored") << kGroupB << 90.0 << std::nan("");
    QTest::newRow("censored last, inside") << kGroupB << 45.0 << 0.75;
    QTest::newRow("no subjects") << std::vector<Subject>{} << 10.0 << std::nan("");
}

void tst_Survival::survivalAt()
{
    QFETCH(std::vector<Subject>, subjects);
    QFETCH(double, days);
    QFETCH(double, expected);
    const double s = Survival::survivalAt(Survival::kaplanMeier(subjects), days);
    if (std::isnan(expected))
        QVERIFY2(std::isnan(s), qPrintable(QString::number(s)));
    else
        QCOMPARE(s, expected);
}

void tst_Survival::atRisk()
{
    QCOMPARE(Survival::atRisk(kGroupA, 0), std::int64_t(6));
    QCOMPARE(Survival::atRisk(kGroupA, 20), std::int64_t(5));
    QCOMPARE(Survival::atRisk(kGroupA, 50), std::int64_t(1));
    QCOMPARE(Survival::atRisk(kGroupA, 51), std::int64_t(0));
}

void tst_Survival::hazardRatio()
{
    // Pooled event times and who is at risk (a, b):
    //   t=10 (6, 4): E_a += 6/10, E_b += 4/10;  t=15 (5, 4): E_a += 5/9, E_b += 4/9
    //   t=20 (5, 3): E_a += 5/8, E_b += 3/8;    t=30 (3, 2): E_a += 3/5, E_b += 2/5
    //   t=50 (1, 0): E_a += 1
    // O_a = 4, O_b = 1; HR = (4 / E_a) / (1 / E_b).
    const double ea = 0.6 + 5.0 / 9 + 0.625 + 0.6 + 1;
    const double eb = 0.4 + 4.0 / 9 + 0.375 + 0.4;
    const Survival::HazardRatio hr = Survival::hazardRatio(kGroupA, kGroupB);
    QCOMPARE(hr.observed, 4.0);
    QCOMPARE(hr.expected, ea);
    QCOMPARE(ea + eb, 5.0);
    QCOMPARE(hr.value, (4 / ea) / (1 / eb));
    const double se = std::sqrt(1 / ea + 1 / eb);
    QCOMPARE(hr.low, std::exp(std::log(hr.value) - 1.96 * se));
    QCOMPARE(hr.high, std::exp(std::log(hr.value) + 1.96 * se));
    QVERIFY(hr.reason.isEmpty());
    // Swapped: the reciprocal.
    QCOMPARE(Survival::hazardRatio(kGroupB, kGroupA).value, 1 / hr.value);
}

void tst_Survival::hazardRatioUndefined()
{
    const std::vector<Subject> noChurn{{10, false}, {20, false}};
    const Survival::HazardRatio noRef = Survival::hazardRatio(kGroupA, noChurn);
    QVERIFY(std::isnan(noRef.value));
    QCOMPARE(noRef.reason, QStringLiteral("no churn in the reference tier"));
    const Survival::HazardRatio none = Survival::hazardRatio(noChurn, kGroupA);
    QVERIFY(std::isnan(none.value));
    QCOMPARE(none.reason, QStringLiteral("no churn in this tier"));
}

void tst_Survival::perTier()
{
    // Tiers low (0) and high (50); score = usage. Weeks W0, W0+7, W0+14; the start week is W0.
    //   a usage 20 (low), weeks 0 only, churned W0+10          → event at 10
    //   b usage 30 (low), all weeks, renewed W0+95, ARR 1000    → censored at 95
    //   f usage 10 (low), week 0 only, churned on W0 (not after) → censored at 0
    //   c usage 80 (high), all weeks, ARR 2000                  → censored at 14 (last snapshot)
    //   d usage 90 (high), week 0 only, churned W0+20           → event at 20
    //   e usage 70 (high), all weeks, churned W0+420, ARR 3000  → censored at 365
    // low: t=0 (3 at risk, 1 censored) S=1; t=10 (2, 1 churns) S=1/2; t=95 censored → S(90) = 1/2.
    // high: t=14 censored; t=20 (2 at risk, 1 churns) S=1/2; t=365 censored → S(90) = 1/2.
    // HR low vs high: t=10 (low 2, high 3): E_low += 2/5; t=20 (1, 2): E_low += 1/3 → E_low = 11/15,
    // E_high = 2 − 11/15 = 19/15, O = 1 each → HR = 19/11.
    // Latest week: b low (1000), c and e high (5000); expected churned ARR = ARR × (1 − 1/2).
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("s.tierlab"));
    QVERIFY(buildWorkspace(path));
    auto ws = Workspace::open(path);
    QVERIFY(ws);
    auto history = SnapshotHistory::load(**ws);
    QVERIFY(history);
    auto model = ModelFile::fromJson(kModel);
    QVERIFY2(model, model ? "" : qPrintable(model.error().message));

    Survival::Options options;
    options.start = W0;
    auto r = Survival::compute(**history, *model, options);
    QVERIFY2(r, r ? "" : qPrintable(r.error().message));
    QVERIFY(r->reason.isEmpty());
    QCOMPARE(r->start, W0);
    QCOMPARE(r->latest, W0.addDays(14));
    QCOMPARE(r->dataEnd, W0.addDays(420));
    QCOMPARE(r->referenceTier, 1);
    QCOMPARE(r->tiers.size(), std::size_t(2));
    const Survival::Tier &low = r->tiers[0];
    const Survival::Tier &high = r->tiers[1];
    QCOMPARE(low.accounts, std::int64_t(3));
    QCOMPARE(low.churned, std::int64_t(1));
    QCOMPARE(low.censored, std::int64_t(2));
    QCOMPARE(high.accounts, std::int64_t(3));
    QCOMPARE(high.churned, std::int64_t(1));
    std::vector<double> lowDays, highDays;
    for (const Survival::Step &s : low.steps)
        lowDays.push_back(s.days);
    for (const Survival::Step &s : high.steps)
        highDays.push_back(s.days);
    QCOMPARE(lowDays, (std::vector<double>{0, 10, 95}));
    QCOMPARE(highDays, (std::vector<double>{14, 20, 365}));
    QCOMPARE(Survival::survivalAt(low.steps, 90), 0.5);
    QCOMPARE(Survival::survivalAt(high.steps, 90), 0.5);
    QCOMPARE(Survival::survivalAt(high.steps, 365), 0.5);
    QCOMPARE(high.hazard.reason, QStringLiteral("the reference tier"));
    QVERIFY(std::isnan(high.hazard.value));
    QCOMPARE(low.hazard.expected, 11.0 / 15);
    QCOMPARE(low.hazard.value, 19.0 / 11);
    QCOMPARE(low.latestAccounts, std::int64_t(1));
    QCOMPARE(low.latestArr, 1000.0);
    QCOMPARE(high.latestAccounts, std::int64_t(2));
    QCOMPARE(high.latestArr, 5000.0);
    QCOMPARE(low.expectedChurnedArr, 500.0);
    QCOMPARE(high.expectedChurnedArr, 2500.0);

    const nlohmann::json j = survivalJson(*r, *model);
    QCOMPARE(j["start_week"].get<std::string>(), std::string("2026-01-05"));
    QCOMPARE(j["reference_tier"].get<std::string>(), std::string("high"));
    QCOMPARE(j["tiers"][0]["tier"].get<std::string>(), std::string("low"));
    QCOMPARE(j["tiers"][0]["at_risk"]["0"].get<int>(), 3);
    QCOMPARE(j["tiers"][0]["at_risk"]["90"].get<int>(), 1);
    QCOMPARE(j["tiers"][0]["survival_at"]["90"].get<double>(), 0.5);
    QVERIFY(j["tiers"][0]["survival_at"]["180"].is_null());   // past b's 95 days, censored
    QCOMPARE(j["tiers"][0]["hazard_ratio"]["value"].get<double>(), 19.0 / 11);
    QVERIFY(j["tiers"][1]["hazard_ratio"].is_null());
    QCOMPARE(j["tiers"][1]["expected_churned_arr"].get<double>(), 2500.0);
    QVERIFY(j["tiers"][1]["curve"] == nlohmann::json::parse("[[20.0, 0.5]]"));

    // Follow-up stops at maxDays: at 15 days, b, c and e are censored at 15 and d is too.
    options.maxDays = 15;
    auto short15 = Survival::compute(**history, *model, options);
    QVERIFY(short15);
    QCOMPARE(short15->tiers[1].churned, std::int64_t(0));
    QCOMPARE(short15->tiers[0].churned, std::int64_t(1));
}

void tst_Survival::defaultStartAndErrors()
{
    QTemporaryDir dir;
    auto ws = Workspace::open(dir.filePath(QStringLiteral("d.tierlab")), Workspace::OpenMode::CreateNew);
    QVERIFY(ws);
    SignalInfo usage;
    usage.id = QStringLiteral("usage");
    auto su = (*ws)->ensureSignal(usage);
    QVERIFY(su);
    QVERIFY((*ws)->begin());
    AccountRecord a;
    a.id = QStringLiteral("a");
    auto key = (*ws)->upsertAccount(a);
    QVERIFY(key);
    for (int w = 0; w < 60; ++w) {
        SnapshotCodec::Builder b;
        b.addNumber(su->index, 50);
        QVERIFY((*ws)->putSnapshot(*key, W0.addDays(7 * w), b.data()));
    }
    QVERIFY((*ws)->commit());
    auto model = ModelFile::fromJson(R"({"format":"tierlab-model","version":1,"name":"s",
        "categories":[{"id":"c"}],
        "signals":[{"id":"usage","category":"c","rule":{"kind":"linear","worst":0,"best":100}}],
        "tiers":[{"id":"low","min":0},{"id":"high","min":50}]})");
    QVERIFY(model);

    // No dated outcome: nothing to follow, said why.
    auto history = SnapshotHistory::load(**ws);
    QVERIFY(history);
    auto none = Survival::compute(**history, *model, {});
    QVERIFY(none);
    QVERIFY(none->reason.contains(u"No outcome has a date"));

    OutcomeRecord o;
    o.accountId = QStringLiteral("a");
    o.kind = OutcomeKind::Renewed;
    o.date = W0.addDays(7 * 59);
    QVERIFY((*ws)->addOutcome(o));
    history = SnapshotHistory::load(**ws);
    QVERIFY(history);
    // The data end at week 59 (413 days): the latest week at least 365 days before it is week 6 (42 days).
    auto r = Survival::compute(**history, *model, {});
    QVERIFY(r);
    QCOMPARE(r->start, W0.addDays(42));
    QCOMPARE(r->tiers[1].subjects.size(), std::size_t(1));
    QCOMPARE(r->tiers[1].subjects[0].days, 365.0);
    // A start before the first snapshot is refused with both dates.
    Survival::Options early;
    early.start = W0.addDays(-1);
    auto bad = Survival::compute(**history, *model, early);
    QVERIFY(!bad);
    QVERIFY(bad.error().message.contains(u"2026-01-04"));
    QVERIFY(bad.error().message.contains(u"2026-01-05"));
}

void tst_Survival::cli()
{
    // `backtest --json` carries the same figures as perTier; the text names the reference tier.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("s.tierlab"));
    QVERIFY(buildWorkspace(path));
    const QString model = dir.filePath(QStringLiteral("m.json"));
    QFile file(model);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(kModel);
    file.close();
    const QStringList common{QStringLiteral("backtest"), QStringLiteral("--workspace"), path, QStringLiteral("--model"), model,
                             QStringLiteral("--horizon-days"), QStringLiteral("0"), QStringLiteral("--survival-start"),
                             QStringLiteral("2026-01-05")};
    const test::CliRun json = tierlab::test::runCli(common + QStringList{QStringLiteral("--json")});
    QVERIFY2(json.exitCode == 0, json.err.constData());
    const nlohmann::json s = nlohmann::json::parse(json.out.toStdString())["survival"];
    QCOMPARE(s["start_week"].get<std::string>(), std::string("2026-01-05"));
    QCOMPARE(s["tiers"][0]["hazard_ratio"]["value"].get<double>(), 19.0 / 11);
    QCOMPARE(s["tiers"][1]["expected_churned_arr"].get<double>(), 2500.0);
    const test::CliRun text = tierlab::test::runCli(common);
    QVERIFY2(text.exitCode == 0, text.err.constData());
    QVERIFY2(text.outText().contains(u"Survival by tier from 2026-01-05 (followed up to 365 days; hazard ratios against high)"),
             text.out.constData());
    QVERIFY(text.outText().contains(u"  low: 3 accounts, 1 churned; retained 50.0 % at 90 days"));
    const test::CliRun bad = tierlab::test::runCli({QStringLiteral("backtest"), QStringLiteral("--workspace"), path,
                                              QStringLiteral("--survival-start"), QStringLiteral("5 Jan")});
    QCOMPARE(bad.exitCode, 2);
    QVERIFY(bad.errText().contains(u"--survival-start needs a date YYYY-MM-DD"));
}

QTEST_GUILESS_MAIN(tst_Survival)
#include "tst_survival.moc"
