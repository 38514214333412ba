// Segments (model format version 2): ModelSegments' variant models and row assignment, the
// segment semantics of ScoringFormula on hand-computed cases, and ScoringEngine equal to the
// formula bit for bit on a demo portfolio, after incremental edits as after a fresh model.
#include "datasetbuilder.h"
#include "demo/demogenerator.h"
#include "engine/scoringengine.h"
#include "engine/scoringformula.h"
#include "model/modelfile.h"
#include "model/modelsegments.h"
#include "store/workspace.h"
#include "samedataset.h"

#include <QTemporaryDir>
#include <QTest>

#include <bit>
#include <cmath>

using namespace tierlab;
using tierlab::test::sameBits;
using namespace Qt::StringLiterals;
using test::dataset;
using test::numberColumn;
using test::textColumn;

namespace {

Model parse(const QByteArray &json)
{
    Result<Model> m = ModelFile::fromJson(json);
    if (!m)
        qFatal("bad test model: %s", qPrintable(m.error().message));
    return *m;
}

// Categories a (60) and b (40); s1 linear 0→10 on x in a, s2 linear 0→100 on y in b; tiers red 0,
// yellow 40, green 70. Variant "ent" (Enterprise, Strategic): a weighs 20, s1 reads 0→20, tiers
// move to 50 and 80. Variant "smb" (SMB): s2 weighs 0 and so b is skipped.
Model twoVariants(const QByteArray &by = "segment")
{
    return parse(R"({"format":"tierlab-model","version":2,
        "categories":[{"id":"a","weight":60},{"id":"b","weight":40}],
        "signals":[{"id":"s1","column":"x","category":"a","rule":{"kind":"linear","worst":0,"best":10}},
                   {"id":"s2","column":"y","category":"b","rule":{"kind":"linear","worst":0,"best":100}}],
        "tiers":[{"id":"red","min":0},{"id":"yellow","min":40},{"id":"green","min":70}],
        "segments":{"by":")" + by + R"(","variants":[
            {"id":"ent","when":["Enterprise","Strategic"],"categories":{"a":20},
             "signals":{"s1":{"rule":{"kind":"linear","worst":0,"best":20}}},
             "tiers":[{"id":"red","min":0},{"id":"yellow","min":50},{"id":"green","min":80}]},
            {"id":"smb","when":["SMB"],"signals":{"s2":{"weight":0}}},
            {"id":"late","when":["SMB"],"categories":{"a":1}}]}})");
}

SignalRule percentileRule(bool invert = false)
{
    SignalRule rule;
    rule.kind = RuleKind::Percentile;
    rule.invert = invert;
    return rule;
}

SegmentVariant variant(const QString &id, const QString &when)
{
    SegmentVariant v;
    v.id = id;
    v.when = {when};
    return v;
}

// Rows' segments as attribute codes.
void setSegments(Dataset &d, const QStringList &values)
{
    d.segment.clear();
    d.segmentNames.clear();
    for (const QString &v : values) {
        if (v.isNull()) {
            d.segment.push_back(kMissingCode);
            continue;
        }
        auto it = std::find(d.segmentNames.begin(), d.segmentNames.end(), v);
        if (it == d.segmentNames.end())
            it = d.segmentNames.insert(d.segmentNames.end(), v);
        d.segment.push_back(std::int32_t(it - d.segmentNames.begin()));
    }
}

} // namespace

class tst_ModelSegments : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void variantModel();
    void variantOfRows_data();
    void variantOfRows();
    void unknownBy();
    void handComputed();
    void percentileRanksTheWholeSnapshot();
    void demoEngineEqualsFormula();
    void storeVariant_data();
    void storeVariant();
    void resetAndVariants();
};

