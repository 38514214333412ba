// Tests of Calibration on generated data where category "drive" decides churn and "noise" is noise.
//
// 400 accounts, one snapshot 2026-01-05. Account i: drive = (37·i) mod 100, noise = (61·i + 13) mod
// 100, both scored linearly 0 → 100 with weight 1 each. Churned when drive < 30, flipped for every
// 11th account (so that no weighting is perfect). Outcome dates 2026-04-10 + (i mod 100) days, so
// the default 70/30 split by date falls on day 69 (2026-06-18).
#include "analysis/calibration.h"
#include "engine/scoringengine.h"
#include "model/modelfile.h"
#include "store/snapshotcodec.h"
#include "store/workspace.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

using namespace tierlab;

namespace {

constexpr int kAccounts = 400;
const QDate kAsOf(2026, 1, 5);
const QDate kFirstOutcome(2026, 4, 10);

QByteArray modelJson(bool lockDrive = false)
{
    return QByteArray(R"({"format":"tierlab-model","version":1,"name":"c",
        "categories":[{"id":"drive","weight":1)") + (lockDrive ? QByteArray(R"(,"locked":true)") : QByteArray())
           + QByteArray(R"(},{"id":"noise","weight":1}],
        "signals":[{"id":"drive","category":"drive","rule":{"kind":"linear","worst":0,"best":100}},
                   {"id":"noise","category":"noise","rule":{"kind":"linear","worst":0,"best":100}}],
        "tiers":[{"id":"low","min":0},{"id":"mid","min":40},{"id":"high","min":70}]})");
}

Model model(bool lockDrive = false)
{
    auto m = ModelFile::fromJson(modelJson(lockDrive));
    if (!m)
        qFatal("%s", qPrintable(m.error().message));
    return *m;
}

double share(const std::vector<double> &w, std::size_t c)
{
    return w[c] / (w[0] + w[1]);
}

} // namespace

class TestCalibration : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void raisesDriverShare_data();
    void raisesDriverShare();
    void windows();
    void locked_data();
    void locked();
    void minimumWeight();
    void bounds();
    void categoryBounds();
    void progressAndCancel();
    void thresholds();
    void signalWeights_data();
    void signalWeights();
    void calibrationBlock();
    void deterministic();
    void errors_data();
    void errors();
    void cliRefusesOverwrite();
    void cliBoundsAndThresholds_data();
    void cliBoundsAndThresholds();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
};

void TestCalibration::initTestCase()
{
    auto ws = Workspace::open(m_dir.filePath(QStringLiteral("c.tierlab")), Workspace::OpenMode::CreateNew);
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
        const int d = (37 * i) % 100;
        const int n = (61 * i + 13) % 100;
        SnapshotCodec::Builder b;
        b.addNumber(sd->index, d);
        b.addNumber(sn->index, n);
        QVERIFY(m_ws->putSnapshot(*key, kAsOf, b.data()));
        const bool churned = (d < 30) != (i % 11 == 0);
        OutcomeRecord o;
        o.accountId = a.id;
        o.kind = churned ? OutcomeKind::Churned : OutcomeKind::Renewed;
        o.date = kFirstOutcome.addDays(i % 100);
        QVERIFY(m_ws->addOutcome(o));
    }
    QVERIFY(m_ws->commit());
}

void TestCalibration::raisesDriverShare_data()
{
    QTest::addColumn<int>("objective");
    QTest::newRow("auc") << int(CalibrationObjective::Auc);
    QTest::newRow("logloss") << int(CalibrationObjective::LogLoss);
}

void TestCalibration::raisesDriverShare()
{
    QFETCH(int, objective);
    CalibrationOptions o;
    o.objective = CalibrationObjective(objective);
    o.bootstrapResamples = 100;
    auto r = Calibration::run(*m_ws, model(), o);
    QVERIFY2(r, r ? "" : qPrintable(r.error().message));
    QCOMPARE(r->weightsBefore, (std::vector<double>{1, 1}));
    QVERIFY(share(r->weightsAfter, 0) > 0.5);
    QVERIFY(r->trainObjectiveAfter > r->trainObjectiveBefore);
    QVERIFY(r->testBefore.auc.isDefined());
    QVERIFY(r->testAfter.auc.isDefined());
    QVERIFY(r->testAfter.auc.auc >= r->testBefore.auc.auc);
    QCOMPARE(r->model.categories[0].weight, r->weightsAfter[0]);
    QCOMPARE(r->model.categories[1].weight, r->weightsAfter[1]);
}

