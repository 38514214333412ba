// Validation without history (docs/backtest.md, "Validation"): the split by date and its tie rule,
// the stratified holdout and K folds by account, on made-up samples (exact counts), and end to end
// on a workspace whose outcomes are labels on one snapshot (the common one-file export).
//
// The workspace: 60 accounts, one snapshot 2026-01-05. Account i: drive = (37·i) mod 100, noise =
// (61·i + 13) mod 100; churned when i mod 10 < 3 (18 churned, 42 retained), each account's label tied
// to the snapshot. Drive and noise do not separate churn perfectly, so the AUCs are compared with a
// reference computed here from the same split.
#include "analysis/backtest.h"
#include "analysis/calibration.h"
#include "analysis/calibrationsplit.h"
#include "engine/scoringengine.h"
#include "model/modelfile.h"
#include "store/snapshotcodec.h"
#include "store/workspace.h"

#include <QFile>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>

using namespace tierlab;

namespace {

const QDate kAsOf(2026, 1, 5);
constexpr int kAccounts = 60;

// Made-up evaluated outcomes: `churned` accounts c000… with `perChurned` outcomes each (all renewed
// but the last, a churn: the account counts as churned) and `retained` accounts r000… with
// `perRetained` renewals each. Every outcome on `date`.
std::vector<BacktestSample> samples(int churned, int retained, int perChurned, int perRetained,
                                    QDate date = QDate(2026, 3, 1))
{
    std::vector<BacktestSample> out;
    auto add = [&](const QString &id, bool churn) {
        BacktestSample s;
        s.accountId = id;
        s.kind = churn ? OutcomeKind::Churned : OutcomeKind::Renewed;
        s.churned = churn;
        s.outcomeDate = date;
        s.asOf = kAsOf;
        s.score = 50;
        out.push_back(s);
    };
    for (int a = 0; a < churned; ++a) {
        for (int k = 0; k < perChurned; ++k)
            add(QStringLiteral("c%1").arg(a, 3, 10, QLatin1Char('0')), k == perChurned - 1);
    }
    for (int a = 0; a < retained; ++a) {
        for (int k = 0; k < perRetained; ++k)
            add(QStringLiteral("r%1").arg(a, 3, 10, QLatin1Char('0')), false);
    }
    return out;
}

// The accounts on one side, and whether any account has outcomes on both sides.
QSet<QString> accountsOf(const std::vector<BacktestSample> &s, const std::vector<std::size_t> &rows)
{
    QSet<QString> ids;
    for (std::size_t i : rows)
        ids.insert(s[i].accountId);
    return ids;
}

std::int64_t churnedAccounts(const QSet<QString> &ids)
{
    return std::count_if(ids.begin(), ids.end(), [](const QString &id) { return id.startsWith(u'c'); });
}

Model model()
{
    auto m = ModelFile::fromJson(R"({"format":"tierlab-model","version":1,"name":"v",
        "categories":[{"id":"drive","weight":1},{"id":"noise","weight":1}],
        "signals":[{"id":"drive","category":"drive","rule":{"kind":"linear","worst":0,"best":100}},
                   {"id":"noise","category":"noise","rule":{"kind":"linear","worst":0,"best":100}}],
        "tiers":[{"id":"low","min":0},{"id":"mid","min":40},{"id":"high","min":70}]})");
    if (!m)
        qFatal("%s", qPrintable(m.error().message));
    return *m;
}

// AUC of `weights` (per category) on `rows` of the back-test's evaluation rows: the reference.
double referenceAuc(const BacktestResult &bt, const std::vector<double> &weights, const std::vector<std::size_t> &rows)
{
    Model m = model();
    for (std::size_t c = 0; c < weights.size(); ++c)
        m.categories[c].weight = weights[c];
    ScoringEngine engine;
    if (!engine.setModel(m) || !engine.setDataset(bt.evaluation))
        return std::nan("");
    std::vector<double> scores;
    std::vector<std::uint8_t> churned;
    for (std::size_t i : rows) {
        scores.push_back(engine.scores()[i]);
        churned.push_back(bt.samples[i].churned ? 1 : 0);
    }
    auto auc = Metrics::rocAuc(scores, churned);
    return auc && auc->isDefined() ? auc->auc : std::nan("");
}