void tst_ModelSegments::variantModel()
{
    const Model m = twoVariants();
    const Model ent = ModelSegments::variantModel(m, 0);
    QVERIFY(ent.segments.isEmpty());
    QCOMPARE(ent.categories[0].weight, 20.0);
    QCOMPARE(ent.categories[1].weight, 40.0);   // not listed: the base's
    QCOMPARE(ent.signals[0].rule.best, 20.0);
    QCOMPARE(ent.signals[0].weight, 1.0);
    QCOMPARE(ent.signals[1].rule, m.signals[1].rule);
    QCOMPARE(ent.tiers[1].min, 50.0);
    QCOMPARE(ent.tiers[2].min, 80.0);
    const Model smb = ModelSegments::variantModel(m, 1);
    QCOMPARE(smb.signals[1].weight, 0.0);
    QCOMPARE(smb.signals[1].rule, m.signals[1].rule);   // only the weight is replaced
    QCOMPARE(smb.tiers, m.tiers);
    QCOMPARE(smb.categories, m.categories);
}

void tst_ModelSegments::variantOfRows_data()
{
    QTest::addColumn<QByteArray>("by");
    QTest::addColumn<std::vector<int>>("expected");
    // Rows: segment, csm and the category column "plan" hold, per row:
    //   0 "Enterprise"   1 " Strategic "   2 "SMB"   3 (missing)   4 "enterprise"
    QTest::newRow("segment attribute") << QByteArray("segment") << std::vector<int>{1, 1, 2, 0, 0};
    QTest::newRow("csm attribute") << QByteArray("csm") << std::vector<int>{1, 1, 2, 0, 0};
    QTest::newRow("category column") << QByteArray("plan") << std::vector<int>{1, 1, 2, 0, 0};
}

void tst_ModelSegments::variantOfRows()
{
    QFETCH(QByteArray, by);
    QFETCH(std::vector<int>, expected);
    const QStringList values{u"Enterprise"_s, u" Strategic "_s, u"SMB"_s, QString(), u"enterprise"_s};
    Dataset d = dataset({numberColumn(u"x"_s, {1, 2, 3, 4, 5}), numberColumn(u"y"_s, {1, 2, 3, 4, 5}),
                         textColumn(u"plan"_s, {values[0], values[1], values[2], QString(), values[4]})});
    setSegments(d, values);
    d.csm = d.segment;
    d.csmNames = d.segmentNames;
    const Result<std::vector<std::uint8_t>> rows = ModelSegments::variantOfRows(twoVariants(by), d);
    QVERIFY2(rows, rows ? "" : qPrintable(rows.error().message));
    // Trimmed and exact (case counts); the first variant listing a value wins ("late" never applies).
    QCOMPARE(std::vector<int>(rows->begin(), rows->end()), expected);
}

void tst_ModelSegments::unknownBy()
{
    const Dataset d = dataset({numberColumn(u"x"_s, {1}), numberColumn(u"y"_s, {1})});
    const Result<std::vector<std::uint8_t>> rows = ModelSegments::variantOfRows(twoVariants("x"), d);
    QVERIFY(!rows);
    QCOMPARE(rows.error().message, u"segments.by: \"x\" is neither an account attribute (segment, csm) nor a category column of the workspace"_s);
    // The engine refuses such a model with the validator's path.
    ScoringEngine engine;
    QVERIFY(engine.setDataset(std::make_shared<const Dataset>(d)));
    const Result<void> ok = engine.setModel(twoVariants("x"));
    QVERIFY(!ok);
    QVERIFY2(ok.error().message.startsWith(u"segments.by: \"x\" is a number column"_s), qPrintable(ok.error().message));
}

