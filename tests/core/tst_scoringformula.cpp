// Tests of ScoringFormula, the spec of docs/model-format.md in code: hand-computed cases for every
// rule kind, missing policy, aggregate, skipped category, penalty, cap and tier edge (the
// arithmetic is in the comments), every Explanation field, the percentile rule against plain
// counting, and the seeds on a demo portfolio equal to ScoringEngine bit for bit.
#include "datasetbuilder.h"
#include "demo/demogenerator.h"
#include "engine/scoringengine.h"
#include "engine/scoringformula.h"
#include "model/modelfile.h"
#include "store/workspace.h"
#include "samedataset.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstdint>
#include <numeric>

using namespace tierlab;
using tierlab::test::sameBits;
using namespace Qt::StringLiterals;

namespace {

constexpr double NaN = std::numeric_limits<double>::quiet_NaN();

// Bit for bit, the sign of zero included; any NaN equals any NaN (both "no score").
QString describe(double v)
{
    return QString::number(v, 'g', 17) + (std::signbit(v) && v == 0 ? QStringLiteral(" (negative zero)") : QString());
}

#define COMPARE_BITS(actual, expected)                                                                                \
    QVERIFY2(sameBits((actual), (expected)), qPrintable(QString(u"got " + describe(actual) + u", expected " + describe(expected))))

using test::dataset;
using test::numberColumn;
using test::textColumn;

Model parse(const QByteArray &json)
{
    Result<Model> m = ModelFile::fromJson(json);
    if (!m)
        qFatal("bad test model: %s", qPrintable(m.error().message));
    return *m;
}

// One category "c" holding one signal "s" on column "x"; tiers red 0, yellow 40, green 70.
Model oneSignal(const QByteArray &rule, const QString &missing)
{
    return parse(R"({"format":"tierlab-model","version":1,"categories":[{"id":"c"}],
        "signals":[{"id":"s","column":"x","category":"c","rule":)" + rule + R"(,"missing":")" + missing.toUtf8() + R"("}],
        "tiers":[{"id":"red","min":0},{"id":"yellow","min":40},{"id":"green","min":70}]})");
}

// The signal score of a one-signal model is also the category score, the base and the final score.
void checkOneSignal(const Model &model, const Dataset &data, double expected)
{
    const ScoringFormula formula(model, data);
    COMPARE_BITS(formula.signalScore(0, 0), expected);
    const Explanation e = formula.explain(0);
    COMPARE_BITS(e.signals[0].score, expected);
    QCOMPARE(e.signals[0].counted, !std::isnan(expected));
    COMPARE_BITS(e.categories[0].score, expected);
    COMPARE_BITS(e.baseScore, expected);
    COMPARE_BITS(e.score, expected);
    QCOMPARE(e.scored, !std::isnan(expected));
    QCOMPARE(e.tier, std::isnan(expected) ? -1 : expected >= 70 ? 2 : expected >= 40 ? 1 : 0);
}

} // namespace

class tst_ScoringFormula : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void linearRule_data();
    void linearRule();
    void bandsRule_data();
    void bandsRule();
    void mapRule_data();
    void mapRule();
    void flagRule_data();
    void flagRule();
    void percentileRule_data();
    void percentileRule();
    void percentileIsAnInput();
    void percentileMatchesCounting();
    void categories_data();
    void categories();
    void conditions_data();
    void conditions();
    void tiers_data();
    void tiers();
    void tierCaps_data();
    void tierCaps();
    void explanationFields();
    void unscoredExplanation();
    void demoEqualsEngine_data();
    void demoEqualsEngine();
};

void tst_ScoringFormula::linearRule_data()
{
    QTest::addColumn<double>("worst");
    QTest::addColumn<double>("best");
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("missing");
    QTest::addColumn<double>("expected");
    // s = 100 · clamp((v − a) / (b − a), 0, 1)
    QTest::newRow("middle: 5/10") << 0.0 << 10.0 << 5.0 << "skip" << 50.0;
    QTest::newRow("quarter: 2/8") << 0.0 << 8.0 << 2.0 << "skip" << 25.0;
    QTest::newRow("fractions: 0.25/0.5") << 0.25 << 0.75 << 0.5 << "skip" << 50.0;
    QTest::newRow("negative range: 1/2") << -1.0 << 1.0 << 0.0 << "skip" << 50.0;
    QTest::newRow("exactly worst: 0/10") << 0.0 << 10.0 << 0.0 << "skip" << 0.0;
    QTest::newRow("exactly best: 10/10") << 0.0 << 10.0 << 10.0 << "skip" << 100.0;
    QTest::newRow("below worst: -5/10 clamps to 0") << 0.0 << 10.0 << -5.0 << "skip" << 0.0;
    QTest::newRow("above best: 15/10 clamps to 1") << 0.0 << 10.0 << 15.0 << "skip" << 100.0;
    QTest::newRow("lower is better: -7.5/-10") << 10.0 << 0.0 << 2.5 << "skip" << 75.0;
    // (10 − 10) / (0 − 10) = 0 / −10 = −0, which scores +0.
    QTest::newRow("lower is better, at worst: +0") << 10.0 << 0.0 << 10.0 << "skip" << 0.0;
    QTest::newRow("lower is better, at best: -10/-10") << 10.0 << 0.0 << 0.0 << "skip" << 100.0;
    QTest::newRow("lower is better, past worst: 2/-10") << 10.0 << 0.0 << 12.0 << "skip" << 0.0;
    QTest::newRow("lower is better, past best: -13/-10") << 10.0 << 0.0 << -3.0 << "skip" << 100.0;
    QTest::newRow("missing, skip") << 0.0 << 10.0 << NaN << "skip" << NaN;
    QTest::newRow("missing, neutral") << 0.0 << 10.0 << NaN << "neutral" << 50.0;
    QTest::newRow("missing, worst") << 0.0 << 10.0 << NaN << "worst" << 0.0;
}

void tst_ScoringFormula::linearRule()
{
    QFETCH(double, worst);
    QFETCH(double, best);
    QFETCH(double, value);
    QFETCH(QString, missing);
    QFETCH(double, expected);
    const Dataset data = dataset({numberColumn(QStringLiteral("x"), {value})});
    const Model model = oneSignal(
        QStringLiteral(R"({"kind":"linear","worst":%1,"best":%2})").arg(worst).arg(best).toUtf8(), missing);
    checkOneSignal(model, data, expected);
}

