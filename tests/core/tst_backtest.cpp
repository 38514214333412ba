// Tests of Backtest on a hand-built workspace.
//
// Model: one signal "usage", linear 0 → 100 (score = usage); tiers low ≥ 0 (worst), high ≥ 50 (label
// "Healthy", what the text shows; the JSON keeps ids).
// Snapshots (usage; "·" = a row without a value, "–" = no row):
//   as_of        a    b    c    d    e    f    g
//   2026-01-05   20   –    –    30   5    –    –
//   2026-02-02   99   –    60   100  –    –    40
//   2026-03-02   99   80   –    100  –    ·    –
//   2026-04-06   99   0    0    100  –    –    –
// Outcomes, horizon 90 days (cutoff = date − 90):
//   a churned    2026-04-10  cutoff 01-10 → 01-05, score 20 (tier 0)
//   b renewed    2026-06-01  cutoff 03-03 → 03-02, score 80 (tier 1)
//   c churned    2026-06-01  cutoff 03-03 → 03-02 lacks c → 02-02, score 60 (tier 1)
//   d expanded   2026-05-01  cutoff 01-31 → 01-05, score 30 (tier 0)
//   e churned    2026-02-01  cutoff 2025-11-03 → no snapshot: excluded
//   f contracted 2026-07-01  cutoff 04-02 → 03-02, no value: unscored, excluded
//   g renewed    label of the 02-02 snapshot, score 40 (tier 0)
// Every value after a cutoff is a poison (99/100/0) that would change the result if it leaked.
// n = 5, positives 2 (a 20, c 60), negatives b 80, d 30, g 40.
// AUC (risk = −score): pairs (a,b) (a,d) (a,g) (c,b) win, (c,d) (c,g) lose → 4/6.
// Tiers: low {a, d, g} 1 churned, high {b, c} 1 churned. Worst-tier flag: TP a, FP d g, FN c, TN b.
// Lead time (snapshots before the churn date): a at 04-06 is high → not flagged; c low at 04-06,
// absent 03-02, high 02-02 → flagged since 04-06, 56 days; e low at 01-05 → 27 days.
#include "analysis/backtest.h"
#include "analysis/backtestjson.h"
#include "engine/scoringengine.h"
#include "model/modelfile.h"
#include "store/snapshotcodec.h"
#include "store/workspace.h"

#include <QProcess>
#include <QTemporaryDir>

#include <tuple>
#include <QTest>

#include <nlohmann/json.hpp>

#include <cmath>
#include <map>

using namespace tierlab;
using namespace Qt::StringLiterals;

namespace {

const QDate D1(2026, 1, 5), D2(2026, 2, 2), D3(2026, 3, 2), D4(2026, 4, 6);

Model usageModel()
{
    auto m = ModelFile::fromJson(QByteArray(R"({"format":"tierlab-model","version":1,"name":"b",
        "categories":[{"id":"c"}],
        "signals":[{"id":"usage","category":"c","rule":{"kind":"linear","worst":0,"best":100}}],
        "tiers":[{"id":"low","min":0},{"id":"high","label":"Healthy","min":50}]})"));
    if (!m)
        qFatal("%s", qPrintable(m.error().message));
    return *m;
}

} // namespace

class TestBacktest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void counts();
    void snapshotChosen_data();
    void snapshotChosen();
    void metrics();
    void leadTime();
    void trajectory();
    void missLists();
    void signals();
    void horizon_data();
    void horizon();
    void noLeakage();
    void errors();
    void noOutcomes();
    void countsSayWhatTheyCount_data();
    void countsSayWhatTheyCount();
    void segments();
    void cliJson();
    void cliUsage_data();
    void cliUsage();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
    BacktestResult m_result;
};

