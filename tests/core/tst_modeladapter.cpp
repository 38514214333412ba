// ModelAdapter (core/model/modeladapter.h) and `tierlab model adapt`: what a model keeps and drops
// against a workspace's signal catalogue, with exact lists; the adapted model validates against the
// workspace; the CLI on a small CSV workspace (and on the IBM Telco export when ../shared/data has it).
#include "model/modeladapter.h"
#include "model/modelexport.h"
#include "model/modelfile.h"
#include "model/modelvalidator.h"
#include "store/workspace.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include "clirun.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace tierlab;

namespace {

using Run = test::CliRun;
using test::runCli;

const QString kSeed = QStringLiteral(":/models/seed-default.json");

QString seedFile()
{
    return QStringLiteral(TIERLAB_SOURCE_DIR "/resources/models/seed-default.json");
}

// "id:type" or "id:type:Original header", type number|category|flag.
std::vector<SignalInfo> catalogue(const QStringList &specs)
{
    std::vector<SignalInfo> out;
    for (const QString &spec : specs) {
        const QStringList parts = spec.split(u':');
        SignalInfo info;
        info.index = int(out.size());
        info.id = parts.value(0);
        const QString type = parts.value(1);
        info.type = type == u"category" ? SignalType::Category : type == u"flag" ? SignalType::Flag : SignalType::Number;
        info.originalName = parts.value(2, info.id);
        out.push_back(info);
    }
    return out;
}

QStringList texts(const std::vector<AdaptedItem> &items)
{
    QStringList out;
    for (const AdaptedItem &item : items)
        out << item.text();
    return out;
}

// Every demo column the seed reads, with the demo's types.
const QStringList kAllDemoColumns{
    QStringLiteral("logins_per_user_30d:number"),   QStringLiteral("active_seat_ratio:number"),
    QStringLiteral("feature_adoption_pct:number"),  QStringLiteral("integrations_connected:number"),
    QStringLiteral("open_tickets:number"),          QStringLiteral("open_p1_tickets:number"),
    QStringLiteral("days_since_csm_touch:number"),  QStringLiteral("exec_sponsor_engaged:flag"),
    QStringLiteral("nps_score:number"),             QStringLiteral("support_sentiment:number"),
    QStringLiteral("contract_type:category"),       QStringLiteral("payment_days_late:number"),
    QStringLiteral("champion_left:flag")};

// The small workspace of the CLI test: three demo columns with their types, three as text.
const QStringList kSmallColumns{QStringLiteral("logins_per_user_30d:number"), QStringLiteral("contract_type:category"),
                                QStringLiteral("champion_left:category"), QStringLiteral("nps_score:category"),
                                QStringLiteral("open_p1_tickets:category")};

const QStringList kSmallKept{
    QStringLiteral("$.categories[0] \"engagement\""), QStringLiteral("$.categories[4] \"commercial\""),
    QStringLiteral("$.signals[0] \"logins\" (column logins_per_user_30d)"),
    QStringLiteral("$.signals[10] \"contract\" (column contract_type)"),
    // == true on a text column reads it as yes/no words: it fits (model-format.md, conditions).
    QStringLiteral("$.overrides[0] \"champion_left\" (column champion_left)")};

const QStringList kSmallDropped{
    QStringLiteral("$.categories[1] \"support\": no signal of the category is left"),
    QStringLiteral("$.categories[2] \"relationship\": no signal of the category is left"),
    QStringLiteral("$.categories[3] \"voice\": no signal of the category is left"),
    QStringLiteral("$.signals[1] \"seat_ratio\" (column active_seat_ratio): not in the workspace"),
    QStringLiteral("$.signals[2] \"feature_adoption\" (column feature_adoption_pct): not in the workspace"),
    QStringLiteral("$.signals[3] \"integrations\" (column integrations_connected): not in the workspace"),
    QStringLiteral("$.signals[4] \"open_tickets\" (column open_tickets): not in the workspace (did you mean open_p1_tickets?)"),
    QStringLiteral("$.signals[5] \"open_p1\" (column open_p1_tickets): a bands rule needs a number column; \"open_p1_tickets\" is a category column"),
    QStringLiteral("$.signals[6] \"csm_touch\" (column days_since_csm_touch): not in the workspace"),
    QStringLiteral("$.signals[7] \"exec_sponsor\" (column exec_sponsor_engaged): not in the workspace"),
    QStringLiteral("$.signals[8] \"nps\" (column nps_score): a bands rule needs a number column; \"nps_score\" is a category column"),
    QStringLiteral("$.signals[9] \"sentiment\" (column support_sentiment): not in the workspace"),
    QStringLiteral("$.signals[11] \"payment_late\" (column payment_days_late): not in the workspace"),
    QStringLiteral("$.penalties[0] \"p1_open\" (column open_p1_tickets): \"open_p1_tickets\" is a category column; compare it with text or true/false using == or !=")};

} // namespace