std::pair<double, double> meanSd(const std::vector<double> &v)
{
    double mean = 0;
    for (double x : v)
        mean += x;
    mean /= double(v.size());
    double ss = 0;
    for (double x : v)
        ss += (x - mean) * (x - mean);
    return {mean, std::sqrt(ss / double(v.size() - 1))};
}

} // namespace

class TestCalibrationValidation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void holdoutCounts_data();
    void holdoutCounts();
    void holdoutIsSeeded();
    void foldCounts_data();
    void foldCounts();
    void foldErrors_data();
    void foldErrors();
    void byDateTies_data();
    void byDateTies();
    void oneDateChoosesHoldout();
    void holdoutMatchesReference();
    void foldsMatchReference();
    void foldsProgress();
    void cli_data();
    void cli();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
    BacktestResult m_backtest;
};

void TestCalibrationValidation::initTestCase()
{
    auto ws = Workspace::open(m_dir.filePath(QStringLiteral("v.tierlab")), Workspace::OpenMode::CreateNew);
    QVERIFY(ws);
    m_ws = std::move(*ws);
    SignalInfo drive, noise;
    drive.id = QStringLiteral("drive");
    noise.id = QStringLiteral("noise");
    auto sd = m_ws->ensureSignal(drive);
    auto sn = m_ws->ensureSignal(noise);
    QVERIFY(sd && sn);
    QVERIFY(m_ws->begin());
    for (int i = 0; i < kAccounts; ++i) {
        AccountRecord a;
        a.id = QStringLiteral("acc%1").arg(i, 3, 10, QLatin1Char('0'));
        auto key = m_ws->upsertAccount(a);
        QVERIFY(key);
        SnapshotCodec::Builder b;
        b.addNumber(sd->index, (37 * i) % 100);
        b.addNumber(sn->index, (61 * i + 13) % 100);
        QVERIFY(m_ws->putSnapshot(*key, kAsOf, b.data()));
        OutcomeRecord o;
        o.accountId = a.id;
        o.kind = i % 10 < 3 ? OutcomeKind::Churned : OutcomeKind::Retained;
        o.snapshotAsOf = kAsOf;
        QVERIFY(m_ws->addOutcome(o));
    }
    QVERIFY(m_ws->commit());
    BacktestOptions bo;
    bo.bootstrapResamples = 0;
    auto bt = Backtest::run(*m_ws, model(), bo);
    QVERIFY2(bt, bt ? "" : qPrintable(bt.error().message));
    m_backtest = std::move(*bt);
    QCOMPARE(m_backtest.n, std::int64_t(60));
    QCOMPARE(m_backtest.positives, std::int64_t(18));
}