void TestBacktest::initTestCase()
{
    auto ws = Workspace::open(m_dir.filePath(QStringLiteral("b.tierlab")), Workspace::OpenMode::CreateNew);
    QVERIFY(ws);
    m_ws = std::move(*ws);
    SignalInfo usage;
    usage.id = QStringLiteral("usage");
    auto sig = m_ws->ensureSignal(usage);
    QVERIFY(sig);
    std::map<QString, std::int64_t> keys;
    for (const char *id : {"a", "b", "c", "d", "e", "f", "g"}) {
        AccountRecord a;
        a.id = QString::fromLatin1(id);
        a.arr = 1000;
        if (a.id <= u"c")
            a.segment = QStringLiteral("Enterprise");   // only segments() reads it
        auto k = m_ws->upsertAccount(a);
        QVERIFY(k);
        keys[a.id] = *k;
    }
    auto put = [&](const char *id, QDate d, double v) {
        SnapshotCodec::Builder b;
        b.addNumber(sig->index, v);
        return bool(m_ws->putSnapshot(keys[QString::fromLatin1(id)], d, b.data()));
    };
    QVERIFY(put("a", D1, 20) && put("d", D1, 30) && put("e", D1, 5));
    QVERIFY(put("a", D2, 99) && put("c", D2, 60) && put("d", D2, 100) && put("g", D2, 40));
    QVERIFY(put("a", D3, 99) && put("b", D3, 80) && put("d", D3, 100) && put("f", D3, kMissing));
    QVERIFY(put("a", D4, 99) && put("b", D4, 0) && put("c", D4, 0) && put("d", D4, 100));

    auto outcome = [&](const char *id, OutcomeKind kind, QDate date, QDate label = {}) {
        OutcomeRecord o;
        o.accountId = QString::fromLatin1(id);
        o.kind = kind;
        o.date = date;
        o.snapshotAsOf = label;
        return bool(m_ws->addOutcome(o));
    };
    QVERIFY(outcome("a", OutcomeKind::Churned, QDate(2026, 4, 10)));
    QVERIFY(outcome("b", OutcomeKind::Renewed, QDate(2026, 6, 1)));
    QVERIFY(outcome("c", OutcomeKind::Churned, QDate(2026, 6, 1)));
    QVERIFY(outcome("d", OutcomeKind::Expanded, QDate(2026, 5, 1)));
    QVERIFY(outcome("e", OutcomeKind::Churned, QDate(2026, 2, 1)));
    QVERIFY(outcome("f", OutcomeKind::Contracted, QDate(2026, 7, 1)));
    QVERIFY(outcome("g", OutcomeKind::Renewed, {}, D2));

    auto r = Backtest::run(*m_ws, usageModel());
    QVERIFY2(r, r ? "" : qPrintable(r.error().message));
    m_result = std::move(*r);
}

void TestBacktest::counts()
{
    QCOMPARE(m_result.horizonDays, 90);
    QCOMPARE(m_result.outcomes, std::int64_t(7));
    QCOMPARE(m_result.n, std::int64_t(5));
    QCOMPARE(m_result.accounts, std::int64_t(5));          // a b c d g
    QCOMPARE(m_result.labelOnSnapshot, std::int64_t(1));   // g
    QCOMPARE(m_result.positives, std::int64_t(2));
    QCOMPARE(m_result.excludedNoSnapshot, std::int64_t(1));
    QCOMPARE(m_result.excludedUnscored, std::int64_t(1));
    QCOMPARE(m_result.excluded(), std::int64_t(2));
    QCOMPARE(m_result.snapshotsUsed, (std::vector<QDate>{D1, D2, D3}));
    QCOMPARE(m_result.evaluation->size(), std::size_t(5));
}

void TestBacktest::snapshotChosen_data()
{
    QTest::addColumn<QString>("account");
    QTest::addColumn<QDate>("asOf");
    QTest::addColumn<double>("score");
    QTest::addColumn<int>("tier");
    QTest::addColumn<bool>("churned");
    QTest::newRow("a latest before cutoff") << QStringLiteral("a") << D1 << 20.0 << 0 << true;
    QTest::newRow("b cutoff day after as_of") << QStringLiteral("b") << D3 << 80.0 << 1 << false;
    QTest::newRow("c absent, earlier snapshot") << QStringLiteral("c") << D2 << 60.0 << 1 << true;
    QTest::newRow("d next as_of after cutoff") << QStringLiteral("d") << D1 << 30.0 << 0 << false;
    QTest::newRow("g tied label") << QStringLiteral("g") << D2 << 40.0 << 0 << false;
}

