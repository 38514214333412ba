// Tests of the one back-test serialiser (analysis/backtestjson.h): the model export's summary is the
// CLI's figures, member for member; integers stay integers; undefined figures are null; the tier ids
// follow the engine's numbering.
#include "analysis/backtestjson.h"
#include "model/modelfile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <nlohmann/json.hpp>

#include <utility>

using namespace tierlab;

namespace {

const QByteArray kModel = R"({"format":"tierlab-model","version":1,"name":"Json test",
  "categories":[{"id":"use","weight":1}],
  "signals":[{"id":"logins","category":"use","rule":{"kind":"linear","worst":0,"best":10}}],
  "tiers":[{"id":"red","min":0},{"id":"yellow","min":40},{"id":"green","min":70}]})";

BacktestResult sampleResult()
{
    BacktestResult r;
    r.horizonDays = 90;
    r.outcomes = 50;
    r.n = 40;
    r.accounts = 38;
    r.positives = 6;
    r.excludedNoSnapshot = 7;
    r.excludedUnscored = 3;
    r.snapshotsUsed = {QDate(2026, 1, 5), QDate(2026, 1, 12)};
    r.metrics.auc.auc = 1.0;   // integral: still a float in the JSON
    r.metrics.aucCi.resamples = 200;
    r.metrics.aucCi.low = 0.625;
    r.metrics.aucCi.high = 0.9;
    r.metrics.pr.averagePrecision = 0.5;
    r.metrics.pr.baseRate = 0.15;
    r.metrics.tiers.relativeRisk.ratio = 3.25;
    r.metrics.worstTier.precision = 0.4;
    r.metrics.worstTier.recall = Metrics::kUndefined;
    Metrics::TierRow row;
    row.tier = 0;
    row.accounts = 10;
    row.churned = 4;
    row.rate = 0.4;
    r.metrics.tiers.rows = {row};
    r.leadTime.buckets = {1, 2, 0, 0, 1, 0};
    BacktestListEntry fn;
    fn.accountId = QStringLiteral("A-1");
    fn.asOf = QDate(2026, 1, 5);
    fn.score = 55.5;
    fn.tier = 1;
    r.falseNegatives = {fn};
    return r;
}

} // namespace

class TestBacktestJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void summaryIsTheCliFigures();
    void tierIdsInEngineOrder();
    void undefinedIsNull();
};

void TestBacktestJson::summaryIsTheCliFigures()
{
    const auto model = ModelFile::fromJson(kModel);
    QVERIFY2(model, model ? "" : qPrintable(model.error().message));
    const BacktestResult r = sampleResult();
    const QJsonObject summary = backtestSummaryJson(r);
    const nlohmann::json full = backtestResultJson(r, *model);
    const QJsonObject cli = QJsonDocument::fromJson(QByteArray::fromStdString(full.dump(2))).object();
    QCOMPARE(summary.size(), 9);
    for (auto it = summary.begin(); it != summary.end(); ++it) {
        QVERIFY2(cli.contains(it.key()), qPrintable(it.key()));
        QVERIFY2(cli.value(it.key()) == it.value(), qPrintable(it.key()));
    }
    // Integers are written as integers, doubles as doubles, in both forms.
    QVERIFY(full.at("n").is_number_integer());
    QVERIFY(full.at("auc").is_number_float());
    QCOMPARE(summary.value(QStringLiteral("n")).toInteger(-1), 40);
    QCOMPARE(summary.value(QStringLiteral("auc_ci")).toArray(), (QJsonArray{0.625, 0.9}));
    // The metrics block is the same as the result's.
    const nlohmann::json metrics = backtestMetricsJson(r.metrics, *model);
    for (const auto &[key, value] : metrics.items())
        QVERIFY2(full.at(key) == value, key.c_str());
    QCOMPARE(full.at("excluded").get<std::int64_t>(), 10);
    QCOMPARE(full.at("snapshots_used").get<std::int64_t>(), 2);
}

void TestBacktestJson::tierIdsInEngineOrder()
{
    const auto model = ModelFile::fromJson(kModel);
    QVERIFY(model);
    // Listed out of order (as a model being edited can be): named in the engine's order, min ascending.
    Model shuffled = *model;
    std::swap(shuffled.tiers[0], shuffled.tiers[2]);
    QCOMPARE(backtestTierIds(shuffled), (QStringList{QStringLiteral("red"), QStringLiteral("yellow"), QStringLiteral("green")}));
    const nlohmann::json full = backtestResultJson(sampleResult(), shuffled);
    QCOMPARE(full.at("tiers").at(0).at("id").get<std::string>(), std::string("red"));
    QCOMPARE(full.at("false_negatives").at(0).at("tier").get<std::string>(), std::string("yellow"));
}

void TestBacktestJson::undefinedIsNull()
{
    BacktestResult r = sampleResult();
    r.metrics.aucCi.resamples = 0;   // no bootstrap: no interval
    const QJsonObject summary = backtestSummaryJson(r);
    QVERIFY(summary.value(QStringLiteral("auc_ci")).isNull());
    QVERIFY(summary.value(QStringLiteral("recall")).isNull());
    const auto model = ModelFile::fromJson(kModel);
    QVERIFY(model);
    const nlohmann::json full = backtestResultJson(r, *model);
    QVERIFY(full.at("auc_ci").is_null());
    QVERIFY(full.at("recall").is_null());
    QVERIFY(full.at("lead_time_days").is_null());
}

QTEST_GUILESS_MAIN(TestBacktestJson)
#include "tst_backtestjson.moc"