void TestCalibration::windows()
{
    // Dates: 4 accounts per day offset 0..99; the 280th date (ceil(0.7·400)) is offset 69.
    auto r = Calibration::run(*m_ws, model());
    QVERIFY(r);
    QCOMPARE(r->train.from, kFirstOutcome);
    QCOMPARE(r->train.until, kFirstOutcome.addDays(69));
    QCOMPARE(r->train.n, std::int64_t(280));
    QCOMPARE(r->test.from, kFirstOutcome.addDays(70));
    QCOMPARE(r->test.until, kFirstOutcome.addDays(99));
    QCOMPARE(r->test.n, std::int64_t(120));
    // Churned: 120 with drive < 30 (each residue 4 times), flipped for the 37 multiples of 11 → 131;
    // 89 of them dated up to offset 69.
    QCOMPARE(r->train.positives, std::int64_t(89));
    QCOMPARE(r->test.positives, std::int64_t(42));
    QCOMPARE(r->testBefore.auc.positives, std::int64_t(42));

    CalibrationOptions o;
    o.trainUntil = kFirstOutcome.addDays(49);
    auto half = Calibration::run(*m_ws, model(), o);
    QVERIFY(half);
    QCOMPARE(half->train.n, std::int64_t(200));
    QCOMPARE(half->test.n, std::int64_t(200));
}

void TestCalibration::locked_data()
{
    QTest::addColumn<bool>("inFile");
    QTest::newRow("--lock") << false;
    QTest::newRow("\"locked\": true") << true;
}

void TestCalibration::locked()
{
    QFETCH(bool, inFile);
    CalibrationOptions o;
    o.minWeight = 0;
    if (!inFile)
        o.locked << QStringLiteral("drive");
    auto r = Calibration::run(*m_ws, model(inFile), o);
    QVERIFY(r);
    QCOMPARE(r->weightsAfter[0], 1.0);
    // Only the noise weight can move; dropping it is the best the search can do.
    QCOMPARE(r->weightsAfter[1], 0.0);
    QCOMPARE(r->categoriesAtZero, QStringList{QStringLiteral("noise")});
}

void TestCalibration::minimumWeight()
{
    // Without a minimum the noise category is kept at 5 % of the weights' sum (2): 0.1, not 0.
    CalibrationOptions o;
    o.locked << QStringLiteral("drive");
    auto r = Calibration::run(*m_ws, model(), o);
    QVERIFY(r);
    QVERIFY(r->minWeightIsDefault);
    QCOMPARE(r->minWeight, 0.1);
    QCOMPARE(r->weightsAfter, (std::vector<double>{1, 0.1}));
    QVERIFY(r->categoriesAtZero.isEmpty());
    const nlohmann::json block = nlohmann::json::parse(r->model.extra.toStdString())["calibration"];
    QCOMPARE(block["min_weight"]["value"].get<double>(), 0.1);
    QVERIFY(block["min_weight"]["default"].get<bool>());
    QVERIFY(block["categories_at_zero"].empty());
    // A bound of one category replaces the default for it.
    o.categoryBounds[QStringLiteral("noise")] = {0.0, 5.0};
    auto bounded = Calibration::run(*m_ws, model(), o);
    QVERIFY(bounded);
    QCOMPARE(bounded->weightsAfter[1], 0.0);
    QCOMPARE(bounded->categoriesAtZero, QStringList{QStringLiteral("noise")});
    // A bound with only a max keeps the default minimum: noise stops at 0.1 again.
    o.categoryBounds[QStringLiteral("noise")] = {std::nullopt, 5.0};
    auto topOnly = Calibration::run(*m_ws, model(), o);
    QVERIFY(topOnly);
    QCOMPARE(topOnly->weightsAfter, (std::vector<double>{1, 0.1}));
    QVERIFY(topOnly->categoriesAtZero.isEmpty());
    // …and a max below the default minimum wins over it.
    o.categoryBounds[QStringLiteral("noise")] = {std::nullopt, 0.05};
    auto belowDefault = Calibration::run(*m_ws, model(), o);
    QVERIFY(belowDefault);
    QVERIFY(belowDefault->weightsAfter[1] <= 0.05);
}

void TestCalibration::bounds()
{
    CalibrationOptions o;
    o.minWeight = 0.5;
    o.maxWeight = 1.5;
    auto r = Calibration::run(*m_ws, model(), o);
    QVERIFY(r);
    for (double w : r->weightsAfter) {
        QVERIFY(w >= 0.5);
        QVERIFY(w <= 1.5);
    }
    QVERIFY(share(r->weightsAfter, 0) > 0.5);
}