void TestCalibrationValidation::holdoutCounts_data()
{
    QTest::addColumn<int>("churned");
    QTest::addColumn<int>("retained");
    QTest::addColumn<int>("perChurned");
    QTest::addColumn<int>("perRetained");
    QTest::addColumn<double>("fraction");
    QTest::addColumn<int>("testChurned");    // accounts; -1: the split is refused
    QTest::addColumn<int>("testRetained");
    QTest::addColumn<int>("testOutcomes");
    QTest::addColumn<int>("trainOutcomes");
    // round(0.3·10) = 3, round(0.3·30) = 9.
    QTest::newRow("10+30, 0.3") << 10 << 30 << 1 << 1 << 0.3 << 3 << 9 << 12 << 28;
    // round(2.1) = 2 churned accounts of 2 outcomes, round(3.9) = 4 retained: 8 test, 5·2 + 9 = 19 train.
    QTest::newRow("7+13, two outcomes per churner") << 7 << 13 << 2 << 1 << 0.3 << 2 << 4 << 8 << 19;
    // Halves round up: round(2.5) = 3 in both strata; retained accounts have 3 outcomes each.
    QTest::newRow("5+5, 0.5 rounds up") << 5 << 5 << 1 << 3 << 0.5 << 3 << 3 << 12 << 8;
    // One churner: round(0.3) = 0, so it trains; round(6) = 6 retained test.
    QTest::newRow("1+20, no churner to test") << 1 << 20 << 1 << 1 << 0.3 << 0 << 6 << 6 << 15;
    QTest::newRow("3+3, 0.1 tests nobody") << 3 << 3 << 1 << 1 << 0.1 << -1 << 0 << 0 << 0;
    QTest::newRow("2+2, 0.9 trains nobody") << 2 << 2 << 1 << 1 << 0.9 << -1 << 0 << 0 << 0;
    QTest::newRow("fraction 1") << 5 << 5 << 1 << 1 << 1.0 << -1 << 0 << 0 << 0;
    QTest::newRow("fraction 0") << 5 << 5 << 1 << 1 << 0.0 << -1 << 0 << 0 << 0;
}

void TestCalibrationValidation::holdoutCounts()
{
    QFETCH(int, churned);
    QFETCH(int, retained);
    QFETCH(int, perChurned);
    QFETCH(int, perRetained);
    QFETCH(double, fraction);
    QFETCH(int, testChurned);
    QFETCH(int, testRetained);
    QFETCH(int, testOutcomes);
    QFETCH(int, trainOutcomes);
    const std::vector<BacktestSample> s = samples(churned, retained, perChurned, perRetained);
    auto split = CalibrationSplitter::holdout(s, fraction, 1);
    if (testChurned < 0) {
        QVERIFY(!split);
        QCOMPARE(split.error().code, Error::Code::Invalid);
        return;
    }
    QVERIFY2(split, split ? "" : qPrintable(split.error().message));
    const QSet<QString> test = accountsOf(s, split->test), train = accountsOf(s, split->train);
    QCOMPARE(churnedAccounts(test), std::int64_t(testChurned));
    QCOMPARE(test.size() - churnedAccounts(test), std::int64_t(testRetained));
    QCOMPARE(int(split->test.size()), testOutcomes);
    QCOMPARE(int(split->train.size()), trainOutcomes);
    QCOMPARE(split->testAccounts, std::int64_t(testChurned + testRetained));
    QCOMPARE(split->trainAccounts, std::int64_t(churned + retained - testChurned - testRetained));
    QVERIFY(!test.intersects(train));   // every account on one side only
}

// The same seed draws the same accounts whatever the samples' order; another seed draws others. The
// pinned list guards the shuffle itself (DemoRandom, Fisher–Yates over ids sorted), so that a seed
// means the same split on every machine and in every later version; it was reproduced outside
// Tierlab by an independent Python implementation of xoshiro256** / splitmix64 and the same steps.
void TestCalibrationValidation::holdoutIsSeeded()
{
    std::vector<BacktestSample> s = samples(10, 10, 1, 1);
    auto a = CalibrationSplitter::holdout(s, 0.3, 1);
    QVERIFY(a);
    QStringList ids = accountsOf(s, a->test).values();
    ids.sort();
    QCOMPARE(ids.join(u' '), QStringLiteral("c001 c003 c006 r000 r001 r009"));

    std::reverse(s.begin(), s.end());
    auto reversed = CalibrationSplitter::holdout(s, 0.3, 1);
    QVERIFY(reversed);
    QStringList again = accountsOf(s, reversed->test).values();
    again.sort();
    QCOMPARE(again, ids);

    auto other = CalibrationSplitter::holdout(s, 0.3, 2);
    QVERIFY(other);
    QStringList otherIds = accountsOf(s, other->test).values();
    otherIds.sort();
    QCOMPARE(otherIds.size(), qsizetype(6));
    QVERIFY(otherIds != ids);
}

