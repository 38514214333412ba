// Tests of ModelFile: reading with defaults, exact round trips (file → model → file is stable),
// every parse error with its message, and inputs that must never crash the loader.
#include "model/modelfile.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace tierlab;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

QString seedPath(const char *name)
{
    return QStringLiteral(TIERLAB_SOURCE_DIR "/resources/models/") + QLatin1StringView(name);
}

} // namespace

class tst_ModelFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data();
    void roundTrip();
    void readsEveryField();
    void writesTheFileBack_data();
    void writesTheFileBack();
    void readsVersion2();
    void writesTheVersionItNeeds();
    void defaults();
    void integersWithoutFraction();
    void saveAndLoad();
    void parseErrors_data();
    void parseErrors();
    void newerVersion();
    void loadErrorsNameTheFile();
    void neverCrashes();
};

void tst_ModelFile::roundTrip_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("seed default") << seedPath("seed-default.json");
    QTest::newRow("seed simple") << seedPath("seed-simple.json");
    QTest::newRow("every field") << QFINDTESTDATA("../data/models/full.json");
    QTest::newRow("minimal") << QFINDTESTDATA("../data/models/minimal.json");
    QTest::newRow("version 2") << QFINDTESTDATA("../data/models/v2.json");
}

void tst_ModelFile::roundTrip()
{
    QFETCH(QString, path);
    const Result<Model> first = ModelFile::load(path);
    QVERIFY2(first, first ? "" : qPrintable(first.error().message));
    const QByteArray json = ModelFile::toJson(*first);
    const Result<Model> second = ModelFile::fromJson(json);
    QVERIFY2(second, second ? "" : qPrintable(second.error().message));
    QVERIFY(*second == *first);
    QCOMPARE(ModelFile::toJson(*second), json);
}