void TestBacktest::snapshotChosen()
{
    QFETCH(QString, account);
    QFETCH(QDate, asOf);
    QFETCH(double, score);
    QFETCH(int, tier);
    QFETCH(bool, churned);
    const auto it = std::find_if(m_result.samples.begin(), m_result.samples.end(),
                                 [&](const BacktestSample &s) { return s.accountId == account; });
    QVERIFY(it != m_result.samples.end());
    QCOMPARE(it->asOf, asOf);
    QCOMPARE(it->score, score);
    QCOMPARE(it->tier, tier);
    QCOMPARE(it->churned, churned);
    QCOMPARE(it->arr, 1000.0);
}

void TestBacktest::metrics()
{
    const BacktestMetrics &m = m_result.metrics;
    QCOMPARE(m.auc.twiceU, std::uint64_t(8));
    QCOMPARE(m.auc.auc, 4.0 / 6.0);
    QVERIFY(m.aucCi.isDefined());
    QCOMPARE(m.aucCi.resamples, 1000);
    QVERIFY(m.aucCi.low <= m.auc.auc && m.auc.auc <= m.aucCi.high);
    QVERIFY(m.pr.isDefined());
    QCOMPARE(m.tiers.rows.size(), std::size_t(2));
    QCOMPARE(m.tiers.rows[0].accounts, std::int64_t(3));
    QCOMPARE(m.tiers.rows[0].churned, std::int64_t(1));
    QCOMPARE(m.tiers.rows[0].arr, 3000.0);
    QCOMPARE(m.tiers.rows[0].arrChurned, 1000.0);
    QCOMPARE(m.tiers.rows[1].accounts, std::int64_t(2));
    QCOMPARE(m.tiers.rows[1].churned, std::int64_t(1));
    QVERIFY(!m.tiers.monotone);
    QCOMPARE(m.tiers.firstViolation, 1);
    QCOMPARE(m.tiers.relativeRisk.ratio, (1.0 / 3.0) / 0.5);
    QCOMPARE(m.worstTier.truePositives, std::int64_t(1));
    QCOMPARE(m.worstTier.falsePositives, std::int64_t(2));
    QCOMPARE(m.worstTier.falseNegatives, std::int64_t(1));
    QCOMPARE(m.worstTier.trueNegatives, std::int64_t(1));
    QCOMPARE(m.worstTier.precision, 1.0 / 3.0);
    QCOMPARE(m.worstTier.recall, 0.5);
    QCOMPARE(m.deciles.rows.size(), std::size_t(10));
}

void TestBacktest::leadTime()
{
    const LeadTimeResult &lt = m_result.leadTime;
    QCOMPARE(lt.churned, std::int64_t(3));
    QCOMPARE(lt.flagged, std::int64_t(2));
    QCOMPARE(lt.days, (std::vector<int>{27, 56}));
    QCOMPARE(lt.medianDays, 41.5);
    QCOMPARE(lt.buckets, (std::vector<std::int64_t>{1, 1, 1, 0, 0, 0}));
}

void TestBacktest::trajectory()
{
    // 30 days before: a 03-11 → 03-02 (99), c 05-02 → 04-06 (0); b 04-06 (0), d 04-01 → 03-02 (100);
    // e has no snapshot by 01-02, f's row has no value, g has no date.
    QCOMPARE(m_result.trajectory.size(), std::size_t(4));
    const TrajectoryPoint &p = m_result.trajectory[3];
    QCOMPARE(p.daysBefore, 30);
    QCOMPARE(p.churned, std::int64_t(2));
    QCOMPARE(p.retained, std::int64_t(2));
    QCOMPARE(p.meanChurned, 49.5);
    QCOMPARE(p.meanRetained, 50.0);
}

void TestBacktest::missLists()
{
    QCOMPARE(m_result.falseNegatives.size(), std::size_t(1));
    QCOMPARE(m_result.falseNegatives[0].accountId, QStringLiteral("c"));
    QCOMPARE(m_result.falseNegatives[0].score, 60.0);
    QVERIFY(!m_result.falseNegatives[0].topReason.isEmpty());
    QCOMPARE(m_result.falsePositives.size(), std::size_t(2));
    QCOMPARE(m_result.falsePositives[0].accountId, QStringLiteral("d"));
    QCOMPARE(m_result.falsePositives[1].accountId, QStringLiteral("g"));
    QCOMPARE(m_result.falsePositives[1].asOf, D2);
}