class tst_ModelAdapter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void seed_data();
    void seed();
    void conditionsAndRules_data();
    void conditionsAndRules();
    void metadataRemoved();
    void cliSmallWorkspace();
    void cliNothingFits();
    void cliUsage();
    void cliTelco();

private:
    Model m_seed;
    QTemporaryDir m_dir;
    QString m_small;   // workspace from a small CSV (kSmallColumns)
};

void tst_ModelAdapter::initTestCase()
{
    auto seed = ModelFile::load(kSeed);
    QVERIFY2(seed, qPrintable(seed ? QString() : seed.error().message));
    m_seed = *seed;
    QVERIFY(m_dir.isValid());
}

void tst_ModelAdapter::seed_data()
{
    QTest::addColumn<QStringList>("columns");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("kept");
    QTest::addColumn<QStringList>("dropped");
    QTest::addColumn<QString>("weights");

    QStringList allKept;
    for (std::size_t i = 0; i < m_seed.categories.size(); ++i)
        allKept << QStringLiteral("$.categories[%1] \"%2\"").arg(i).arg(m_seed.categories[i].id);
    for (std::size_t i = 0; i < m_seed.signals.size(); ++i)
        allKept << QStringLiteral("$.signals[%1] \"%2\" (column %3)").arg(i).arg(m_seed.signals[i].id, m_seed.signals[i].column);
    allKept << QStringLiteral("$.penalties[0] \"p1_open\" (column open_p1_tickets)")
            << QStringLiteral("$.overrides[0] \"champion_left\" (column champion_left)");
    QTest::newRow("every demo column") << kAllDemoColumns << QStringLiteral("Seed default") << allKept << QStringList{}
                                       << QStringLiteral("engagement 35 (35.0 %), support 20 (20.0 %), relationship 20 (20.0 %), "
                                                         "voice 15 (15.0 %), commercial 10 (10.0 %)");

    QTest::newRow("small workspace") << kSmallColumns << QStringLiteral("Seed default (adapted)") << kSmallKept << kSmallDropped
                                     << QStringLiteral("engagement 35 (77.8 %), commercial 10 (22.2 %)");

    // Columns found by their original CSV header; a flag rule takes any column type; the override
    // == true fits a number column (non-zero is true).
    QTest::newRow("headers, flag rule, numbers")
        << QStringList{QStringLiteral("logins:number:logins_per_user_30d"), QStringLiteral("exec_sponsor_engaged:category"),
                       QStringLiteral("open_p1_tickets:number"), QStringLiteral("champion_left:number")}
        << QStringLiteral("Seed default (adapted)")
        << QStringList{QStringLiteral("$.categories[0] \"engagement\""), QStringLiteral("$.categories[1] \"support\""),
                       QStringLiteral("$.categories[2] \"relationship\""),
                       QStringLiteral("$.signals[0] \"logins\" (column logins_per_user_30d)"),
                       QStringLiteral("$.signals[5] \"open_p1\" (column open_p1_tickets)"),
                       QStringLiteral("$.signals[7] \"exec_sponsor\" (column exec_sponsor_engaged)"),
                       QStringLiteral("$.penalties[0] \"p1_open\" (column open_p1_tickets)"),
                       QStringLiteral("$.overrides[0] \"champion_left\" (column champion_left)")}
        << QStringList{QStringLiteral("$.categories[3] \"voice\": no signal of the category is left"),
                       QStringLiteral("$.categories[4] \"commercial\": no signal of the category is left"),
                       QStringLiteral("$.signals[1] \"seat_ratio\" (column active_seat_ratio): not in the workspace"),
                       QStringLiteral("$.signals[2] \"feature_adoption\" (column feature_adoption_pct): not in the workspace"),
                       QStringLiteral("$.signals[3] \"integrations\" (column integrations_connected): not in the workspace"),
                       QStringLiteral("$.signals[4] \"open_tickets\" (column open_tickets): not in the workspace (did you mean open_p1_tickets?)"),
                       QStringLiteral("$.signals[6] \"csm_touch\" (column days_since_csm_touch): not in the workspace"),
                       QStringLiteral("$.signals[8] \"nps\" (column nps_score): not in the workspace"),
                       QStringLiteral("$.signals[9] \"sentiment\" (column support_sentiment): not in the workspace"),
                       QStringLiteral("$.signals[10] \"contract\" (column contract_type): not in the workspace"),
                       QStringLiteral("$.signals[11] \"payment_late\" (column payment_days_late): not in the workspace")}
        << QStringLiteral("engagement 35 (46.7 %), support 20 (26.7 %), relationship 20 (26.7 %)");
}