void tst_ModelSegments::handComputed()
{
    // x = 5, y = 50 in every row.
    //  ent:  s1 = 100·(5 − 0)/(20 − 0) = 25, s2 = 50; B = (20·25 + 40·50)/(20 + 40) = 2500/60 → red (< 50)
    //  smb:  s1 = 50; s2 has weight 0, so b is skipped: B = 60·50/60 = 50 → yellow (≥ 40)
    //  base: s1 = 50, s2 = 50; B = (60·50 + 40·50)/100 = 50 → yellow
    const QStringList values{u"Enterprise"_s, u"SMB"_s, QString(), u"Other"_s};
    Dataset d = dataset({numberColumn(u"x"_s, {5, 5, 5, 5}), numberColumn(u"y"_s, {50, 50, 50, 50})});
    setSegments(d, values);
    d.arr = {100, 10, 1, 1000};
    const Model m = twoVariants();
    const ScoringFormula formula(m, d);
    const std::vector<double> scores{2500.0 / 60.0, 50, 50, 50};
    const std::vector<int> tiers{0, 1, 1, 1};
    const QStringList segments{u"ent"_s, u"smb"_s, QString(), QString()};
    ScoringEngine engine;
    QVERIFY(engine.setModel(m));
    QVERIFY(engine.setDataset(std::make_shared<const Dataset>(d)));
    QVERIFY(engine.isReady());
    for (std::size_t r = 0; r < 4; ++r) {
        const Explanation e = formula.explain(r);
        QVERIFY2(sameBits(e.score, scores[r]), qPrintable(QString::number(e.score, 'g', 17)));
        QCOMPARE(e.tier, tiers[r]);
        QCOMPARE(e.segment, segments[qsizetype(r)]);
        QVERIFY(sameBits(engine.scores()[r], scores[r]));
        QCOMPARE(int(engine.tiers()[r]), tiers[r]);
        QCOMPARE(engine.explain(r).segment, segments[qsizetype(r)]);
    }
    QVERIFY(std::isnan(formula.explain(1).categories[1].score));   // smb: b skipped
    QVERIFY(std::isnan(engine.categoryScore(1, 1)));
    QCOMPARE(engine.signalScore(0, 0), 25.0);
    QCOMPARE(engine.signalScore(0, 1), 50.0);
    QCOMPARE(engine.summary().tierCounts, (std::vector<std::int64_t>{1, 3, 0}));
    QCOMPARE(engine.summary().tierArr, (std::vector<double>{100, 1011, 0}));
    QCOMPARE(engine.summary().scored, std::int64_t(4));

    // An edit to the base reaches every variant that does not replace it: b's weight 40 → 0
    // leaves ent with B = 25 and the base with 50; smb already skipped b.
    QVERIFY(engine.setCategoryWeight(1, 0));
    QCOMPARE(engine.scores()[0], 25.0);
    QCOMPARE(engine.scores()[2], 50.0);
    // An edit the variant replaces does not reach it: s1's rule 0→10 becomes 0→5 in the base only.
    SignalRule rule = m.signals[0].rule;
    rule.best = 5;
    QVERIFY(engine.setSignalRule(0, rule, MissingPolicy::Skip));
    QCOMPARE(engine.scores()[0], 25.0);    // ent keeps 0→20
    QCOMPARE(engine.scores()[2], 100.0);   // base: 100·5/5
}

void tst_ModelSegments::percentileRanksTheWholeSnapshot()
{
    // ent scores s2 by percentile; y = 10, 20, 30, 40 over all four rows, rows 0 and 2 Enterprise.
    // Row 2 (30): below 2, equal 1 → s = 100·2/3 among all rows (it would be 100 within the
    // segment); a weighs 0 there, so B = 40·s/40.
    Model m = twoVariants();
    m.segments.variants[0].signals.push_back({u"s2"_s, std::nullopt, percentileRule(), std::nullopt, {}});
    m.segments.variants[0].categoryWeights = {{u"a"_s, 0}};
    Dataset d = dataset({numberColumn(u"x"_s, {5, 5, 5, 5}), numberColumn(u"y"_s, {10, 20, 30, 40})});
    setSegments(d, {u"Enterprise"_s, u"Other"_s, u"Enterprise"_s, u"Other"_s});
    const ScoringFormula formula(m, d);
    const double expected = 40.0 * (100.0 * 2 / 3) / 40.0;
    QVERIFY(sameBits(formula.explain(2).score, expected));
    QVERIFY(sameBits(formula.explain(0).score, 0.0));
    ScoringEngine engine;
    QVERIFY(engine.setDataset(std::make_shared<const Dataset>(d)));
    QVERIFY(engine.setModel(m));
    QVERIFY(sameBits(engine.scores()[2], expected));
    QVERIFY(sameBits(engine.scores()[3], (60.0 * 50 + 40.0 * 40) / 100));   // base: linear 0→100
}

