// SnapshotHistory: the decoded history equals what loadSnapshot() reads week by week, and the
// back-test and the calibration give equal results on it and streaming from the workspace.
#include "analysis/backtest.h"
#include "analysis/calibration.h"
#include "analysis/snapshothistory.h"
#include "demo/demogenerator.h"
#include "engine/scoringengine.h"
#include "model/modelfile.h"
#include "store/snapshotstream.h"
#include "store/workspace.h"
#include "samedataset.h"

#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <bit>
#include <cstring>
#include <map>

using namespace tierlab;
using tierlab::test::sameBits;
using tierlab::test::sameDataset;

namespace {

Model defaultModel()
{
    auto m = ModelFile::load(QStringLiteral(":/models/seed-default.json"));
    return m ? *m : Model();
}

// The default model with its first numeric linear signal scored by percentile: every score then
// depends on the whole snapshot, so the back-test must score whole snapshots.
Model percentileModel()
{
    Model m = defaultModel();
    for (Signal &s : m.signals) {
        if (s.rule.kind == RuleKind::Linear) {
            s.rule = SignalRule();
            s.rule.kind = RuleKind::Percentile;
            break;
        }
    }
    return m;
}

} // namespace

class TestSnapshotHistory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void equalsLoadSnapshot();
    void streamEqualsHistory();
    void rowsOfAccounts();
    void progressAndCancel();
    void emptyWorkspace();
    void backtestEqualsStreaming_data();
    void backtestEqualsStreaming();
    void sampleScoresEqualWholeSnapshotScores_data();
    void sampleScoresEqualWholeSnapshotScores();
    void calibrationEqualsStreaming();
    void packedNumbersExact_data();
    void packedNumbersExact();
    void gatherEqualsWeekGather();
    void oneThreadEqualsSeveral();
    void coverageEqualsSummary();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
    std::shared_ptr<const SnapshotHistory> m_history;
};

void TestSnapshotHistory::initTestCase()
{
    QVERIFY(m_dir.isValid());
    DemoOptions demo;
    demo.accounts = 300;
    demo.weeks = 40;
    const QString path = m_dir.filePath(QStringLiteral("demo.tierlab"));
    QVERIFY(DemoGenerator::generateFile(path, demo));
    auto ws = Workspace::open(path);
    QVERIFY(ws);
    m_ws = std::move(*ws);
    auto h = SnapshotHistory::load(*m_ws);
    QVERIFY2(h, h ? "" : qPrintable(h.error().message));
    m_history = *h;
    QVERIFY(!defaultModel().signals.empty());
}

void TestSnapshotHistory::equalsLoadSnapshot()
{
    const auto dates = m_ws->asOfDates();
    QVERIFY(dates);
    QCOMPARE(m_history->dates(), *dates);
    QCOMPARE(m_history->dates().size(), std::size_t(40));
    for (std::size_t i = 0; i < dates->size(); ++i) {
        auto expected = m_ws->loadSnapshot((*dates)[i]);
        QVERIFY(expected);
        sameDataset(*m_history->week(i), *expected);
        if (QTest::currentTestFailed())
            return;
    }
    QCOMPARE(m_history->outcomes().size(), m_ws->outcomes()->size());
}

void TestSnapshotHistory::streamEqualsHistory()
{
    auto stream = m_ws->snapshotStream();
    QVERIFY(stream);
    const auto dates = m_ws->asOfDates();
    QVERIFY(dates);
    // Newest first, as the back-test walks; against the one-scan history (other SQL, same decoder).
    for (std::size_t i = dates->size(); i-- > 0;) {
        auto got = (*stream)->load((*dates)[i]);
        QVERIFY(got);
        sameDataset(*got, *m_history->week(i));
        if (QTest::currentTestFailed())
            return;
    }
    auto none = (*stream)->load(QDate(1999, 1, 1));
    QVERIFY(none);
    QCOMPARE(none->size(), std::size_t(0));
}