void tst_ModelAdapter::seed()
{
    QFETCH(QStringList, columns);
    QFETCH(QString, name);
    QFETCH(QStringList, kept);
    QFETCH(QStringList, dropped);
    QFETCH(QString, weights);
    const std::vector<SignalInfo> cat = catalogue(columns);
    auto a = ModelAdapter::adapt(m_seed, cat);
    QVERIFY2(a, qPrintable(a ? QString() : a.error().message));
    QCOMPARE(texts(a->kept), kept);
    QCOMPARE(texts(a->dropped), dropped);
    QCOMPARE(a->changed(), !dropped.isEmpty());
    QCOMPARE(a->model.name, name);
    QCOMPARE(ModelAdapter::weightSummary(a->model), weights);
    // It validates against the workspace, and the kept parts are the input's, unchanged.
    const Result<void> ok = ModelValidator::validate(a->model, &cat);
    QVERIFY2(ok, qPrintable(ok ? QString() : ok.error().message));
    for (const Signal &s : a->model.signals)
        QCOMPARE(s, m_seed.signals[std::size_t(m_seed.signalIndex(s.id))]);
    for (const Category &c : a->model.categories)
        QCOMPARE(c, m_seed.categories[std::size_t(m_seed.categoryIndex(c.id))]);
    QCOMPARE(a->model.tiers, m_seed.tiers);
    if (dropped.isEmpty())
        QCOMPARE(ModelFile::toJson(a->model), ModelFile::toJson(m_seed));
    // file → model → file is stable for the adapted model too.
    auto back = ModelFile::fromJson(ModelFile::toJson(a->model));
    QVERIFY(back);
    QCOMPARE(*back, a->model);
}

