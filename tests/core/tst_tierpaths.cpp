// Tests of TierPaths on a hand-built history: tiers with hysteresis and a tier cap week by week, the
// trend tier, flip rates with and without hysteresis, and the back-test figures both ways (the raw
// ones equal Backtest's own). The arithmetic is in the comments.
//
// Model: usage linear 0 → 100 (score = usage); tiers low 0, mid 40, high 70; hysteresis 5 points;
// champ == true caps the tier at low; trend: mid splits when the slope over 3 weeks is ≤ −1.5.
//   week          0    1    2    3    4    5        raw tiers     held (5 points), then caps
//   a usage      50   38   36   34   41   76        1 0 0 0 1 2   1 1 1 0 0 2
//   b usage      80   72   68   66   64   60        2 2 1 1 1 0*  2 2 2 2 1 0*   (* champ at week 5)
//   c usage      20    –   45   44   30   20        0 – 1 1 0 0   0 – 1 1 0 0
#include "analysis/backtest.h"
#include "analysis/historyscorer.h"
#include "clirun.h"
#include "analysis/snapshothistory.h"
#include "analysis/tierpaths.h"
#include "model/modelfile.h"
#include "store/snapshotcodec.h"
#include "store/workspace.h"

#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

#include <cmath>
#include <map>

using namespace tierlab;

namespace {

const QDate W0(2026, 1, 5);

Model model(bool hysteresis)
{
    auto m = ModelFile::fromJson(QByteArray(R"({"format":"tierlab-model","version":2,"name":"p",
        "categories":[{"id":"c"}],
        "signals":[{"id":"usage","category":"c","rule":{"kind":"linear","worst":0,"best":100}}],
        "overrides":[{"id":"champ","op":"==","value":true,"cap_tier":"low"}],
        "tiers":[{"id":"low","min":0},{"id":"mid","min":40},{"id":"high","min":70}],
        "trend":{"tier":"mid","weeks":3,"slope":1.5,"id":"declining"})")
                                    + (hysteresis ? QByteArray(R"(,"hysteresis":{"points":5,"weeks":0}})") : QByteArray("}")));
    if (!m)
        qFatal("%s", qPrintable(m.error().message));
    return *m;
}

} // namespace

class tst_TierPaths : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void tiersWeekByWeek();
    void withoutHysteresis();
    void trend();
    void flipRates();
    void effect();
    void trendEffect_data();
    void trendEffect();
    void cancel();
    void cli();
    void scorerTakesTheHeldTiers_data();
    void scorerTakesTheHeldTiers();
    void reviewCli_data();
    void reviewCli();
    void reviewCliFirstWeek();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
    std::shared_ptr<const SnapshotHistory> m_history;
    std::map<QString, std::size_t> m_account;
};