void tst_ModelSegments::demoEngineEqualsFormula()
{
    // The default seed with Enterprise and SMB variants and a tier cap, on a demo portfolio of more
    // than one engine block: the engine equals the formula for every account, and after each kind of
    // incremental edit equals an engine given the edited model from scratch.
    QTemporaryDir dir;
    const QString path = dir.filePath(u"demo.tierlab"_s);
    DemoOptions options;
    options.accounts = 2500;
    options.weeks = 2;
    QVERIFY(DemoGenerator::generateFile(path, options));
    auto ws = Workspace::open(path);
    QVERIFY(ws);
    const Result<std::vector<QDate>> dates = (*ws)->asOfDates();
    QVERIFY(dates && !dates->empty());
    Result<Dataset> loaded = (*ws)->loadSnapshot(dates->back());
    QVERIFY(loaded);
    auto data = std::make_shared<const Dataset>(std::move(*loaded));
    Result<Model> seed = ModelFile::load(u":/models/seed-default.json"_s);
    QVERIFY(seed);
    Model m = *seed;
    m.segments.by = u"segment"_s;
    SegmentVariant ent = variant(u"ent"_s, u"Enterprise"_s);
    ent.categoryWeights = {{m.categories[0].id, 50}};
    ent.signals.push_back({m.signals[1].id, 2.5, std::nullopt, MissingPolicy::Worst, {}});
    ent.tiers = m.tiers;
    ent.tiers[1].min += 5;
    SegmentVariant smb = variant(u"smb"_s, u"SMB"_s);
    smb.signals.push_back({m.signals[0].id, std::nullopt, percentileRule(true), std::nullopt, {}});
    m.segments.variants = {ent, smb};
    m.overrides[0].capTier = m.tiers[0].id;

    auto check = [&](const ScoringEngine &engine, const Model &model, const char *step) {
        ScoringEngine fresh;
        QVERIFY(fresh.setDataset(data));
        const Result<void> ok = fresh.setModel(model);
        QVERIFY2(ok, ok ? "" : qPrintable(ok.error().message));
        const ScoringFormula formula(model, *data);
        std::vector<int> perSegment(3, 0);
        for (std::size_t r = 0; r < data->size(); ++r) {
            const Explanation e = formula.explain(r);
            QVERIFY2(sameBits(engine.scores()[r], e.score) && engine.tiers()[r] == e.tier, step);
            QVERIFY2(sameBits(fresh.scores()[r], e.score) && fresh.tiers()[r] == e.tier, step);
            perSegment[e.segment.isEmpty() ? 0 : e.segment == u"ent" ? 1 : 2] += 1;
        }
        QCOMPARE(engine.summary().tierCounts, fresh.summary().tierCounts);
        QCOMPARE(engine.summary().tierArr, fresh.summary().tierArr);
        for (int n : perSegment)
            QVERIFY(n > 0);   // not vacuous: every variant scores accounts
    };
    ScoringEngine engine;
    QVERIFY(engine.setDataset(data));
    QVERIFY(engine.setModel(m));
    check(engine, m, "set");
    m.categories[0].weight = 7;
    QVERIFY(engine.setCategoryWeight(0, 7));
    check(engine, m, "category weight");
    m.signals[2].weight = 3;
    QVERIFY(engine.setSignalWeight(2, 3));
    check(engine, m, "signal weight");
    m.signals[0].rule = percentileRule();
    QVERIFY(engine.setSignalRule(0, m.signals[0].rule, m.signals[0].missing));
    check(engine, m, "signal rule");
    m.tiers[1].min += 2;
    m.segments.variants[1].tiers = {};
    QVERIFY(engine.setModel(m));
    m.tiers[2].min -= 3;
    QVERIFY(engine.setTiers(m.tiers));
    check(engine, m, "tiers");
    m.overrides[0].capTier = m.tiers[1].id;
    QVERIFY(engine.setOverrides(m.overrides));
    check(engine, m, "overrides");
    // A variant's own members (the designer's segment editing): incremental, the rows stay; a value
    // changed in a variant's `when` routes accounts anew.
    const std::vector<std::uint8_t> rows = engine.variantOfRows();
    QCOMPARE(rows, *ModelSegments::variantOfRows(m, *data));
    Model shown = ModelSegments::variantModel(m, 0);
    shown.categories[1].weight = 33;
    shown.signals[0].rule = percentileRule(true);
    m = ModelSegments::storeVariant(m, 0, shown);
    QVERIFY(engine.setSegments(m.segments));
    check(engine, m, "variant members");
    QCOMPARE(engine.variantOfRows(), rows);
    m.segments.variants[1].when = {u"Mid-Market"_s};
    QVERIFY(engine.setSegments(m.segments));
    check(engine, m, "variant values");
    QCOMPARE(engine.variantOfRows(), *ModelSegments::variantOfRows(m, *data));
    QVERIFY(engine.variantOfRows() != rows);
}