void tst_ModelAdapter::conditionsAndRules_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QStringList>("columns");
    QTest::addColumn<QStringList>("dropped");
    QTest::addColumn<QString>("error");

    const QByteArray head = R"({"format":"tierlab-model","version":1,"name":"T",
        "categories":[{"id":"a","weight":3},{"id":"b","weight":1}],
        "tiers":[{"id":"red","min":0},{"id":"green","min":50}],)";
    QTest::newRow("map on a number column, conditions by type")
        << head + R"("signals":[{"id":"plan","category":"a","rule":{"kind":"map","scores":{"Pro":100}}},
                                {"id":"usage","category":"b","rule":{"kind":"percentile"}}],
                    "penalties":[{"id":"p_text","column":"usage","op":"==","value":"high","points":5},
                                 {"id":"p_num","column":"usage","op":"<","value":3,"points":5}],
                    "overrides":[{"id":"o_num","column":"region","op":"==","value":2,"cap":30},
                                 {"id":"o_text","column":"region","op":"!=","value":"EU","cap":30},
                                 {"id":"o_gone","op":"==","value":true,"cap":10}]})"
        << QStringList{QStringLiteral("plan:number"), QStringLiteral("usage:number"), QStringLiteral("region:category")}
        << QStringList{QStringLiteral("$.categories[0] \"a\": no signal of the category is left"),
                       QStringLiteral("$.signals[0] \"plan\" (column plan): a map rule needs a category (text) column; \"plan\" is a number column"),
                       QStringLiteral("$.penalties[0] \"p_text\" (column usage): \"usage\" is a number column; it cannot be compared with text"),
                       QStringLiteral("$.overrides[0] \"o_num\" (column region): \"region\" is a category column; compare it with text or true/false using == or !="),
                       QStringLiteral("$.overrides[2] \"o_gone\" (column o_gone): not in the workspace")}
        << QString();
    QTest::newRow("nothing fits")
        << head + R"("signals":[{"id":"plan","category":"a","rule":{"kind":"map","scores":{"Pro":100}}}]})"
        << QStringList{QStringLiteral("plan:number"), QStringLiteral("region:category")} << QStringList{}
        << QStringLiteral("none of the model's 1 signals fits the workspace; its columns are: plan (number), region (category)");
    QTest::newRow("empty workspace")
        << head + R"("signals":[{"id":"plan","category":"a","rule":{"kind":"flag"}}]})" << QStringList{} << QStringList{}
        << QStringLiteral("none of the model's 1 signals fits the workspace: it has no columns");
}

void tst_ModelAdapter::conditionsAndRules()
{
    QFETCH(QByteArray, json);
    QFETCH(QStringList, columns);
    QFETCH(QStringList, dropped);
    QFETCH(QString, error);
    auto model = ModelFile::fromJson(json);
    QVERIFY2(model, qPrintable(model ? QString() : model.error().message));
    const std::vector<SignalInfo> cat = catalogue(columns);
    auto a = ModelAdapter::adapt(*model, cat);
    if (!error.isEmpty()) {
        QVERIFY(!a);
        QCOMPARE(a.error().code, Error::Code::Invalid);
        QCOMPARE(a.error().message, error);
        return;
    }
    QVERIFY2(a, qPrintable(a ? QString() : a.error().message));
    QCOMPARE(texts(a->dropped), dropped);
    QVERIFY(ModelValidator::validate(a->model, &cat));
    QCOMPARE(a->model.name, QStringLiteral("T (adapted)"));
    // Adapting again keeps everything and does not stack the suffix.
    auto again = ModelAdapter::adapt(a->model, cat);
    QVERIFY(again);
    QVERIFY(again->dropped.empty());
    QCOMPARE(again->model, a->model);
    // The kept categories keep their weights: nothing is renormalised.
    QCOMPARE(a->model.categories.size(), std::size_t(1));
    QCOMPARE(a->model.categories[0].weight, 1.0);
}

void tst_ModelAdapter::metadataRemoved()
{
    // An exported model's sha256 covers its content: the adapted model must not carry it.
    const QString exported = m_dir.filePath(QStringLiteral("exported.json"));
    QVERIFY(ModelExport::exportFile(m_seed, exported));
    auto model = ModelExport::importFile(exported);
    QVERIFY(model);
    QVERIFY(!ModelExport::metadata(*model)->sha256.isEmpty());
    const std::vector<SignalInfo> cat = catalogue(kSmallColumns);
    auto a = ModelAdapter::adapt(*model, cat);
    QVERIFY(a);
    QVERIFY(ModelExport::metadata(a->model)->sha256.isEmpty());
    // Nothing dropped: the file stays as it was, metadata and all.
    auto whole = ModelAdapter::adapt(*model, catalogue(kAllDemoColumns));
    QVERIFY(whole);
    QCOMPARE(whole->model, *model);
}

