// Tests of ModelValidator: one data row per validation error with its exact message (each names
// the JSON path), the column checks against a workspace catalogue, and near-match suggestions.
#include "model/modelfile.h"
#include "model/modelvalidator.h"

#include <QTest>

using namespace tierlab;

namespace {

// A valid model whose parts can be replaced one at a time.
QByteArray model(const QByteArray &categories = {}, const QByteArray &signals = {}, const QByteArray &penalties = {},
                 const QByteArray &overrides = {}, const QByteArray &tiers = {})
{
    return R"({"format":"tierlab-model","version":1,"categories":)"
           + (categories.isEmpty() ? QByteArray(R"([{"id":"engagement","weight":35},{"id":"support","weight":20}])") : categories)
           + R"(,"signals":)"
           + (signals.isEmpty() ? QByteArray(R"([{"id":"seat_ratio","column":"active_seat_ratio","category":"engagement",
                                                 "rule":{"kind":"linear","worst":0.1,"best":0.8}}])")
                                : signals)
           + R"(,"penalties":)" + (penalties.isEmpty() ? QByteArray("[]") : penalties) + R"(,"overrides":)"
           + (overrides.isEmpty() ? QByteArray("[]") : overrides) + R"(,"tiers":)"
           + (tiers.isEmpty() ? QByteArray(R"([{"id":"red","min":0},{"id":"yellow","min":40},{"id":"green","min":70}])") : tiers)
           + "}";
}

// The default model as version 2 with `members` (",\"segments\":…") added at the top level.
QByteArray v2(const QByteArray &members, const QByteArray &overrides = {})
{
    QByteArray json = model({}, {}, {}, overrides);
    json.replace(R"("version":1)", R"("version":2)");
    json.chop(1);
    return json + members + "}";
}

QByteArray variants(const QByteArray &list)
{
    return R"(,"segments":{"by":"segment","variants":)" + list + "}";
}

QByteArray signal(const QByteArray &rule, const QByteArray &category = "engagement", const QByteArray &more = {})
{
    return R"([{"id":"s","column":"active_seat_ratio","category":")" + category + R"(","rule":)" + rule + more + "}]";
}

std::vector<SignalInfo> demoCatalogue()
{
    std::vector<SignalInfo> c;
    auto add = [&](const char *id, SignalType type, const char *original) {
        SignalInfo info;
        info.index = int(c.size());
        info.id = QString::fromLatin1(id);
        info.type = type;
        info.originalName = QString::fromLatin1(original);
        c.push_back(info);
    };
    add("logins_per_user_30d", SignalType::Number, "Logins per user (30d)");
    add("active_seat_ratio", SignalType::Number, "Active seat ratio");
    add("feature_adoption_pct", SignalType::Number, "Feature adoption %");
    add("integrations_connected", SignalType::Number, "Integrations connected");
    add("nps_score", SignalType::Number, "NPS score");
    add("support_sentiment", SignalType::Number, "Support sentiment");
    add("open_tickets", SignalType::Number, "Open tickets");
    add("open_p1_tickets", SignalType::Number, "Open P1 tickets");
    add("days_since_csm_touch", SignalType::Number, "Days since CSM touch");
    add("exec_sponsor_engaged", SignalType::Flag, "Exec sponsor engaged");
    add("champion_left", SignalType::Flag, "Champion left");
    add("payment_days_late", SignalType::Number, "Payment days late");
    add("contract_type", SignalType::Category, "Contract type");
    add("webinar_attendance", SignalType::Number, "Webinar attendance");
    add("marketing_emails_opened", SignalType::Number, "Marketing emails opened");
    return c;
}

} // namespace

class tst_ModelValidator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void structureErrors_data();
    void structureErrors();
    void version2Errors_data();
    void version2Errors();
    void columnErrors_data();
    void columnErrors();
    void seedsAreValid_data();
    void seedsAreValid();
    void nearMatches_data();
    void nearMatches();
    void validateJoinsEverything();
};