void TestCalibrationValidation::foldCounts_data()
{
    QTest::addColumn<int>("churned");
    QTest::addColumn<int>("retained");
    QTest::addColumn<int>("perChurned");
    QTest::addColumn<int>("perRetained");
    QTest::addColumn<int>("k");
    QTest::addColumn<QList<int>>("testChurned");    // accounts per fold
    QTest::addColumn<QList<int>>("testAccounts");
    QTest::addColumn<QList<int>>("testOutcomes");
    // Churners dealt 0,1,2,0,…: 3,2,2; the retained continue at fold 7 mod 3 = 1: 4,5,4.
    QTest::newRow("7+13, k 3") << 7 << 13 << 1 << 1 << 3 << QList<int>{3, 2, 2} << QList<int>{7, 7, 6}
                               << QList<int>{7, 7, 6};
    QTest::newRow("7+13, k 3, churners with 2 outcomes")
        << 7 << 13 << 2 << 1 << 3 << QList<int>{3, 2, 2} << QList<int>{7, 7, 6} << QList<int>{10, 9, 8};
    QTest::newRow("10+10, k 5") << 10 << 10 << 1 << 1 << 5 << QList<int>{2, 2, 2, 2, 2} << QList<int>{4, 4, 4, 4, 4}
                                << QList<int>{4, 4, 4, 4, 4};
    // Retained 3,2,2,2 from fold 0, two outcomes each.
    QTest::newRow("4+9, k 4") << 4 << 9 << 1 << 2 << 4 << QList<int>{1, 1, 1, 1} << QList<int>{4, 3, 3, 3}
                              << QList<int>{7, 5, 5, 5};
    QTest::newRow("2+2, k 2") << 2 << 2 << 1 << 1 << 2 << QList<int>{1, 1} << QList<int>{2, 2} << QList<int>{2, 2};
}

void TestCalibrationValidation::foldCounts()
{
    QFETCH(int, churned);
    QFETCH(int, retained);
    QFETCH(int, perChurned);
    QFETCH(int, perRetained);
    QFETCH(int, k);
    QFETCH(QList<int>, testChurned);
    QFETCH(QList<int>, testAccounts);
    QFETCH(QList<int>, testOutcomes);
    const std::vector<BacktestSample> s = samples(churned, retained, perChurned, perRetained);
    auto folds = CalibrationSplitter::folds(s, k, 1);
    QVERIFY2(folds, folds ? "" : qPrintable(folds.error().message));
    QCOMPARE(folds->size(), s.size());
    QSet<QString> seen;
    for (int f = 0; f < k; ++f) {
        const CalibrationSplit split = CalibrationSplitter::foldSplit(s, *folds, f);
        const QSet<QString> test = accountsOf(s, split.test);
        QCOMPARE(churnedAccounts(test), std::int64_t(testChurned[f]));
        QCOMPARE(split.testAccounts, std::int64_t(testAccounts[f]));
        QCOMPARE(int(split.test.size()), testOutcomes[f]);
        QCOMPARE(split.train.size() + split.test.size(), s.size());
        QVERIFY(!test.intersects(accountsOf(s, split.train)));
        QVERIFY(!test.intersects(seen));   // each account tests in exactly one fold
        seen.unite(test);
    }
    QCOMPARE(seen.size(), qsizetype(churned + retained));
}

void TestCalibrationValidation::foldErrors_data()
{
    QTest::addColumn<int>("k");
    QTest::addColumn<QString>("says");
    QTest::newRow("k 1") << 1 << QStringLiteral("between 2 and 20");
    QTest::newRow("k 21") << 21 << QStringLiteral("between 2 and 20");
    QTest::newRow("more folds than churners") << 4 << QStringLiteral("3 churned and 9 retained");
}

void TestCalibrationValidation::foldErrors()
{
    QFETCH(int, k);
    QFETCH(QString, says);
    auto folds = CalibrationSplitter::folds(samples(3, 9, 1, 1), k, 1);
    QVERIFY(!folds);
    QCOMPARE(folds.error().code, Error::Code::Invalid);
    QVERIFY2(folds.error().message.contains(says), qPrintable(folds.error().message));
}