namespace {
enum Edit { CategoryWeight, SignalWeight, SignalMissing, RuleBest, TierMin, Nothing };
} // namespace

void tst_ModelSegments::storeVariant_data()
{
    QTest::addColumn<int>("variant");
    QTest::addColumn<int>("edit");
    QTest::addColumn<int>("index");
    QTest::addColumn<double>("value");
    QTest::addColumn<QByteArray>("expected");   // the whole model's JSON after the edit
    const Model m = twoVariants();
    const auto row = [&](const char *name, int v, Edit edit, int index, double value, auto change) {
        Model expected = m;
        change(expected.segments.variants[std::size_t(v)]);
        QTest::newRow(name) << v << int(edit) << index << value << ModelFile::toJson(expected);
    };
    // ent has its own a (20), s1 rule and tiers; smb its own s2 weight (0).
    row("own weight changed", 0, CategoryWeight, 0, 25, [](SegmentVariant &v) { v.categoryWeights = {{u"a"_s, 25}}; });
    row("inherited weight becomes own", 0, CategoryWeight, 1, 10,
        [](SegmentVariant &v) { v.categoryWeights = {{u"a"_s, 20}, {u"b"_s, 10}}; });
    row("signal weight appended", 1, SignalWeight, 0, 2, [](SegmentVariant &v) {
        v.signals.push_back({u"s1"_s, 2.0, std::nullopt, std::nullopt, {}});
    });
    row("missing joins the signal's entry", 1, SignalMissing, 1, 0,
        [](SegmentVariant &v) { v.signals[0].missing = MissingPolicy::Worst; });
    row("rule of an inherited signal", 0, RuleBest, 1, 50, [&m](SegmentVariant &v) {
        SignalRule rule = m.signals[1].rule;
        rule.best = 50;
        v.signals.push_back({u"s2"_s, std::nullopt, rule, std::nullopt, {}});
    });
    row("tier edge: ids and mins", 1, TierMin, 1, 45, [](SegmentVariant &v) {
        v.tiers = {{u"red"_s, {}, {}, 0, {}}, {u"yellow"_s, {}, {}, 45, {}}, {u"green"_s, {}, {}, 70, {}}};
    });
    row("own tier edge moved", 0, TierMin, 2, 85, [](SegmentVariant &v) { v.tiers[2].min = 85; });
    row("nothing changed", 0, Nothing, 0, 0, [](SegmentVariant &) {});
}