void TestBacktest::signals()
{
    QCOMPARE(m_result.signals.size(), std::size_t(1));
    QCOMPARE(m_result.signals[0].id, QStringLiteral("usage"));
    QCOMPARE(m_result.signals[0].diagnostics.coverage, 1.0);
    QCOMPARE(m_result.signals[0].diagnostics.auc, 4.0 / 6.0);
}

void TestBacktest::horizon_data()
{
    QTest::addColumn<int>("days");
    QTest::addColumn<qint64>("n");
    QTest::addColumn<qint64>("noSnapshot");
    QTest::addColumn<bool>("refused");
    // 0 days: a 04-10 → 04-06 (99), b → 04-06 (0), c → 04-06 (0), d → 04-06 (100), e → 01-05 (5),
    // f has no row on 04-06 → 03-02 row without a value (unscored), g label.
    QTest::newRow("0") << 0 << qint64(6) << qint64(0) << false;
    QTest::newRow("90") << 90 << qint64(5) << qint64(1) << false;
    // 200 days: every cutoff (latest f's, 2025-12-13) is before the first snapshot; only g's label,
    // one class: the back-test refuses instead of reporting an AUC of nothing.
    QTest::newRow("200") << 200 << qint64(1) << qint64(6) << true;
}

void TestBacktest::horizon()
{
    QFETCH(int, days);
    QFETCH(qint64, n);
    QFETCH(qint64, noSnapshot);
    QFETCH(bool, refused);
    BacktestOptions o;
    o.horizonDays = days;
    o.bootstrapResamples = 0;
    auto r = Backtest::run(*m_ws, usageModel(), o);
    if (refused) {
        QVERIFY(!r);
        QCOMPARE(r.error().code, Error::Code::Invalid);
        QVERIFY2(r.error().message.contains(QStringLiteral("All %1 outcomes").arg(n)), qPrintable(r.error().message));
        QVERIFY(r.error().message.contains(QStringLiteral("tierlab outcomes derive")));
        return;
    }
    QVERIFY(r);
    QCOMPARE(r->n, n);
    QCOMPARE(r->excludedNoSnapshot, noSnapshot);
    for (const BacktestSample &s : r->samples) {
        if (s.outcomeDate.isValid())
            QVERIFY(s.asOf <= s.outcomeDate.addDays(-days));
    }
}

void TestBacktest::noLeakage()
{
    // Every snapshot after a cutoff carries a poison; the scores seen are the pre-cutoff ones only.
    for (const BacktestSample &s : m_result.samples) {
        QVERIFY(s.score != 99.0 && s.score != 100.0 && s.score != 0.0);
        if (s.outcomeDate.isValid())
            QVERIFY(s.asOf <= s.outcomeDate.addDays(-90));
    }
}

void TestBacktest::errors()
{
    BacktestOptions o;
    o.horizonDays = -1;
    auto r = Backtest::run(*m_ws, usageModel(), o);
    QVERIFY(!r);
    QCOMPARE(r.error().code, Error::Code::Invalid);
    Model noTiers = usageModel();
    noTiers.tiers.clear();
    auto r2 = Backtest::run(*m_ws, noTiers);
    QVERIFY(!r2);
}

void TestBacktest::noOutcomes()
{
    // A workspace with snapshots but no outcomes: nothing to evaluate, every figure undefined.
    auto ws = Workspace::open(m_dir.filePath(QStringLiteral("empty.tierlab")), Workspace::OpenMode::CreateNew);
    QVERIFY(ws);
    SignalInfo usage;
    usage.id = QStringLiteral("usage");
    auto sig = (*ws)->ensureSignal(usage);
    QVERIFY(sig);
    AccountRecord a;
    a.id = QStringLiteral("a");
    auto key = (*ws)->upsertAccount(a);
    QVERIFY(key);
    SnapshotCodec::Builder b;
    b.addNumber(sig->index, 10);
    QVERIFY((*ws)->putSnapshot(*key, D1, b.data()));
    auto r = Backtest::run(**ws, usageModel());
    QVERIFY2(r, r ? "" : qPrintable(r.error().message));
    QCOMPARE(r->n, std::int64_t(0));
    QCOMPARE(r->excluded(), std::int64_t(0));
    QVERIFY(!r->metrics.auc.isDefined());
    QVERIFY(std::isnan(r->metrics.auc.auc));
    QVERIFY(r->snapshotsUsed.empty());
    QCOMPARE(r->leadTime.churned, std::int64_t(0));
    QVERIFY(std::isnan(r->leadTime.medianDays));
}