void TestCalibrationValidation::byDateTies_data()
{
    const QDate d1(2026, 3, 1), d2(2026, 3, 8), d3(2026, 3, 15);
    QTest::addColumn<QList<int>>("perDate");   // outcomes on d1, d2, d3
    QTest::addColumn<QDate>("trainUntil");
    QTest::addColumn<QDate>("cut");            // invalid: refused
    QTest::addColumn<int>("train");
    QTest::addColumn<int>("test");
    // Outcomes dated on the cut train.
    QTest::newRow("ties on the date train") << QList<int>{3, 4, 3} << d2 << d2 << 7 << 3;
    QTest::newRow("the day before") << QList<int>{3, 4, 3} << d2.addDays(-1) << d2.addDays(-1) << 3 << 7;
    // Default: the 7th of 10 outcomes by date is on d2; all four on d2 train.
    QTest::newRow("default, ties train") << QList<int>{3, 4, 3} << QDate() << d2 << 7 << 3;
    // The 7th of 10 is on d2, the latest date: nothing would test, so the cut moves back to d1.
    QTest::newRow("default on the latest date moves back") << QList<int>{3, 7, 0} << QDate() << d1 << 3 << 7;
    QTest::newRow("one date, default") << QList<int>{10, 0, 0} << QDate() << QDate() << 0 << 0;
    QTest::newRow("cut on the last date") << QList<int>{3, 4, 3} << d3 << QDate() << 0 << 0;
}

void TestCalibrationValidation::byDateTies()
{
    QFETCH(QList<int>, perDate);
    QFETCH(QDate, trainUntil);
    QFETCH(QDate, cut);
    QFETCH(int, train);
    QFETCH(int, test);
    std::vector<BacktestSample> s;
    const QDate dates[] = {QDate(2026, 3, 1), QDate(2026, 3, 8), QDate(2026, 3, 15)};
    for (int d = 0; d < 3; ++d) {
        // Interleaved ids, so that the order of the samples is not the order of the dates.
        const std::vector<BacktestSample> some = samples(perDate[d], 0, 1, 1, dates[d]);
        for (BacktestSample x : some) {
            x.accountId += QString::number(d);
            s.insert(s.begin() + std::ptrdiff_t(s.size() / 2), x);
        }
    }
    auto split = CalibrationSplitter::byDate(s, trainUntil);
    if (!cut.isValid()) {
        QVERIFY(!split);
        // The message names the ways out.
        QVERIFY2(split.error().message.contains(u"--holdout"), qPrintable(split.error().message));
        QVERIFY2(split.error().message.contains(u"--folds"), qPrintable(split.error().message));
        return;
    }
    QVERIFY2(split, split ? "" : qPrintable(split.error().message));
    QCOMPARE(split->trainUntil, cut);
    QCOMPARE(int(split->train.size()), train);
    QCOMPARE(int(split->test.size()), test);
    for (std::size_t i : split->train)
        QVERIFY(CalibrationSplitter::outcomeDay(s[i]) <= cut);
    for (std::size_t i : split->test)
        QVERIFY(CalibrationSplitter::outcomeDay(s[i]) > cut);
}

