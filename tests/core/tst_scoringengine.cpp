// Tests of ScoringEngine: every rule kind and edge of docs/model-format.md with hand-computed
// values, the aggregation, penalties, overrides and tiers, explain(), a property test (incremental
// edits == scoring from scratch, bit for bit) and the Telco and demo data scored against
// ScoringFormula, the one-account-at-a-time statement of the spec.
#include "datasetbuilder.h"
#include "demo/demogenerator.h"
#include "engine/scoringengine.h"
#include "engine/scoringformula.h"
#include "model/modelvalidator.h"
#include "model/modelfile.h"
#include "store/workspace.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <cstring>

using namespace tierlab;

namespace {

constexpr double NaN = std::numeric_limits<double>::quiet_NaN();

bool same(double a, double b)
{
    // Bit-for-bit up to the sign of zero; NaN equals NaN (both "unscored").
    return (std::isnan(a) && std::isnan(b)) || a == b;
}

using test::numberColumn;
using test::textColumn;

std::shared_ptr<Dataset> dataset(std::vector<Column> columns, std::vector<double> arr = {})
{
    auto d = std::make_shared<Dataset>();
    const std::size_t n = columns.empty() ? arr.size()
                          : columns[0].info.type == SignalType::Category ? columns[0].codes.size()
                                                                          : columns[0].numbers.size();
    for (std::size_t i = 0; i < n; ++i)
        d->accountIds.push_back(QStringLiteral("ACC-%1").arg(i + 1, 5, 10, QLatin1Char('0')));
    d->arr = arr.empty() ? std::vector<double>(n, NaN) : std::move(arr);
    d->columns = std::move(columns);
    return d;
}

Model parse(const QByteArray &json)
{
    Result<Model> m = ModelFile::fromJson(json);
    if (!m)
        qFatal("bad test model: %s", qPrintable(m.error().message));
    return *m;
}

// A model with one category "c" holding one signal "s" on column "x" with `rule` and `missing`.
Model oneSignal(const QByteArray &rule, const QByteArray &missing = "skip")
{
    return parse(R"({"format":"tierlab-model","version":1,"categories":[{"id":"c","weight":1}],
        "signals":[{"id":"s","column":"x","category":"c","rule":)" + rule + R"(,"missing":")" + missing + R"("}],
        "tiers":[{"id":"red","min":0},{"id":"yellow","min":40},{"id":"green","min":70}]})");
}

// Checks every account of `engine` against ScoringFormula (the spec in code, one account at a
// time, tested on its own with hand-computed cases in tst_scoringformula), bit for bit.
void compareWithReference(const ScoringEngine &engine, const char *where)
{
    const ScoringFormula formula(engine.model(), *engine.dataset());
    ScoreSummary expected;
    expected.tierCounts.assign(engine.model().tiers.size(), 0);
    expected.tierArr.assign(engine.model().tiers.size(), 0);
    for (std::size_t r = 0; r < engine.size(); ++r) {
        const Explanation e = formula.explain(r);
        if (!same(engine.scores()[r], e.score))
            QFAIL(qPrintable(QStringLiteral("%1: row %2: engine %3, formula %4")
                                 .arg(QLatin1StringView(where))
                                 .arg(r)
                                 .arg(engine.scores()[r], 0, 'g', 17)
                                 .arg(e.score, 0, 'g', 17)));
        QCOMPARE(int(engine.tiers()[r]), e.tier);
        // explain() is the formula fed the engine's cached percentile columns: the same bits.
        if (r % 53 == 0) {
            const Explanation g = engine.explain(r);
            QVERIFY(same(g.score, e.score) && g.tier == e.tier);
        }
        if (e.tier < 0)
            ++expected.unscored;
        else
            ++expected.tierCounts[std::size_t(e.tier)];
    }
    QCOMPARE(engine.summary().tierCounts, expected.tierCounts);
    QCOMPARE(engine.summary().unscored, expected.unscored);
    QCOMPARE(engine.summary().scored, std::int64_t(engine.size()) - expected.unscored);
}

} // namespace

class tst_ScoringEngine : public QObject
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
    void aggregation_data();
    void aggregation();
    void conditions_data();
    void conditions();
    void tierBoundaries_data();
    void tierBoundaries();
    void summaryCountsAndArr();
    void explain();
    void bindErrors_data();
    void bindErrors();
    void setterErrorsKeepState();
    void incrementalEqualsScratch();
    void telcoMatchesReference();
};

void tst_ScoringEngine::linearRule_data()
{
    QTest::addColumn<double>("worst");
    QTest::addColumn<double>("best");
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("missing");
    QTest::addColumn<double>("expected");

    QTest::newRow("middle") << 0.0 << 10.0 << 5.0 << "skip" << 50.0;
    QTest::newRow("quarter") << 0.0 << 8.0 << 2.0 << "skip" << 25.0;
    QTest::newRow("exactly worst") << 0.0 << 10.0 << 0.0 << "skip" << 0.0;
    QTest::newRow("exactly best") << 0.0 << 10.0 << 10.0 << "skip" << 100.0;
    QTest::newRow("below worst clamps") << 0.0 << 10.0 << -5.0 << "skip" << 0.0;
    QTest::newRow("above best clamps") << 0.0 << 10.0 << 15.0 << "skip" << 100.0;
    QTest::newRow("fractions") << 0.25 << 0.75 << 0.5 << "skip" << 50.0;
    QTest::newRow("lower is better") << 10.0 << 0.0 << 2.5 << "skip" << 75.0;
    QTest::newRow("lower is better, at worst") << 10.0 << 0.0 << 10.0 << "skip" << 0.0;
    QTest::newRow("lower is better, at best") << 10.0 << 0.0 << 0.0 << "skip" << 100.0;
    QTest::newRow("lower is better, past worst") << 10.0 << 0.0 << 12.0 << "skip" << 0.0;
    QTest::newRow("lower is better, past best") << 10.0 << 0.0 << -3.0 << "skip" << 100.0;
    QTest::newRow("negative range") << -1.0 << 1.0 << 0.0 << "skip" << 50.0;
    QTest::newRow("missing skip") << 0.0 << 10.0 << NaN << "skip" << NaN;
    QTest::newRow("missing neutral") << 0.0 << 10.0 << NaN << "neutral" << 50.0;
    QTest::newRow("missing worst") << 0.0 << 10.0 << NaN << "worst" << 0.0;
}

