// rulescore: one rule applied to single values, the rule editor's curve. Every score must equal what
// ScoringFormula (the spec) gives an account with that value, bit for bit, for every rule kind and
// missing policy; the percentile rule ranks within the column given.
#include "datasetbuilder.h"
#include "engine/rulescore.h"
#include "engine/scoringformula.h"
#include "model/modelfile.h"
#include "samedataset.h"

#include <QTest>

#include <bit>
#include <cmath>
#include <cstdint>
#include <limits>

using namespace tierlab;
using tierlab::test::sameBits;

namespace {

constexpr double NaN = std::numeric_limits<double>::quiet_NaN();

Model oneSignal(const QByteArray &rule, const QString &missing)
{
    auto m = ModelFile::fromJson(R"({"format":"tierlab-model","version":1,"categories":[{"id":"c"}],
        "signals":[{"id":"s","column":"x","category":"c","rule":)" + rule + R"(,"missing":")" + missing.toUtf8()
                                 + R"("}],"tiers":[{"id":"red","min":0},{"id":"green","min":50}]})");
    if (!m)
        qFatal("bad test model: %s", qPrintable(m.error().message));
    return *m;
}

} // namespace

class TestRuleScore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void numberRulesEqualTheFormula_data();
    void numberRulesEqualTheFormula();
    void textRulesEqualTheFormula_data();
    void textRulesEqualTheFormula();
    void percentileRanksTheColumn();
    void otherRulesGiveNoScore();
};

void TestRuleScore::numberRulesEqualTheFormula_data()
{
    QTest::addColumn<QByteArray>("rule");
    QTest::addColumn<QString>("missing");
    QTest::newRow("linear") << QByteArray(R"({"kind":"linear","worst":0.1,"best":0.8})") << QStringLiteral("skip");
    QTest::newRow("linear lower is better") << QByteArray(R"({"kind":"linear","worst":30,"best":2})") << QStringLiteral("neutral");
    QTest::newRow("bands") << QByteArray(R"({"kind":"bands","edges":[1,3,10],"scores":[0,40,70,100]})") << QStringLiteral("worst");
    QTest::newRow("flag") << QByteArray(R"({"kind":"flag","true":10,"false":90})") << QStringLiteral("neutral");
}

void TestRuleScore::numberRulesEqualTheFormula()
{
    QFETCH(QByteArray, rule);
    QFETCH(QString, missing);
    const Model model = oneSignal(rule, missing);
    // Edges, ramp ends, just below an edge, far outside, negative zero, missing.
    const std::vector<double> values{-1e9, -0.0, 0.0, 0.1, 0.45, 0.8, 1, std::nextafter(3.0, 0.0), 3, 9.99, 10, 30, 2, 1e9, NaN};
    const Dataset data = test::dataset({test::numberColumn(QStringLiteral("x"), values)});
    const ScoringFormula formula(model, data);
    const Signal &s = model.signals.front();
    for (std::size_t r = 0; r < values.size(); ++r) {
        const double got = rulescore::scoreNumber(s.rule, s.missing, values[r]);
        const double want = formula.signalScore(0, r);
        QVERIFY2(sameBits(got, want), qPrintable(QStringLiteral("value %1: got %2, expected %3").arg(values[r]).arg(got).arg(want)));
    }
    const std::vector<double> column = rulescore::scoreColumn(s.rule, s.missing, values);
    for (std::size_t r = 0; r < values.size(); ++r)
        QVERIFY(sameBits(column[r], formula.signalScore(0, r)));
}

void TestRuleScore::textRulesEqualTheFormula_data()
{
    QTest::addColumn<QByteArray>("rule");
    QTest::newRow("map") << QByteArray(R"({"kind":"map","scores":{"Enterprise":90,"SMB":30},"default":55})");
    QTest::newRow("flag") << QByteArray(R"({"kind":"flag","true":100,"false":20})");
}

void TestRuleScore::textRulesEqualTheFormula()
{
    QFETCH(QByteArray, rule);
    const Model model = oneSignal(rule, QStringLiteral("neutral"));
    const QStringList values{QStringLiteral("Enterprise"), QStringLiteral(" SMB "), QStringLiteral("smb"), QStringLiteral("yes"),
                             QStringLiteral("No"), QStringLiteral("maybe"), QString()};
    const Dataset data = test::dataset({test::textColumn(QStringLiteral("x"), values)});
    const ScoringFormula formula(model, data);
    const Signal &s = model.signals.front();
    for (qsizetype r = 0; r + 1 < values.size(); ++r) {   // the last is missing: no text to score
        const double got = rulescore::scoreText(s.rule, s.missing, values[r]);
        QVERIFY2(sameBits(got, formula.signalScore(0, std::size_t(r))), qPrintable(values[r]));
    }
}

void TestRuleScore::percentileRanksTheColumn()
{
    const Model model = oneSignal(R"({"kind":"percentile","invert":true})", QStringLiteral("worst"));
    const std::vector<double> values{5, 1, 5, NaN, 9, -0.0, 0.0};
    const Dataset data = test::dataset({test::numberColumn(QStringLiteral("x"), values)});
    const ScoringFormula formula(model, data);
    const Signal &s = model.signals.front();
    const std::vector<double> got = rulescore::scoreColumn(s.rule, s.missing, values);
    QCOMPARE(got.size(), values.size());
    for (std::size_t r = 0; r < values.size(); ++r)
        QVERIFY(sameBits(got[r], formula.signalScore(0, r)));
    // Alone, a value has no rank.
    QVERIFY(std::isnan(rulescore::scoreNumber(s.rule, s.missing, 5)));
}

void TestRuleScore::otherRulesGiveNoScore()
{
    SignalRule map;
    map.kind = RuleKind::Map;
    QVERIFY(std::isnan(rulescore::scoreNumber(map, MissingPolicy::Neutral, 1)));
    SignalRule linear;
    QVERIFY(std::isnan(rulescore::scoreText(linear, MissingPolicy::Neutral, QStringLiteral("1"))));
    SignalRule broken;
    broken.kind = RuleKind::Bands;
    broken.edges = {1, 2};
    broken.bandScores = {0, 100};   // one score short: no score rather than a read past the table
    QVERIFY(std::isnan(rulescore::scoreNumber(broken, MissingPolicy::Skip, 5)));
}

QTEST_GUILESS_MAIN(TestRuleScore)
#include "tst_rulescore.moc"
