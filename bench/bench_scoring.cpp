// Scoring engine cases: score_full, rescore_weight, explain, percentile_rank. Synthetic snapshot
// built in memory: N accounts × 20 signals with mixed rules (linear, bands, map, flag), ~10 %
// missing values on most columns, one penalty and one override. See docs/performance.md.
#include "benchharness.h"

#include <QJsonObject>

// The bench target keeps Qt's bare keywords (for QCustomPlot); Model::signals needs `signals`
// to be a plain name here. This file uses no Qt keywords.
#undef signals

#include "engine/scoringengine.h"
#include "model/modelfile.h"

#include <algorithm>
#include <ctime>
#include <random>

namespace tierlab::bench {

namespace {

std::shared_ptr<const Dataset> syntheticDataset(std::int64_t accounts)
{
    auto d = std::make_shared<Dataset>();
    const auto n = std::size_t(accounts);
    d->asOf = QDate(2026, 11, 2);
    d->accountIds.resize(n);
    for (std::size_t i = 0; i < n; ++i)
        d->accountIds[i] = QStringLiteral("ACC-%1").arg(i + 1, 7, 10, QLatin1Char('0'));
    d->arr.resize(n);
    std::mt19937_64 rng(7);
    std::uniform_real_distribution<double> u(0, 1);
    for (double &a : d->arr)
        a = 5000 + std::floor(u(rng) * 100000);
    auto number = [&](const QString &id, double lo, double hi, double missing, SignalType type = SignalType::Number) {
        Column c;
        c.info.id = id;
        c.info.originalName = id;
        c.info.type = type;
        c.numbers.resize(n);
        for (double &x : c.numbers) {
            if (u(rng) < missing)
                x = kMissing;
            else if (type == SignalType::Flag)
                x = u(rng) < hi ? 1 : 0;
            else
                x = lo + (hi - lo) * u(rng);
        }
        d->columns.push_back(std::move(c));
    };
    auto category = [&](const QString &id, QStringList values, double missing) {
        Column c;
        c.info.id = id;
        c.info.originalName = id;
        c.info.type = SignalType::Category;
        c.dictionary.assign(values.begin(), values.end());
        c.codes.resize(n);
        for (std::int32_t &x : c.codes)
            x = u(rng) < missing ? kMissingCode : std::int32_t(u(rng) * double(values.size()));
        d->columns.push_back(std::move(c));
    };
    for (int i = 0; i < 10; ++i)
        number(QStringLiteral("linear_%1").arg(i), 0, 100, i < 8 ? 0.1 : 0.6);
    for (int i = 0; i < 4; ++i)
        number(QStringLiteral("bands_%1").arg(i), 0, 50, 0.1);
    category(QStringLiteral("contract_type"), {QStringLiteral("Monthly"), QStringLiteral("One year"), QStringLiteral("Two year")}, 0.05);
    category(QStringLiteral("plan"), {QStringLiteral("Free"), QStringLiteral("Team"), QStringLiteral("Business"), QStringLiteral("Enterprise"), QStringLiteral("Legacy")}, 0.02);
    number(QStringLiteral("exec_sponsor_engaged"), 0, 0.4, 0.0, SignalType::Flag);
    number(QStringLiteral("integrations"), 0, 3, 0.1);
    number(QStringLiteral("open_tickets"), 0, 10, 0.0);
    number(QStringLiteral("renewal_risk"), 0, 0.2, 0.1, SignalType::Flag);
    number(QStringLiteral("open_p1_tickets"), 0, 1.2, 0.0);
    number(QStringLiteral("champion_left"), 0, 0.03, 0.0, SignalType::Flag);
    return d;
}

Model syntheticModel()
{
    QByteArray signals;
    const char *categories[] = {"engagement", "support", "relationship", "voice", "commercial"};
    for (int i = 0; i < 10; ++i) {
        signals += QStringLiteral(R"({"id":"linear_%1","category":"%2","weight":%3,"rule":{"kind":"linear","worst":%4,"best":%5},"missing":"%6"},)")
                       .arg(i)
                       .arg(QLatin1StringView(categories[i % 5]))
                       .arg(1 + i % 3)
                       .arg(i % 2 ? 90 : 10)
                       .arg(i % 2 ? 20 : 80)
                       .arg(QLatin1StringView(i % 3 == 0 ? "skip" : i % 3 == 1 ? "neutral" : "worst"))
                       .toUtf8();
    }
    for (int i = 0; i < 4; ++i) {
        signals += QStringLiteral(R"({"id":"bands_%1","category":"%2","rule":{"kind":"bands","edges":[5,15,30],"scores":[0,40,75,100]}},)")
                       .arg(i)
                       .arg(QLatin1StringView(categories[(i + 1) % 5]))
                       .toUtf8();
    }
    signals += R"({"id":"contract_type","category":"commercial","weight":2,"rule":{"kind":"map","scores":{"Two year":100,"One year":70,"Monthly":30},"default":50},"missing":"neutral"},)";
    signals += R"({"id":"plan","category":"commercial","rule":{"kind":"map","scores":{"Enterprise":90,"Business":75,"Team":60},"default":40}},)";
    signals += R"({"id":"exec_sponsor_engaged","category":"relationship","rule":{"kind":"flag","true":100,"false":30}},)";
    signals += R"({"id":"integrations","category":"engagement","rule":{"kind":"flag","true":90,"false":20}},)";
    signals += R"({"id":"open_tickets","category":"support","rule":{"kind":"bands","edges":[1,3,6],"scores":[100,70,40,0]}},)";
    signals += R"({"id":"renewal_risk","category":"voice","rule":{"kind":"flag","true":0,"false":100},"missing":"neutral"})";
    const QByteArray json = R"({"format":"tierlab-model","version":1,"name":"bench",
        "categories":[{"id":"engagement","weight":35},{"id":"support","weight":20,"aggregate":"min"},
                      {"id":"relationship","weight":20},{"id":"voice","weight":15},{"id":"commercial","weight":10}],
        "signals":[)" + signals + R"(],
        "penalties":[{"id":"p1_open","column":"open_p1_tickets","op":">=","value":1,"points":10}],
        "overrides":[{"id":"champion_left","op":"==","value":true,"cap":39,"reason":"Champion left"}],
        "tiers":[{"id":"red","min":0},{"id":"yellow","min":40},{"id":"green","min":70}]})";
    Result<Model> m = ModelFile::fromJson(json);
    if (!m)
        qFatal("bench model: %s", qPrintable(m.error().message));
    return *m;
}