// Outcomes are counted as outcomes and accounts as accounts; label data (every outcome tied to its
// snapshot) has no horizon and says so; a churn with no snapshot before it has no lead time.
void TestBacktest::countsSayWhatTheyCount_data()
{
    QTest::addColumn<bool>("labels");
    QTest::addColumn<QStringList>("lines");
    QTest::newRow("label data") << true
                                << QStringList{QStringLiteral("Horizon:    label on the snapshot (each outcome is scored on the snapshot that carries it)"),
                                               QStringLiteral("Outcomes:   3 evaluated, of 3 accounts (2 churned), 0 excluded (0 without an early enough snapshot, 0 unscored)"),
                                               QStringLiteral("  low          outcomes 2, churned 2, 100.0 %"),
                                               QStringLiteral("  Healthy      outcomes 1, churned 0, 0.0 %"),
                                               QStringLiteral("Lead time:  – (no churn outcome has a snapshot before its churn date)")};
    QTest::newRow("dated, horizon 0") << false
                                      << QStringList{QStringLiteral("Horizon:    0 days"),
                                                     QStringLiteral("Outcomes:   4 evaluated, of 3 accounts (2 churned), 0 excluded (0 without an early enough snapshot, 0 unscored)"),
                                                     QStringLiteral("  low          outcomes 2, churned 2, 100.0 %"),
                                                     QStringLiteral("  Healthy      outcomes 2, churned 0, 0.0 %"),
                                                     QStringLiteral("Lead time:  – (no churn outcome has a snapshot before its churn date)")};
}

void TestBacktest::countsSayWhatTheyCount()
{
    QFETCH(bool, labels);
    QFETCH(QStringList, lines);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("l.tierlab"));
    {
        auto ws = Workspace::open(path, Workspace::OpenMode::CreateNew);
        QVERIFY(ws);
        SignalInfo usage;
        usage.id = QStringLiteral("usage");
        auto sig = (*ws)->ensureSignal(usage);
        QVERIFY(sig);
        // x 10 churned, y 20 churned, z 90 renewed and expanded; one snapshot D1. A label is one per
        // account and snapshot: z's second label replaces its first.
        for (const auto &[id, value, kind] : {std::tuple{"x", 10.0, OutcomeKind::Churned}, std::tuple{"y", 20.0, OutcomeKind::Churned},
                                              std::tuple{"z", 90.0, OutcomeKind::Renewed}}) {
            AccountRecord a;
            a.id = QString::fromLatin1(id);
            auto k = (*ws)->upsertAccount(a);
            QVERIFY(k);
            SnapshotCodec::Builder b;
            b.addNumber(sig->index, value);
            QVERIFY((*ws)->putSnapshot(*k, D1, b.data()));
            OutcomeRecord o;
            o.accountId = a.id;
            o.kind = kind;
            o.date = labels ? QDate() : D1;
            o.snapshotAsOf = labels ? D1 : QDate();
            QVERIFY((*ws)->addOutcome(o));
            if (a.id == u"z") {
                o.kind = OutcomeKind::Expanded;   // a second outcome of z
                QVERIFY((*ws)->addOutcome(o));
            }
        }
    }
    const QString modelPath = dir.filePath(QStringLiteral("m.json"));
    QVERIFY(ModelFile::save(usageModel(), modelPath));
    QProcess p;
    p.start(QStringLiteral(TIERLAB_CLI), {QStringLiteral("backtest"), QStringLiteral("--workspace"), path, QStringLiteral("--model"), modelPath,
                                          QStringLiteral("--horizon-days"), QStringLiteral("0")});
    QVERIFY(p.waitForFinished(60000));
    const QString out = QString::fromUtf8(p.readAllStandardOutput());
    QVERIFY2(p.exitCode() == 0, qPrintable(out + QString::fromUtf8(p.readAllStandardError())));
    const QStringList got = out.split(u'\n');
    for (const QString &line : lines)
        QVERIFY2(got.contains(line), qPrintable(QStringLiteral("missing line: %1\n%2").arg(line, out)));
}