void tst_ModelValidator::structureErrors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message");

    QTest::newRow("no category") << model("[]", "[]") << "categories: a model needs at least one category";
    QTest::newRow("unknown category") << model({}, signal(R"({"kind":"flag"})", "engagment"))
                                      << R"(signals[0].category: unknown category "engagment")";
    QTest::newRow("duplicate category id") << model(R"([{"id":"engagement"},{"id":"engagement"}])")
                                           << R"(categories[1].id: duplicate id "engagement")";
    QTest::newRow("empty id") << model(R"([{"id":"engagement"},{"id":" "}])") << "categories[1].id: an id is required";
    QTest::newRow("duplicate signal id")
        << model({}, R"([{"id":"s","category":"engagement","rule":{"kind":"flag"}},{"id":"s","category":"support","rule":{"kind":"flag"}}])")
        << R"(signals[1].id: duplicate id "s")";
    QTest::newRow("duplicate tier id") << model({}, {}, {}, {}, R"([{"id":"red","min":0},{"id":"red","min":50}])")
                                       << R"(tiers[1].id: duplicate id "red")";
    QTest::newRow("duplicate penalty id")
        << model({}, {}, R"([{"id":"p","op":">","value":1,"points":1},{"id":"p","op":">","value":2,"points":1}])")
        << R"(penalties[1].id: duplicate id "p")";
    QTest::newRow("negative category weight") << model(R"([{"id":"engagement","weight":-5}])")
                                              << "categories[0].weight: negative weight (-5); weights must be 0 or more";
    QTest::newRow("negative signal weight") << model({}, signal(R"({"kind":"flag"})", "engagement", R"(,"weight":-0.5)"))
                                            << "signals[0].weight: negative weight (-0.5); weights must be 0 or more";
    QTest::newRow("linear worst equals best") << model({}, signal(R"({"kind":"linear","worst":3,"best":3})"))
                                              << "signals[0].rule: worst and best are equal (3); a linear rule needs two different values";
    QTest::newRow("non-increasing edges") << model({}, signal(R"({"kind":"bands","edges":[0.2,0.8,0.5],"scores":[0,1,2,3]})"))
                                          << "signals[0].rule.edges: edges must be strictly increasing (0.5 after 0.8)";
    QTest::newRow("repeated edge") << model({}, signal(R"({"kind":"bands","edges":[1,1],"scores":[0,1,2]})"))
                                   << "signals[0].rule.edges: edges must be strictly increasing (1 after 1)";
    QTest::newRow("scores/edges length mismatch") << model({}, signal(R"({"kind":"bands","edges":[1,2],"scores":[0,100]})"))
                                                  << "signals[0].rule.scores: 2 edges need 3 scores, found 2";
    QTest::newRow("no edges") << model({}, signal(R"({"kind":"bands","edges":[],"scores":[50]})"))
                              << "signals[0].rule.edges: at least one edge is required";
    QTest::newRow("band score above 100") << model({}, signal(R"({"kind":"bands","edges":[1],"scores":[0,120]})"))
                                          << "signals[0].rule.scores[1]: score 120 is outside 0–100";
    QTest::newRow("map score below 0") << model({}, signal(R"({"kind":"map","scores":{"A":-1}})"))
                                       << R"(signals[0].rule.scores["A"]: score -1 is outside 0–100)";
    QTest::newRow("map key twice after trimming") << model({}, signal(R"({"kind":"map","scores":{"A":1," A ":2}})"))
                                                  << R"(signals[0].rule.scores["A"]: the value "A" is listed twice (after trimming))";
    QTest::newRow("map default above 100") << model({}, signal(R"({"kind":"map","scores":{},"default":101})"))
                                           << "signals[0].rule.default: score 101 is outside 0–100";
    QTest::newRow("flag score outside") << model({}, signal(R"({"kind":"flag","true":200})"))
                                        << "signals[0].rule.true: score 200 is outside 0–100";
    QTest::newRow("cap above 100") << model({}, {}, {}, R"([{"id":"o","column":"champion_left","op":"==","value":true,"cap":120}])")
                                   << "overrides[0].cap: cap 120 is outside 0–100";
    QTest::newRow("cap below 0") << model({}, {}, {}, R"([{"id":"o","column":"champion_left","op":"==","value":true,"cap":-1}])")
                                 << "overrides[0].cap: cap -1 is outside 0–100";
    QTest::newRow("negative points") << model({}, {}, R"([{"id":"p","op":">","value":1,"points":-3}])")
                                     << "penalties[0].points: points must be a number of 0 or more, found -3";
    QTest::newRow("ordering op on text") << model({}, {}, R"([{"id":"p","op":"<","value":"Monthly","points":1}])")
                                         << R"(penalties[0].op: "<" compares numbers only; use == or != for text and flags)";
    QTest::newRow("no tiers") << model({}, {}, {}, {}, "[]") << "tiers: at least one tier is required";
    QTest::newRow("first tier not at 0") << model({}, {}, {}, {}, R"([{"id":"a","min":10},{"id":"b","min":50}])")
                                         << "tiers[0].min: the first tier must start at 0, found 10";
    QTest::newRow("tiers not sorted") << model({}, {}, {}, {}, R"([{"id":"a","min":0},{"id":"b","min":70},{"id":"c","min":40}])")
                                      << "tiers[2].min: tiers must be sorted by strictly increasing min (40 after 70)";
    QTest::newRow("every category weight 0") << model(R"([{"id":"engagement","weight":0},{"id":"support","weight":0}])")
                                             << "categories: no category with a weight above 0 holds a signal with a weight above 0: "
                                                "no account would get a score";
    QTest::newRow("weighted category holds only 0-weight signals")
        << model({}, signal(R"({"kind":"flag"})", "engagement", R"(,"weight":0)"))
        << "categories: no category with a weight above 0 holds a signal with a weight above 0: no account would get a score";
    QTest::newRow("weight 1e308") << model(R"([{"id":"engagement","weight":1e308},{"id":"support","weight":20}])")
                                  << "categories[0].weight: weight 1e+308 is above 1000000; weights are relative, so smaller numbers say the same";
    QTest::newRow("signal weight above the bound") << model({}, signal(R"({"kind":"flag"})", "engagement", R"(,"weight":1000001)"))
                                                   << "signals[0].weight: weight 1000001 is above 1000000; weights are relative, so smaller "
                                                      "numbers say the same";
    QByteArray many = "[";
    for (int i = 0; i < 17; ++i)
        many += (i ? "," : "") + QStringLiteral(R"({"id":"c%1"})").arg(i).toUtf8();
    many += "]";
    QTest::newRow("too many categories") << model(many, R"([{"id":"s","category":"c0","rule":{"kind":"flag"}}])")
                                         << "categories: at most 16 categories are supported";
}