void tst_ScoringEngine::linearRule()
{
    QFETCH(double, worst);
    QFETCH(double, best);
    QFETCH(double, value);
    QFETCH(QString, missing);
    QFETCH(double, expected);
    ScoringEngine engine;
    QVERIFY(engine.setDataset(dataset({numberColumn(QStringLiteral("x"), {value})})));
    const QByteArray rule = QStringLiteral(R"({"kind":"linear","worst":%1,"best":%2})").arg(worst).arg(best).toUtf8();
    const Result<void> ok = engine.setModel(oneSignal(rule, missing.toUtf8()));
    QVERIFY2(ok, ok ? "" : qPrintable(ok.error().message));
    QVERIFY2(same(engine.signalScore(0, 0), expected), qPrintable(QString::number(engine.signalScore(0, 0))));
    QVERIFY(same(engine.scores()[0], expected));
    QCOMPARE(engine.summary().unscored, std::isnan(expected) ? 1 : 0);
}

void tst_ScoringEngine::bandsRule_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("missing");
    QTest::addColumn<double>("expected");
    // edges [10, 20, 30], scores [0, 40, 70, 100]
    QTest::newRow("below the first edge") << 5.0 << "skip" << 0.0;
    QTest::newRow("far below") << -1e300 << "skip" << 0.0;
    QTest::newRow("exactly the first edge") << 10.0 << "skip" << 40.0;
    QTest::newRow("just below the second edge") << 19.999 << "skip" << 40.0;
    QTest::newRow("exactly the second edge") << 20.0 << "skip" << 70.0;
    QTest::newRow("inside the third band") << 25.0 << "skip" << 70.0;
    QTest::newRow("exactly the last edge") << 30.0 << "skip" << 100.0;
    QTest::newRow("far above") << 1e300 << "skip" << 100.0;
    QTest::newRow("missing skip") << NaN << "skip" << NaN;
    QTest::newRow("missing neutral") << NaN << "neutral" << 50.0;
    QTest::newRow("missing worst") << NaN << "worst" << 0.0;
}

void tst_ScoringEngine::bandsRule()
{
    QFETCH(double, value);
    QFETCH(QString, missing);
    QFETCH(double, expected);
    ScoringEngine engine;
    QVERIFY(engine.setDataset(dataset({numberColumn(QStringLiteral("x"), {value})})));
    QVERIFY(engine.setModel(oneSignal(R"({"kind":"bands","edges":[10,20,30],"scores":[0,40,70,100]})", missing.toUtf8())));
    QVERIFY(same(engine.signalScore(0, 0), expected));
    QVERIFY(same(engine.scores()[0], expected));
}

void tst_ScoringEngine::mapRule_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("missing");
    QTest::addColumn<double>("expected");
    QTest::newRow("listed") << "Two year" << "skip" << 100.0;
    QTest::newRow("listed, other") << "One year" << "skip" << 60.0;
    QTest::newRow("trimmed") << "  One year " << "skip" << 60.0;
    QTest::newRow("not listed gets default") << "Monthly" << "skip" << 25.0;
    QTest::newRow("case matters") << "two year" << "skip" << 25.0;
    QTest::newRow("missing skip") << "" << "skip" << NaN;
    QTest::newRow("missing neutral") << "" << "neutral" << 50.0;
    QTest::newRow("missing worst") << "" << "worst" << 0.0;
}

void tst_ScoringEngine::mapRule()
{
    QFETCH(QString, value);
    QFETCH(QString, missing);
    QFETCH(double, expected);
    ScoringEngine engine;
    QVERIFY(engine.setDataset(dataset({textColumn(QStringLiteral("x"), {value, QStringLiteral("Other")})})));
    QVERIFY(engine.setModel(oneSignal(R"({"kind":"map","scores":{"Two year":100," One year":60},"default":25})",
                                      missing.toUtf8())));
    QVERIFY(same(engine.signalScore(0, 0), expected));
    QVERIFY(same(engine.scores()[0], expected));
    QCOMPARE(engine.scores()[1], 25.0);
}

void tst_ScoringEngine::flagRule_data()
{
    QTest::addColumn<int>("type");   // SignalType
    QTest::addColumn<double>("number");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("missing");
    QTest::addColumn<double>("expected");
    const int flag = int(SignalType::Flag), number = int(SignalType::Number), text = int(SignalType::Category);
    // rule: true 80, false 20
    QTest::newRow("flag 1") << flag << 1.0 << "" << "skip" << 80.0;
    QTest::newRow("flag 0") << flag << 0.0 << "" << "skip" << 20.0;
    QTest::newRow("flag missing") << flag << NaN << "" << "neutral" << 50.0;
    QTest::newRow("number non-zero") << number << 3.5 << "" << "skip" << 80.0;
    QTest::newRow("number negative") << number << -1.0 << "" << "skip" << 80.0;
    QTest::newRow("number zero") << number << 0.0 << "" << "skip" << 20.0;
    QTest::newRow("number missing") << number << NaN << "" << "worst" << 0.0;
    QTest::newRow("text Yes") << text << 0.0 << "Yes" << "skip" << 80.0;
    QTest::newRow("text TRUE") << text << 0.0 << "TRUE" << "skip" << 80.0;
    QTest::newRow("text y trimmed") << text << 0.0 << " y " << "skip" << 80.0;
    QTest::newRow("text 1") << text << 0.0 << "1" << "skip" << 80.0;
    QTest::newRow("text no") << text << 0.0 << "no" << "skip" << 20.0;
    QTest::newRow("text False") << text << 0.0 << "False" << "skip" << 20.0;
    QTest::newRow("text N") << text << 0.0 << "N" << "skip" << 20.0;
    QTest::newRow("text 0") << text << 0.0 << "0" << "skip" << 20.0;
    QTest::newRow("text other is missing, skip") << text << 0.0 << "maybe" << "skip" << NaN;
    QTest::newRow("text other is missing, neutral") << text << 0.0 << "No internet service" << "neutral" << 50.0;
    QTest::newRow("text empty, worst") << text << 0.0 << "" << "worst" << 0.0;
}