void tst_TierPaths::initTestCase()
{
    auto ws = Workspace::open(m_dir.filePath(QStringLiteral("p.tierlab")), Workspace::OpenMode::CreateNew);
    QVERIFY(ws);
    m_ws = std::move(*ws);
    SignalInfo usage, champ;
    usage.id = QStringLiteral("usage");
    champ.id = QStringLiteral("champ");
    champ.type = SignalType::Flag;
    auto su = m_ws->ensureSignal(usage);
    auto sc = m_ws->ensureSignal(champ);
    QVERIFY(su && sc);
    const std::map<QString, std::vector<double>> usageOf{{QStringLiteral("a"), {50, 38, 36, 34, 41, 76}},
                                                         {QStringLiteral("b"), {80, 72, 68, 66, 64, 60}},
                                                         {QStringLiteral("c"), {20, -1, 45, 44, 30, 20}}};
    QVERIFY(m_ws->begin());
    for (const auto &[id, values] : usageOf) {
        AccountRecord a;
        a.id = id;
        auto key = m_ws->upsertAccount(a);
        QVERIFY(key);
        for (int w = 0; w < 6; ++w) {
            if (values[std::size_t(w)] < 0)
                continue;   // no snapshot that week
            SnapshotCodec::Builder b;
            b.addNumber(su->index, values[std::size_t(w)]);
            b.addNumber(sc->index, id == u"b" && w == 5 ? 1 : 0);
            QVERIFY(m_ws->putSnapshot(*key, W0.addDays(7 * w), b.data()));
        }
    }
    auto outcome = [&](const char *id, OutcomeKind kind, QDate date) {
        OutcomeRecord o;
        o.accountId = QString::fromLatin1(id);
        o.kind = kind;
        o.date = date;
        return bool(m_ws->addOutcome(o));
    };
    QVERIFY(outcome("a", OutcomeKind::Churned, QDate(2026, 1, 25)));   // last snapshot before: week 2
    QVERIFY(outcome("c", OutcomeKind::Churned, QDate(2026, 2, 10)));   // week 5
    QVERIFY(outcome("b", OutcomeKind::Renewed, QDate(2026, 2, 10)));
    QVERIFY(m_ws->commit());
    auto history = SnapshotHistory::load(*m_ws);
    QVERIFY2(history, history ? "" : qPrintable(history.error().message));
    m_history = *history;
    for (const char *id : {"a", "b", "c"})
        m_account[QString::fromLatin1(id)] = std::size_t(m_history->accountIndex(QString::fromLatin1(id)));
}

void tst_TierPaths::tiersWeekByWeek()
{
    auto paths = TierPaths::compute(*m_history, model(true));
    QVERIFY2(paths, paths ? "" : qPrintable(paths.error().message));
    QCOMPARE(paths->weekCount(), std::size_t(6));
    const std::map<QString, std::vector<int>> raw{{QStringLiteral("a"), {1, 0, 0, 0, 1, 2}},
                                                  {QStringLiteral("b"), {2, 2, 1, 1, 1, 0}},
                                                  {QStringLiteral("c"), {0, -1, 1, 1, 0, 0}}};
    const std::map<QString, std::vector<int>> held{{QStringLiteral("a"), {1, 1, 1, 0, 0, 2}},
                                                   {QStringLiteral("b"), {2, 2, 2, 2, 1, 0}},
                                                   {QStringLiteral("c"), {0, -1, 1, 1, 0, 0}}};
    for (const auto &[id, tiers] : raw) {
        for (std::size_t w = 0; w < 6; ++w) {
            QCOMPARE(paths->rawTier(w, m_account[id]), tiers[w]);
            QCOMPARE(paths->tier(w, m_account[id]), held.at(id)[w]);
        }
    }
    QCOMPARE(paths->score(3, m_account[QStringLiteral("a")]), 34.0);
    QVERIFY(std::isnan(paths->score(1, m_account[QStringLiteral("c")])));
}

void tst_TierPaths::withoutHysteresis()
{
    auto paths = TierPaths::compute(*m_history, model(false));
    QVERIFY(paths);
    for (std::size_t a = 0; a < 3; ++a) {
        for (std::size_t w = 0; w < 6; ++w)
            QCOMPARE(paths->tier(w, a), paths->rawTier(w, a));
    }
    QCOMPARE(paths->meanFlipRate(true), paths->meanFlipRate(false));
}

void tst_TierPaths::trend()
{
    // In mid (held) with a 3-week window: a at week 2 (50, 38, 36: slope −7) and b at week 4
    // (68, 66, 64: slope −2). a's weeks 0–1 have fewer than 3 scored weeks; c's mid weeks have a gap.
    auto paths = TierPaths::compute(*m_history, model(true));
    QVERIFY(paths);
    std::vector<std::pair<QString, std::size_t>> declining;
    for (const auto &[id, a] : m_account) {
        for (std::size_t w = 0; w < 6; ++w) {
            if (paths->declining(w, a))
                declining.emplace_back(id, w);
        }
    }
    QCOMPARE(declining, (std::vector<std::pair<QString, std::size_t>>{{QStringLiteral("a"), 2}, {QStringLiteral("b"), 4}}));
    QCOMPARE(paths->decliningCount(2), 1);
    QCOMPARE(paths->decliningCount(3), 0);
    QCOMPARE(paths->decliningCount(4), 1);
}