void tst_ModelFile::readsEveryField()
{
    const Result<Model> m = ModelFile::load(QFINDTESTDATA("../data/models/full.json"));
    QVERIFY2(m, m ? "" : qPrintable(m.error().message));
    QCOMPARE(m->name, QStringLiteral("Every field"));
    QCOMPARE(m->categories.size(), std::size_t(2));
    QCOMPARE(m->categories[0].label, QStringLiteral("Product engagement"));
    QCOMPARE(m->categories[0].weight, 35.5);
    QCOMPARE(m->categories[1].aggregate, Aggregate::Min);
    QCOMPARE(m->categories[1].weight, 0.1);
    QCOMPARE(m->signals.size(), std::size_t(5));
    const Signal &seat = m->signals[0];
    QCOMPARE(seat.columnName(), QStringLiteral("active_seat_ratio"));
    QCOMPARE(seat.rule.kind, RuleKind::Linear);
    QCOMPARE(seat.rule.worst, 0.1);
    QCOMPARE(seat.rule.best, 0.8);
    const Signal &logins = m->signals[1];
    QCOMPARE(logins.column, QStringLiteral("Logins per user (30d)"));
    QVERIFY(logins.weight == 0.30000000000000004);
    QVERIFY(logins.weight != 0.3);
    QCOMPARE(logins.missing, MissingPolicy::Neutral);
    QCOMPARE(logins.rule.edges, (std::vector<double>{1e-7, 2.5, 12345.678901234567}));
    QVERIFY(logins.rule.bandScores[1] == 33.333333333333336);
    const Signal &contract = m->signals[2];
    QCOMPARE(contract.columnName(), QStringLiteral("contract_type"));
    QCOMPARE(contract.rule.mapScores.size(), std::size_t(3));
    QCOMPARE(contract.rule.mapScores[0].first, QStringLiteral("Two year"));   // file order kept
    QCOMPARE(contract.rule.mapScores[2].first, QStringLiteral("Monthly"));
    QCOMPARE(contract.rule.mapDefault, 45.5);
    QCOMPARE(contract.missing, MissingPolicy::Worst);
    QCOMPARE(m->signals[3].rule.trueScore, 90.0);
    QCOMPARE(m->signals[3].rule.falseScore, 5.0);
    QVERIFY(m->signals[4].rule.invert);
    QCOMPARE(m->signals[4].rule.extra, QByteArray(R"({"note":"kept"})"));
    QCOMPARE(m->penalties.size(), std::size_t(2));
    QCOMPARE(m->penalties[0].op, CompareOp::GreaterEqual);
    QCOMPARE(m->penalties[0].value.type, RuleValue::Type::Number);
    QCOMPARE(m->penalties[0].value.number, 1.0);
    QCOMPARE(m->penalties[1].value.type, RuleValue::Type::Text);
    QCOMPARE(m->penalties[1].value.text, QStringLiteral("Monthly"));
    QCOMPARE(m->penalties[1].points, 2.25);
    QCOMPARE(m->overrides[0].columnName(), QStringLiteral("champion_left"));
    QCOMPARE(m->overrides[0].value.type, RuleValue::Type::Bool);
    QVERIFY(m->overrides[0].value.flag);
    QCOMPARE(m->overrides[0].cap, std::optional<double>(39.0));
    QCOMPARE(m->overrides[0].reason, QStringLiteral("Champion left"));
    QCOMPARE(m->overrides[1].op, CompareOp::Greater);
    QCOMPARE(m->tiers.size(), std::size_t(3));
    QCOMPARE(m->tiers[0].color, QStringLiteral("#d64545"));
    QCOMPARE(m->tiers[2].min, 70.25);
    QCOMPARE(m->categories[0].extra, QByteArray(R"({"color":"#123456"})"));
    QCOMPARE(m->extra, QByteArray(R"({"metadata":{"author":"ops","tags":["a","b"]}})"));
    // Unknown members survive a write.
    const QByteArray json = ModelFile::toJson(*m);
    QVERIFY(json.contains(R"("metadata": {)"));
    QVERIFY(json.contains(R"("note": "kept")"));
}

void tst_ModelFile::writesTheFileBack_data()
{
    QTest::addColumn<QString>("path");
    // The default seed as Tierlab writes it (the seed files themselves are formatted by hand).
    QTest::newRow("version 1") << QFINDTESTDATA("../data/models/v1-written.json");
    QTest::newRow("version 2") << QFINDTESTDATA("../data/models/v2.json");
}

void tst_ModelFile::writesTheFileBack()
{
    // A file in the written form comes back byte for byte: version 1 files stay version 1.
    QFETCH(QString, path);
    const Result<Model> m = ModelFile::load(path);
    QVERIFY2(m, m ? "" : qPrintable(m.error().message));
    QCOMPARE(ModelFile::toJson(*m), readAll(path));
}

void tst_ModelFile::readsVersion2()
{
    const Result<Model> m = ModelFile::load(QFINDTESTDATA("../data/models/v2.json"));
    QVERIFY2(m, m ? "" : qPrintable(m.error().message));
    QCOMPARE(m->version, 2);
    QCOMPARE(m->requiredVersion(), 2);
    QCOMPARE(m->overrides[0].cap, std::nullopt);
    QCOMPARE(m->overrides[0].capTier, QStringLiteral("red"));
    QCOMPARE(m->overrides[1].cap, std::optional<double>(55));
    QCOMPARE(m->overrides[1].capTier, QStringLiteral("yellow"));
    const Segments &seg = m->segments;
    QCOMPARE(seg.by, QStringLiteral("segment"));
    QCOMPARE(seg.variants.size(), std::size_t(2));
    const SegmentVariant &ent = seg.variants[0];
    QCOMPARE(ent.id, QStringLiteral("ent"));
    QCOMPARE(ent.label, QStringLiteral("Enterprise"));
    QCOMPARE(ent.when, (std::vector<QString>{QStringLiteral("Enterprise"), QStringLiteral("Strategic")}));
    QCOMPARE(ent.categoryWeights.size(), std::size_t(2));
    QCOMPARE(ent.categoryWeights[1], std::make_pair(QStringLiteral("support"), 50.0));
    QCOMPARE(ent.signals[0].signal, QStringLiteral("seat_ratio"));
    QCOMPARE(ent.signals[0].weight, std::optional<double>(2));
    QCOMPARE(ent.signals[0].rule->best, 0.9);
    QCOMPARE(ent.signals[0].missing, std::optional<MissingPolicy>(MissingPolicy::Worst));
    QCOMPARE(ent.signals[1].weight, std::optional<double>(0.5));
    QVERIFY(!ent.signals[1].rule);
    QVERIFY(!ent.signals[1].missing);
    QCOMPARE(ent.tiers[1].min, 45.5);
    QCOMPARE(ent.extra, QByteArray(R"({"note":"kept"})"));
    QCOMPARE(seg.extra, QByteArray(R"({"owner":"ops"})"));
    QCOMPARE(seg.variants[1].signals[0].missing, std::optional<MissingPolicy>(MissingPolicy::Skip));
    QVERIFY(seg.variants[1].tiers.empty());
    QCOMPARE(m->hysteresis->points, 2.5);
    QCOMPARE(m->hysteresis->weeks, 3);
    QCOMPARE(m->trend->tier, QStringLiteral("yellow"));
    QCOMPARE(m->trend->weeks, 6);
    QCOMPARE(m->trend->slope, 1.5);
    QCOMPARE(m->trend->id, QStringLiteral("declining"));
    QCOMPARE(m->trend->color, QStringLiteral("#e69f00"));
    QCOMPARE(m->extra, QByteArray(R"({"metadata":{"author":"ops"}})"));
}

void tst_ModelFile::writesTheVersionItNeeds()
{
    // The version written is the file's, or 2 once a version 2 member is used.
    Result<Model> m = ModelFile::load(seedPath("seed-default.json"));
    QVERIFY(m);
    QCOMPARE(m->version, 1);
    QVERIFY(ModelFile::toJson(*m).contains(R"("version": 1,)"));
    m->hysteresis = Hysteresis{1, 2, {}};
    QVERIFY(ModelFile::toJson(*m).contains(R"("version": 2,)"));
    m->hysteresis.reset();
    m->overrides[0].capTier = m->tiers[0].id;
    QCOMPARE(m->requiredVersion(), 2);
    m->overrides[0].capTier.clear();
    m->overrides[0].cap.reset();
    QCOMPARE(m->requiredVersion(), 2);   // an override without a numeric cap is version 2 too
    m->overrides[0].cap = 39;
    QCOMPARE(m->requiredVersion(), 1);
    m->version = 2;   // a version 2 file without version 2 members stays version 2
    QVERIFY(ModelFile::toJson(*m).contains(R"("version": 2,)"));
}

void tst_ModelFile::defaults()
{
    const Result<Model> m = ModelFile::load(QFINDTESTDATA("../data/models/minimal.json"));
    QVERIFY2(m, m ? "" : qPrintable(m.error().message));
    QCOMPARE(m->categories[0].weight, 1.0);
    QCOMPARE(m->categories[0].aggregate, Aggregate::Mean);
    const Signal &s = m->signals[0];
    QCOMPARE(s.weight, 1.0);
    QCOMPARE(s.missing, MissingPolicy::Skip);
    QVERIFY(s.column.isEmpty());
    QCOMPARE(s.columnName(), QStringLiteral("s"));
    QCOMPARE(s.rule.mapDefault, 50.0);
    QCOMPARE(m->signals[1].rule.trueScore, 100.0);
    QCOMPARE(m->signals[1].rule.falseScore, 0.0);
    QCOMPARE(m->signals[2].rule.invert, false);
    QVERIFY(m->penalties.empty());
    QVERIFY(m->overrides.empty());
}

void tst_ModelFile::integersWithoutFraction()
{
    Model m;
    m.categories.push_back({QStringLiteral("c"), {}, {}, 35, Aggregate::Mean, {}});
    m.tiers.push_back({QStringLiteral("t"), {}, {}, 0, {}});
    Signal s;
    s.id = QStringLiteral("s");
    s.category = QStringLiteral("c");
    s.weight = 0.1;
    s.rule.worst = -0.0;
    s.rule.best = 1e21;
    m.signals.push_back(s);
    const QByteArray json = ModelFile::toJson(m);
    QVERIFY(json.contains(R"("weight": 35,)"));
    QVERIFY(json.contains(R"("weight": 0.1,)"));
    QVERIFY(json.contains(R"("worst": 0,)"));
    QVERIFY(json.contains(R"("best": 1e+21)"));
    const Result<Model> back = ModelFile::fromJson(json);
    QVERIFY(back);
    QCOMPARE(back->signals[0].rule.best, 1e21);
    QCOMPARE(ModelFile::toJson(*back), json);
}

void tst_ModelFile::saveAndLoad()
{
    QTemporaryDir dir;
    const Result<Model> m = ModelFile::load(seedPath("seed-default.json"));
    QVERIFY(m);
    const QString path = dir.filePath(QStringLiteral("model.json"));
    QVERIFY(ModelFile::save(*m, path));
    const Result<Model> back = ModelFile::load(path);
    QVERIFY(back);
    QVERIFY(*back == *m);
    const Result<void> bad = ModelFile::save(*m, dir.filePath(QStringLiteral("missing/dir/model.json")));
    QVERIFY(!bad);
    QCOMPARE(bad.error().code, Error::Code::Io);
}

void tst_ModelFile::parseErrors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message");
    const QByteArray head = R"({"format":"tierlab-model","version":1,)";
    const QByteArray cats = R"("categories":[{"id":"c"}],)";
    const QByteArray tiers = R"("tiers":[{"id":"t","min":0}])";
    auto withSignal = [&](const QByteArray &signal) -> QByteArray {
        return head + cats + R"("signals":[)" + signal + "]," + tiers + "}";
    };
    auto withPenalty = [&](const QByteArray &penalty) -> QByteArray {
        return head + cats + R"("signals":[],"penalties":[)" + penalty + "]," + tiers + "}";
    };

    QTest::newRow("array root") << QByteArray("[1,2]") << "the model file must hold a JSON object, found array";
    QTest::newRow("format missing") << QByteArray(R"({"version":1})") << "format: missing (required)";
    QTest::newRow("format wrong") << QByteArray(R"({"format":"other","version":1})")
                                  << R"(format: expected "tierlab-model", found "other")";
    QTest::newRow("format not text") << QByteArray(R"({"format":1,"version":1})") << "format: must be text, found number";
    QTest::newRow("version missing") << QByteArray(R"({"format":"tierlab-model"})") << "version: missing (required)";
    QTest::newRow("version as text") << QByteArray(R"({"format":"tierlab-model","version":"1"})")
                                     << "version: must be a whole number, found string";
    QTest::newRow("version 0") << QByteArray(R"({"format":"tierlab-model","version":0})") << "version: unsupported version 0";
    QTest::newRow("lists missing") << QByteArray(R"({"format":"tierlab-model","version":1})")
                                   << "categories: missing (required)\nsignals: missing (required)\ntiers: missing (required)";
    QTest::newRow("categories not a list") << head + R"("categories":{},"signals":[],)" + tiers + "}"
                                           << "categories: must be a list, found object";
    QTest::newRow("category not an object") << head + R"("categories":[3],"signals":[],)" + tiers + "}"
                                            << "categories[0]: must be an object, found number";
    QTest::newRow("unknown aggregate") << head + R"("categories":[{"id":"c","aggregate":"max"}],"signals":[],)" + tiers + "}"
                                       << R"(categories[0].aggregate: unknown aggregate "max" (expected mean or min))";
    QTest::newRow("rule missing") << withSignal(R"({"id":"s","category":"c"})") << "signals[0].rule: missing (required)";
    QTest::newRow("unknown rule kind") << withSignal(R"({"id":"s","category":"c","rule":{"kind":"sigmoid"}})")
                                       << R"(signals[0].rule.kind: unknown rule kind "sigmoid" (expected linear, bands, map, flag or percentile))";
    QTest::newRow("linear without best") << withSignal(R"({"id":"s","category":"c","rule":{"kind":"linear","worst":1}})")
                                         << "signals[0].rule.best: missing (required)";
    QTest::newRow("weight as text") << withSignal(R"({"id":"s","category":"c","weight":"2","rule":{"kind":"flag"}})")
                                    << "signals[0].weight: must be a number, found string";
    QTest::newRow("edge not a number") << withSignal(R"({"id":"s","category":"c","rule":{"kind":"bands","edges":[1,"2"],"scores":[0,1,2]}})")
                                       << "signals[0].rule.edges[1]: must be a number, found string";
    QTest::newRow("map scores not an object") << withSignal(R"({"id":"s","category":"c","rule":{"kind":"map","scores":[1]}})")
                                              << "signals[0].rule.scores: must be an object of value: score, found array";
    QTest::newRow("map score not a number") << withSignal(R"({"id":"s","category":"c","rule":{"kind":"map","scores":{"A":"x"}}})")
                                            << R"(signals[0].rule.scores["A"]: must be a number, found string)";
    QTest::newRow("invert not a bool") << withSignal(R"({"id":"s","category":"c","rule":{"kind":"percentile","invert":1}})")
                                       << "signals[0].rule.invert: must be true or false, found number";
    QTest::newRow("unknown missing policy") << withSignal(R"({"id":"s","category":"c","rule":{"kind":"flag"},"missing":"zero"})")
                                            << R"(signals[0].missing: unknown missing policy "zero" (expected skip, neutral or worst))";
    QTest::newRow("unknown operator") << withPenalty(R"({"id":"p","op":"=","value":1,"points":1})")
                                      << R"(penalties[0].op: unknown operator "=" (expected <, <=, >, >=, == or !=))";
    QTest::newRow("value null") << withPenalty(R"({"id":"p","op":"==","value":null,"points":1})")
                                << "penalties[0].value: must be a number, text or true/false, found null";
    QTest::newRow("points missing") << withPenalty(R"({"id":"p","op":"==","value":1})")
                                    << "penalties[0].points: missing (required)";
    QTest::newRow("cap missing") << head + cats + R"("signals":[],"overrides":[{"id":"o","op":"==","value":true}],)" + tiers + "}"
                                 << "overrides[0].cap: missing (required)";
    QTest::newRow("tier min missing") << head + cats + R"("signals":[],"tiers":[{"id":"t"}]})"
                                      << "tiers[0].min: missing (required)";
    QTest::newRow("several problems") << withSignal(R"({"id":1,"category":"c","weight":"x","rule":{"kind":"flag"}})")
                                      << "signals[0].id: must be text, found number\nsignals[0].weight: must be a number, found string";
}

void tst_ModelFile::parseErrors()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, message);
    const Result<Model> m = ModelFile::fromJson(json);
    QVERIFY(!m);
    QCOMPARE(m.error().message, message);
    QCOMPARE(m.error().code, Error::Code::Invalid);
}