void tst_ModelValidator::structureErrors()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, message);
    const Result<Model> m = ModelFile::fromJson(json);
    QVERIFY(!m);
    QCOMPARE(m.error().message, message);
    QCOMPARE(m.error().code, Error::Code::Invalid);
}

void tst_ModelValidator::version2Errors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message");
    const QByteArray champion = R"([{"id":"o","column":"champion_left","op":"==","value":true)";
    QTest::newRow("cap_tier names no tier") << v2({}, champion + R"(,"cap_tier":"amber"}])")
                                            << R"(overrides[0].cap_tier: unknown tier "amber")";
    QTest::newRow("no cap and no cap_tier") << v2({}, champion + "}]") << "overrides[0].cap: missing (required)";
    QTest::newRow("cap_tier in a version 1 file")
        << model({}, {}, {}, champion + R"(,"cap_tier":"red"}])")
        << R"(overrides[0].cap_tier: this member needs "version": 2 (the file says version 1))";
    QTest::newRow("hysteresis in a version 1 file")
        << QByteArray(model().chopped(1) + R"(,"hysteresis":{"points":1}})")
        << R"(hysteresis: this member needs "version": 2 (the file says version 1))";
    QTest::newRow("no variants") << v2(variants("[]")) << "segments.variants: at least one variant is required";
    QTest::newRow("no by") << v2(R"(,"segments":{"by":" ","variants":[{"id":"e","when":["E"]}]})")
                           << "segments.by: name an account attribute (segment, csm) or a category column";
    QTest::newRow("when empty") << v2(variants(R"([{"id":"ent","when":[]}])"))
                                << "segments.variants[0].when: list at least one value";
    QTest::newRow("duplicate variant id") << v2(variants(R"([{"id":"ent","when":["E"]},{"id":"ent","when":["F"]}])"))
                                          << R"(segments.variants[1].id: duplicate id "ent")";
    QTest::newRow("unknown category") << v2(variants(R"([{"id":"ent","when":["E"],"categories":{"engagment":5}}])"))
                                      << R"(segments.variants[0].categories["engagment"]: unknown category "engagment")";
    QTest::newRow("negative variant weight") << v2(variants(R"([{"id":"ent","when":["E"],"categories":{"engagement":-1}}])"))
                                             << R"(segments.variants[0].categories["engagement"]: negative weight (-1); weights must be 0 or more)";
    QTest::newRow("unknown signal") << v2(variants(R"([{"id":"ent","when":["E"],"signals":{"nope":{"weight":1}}}])"))
                                    << R"(segments.variants[0].signals["nope"]: unknown signal "nope")";
    QTest::newRow("variant rule") << v2(variants(R"([{"id":"ent","when":["E"],"signals":{"seat_ratio":{"rule":{"kind":"linear","worst":1,"best":1}}}}])"))
                                  << R"(segments.variants[0].signals["seat_ratio"].rule: worst and best are equal (1); a linear rule needs two different values)";
    QTest::newRow("variant tiers are other tiers")
        << v2(variants(R"([{"id":"ent","when":["E"],"tiers":[{"id":"red","min":0},{"id":"green","min":50}]}])"))
        << "segments.variants[0].tiers: list the model's tiers in its order (red, yellow, green); a segment changes their min only";
    QTest::newRow("variant tiers not sorted")
        << v2(variants(R"([{"id":"ent","when":["E"],"tiers":[{"id":"red","min":0},{"id":"yellow","min":60},{"id":"green","min":50}]}])"))
        << "segments.variants[0].tiers[2].min: tiers must be sorted by strictly increasing min (50 after 60)";
    QTest::newRow("variant member of the wrong type")
        << v2(variants(R"([{"id":"ent","when":["E", 3]}])")) << "segments.variants[0].when[1]: must be text, found number";
    QTest::newRow("hysteresis points") << v2(R"(,"hysteresis":{"points":-1,"weeks":2})")
                                       << "hysteresis.points: points must be a number of 0 or more, found -1";
    QTest::newRow("hysteresis weeks") << v2(R"(,"hysteresis":{"points":1,"weeks":53})")
                                      << "hysteresis.weeks: must be a whole number from 0 to 52, found 53";
    QTest::newRow("trend weeks") << v2(R"(,"trend":{"tier":"yellow","weeks":2,"slope":1,"id":"declining"})")
                                 << "trend.weeks: must be a whole number from 3 to 52, found 2";
    QTest::newRow("trend tier and id") << v2(R"(,"trend":{"tier":"amber","weeks":4,"slope":1,"id":"red"})")
                                       << "trend.tier: unknown tier \"amber\"\ntrend.id: \"red\" is already a tier id";
    QTest::newRow("trend slope") << v2(R"(,"trend":{"tier":"yellow","slope":-2,"id":"declining"})")
                                 << "trend.slope: the slope must be a number of 0 or more (points a week), found -2";
}