void TestSnapshotHistory::rowsOfAccounts()
{
    const auto accounts = m_ws->accounts();
    QVERIFY(accounts);
    QCOMPARE(m_history->accountCount(), accounts->size());
    QCOMPARE(m_history->accountIndex(QStringLiteral("no such account")), -1);
    for (std::size_t w = 0; w < m_history->dates().size(); ++w) {
        const auto held = m_history->week(w);   // built on demand: hold it while it is read
        const Dataset &week = *held;
        const auto rows = m_history->rows(w);
        QCOMPARE(rows.size(), m_history->accountCount());
        std::size_t present = 0;
        for (std::int32_t r : rows)
            present += r >= 0 ? 1 : 0;
        QCOMPARE(present, week.size());
        for (std::size_t r = 0; r < week.size(); ++r) {
            const int a = m_history->accountIndex(week.accountIds[r]);
            QVERIFY(a >= 0);
            QCOMPARE(rows[std::size_t(a)], std::int32_t(r));
        }
    }
}

void TestSnapshotHistory::progressAndCancel()
{
    std::vector<std::pair<int, int>> calls;
    HistoryLoadOptions options;
    options.progress = [&calls](int done, int total) { calls.emplace_back(done, total); };
    QVERIFY(SnapshotHistory::load(*m_ws, options));
    QCOMPARE(calls.size(), std::size_t(40));
    for (std::size_t i = 0; i < calls.size(); ++i)
        QCOMPARE(calls[i], std::make_pair(int(i) + 1, 40));

    std::atomic<bool> cancel{false};
    int seen = 0;
    options.cancel = &cancel;
    options.progress = [&](int done, int) {
        seen = done;
        if (done == 3)
            cancel = true;
    };
    const auto r = SnapshotHistory::load(*m_ws, options);
    QVERIFY(!r);
    QCOMPARE(r.error().code, Error::Code::Cancelled);
    QCOMPARE(seen, 3);
}

void TestSnapshotHistory::emptyWorkspace()
{
    auto ws = Workspace::open(m_dir.filePath(QStringLiteral("empty.tierlab")), Workspace::OpenMode::CreateNew);
    QVERIFY(ws);
    auto h = SnapshotHistory::load(**ws);
    QVERIFY(h);
    QVERIFY((*h)->dates().empty());
    QCOMPARE((*h)->accountCount(), std::size_t(0));
    auto bt = Backtest::run(**h, defaultModel());
    QVERIFY(bt);
    QCOMPARE(bt->n, std::int64_t(0));
}

void TestSnapshotHistory::backtestEqualsStreaming_data()
{
    QTest::addColumn<bool>("percentile");
    QTest::addColumn<int>("horizon");
    QTest::newRow("rows asked about scored, 90 days") << false << 90;
    QTest::newRow("rows asked about scored, 30 days") << false << 30;
    QTest::newRow("whole snapshots scored (percentile rule), 90 days") << true << 90;
}

