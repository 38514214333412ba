// Tests of ModelExport: metadata written and read back, the canonical SHA-256 (stable, blind to
// the metadata, sensitive to any scoring change), export → import → identical scores, a tampered
// file refused, and the workspace data fingerprint.
#include "analysis/backtest.h"
#include "analysis/backtestjson.h"
#include "engine/scoringengine.h"
#include "model/modelexport.h"
#include "model/modelfile.h"
#include "store/datafingerprint.h"
#include "store/snapshotcodec.h"
#include "store/workspace.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace tierlab;

namespace {

const QByteArray kModel = R"({"format":"tierlab-model","version":1,"name":"Export test","description":"d",
  "categories":[{"id":"use","weight":2},{"id":"sup","weight":1,"aggregate":"min"}],
  "signals":[{"id":"logins","category":"use","rule":{"kind":"bands","edges":[5,20],"scores":[0,50,100]}},
             {"id":"seats","category":"use","weight":2,"rule":{"kind":"linear","worst":0,"best":1},"missing":"neutral"},
             {"id":"tickets","category":"sup","rule":{"kind":"linear","worst":10,"best":0}},
             {"id":"plan","category":"sup","rule":{"kind":"map","scores":{"gold":100,"free":20},"default":50}}],
  "penalties":[{"id":"late","column":"tickets","op":">=","value":8,"points":10,"label":"Many tickets"}],
  "overrides":[{"id":"churn_flag","column":"plan","op":"==","value":"cancelled","cap":10,"reason":"Cancelling"}],
  "tiers":[{"id":"red","min":0},{"id":"yellow","min":40},{"id":"green","min":70}],
  "x_custom":{"kept":true}})";

Model parse(const QByteArray &json)
{
    auto m = ModelFile::fromJson(json);
    if (!m)
        qFatal("%s", qPrintable(m.error().message));
    return *m;
}

std::shared_ptr<Dataset> data()
{
    auto d = std::make_shared<Dataset>();
    auto number = [](const char *id, std::vector<double> v) {
        Column c;
        c.info.id = QString::fromLatin1(id);
        c.numbers = std::move(v);
        return c;
    };
    const double nan = std::numeric_limits<double>::quiet_NaN();
    d->columns.push_back(number("logins", {3, 12, 40, nan, 25}));
    d->columns.push_back(number("seats", {0.2, nan, 1, 0.5, 0.9}));
    d->columns.push_back(number("tickets", {9, 2, 0, 5, nan}));
    Column plan;
    plan.info.id = QStringLiteral("plan");
    plan.info.type = SignalType::Category;
    plan.dictionary = {QStringLiteral("gold"), QStringLiteral("free"), QStringLiteral("cancelled")};
    plan.codes = {0, 1, 2, kMissingCode, 0};
    d->columns.push_back(plan);
    for (int i = 0; i < 5; ++i)
        d->accountIds.push_back(QStringLiteral("A%1").arg(i));
    d->arr.assign(5, 1000);
    return d;
}

std::vector<double> scores(const Model &m)
{
    ScoringEngine e;
    if (!e.setModel(m) || !e.setDataset(data()))
        qFatal("scoring failed");
    return e.scores();
}

} // namespace

class TestModelExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTripScores();
    void metadataFields();
    void hashIgnoresMetadata();
    void hashSeesChanges_data();
    void hashSeesChanges();
    void tamperedFileRefused();
    void plainFileImports();
    void badMetadata();
    void fingerprint();
    void backtestMetrics();

private:
    QTemporaryDir m_dir;
};

void TestModelExport::roundTripScores()
{
    const Model m = parse(kModel);
    const QString path = m_dir.filePath(QStringLiteral("export.json"));
    auto meta = ModelExport::exportFile(m, path);
    QVERIFY2(meta, qPrintable(meta ? QString() : meta.error().message));
    ModelMetadata read;
    auto back = ModelExport::importFile(path, &read);
    QVERIFY2(back, qPrintable(back ? QString() : back.error().message));
    QCOMPARE(ModelExport::withoutMetadata(*back), m);
    const std::vector<double> a = scores(m);
    const std::vector<double> b = scores(*back);
    QCOMPARE(a.size(), b.size());
    for (std::size_t i = 0; i < a.size(); ++i)
        QVERIFY((std::isnan(a[i]) && std::isnan(b[i])) || a[i] == b[i]);
    QCOMPARE(read.sha256, meta->sha256);
    QCOMPARE(read.sha256, ModelExport::canonicalSha256(m));
    // Unknown members survive next to the metadata.
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray text = f.readAll();
    QVERIFY(text.contains("\"x_custom\""));
    QVERIFY(text.contains("\"metadata\""));
}