void tst_ScoringFormula::bandsRule_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("missing");
    QTest::addColumn<double>("expected");
    // edges [10, 20, 30], scores [0, 40, 70, 100]; every lower edge is inclusive.
    QTest::newRow("below the first edge") << 5.0 << "skip" << 0.0;
    QTest::newRow("far below") << -1e300 << "skip" << 0.0;
    QTest::newRow("exactly the first edge") << 10.0 << "skip" << 40.0;
    QTest::newRow("just below the second edge") << std::nextafter(20.0, 0.0) << "skip" << 40.0;
    QTest::newRow("exactly the second edge") << 20.0 << "skip" << 70.0;
    QTest::newRow("inside the third band") << 25.0 << "skip" << 70.0;
    QTest::newRow("exactly the last edge") << 30.0 << "skip" << 100.0;
    QTest::newRow("far above") << 1e300 << "skip" << 100.0;
    QTest::newRow("missing, skip") << NaN << "skip" << NaN;
    QTest::newRow("missing, neutral") << NaN << "neutral" << 50.0;
    QTest::newRow("missing, worst") << NaN << "worst" << 0.0;
}

void tst_ScoringFormula::bandsRule()
{
    QFETCH(double, value);
    QFETCH(QString, missing);
    QFETCH(double, expected);
    checkOneSignal(oneSignal(R"({"kind":"bands","edges":[10,20,30],"scores":[0,40,70,100]})", missing),
                   dataset({numberColumn(QStringLiteral("x"), {value})}), expected);
}

void tst_ScoringFormula::mapRule_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("missing");
    QTest::addColumn<double>("expected");
    // scores {"Two year": 100, " One year": 60 (the key is trimmed)}, default 25.
    QTest::newRow("listed") << "Two year" << "skip" << 100.0;
    QTest::newRow("listed with a trimmed key") << "One year" << "skip" << 60.0;
    QTest::newRow("value trimmed") << "  One year " << "skip" << 60.0;
    QTest::newRow("not listed: default") << "Monthly" << "skip" << 25.0;
    QTest::newRow("case matters: default") << "two year" << "skip" << 25.0;
    QTest::newRow("missing, skip") << "" << "skip" << NaN;
    QTest::newRow("missing, neutral") << "" << "neutral" << 50.0;
    QTest::newRow("missing, worst") << "" << "worst" << 0.0;
}

void tst_ScoringFormula::mapRule()
{
    QFETCH(QString, value);
    QFETCH(QString, missing);
    QFETCH(double, expected);
    checkOneSignal(oneSignal(R"({"kind":"map","scores":{"Two year":100," One year":60},"default":25})", missing),
                   dataset({textColumn(QStringLiteral("x"), {value})}), expected);
}

void tst_ScoringFormula::flagRule_data()
{
    QTest::addColumn<int>("type");   // SignalType
    QTest::addColumn<double>("number");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("missing");
    QTest::addColumn<double>("expected");
    QTest::addColumn<bool>("present");
    const int flag = int(SignalType::Flag), number = int(SignalType::Number), txt = int(SignalType::Category);
    // true 80, false 20; numbers are true when non-zero.
    QTest::newRow("flag 1") << flag << 1.0 << "" << "skip" << 80.0 << true;
    QTest::newRow("flag 0") << flag << 0.0 << "" << "skip" << 20.0 << true;
    QTest::newRow("flag missing, neutral") << flag << NaN << "" << "neutral" << 50.0 << false;
    QTest::newRow("number 3.5") << number << 3.5 << "" << "skip" << 80.0 << true;
    QTest::newRow("number -1") << number << -1.0 << "" << "skip" << 80.0 << true;
    QTest::newRow("number -0 is zero") << number << -0.0 << "" << "skip" << 20.0 << true;
    QTest::newRow("number missing, worst") << number << NaN << "" << "worst" << 0.0 << false;
    QTest::newRow("text Yes") << txt << 0.0 << "Yes" << "skip" << 80.0 << true;
    QTest::newRow("text TRUE") << txt << 0.0 << "TRUE" << "skip" << 80.0 << true;
    QTest::newRow("text y, trimmed") << txt << 0.0 << " y " << "skip" << 80.0 << true;
    QTest::newRow("text 1") << txt << 0.0 << "1" << "skip" << 80.0 << true;
    QTest::newRow("text no") << txt << 0.0 << "no" << "skip" << 20.0 << true;
    QTest::newRow("text False") << txt << 0.0 << "False" << "skip" << 20.0 << true;
    QTest::newRow("text N") << txt << 0.0 << "N" << "skip" << 20.0 << true;
    QTest::newRow("text 0") << txt << 0.0 << "0" << "skip" << 20.0 << true;
    QTest::newRow("unknown word is missing, skip") << txt << 0.0 << "maybe" << "skip" << NaN << false;
    QTest::newRow("unknown word is missing, neutral") << txt << 0.0 << "No internet service" << "neutral" << 50.0 << false;
    QTest::newRow("unknown word is missing, worst") << txt << 0.0 << "yes!" << "worst" << 0.0 << false;
    QTest::newRow("empty text, worst") << txt << 0.0 << "" << "worst" << 0.0 << false;
}

void tst_ScoringFormula::flagRule()
{
    QFETCH(int, type);
    QFETCH(double, number);
    QFETCH(QString, text);
    QFETCH(QString, missing);
    QFETCH(double, expected);
    QFETCH(bool, present);
    const auto t = SignalType(type);
    const Dataset data = dataset({t == SignalType::Category ? textColumn(QStringLiteral("x"), {text})
                                                            : numberColumn(QStringLiteral("x"), {number}, t)});
    const Model model = oneSignal(R"({"kind":"flag","true":80,"false":20})", missing);
    checkOneSignal(model, data, expected);
    const ScoringFormula formula(model, data);
    const Explanation e = formula.explain(0);
    QCOMPARE(e.signals[0].present, present);
    QCOMPARE(e.coverage, present ? 1.0 : 0.0);
    if (t == SignalType::Category)
        QCOMPARE(e.signals[0].text, text);   // shown as read, even when the flag rule cannot use it
    else
        COMPARE_BITS(e.signals[0].value, number);
}