// One date and no split asked for: a holdout of 30 % of the accounts (seed 1), with a note. 18
// churned → round(5.4) = 5 test, 42 retained → round(12.6) = 13.
void TestCalibrationValidation::oneDateChoosesHoldout()
{
    CalibrationOptions o;
    o.bootstrapResamples = 0;
    auto r = Calibration::run(*m_ws, model(), o);
    QVERIFY2(r, r ? "" : qPrintable(r.error().message));
    QCOMPARE(r->validation, CalibrationValidation::Holdout);
    QCOMPARE(r->holdoutFraction, 0.3);
    QCOMPARE(r->seed, std::uint64_t(1));
    QVERIFY2(r->note.contains(u"2026-01-05") && r->note.contains(u"--holdout 0.3"), qPrintable(r->note));
    QCOMPARE(r->test.n, std::int64_t(18));
    QCOMPARE(r->test.accounts, std::int64_t(18));
    QCOMPARE(r->test.positives, std::int64_t(5));
    QCOMPARE(r->train.n, std::int64_t(42));
    QCOMPARE(r->train.positives, std::int64_t(13));
    const nlohmann::json block = nlohmann::json::parse(ModelFile::toJson(r->model).toStdString())["calibration"];
    QCOMPARE(block["validation"]["method"].get<std::string>(), std::string("holdout"));
    QCOMPARE(block["validation"]["seed"].get<int>(), 1);
    QVERIFY(!block.contains("train_until"));

    // A split by date asked for explicitly is impossible on one date, and says what to do instead.
    CalibrationOptions byDate;
    byDate.validation = CalibrationValidation::TimeSplit;
    auto refused = Calibration::run(*m_ws, model(), byDate);
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(u"--holdout FRACTION") && refused.error().message.contains(u"--folds K"),
             qPrintable(refused.error().message));
}

// The held-out AUC before and after equals the one computed here from the same split.
void TestCalibrationValidation::holdoutMatchesReference()
{
    CalibrationOptions o;
    o.validation = CalibrationValidation::Holdout;
    o.holdoutFraction = 0.25;
    o.seed = 7;
    o.bootstrapResamples = 0;
    auto r = Calibration::fit(m_backtest, model(), o);
    QVERIFY2(r, r ? "" : qPrintable(r.error().message));
    QVERIFY(r->note.isEmpty());
    auto split = CalibrationSplitter::holdout(m_backtest.samples, 0.25, 7);
    QVERIFY(split);
    // round(0.25·18) = round(4.5) = 5, round(0.25·42) = round(10.5) = 11.
    QCOMPARE(r->test.n, std::int64_t(16));
    QCOMPARE(r->test.positives, std::int64_t(5));
    QCOMPARE(r->testBefore.auc.auc, referenceAuc(m_backtest, {1, 1}, split->test));
    QCOMPARE(r->testAfter.auc.auc, referenceAuc(m_backtest, r->weightsAfter, split->test));
    QVERIFY(r->weightsAfter != r->weightsBefore);   // the search moved something
    // The same seed again: the same result.
    auto again = Calibration::fit(m_backtest, model(), o);
    QVERIFY(again);
    QCOMPARE(again->weightsAfter, r->weightsAfter);
}

// Five folds, seed 1: 18 churners dealt 4,4,4,3,3; the 42 retained from fold 3 on 8,8,8,9,9 — every
// fold tests 12 outcomes and trains on 48. Each fold's test AUC equals the AUC computed here of the
// weights that fold found on its test rows; mean and sample SD likewise. The model is refit on all 60.
void TestCalibrationValidation::foldsMatchReference()
{
    CalibrationOptions o;
    o.validation = CalibrationValidation::Folds;
    o.folds = 5;
    o.bootstrapResamples = 0;
    auto r = Calibration::fit(m_backtest, model(), o);
    QVERIFY2(r, r ? "" : qPrintable(r.error().message));
    QCOMPARE(r->validation, CalibrationValidation::Folds);
    QCOMPARE(r->foldResults.size(), std::size_t(5));
    auto folds = CalibrationSplitter::folds(m_backtest.samples, 5, 1);
    QVERIFY(folds);
    const std::int64_t positives[] = {4, 4, 4, 3, 3};
    std::vector<double> aucs;
    for (int f = 0; f < 5; ++f) {
        const CalibrationFold &fold = r->foldResults[std::size_t(f)];
        QCOMPARE(fold.fold, f + 1);
        QCOMPARE(fold.trainOutcomes, std::int64_t(48));
        QCOMPARE(fold.testOutcomes, std::int64_t(12));
        QCOMPARE(fold.testPositives, positives[f]);
        const CalibrationSplit split = CalibrationSplitter::foldSplit(m_backtest.samples, *folds, f);
        QCOMPARE(fold.testAucBefore, referenceAuc(m_backtest, {1, 1}, split.test));
        QCOMPARE(fold.testAuc, referenceAuc(m_backtest, fold.weights, split.test));
        aucs.push_back(fold.testAuc);
    }
    const auto [mean, sd] = meanSd(aucs);
    QCOMPARE(r->foldsMeanAuc, mean);
    QCOMPARE(r->foldsSdAuc, sd);
    QCOMPARE(r->train.n, std::int64_t(60));
    QCOMPARE(r->test.n, std::int64_t(0));
    const nlohmann::json block = nlohmann::json::parse(ModelFile::toJson(r->model).toStdString())["calibration"];
    QCOMPARE(block["validation"]["k"].get<int>(), 5);
    QCOMPARE(block["validation"]["folds"].size(), std::size_t(5));
    QCOMPARE(block["validation"]["mean_auc"].get<double>(), mean);
    QVERIFY(!block.contains("test_metrics"));

    // With the search off, each fold's test AUC is the input model's: hand-checkable against before.
    o.maxPasses = 0;
    auto fixed = Calibration::fit(m_backtest, model(), o);
    QVERIFY(fixed);
    for (const CalibrationFold &fold : fixed->foldResults)
        QCOMPARE(fold.testAuc, fold.testAucBefore);
}