void TestCalibration::categoryBounds()
{
    // Without bounds drive's weight rises above 1 (raisesDriverShare); capped at 1.2 it stops there,
    // and noise, forced into [2, 3] from its start at 1, ends inside that range.
    CalibrationOptions o;
    o.categoryBounds[QStringLiteral("drive")] = {0.0, 1.2};
    o.categoryBounds[QStringLiteral("noise")] = {2.0, 3.0};
    auto r = Calibration::run(*m_ws, model(), o);
    QVERIFY2(r, r ? "" : qPrintable(r.error().message));
    QVERIFY(r->weightsAfter[0] <= 1.2);
    QVERIFY(r->weightsAfter[1] >= 2.0);
    QVERIFY(r->weightsAfter[1] <= 3.0);

    CalibrationOptions unknown;
    unknown.categoryBounds[QStringLiteral("nope")] = {0.0, 1.0};
    auto bad = Calibration::run(*m_ws, model(), unknown);
    QVERIFY(!bad);
    QVERIFY(bad.error().message.contains(u"nope"));
    CalibrationOptions inverted;
    inverted.categoryBounds[QStringLiteral("drive")] = {2.0, 1.0};
    QVERIFY(!Calibration::run(*m_ws, model(), inverted));
}

void TestCalibration::progressAndCancel()
{
    std::vector<std::pair<int, int>> calls;
    CalibrationOptions o;
    o.maxPasses = 3;
    o.progress = [&calls](int done, int total) { calls.emplace_back(done, total); };
    auto r = Calibration::run(*m_ws, model(), o);
    QVERIFY(r);
    QVERIFY(calls.size() >= 3);
    // Two unlocked categories × 3 passes = 6 steps at most; done never goes back; the last call says finished.
    for (std::size_t i = 0; i < calls.size(); ++i) {
        QCOMPARE(calls[i].second, 6);
        if (i > 0)
            QVERIFY(calls[i].first >= calls[i - 1].first);
    }
    QCOMPARE(calls.back(), std::make_pair(6, 6));

    std::atomic<bool> cancel{false};
    CalibrationOptions c;
    c.cancel = &cancel;
    c.progress = [&cancel](int done, int) {
        if (done == 1)
            cancel = true;
    };
    auto cancelled = Calibration::run(*m_ws, model(), c);
    QVERIFY(!cancelled);
    QCOMPARE(cancelled.error().code, Error::Code::Cancelled);
}

void TestCalibration::thresholds()
{
    CalibrationOptions o;
    o.redCapacity = 50;
    o.bestTierMaxChurn = 0.05;
    auto r = Calibration::run(*m_ws, model(), o);
    QVERIFY2(r, r ? "" : qPrintable(r.error().message));
    QVERIFY(r->redCut.feasible);
    QVERIFY(r->bestCut.feasible);
    QCOMPARE(r->model.tiers[1].min, r->redCut.proposed);
    QCOMPARE(r->model.tiers[2].min, r->bestCut.proposed);
    QVERIFY(r->model.tiers[1].min < r->model.tiers[2].min);
    QVERIFY(r->redCut.accounts <= 50);
    QVERIFY(r->bestCut.rate <= 0.05);
    // Recount independently: the calibrated model scores the snapshot, at most 50 fall in the worst tier.
    auto data = m_ws->loadLatestSnapshot();
    QVERIFY(data);
    ScoringEngine engine;
    QVERIFY(engine.setModel(r->model));
    QVERIFY(engine.setDataset(std::make_shared<const Dataset>(std::move(*data))));
    QCOMPARE(engine.summary().tierCounts[0], r->redCut.accounts);
    const nlohmann::json root = nlohmann::json::parse(ModelFile::toJson(r->model).toStdString());
    QCOMPARE(root["calibration"]["thresholds"]["red_capacity"].get<int>(), 50);
    QCOMPARE(root["calibration"]["thresholds"]["red_cut"]["after"].get<double>(), r->redCut.proposed);
}

void TestCalibration::signalWeights_data()
{
    QTest::addColumn<bool>("fitSignals");
    QTest::newRow("category weights only") << false;
    QTest::newRow("signal weights too") << true;
}