void tst_ScoringFormula::percentileRule_data()
{
    QTest::addColumn<std::vector<double>>("values");
    QTest::addColumn<bool>("invert");
    QTest::addColumn<QString>("missing");
    QTest::addColumn<std::vector<double>>("expected");
    // s = 100·(below + 0.5·(equal − 1)) / (n − 1) over the n present values.
    // n = 4: 10 → 0/3 = 0; 20 → 100·(1 + 0.5)/3 = 50; 30 → 100·3/3 = 100.
    QTest::newRow("ties share the mid-rank") << std::vector<double>{10, 20, 20, 30, NaN} << false << "skip"
                                             << std::vector<double>{0, 50, 50, 100, NaN};
    QTest::newRow("inverted: 100 - s") << std::vector<double>{10, 20, 20, 30, NaN} << true << "skip"
                                       << std::vector<double>{100, 50, 50, 0, NaN};
    QTest::newRow("missing, neutral") << std::vector<double>{10, 20, 20, 30, NaN} << false << "neutral"
                                      << std::vector<double>{0, 50, 50, 100, 50};
    QTest::newRow("missing, worst, inverted") << std::vector<double>{10, 20, 20, 30, NaN} << true << "worst"
                                              << std::vector<double>{100, 50, 50, 0, 0};
    // n = 5 distinct: below / 4.
    QTest::newRow("distinct") << std::vector<double>{5, 1, 4, 2, 3} << false << "skip"
                              << std::vector<double>{100, 0, 75, 25, 50};
    QTest::newRow("all equal: 100·(0 + 0.5·2)/2") << std::vector<double>{7, 7, 7} << false << "skip"
                                                   << std::vector<double>{50, 50, 50};
    QTest::newRow("one present value: 50") << std::vector<double>{NaN, 3, NaN} << false << "skip"
                                           << std::vector<double>{NaN, 50, NaN};
    // n = 4: 1 → 100·(0 + 0.5·2)/3 = 100/3; 2 → 100·3/3.
    QTest::newRow("three-way tie at the bottom") << std::vector<double>{1, 1, 1, 2} << false << "skip"
                                                 << std::vector<double>{100.0 / 3, 100.0 / 3, 100.0 / 3, 100};
    // −0 equals +0: n = 3, 0 → 100·(0 + 0.5)/2 = 25.
    QTest::newRow("-0 equals +0") << std::vector<double>{-0.0, 0.0, 1} << false << "skip"
                                  << std::vector<double>{25, 25, 100};
}

void tst_ScoringFormula::percentileRule()
{
    QFETCH(std::vector<double>, values);
    QFETCH(bool, invert);
    QFETCH(QString, missing);
    QFETCH(std::vector<double>, expected);
    const Dataset data = dataset({numberColumn(QStringLiteral("x"), values)});
    const Model model = oneSignal(invert ? R"({"kind":"percentile","invert":true})" : R"({"kind":"percentile"})",
                                  missing);
    // The formula computing the column itself, and the column computed once and passed in.
    const ScoringFormula own(model, data);
    const std::vector<double> column = ScoringEngine::percentileScores(values.data(), values.size(), invert, NaN);
    const ScoringFormula given(model, data, {std::span<const double>(column)});
    for (std::size_t r = 0; r < values.size(); ++r) {
        COMPARE_BITS(own.signalScore(0, r), expected[r]);
        COMPARE_BITS(own.explain(r).score, expected[r]);
        COMPARE_BITS(given.signalScore(0, r), expected[r]);
    }
}

void tst_ScoringFormula::percentileIsAnInput()
{
    // The formula reads the given column for present values and applies the missing policy itself.
    const Dataset data = dataset({numberColumn(QStringLiteral("x"), {1, NaN, 3})});
    const Model model = oneSignal(R"({"kind":"percentile"})", QStringLiteral("neutral"));
    const std::vector<double> column{12.5, 99, 87.5};
    const ScoringFormula formula(model, data, {std::span<const double>(column)});
    QCOMPARE(formula.signalScore(0, 0), 12.5);
    QCOMPARE(formula.signalScore(0, 1), 50.0);   // missing, neutral: the column's 99 is not read
    QCOMPARE(formula.signalScore(0, 2), 87.5);
    QCOMPARE(formula.explain(2).score, 87.5);
}

void tst_ScoringFormula::percentileMatchesCounting()
{
    // ScoringEngine::percentileScores (radix sort and runs) against the rule counted value by value:
    // many ties, both zeros, negatives and missing values.
    QRandomGenerator rng(1312);
    std::vector<double> values(1500);
    for (double &v : values) {
        const int k = int(rng.bounded(60));
        v = k == 0 ? NaN : k == 1 ? -0.0 : double(k % 40 - 12) * 0.25;
    }
    for (const bool invert : {false, true}) {
        const Dataset data = dataset({numberColumn(QStringLiteral("x"), values)});
        const Model model = oneSignal(invert ? R"({"kind":"percentile","invert":true})" : R"({"kind":"percentile"})",
                                      QStringLiteral("skip"));
        const ScoringFormula formula(model, data);
        const double n = double(std::count_if(values.begin(), values.end(), [](double x) { return x == x; }));
        for (std::size_t r = 0; r < values.size(); ++r) {
            const double v = values[r];
            double expected = NaN;
            if (!std::isnan(v)) {
                const double below = double(std::count_if(values.begin(), values.end(), [v](double x) { return x < v; }));
                const double equal = double(std::count(values.begin(), values.end(), v));
                expected = 100 * (below + 0.5 * (equal - 1)) / (n - 1);
                expected = invert ? 100 - expected : expected;
            }
            COMPARE_BITS(formula.signalScore(0, r), expected);
        }
    }
}