// K folds and the refit run K + 1 searches; progress covers them all, never going back.
void TestCalibrationValidation::foldsProgress()
{
    std::vector<std::pair<int, int>> calls;
    CalibrationOptions o;
    o.validation = CalibrationValidation::Folds;
    o.folds = 3;
    o.maxPasses = 2;
    o.bootstrapResamples = 0;
    o.progress = [&calls](int done, int total) { calls.emplace_back(done, total); };
    QVERIFY(Calibration::fit(m_backtest, model(), o));
    QVERIFY(!calls.empty());
    for (std::size_t i = 0; i < calls.size(); ++i) {
        QCOMPARE(calls[i].second, 4 * 2 * 2);   // 4 searches × 2 passes × 2 categories
        if (i > 0)
            QVERIFY(calls[i].first >= calls[i - 1].first);
    }
    QCOMPARE(calls.back(), std::make_pair(16, 16));
}

void TestCalibrationValidation::cli_data()
{
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<bool>("withOut");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("says");   // in stdout (exit 0) or stderr
    QTest::newRow("one date: automatic holdout") << QStringList() << true << 0 << QStringLiteral("--holdout 0.3 --seed 1");
    QTest::newRow("holdout with a seed") << QStringList{QStringLiteral("--holdout"), QStringLiteral("0.25"), QStringLiteral("--seed"), QStringLiteral("7")}
                                         << true << 0 << QString();
    QTest::newRow("folds without --out") << QStringList{QStringLiteral("--folds"), QStringLiteral("5")} << false << 0 << QString();
    QTest::newRow("folds with --out") << QStringList{QStringLiteral("--folds"), QStringLiteral("5")} << true << 0 << QString();
    QTest::newRow("time split on one date") << QStringList{QStringLiteral("--train-until"), QStringLiteral("2026-01-05")} << true << 1
                                            << QStringLiteral("--holdout FRACTION");
    QTest::newRow("holdout and folds") << QStringList{QStringLiteral("--holdout"), QStringLiteral("0.3"), QStringLiteral("--folds"), QStringLiteral("5")}
                                       << true << 2 << QStringLiteral("choose one");
    QTest::newRow("holdout 1.5") << QStringList{QStringLiteral("--holdout"), QStringLiteral("1.5")} << true << 2 << QStringLiteral("--holdout");
    QTest::newRow("folds 1") << QStringList{QStringLiteral("--folds"), QStringLiteral("1")} << true << 2 << QStringLiteral("from 2 to 20");
    QTest::newRow("more folds than churners") << QStringList{QStringLiteral("--folds"), QStringLiteral("19")} << true << 1
                                              << QStringLiteral("18 churned and 42 retained");
    QTest::newRow("holdout without --out") << QStringList{QStringLiteral("--holdout"), QStringLiteral("0.3")} << false << 2
                                           << QStringLiteral("--out FILE");
}