void TestSnapshotHistory::backtestEqualsStreaming()
{
    QFETCH(bool, percentile);
    QFETCH(int, horizon);
    const Model model = percentile ? percentileModel() : defaultModel();
    BacktestOptions o;
    o.horizonDays = horizon;
    o.bootstrapResamples = 200;
    const auto a = Backtest::run(*m_history, model, o);
    const auto b = Backtest::run(*m_ws, model, o);
    QVERIFY(a && b);
    QVERIFY(a->n > 100);
    QCOMPARE(a->n, b->n);
    QCOMPARE(a->positives, b->positives);
    QCOMPARE(a->excludedNoSnapshot, b->excludedNoSnapshot);
    QCOMPARE(a->excludedUnscored, b->excludedUnscored);
    QCOMPARE(a->snapshotsUsed, b->snapshotsUsed);
    QCOMPARE(a->samples.size(), b->samples.size());
    for (std::size_t i = 0; i < a->samples.size(); ++i) {
        QCOMPARE(a->samples[i].accountId, b->samples[i].accountId);
        QCOMPARE(a->samples[i].asOf, b->samples[i].asOf);
        QVERIFY(sameBits(a->samples[i].score, b->samples[i].score));
        QCOMPARE(a->samples[i].tier, b->samples[i].tier);
    }
    QVERIFY(sameBits(a->metrics.auc.auc, b->metrics.auc.auc));
    QVERIFY(sameBits(a->metrics.aucCi.low, b->metrics.aucCi.low));
    QVERIFY(sameBits(a->metrics.aucCi.high, b->metrics.aucCi.high));
    QVERIFY(sameBits(a->metrics.pr.averagePrecision, b->metrics.pr.averagePrecision));
    QCOMPARE(a->metrics.tiers.rows.size(), b->metrics.tiers.rows.size());
    for (std::size_t t = 0; t < a->metrics.tiers.rows.size(); ++t) {
        QCOMPARE(a->metrics.tiers.rows[t].accounts, b->metrics.tiers.rows[t].accounts);
        QCOMPARE(a->metrics.tiers.rows[t].churned, b->metrics.tiers.rows[t].churned);
        QVERIFY(sameBits(a->metrics.tiers.rows[t].arr, b->metrics.tiers.rows[t].arr));
    }
    QCOMPARE(a->leadTime.days, b->leadTime.days);
    QCOMPARE(a->leadTime.churned, b->leadTime.churned);
    QCOMPARE(a->trajectory.size(), std::size_t(4));
    for (std::size_t k = 0; k < a->trajectory.size(); ++k) {
        QVERIFY(sameBits(a->trajectory[k].meanChurned, b->trajectory[k].meanChurned));
        QVERIFY(sameBits(a->trajectory[k].meanRetained, b->trajectory[k].meanRetained));
        QCOMPARE(a->trajectory[k].churned, b->trajectory[k].churned);
    }
    QCOMPARE(a->falseNegatives.size(), b->falseNegatives.size());
    for (std::size_t i = 0; i < a->falseNegatives.size(); ++i) {
        QCOMPARE(a->falseNegatives[i].accountId, b->falseNegatives[i].accountId);
        QCOMPARE(a->falseNegatives[i].topReason, b->falseNegatives[i].topReason);
    }
    QCOMPARE(a->signals.size(), b->signals.size());
    for (std::size_t i = 0; i < a->signals.size(); ++i)
        QVERIFY(sameBits(a->signals[i].diagnostics.auc, b->signals[i].diagnostics.auc));
}

void TestSnapshotHistory::sampleScoresEqualWholeSnapshotScores_data()
{
    QTest::addColumn<bool>("percentile");
    QTest::newRow("linear/bands model") << false;
    QTest::newRow("percentile model") << true;
}

// Independent of the walk: each evaluated outcome's score equals the score its account gets when
// its whole snapshot is scored.
void TestSnapshotHistory::sampleScoresEqualWholeSnapshotScores()
{
    QFETCH(bool, percentile);
    const Model model = percentile ? percentileModel() : defaultModel();
    BacktestOptions o;
    o.bootstrapResamples = 0;
    const auto r = Backtest::run(*m_history, model, o);
    QVERIFY(r);
    QVERIFY(!r->samples.empty());
    std::map<QDate, std::shared_ptr<ScoringEngine>> engines;
    for (const BacktestSample &s : r->samples) {
        auto &engine = engines[s.asOf];
        if (!engine) {
            auto data = m_ws->loadSnapshot(s.asOf);
            QVERIFY(data);
            engine = std::make_shared<ScoringEngine>();
            QVERIFY(engine->setModel(model));
            QVERIFY(engine->setDataset(std::make_shared<const Dataset>(std::move(*data))));
        }
        const int row = engine->dataset()->rowOf(s.accountId);
        QVERIFY(row >= 0);
        QVERIFY2(sameBits(engine->scores()[std::size_t(row)], s.score), qPrintable(s.accountId));
        QCOMPARE(int(engine->tiers()[std::size_t(row)]), s.tier);
    }
}