void tst_ScoringEngine::flagRule()
{
    QFETCH(int, type);
    QFETCH(double, number);
    QFETCH(QString, text);
    QFETCH(QString, missing);
    QFETCH(double, expected);
    ScoringEngine engine;
    const auto t = SignalType(type);
    QVERIFY(engine.setDataset(dataset({t == SignalType::Category ? textColumn(QStringLiteral("x"), {text})
                                                                 : numberColumn(QStringLiteral("x"), {number}, t)})));
    const Result<void> ok = engine.setModel(oneSignal(R"({"kind":"flag","true":80,"false":20})", missing.toUtf8()));
    QVERIFY2(ok, ok ? "" : qPrintable(ok.error().message));
    QVERIFY(same(engine.signalScore(0, 0), expected));
    QVERIFY(same(engine.scores()[0], expected));
}

void tst_ScoringEngine::percentileRule_data()
{
    QTest::addColumn<std::vector<double>>("values");
    QTest::addColumn<bool>("invert");
    QTest::addColumn<std::vector<double>>("expected");
    // n = 4 present values: s = 100·(below + 0.5·(equal − 1)) / 3
    QTest::newRow("ties share the mid-rank")
        << std::vector<double>{10, 20, 20, 30, NaN} << false << std::vector<double>{0, 50, 50, 100, NaN};
    QTest::newRow("inverted") << std::vector<double>{10, 20, 20, 30, NaN} << true
                              << std::vector<double>{100, 50, 50, 0, NaN};
    QTest::newRow("distinct") << std::vector<double>{5, 1, 4, 2, 3} << false
                              << std::vector<double>{100, 0, 75, 25, 50};
    QTest::newRow("all equal") << std::vector<double>{7, 7, 7} << false << std::vector<double>{50, 50, 50};
    QTest::newRow("one present value") << std::vector<double>{NaN, 3, NaN} << false
                                       << std::vector<double>{NaN, 50, NaN};
    QTest::newRow("one present value, inverted") << std::vector<double>{3} << true << std::vector<double>{50};
    QTest::newRow("three-way tie at the bottom")
        << std::vector<double>{1, 1, 1, 2} << false << std::vector<double>{100.0 / 3, 100.0 / 3, 100.0 / 3, 100};
    QTest::newRow("negative zero equals zero") << std::vector<double>{-0.0, 0.0, 1} << false
                                               << std::vector<double>{25, 25, 100};
    QTest::newRow("nothing present") << std::vector<double>{NaN, NaN} << false << std::vector<double>{NaN, NaN};
}

void tst_ScoringEngine::percentileRule()
{
    QFETCH(std::vector<double>, values);
    QFETCH(bool, invert);
    QFETCH(std::vector<double>, expected);
    ScoringEngine engine;
    QVERIFY(engine.setDataset(dataset({numberColumn(QStringLiteral("x"), values)})));
    QVERIFY(engine.setModel(oneSignal(invert ? R"({"kind":"percentile","invert":true})" : R"({"kind":"percentile"})")));
    for (std::size_t r = 0; r < values.size(); ++r) {
        QVERIFY2(same(engine.signalScore(0, r), expected[r]),
                 qPrintable(QStringLiteral("row %1: %2").arg(r).arg(engine.signalScore(0, r), 0, 'g', 17)));
        QVERIFY(same(engine.scores()[r], expected[r]));
    }
    const std::vector<double> direct = ScoringEngine::percentileScores(values.data(), values.size(), invert, NaN);
    for (std::size_t r = 0; r < values.size(); ++r)
        QVERIFY(same(direct[r], expected[r]));
}

void tst_ScoringEngine::aggregation_data()
{
    // Columns: a, b (numbers, linear 0..100 so the score is the value), t (flag).
    QTest::addColumn<QByteArray>("categories");
    QTest::addColumn<QByteArray>("signals");
    QTest::addColumn<std::vector<double>>("a");
    QTest::addColumn<std::vector<double>>("b");
    QTest::addColumn<std::vector<double>>("expected");
    const QByteArray lin = R"("rule":{"kind":"linear","worst":0,"best":100})";
    const QByteArray twoInOne = R"([{"id":"s1","column":"a","category":"c1","weight":1,)" + lin +
                                R"(},{"id":"s2","column":"b","category":"c1","weight":3,)" + lin + "}]";
    QTest::newRow("weighted mean") << QByteArray(R"([{"id":"c1","weight":1}])") << twoInOne
                                   << std::vector<double>{100, 20, NaN, NaN} << std::vector<double>{0, 60, 40, NaN}
                                   << std::vector<double>{25, 50, 40, NaN};
    QTest::newRow("min aggregate") << QByteArray(R"([{"id":"c1","weight":1,"aggregate":"min"}])") << twoInOne
                                   << std::vector<double>{100, 20, NaN, NaN} << std::vector<double>{0, 60, 40, NaN}
                                   << std::vector<double>{0, 20, 40, NaN};
    QTest::newRow("zero-weight signal is left out")
        << QByteArray(R"([{"id":"c1","weight":1}])")
        << QByteArray(R"([{"id":"s1","column":"a","category":"c1","weight":0,)" + lin +
                      R"(},{"id":"s2","column":"b","category":"c1","weight":2,)" + lin + "}]")
        << std::vector<double>{100, 100} << std::vector<double>{10, NaN} << std::vector<double>{10, NaN};
    QTest::newRow("zero-weight signal is left out of min")
        << QByteArray(R"([{"id":"c1","weight":1,"aggregate":"min"}])")
        << QByteArray(R"([{"id":"s1","column":"a","category":"c1","weight":0,)" + lin +
                      R"(},{"id":"s2","column":"b","category":"c1","weight":2,)" + lin + "}]")
        << std::vector<double>{0} << std::vector<double>{10} << std::vector<double>{10};
    // Two categories: c1 (W 35) holds a, c2 (W 15) holds b. (35·80 + 15·40) / 50 = 68.
    const QByteArray oneEach = R"([{"id":"s1","column":"a","category":"c1",)" + lin +
                               R"(},{"id":"s2","column":"b","category":"c2",)" + lin + "}]";
    QTest::newRow("category weights") << QByteArray(R"([{"id":"c1","weight":35},{"id":"c2","weight":15}])")
                                      << oneEach << std::vector<double>{80} << std::vector<double>{40}
                                      << std::vector<double>{68};
    QTest::newRow("category with every signal skipped")
        << QByteArray(R"([{"id":"c1","weight":35},{"id":"c2","weight":15}])") << oneEach
        << std::vector<double>{NaN, 80} << std::vector<double>{40, NaN} << std::vector<double>{40, 80};
    QTest::newRow("zero-weight category is left out")
        << QByteArray(R"([{"id":"c1","weight":0},{"id":"c2","weight":15}])") << oneEach
        << std::vector<double>{80, 80} << std::vector<double>{40, NaN} << std::vector<double>{40, NaN};
    QTest::newRow("unscored account") << QByteArray(R"([{"id":"c1","weight":35},{"id":"c2","weight":15}])")
                                      << oneEach << std::vector<double>{NaN} << std::vector<double>{NaN}
                                      << std::vector<double>{NaN};
}

