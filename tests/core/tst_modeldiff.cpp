// Tests of ModelDiff: each kind of change found with its exact text, ordering, identical models,
// metadata ignored, and the text and JSON outputs (also through `tierlab model-diff`).
#include "model/modeldiff.h"
#include "model/modelexport.h"
#include "model/modelfile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace tierlab;

namespace {

const QByteArray kBase = R"({"format":"tierlab-model","version":1,"name":"Base",
  "categories":[{"id":"use","weight":2},{"id":"sup","weight":1}],
  "signals":[{"id":"logins","category":"use","rule":{"kind":"linear","worst":0,"best":30}},
             {"id":"tickets","category":"sup","weight":1,"rule":{"kind":"bands","edges":[2,5],"scores":[100,50,0]}},
             {"id":"plan","category":"sup","rule":{"kind":"map","scores":{"gold":100},"default":50}}],
  "penalties":[{"id":"late","column":"tickets","op":">=","value":8,"points":10}],
  "overrides":[{"id":"cancel","column":"plan","op":"==","value":"cancelled","cap":10,"reason":"Cancelling"}],
  "tiers":[{"id":"red","min":0},{"id":"yellow","min":40},{"id":"green","min":70}]})";

Model parse(const QByteArray &json)
{
    auto m = ModelFile::fromJson(json);
    if (!m)
        qFatal("%s", qPrintable(m.error().message));
    return *m;
}

QStringList lines(const std::vector<ModelChange> &changes)
{
    return ModelDiff::toText(changes).split(u'\n', Qt::SkipEmptyParts);
}

} // namespace

class TestModelDiff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void identical();
    void singleChange_data();
    void singleChange();
    void addedAndRemoved();
    void orderAcrossSections();
    void metadataIgnored();
    void json();
    void cli();
};

void TestModelDiff::identical()
{
    const auto changes = ModelDiff::diff(parse(kBase), parse(kBase));
    QVERIFY(changes.empty());
    QCOMPARE(ModelDiff::toText(changes), QStringLiteral("no differences\n"));
}

void TestModelDiff::singleChange_data()
{
    QTest::addColumn<QByteArray>("from");
    QTest::addColumn<QByteArray>("to");
    QTest::addColumn<QString>("line");
    QTest::newRow("category weight") << QByteArray(R"("id":"use","weight":2)") << QByteArray(R"("id":"use","weight":2.5)")
                                     << QStringLiteral("~ categories.use.weight: 2 → 2.5");
    QTest::newRow("signal weight") << QByteArray(R"("category":"sup","weight":1,)")
                                   << QByteArray(R"("category":"sup","weight":0.1,)")
                                   << QStringLiteral("~ signals.tickets.weight: 1 → 0.1");
    QTest::newRow("linear rule") << QByteArray(R"("best":30)") << QByteArray(R"("best":40)")
                                 << QStringLiteral("~ signals.logins.rule: linear worst=0 best=30 → linear worst=0 best=40");
    QTest::newRow("bands rule") << QByteArray("[2,5]") << QByteArray("[2,6]")
                                << QStringLiteral("~ signals.tickets.rule: bands edges=[2, 5] scores=[100, 50, 0] → "
                                                  "bands edges=[2, 6] scores=[100, 50, 0]");
    QTest::newRow("map rule") << QByteArray(R"("default":50)") << QByteArray(R"("default":40)")
                              << QStringLiteral("~ signals.plan.rule: map {\"gold\": 100} default=50 → map {\"gold\": 100} default=40");
    QTest::newRow("signal category") << QByteArray(R"("id":"plan","category":"sup")")
                                     << QByteArray(R"("id":"plan","category":"use")")
                                     << QStringLiteral("~ signals.plan.category: sup → use");
    QTest::newRow("penalty value") << QByteArray(R"("value":8)") << QByteArray(R"("value":9)")
                                   << QStringLiteral("~ penalties.late.condition: >= 8 → >= 9");
    QTest::newRow("penalty points") << QByteArray(R"("points":10)") << QByteArray(R"("points":12)")
                                    << QStringLiteral("~ penalties.late.points: 10 → 12");
    QTest::newRow("override cap") << QByteArray(R"("cap":10)") << QByteArray(R"("cap":20)")
                                  << QStringLiteral("~ overrides.cancel.cap: 10 → 20");
    QTest::newRow("override value") << QByteArray(R"("value":"cancelled")") << QByteArray(R"("value":"churning")")
                                    << QStringLiteral("~ overrides.cancel.condition: == \"cancelled\" → == \"churning\"");
    QTest::newRow("tier min") << QByteArray(R"("min":70)") << QByteArray(R"("min":75)")
                              << QStringLiteral("~ tiers.green.min: 70 → 75");
    QTest::newRow("name") << QByteArray(R"("name":"Base")") << QByteArray(R"("name":"Next")")
                          << QStringLiteral("~ model.name: Base → Next");
}

void TestModelDiff::singleChange()
{
    QFETCH(QByteArray, from);
    QFETCH(QByteArray, to);
    QFETCH(QString, line);
    QByteArray changed = kBase;
    QVERIFY(changed.contains(from));
    changed.replace(from, to);
    const auto changes = ModelDiff::diff(parse(kBase), parse(changed));
    QCOMPARE(lines(changes), QStringList{line});
    QCOMPARE(changes.front().kind, ModelChange::Kind::Changed);
    // And back: before and after swap.
    const auto back = ModelDiff::diff(parse(changed), parse(kBase));
    QCOMPARE(back.size(), std::size_t(1));
    QCOMPARE(back.front().before, changes.front().after);
}