int runsFor(const BenchOptions &options, std::int64_t accounts, int large, int small)
{
    return options.runs > 0 ? options.runs : (accounts >= 500000 ? large : small);
}

QJsonObject tierFigures(const ScoringEngine &engine)
{
    QJsonObject o;
    const ScoreSummary &s = engine.summary();
    o.insert(QStringLiteral("red"), double(s.tierCounts[0]));
    o.insert(QStringLiteral("yellow"), double(s.tierCounts[1]));
    o.insert(QStringLiteral("green"), double(s.tierCounts[2]));
    o.insert(QStringLiteral("unscored"), double(s.unscored));
    return o;
}

// Median process CPU time per run (all threads), in ms. The machine is shared: when other jobs
// compete for the 2 cores, wall time inflates while CPU time stays close to the real cost.
double medianCpuMs(int runs, const std::function<void()> &body)
{
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        timespec a{}, b{};
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &a);
        body();
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &b);
        times.push_back(double(b.tv_sec - a.tv_sec) * 1e3 + double(b.tv_nsec - a.tv_nsec) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times.empty() ? 0 : times[times.size() / 2];
}

// The dataset of the last size asked for, shared by the cases (building 1M accounts takes a while).
std::shared_ptr<const Dataset> dataFor(std::int64_t accounts)
{
    static std::shared_ptr<const Dataset> cached;
    if (!cached || std::int64_t(cached->size()) != accounts) {
        cached.reset();
        cached = syntheticDataset(accounts);
    }
    return cached;
}