void tst_ScoringEngine::aggregation()
{
    QFETCH(QByteArray, categories);
    QFETCH(QByteArray, signals);
    QFETCH(std::vector<double>, a);
    QFETCH(std::vector<double>, b);
    QFETCH(std::vector<double>, expected);
    ScoringEngine engine;
    QVERIFY(engine.setDataset(dataset({numberColumn(QStringLiteral("a"), a), numberColumn(QStringLiteral("b"), b)})));
    const Result<void> ok = engine.setModel(parse(R"({"format":"tierlab-model","version":1,"categories":)" + categories
                                                  + R"(,"signals":)" + signals + R"(,"tiers":[{"id":"t","min":0}]})"));
    QVERIFY2(ok, ok ? "" : qPrintable(ok.error().message));
    for (std::size_t r = 0; r < a.size(); ++r) {
        QVERIFY2(same(engine.scores()[r], expected[r]),
                 qPrintable(QStringLiteral("row %1: %2").arg(r).arg(engine.scores()[r], 0, 'g', 17)));
        QCOMPARE(int(engine.tiers()[r]), std::isnan(expected[r]) ? -1 : 0);
    }
    compareWithReference(engine, "aggregation");
}

void tst_ScoringEngine::conditions_data()
{
    // One signal: linear on "base" (the score is the value). Conditions on n (number), f (flag),
    // t (text). Expected final scores per row.
    QTest::addColumn<QByteArray>("penalties");
    QTest::addColumn<QByteArray>("overrides");
    QTest::addColumn<std::vector<double>>("expected");
    // rows:          0      1      2     3
    // base           80     5      50    95
    // n              1      3      NaN   0
    // f              1      0      NaN   1
    // t              "Yes"  "No"   ""    "maybe"
    const QByteArray none = "[]";
    QTest::newRow("no conditions") << none << none << std::vector<double>{80, 5, 50, 95};
    QTest::newRow("penalty >=") << QByteArray(R"([{"id":"p","column":"n","op":">=","value":1,"points":10}])") << none
                                << std::vector<double>{70, 0, 50, 95};
    QTest::newRow("penalty pushes below 0 then clamps")
        << QByteArray(R"([{"id":"p","column":"n","op":">","value":2,"points":10}])") << none
        << std::vector<double>{80, 0, 50, 95};
    QTest::newRow("two penalties add up")
        << QByteArray(R"([{"id":"p1","column":"n","op":"<","value":5,"points":10},
                         {"id":"p2","column":"n","op":"<=","value":1,"points":2.5}])")
        << none << std::vector<double>{67.5, 0, 50, 82.5};
    QTest::newRow("!= never matches a missing value")
        << QByteArray(R"([{"id":"p","column":"n","op":"!=","value":1,"points":10}])") << none
        << std::vector<double>{80, 0, 50, 85};
    QTest::newRow("== number") << QByteArray(R"([{"id":"p","column":"n","op":"==","value":0,"points":30}])") << none
                               << std::vector<double>{80, 5, 50, 65};
    QTest::newRow("flag == true") << QByteArray(R"([{"id":"p","column":"f","op":"==","value":true,"points":1}])")
                                  << none << std::vector<double>{79, 5, 50, 94};
    QTest::newRow("flag != true") << QByteArray(R"([{"id":"p","column":"f","op":"!=","value":true,"points":1}])")
                                  << none << std::vector<double>{80, 4, 50, 95};
    QTest::newRow("number compared with true") << QByteArray(R"([{"id":"p","column":"n","op":"==","value":true,"points":1}])")
                                               << none << std::vector<double>{79, 4, 50, 95};
    QTest::newRow("text ==, trimmed") << QByteArray(R"([{"id":"p","column":"t","op":"==","value":" Yes ","points":1}])")
                                      << none << std::vector<double>{79, 5, 50, 95};
    QTest::newRow("text !=") << QByteArray(R"([{"id":"p","column":"t","op":"!=","value":"Yes","points":1}])") << none
                             << std::vector<double>{80, 4, 50, 94};
    QTest::newRow("text == false") << QByteArray(R"([{"id":"p","column":"t","op":"==","value":false,"points":1}])")
                                   << none << std::vector<double>{80, 4, 50, 95};
    QTest::newRow("text != false skips unrecognised text")
        << QByteArray(R"([{"id":"p","column":"t","op":"!=","value":false,"points":1}])") << none
        << std::vector<double>{79, 5, 50, 95};
    QTest::newRow("override cap") << none << QByteArray(R"([{"id":"o","column":"f","op":"==","value":true,"cap":39}])")
                                  << std::vector<double>{39, 5, 50, 39};
    QTest::newRow("override never raises") << none << QByteArray(R"([{"id":"o","column":"n","op":">","value":2,"cap":39}])")
                                           << std::vector<double>{80, 5, 50, 95};
    QTest::newRow("lowest cap wins")
        << none
        << QByteArray(R"([{"id":"o1","column":"f","op":"==","value":true,"cap":60},
                         {"id":"o2","column":"n","op":"<=","value":1,"cap":30}])")
        << std::vector<double>{30, 5, 50, 30};
    QTest::newRow("penalty then override")
        << QByteArray(R"([{"id":"p","column":"t","op":"==","value":"Yes","points":50}])")
        << QByteArray(R"([{"id":"o","column":"t","op":"==","value":"Yes","cap":40}])") << std::vector<double>{30, 5, 50, 95};
}