void TestModelDiff::addedAndRemoved()
{
    QByteArray changed = kBase;
    changed.replace(R"("overrides":[{"id":"cancel","column":"plan","op":"==","value":"cancelled","cap":10,"reason":"Cancelling"}],)",
                    "");
    changed.replace(R"({"id":"green","min":70})", R"({"id":"green","min":70},{"id":"blue","min":90})");
    const auto changes = ModelDiff::diff(parse(kBase), parse(changed));
    QCOMPARE(lines(changes), QStringList({QStringLiteral("- overrides.cancel: column=plan, condition=== \"cancelled\", "
                                                         "cap=10, cap_tier=, reason=Cancelling"),
                                          QStringLiteral("+ tiers.blue: min=90, label=, color=")}));
    QCOMPARE(changes[0].kind, ModelChange::Kind::Removed);
    QCOMPARE(changes[1].kind, ModelChange::Kind::Added);
}

void TestModelDiff::orderAcrossSections()
{
    QByteArray changed = kBase;
    changed.replace(R"("min":40)", R"("min":45)");
    changed.replace(R"("best":30)", R"("best":20)");
    changed.replace(R"("id":"sup","weight":1)", R"("id":"sup","weight":2)");
    const auto changes = ModelDiff::diff(parse(kBase), parse(changed));
    QStringList sections;
    for (const ModelChange &c : changes)
        sections << c.section + u'.' + c.id + u'.' + c.field;
    QCOMPARE(sections, QStringList({QStringLiteral("categories.sup.weight"), QStringLiteral("signals.logins.rule"),
                                    QStringLiteral("tiers.yellow.min")}));
}

void TestModelDiff::metadataIgnored()
{
    ModelMetadata meta;
    meta.author = QStringLiteral("someone");
    const Model withMeta = ModelExport::withMetadata(parse(kBase), meta);
    QVERIFY(ModelDiff::diff(parse(kBase), withMeta).empty());
}

void TestModelDiff::json()
{
    QByteArray changed = kBase;
    changed.replace(R"("points":10)", R"("points":12)");
    const QJsonObject o = QJsonDocument::fromJson(ModelDiff::toJson(ModelDiff::diff(parse(kBase), parse(changed)))).object();
    QCOMPARE(o.value(QStringLiteral("identical")).toBool(), false);
    const QJsonArray list = o.value(QStringLiteral("changes")).toArray();
    QCOMPARE(list.size(), 1);
    const QJsonObject c = list[0].toObject();
    QCOMPARE(c.value(QStringLiteral("kind")).toString(), QStringLiteral("changed"));
    QCOMPARE(c.value(QStringLiteral("section")).toString(), QStringLiteral("penalties"));
    QCOMPARE(c.value(QStringLiteral("id")).toString(), QStringLiteral("late"));
    QCOMPARE(c.value(QStringLiteral("field")).toString(), QStringLiteral("points"));
    QCOMPARE(c.value(QStringLiteral("before")).toString(), QStringLiteral("10"));
    QCOMPARE(c.value(QStringLiteral("after")).toString(), QStringLiteral("12"));
    QCOMPARE(QJsonDocument::fromJson(ModelDiff::toJson({})).object().value(QStringLiteral("identical")).toBool(), true);
}

void TestModelDiff::cli()
{
    QTemporaryDir dir;
    const QString a = dir.filePath(QStringLiteral("a.json"));
    const QString b = dir.filePath(QStringLiteral("b.json"));
    QByteArray changed = kBase;
    changed.replace(R"("min":70)", R"("min":75)");
    QVERIFY(ModelExport::exportFile(parse(kBase), a));
    QVERIFY(ModelFile::save(parse(changed), b));

    QProcess p;
    p.start(QStringLiteral(TIERLAB_CLI), {QStringLiteral("model-diff"), a, b});
    QVERIFY(p.waitForFinished(30000));
    QCOMPARE(p.exitCode(), 0);
    QCOMPARE(QString::fromUtf8(p.readAllStandardOutput()), QStringLiteral("~ tiers.green.min: 70 → 75\n"));

    // The same through `tierlab model diff`.
    p.start(QStringLiteral(TIERLAB_CLI), {QStringLiteral("model"), QStringLiteral("diff"), a, b});
    QVERIFY(p.waitForFinished(30000));
    QCOMPARE(p.exitCode(), 0);
    QCOMPARE(QString::fromUtf8(p.readAllStandardOutput()), QStringLiteral("~ tiers.green.min: 70 → 75\n"));

    p.start(QStringLiteral(TIERLAB_CLI), {QStringLiteral("model-diff"), a, b, QStringLiteral("--json")});
    QVERIFY(p.waitForFinished(30000));
    QCOMPARE(p.exitCode(), 0);
    const QJsonObject o = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
    QCOMPARE(o.value(QStringLiteral("changes")).toArray().size(), 1);

    p.start(QStringLiteral(TIERLAB_CLI), {QStringLiteral("model-diff"), a});
    QVERIFY(p.waitForFinished(30000));
    QCOMPARE(p.exitCode(), 2);
    p.start(QStringLiteral(TIERLAB_CLI), {QStringLiteral("model-diff"), a, dir.filePath(QStringLiteral("none.json"))});
    QVERIFY(p.waitForFinished(30000));
    QCOMPARE(p.exitCode(), 1);
    QVERIFY(p.readAllStandardError().contains("none.json"));
}

QTEST_GUILESS_MAIN(TestModelDiff)
#include "tst_modeldiff.moc"