// Both signals in one category "mixed" (weights 1 and 1): only a signal-weight search can tell the
// driver from the noise; without it the signal weights stay as they are.
void TestCalibration::signalWeights()
{
    QFETCH(bool, fitSignals);
    auto mixed = ModelFile::fromJson(R"({"format":"tierlab-model","version":1,"name":"mixed",
        "categories":[{"id":"mixed","weight":1}],
        "signals":[{"id":"drive","category":"mixed","rule":{"kind":"linear","worst":0,"best":100}},
                   {"id":"noise","category":"mixed","rule":{"kind":"linear","worst":0,"best":100}}],
        "tiers":[{"id":"low","min":0},{"id":"mid","min":40},{"id":"high","min":70}]})");
    QVERIFY(mixed);
    CalibrationOptions o;
    o.signalWeights = fitSignals;
    o.bootstrapResamples = 0;
    auto r = Calibration::run(*m_ws, *mixed, o);
    QVERIFY2(r, r ? "" : qPrintable(r.error().message));
    QCOMPARE(r->signalWeightsBefore, (std::vector<double>{1, 1}));
    if (!fitSignals) {
        QCOMPARE(r->signalWeightsAfter, r->signalWeightsBefore);
        QCOMPARE(r->trainObjectiveAfter, r->trainObjectiveBefore);
        return;
    }
    QVERIFY(r->signalWeightsAfter[0] > r->signalWeightsAfter[1]);   // the driver outweighs the noise
    QVERIFY(r->trainObjectiveAfter > r->trainObjectiveBefore);
    QCOMPARE(r->model.signals[0].weight, r->signalWeightsAfter[0]);
    QCOMPARE(r->model.signals[1].weight, r->signalWeightsAfter[1]);
    const nlohmann::json root = nlohmann::json::parse(ModelFile::toJson(r->model).toStdString());
    QCOMPARE(root["calibration"]["signal_weights"]["drive"]["after"].get<double>(), r->signalWeightsAfter[0]);
}

void TestCalibration::calibrationBlock()
{
    auto r = Calibration::run(*m_ws, model());
    QVERIFY(r);
    const QByteArray json = ModelFile::toJson(r->model);
    auto back = ModelFile::fromJson(json);
    QVERIFY(back);
    QCOMPARE(back->categories[0].weight, r->weightsAfter[0]);
    const nlohmann::json root = nlohmann::json::parse(json.toStdString());
    QVERIFY(root.contains("calibration"));
    const nlohmann::json &c = root["calibration"];
    QCOMPARE(c["objective"].get<std::string>(), std::string("auc"));
    QCOMPARE(c["train"]["n"].get<int>(), 280);
    QCOMPARE(c["test"]["n"].get<int>(), 120);
    QCOMPARE(c["train_until"].get<std::string>(), std::string("2026-06-18"));
    QVERIFY(c["test_metrics"]["before"].contains("auc"));
    QVERIFY(c["test_metrics"]["after"].contains("auc"));
    QVERIFY(QString::fromStdString(c["data_fingerprint"].get<std::string>()).startsWith(u"sha256:"));
    QCOMPARE(c["weights"]["drive"]["before"].get<double>(), 1.0);
}

void TestCalibration::deterministic()
{
    auto a = Calibration::run(*m_ws, model());
    auto b = Calibration::run(*m_ws, model());
    QVERIFY(a && b);
    QCOMPARE(a->weightsAfter, b->weightsAfter);
    QCOMPARE(a->fingerprint, b->fingerprint);
    QCOMPARE(ModelFile::toJson(a->model), ModelFile::toJson(b->model));
}

void TestCalibration::errors_data()
{
    QTest::addColumn<QDate>("trainUntil");
    QTest::addColumn<QString>("lock");
    QTest::addColumn<double>("minWeight");
    QTest::addColumn<double>("maxWeight");
    QTest::newRow("train window empty") << kFirstOutcome.addDays(-1) << QString() << 0.0 << 10.0;
    QTest::newRow("test window empty") << kFirstOutcome.addDays(99) << QString() << 0.0 << 10.0;
    QTest::newRow("unknown lock") << QDate() << QStringLiteral("nope") << 0.0 << 10.0;
    QTest::newRow("negative min") << QDate() << QString() << -1.0 << 10.0;
    QTest::newRow("max below min") << QDate() << QString() << 2.0 << 1.0;
}