void tst_ScoringEngine::conditions()
{
    QFETCH(QByteArray, penalties);
    QFETCH(QByteArray, overrides);
    QFETCH(std::vector<double>, expected);
    ScoringEngine engine;
    QVERIFY(engine.setDataset(dataset(
        {numberColumn(QStringLiteral("base"), {80, 5, 50, 95}), numberColumn(QStringLiteral("n"), {1, 3, NaN, 0}),
         numberColumn(QStringLiteral("f"), {1, 0, NaN, 1}, SignalType::Flag),
         textColumn(QStringLiteral("t"), {QStringLiteral("Yes"), QStringLiteral("No"), QString(), QStringLiteral("maybe")})})));
    const Result<void> ok = engine.setModel(parse(
        R"({"format":"tierlab-model","version":1,"categories":[{"id":"c","weight":1}],
            "signals":[{"id":"s","column":"base","category":"c","rule":{"kind":"linear","worst":0,"best":100}}],
            "penalties":)" + penalties + R"(,"overrides":)" + overrides + R"(,"tiers":[{"id":"t","min":0}]})"));
    QVERIFY2(ok, ok ? "" : qPrintable(ok.error().message));
    for (std::size_t r = 0; r < expected.size(); ++r)
        QVERIFY2(same(engine.scores()[r], expected[r]),
                 qPrintable(QStringLiteral("row %1: %2").arg(r).arg(engine.scores()[r], 0, 'g', 17)));
    compareWithReference(engine, "conditions");
}

void tst_ScoringEngine::tierBoundaries_data()
{
    QTest::addColumn<double>("score");
    QTest::addColumn<int>("tier");
    QTest::newRow("0 is the first tier") << 0.0 << 0;
    QTest::newRow("just below 40") << 39.999999999999993 << 0;
    QTest::newRow("exactly 40") << 40.0 << 1;
    QTest::newRow("just below 70") << 69.999999999999986 << 1;
    QTest::newRow("exactly 70") << 70.0 << 2;
    QTest::newRow("100") << 100.0 << 2;
    QTest::newRow("unscored") << NaN << -1;
}

void tst_ScoringEngine::tierBoundaries()
{
    QFETCH(double, score);
    QFETCH(int, tier);
    ScoringEngine engine;
    QVERIFY(engine.setDataset(dataset({numberColumn(QStringLiteral("x"), {score})})));
    QVERIFY(engine.setModel(oneSignal(R"({"kind":"linear","worst":0,"best":100})")));
    QVERIFY(same(engine.scores()[0], score));
    QCOMPARE(int(engine.tiers()[0]), tier);
}

void tst_ScoringEngine::summaryCountsAndArr()
{
    ScoringEngine engine;
    QVERIFY(engine.setDataset(dataset({numberColumn(QStringLiteral("x"), {10, 45, 70, 90, NaN, 40})},
                                      {1000, 2000, 4000, NaN, 500, 250.5})));
    QVERIFY(engine.setModel(oneSignal(R"({"kind":"linear","worst":0,"best":100})")));
    const ScoreSummary &s = engine.summary();
    QCOMPARE(s.tierCounts, (std::vector<std::int64_t>{1, 2, 2}));
    QCOMPARE(s.tierArr, (std::vector<double>{1000, 2250.5, 4000}));
    QCOMPARE(s.scored, 5);
    QCOMPARE(s.unscored, 1);
    QCOMPARE(s.unscoredArr, 500.0);
    // Moving the green boundary re-tiers without touching the scores.
    std::vector<Tier> tiers = engine.model().tiers;
    tiers[2].min = 80;
    QVERIFY(engine.setTiers(tiers));
    QCOMPARE(engine.summary().tierCounts, (std::vector<std::int64_t>{1, 3, 1}));
    QCOMPARE(engine.summary().tierArr, (std::vector<double>{1000, 6250.5, 0}));
}