void TestSnapshotHistory::calibrationEqualsStreaming()
{
    CalibrationOptions o;
    o.bootstrapResamples = 100;
    const auto a = Calibration::run(*m_history, defaultModel(), o);
    const auto b = Calibration::run(*m_ws, defaultModel(), o);
    QVERIFY2(a, a ? "" : qPrintable(a.error().message));
    QVERIFY(b);
    QCOMPARE(a->weightsAfter, b->weightsAfter);
    QCOMPARE(a->evaluations, b->evaluations);
    QCOMPARE(a->fingerprint, b->fingerprint);
    QVERIFY(sameBits(a->testAfter.auc.auc, b->testAfter.auc.auc));
}

void TestSnapshotHistory::packedNumbersExact_data()
{
    QTest::addColumn<std::vector<double>>("values");
    QTest::addColumn<int>("kind");
    const double nan = kMissing;
    QTest::newRow("int8") << std::vector<double>{0, 1, -127, 127, nan, 5} << int(PackedNumbers::Kind::Int8);
    QTest::newRow("negative zero is not an integer") << std::vector<double>{0, -0.0, 3} << int(PackedNumbers::Kind::Table8);
    QTest::newRow("few fractions") << std::vector<double>{0.25, 0.1, nan, 0.1} << int(PackedNumbers::Kind::Table8);
    std::vector<double> wide, fractions, floats, doubles;
    for (int i = 0; i < 1000; ++i) {
        wide.push_back(i * 31 - 15000);
        fractions.push_back(i / 7.0);
        floats.push_back(double(float(i) / 8.0f) + 1e6);
        doubles.push_back(i / 7.0 + 1e-9 * i);
    }
    wide.push_back(nan);
    QTest::newRow("int16") << wide << int(PackedNumbers::Kind::Int16);
    QTest::newRow("two-byte table") << fractions << int(PackedNumbers::Kind::Table16);
    std::vector<double> big;
    for (int i = 0; i < 70000; ++i)
        big.push_back(i * 30000.0);
    QTest::newRow("int32") << big << int(PackedNumbers::Kind::Int32);
    std::vector<double> manyFloats, manyDoubles;
    for (int i = 0; i < 70000; ++i) {
        manyFloats.push_back(double(float(i) * 0.5f + 0.25f));
        manyDoubles.push_back(i / 7.0);
    }
    manyFloats.push_back(nan);
    QTest::newRow("float") << manyFloats << int(PackedNumbers::Kind::Float);
    QTest::newRow("double") << manyDoubles << int(PackedNumbers::Kind::Double);
    QTest::newRow("another NaN") << std::vector<double>{1, std::bit_cast<double>(0x7ff8000000000001ull), 2}
                                 << int(PackedNumbers::Kind::Table8);
    QTest::newRow("empty") << std::vector<double>{} << int(PackedNumbers::Kind::Int8);
}

// Every value comes back bit for bit, whichever form holds it.
void TestSnapshotHistory::packedNumbersExact()
{
    QFETCH(std::vector<double>, values);
    QFETCH(int, kind);
    const PackedNumbers p = PackedNumbers::pack(values);
    QCOMPARE(int(p.kind()), kind);
    QCOMPARE(p.size(), values.size());
    std::vector<double> all;
    p.expand(true, {}, all);
    QVERIFY(sameBits(all, values));
    for (std::size_t i = 0; i < values.size(); ++i)
        QVERIFY(sameBits(p.at(i), values[i]));
    std::vector<std::int32_t> some;
    for (std::size_t i = 0; i < values.size(); i += 3)
        some.push_back(std::int32_t(i));
    std::vector<double> picked;
    p.expand(false, some, picked);
    for (std::size_t i = 0; i < some.size(); ++i)
        QVERIFY(sameBits(picked[i], values[std::size_t(some[i])]));
}