void tst_ModelAdapter::cliSmallWorkspace()
{
    if (!QFileInfo::exists(QStringLiteral(TIERLAB_CLI)))
        QSKIP("the tierlab executable is not built");
    const QString csv = m_dir.filePath(QStringLiteral("small.csv"));
    QFile f(csv);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("account_id,logins_per_user_30d,contract_type,champion_left,nps_score,open_p1_tickets\n"
            "A1,12,One year,stayed,promoter,none\n"
            "A2,3,Monthly,left,detractor,one\n"
            "A3,18,Two year,stayed,passive,none\n"
            "A4,1,Monthly,left,detractor,two\n");
    f.close();
    m_small = m_dir.filePath(QStringLiteral("small.tierlab"));
    Run r = runCli({QStringLiteral("import"), QStringLiteral("snapshots"), csv, QStringLiteral("--workspace"), m_small,
                    QStringLiteral("--as-of"), QStringLiteral("2026-01-31")});
    QVERIFY2(r.exitCode == 0, r.err.constData());

    // The workspace really has the types the catalogue tests assume.
    auto ws = Workspace::open(m_small);
    QVERIFY(ws);
    auto cat = (*ws)->signalCatalogue();
    QVERIFY(cat);
    QStringList specs;
    for (const SignalInfo &info : *cat)
        specs << QString(info.id + u':' + signalTypeName(info.type));
    QCOMPARE(specs, kSmallColumns);

    const QString out = m_dir.filePath(QStringLiteral("adapted.json"));
    r = runCli({QStringLiteral("model"), QStringLiteral("adapt"), seedFile(), QStringLiteral("--workspace"), m_small,
                QStringLiteral("--out"), out});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QString text = QString::fromUtf8(r.out);
    QVERIFY2(text.startsWith(u"Kept 2 of 12 signals, 0 of 1 penalties, 1 of 1 overrides, 2 of 5 categories\n"), r.out.constData());
    for (const QString &line : kSmallDropped)
        QVERIFY2(text.contains(QString(u"\n  - " + line + u'\n')), qPrintable(line));
    for (const QString &line : kSmallKept)
        QVERIFY2(text.contains(QString(u"\n  = " + line + u'\n')), qPrintable(line));
    QVERIFY(text.contains(u"Category weights are kept as they are (weights are relative): engagement 35 (77.8 %), commercial 10 (22.2 %)"));
    QVERIFY(text.contains(QString(u"Wrote \"Seed default (adapted)\" to " + out)));
    auto written = ModelFile::load(out);
    QVERIFY(written);
    QCOMPARE(written->name, QStringLiteral("Seed default (adapted)"));
    QCOMPARE(written->signals.size(), std::size_t(2));
    r = runCli({QStringLiteral("model"), QStringLiteral("validate"), out, QStringLiteral("--workspace"), m_small});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out.trimmed(), QByteArray("OK"));

    r = runCli({QStringLiteral("model"), QStringLiteral("adapt"), seedFile(), QStringLiteral("--workspace"), m_small,
                QStringLiteral("--out"), out, QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject j = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(j.value(QStringLiteral("name")).toString(), QStringLiteral("Seed default (adapted)"));
    QCOMPARE(j.value(QStringLiteral("changed")).toBool(), true);
    const QJsonArray kept = j.value(QStringLiteral("kept")).toArray();
    QCOMPARE(kept.size(), kSmallKept.size());
    QCOMPARE(kept.at(2).toObject().value(QStringLiteral("path")).toString(), QStringLiteral("$.signals[0]"));
    QVERIFY(kept.at(0).toObject().value(QStringLiteral("column")).isNull());
    const QJsonArray dropped = j.value(QStringLiteral("dropped")).toArray();
    QCOMPARE(dropped.size(), kSmallDropped.size());
    const QJsonObject nps = dropped.at(10).toObject();
    QCOMPARE(nps.value(QStringLiteral("path")).toString(), QStringLiteral("$.signals[8]"));
    QCOMPARE(nps.value(QStringLiteral("id")).toString(), QStringLiteral("nps"));
    QCOMPARE(nps.value(QStringLiteral("column")).toString(), QStringLiteral("nps_score"));
    QCOMPARE(nps.value(QStringLiteral("reason")).toString(),
             QStringLiteral("a bands rule needs a number column; \"nps_score\" is a category column"));
    const QJsonArray cats = j.value(QStringLiteral("categories")).toArray();
    QCOMPARE(cats.size(), 2);
    QCOMPARE(cats.at(0).toObject().value(QStringLiteral("weight")).toDouble(), 35.0);
}

void tst_ModelAdapter::cliNothingFits()
{
    if (m_small.isEmpty())
        QSKIP("needs the small workspace of cliSmallWorkspace");
    const QString model = m_dir.filePath(QStringLiteral("plan.json"));
    QFile f(model);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(R"({"format":"tierlab-model","version":1,"name":"Plan","categories":[{"id":"a"}],
               "signals":[{"id":"plan","category":"a","rule":{"kind":"map","scores":{"Pro":100}}}],
               "tiers":[{"id":"red","min":0}]})");
    f.close();
    const QString out = m_dir.filePath(QStringLiteral("nothing.json"));
    const Run r = runCli({QStringLiteral("model"), QStringLiteral("adapt"), model, QStringLiteral("--workspace"), m_small,
                          QStringLiteral("--out"), out});
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(QString::fromUtf8(r.err).trimmed(),
             QString(u"tierlab: " + model + u": none of the model's 1 signals fits the workspace; its columns are: "
             "logins_per_user_30d (number), contract_type (category), champion_left (category), nps_score (category), "
             "open_p1_tickets (category)"));
    QVERIFY(!QFileInfo::exists(out));
}