void TestCalibrationValidation::cli()
{
    QFETCH(QStringList, extra);
    QFETCH(bool, withOut);
    QFETCH(int, exitCode);
    QFETCH(QString, says);
    const QString modelPath = m_dir.filePath(QStringLiteral("m.json"));
    const QString out = m_dir.filePath(QStringLiteral("m-out.json"));
    QFile::remove(out);
    QVERIFY(ModelFile::save(model(), modelPath));
    QStringList args{QStringLiteral("calibrate"), QStringLiteral("--workspace"), m_ws->path(), QStringLiteral("--model"), modelPath};
    if (withOut)
        args << QStringLiteral("--out") << out;
    QProcess p;
    p.start(QStringLiteral(TIERLAB_CLI), args + extra);
    QVERIFY(p.waitForFinished(60000));
    const QString stdOut = QString::fromUtf8(p.readAllStandardOutput());
    const QString stdErr = QString::fromUtf8(p.readAllStandardError());
    QVERIFY2(p.exitCode() == exitCode, qPrintable(stdOut + stdErr));
    if (exitCode != 0) {
        QVERIFY2(stdErr.contains(says), qPrintable(stdErr));
        QVERIFY(!QFile::exists(out));
        return;
    }
    QVERIFY2(stdOut.contains(says), qPrintable(stdOut));
    QCOMPARE(QFile::exists(out), withOut);

    // The same again as JSON (to a second file, so that --out is not the one just written).
    if (withOut)
        args.last() = m_dir.filePath(QStringLiteral("m-out2.json"));
    p.start(QStringLiteral(TIERLAB_CLI), args + extra + QStringList{QStringLiteral("--json")});
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitCode(), 0);
    const nlohmann::json j = nlohmann::json::parse(p.readAllStandardOutput().toStdString());
    const std::string method = j["validation"].get<std::string>();
    if (method == "holdout") {
        const bool automatic = extra.isEmpty();
        QCOMPARE(j["seed"].get<int>(), automatic ? 1 : 7);
        QCOMPARE(j.contains("note"), automatic);
        // 0.3: 5 + 13 test accounts; 0.25: round(4.5) + round(10.5) = 5 + 11.
        QCOMPARE(j["test"]["accounts"].get<int>(), automatic ? 18 : 16);
        QCOMPARE(j["test"]["n"].get<int>() + j["train"]["n"].get<int>(), 60);
        QCOMPARE(j["test"]["positives"].get<int>(), 5);
        return;
    }
    QCOMPARE(method, std::string("folds"));
    QCOMPARE(j["seed"].get<int>(), 1);
    QCOMPARE(j["folds"].size(), std::size_t(5));
    std::vector<double> aucs;
    for (const nlohmann::json &f : j["folds"]) {
        QCOMPARE(f["test_outcomes"].get<int>(), 12);
        QCOMPARE(f["train_outcomes"].get<int>(), 48);
        aucs.push_back(f["test_auc"].get<double>());
    }
    const auto [mean, sd] = meanSd(aucs);
    QCOMPARE(j["folds_mean_auc"].get<double>(), mean);
    QCOMPARE(j["folds_sd_auc"].get<double>(), sd);
    QVERIFY(!j.contains("test_after"));
    if (withOut) {
        auto written = ModelFile::load(out);
        QVERIFY(written);
        const nlohmann::json root = nlohmann::json::parse(ModelFile::toJson(*written).toStdString());
        QCOMPARE(root["calibration"]["validation"]["method"].get<std::string>(), std::string("folds"));
        QCOMPARE(root["calibration"]["train"]["n"].get<int>(), 60);
    }
}

QTEST_GUILESS_MAIN(TestCalibrationValidation)
#include "tst_calibrationvalidation.moc"