void TestSnapshotHistory::gatherEqualsWeekGather()
{
    for (std::size_t w = 0; w < m_history->dates().size(); w += 7) {
        const auto week = m_history->week(w);
        std::vector<std::int32_t> rows;
        for (std::size_t r = 1; r < week->size(); r += 5)
            rows.push_back(std::int32_t(r));
        const std::vector<int> columns{0, 2, 3};
        sameDataset(m_history->gather(w, rows, columns), week->gather(rows, columns));
        sameDataset(m_history->gather(w, {}, {}), week->gather({}, {}));
        Dataset withNames = m_history->gather(w, rows, {}, true);
        QCOMPARE(withNames.names.size(), rows.size());
        for (std::size_t i = 0; i < rows.size(); ++i)
            QCOMPARE(withNames.names[i], week->names[std::size_t(rows[i])]);
        withNames.names.clear();
        sameDataset(withNames, week->gather(rows));
        if (QTest::currentTestFailed())
            return;
    }
    QCOMPARE(m_history->week(3).get(), m_history->week(3).get());   // held: the same object
}

void TestSnapshotHistory::oneThreadEqualsSeveral()
{
    HistoryLoadOptions one;
    one.threads = 1;
    HistoryLoadOptions three;
    three.threads = 3;
    auto a = SnapshotHistory::load(*m_ws, one);
    auto b = SnapshotHistory::load(*m_ws, three);
    QVERIFY(a && b);
    QCOMPARE((*a)->accountCount(), (*b)->accountCount());
    for (std::size_t w = 0; w < (*a)->dates().size(); ++w) {
        sameDataset(*(*a)->week(w), *(*b)->week(w));
        QVERIFY(std::ranges::equal((*a)->rows(w), (*b)->rows(w)));
        if (QTest::currentTestFailed())
            return;
    }
}

void TestSnapshotHistory::coverageEqualsSummary()
{
    const auto summary = m_ws->summary();
    QVERIFY(summary);
    const auto coverage = m_history->signalCoverage();
    QCOMPARE(coverage.size(), summary->signalCoverage.size());
    for (std::size_t i = 0; i < coverage.size(); ++i) {
        QCOMPARE(coverage[i].info.id, summary->signalCoverage[i].info.id);
        QCOMPARE(coverage[i].present, summary->signalCoverage[i].present);
        QCOMPARE(coverage[i].coverage, summary->signalCoverage[i].coverage);
    }
    // The quick summary leaves the row counts to the history: the same dates, the same counts there.
    const auto quick = m_ws->summary(false);
    QVERIFY(quick);
    QVERIFY(quick->signalCoverage.empty());
    QCOMPARE(quick->snapshotRows, std::int64_t(0));
    QCOMPARE(quick->accounts, summary->accounts);
    QCOMPARE(quick->asOfCount, summary->asOfCount);
    QCOMPARE(quick->firstAsOf, summary->firstAsOf);
    QCOMPARE(quick->lastAsOf, summary->lastAsOf);
    QCOMPARE(quick->outcomesByKind, summary->outcomesByKind);
    QCOMPARE(summary->accountsPerAsOf.size(), m_history->dates().size());
    std::int64_t rows = 0;
    for (std::size_t w = 0; w < m_history->dates().size(); ++w) {
        QCOMPARE(quick->accountsPerAsOf[w].first, m_history->dates()[w]);
        QCOMPARE(summary->accountsPerAsOf[w].first, m_history->dates()[w]);
        QCOMPARE(summary->accountsPerAsOf[w].second, std::int64_t(m_history->weekSize(w)));
        rows += std::int64_t(m_history->weekSize(w));
    }
    QCOMPARE(rows, summary->snapshotRows);
}

QTEST_GUILESS_MAIN(TestSnapshotHistory)
#include "tst_snapshothistory.moc"