void tst_ScoringFormula::categories_data()
{
    // Columns a and b with linear 0..100 (the score is the value); signals s1 on a, s2 on b.
    QTest::addColumn<QByteArray>("categories");
    QTest::addColumn<QByteArray>("signals");
    QTest::addColumn<double>("a");
    QTest::addColumn<double>("b");
    QTest::addColumn<double>("c1");     // category scores (NaN: skipped)
    QTest::addColumn<double>("c2");
    QTest::addColumn<double>("base");   // NaN: unscored
    const QByteArray lin = R"("rule":{"kind":"linear","worst":0,"best":100})";
    auto signal = [&](const char *id, const char *column, const char *category, const char *weight,
                      const char *missing = "skip") -> QByteArray {
        return "{\"id\":\"" + QByteArray(id) + "\",\"column\":\"" + column + "\",\"category\":\"" + category
               + "\",\"weight\":" + weight + ",\"missing\":\"" + missing + "\"," + lin + "}";
    };
    const QByteArray oneCategory = R"([{"id":"c1","weight":1}])";
    const QByteArray oneMin = R"([{"id":"c1","weight":1,"aggregate":"min"}])";
    const QByteArray twoCategories = R"([{"id":"c1","weight":35},{"id":"c2","weight":15}])";
    const QByteArray bothInC1 = QByteArray() + '[' + signal("s1", "a", "c1", "1") + ',' + signal("s2", "b", "c1", "3") + ']';
    const QByteArray oneEach = QByteArray() + '[' + signal("s1", "a", "c1", "1") + ',' + signal("s2", "b", "c2", "1") + ']';

    // (1·20 + 3·60) / (1 + 3) = 200 / 4
    QTest::newRow("weighted mean") << oneCategory << bothInC1 << 20.0 << 60.0 << 50.0 << NaN << 50.0;
    QTest::newRow("mean without the skipped signal") << oneCategory << bothInC1 << NaN << 40.0 << 40.0 << NaN << 40.0;
    // (1·50 + 3·40) / 4 = 170 / 4
    QTest::newRow("a neutral missing value counts")
        << oneCategory << QByteArray('[' + signal("s1", "a", "c1", "1", "neutral") + ',' + signal("s2", "b", "c1", "3") + ']')
        << NaN << 40.0 << 42.5 << NaN << 42.5;
    QTest::newRow("min") << oneMin << bothInC1 << 20.0 << 60.0 << 20.0 << NaN << 20.0;
    QTest::newRow("min without the skipped signal") << oneMin << bothInC1 << NaN << 60.0 << 60.0 << NaN << 60.0;
    QTest::newRow("min of a worst missing value") << oneMin
        << QByteArray('[' + signal("s1", "a", "c1", "1", "worst") + ',' + signal("s2", "b", "c1", "3") + ']')
        << NaN << 60.0 << 0.0 << NaN << 0.0;
    QTest::newRow("zero-weight signal left out of the mean")
        << oneCategory << QByteArray('[' + signal("s1", "a", "c1", "0") + ',' + signal("s2", "b", "c1", "2") + ']')
        << 100.0 << 10.0 << 10.0 << NaN << 10.0;
    QTest::newRow("zero-weight signal left out of the min")
        << oneMin << QByteArray('[' + signal("s1", "a", "c1", "0") + ',' + signal("s2", "b", "c1", "2") + ']')
        << 0.0 << 10.0 << 10.0 << NaN << 10.0;
    QTest::newRow("only a zero-weight signal: skipped, unscored")
        << oneCategory << QByteArray('[' + signal("s1", "a", "c1", "0") + ',' + signal("s2", "b", "c1", "2") + ']')
        << 100.0 << NaN << NaN << NaN << NaN;
    // (35·80 + 15·40) / (35 + 15) = 3400 / 50
    QTest::newRow("category weights") << twoCategories << oneEach << 80.0 << 40.0 << 80.0 << 40.0 << 68.0;
    QTest::newRow("skipped category left out of the base")
        << twoCategories << oneEach << NaN << 40.0 << NaN << 40.0 << 40.0;
    QTest::newRow("zero-weight category has a score but no share")
        << QByteArray(R"([{"id":"c1","weight":0},{"id":"c2","weight":15}])") << oneEach << 80.0 << 40.0 << 80.0
        << 40.0 << 40.0;
    QTest::newRow("every category skipped: unscored") << twoCategories << oneEach << NaN << NaN << NaN << NaN << NaN;
    // Weights are relative: (1·80 + 3·40) / 4 = 200 / 4
    QTest::newRow("weights need not add up to 100")
        << QByteArray(R"([{"id":"c1","weight":1},{"id":"c2","weight":3}])") << oneEach << 80.0 << 40.0 << 80.0
        << 40.0 << 50.0;
}

void tst_ScoringFormula::categories()
{
    QFETCH(QByteArray, categories);
    QFETCH(QByteArray, signals);
    QFETCH(double, a);
    QFETCH(double, b);
    QFETCH(double, c1);
    QFETCH(double, c2);
    QFETCH(double, base);
    const Dataset data = dataset({numberColumn(QStringLiteral("a"), {a}), numberColumn(QStringLiteral("b"), {b})});
    const Model model = parse(R"({"format":"tierlab-model","version":1,"categories":)" + categories
                              + R"(,"signals":)" + signals + R"(,"tiers":[{"id":"t","min":0}]})");
    const Explanation e = ScoringFormula(model, data).explain(0);
    COMPARE_BITS(e.categories[0].score, c1);
    if (e.categories.size() > 1)
        COMPARE_BITS(e.categories[1].score, c2);
    else
        QVERIFY(std::isnan(c2));
    COMPARE_BITS(e.baseScore, base);
    COMPARE_BITS(e.afterPenalties, base);
    COMPARE_BITS(e.score, base);
    QCOMPARE(e.scored, !std::isnan(base));
    QCOMPARE(e.tier, e.scored ? 0 : -1);
    // Contributions add up to the base score (exactly, in these cases); skipped or zero-weight
    // categories contribute nothing.
    double sum = 0;
    for (const CategoryExplanation &ce : e.categories) {
        if (std::isnan(ce.score) || ce.weight == 0)
            QCOMPARE(ce.contribution, 0.0);
        sum += ce.contribution;
    }
    QCOMPARE(sum, e.scored ? base : 0.0);
}