void tst_TierPaths::flipRates()
{
    // Raw: week 1 a flips of a, b (c absent) → 1/2; week 2 b of a, b → 1/2; week 3 none of 3; week 4
    // a and c → 2/3; week 5 a and b → 2/3. Held: 0, 0, a → 1/3, b and c → 2/3, a and b → 2/3.
    auto paths = TierPaths::compute(*m_history, model(true));
    QVERIFY(paths);
    QVERIFY(std::isnan(paths->flipRate(0, false)));
    const std::vector<double> raw{0.5, 0.5, 0, 2.0 / 3, 2.0 / 3};
    const std::vector<double> held{0, 0, 1.0 / 3, 2.0 / 3, 2.0 / 3};
    for (std::size_t w = 1; w < 6; ++w) {
        QCOMPARE(paths->flipRate(w, false), raw[w - 1]);
        QCOMPARE(paths->flipRate(w, true), held[w - 1]);
    }
    QCOMPARE(paths->meanFlipRate(false), (0.5 + 0.5 + 0 + 2.0 / 3 + 2.0 / 3) / 5);
    QCOMPARE(paths->meanFlipRate(true), (0 + 0 + 1.0 / 3 + 2.0 / 3 + 2.0 / 3) / 5);
}

void tst_TierPaths::effect()
{
    // Horizon 0: a is evaluated at week 2 (raw low, held mid), c at week 5 (low both ways).
    // Recall: raw 2/2, held 1/2. Lead time: a raw low weeks 1–2 → from 01-12 to 01-25, 13 days; held
    // mid at week 2 → not flagged. c low weeks 4–5 both ways → from 02-02 to 02-10, 8 days.
    BacktestOptions options;
    options.horizonDays = 0;
    options.bootstrapResamples = 0;
    auto bt = Backtest::run(*m_history, model(true), options);
    QVERIFY2(bt, bt ? "" : qPrintable(bt.error().message));
    auto paths = TierPaths::compute(*m_history, model(true));
    QVERIFY(paths);
    const TierPaths::Effect e = paths->effect(*m_history, *bt);
    QCOMPARE(e.churned, std::int64_t(2));
    QCOMPARE(e.recallWithout, 1.0);
    QCOMPARE(e.recallWith, 0.5);
    QCOMPARE(e.flaggedWithout, std::int64_t(2));
    QCOMPARE(e.flaggedWith, std::int64_t(1));
    QCOMPARE(e.leadDaysWithout, 10.5);
    QCOMPARE(e.leadDaysWith, 8.0);
    // Without hysteresis these are the back-test's own figures.
    QCOMPARE(e.recallWithout, bt->metrics.worstTier.recall);
    QCOMPARE(e.flaggedWithout, bt->leadTime.flagged);
    QCOMPARE(e.churned, bt->leadTime.churned);
    QCOMPARE(e.leadDaysWithout, bt->leadTime.medianDays);
}

void tst_TierPaths::trendEffect_data()
{
    QTest::addColumn<int>("horizon");
    QTest::addColumn<QList<qint64>>("counts");   // in mid, declining, churned declining, churned not
    // Horizon 0: a (churned) at week 2, held mid and declining; b (renewed) and c (churned) at week 5,
    // both low. Declining 1 of 1 churned, no other account in mid.
    QTest::newRow("horizon 0") << 0 << QList<qint64>{1, 1, 1, 0};
    // Horizon 7: a at week 1 (mid, two scored weeks: not declining, churned); b at week 4 (mid,
    // declining, renewed); c at week 4 (low).
    QTest::newRow("horizon 7") << 7 << QList<qint64>{2, 1, 0, 1};
}