void tst_ModelSegments::storeVariant()
{
    QFETCH(int, variant);
    QFETCH(int, edit);
    QFETCH(int, index);
    QFETCH(double, value);
    QFETCH(QByteArray, expected);
    const Model m = twoVariants();
    Model shown = ModelSegments::variantModel(m, std::size_t(variant));
    switch (Edit(edit)) {
    case CategoryWeight:
        shown.categories[std::size_t(index)].weight = value;
        break;
    case SignalWeight:
        shown.signals[std::size_t(index)].weight = value;
        break;
    case SignalMissing:
        shown.signals[std::size_t(index)].missing = MissingPolicy::Worst;
        break;
    case RuleBest:
        shown.signals[std::size_t(index)].rule.best = value;
        break;
    case TierMin:
        shown.tiers[std::size_t(index)].min = value;
        break;
    case Nothing:
        break;
    }
    const Model stored = ModelSegments::storeVariant(m, std::size_t(variant), shown);
    QCOMPARE(ModelFile::toJson(stored), expected);
    // The variant now scores with exactly what was shown; the base model is untouched.
    QCOMPARE(ModelSegments::variantModel(stored, std::size_t(variant)), shown);
    Model base = stored;
    base.segments = m.segments;
    QCOMPARE(base, m);
}

void tst_ModelSegments::resetAndVariants()
{
    const Model m = twoVariants();
    QVERIFY(ModelSegments::overridesCategory(m.segments.variants[0], u"a"_s));
    QVERIFY(!ModelSegments::overridesCategory(m.segments.variants[0], u"b"_s));
    QVERIFY(ModelSegments::overridesSignal(m.segments.variants[1], u"s2"_s));
    QVERIFY(!ModelSegments::overridesSignal(m.segments.variants[1], u"s1"_s));
    // Reset to base: the member is gone, the variant scores with the base's value again.
    const Model a = ModelSegments::resetCategory(m, 0, u"a"_s);
    QVERIFY(a.segments.variants[0].categoryWeights.empty());
    QCOMPARE(ModelSegments::variantModel(a, 0).categories, m.categories);
    const Model s2 = ModelSegments::resetSignal(m, 1, u"s2"_s);
    QVERIFY(s2.segments.variants[1].signals.empty());
    QCOMPARE(ModelSegments::variantModel(s2, 1), [&m] { Model b = m; b.segments = Segments(); return b; }());
    QCOMPARE(ModelSegments::variantModel(ModelSegments::resetTiers(m, 0), 0).tiers, m.tiers);
    // A variant's tiers move the edges only: the base's labels stay.
    Model labelled = m;
    labelled.tiers[1].label = u"Neutral"_s;
    QCOMPARE(ModelSegments::variantModel(labelled, 0).tiers[1].label, u"Neutral"_s);
    QCOMPARE(ModelSegments::variantModel(labelled, 0).tiers[1].min, 50.0);

    // Adding to a model without segments sets `by` and version 2; removing the last one removes them.
    Model plain = m;
    plain.segments = Segments();
    plain.version = 1;
    const Model one = ModelSegments::withVariant(plain, u"csm"_s, variant(u"alice"_s, u"Alice"_s));
    QCOMPARE(one.segments.by, u"csm"_s);
    QCOMPARE(one.segments.variants.size(), std::size_t(1));
    QCOMPARE(one.version, 2);
    QCOMPARE(ModelSegments::withVariant(m, u"csm"_s, variant(u"x"_s, u"X"_s)).segments.by, u"segment"_s);
    QVERIFY(ModelSegments::withoutVariant(one, 0).segments.isEmpty());
    const Model two = ModelSegments::withoutVariant(m, 0);
    QCOMPARE(two.segments.variants.size(), std::size_t(2));
    QCOMPARE(two.segments.variants[0].id, u"smb"_s);
    QCOMPARE(ModelSegments::rowsPerVariant({0, 1, 1, 3, 2, 1}, 3), (std::vector<std::int64_t>{1, 3, 1, 1}));
}

QTEST_GUILESS_MAIN(tst_ModelSegments)
#include "tst_modelsegments.moc"