void tst_ScoringFormula::conditions_data()
{
    // One signal: linear 0..100 on "base" (the score is the value); conditions on n (number),
    // f (flag) and t (text). Per row: the score after penalties, the final score, and the hits as
    // "penalties;overrides" (an override marked * when it lowered the score).
    QTest::addColumn<QByteArray>("penalties");
    QTest::addColumn<QByteArray>("overrides");
    QTest::addColumn<std::vector<double>>("after");
    QTest::addColumn<std::vector<double>>("score");
    QTest::addColumn<QStringList>("hits");
    // rows:  0      1     2     3        4
    // base   80     5     50    95       NaN (unscored)
    // n      1      3     NaN   0        1
    // f      1      0     NaN   1        1
    // t      "Yes"  "No"  ""    "maybe"  "Yes"
    const QByteArray none = "[]";
    const std::vector<double> bases{80, 5, 50, 95, NaN};
    const QStringList noHits{u";"_s, u";"_s, u";"_s, u";"_s, u";"_s};
    QTest::newRow("no conditions") << none << none << bases << bases << noHits;
    // 80 − 10 = 70; 5 − 10 = −5 → 0
    QTest::newRow("penalty >=, clamped at 0")
        << QByteArray(R"([{"id":"p","column":"n","op":">=","value":1,"points":10}])") << none
        << std::vector<double>{70, 0, 50, 95, NaN} << std::vector<double>{70, 0, 50, 95, NaN}
        << QStringList{u"p;"_s, u"p;"_s, u";"_s, u";"_s, u"p;"_s};
    // 80 − (10 + 2.5) = 67.5; 95 − 12.5 = 82.5
    QTest::newRow("two penalties add up")
        << QByteArray(R"([{"id":"p1","column":"n","op":"<","value":5,"points":10},
                         {"id":"p2","column":"n","op":"<=","value":1,"points":2.5}])")
        << none << std::vector<double>{67.5, 0, 50, 82.5, NaN} << std::vector<double>{67.5, 0, 50, 82.5, NaN}
        << QStringList{u"p1,p2;"_s, u"p1;"_s, u";"_s, u"p1,p2;"_s, u"p1,p2;"_s};
    QTest::newRow("> and == on numbers")
        << QByteArray(R"([{"id":"gt","column":"n","op":">","value":2,"points":1},
                         {"id":"eq","column":"n","op":"==","value":0,"points":30}])")
        << none << std::vector<double>{80, 4, 50, 65, NaN} << std::vector<double>{80, 4, 50, 65, NaN}
        << QStringList{u";"_s, u"gt;"_s, u";"_s, u"eq;"_s, u";"_s};
    QTest::newRow("!= never matches a missing value")
        << QByteArray(R"([{"id":"p","column":"n","op":"!=","value":1,"points":10}])") << none
        << std::vector<double>{80, 0, 50, 85, NaN} << std::vector<double>{80, 0, 50, 85, NaN}
        << QStringList{u";"_s, u"p;"_s, u";"_s, u"p;"_s, u";"_s};
    QTest::newRow("flag == true") << QByteArray(R"([{"id":"p","column":"f","op":"==","value":true,"points":1}])")
                                  << none << std::vector<double>{79, 5, 50, 94, NaN}
                                  << std::vector<double>{79, 5, 50, 94, NaN} << QStringList{u"p;"_s, u";"_s, u";"_s, u"p;"_s, u"p;"_s};
    QTest::newRow("flag != true") << QByteArray(R"([{"id":"p","column":"f","op":"!=","value":true,"points":1}])")
                                  << none << std::vector<double>{80, 4, 50, 95, NaN}
                                  << std::vector<double>{80, 4, 50, 95, NaN} << QStringList{u";"_s, u"p;"_s, u";"_s, u";"_s, u";"_s};
    QTest::newRow("number == true: non-zero")
        << QByteArray(R"([{"id":"p","column":"n","op":"==","value":true,"points":1}])") << none
        << std::vector<double>{79, 4, 50, 95, NaN} << std::vector<double>{79, 4, 50, 95, NaN}
        << QStringList{u"p;"_s, u"p;"_s, u";"_s, u";"_s, u"p;"_s};
    QTest::newRow("text ==, value trimmed")
        << QByteArray(R"([{"id":"p","column":"t","op":"==","value":" Yes ","points":1}])") << none
        << std::vector<double>{79, 5, 50, 95, NaN} << std::vector<double>{79, 5, 50, 95, NaN}
        << QStringList{u"p;"_s, u";"_s, u";"_s, u";"_s, u"p;"_s};
    QTest::newRow("text !=") << QByteArray(R"([{"id":"p","column":"t","op":"!=","value":"Yes","points":1}])") << none
                             << std::vector<double>{80, 4, 50, 94, NaN} << std::vector<double>{80, 4, 50, 94, NaN}
                             << QStringList{u";"_s, u"p;"_s, u";"_s, u"p;"_s, u";"_s};
    QTest::newRow("text == false") << QByteArray(R"([{"id":"p","column":"t","op":"==","value":false,"points":1}])")
                                   << none << std::vector<double>{80, 4, 50, 95, NaN}
                                   << std::vector<double>{80, 4, 50, 95, NaN} << QStringList{u";"_s, u"p;"_s, u";"_s, u";"_s, u";"_s};
    QTest::newRow("text != false: an unknown word matches neither")
        << QByteArray(R"([{"id":"p","column":"t","op":"!=","value":false,"points":1}])") << none
        << std::vector<double>{79, 5, 50, 95, NaN} << std::vector<double>{79, 5, 50, 95, NaN}
        << QStringList{u"p;"_s, u";"_s, u";"_s, u";"_s, u"p;"_s};
    QTest::newRow("cap") << none << QByteArray(R"([{"id":"o","column":"f","op":"==","value":true,"cap":39}])")
                         << bases << std::vector<double>{39, 5, 50, 39, NaN}
                         << QStringList{u";o*"_s, u";"_s, u";"_s, u";o*"_s, u";o"_s};
    QTest::newRow("a cap never raises") << none
                                        << QByteArray(R"([{"id":"o","column":"n","op":">","value":2,"cap":39}])")
                                        << bases << bases << QStringList{u";"_s, u";o"_s, u";"_s, u";"_s, u";"_s};
    QTest::newRow("a cap equal to the score does not lower it")
        << none << QByteArray(R"([{"id":"o","column":"n","op":"==","value":1,"cap":80}])") << bases << bases
        << QStringList{u";o"_s, u";"_s, u";"_s, u";"_s, u";o"_s};
    QTest::newRow("lowest cap wins")
        << none
        << QByteArray(R"([{"id":"o1","column":"f","op":"==","value":true,"cap":60},
                         {"id":"o2","column":"n","op":"<=","value":1,"cap":30}])")
        << bases << std::vector<double>{30, 5, 50, 30, NaN} << QStringList{u";o1*,o2*"_s, u";"_s, u";"_s, u";o1*,o2*"_s, u";o1,o2"_s};
    QTest::newRow("a later, higher cap does not raise")
        << none
        << QByteArray(R"([{"id":"o1","column":"n","op":"<=","value":1,"cap":30},
                         {"id":"o2","column":"f","op":"==","value":true,"cap":60}])")
        << bases << std::vector<double>{30, 5, 50, 30, NaN} << QStringList{u";o1*,o2*"_s, u";"_s, u";"_s, u";o1*,o2*"_s, u";o1,o2"_s};
    // Row 0: 80 − 50 = 30, then the cap of 40 is above it.
    QTest::newRow("penalty, then a cap above the result")
        << QByteArray(R"([{"id":"p","column":"t","op":"==","value":"Yes","points":50}])")
        << QByteArray(R"([{"id":"o","column":"t","op":"==","value":"Yes","cap":40}])")
        << std::vector<double>{30, 5, 50, 95, NaN} << std::vector<double>{30, 5, 50, 95, NaN}
        << QStringList{u"p;o"_s, u";"_s, u";"_s, u";"_s, u"p;o"_s};
    // Row 3: 95 − 10 = 85, capped at 39.
    QTest::newRow("penalty, then a cap below the result")
        << QByteArray(R"([{"id":"p","column":"n","op":"<","value":1,"points":10}])")
        << QByteArray(R"([{"id":"o","column":"f","op":"==","value":true,"cap":39}])")
        << std::vector<double>{80, 5, 50, 85, NaN} << std::vector<double>{39, 5, 50, 39, NaN}
        << QStringList{u";o*"_s, u";"_s, u";"_s, u"p;o*"_s, u";o"_s};
    QTest::newRow("a cap of 0") << none << QByteArray(R"([{"id":"o","column":"t","op":"==","value":"No","cap":0}])")
                                << bases << std::vector<double>{80, 0, 50, 95, NaN}
                                << QStringList{u";"_s, u";o*"_s, u";"_s, u";"_s, u";"_s};
}