void TestBacktest::segments()
{
    // Variant "ent" (a, b, c: Enterprise) reads usage 0 → 200: a 20 → 10, b 80 → 40, c 60 → 30, all
    // low. The base keeps d 30 and g 40. ent: churned a 10, c 30 below retained b 40 → AUC 1; the
    // base has no churned outcome → AUC undefined.
    Model model = usageModel();
    model.segments.by = QStringLiteral("segment");
    SegmentVariant ent;
    ent.id = QStringLiteral("ent");
    ent.label = QStringLiteral("Enterprise");
    ent.when = {QStringLiteral("Enterprise")};
    SignalRule rule = model.signals[0].rule;
    rule.best = 200;
    ent.signals.push_back({QStringLiteral("usage"), std::nullopt, rule, std::nullopt, {}});
    model.segments.variants = {ent};
    auto r = Backtest::run(*m_ws, model);
    QVERIFY2(r, r ? "" : qPrintable(r.error().message));
    std::map<QString, double> scores;
    for (const BacktestSample &s : r->samples)
        scores[s.accountId] = s.score;
    QCOMPARE(scores, (std::map<QString, double>{{u"a"_s, 10}, {u"b"_s, 40}, {u"c"_s, 30}, {u"d"_s, 30}, {u"g"_s, 40}}));
    QCOMPARE(r->segments.size(), std::size_t(2));
    QCOMPARE(r->segments[0].id, QStringLiteral("ent"));
    QCOMPARE(r->segments[0].n, std::int64_t(3));
    QCOMPARE(r->segments[0].positives, std::int64_t(2));
    QCOMPARE(r->segments[0].metrics.auc.auc, 1.0);
    QVERIFY(r->segments[1].id.isEmpty());
    QCOMPARE(r->segments[1].n, std::int64_t(2));
    QCOMPARE(r->segments[1].positives, std::int64_t(0));
    QVERIFY(!r->segments[1].metrics.auc.isDefined());
    // Lead time per segment, by the variant at the last snapshot before the churn: ent's a (49.5 at
    // D4, low since D1: 95 days before 04-10) and c (0 at D4, 30 at D2 with no D3 row: low since D2,
    // 119 days); the base's e (D1: 27 days).
    QCOMPARE(r->segments[0].leadTime.churned, std::int64_t(2));
    QCOMPARE(r->segments[0].leadTime.flagged, std::int64_t(2));
    QCOMPARE(r->segments[0].leadTime.days, (std::vector<int>{95, 119}));
    QCOMPARE(r->segments[0].leadTime.medianDays, 107.0);
    QCOMPARE(r->segments[0].leadTime.buckets, (std::vector<std::int64_t>{0, 0, 0, 0, 2, 0}));
    QCOMPARE(r->segments[1].leadTime.churned, std::int64_t(1));
    QCOMPARE(r->segments[1].leadTime.days, std::vector<int>{27});
    QCOMPARE(r->segments[1].leadTime.medianDays, 27.0);
    QCOMPARE(r->leadTime.days, (std::vector<int>{27, 95, 119}));
    // `backtest --json` carries each segment's lead time as it carries the whole result's.
    const nlohmann::json j = backtestResultJson(*r, model);
    QCOMPARE(j.at("segments").size(), std::size_t(2));
    QCOMPARE(j.at("segments")[0].at("lead_time_days").get<double>(), 107.0);
    QCOMPARE(j.at("segments")[0].at("lead_time").at("flagged").get<std::int64_t>(), std::int64_t(2));
    QCOMPARE(j.at("segments")[0].at("lead_time").at("buckets").at("le_180").get<std::int64_t>(), std::int64_t(2));
    QCOMPARE(j.at("segments")[1].at("lead_time").at("median_days").get<double>(), 27.0);
    QCOMPARE(j.at("segments")[1].at("lead_time").at("churned").get<std::int64_t>(), std::int64_t(1));
    // The evaluated rows keep each account's segment: re-scored (as calibration does), they give the
    // samples' scores.
    ScoringEngine engine;
    QVERIFY(engine.setModel(model));
    QVERIFY(engine.setDataset(r->evaluation));
    for (std::size_t i = 0; i < r->samples.size(); ++i)
        QCOMPARE(engine.scores()[i], r->samples[i].score);
    // Without segments there is no per-segment breakdown.
    QVERIFY(m_result.segments.empty());
}