void TestModelExport::metadataFields()
{
    const Model m = parse(kModel);
    ModelMetadata in;
    in.author = QStringLiteral("ops-lead");
    in.createdAt = QDateTime(QDate(2026, 11, 2), QTime(9, 30, 0), Qt::UTC);
    in.dataFingerprint = QStringLiteral("abc123");
    in.backtest = QJsonObject{{QStringLiteral("auc"), 0.81}, {QStringLiteral("accounts"), 2000}};
    const QString path = m_dir.filePath(QStringLiteral("meta.json"));
    QVERIFY(ModelExport::exportFile(m, path, in));
    ModelMetadata out;
    QVERIFY(ModelExport::importFile(path, &out));
    QCOMPARE(out.name, QStringLiteral("Export test"));
    QCOMPARE(out.author, QStringLiteral("ops-lead"));
    QCOMPARE(out.createdAt, in.createdAt);
    QCOMPARE(out.dataFingerprint, QStringLiteral("abc123"));
    QCOMPARE(out.backtest.value(QStringLiteral("auc")).toDouble(), 0.81);
    QCOMPARE(out.backtest.value(QStringLiteral("accounts")).toInt(), 2000);
    QCOMPARE(out.tool, QStringLiteral("tierlab " TIERLAB_VERSION_TEXT));
    QCOMPARE(out.sha256.size(), 64);

    // Defaults: the OS user and now.
    ModelMetadata defaults;
    QVERIFY(ModelExport::exportFile(m, path, {}));
    QVERIFY(ModelExport::importFile(path, &defaults));
    QCOMPARE(defaults.author, ModelExport::currentUser());
#ifdef Q_OS_UNIX
    QVERIFY(!defaults.author.isEmpty());   // the user database answers when $USER is not set
#endif
    QVERIFY(defaults.createdAt.isValid());
    QVERIFY(defaults.createdAt.secsTo(QDateTime::currentDateTimeUtc()) < 3600);
    QVERIFY(defaults.backtest.isEmpty());
}

void TestModelExport::hashIgnoresMetadata()
{
    const Model m = parse(kModel);
    // The hash is the SHA-256 of the canonical text.
    QCOMPARE(ModelExport::canonicalSha256(m),
             QString::fromLatin1(
                 QCryptographicHash::hash(ModelFile::toJson(m), QCryptographicHash::Sha256).toHex()));
    ModelMetadata a;
    a.author = QStringLiteral("a");
    ModelMetadata b;
    b.author = QStringLiteral("b");
    b.createdAt = QDateTime::currentDateTimeUtc();
    const Model ma = ModelExport::withMetadata(m, a);
    const Model mb = ModelExport::withMetadata(m, b);
    QVERIFY(!(ma == mb));
    QCOMPARE(ModelExport::canonicalSha256(ma), ModelExport::canonicalSha256(m));
    QCOMPARE(ModelExport::canonicalSha256(mb), ModelExport::canonicalSha256(m));
    // Re-exporting an imported model does not nest or duplicate metadata.
    QCOMPARE(ModelExport::withoutMetadata(ModelExport::withMetadata(ma, b)), ModelExport::withoutMetadata(m));
}

void TestModelExport::hashSeesChanges_data()
{
    QTest::addColumn<QByteArray>("from");
    QTest::addColumn<QByteArray>("to");
    QTest::newRow("category weight") << QByteArray(R"("id":"use","weight":2)") << QByteArray(R"("id":"use","weight":3)");
    QTest::newRow("band edge") << QByteArray("[5,20]") << QByteArray("[5,21]");
    QTest::newRow("penalty points") << QByteArray(R"("points":10)") << QByteArray(R"("points":11)");
    QTest::newRow("override cap") << QByteArray(R"("cap":10)") << QByteArray(R"("cap":15)");
    QTest::newRow("tier min") << QByteArray(R"("min":70)") << QByteArray(R"("min":75)");
    QTest::newRow("name") << QByteArray(R"("name":"Export test")") << QByteArray(R"("name":"Other")");
}

void TestModelExport::hashSeesChanges()
{
    QFETCH(QByteArray, from);
    QFETCH(QByteArray, to);
    QByteArray changed = kModel;
    QVERIFY(changed.contains(from));
    changed.replace(from, to);
    QVERIFY(ModelExport::canonicalSha256(parse(changed)) != ModelExport::canonicalSha256(parse(kModel)));
}

void TestModelExport::tamperedFileRefused()
{
    const QString path = m_dir.filePath(QStringLiteral("tampered.json"));
    QVERIFY(ModelExport::exportFile(parse(kModel), path));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QByteArray text = f.readAll();
    f.close();
    QVERIFY(text.contains("\"min\": 70"));
    text.replace("\"min\": 70", "\"min\": 60");
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(text);
    f.close();
    auto r = ModelExport::importFile(path);
    QVERIFY(!r);
    QCOMPARE(r.error().code, Error::Code::Corrupt);
    QVERIFY(r.error().message.contains(path));
    QVERIFY(r.error().message.contains(QStringLiteral("sha256")));
}