void tst_ScoringFormula::conditions()
{
    QFETCH(QByteArray, penalties);
    QFETCH(QByteArray, overrides);
    QFETCH(std::vector<double>, after);
    QFETCH(std::vector<double>, score);
    QFETCH(QStringList, hits);
    const Dataset data = dataset(
        {numberColumn(QStringLiteral("base"), {80, 5, 50, 95, NaN}), numberColumn(QStringLiteral("n"), {1, 3, NaN, 0, 1}),
         numberColumn(QStringLiteral("f"), {1, 0, NaN, 1, 1}, SignalType::Flag),
         textColumn(QStringLiteral("t"), {QStringLiteral("Yes"), QStringLiteral("No"), QString(), QStringLiteral("maybe"),
                                          QStringLiteral("Yes")})});
    const Model model = parse(R"({"format":"tierlab-model","version":1,"categories":[{"id":"c"}],
        "signals":[{"id":"s","column":"base","category":"c","rule":{"kind":"linear","worst":0,"best":100}}],
        "penalties":)" + penalties + R"(,"overrides":)" + overrides + R"(,"tiers":[{"id":"t","min":0}]})");
    const ScoringFormula formula(model, data);
    for (std::size_t r = 0; r < score.size(); ++r) {
        const Explanation e = formula.explain(r);
        COMPARE_BITS(e.afterPenalties, after[r]);
        COMPARE_BITS(e.score, score[r]);
        QStringList p, o;
        for (const PenaltyHit &hit : e.penalties)
            p << hit.id;
        for (const OverrideHit &hit : e.overrides)
            o << hit.id + (hit.lowered ? QStringLiteral("*") : QString());
        QCOMPARE(QString(p.join(u',') + u';' + o.join(u',')), hits[qsizetype(r)]);
    }
}

void tst_ScoringFormula::tiers_data()
{
    QTest::addColumn<double>("score");
    QTest::addColumn<int>("tier");
    // red 0, yellow 40, green 70: the tier with the largest min ≤ score, no rounding.
    QTest::newRow("0") << 0.0 << 0;
    QTest::newRow("just below 40") << std::nextafter(40.0, 0.0) << 0;
    QTest::newRow("exactly 40") << 40.0 << 1;
    QTest::newRow("69.99999999999999") << 69.99999999999999 << 1;
    QTest::newRow("exactly 70") << 70.0 << 2;
    QTest::newRow("100") << 100.0 << 2;
    QTest::newRow("unscored") << NaN << -1;
}

void tst_ScoringFormula::tiers()
{
    QFETCH(double, score);
    QFETCH(int, tier);
    // bands with one edge at 0: a value of 1 scores exactly the second listed score.
    const Dataset data = dataset({numberColumn(QStringLiteral("x"), {std::isnan(score) ? NaN : 1.0})});
    const Model model = oneSignal(QStringLiteral(R"({"kind":"bands","edges":[0],"scores":[0,%1]})")
                                      .arg(std::isnan(score) ? 0.0 : score, 0, 'g', 17).toUtf8(),
                                  QStringLiteral("skip"));
    const Explanation e = ScoringFormula(model, data).explain(0);
    COMPARE_BITS(e.score, score);
    QCOMPARE(e.tier, tier);
}

void tst_ScoringFormula::tierCaps_data()
{
    // Score = value (linear 0→100); tiers red 0, yellow 40, green 70. Per row the final score,
    // the tier of the score alone, the tier, and the overrides hit (* when it lowered).
    // rows:  0    1    2    3 (unscored)   4
    // value  80   50   20   NaN            80
    // f      1    1    1    1              0
    QTest::addColumn<QByteArray>("overrides");
    QTest::addColumn<std::vector<double>>("score");
    QTest::addColumn<std::vector<int>>("scoreTier");
    QTest::addColumn<std::vector<int>>("tier");
    QTest::addColumn<QStringList>("hits");
    const std::vector<double> values{80, 50, 20, NaN, 80};
    QTest::newRow("tier cap: green → yellow, the score kept")
        << QByteArray(R"([{"id":"o","column":"f","op":"==","value":true,"cap_tier":"yellow"}])") << values
        << std::vector<int>{2, 1, 0, -1, 2} << std::vector<int>{1, 1, 0, -1, 2}
        << QStringList{u"o*"_s, u"o"_s, u"o"_s, u"o"_s, QString()};
    QTest::newRow("tier cap at the lowest tier")
        << QByteArray(R"([{"id":"o","column":"f","op":"==","value":true,"cap_tier":"red"}])") << values
        << std::vector<int>{2, 1, 0, -1, 2} << std::vector<int>{0, 0, 0, -1, 2}
        << QStringList{u"o*"_s, u"o*"_s, u"o"_s, u"o"_s, QString()};
    // 80 capped at 60 is yellow; the tier cap red then lowers the tier too.
    QTest::newRow("cap and tier cap in one override")
        << QByteArray(R"([{"id":"o","column":"f","op":"==","value":true,"cap":60,"cap_tier":"red"}])")
        << std::vector<double>{60, 50, 20, NaN, 80} << std::vector<int>{1, 1, 0, -1, 2}
        << std::vector<int>{0, 0, 0, -1, 2} << QStringList{u"o*"_s, u"o*"_s, u"o"_s, u"o"_s, QString()};
    QTest::newRow("the lowest tier cap wins, in any order")
        << QByteArray(R"([{"id":"o1","column":"f","op":"==","value":true,"cap_tier":"red"},
                         {"id":"o2","column":"f","op":"==","value":true,"cap_tier":"yellow"}])")
        << values << std::vector<int>{2, 1, 0, -1, 2} << std::vector<int>{0, 0, 0, -1, 2}
        << QStringList{u"o1*,o2*"_s, u"o1*,o2"_s, u"o1,o2"_s, u"o1,o2"_s, QString()};
    // A numeric cap of 39 puts 80 in red; a tier cap of yellow never raises it back.
    QTest::newRow("a tier cap never raises")
        << QByteArray(R"([{"id":"o1","column":"f","op":"==","value":true,"cap":39},
                         {"id":"o2","column":"f","op":"==","value":true,"cap_tier":"yellow"}])")
        << std::vector<double>{39, 39, 20, NaN, 80} << std::vector<int>{0, 0, 0, -1, 2}
        << std::vector<int>{0, 0, 0, -1, 2} << QStringList{u"o1*,o2"_s, u"o1*,o2"_s, u"o1,o2"_s, u"o1,o2"_s, QString()};
}