void tst_ScoringEngine::explain()
{
    // Engagement (W 30): logins linear 0..20 weight 2, seats linear 0..1 weight 1.
    // Relationship (W 10): contract map. Penalty p1 >= 1: 5 points. Override champion_left: cap 39.
    ScoringEngine engine;
    QVERIFY(engine.setDataset(dataset({numberColumn(QStringLiteral("logins"), {15, 5}),
                                       numberColumn(QStringLiteral("seats"), {NaN, 1}),
                                       textColumn(QStringLiteral("contract"), {QStringLiteral("Two year"), QString()}),
                                       numberColumn(QStringLiteral("p1"), {2, 0}),
                                       numberColumn(QStringLiteral("champion_left"), {0, 1}, SignalType::Flag)},
                                      {1200, 800})));
    const Result<void> ok = engine.setModel(parse(R"({"format":"tierlab-model","version":1,
        "categories":[{"id":"engagement","label":"Engagement","weight":30},{"id":"relationship","weight":10}],
        "signals":[
          {"id":"logins","category":"engagement","weight":2,"rule":{"kind":"linear","worst":0,"best":20}},
          {"id":"seats","category":"engagement","rule":{"kind":"linear","worst":0,"best":1}},
          {"id":"contract","category":"relationship","rule":{"kind":"map","scores":{"Two year":100},"default":40},"missing":"neutral"}],
        "penalties":[{"id":"p1_open","column":"p1","label":"Open P1","op":">=","value":1,"points":5}],
        "overrides":[{"id":"champion_left","op":"==","value":true,"cap":39,"reason":"Champion left"}],
        "tiers":[{"id":"red","min":0},{"id":"yellow","min":40},{"id":"green","min":70}]})"));
    QVERIFY2(ok, ok ? "" : qPrintable(ok.error().message));

    // Row 0: logins 75 (seats skipped) → engagement (2·75)/2 = 75; contract 100.
    // Base (30·75 + 10·100)/40 = 81.25; P1 penalty 5 → 76.25; no override → green.
    const Explanation e = engine.explain(0);
    QCOMPARE(e.accountId, QStringLiteral("ACC-00001"));
    QVERIFY(e.scored);
    QCOMPARE(e.baseScore, 81.25);
    QCOMPARE(e.afterPenalties, 76.25);
    QCOMPARE(e.score, 76.25);
    QCOMPARE(engine.scores()[0], 76.25);
    QCOMPARE(e.tier, 2);
    QCOMPARE(e.signals.size(), std::size_t(3));
    QCOMPARE(e.signals[0].value, 15.0);
    QCOMPARE(e.signals[0].score, 75.0);
    QVERIFY(e.signals[0].counted);
    QVERIFY(!e.signals[1].present);
    QVERIFY(std::isnan(e.signals[1].score));
    QVERIFY(!e.signals[1].counted);
    QCOMPARE(e.signals[2].text, QStringLiteral("Two year"));
    QCOMPARE(e.signals[2].score, 100.0);
    QCOMPARE(e.categories.size(), std::size_t(2));
    QCOMPARE(e.categories[0].label, QStringLiteral("Engagement"));
    QCOMPARE(e.categories[0].score, 75.0);
    QCOMPARE(e.categories[0].weightShare, 0.75);
    QCOMPARE(e.categories[0].contribution, 56.25);
    QCOMPARE(e.categories[0].share, 56.25 / 81.25);
    QCOMPARE(e.categories[1].contribution, 25.0);
    QCOMPARE(e.categories[1].share, 25.0 / 81.25);
    QCOMPARE(e.penalties.size(), std::size_t(1));
    QCOMPARE(e.penalties[0].id, QStringLiteral("p1_open"));
    QCOMPARE(e.penalties[0].label, QStringLiteral("Open P1"));
    QCOMPARE(e.penalties[0].points, 5.0);
    QVERIFY(e.overrides.empty());
    QCOMPARE(e.coverage, 3.0 / 4.0);   // weights 2 + 1 + 1; seats (1) missing

    // Row 1: logins 25, seats 100 → (2·25 + 1·100)/3 = 50; contract missing → neutral 50.
    // Base 50; champion left → capped at 39 → red.
    const Explanation f = engine.explain(1);
    QCOMPARE(f.baseScore, 50.0);
    QCOMPARE(f.afterPenalties, 50.0);
    QCOMPARE(f.score, 39.0);
    QCOMPARE(f.tier, 0);
    QVERIFY(f.penalties.empty());
    QCOMPARE(f.overrides.size(), std::size_t(1));
    QCOMPARE(f.overrides[0].reason, QStringLiteral("Champion left"));
    QCOMPARE(f.overrides[0].cap, 39.0);
    QVERIFY(f.overrides[0].lowered);
    QCOMPARE(f.signals[2].score, 50.0);
    QVERIFY(!f.signals[2].present);
    QCOMPARE(f.coverage, 3.0 / 4.0);
    QCOMPARE(engine.summary().tierCounts, (std::vector<std::int64_t>{1, 0, 1}));
    QCOMPARE(engine.summary().tierArr, (std::vector<double>{800, 0, 1200}));

    const Explanation none = engine.explain(99);
    QVERIFY(!none.scored);
    QVERIFY(none.signals.empty());
}

void tst_ScoringEngine::bindErrors_data()
{
    QTest::addColumn<QByteArray>("signal");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown column") << QByteArray(R"({"id":"s","column":"seat_ratio","category":"c","rule":{"kind":"linear","worst":0,"best":1}})")
                                    << R"(signals[0].column: unknown column "seat_ratio" in the workspace (did you mean active_seat_ratio?))";
    QTest::newRow("linear on text") << QByteArray(R"({"id":"s","column":"plan","category":"c","rule":{"kind":"linear","worst":0,"best":1}})")
                                    << R"(signals[0].rule: a linear rule needs a number column; "plan" is a category column)";
    QTest::newRow("map on number") << QByteArray(R"({"id":"s","column":"active_seat_ratio","category":"c","rule":{"kind":"map","scores":{}}})")
                                   << R"(signals[0].rule: a map rule needs a category (text) column; "active_seat_ratio" is a number column)";
}

void tst_ScoringEngine::bindErrors()
{
    QFETCH(QByteArray, signal);
    QFETCH(QString, message);
    ScoringEngine engine;
    QVERIFY(engine.setDataset(dataset({numberColumn(QStringLiteral("active_seat_ratio"), {0.5}),
                                       textColumn(QStringLiteral("plan"), {QStringLiteral("Pro")})})));
    const Result<void> ok = engine.setModel(parse(R"({"format":"tierlab-model","version":1,"categories":[{"id":"c"}],
        "signals":[)" + signal + R"(],"tiers":[{"id":"t","min":0}]})"));
    QVERIFY(!ok);
    QCOMPARE(ok.error().message, message + u'\n' + ModelValidator::notFittingHint());
    QVERIFY(!engine.isReady());
}