void TestBacktest::cliJson()
{
    const QString modelPath = m_dir.filePath(QStringLiteral("m.json"));
    QVERIFY(ModelFile::save(usageModel(), modelPath));
    QProcess p;
    p.start(QStringLiteral(TIERLAB_CLI), {QStringLiteral("backtest"), QStringLiteral("--workspace"), m_ws->path(),
                                          QStringLiteral("--model"), modelPath, QStringLiteral("--json")});
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitCode(), 0);
    const nlohmann::json j = nlohmann::json::parse(p.readAllStandardOutput().toStdString(), nullptr, false);
    QVERIFY(j.is_object());
    QCOMPARE(j["horizon_days"].get<int>(), 90);
    QCOMPARE(j["n"].get<int>(), 5);
    QCOMPARE(j["accounts"].get<int>(), 5);
    QCOMPARE(j["label_on_snapshot"].get<int>(), 1);
    QCOMPARE(j["positives"].get<int>(), 2);
    QCOMPARE(j["excluded"].get<int>(), 2);
    QCOMPARE(j["auc"].get<double>(), 4.0 / 6.0);
    QCOMPARE(j["auc_ci"].size(), std::size_t(2));
    QVERIFY(j["pr_auc"].is_number());
    QCOMPARE(j["tiers"].size(), std::size_t(2));
    QCOMPARE(j["tiers"][0]["id"].get<std::string>(), std::string("low"));
    QCOMPARE(j["tiers"][0]["n"].get<int>(), 3);
    QCOMPARE(j["tiers"][0]["positives"].get<int>(), 1);
    QCOMPARE(j["tiers"][0]["arr"].get<double>(), 3000.0);
    QCOMPARE(j["tiers"][0]["arr_churned"].get<double>(), 1000.0);
    QCOMPARE(j["relative_risk"].get<double>(), 2.0 / 3.0);
    QCOMPARE(j["relative_risk_ci"].size(), std::size_t(2));
    QCOMPARE(j["precision"].get<double>(), 1.0 / 3.0);
    QCOMPARE(j["recall"].get<double>(), 0.5);
    QCOMPARE(j["deciles"].size(), std::size_t(10));
    QCOMPARE(j["lead_time_days"].get<double>(), 41.5);
    QCOMPARE(j["signals"][0]["id"].get<std::string>(), std::string("usage"));
    QCOMPARE(j["signals"][0]["coverage"].get<double>(), 1.0);
    QCOMPARE(j["false_negatives"][0]["account"].get<std::string>(), std::string("c"));
}

void TestBacktest::cliUsage_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    // Without --model the published model is used (tst_publishedmodel); without --workspace it is a usage error.
    QTest::newRow("no workspace") << QStringList{QStringLiteral("--model"), QStringLiteral("y.json")} << 2;
    QTest::newRow("bad horizon") << QStringList{QStringLiteral("--workspace"), QStringLiteral("x"), QStringLiteral("--model"),
                                                QStringLiteral("y"), QStringLiteral("--horizon-days"), QStringLiteral("-3")}
                                 << 2;
    QTest::newRow("missing model file") << QStringList{QStringLiteral("--workspace"), QStringLiteral("x"),
                                                       QStringLiteral("--model"), QStringLiteral("/nonexistent/m.json")}
                                        << 1;
}

void TestBacktest::cliUsage()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QProcess p;
    p.start(QStringLiteral(TIERLAB_CLI), QStringList{QStringLiteral("backtest")} + args);
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitCode(), exitCode);
}

QTEST_GUILESS_MAIN(TestBacktest)
#include "tst_backtest.moc"