void tst_ModelFile::newerVersion()
{
    const Result<Model> m = ModelFile::fromJson(readAll(QFINDTESTDATA("../data/models/newer.json")));
    QVERIFY(!m);
    QCOMPARE(m.error().code, Error::Code::NewerVersion);
    QCOMPARE(m.error().message, QStringLiteral("version: the model file has format version 3, newer than this "
                                               "Tierlab supports (2); update Tierlab to read it"));
    const Result<Model> huge = ModelFile::fromJson(R"({"format":"tierlab-model","version":18446744073709551615})");
    QVERIFY(!huge);
    QCOMPARE(huge.error().message, QStringLiteral("version: the model file has format version 18446744073709551615, newer "
                                                  "than this Tierlab supports (2); update Tierlab to read it"));
    const Result<Model> notJson = ModelFile::fromJson("{\"format\": ");
    QVERIFY(!notJson);
    QVERIFY2(notJson.error().message.startsWith(QStringLiteral("the model file is not valid JSON (")),
             qPrintable(notJson.error().message));
}

void tst_ModelFile::loadErrorsNameTheFile()
{
    const Result<Model> missing = ModelFile::load(QStringLiteral("/nonexistent/model.json"));
    QVERIFY(!missing);
    QCOMPARE(missing.error().code, Error::Code::NotFound);
    QCOMPARE(missing.error().message, QStringLiteral("/nonexistent/model.json: no such file"));
    const QString path = QFINDTESTDATA("../data/models/newer.json");
    const Result<Model> newer = ModelFile::load(path);
    QVERIFY(!newer);
    QVERIFY(newer.error().message.startsWith(path + u": version: "));
}