void scoreOnce(ScoringEngine &engine, const Model &model)
{
    if (Result<void> ok = engine.setModel(model); !ok)
        qFatal("bench: %s", qPrintable(ok.error().message));
}

std::vector<BenchResult> scoreFull(std::int64_t accounts, const BenchOptions &options)
{
    const Model model = syntheticModel();
    ScoringEngine engine;
    engine.setDataset(dataFor(accounts));
    const int runs = runsFor(options, accounts, 15, 40);
    const double ms = medianMs(runs, [&] { scoreOnce(engine, model); });
    QJsonObject extra = tierFigures(engine);
    extra.insert(QStringLiteral("cpu_ms"), medianCpuMs(runs, [&] { scoreOnce(engine, model); }));
    return {{QStringLiteral("score_full"), accounts, ms, runs, extra}};
}

std::vector<BenchResult> rescoreWeight(std::int64_t accounts, const BenchOptions &options)
{
    ScoringEngine engine;
    engine.setDataset(dataFor(accounts));
    scoreOnce(engine, syntheticModel());
    // One category weight slider moving back and forth.
    int step = 0;
    const int runs = runsFor(options, accounts, 41, 101);
    const double ms = medianMs(runs, [&] { engine.setCategoryWeight(0, 30 + (step++ % 10)); });
    QJsonObject extra = tierFigures(engine);
    extra.insert(QStringLiteral("cpu_ms"), medianCpuMs(runs, [&] { engine.setCategoryWeight(0, 30 + (step++ % 10)); }));
    return {{QStringLiteral("rescore_weight"), accounts, ms, runs, extra}};
}

std::vector<BenchResult> explainOne(std::int64_t accounts, const BenchOptions &options)
{
    ScoringEngine engine;
    engine.setDataset(dataFor(accounts));
    scoreOnce(engine, syntheticModel());
    std::mt19937_64 rng(11);
    std::size_t sink = 0;
    const int runs = options.runs > 0 ? options.runs : 1001;
    const double ms = medianMs(runs, [&] {
        const Explanation e = engine.explain(std::size_t(rng() % std::uint64_t(accounts)));
        sink += e.signals.size();
    });
    QJsonObject extra;
    extra.insert(QStringLiteral("signals"), double(sink / std::size_t(runs + 1)));
    return {{QStringLiteral("explain"), accounts, ms, runs, extra}};
}

std::vector<BenchResult> percentileRank(std::int64_t accounts, const BenchOptions &options)
{
    const auto data = dataFor(accounts);
    const Column &col = data->columns[0];   // 10 % missing, continuous values
    std::size_t sink = 0;
    const int runs = runsFor(options, accounts, 9, 21);
    const double ms = medianMs(runs, [&] {
        const std::vector<double> s = ScoringEngine::percentileScores(col.numbers.data(), col.numbers.size(), false, kMissing);
        sink += s.size();
    });
    Q_UNUSED(sink);
    return {{QStringLiteral("percentile_rank"), accounts, ms, runs, {}}};
}

} // namespace

TIERLAB_BENCH_CASE("score_full", (std::vector<std::int64_t>{100000, 1000000}), scoreFull);
TIERLAB_BENCH_CASE("rescore_weight", (std::vector<std::int64_t>{100000, 1000000}), rescoreWeight);
TIERLAB_BENCH_CASE("explain", (std::vector<std::int64_t>{100000, 1000000}), explainOne);
TIERLAB_BENCH_CASE("percentile_rank", (std::vector<std::int64_t>{100000, 1000000}), percentileRank);

} // namespace tierlab::bench