void tst_ModelAdapter::cliUsage()
{
    if (!QFileInfo::exists(QStringLiteral(TIERLAB_CLI)))
        QSKIP("the tierlab executable is not built");
    Run r = runCli({QStringLiteral("model"), QStringLiteral("adapt"), seedFile(), QStringLiteral("--workspace"),
                    m_dir.filePath(QStringLiteral("any.tierlab"))});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains("model adapt: usage: model adapt MODEL.json --workspace FILE --out FILE [--json]"));
    r = runCli({QStringLiteral("model"), QStringLiteral("adapt"), m_dir.filePath(QStringLiteral("missing.json")),
                QStringLiteral("--workspace"), m_dir.filePath(QStringLiteral("any.tierlab")), QStringLiteral("--out"),
                m_dir.filePath(QStringLiteral("x.json"))});
    QCOMPARE(r.exitCode, 1);
}

// The issue's case: the seed names 13 demo columns no real export has. On the Telco export none of
// its 12 signals fits (the Telco columns have other names), so adapt refuses and lists the columns.
void tst_ModelAdapter::cliTelco()
{
    const QString telco = QStringLiteral(TIERLAB_SHARED_DATA_DIR "/ibm-telco-customer-churn/Telco-Customer-Churn.csv");
    if (!QFileInfo::exists(telco))
        QSKIP("../shared/data/ibm-telco-customer-churn is not available");
    if (!QFileInfo::exists(QStringLiteral(TIERLAB_CLI)))
        QSKIP("the tierlab executable is not built");
    const QString ws = m_dir.filePath(QStringLiteral("telco.tierlab"));
    Run r = runCli({QStringLiteral("import"), QStringLiteral("snapshots"), telco, QStringLiteral("--workspace"), ws,
                    QStringLiteral("--as-of"), QStringLiteral("2024-09-30")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QString out = m_dir.filePath(QStringLiteral("telco-adapted.json"));
    r = runCli({QStringLiteral("model"), QStringLiteral("adapt"), seedFile(), QStringLiteral("--workspace"), ws,
                QStringLiteral("--out"), out});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("none of the model's 12 signals fits the workspace; its columns are: gender (category), "
                            "seniorcitizen (number), partner (flag), dependents (flag), tenure (number), "),
             r.err.constData());
    QVERIFY(r.err.contains("contract (category), paperlessbilling (flag), paymentmethod (category), "
                           "monthlycharges (number), totalcharges (number)\n"));
    QVERIFY(!QFileInfo::exists(out));
}

QTEST_GUILESS_MAIN(tst_ModelAdapter)
#include "tst_modeladapter.moc"