void tst_ModelFile::neverCrashes()
{
    // Every prefix of a real file, and the file with single bytes flipped, either loads or fails
    // with a message: nothing throws, nothing crashes.
    const QByteArray full = readAll(QFINDTESTDATA("../data/models/full.json"));
    QVERIFY(!full.isEmpty());
    int loaded = 0;
    for (qsizetype n = 0; n <= full.size(); ++n) {
        const Result<Model> m = ModelFile::fromJson(full.left(n));
        if (m)
            ++loaded;
        else
            QVERIFY(!m.error().message.isEmpty());
    }
    QVERIFY(loaded >= 1);
    const char replacements[] = {'"', '{', '}', '[', ']', ',', ':', '0', '-', 'e', '\0', '\xff', 't', 'n'};
    for (qsizetype i = 0; i < full.size(); i += 3) {
        QByteArray broken = full;
        broken[i] = replacements[std::size_t(i) % sizeof(replacements)];
        const Result<Model> m = ModelFile::fromJson(broken);
        if (!m)
            QVERIFY(!m.error().message.isEmpty());
    }
    for (const char *odd : {"", "null", "1e999", "\"x\"", "{}", R"({"format":"tierlab-model","version":1e999})",
                            R"({"format":"tierlab-model","version":1,"categories":[{"id":"c","weight":1e999}],"signals":[],"tiers":[]})",
                            R"({"format":"tierlab-model","version":-1})", R"({"format":"tierlab-model","version":1.5})"}) {
        const Result<Model> m = ModelFile::fromJson(QByteArray(odd));
        QVERIFY2(!m, odd);
    }
}

QTEST_GUILESS_MAIN(tst_ModelFile)
#include "tst_modelfile.moc"