void tst_ScoringFormula::tierCaps()
{
    QFETCH(QByteArray, overrides);
    QFETCH(std::vector<double>, score);
    QFETCH(std::vector<int>, scoreTier);
    QFETCH(std::vector<int>, tier);
    QFETCH(QStringList, hits);
    auto data = std::make_shared<const Dataset>(dataset({numberColumn(u"v"_s, {80, 50, 20, NaN, 80}),
                                                         numberColumn(u"f"_s, {1, 1, 1, 1, 0}, SignalType::Flag)}));
    const Model model = parse(R"({"format":"tierlab-model","version":2,"categories":[{"id":"c"}],
        "signals":[{"id":"s","column":"v","category":"c","rule":{"kind":"linear","worst":0,"best":100}}],
        "overrides":)" + overrides + R"(,
        "tiers":[{"id":"red","min":0},{"id":"yellow","min":40},{"id":"green","min":70}]})");
    const ScoringFormula formula(model, *data);
    ScoringEngine engine;
    QVERIFY(engine.setDataset(data));
    QVERIFY(engine.setModel(model));
    std::vector<std::int64_t> counts(3, 0);
    for (std::size_t r = 0; r < score.size(); ++r) {
        const Explanation e = formula.explain(r);
        COMPARE_BITS(e.score, score[r]);
        QCOMPARE(e.scoreTier, scoreTier[r]);
        QCOMPARE(e.tier, tier[r]);
        QStringList o;
        for (const OverrideHit &hit : e.overrides)
            o << hit.id + (hit.lowered ? QStringLiteral("*") : QString());
        QCOMPARE(o.join(u','), hits[qsizetype(r)]);
        COMPARE_BITS(engine.scores()[r], score[r]);
        QCOMPARE(int(engine.tiers()[r]), tier[r]);
        QCOMPARE(engine.explain(r).tier, tier[r]);
        if (tier[r] >= 0)
            ++counts[std::size_t(tier[r])];
    }
    QCOMPARE(engine.summary().tierCounts, counts);
}

void tst_ScoringFormula::explanationFields()
{
    // Engagement (W 30, label): logins linear 0..20 weight 2, seats linear 0..1 weight 1.
    // Relationship (W 10): contract map, missing neutral. Penalty p1 >= 1: 5 points.
    // Override champion_left == true: cap 39.
    const Dataset data = dataset({numberColumn(QStringLiteral("logins"), {15, 5}),
                                  numberColumn(QStringLiteral("seats"), {NaN, 1}),
                                  textColumn(QStringLiteral("contract"), {QStringLiteral("Two year"), QString()}),
                                  numberColumn(QStringLiteral("p1"), {2, 0}),
                                  numberColumn(QStringLiteral("champion_left"), {0, 1}, SignalType::Flag)});
    const Model model = parse(R"({"format":"tierlab-model","version":1,
        "categories":[{"id":"engagement","label":"Engagement","weight":30},{"id":"relationship","weight":10}],
        "signals":[
          {"id":"logins","label":"Logins","category":"engagement","weight":2,"rule":{"kind":"linear","worst":0,"best":20}},
          {"id":"seats","column":"seats","category":"engagement","rule":{"kind":"linear","worst":0,"best":1}},
          {"id":"contract","category":"relationship","rule":{"kind":"map","scores":{"Two year":100},"default":40},"missing":"neutral"}],
        "penalties":[{"id":"p1_open","column":"p1","label":"Open P1","op":">=","value":1,"points":5}],
        "overrides":[{"id":"champion_left","op":"==","value":true,"cap":39,"reason":"Champion left"}],
        "tiers":[{"id":"red","min":0},{"id":"yellow","min":40},{"id":"green","min":70}]})");
    const ScoringFormula formula(model, data);

    // Row 0: logins 15/20 → 75, seats missing (skipped) → engagement (2·75)/2 = 75; contract 100.
    // Base (30·75 + 10·100)/40 = 3250/40 = 81.25; P1 penalty 5 → 76.25; no override → green.
    const Explanation e = formula.explain(0);
    QCOMPARE(e.row, std::size_t(0));
    QCOMPARE(e.accountId, QStringLiteral("ACC-1"));
    QVERIFY(e.scored);
    QCOMPARE(e.baseScore, 81.25);
    QCOMPARE(e.afterPenalties, 76.25);
    QCOMPARE(e.score, 76.25);
    QCOMPARE(e.tier, 2);
    QCOMPARE(e.coverage, 0.75);   // weights 2 + 1 + 1; seats (1) missing
    QCOMPARE(e.signals.size(), std::size_t(3));
    QCOMPARE(e.signals[0].id, QStringLiteral("logins"));
    QCOMPARE(e.signals[0].label, QStringLiteral("Logins"));
    QCOMPARE(e.signals[0].category, QStringLiteral("engagement"));
    QCOMPARE(e.signals[0].column, QStringLiteral("logins"));   // the id when no column is given
    QVERIFY(e.signals[0].present);
    QCOMPARE(e.signals[0].value, 15.0);
    QCOMPARE(e.signals[0].score, 75.0);
    QCOMPARE(e.signals[0].weight, 2.0);
    QVERIFY(e.signals[0].counted);
    QVERIFY(!e.signals[1].present);
    QVERIFY(std::isnan(e.signals[1].value));
    QVERIFY(std::isnan(e.signals[1].score));
    QVERIFY(!e.signals[1].counted);
    QVERIFY(e.signals[2].present);
    QCOMPARE(e.signals[2].text, QStringLiteral("Two year"));
    QVERIFY(std::isnan(e.signals[2].value));
    QCOMPARE(e.signals[2].score, 100.0);
    QCOMPARE(e.categories.size(), std::size_t(2));
    QCOMPARE(e.categories[0].id, QStringLiteral("engagement"));
    QCOMPARE(e.categories[0].label, QStringLiteral("Engagement"));
    QCOMPARE(e.categories[0].weight, 30.0);
    QCOMPARE(e.categories[0].score, 75.0);
    QCOMPARE(e.categories[0].weightShare, 0.75);                 // 30 / 40
    QCOMPARE(e.categories[0].contribution, 56.25);               // 30·75 / 40
    QCOMPARE(e.categories[0].share, 56.25 / 81.25);
    QCOMPARE(e.categories[1].weightShare, 0.25);                 // 10 / 40
    QCOMPARE(e.categories[1].contribution, 25.0);                // 10·100 / 40
    QCOMPARE(e.categories[1].share, 25.0 / 81.25);
    QCOMPARE(e.penalties.size(), std::size_t(1));
    QCOMPARE(e.penalties[0].id, QStringLiteral("p1_open"));
    QCOMPARE(e.penalties[0].label, QStringLiteral("Open P1"));
    QCOMPARE(e.penalties[0].points, 5.0);
    QVERIFY(e.overrides.empty());

    // Row 1: logins 5/20 → 25, seats 1/1 → 100: (2·25 + 1·100)/3 = 50; contract missing → neutral 50.
    // Base 50, no penalty; champion left → capped at 39 → red.
    const Explanation f = formula.explain(1);
    QCOMPARE(f.baseScore, 50.0);
    QCOMPARE(f.afterPenalties, 50.0);
    QCOMPARE(f.score, 39.0);
    QCOMPARE(f.tier, 0);
    QCOMPARE(f.coverage, 0.75);   // contract (1) missing
    QVERIFY(!f.signals[2].present);
    QCOMPARE(f.signals[2].score, 50.0);
    QVERIFY(f.signals[2].counted);
    QVERIFY(f.penalties.empty());
    QCOMPARE(f.overrides.size(), std::size_t(1));
    QCOMPARE(f.overrides[0].id, QStringLiteral("champion_left"));
    QCOMPARE(f.overrides[0].reason, QStringLiteral("Champion left"));
    QCOMPARE(f.overrides[0].cap, 39.0);
    QVERIFY(f.overrides[0].lowered);

    // The engine's explain() is this formula, and its scores are the same bits.
    ScoringEngine engine;
    QVERIFY(engine.setDataset(std::make_shared<const Dataset>(data)));
    QVERIFY(engine.setModel(model));
    for (std::size_t r = 0; r < 2; ++r) {
        const Explanation g = engine.explain(r);
        COMPARE_BITS(g.score, formula.explain(r).score);
        COMPARE_BITS(engine.scores()[r], g.score);
        QCOMPARE(int(engine.tiers()[r]), g.tier);
        QCOMPARE(g.coverage, formula.explain(r).coverage);
    }
}