void tst_ModelValidator::version2Errors()
{
    structureErrors();
}

void tst_ModelValidator::columnErrors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown column with near matches")
        << model({}, R"([{"id":"seat_ratio","category":"engagement","rule":{"kind":"linear","worst":0.1,"best":0.8}}])")
        << R"(signals[0].column: unknown column "seat_ratio" in the workspace (did you mean active_seat_ratio?))";
    QTest::newRow("typo") << model({}, R"([{"id":"x","column":"open_ticket","category":"engagement","rule":{"kind":"linear","worst":5,"best":0}}])")
                          << R"(signals[0].column: unknown column "open_ticket" in the workspace (did you mean open_tickets, Open tickets?))";
    QTest::newRow("a variant's rule on the wrong column type")
        << v2(variants(R"([{"id":"ent","when":["E"],"signals":{"seat_ratio":{"rule":{"kind":"map","scores":{}}}}}])"))
        << R"(segments.variants[0].signals["seat_ratio"].rule: a map rule needs a category (text) column; "active_seat_ratio" is a number column)";
    QTest::newRow("segments by a number column")
        << v2(R"(,"segments":{"by":"nps_score","variants":[{"id":"e","when":["E"]}]})")
        << R"(segments.by: "nps_score" is a number column; segments need an account attribute (segment, csm) or a category column)";
    QTest::newRow("unknown column, nothing near")
        << model({}, R"([{"id":"x","column":"zzz","category":"engagement","rule":{"kind":"flag"}}])")
        << R"(signals[0].column: unknown column "zzz" in the workspace)";
    QTest::newRow("linear on a category column")
        << model({}, R"([{"id":"x","column":"contract_type","category":"engagement","rule":{"kind":"linear","worst":0,"best":1}}])")
        << R"(signals[0].rule: a linear rule needs a number column; "contract_type" is a category column)";
    QTest::newRow("bands on a flag column")
        << model({}, R"([{"id":"x","column":"champion_left","category":"engagement","rule":{"kind":"bands","edges":[1],"scores":[0,1]}}])")
        << R"(signals[0].rule: a bands rule needs a number column; "champion_left" is a flag column)";
    QTest::newRow("percentile on a category column")
        << model({}, R"([{"id":"x","column":"Contract type","category":"engagement","rule":{"kind":"percentile"}}])")
        << R"(signals[0].rule: a percentile rule needs a number column; "Contract type" is a category column)";
    QTest::newRow("map on a number column")
        << model({}, R"([{"id":"x","column":"nps_score","category":"engagement","rule":{"kind":"map","scores":{}}}])")
        << R"(signals[0].rule: a map rule needs a category (text) column; "nps_score" is a number column)";
    QTest::newRow("penalty column unknown") << model({}, {}, R"([{"id":"p1","op":">=","value":1,"points":10}])")
                                            << R"(penalties[0].column: unknown column "p1" in the workspace)";
    QTest::newRow("number compared with a category column")
        << model({}, {}, R"([{"id":"p","column":"contract_type","op":"==","value":1,"points":10}])")
        << R"(penalties[0].value: "contract_type" is a category column; compare it with text or true/false using == or !=)";
    QTest::newRow("text compared with a number column")
        << model({}, {}, {}, R"([{"id":"o","column":"nps_score","op":"==","value":"high","cap":30}])")
        << R"(overrides[0].value: "nps_score" is a number column; it cannot be compared with text)";
}