void tst_ScoringEngine::setterErrorsKeepState()
{
    ScoringEngine engine;
    QVERIFY(engine.setDataset(dataset({numberColumn(QStringLiteral("x"), {50}), textColumn(QStringLiteral("t"), {QStringLiteral("a")})})));
    QVERIFY(engine.setModel(oneSignal(R"({"kind":"linear","worst":0,"best":100})")));
    const Result<void> negative = engine.setCategoryWeight(0, -1);
    QVERIFY(!negative);
    QCOMPARE(negative.error().message, QStringLiteral("categories[0].weight: negative weight (-1); weights must be 0 or more"));
    QCOMPARE(engine.model().categories[0].weight, 1.0);
    SignalRule map;
    map.kind = RuleKind::Map;
    QVERIFY(!engine.setSignalRule(0, map, MissingPolicy::Skip));
    QCOMPARE(engine.model().signals[0].rule.kind, RuleKind::Linear);
    QCOMPARE(engine.scores()[0], 50.0);
    Penalty p;
    p.id = QStringLiteral("p");
    p.column = QStringLiteral("t");
    p.op = CompareOp::Less;
    p.value.number = 3;
    const Result<void> bad = engine.setPenalties({p});
    QVERIFY(!bad);
    QCOMPARE(bad.error().message,
             QStringLiteral("penalties[0].value: \"t\" is a category column; compare it with text or true/false using == or !="));
    QVERIFY(engine.model().penalties.empty());
    QVERIFY(!engine.setCategoryWeight(5, 1));
    QCOMPARE(engine.scores()[0], 50.0);
}

void tst_ScoringEngine::incrementalEqualsScratch()
{
    // Random data (40 000 rows: above the parallel threshold, so both threads run) and random
    // edits. Bit-for-bit equality is expected, not a tolerance: every stage sums in model order
    // over cached inputs that are themselves exact, so an edit reproduces the from-scratch
    // arithmetic operation for operation.
    QRandomGenerator rng(20240611);
    const std::size_t n = 40000;
    auto numbers = [&](double lo, double hi, double missingShare) {
        std::vector<double> v(n);
        for (double &x : v)
            x = rng.generateDouble() < missingShare ? NaN : std::floor(lo + (hi - lo) * rng.generateDouble() * 100) / 100;
        return v;
    };
    QStringList contract, yesNo;
    const QStringList contracts{QStringLiteral("Monthly"), QStringLiteral("One year"), QStringLiteral("Two year"), QString()};
    const QStringList answers{QStringLiteral("Yes"), QStringLiteral("no"), QStringLiteral("?"), QString()};
    for (std::size_t i = 0; i < n; ++i) {
        contract << contracts[int(rng.bounded(4))];
        yesNo << answers[int(rng.bounded(4))];
    }
    std::vector<double> flags(n), arr = numbers(1000, 90000, 0.05);
    for (double &f : flags)
        f = rng.bounded(10) == 0 ? 1 : 0;
    auto data = dataset({numberColumn(QStringLiteral("logins"), numbers(0, 40, 0.1)),
                         numberColumn(QStringLiteral("seats"), numbers(0, 1, 0.2)),
                         numberColumn(QStringLiteral("nps"), numbers(0, 10, 0.7)),
                         numberColumn(QStringLiteral("tickets"), numbers(0, 12, 0.0)),
                         numberColumn(QStringLiteral("champion_left"), flags, SignalType::Flag),
                         textColumn(QStringLiteral("contract"), contract), textColumn(QStringLiteral("sponsor"), yesNo)},
                        arr);
    const Model start = parse(R"({"format":"tierlab-model","version":1,
        "categories":[{"id":"engagement","weight":35},{"id":"support","weight":20,"aggregate":"min"},
                      {"id":"relationship","weight":20},{"id":"voice","weight":15}],
        "signals":[
          {"id":"logins","category":"engagement","weight":2,"rule":{"kind":"linear","worst":0.5,"best":30}},
          {"id":"seats","category":"engagement","rule":{"kind":"bands","edges":[0.2,0.5,0.8],"scores":[0,30,70,100]},"missing":"worst"},
          {"id":"tickets","category":"support","rule":{"kind":"linear","worst":10,"best":0}},
          {"id":"tickets_pct","column":"tickets","category":"support","rule":{"kind":"percentile","invert":true}},
          {"id":"contract","category":"relationship","weight":1.5,"rule":{"kind":"map","scores":{"Two year":100,"One year":60},"default":20}},
          {"id":"sponsor","category":"relationship","rule":{"kind":"flag","true":100,"false":10},"missing":"neutral"},
          {"id":"nps","category":"voice","rule":{"kind":"linear","worst":0,"best":10}}],
        "penalties":[{"id":"tickets","op":">=","value":9,"points":7.5},{"id":"monthly","column":"contract","op":"==","value":"Monthly","points":3}],
        "overrides":[{"id":"champion_left","op":"==","value":true,"cap":39}],
        "tiers":[{"id":"red","min":0},{"id":"yellow","min":40},{"id":"green","min":70}]})");

    ScoringEngine engine;
    engine.setThreadCount(2);
    QVERIFY(engine.setDataset(data));
    QVERIFY(engine.setModel(start));
    compareWithReference(engine, "start");

    for (int step = 0; step < 40; ++step) {
        const int what = int(rng.bounded(6));
        Result<void> ok;
        if (what <= 1) {
            // Weights from a coarse grid, sometimes 0, so that ties and zero weights occur.
            ok = engine.setCategoryWeight(int(rng.bounded(4)), double(rng.bounded(8)) * 2.5);
        } else if (what == 2) {
            ok = engine.setSignalWeight(int(rng.bounded(7)), double(rng.bounded(5)) * 0.75);
        } else if (what == 3) {
            SignalRule rule;
            rule.kind = RuleKind::Linear;
            rule.worst = rng.generateDouble() * 10;
            rule.best = rule.worst + 1 + rng.generateDouble() * 30;
            ok = engine.setSignalRule(0, rule, MissingPolicy(rng.bounded(3)));
        } else if (what == 4) {
            std::vector<Penalty> penalties = engine.model().penalties;
            penalties[0].points = double(rng.bounded(20));
            ok = engine.setPenalties(penalties);
        } else {
            std::vector<Tier> tiers = engine.model().tiers;
            tiers[1].min = 30 + double(rng.bounded(20));
            tiers[2].min = 60 + double(rng.bounded(20));
            ok = engine.setTiers(tiers);
        }
        QVERIFY2(ok, ok ? "" : qPrintable(ok.error().message));

        ScoringEngine scratch;
        scratch.setThreadCount(1);
        QVERIFY(scratch.setDataset(data));
        QVERIFY(scratch.setModel(engine.model()));
        QCOMPARE(std::memcmp(engine.scores().data(), scratch.scores().data(), n * sizeof(double)), 0);
        QCOMPARE(engine.tiers(), scratch.tiers());
        QCOMPARE(engine.summary().tierCounts, scratch.summary().tierCounts);
        QCOMPARE(std::memcmp(engine.summary().tierArr.data(), scratch.summary().tierArr.data(),
                             engine.summary().tierArr.size() * sizeof(double)), 0);
        QCOMPARE(engine.summary().unscored, scratch.summary().unscored);
        for (int c = 0; c < 4; ++c) {
            for (std::size_t r = 0; r < n; r += 97)
                QVERIFY(same(engine.categoryScore(c, r), scratch.categoryScore(c, r)));
        }
        if (step % 8 == 0)
            compareWithReference(engine, "step");
    }
}