void TestModelExport::plainFileImports()
{
    // A model file without metadata (hand-written) imports; its metadata is empty.
    const QString path = m_dir.filePath(QStringLiteral("plain.json"));
    QVERIFY(ModelFile::save(parse(kModel), path));
    ModelMetadata meta;
    meta.author = QStringLiteral("stale");
    auto r = ModelExport::importFile(path, &meta);
    QVERIFY(r);
    QVERIFY(meta.isEmpty());
    QVERIFY(!ModelExport::importFile(m_dir.filePath(QStringLiteral("absent.json"))));
}

void TestModelExport::badMetadata()
{
    QByteArray json = kModel;
    json.replace(R"("x_custom")", R"("metadata":"not an object","x_custom")");
    auto m = ModelExport::metadata(parse(json));
    QVERIFY(!m);
    QCOMPARE(m.error().code, Error::Code::Invalid);
    QByteArray badDate = kModel;
    badDate.replace(R"("x_custom")", R"("metadata":{"created_at":"yesterday"},"x_custom")");
    auto d = ModelExport::metadata(parse(badDate));
    QVERIFY(!d);
    QVERIFY(d.error().message.contains(QStringLiteral("yesterday")));
}

void TestModelExport::fingerprint()
{
    auto ws = Workspace::open(m_dir.filePath(QStringLiteral("fp.tierlab")), Workspace::OpenMode::CreateNew);
    QVERIFY(ws);
    Workspace &w = **ws;
    auto empty = dataFingerprint(w);
    QVERIFY(empty);
    QCOMPARE(empty->size(), 64);
    QCOMPARE(*dataFingerprint(w), *empty);   // deterministic
    SignalInfo s;
    s.id = QStringLiteral("logins");
    auto sig = w.ensureSignal(s);
    QVERIFY(sig);
    AccountRecord a;
    a.id = QStringLiteral("A1");
    auto key = w.upsertAccount(a);
    QVERIFY(key);
    SnapshotCodec::Builder b;
    b.addNumber(sig->index, 3);
    QVERIFY(w.putSnapshot(*key, QDate(2026, 1, 5), b.data()));
    auto one = dataFingerprint(w);
    QVERIFY(one);
    QVERIFY(*one != *empty);
    QVERIFY(w.putSnapshot(*key, QDate(2026, 1, 12), b.data()));
    QVERIFY(*dataFingerprint(w) != *one);
}

void TestModelExport::backtestMetrics()
{
    BacktestResult r;
    r.horizonDays = 60;
    r.n = 40;
    r.positives = 6;
    r.metrics.auc.auc = 0.75;
    r.metrics.pr.averagePrecision = 0.5;
    r.metrics.tiers.relativeRisk.ratio = 3.25;
    r.metrics.worstTier.precision = 0.4;
    r.metrics.worstTier.recall = Metrics::kUndefined;   // NaN: JSON null
    QJsonObject o = backtestSummaryJson(r);
    QCOMPARE(o.keys(), (QStringList{QStringLiteral("auc"), QStringLiteral("auc_ci"), QStringLiteral("horizon_days"),
                                    QStringLiteral("n"), QStringLiteral("positives"), QStringLiteral("pr_auc"),
                                    QStringLiteral("precision"), QStringLiteral("recall"), QStringLiteral("relative_risk")}));
    QCOMPARE(o.value(QStringLiteral("n")).toInteger(), 40);
    QCOMPARE(o.value(QStringLiteral("positives")).toInteger(), 6);
    QCOMPARE(o.value(QStringLiteral("horizon_days")).toInt(), 60);
    QCOMPARE(o.value(QStringLiteral("auc")).toDouble(), 0.75);
    QVERIFY(o.value(QStringLiteral("auc_ci")).isNull());   // no bootstrap ran
    QCOMPARE(o.value(QStringLiteral("pr_auc")).toDouble(), 0.5);
    QCOMPARE(o.value(QStringLiteral("relative_risk")).toDouble(), 3.25);
    QCOMPARE(o.value(QStringLiteral("precision")).toDouble(), 0.4);
    QVERIFY(o.value(QStringLiteral("recall")).isNull());

    r.metrics.aucCi.resamples = 200;
    r.metrics.aucCi.low = 0.6;
    r.metrics.aucCi.high = 0.9;
    o = backtestSummaryJson(r);
    QCOMPARE(o.value(QStringLiteral("auc_ci")).toArray(), (QJsonArray{0.6, 0.9}));

    // Round trip through a file: the metrics come back as written.
    const QString path = m_dir.filePath(QStringLiteral("bt.json"));
    ModelMetadata meta;
    meta.backtest = o;
    QVERIFY(ModelExport::exportFile(parse(kModel), path, meta));
    ModelMetadata back;
    QVERIFY(ModelExport::importFile(path, &back));
    QCOMPARE(back.backtest, o);
}

QTEST_GUILESS_MAIN(TestModelExport)
#include "tst_modelexport.moc"