void tst_ScoringFormula::unscoredExplanation()
{
    // Every signal skipped: no base, no score, no tier; conditions are still listed, nothing lowered.
    const Dataset data = dataset({numberColumn(QStringLiteral("x"), {NaN}),
                                  numberColumn(QStringLiteral("flag"), {1}, SignalType::Flag)});
    const Model model = parse(R"({"format":"tierlab-model","version":1,"categories":[{"id":"c","weight":5}],
        "signals":[{"id":"s","column":"x","category":"c","weight":4,"rule":{"kind":"linear","worst":0,"best":1}},
                   {"id":"z","column":"flag","category":"c","weight":0,"rule":{"kind":"flag"}}],
        "penalties":[{"id":"p","column":"flag","op":"==","value":true,"points":3}],
        "overrides":[{"id":"o","column":"flag","op":"==","value":true,"cap":10}],
        "tiers":[{"id":"t","min":0}]})");
    const Explanation e = ScoringFormula(model, data).explain(0);
    QVERIFY(!e.scored);
    QVERIFY(std::isnan(e.baseScore));
    QVERIFY(std::isnan(e.afterPenalties));
    QVERIFY(std::isnan(e.score));
    QCOMPARE(e.tier, -1);
    QCOMPARE(e.coverage, 0.0);   // the weight-0 flag is present but adds no weight: 0 / 4
    QVERIFY(e.signals[1].present);
    QVERIFY(!e.signals[1].counted);   // weight 0
    QCOMPARE(e.signals[1].score, 100.0);
    QVERIFY(std::isnan(e.categories[0].score));
    QCOMPARE(e.categories[0].weightShare, 0.0);
    QCOMPARE(e.penalties.size(), std::size_t(1));
    QCOMPARE(e.overrides.size(), std::size_t(1));
    QVERIFY(!e.overrides[0].lowered);
}

void tst_ScoringFormula::demoEqualsEngine_data()
{
    QTest::addColumn<QString>("seed");
    QTest::newRow("seed default") << ":/models/seed-default.json";
    QTest::newRow("seed simple") << ":/models/seed-simple.json";
}

void tst_ScoringFormula::demoEqualsEngine()
{
    // Every account of the first and last snapshot of a demo portfolio (more accounts than one
    // engine block of 2048): the formula's score, tier, category and signal scores are the engine's
    // bits, and so are the engine's explain() results.
    QFETCH(QString, seed);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.tierlab"));
    DemoOptions options;
    options.accounts = 2500;
    options.weeks = 3;
    const Result<DemoStats> stats = DemoGenerator::generateFile(path, options);
    QVERIFY2(stats, stats ? "" : qPrintable(stats.error().message));
    auto ws = Workspace::open(path);
    QVERIFY(ws);
    const Result<std::vector<QDate>> dates = (*ws)->asOfDates();
    QVERIFY(dates && dates->size() >= 2);
    const Result<Model> model = ModelFile::load(seed);
    QVERIFY2(model, model ? "" : qPrintable(model.error().message));
    for (const QDate &date : {dates->front(), dates->back()}) {
        Result<Dataset> loaded = (*ws)->loadSnapshot(date);
        QVERIFY(loaded);
        auto data = std::make_shared<const Dataset>(std::move(*loaded));
        ScoringEngine engine;
        QVERIFY(engine.setDataset(data));
        const Result<void> ok = engine.setModel(*model);
        QVERIFY2(ok, ok ? "" : qPrintable(ok.error().message));
        const ScoringFormula formula(*model, *data);
        std::vector<int> perTier(model->tiers.size(), 0);
        int penalised = 0;
        for (std::size_t r = 0; r < data->size(); ++r) {
            const Explanation e = formula.explain(r);
            const QString where = QStringLiteral("%1 row %2: ").arg(date.toString(Qt::ISODate)).arg(r);
            QVERIFY2(sameBits(e.score, engine.scores()[r]),
                     qPrintable(QString(where + describe(e.score) + u" vs the engine's " + describe(engine.scores()[r]))));
            QCOMPARE(e.tier, int(engine.tiers()[r]));
            for (std::size_t c = 0; c < e.categories.size(); ++c)
                QVERIFY2(sameBits(e.categories[c].score, engine.categoryScore(int(c), r)), qPrintable(where));
            for (std::size_t s = 0; s < e.signals.size(); ++s)
                QVERIFY2(sameBits(e.signals[s].score, engine.signalScore(int(s), r)), qPrintable(where));
            const Explanation g = engine.explain(r);
            QVERIFY2(sameBits(g.score, e.score) && sameBits(g.baseScore, e.baseScore) && g.tier == e.tier,
                     qPrintable(where));
            if (e.tier >= 0)
                ++perTier[std::size_t(e.tier)];
            penalised += e.penalties.empty() ? 0 : 1;
        }
        // Not vacuous: every tier is reached and penalties fire.
        for (int count : perTier)
            QVERIFY(count > 0);
        QVERIFY(penalised > 0);
        QCOMPARE(std::int64_t(std::accumulate(perTier.begin(), perTier.end(), 0)), engine.summary().scored);
    }
}

QTEST_GUILESS_MAIN(tst_ScoringFormula)
#include "tst_scoringformula.moc"