void tst_ScoringEngine::telcoMatchesReference()
{
    const QString path = QStringLiteral(TIERLAB_SHARED_DATA_DIR "/ibm-telco-customer-churn/Telco-Customer-Churn.csv");
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        QSKIP("../shared/data/ibm-telco-customer-churn is not available");
    // The file has no quoted fields; a plain split is enough here.
    const QStringList header = QString::fromUtf8(file.readLine()).trimmed().split(u',');
    std::vector<QStringList> rows;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (!line.isEmpty())
            rows.push_back(line.split(u','));
    }
    QCOMPARE(rows.size(), std::size_t(7043));
    auto field = [&](const char *name) {
        const int i = int(header.indexOf(QLatin1StringView(name)));
        QStringList values;
        for (const QStringList &row : rows)
            values << row[i];
        return values;
    };
    auto numbersOf = [&](const char *name) {
        std::vector<double> v;
        for (const QString &text : field(name)) {
            bool ok = false;
            const double x = text.trimmed().toDouble(&ok);
            v.push_back(ok ? x : NaN);   // TotalCharges is blank for 11 new customers
        }
        return v;
    };
    auto textOf = [&](const char *id, const char *name) {
        QStringList values = field(name);
        for (QString &v : values)
            v = v.trimmed();
        return textColumn(QString::fromLatin1(id), values);
    };
    auto data = dataset({numberColumn(QStringLiteral("tenure"), numbersOf("tenure")),
                         numberColumn(QStringLiteral("monthly_charges"), numbersOf("MonthlyCharges")),
                         numberColumn(QStringLiteral("total_charges"), numbersOf("TotalCharges")),
                         numberColumn(QStringLiteral("senior"), numbersOf("SeniorCitizen"), SignalType::Flag),
                         textOf("contract", "Contract"), textOf("partner", "Partner"),
                         textOf("tech_support", "TechSupport"), textOf("online_security", "OnlineSecurity"),
                         textOf("payment_method", "PaymentMethod"), textOf("internet", "InternetService")},
                        numbersOf("MonthlyCharges"));
    data->columns[0].info.originalName = QStringLiteral("tenure");
    data->columns[1].info.originalName = QStringLiteral("MonthlyCharges");

    const Model model = parse(R"({"format":"tierlab-model","version":1,"name":"Telco check",
        "categories":[{"id":"loyalty","weight":35},{"id":"commercial","weight":25},
                      {"id":"services","weight":20,"aggregate":"min"},{"id":"profile","weight":7.5}],
        "signals":[
          {"id":"tenure","category":"loyalty","weight":2,"rule":{"kind":"linear","worst":1,"best":60}},
          {"id":"total","column":"total_charges","category":"loyalty","rule":{"kind":"percentile"}},
          {"id":"contract","category":"commercial","weight":3,"rule":{"kind":"map","scores":{"Two year":100,"One year":65,"Month-to-month":15},"default":50}},
          {"id":"charges","column":"MonthlyCharges","category":"commercial","rule":{"kind":"bands","edges":[30,60,90],"scores":[90,70,45,20]}},
          {"id":"tech_support","category":"services","rule":{"kind":"flag","true":100,"false":30},"missing":"neutral"},
          {"id":"security","column":"online_security","category":"services","rule":{"kind":"flag","true":100,"false":20}},
          {"id":"partner","category":"profile","rule":{"kind":"flag"}},
          {"id":"senior","category":"profile","weight":0.5,"rule":{"kind":"flag","true":30,"false":70}}],
        "penalties":[{"id":"echeck","column":"payment_method","op":"==","value":"Electronic check","points":8},
                     {"id":"fiber_new","column":"tenure","op":"<","value":6,"points":12.5}],
        "overrides":[{"id":"monthly_new","column":"contract","op":"==","value":"Month-to-month","cap":55,"reason":"Month-to-month"},
                     {"id":"no_internet","column":"internet","op":"==","value":"No","cap":65}],
        "tiers":[{"id":"red","min":0},{"id":"yellow","min":40},{"id":"green","min":70}]})");
    ScoringEngine engine;
    QVERIFY(engine.setDataset(data));
    const Result<void> ok = engine.setModel(model);
    QVERIFY2(ok, ok ? "" : qPrintable(ok.error().message));
    compareWithReference(engine, "telco");
    // Some accounts land in each tier and some penalties and overrides fire: the check is not vacuous.
    for (std::int64_t count : engine.summary().tierCounts)
        QVERIFY(count > 100);
    // A weight change reproduces the reference too.
    QVERIFY(engine.setCategoryWeight(1, 40));
    compareWithReference(engine, "telco after a weight change");
}

// The seeds on the demo portfolio against ScoringFormula: tst_scoringformula's demoEqualsEngine.

QTEST_GUILESS_MAIN(tst_ScoringEngine)
#include "tst_scoringengine.moc"