void tst_TierPaths::trendEffect()
{
    QFETCH(int, horizon);
    QFETCH(QList<qint64>, counts);
    BacktestOptions options;
    options.horizonDays = horizon;
    options.bootstrapResamples = 0;
    auto bt = Backtest::run(*m_history, model(true), options);
    QVERIFY2(bt, bt ? "" : qPrintable(bt.error().message));
    auto paths = TierPaths::compute(*m_history, model(true));
    QVERIFY(paths);
    const TierPaths::TrendEffect e = paths->trendEffect(*m_history, *bt, 1);
    QCOMPARE((QList<qint64>{e.inTier, e.declining, e.churnedDeclining, e.churnedStable}), counts);
    QCOMPARE(e.stable(), counts[0] - counts[1]);
    QCOMPARE(e.churnRateDeclining(), double(counts[2]) / double(counts[1]));
    if (e.stable() == 0)
        QVERIFY(std::isnan(e.churnRateStable()));
    else
        QCOMPARE(e.churnRateStable(), double(counts[3]) / double(e.stable()));
    // No tier, or a tier nobody is in at an outcome: nothing counted.
    QCOMPARE(paths->trendEffect(*m_history, *bt, -1).inTier, 0);
}

void tst_TierPaths::cancel()
{
    std::atomic<bool> cancelled{true};
    TierPaths::Options options;
    options.cancel = &cancelled;
    auto paths = TierPaths::compute(*m_history, model(true), options);
    QVERIFY(!paths);
    QCOMPARE(paths.error().code, Error::Code::Cancelled);
    int last = 0;
    options.cancel = nullptr;
    options.progress = [&](int done, int total) {
        QCOMPARE(done, last + 1);
        QCOMPARE(total, 6);
        last = done;
    };
    QVERIFY(TierPaths::compute(*m_history, model(true), options));
    QCOMPARE(last, 6);
}