void tst_ModelValidator::columnErrors()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, message);
    const Result<Model> m = ModelFile::fromJson(json);
    QVERIFY2(m, m ? "" : qPrintable(m.error().message));
    const std::vector<SignalInfo> catalogue = demoCatalogue();
    const std::vector<ModelIssue> issues = ModelValidator::checkColumns(*m, catalogue);
    QCOMPARE(issues.size(), std::size_t(1));
    QCOMPARE(issues[0].text(), message);
    // validate() names the way out after the column problems: adapt, or a starter model.
    const Result<void> ok = ModelValidator::validate(*m, &catalogue);
    QVERIFY(!ok);
    QCOMPARE(ok.error().message,
             message + QStringLiteral("\nThe model does not fit this workspace's columns: keep the part that fits with "
                                      "\"tierlab model adapt MODEL.json --workspace W --out M2.json\", or build one from the data "
                                      "with \"tierlab model starter\" (File → New Model from Data…)."));
}

void tst_ModelValidator::seedsAreValid_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("default") << "seed-default.json";
    QTest::newRow("simple") << "seed-simple.json";
}

void tst_ModelValidator::seedsAreValid()
{
    QFETCH(QString, name);
    const Result<Model> m = ModelFile::load(QStringLiteral(TIERLAB_SOURCE_DIR "/resources/models/") + name);
    QVERIFY2(m, m ? "" : qPrintable(m.error().message));
    const std::vector<SignalInfo> catalogue = demoCatalogue();
    const Result<void> ok = ModelValidator::validate(*m, &catalogue);
    QVERIFY2(ok, ok ? "" : qPrintable(ok.error().message));
    // Columns may also be named by their original header.
    Model byHeader = *m;
    byHeader.signals[0].column = ModelValidator::findColumn(byHeader.signals[0].columnName(), catalogue)->originalName;
    QVERIFY(ModelValidator::checkColumns(byHeader, catalogue).empty());
}

void tst_ModelValidator::nearMatches_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("contained") << "seat_ratio" << QStringList{QStringLiteral("active_seat_ratio")};
    QTest::newRow("case differs") << "NPS_SCORE" << QStringList{QStringLiteral("nps_score"), QStringLiteral("NPS score")};
    QTest::newRow("one letter off") << "champion_lef" << QStringList{QStringLiteral("champion_left"), QStringLiteral("Champion left")};
    QTest::newRow("far") << "revenue" << QStringList{};
}

void tst_ModelValidator::nearMatches()
{
    QFETCH(QString, name);
    QFETCH(QStringList, expected);
    QCOMPARE(ModelValidator::nearMatches(name, demoCatalogue()), expected);
}

void tst_ModelValidator::validateJoinsEverything()
{
    Result<Model> m = ModelFile::fromJson(model());
    QVERIFY(m);
    m->categories[0].weight = -1;
    m->signals[0].column = QStringLiteral("nope");
    const std::vector<SignalInfo> catalogue = demoCatalogue();
    const Result<void> ok = ModelValidator::validate(*m, &catalogue);
    QVERIFY(!ok);
    QCOMPARE(ok.error().code, Error::Code::Invalid);
    QVERIFY(ok.error().message.startsWith(QStringLiteral("categories[0].weight: negative weight (-1); weights must be 0 or more\n"
                                                         "signals[0].column: unknown column \"nope\" in the workspace\n"
                                                         "The model does not fit this workspace's columns: ")));
    QVERIFY(ModelValidator::validate(*m, nullptr).error().message.count(u'\n') == 0);
}

QTEST_GUILESS_MAIN(tst_ModelValidator)
#include "tst_modelvalidator.moc"