void TestCalibration::errors()
{
    QFETCH(QDate, trainUntil);
    QFETCH(QString, lock);
    QFETCH(double, minWeight);
    QFETCH(double, maxWeight);
    CalibrationOptions o;
    o.trainUntil = trainUntil;
    if (!lock.isEmpty())
        o.locked << lock;
    o.minWeight = minWeight;
    o.maxWeight = maxWeight;
    auto r = Calibration::run(*m_ws, model(), o);
    QVERIFY(!r);
    QCOMPARE(r.error().code, Error::Code::Invalid);
    QVERIFY(!r.error().message.isEmpty());
}

void TestCalibration::cliRefusesOverwrite()
{
    const QString modelPath = m_dir.filePath(QStringLiteral("m.json"));
    QVERIFY(ModelFile::save(model(), modelPath));
    QProcess p;
    p.start(QStringLiteral(TIERLAB_CLI),
            {QStringLiteral("calibrate"), QStringLiteral("--workspace"), m_ws->path(), QStringLiteral("--model"),
             modelPath, QStringLiteral("--out"), modelPath});
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitCode(), 2);
    const QString out2 = m_dir.filePath(QStringLiteral("m2.json"));
    p.start(QStringLiteral(TIERLAB_CLI),
            {QStringLiteral("calibrate"), QStringLiteral("--workspace"), m_ws->path(), QStringLiteral("--model"),
             modelPath, QStringLiteral("--out"), out2});
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitCode(), 0);
    auto calibrated = ModelFile::load(out2);
    QVERIFY(calibrated);
    QVERIFY(calibrated->categories[0].weight > calibrated->categories[1].weight);
}

void TestCalibration::cliBoundsAndThresholds_data()
{
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("bounds and both cuts") << QStringList{QStringLiteral("--signal-weights"), QStringLiteral("--bound"), QStringLiteral("drive=:1.2"),
                                                         QStringLiteral("--red-capacity"), QStringLiteral("50"),
                                                         QStringLiteral("--best-tier-max-churn"), QStringLiteral("0.05")}
                                          << 0;
    QTest::newRow("bound without =") << QStringList{QStringLiteral("--bound"), QStringLiteral("drive")} << 2;
    QTest::newRow("bound not a number") << QStringList{QStringLiteral("--bound"), QStringLiteral("drive=a:2")} << 2;
    QTest::newRow("negative capacity") << QStringList{QStringLiteral("--red-capacity"), QStringLiteral("-3")} << 2;
    QTest::newRow("rate above 1") << QStringList{QStringLiteral("--best-tier-max-churn"), QStringLiteral("5")} << 2;
    QTest::newRow("unknown category") << QStringList{QStringLiteral("--bound"), QStringLiteral("nope=0:1")} << 1;
}

void TestCalibration::cliBoundsAndThresholds()
{
    QFETCH(QStringList, extra);
    QFETCH(int, exitCode);
    const QString modelPath = m_dir.filePath(QStringLiteral("mb.json"));
    const QString out = m_dir.filePath(QStringLiteral("mb-out.json"));
    QFile::remove(out);
    QVERIFY(ModelFile::save(model(), modelPath));
    QProcess p;
    p.start(QStringLiteral(TIERLAB_CLI), QStringList{QStringLiteral("calibrate"), QStringLiteral("--workspace"), m_ws->path(),
                                                    QStringLiteral("--model"), modelPath, QStringLiteral("--out"), out,
                                                    QStringLiteral("--json")}
                                             + extra);
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitCode(), exitCode);
    if (exitCode != 0) {
        QVERIFY(!p.readAllStandardError().isEmpty());
        QVERIFY(!QFile::exists(out));
        return;
    }
    const nlohmann::json j = nlohmann::json::parse(p.readAllStandardOutput().toStdString());
    QVERIFY(j["weights"]["drive"]["after"].get<double>() <= 1.2);
    QVERIFY(j["red_cut"]["feasible"].get<bool>());
    QVERIFY(j["red_cut"]["accounts"].get<int>() <= 50);
    QCOMPARE(j["red_cut"]["tier"].get<std::string>(), std::string("mid"));
    QVERIFY(j["best_cut"]["rate"].get<double>() <= 0.05);
    QVERIFY(j["signal_weights"].contains("drive"));   // one signal per category here: listed, unchanged or not
    auto written = ModelFile::load(out);
    QVERIFY(written);
    QCOMPARE(written->tiers[1].min, j["red_cut"]["after"].get<double>());
    QCOMPARE(written->tiers[2].min, j["best_cut"]["after"].get<double>());
}

QTEST_GUILESS_MAIN(TestCalibration)
#include "tst_calibration.moc"