void tst_TierPaths::cli()
{
    // `tierlab backtest --json` carries the same figures as effect().
    const QString modelPath = m_dir.filePath(QStringLiteral("m.json"));
    QVERIFY(ModelFile::save(model(true), modelPath));
    const test::CliRun r = test::runCli({QStringLiteral("backtest"), QStringLiteral("--workspace"), m_dir.filePath(QStringLiteral("p.tierlab")),
                                         QStringLiteral("--model"), modelPath, QStringLiteral("--horizon-days"), QStringLiteral("0"),
                                         QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const nlohmann::json j = nlohmann::json::parse(r.out.toStdString());
    QCOMPARE(j["hysteresis"]["worst_tier_recall"]["without"].get<double>(), 1.0);
    QCOMPARE(j["hysteresis"]["worst_tier_recall"]["with"].get<double>(), 0.5);
    QCOMPARE(j["hysteresis"]["lead_time_days"]["with"].get<double>(), 8.0);
    QCOMPARE(j["hysteresis"]["flagged"]["with"].get<int>(), 1);
    QCOMPARE(j["hysteresis"]["flip_rate"]["with"].get<double>(), (0 + 0 + 1.0 / 3 + 2.0 / 3 + 2.0 / 3) / 5);
    // Latest week: nobody is in mid (a high, b and c low).
    QCOMPARE(j["trend"]["declining_latest"].get<int>(), 0);
    // The outcomes in mid, as trendEffect() counts them at horizon 0.
    QCOMPARE(j["trend"]["tier"].get<std::string>(), "mid");
    QCOMPARE(j["trend"]["outcomes_in_tier"].get<int>(), 1);
    QCOMPARE(j["trend"]["declining"]["outcomes"].get<int>(), 1);
    QCOMPARE(j["trend"]["declining"]["churn_rate"].get<double>(), 1.0);
    QCOMPARE(j["trend"]["stable"]["outcomes"].get<int>(), 0);
    QVERIFY(j["trend"]["stable"]["churn_rate"].is_null());
}

void tst_TierPaths::scorerTakesTheHeldTiers_data()
{
    QTest::addColumn<bool>("hysteresis");
    QTest::addColumn<bool>("shared");   // paths given by the caller, as the workspace session does
    QTest::newRow("raw") << false << false;
    QTest::newRow("held, computed") << true << false;
    QTest::newRow("held, shared") << true << true;
}

// The review's weeks (HistoryScorer on the decoded history) carry the tiers with hysteresis: the
// table in the header, row by row; scores stay the engine's.
void tst_TierPaths::scorerTakesTheHeldTiers()
{
    QFETCH(bool, hysteresis);
    QFETCH(bool, shared);
    const std::map<QString, std::vector<int>> want =
        hysteresis ? std::map<QString, std::vector<int>>{{QStringLiteral("a"), {1, 1, 1, 0, 0, 2}},
                                                         {QStringLiteral("b"), {2, 2, 2, 2, 1, 0}},
                                                         {QStringLiteral("c"), {0, -1, 1, 1, 0, 0}}}
                   : std::map<QString, std::vector<int>>{{QStringLiteral("a"), {1, 0, 0, 0, 1, 2}},
                                                         {QStringLiteral("b"), {2, 2, 1, 1, 1, 0}},
                                                         {QStringLiteral("c"), {0, -1, 1, 1, 0, 0}}};
    HistoryScorer scorer(*m_ws);
    QVERIFY(scorer.setModel(model(hysteresis)));
    scorer.setHistory(m_history);
    if (shared) {
        auto paths = TierPaths::compute(*m_history, model(true));
        QVERIFY(paths);
        scorer.setTierPaths(std::make_shared<const TierPaths>(std::move(*paths)));
    }
    for (std::size_t w = 0; w < 6; ++w) {
        auto week = scorer.score(W0.addDays(7 * int(w)));
        QVERIFY2(week, week ? "" : qPrintable(week.error().message));
        for (const auto &[id, tiers] : want) {
            const int row = (*week)->rowOf(id);
            if (tiers[w] == -1 && row < 0)
                continue;   // c has no snapshot in week 1
            QVERIFY(row >= 0);
            QCOMPARE(int((*week)->tiers[std::size_t(row)]), tiers[w]);
        }
        const std::vector<double> usageOfA{50, 38, 36, 34, 41, 76};
        QCOMPARE((*week)->scores[std::size_t((*week)->rowOf(QStringLiteral("a")))], usageOfA[w]);
    }
}

void tst_TierPaths::reviewCli_data()
{
    QTest::addColumn<bool>("hysteresis");
    QTest::addColumn<QString>("week");
    QTest::addColumn<std::vector<int>>("accounts");   // low, mid, high
    QTest::addColumn<QStringList>("dropped");         // dropped_tier movers
    QTest::addColumn<double>("flipRate");
    QTest::addColumn<int>("declining");               // trend_split: in mid with a slope ≤ −1.5, this week
    QTest::addColumn<int>("previousDeclining");       // and last week
    // The trend on the raw tiers: b is mid in weeks 2–4 with slopes −6 (80, 72, 68), −3, −2; c's mid
    // weeks have two scored weeks in their window; a is low. Held: a at week 2 only (see trend()).
    // Week 2: raw a 0→0, b 2→1 (c has no week 1): one of two changed. Held: a 1→1, b 2→2.
    QTest::newRow("week 2, raw") << false << QStringLiteral("2026-01-19") << std::vector<int>{1, 2, 0}
                                 << QStringList{QStringLiteral("b")} << 0.5 << 1 << 0;
    QTest::newRow("week 2, held") << true << QStringLiteral("2026-01-19") << std::vector<int>{0, 2, 1} << QStringList() << 0.0 << 1 << 0;
    // Week 3: raw a 0, b 1, c 1, nobody moved; held a 1→0, b 2, c 1.
    QTest::newRow("week 3, raw") << false << QStringLiteral("2026-01-26") << std::vector<int>{1, 2, 0} << QStringList() << 0.0 << 1 << 1;
    QTest::newRow("week 3, held") << true << QStringLiteral("2026-01-26") << std::vector<int>{1, 1, 1}
                                  << QStringList{QStringLiteral("a")} << 1.0 / 3 << 0 << 1;
}

// `tierlab review` of a model with hysteresis or a trend tier reads the whole history: its tiers, movers
// and flip rate are the held ones, and trend_split counts the trend tier.
void tst_TierPaths::reviewCli()
{
    QFETCH(bool, hysteresis);
    QFETCH(QString, week);
    QFETCH(std::vector<int>, accounts);
    QFETCH(QStringList, dropped);
    QFETCH(double, flipRate);
    QFETCH(int, declining);
    QFETCH(int, previousDeclining);
    const QString modelPath = m_dir.filePath(QStringLiteral("review-%1.json").arg(hysteresis));
    QVERIFY(ModelFile::save(model(hysteresis), modelPath));
    const test::CliRun r = test::runCli({QStringLiteral("review"), QStringLiteral("--workspace"), m_dir.filePath(QStringLiteral("p.tierlab")),
                                         QStringLiteral("--model"), modelPath, QStringLiteral("--week"), week, QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const nlohmann::json j = nlohmann::json::parse(r.out.toStdString());
    QCOMPARE(j["tiers"].size(), std::size_t(3));
    for (std::size_t t = 0; t < 3; ++t)
        QCOMPARE(j["tiers"][t]["accounts"].get<int>(), accounts[t]);
    QStringList got;
    for (const auto &m : j["movers"])
        if (m["kind"] == "dropped_tier")
            got << QString::fromStdString(m["account_id"].get<std::string>());
    QCOMPARE(got, dropped);
    QCOMPARE(j["flip_rate"].get<double>(), flipRate);
    const auto &split = j["trend_split"];
    QCOMPARE(split["tier"].get<std::string>(), std::string("mid"));
    QCOMPARE(split["id"].get<std::string>(), std::string("declining"));
    QCOMPARE(split["accounts"].get<int>(), declining);
    QCOMPARE(split["previous_accounts"].get<int>(), previousDeclining);
}

// The first scored week has no previous week: the text says so instead of "last week 0, ARR 0".
void tst_TierPaths::reviewCliFirstWeek()
{
    const QString modelPath = m_dir.filePath(QStringLiteral("review-first.json"));
    QVERIFY(ModelFile::save(model(false), modelPath));
    const auto run = [&](const QString &week) {
        return test::runCli({QStringLiteral("review"), QStringLiteral("--workspace"), m_dir.filePath(QStringLiteral("p.tierlab")),
                             QStringLiteral("--model"), modelPath, QStringLiteral("--week"), week});
    };
    const test::CliRun first = run(W0.toString(Qt::ISODate));
    QVERIFY2(first.exitCode == 0, first.err.constData());
    const QString text = first.outText();
    QVERIFY2(text.contains(QStringLiteral("(previous week none)")), qPrintable(text));
    QVERIFY2(!text.contains(QStringLiteral("last week")), qPrintable(text));
    // a 50 (mid), b 80 (high), c 20 (low): a third each.
    QCOMPARE(text.count(QStringLiteral("(33.3 %), ARR ")), 3);
    QVERIFY(text.contains(QStringLiteral("  unscored 0; the first scored week, nothing to compare against\n")));
    // A week later the comparison is back.
    const test::CliRun second = run(W0.addDays(7).toString(Qt::ISODate));
    QVERIFY2(second.exitCode == 0, second.err.constData());
    QCOMPARE(second.outText().count(QStringLiteral("; last week ")), 3);
    QVERIFY(second.outText().contains(QStringLiteral("new since last week")));
}

QTEST_GUILESS_MAIN(tst_TierPaths)
#include "tst_tierpaths.moc"
