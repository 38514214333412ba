// End-to-end tests of `tierlab score` and `tierlab model save|list|export|validate` on a demo
// workspace: the CSV the CLI writes must equal, digit for digit, what the engine computes here.
#include "engine/scoringengine.h"
#include "model/modelexport.h"
#include "model/modelfile.h"
#include "model/modelvalidator.h"
#include "store/workspace.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace tierlab;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run runCli(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(TIERLAB_CLI), args);
    Run r;
    if (!p.waitForFinished(120000))
        return r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

QString seed(const char *name)
{
    return QStringLiteral(TIERLAB_SOURCE_DIR "/resources/models/") + QLatin1StringView(name);
}

QString exact(double v)
{
    return std::isnan(v) ? QString() : QString::number(v, 'g', 17);
}

} // namespace

class tst_ModelCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void scoreMatchesEngine_data();
    void scoreMatchesEngine();
    void scoreJsonSummary();
    void scoreErrors();
    void saveListExport();
    void validate();

private:
    QTemporaryDir m_dir;
    QString m_workspace;
};

void tst_ModelCommand::initTestCase()
{
    if (!QFileInfo::exists(QStringLiteral(TIERLAB_CLI)))
        QSKIP("the tierlab executable is not built");
    m_workspace = m_dir.filePath(QStringLiteral("demo.tierlab"));
    const Run r = runCli({QStringLiteral("demo"), QStringLiteral("--out"), m_workspace, QStringLiteral("--accounts"),
                           QStringLiteral("400"), QStringLiteral("--weeks"), QStringLiteral("6")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
}

void tst_ModelCommand::scoreMatchesEngine_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<QString>("asOf");
    QTest::newRow("seed default, latest") << seed("seed-default.json") << QString();
    QTest::newRow("seed simple, latest") << seed("seed-simple.json") << QString();
    QTest::newRow("seed default, first as_of") << seed("seed-default.json") << QStringLiteral("first");
}

void tst_ModelCommand::scoreMatchesEngine()
{
    QFETCH(QString, model);
    QFETCH(QString, asOf);
    auto ws = Workspace::open(m_workspace);
    QVERIFY(ws);
    Result<std::vector<QDate>> dates = (*ws)->asOfDates();
    QVERIFY(dates && !dates->empty());
    const QDate date = asOf.isEmpty() ? dates->back() : dates->front();
    Result<Dataset> data = (*ws)->loadSnapshot(date);
    QVERIFY(data);
    Result<Model> m = ModelFile::load(model);
    QVERIFY(m);
    ScoringEngine engine;
    QVERIFY(engine.setDataset(std::make_shared<const Dataset>(std::move(*data))));
    const Result<void> ok = engine.setModel(*m);
    QVERIFY2(ok, ok ? "" : qPrintable(ok.error().message));

    const QString csv = m_dir.filePath(QStringLiteral("scores.csv"));
    QStringList args{QStringLiteral("score"), QStringLiteral("--workspace"), m_workspace, QStringLiteral("--model"),
                     model, QStringLiteral("--out"), csv};
    if (!asOf.isEmpty())
        args << QStringLiteral("--as-of") << date.toString(Qt::ISODate);
    const Run r = runCli(args);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(r.err.contains("Unscored"));

    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts);
    QStringList header{QStringLiteral("account_id"), QStringLiteral("as_of"), QStringLiteral("score"), QStringLiteral("tier")};
    for (const Category &c : m->categories)
        header << c.id;
    QCOMPARE(lines.first(), header.join(u','));
    QCOMPARE(std::size_t(lines.size() - 1), engine.size());
    for (std::size_t row = 0; row < engine.size(); ++row) {
        const QStringList f = lines[qsizetype(row) + 1].split(u',');
        QCOMPARE(f[0], engine.dataset()->accountIds[row]);
        QCOMPARE(f[1], date.toString(Qt::ISODate));
        QCOMPARE(f[2], exact(engine.scores()[row]));
        QCOMPARE(f[2].toDouble() == engine.scores()[row] || f[2].isEmpty(), true);   // reads back exactly
        const int tier = engine.tiers()[row];
        QCOMPARE(f[3], tier < 0 ? QString() : m->tiers[std::size_t(tier)].id);
        for (std::size_t c = 0; c < m->categories.size(); ++c)
            QCOMPARE(f[qsizetype(4 + c)], exact(engine.categoryScore(int(c), row)));
    }
}

void tst_ModelCommand::scoreJsonSummary()
{
    const Run r = runCli({QStringLiteral("score"), QStringLiteral("--workspace"), m_workspace, QStringLiteral("--model"),
                           seed("seed-default.json"), QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o.value(QStringLiteral("model")).toString(), QStringLiteral("Seed default"));
    const QJsonArray tiers = o.value(QStringLiteral("tiers")).toArray();
    QCOMPARE(tiers.size(), 3);
    qint64 sum = o.value(QStringLiteral("unscored")).toInteger();
    for (const QJsonValue &t : tiers)
        sum += t.toObject().value(QStringLiteral("accounts")).toInteger();
    QCOMPARE(sum, o.value(QStringLiteral("accounts")).toInteger());
    QCOMPARE(tiers[2].toObject().value(QStringLiteral("id")).toString(), QStringLiteral("green"));
}

void tst_ModelCommand::scoreErrors()
{
    const QString ws = m_workspace;
    QCOMPARE(runCli({QStringLiteral("score"), QStringLiteral("--model"), seed("seed-default.json")}).exitCode, 2);
    QCOMPARE(runCli({QStringLiteral("score"), QStringLiteral("--workspace"), ws, QStringLiteral("--model"),
                      seed("seed-default.json"), QStringLiteral("--as-of"), QStringLiteral("yesterday")}).exitCode, 2);
    const Run missing = runCli({QStringLiteral("score"), QStringLiteral("--workspace"), ws, QStringLiteral("--model"),
                                 m_dir.filePath(QStringLiteral("none.json"))});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY(missing.err.contains("none.json: no such model file, nor a model of that name in the workspace"));
    const Run noDay = runCli({QStringLiteral("score"), QStringLiteral("--workspace"), ws, QStringLiteral("--model"),
                               seed("seed-default.json"), QStringLiteral("--as-of"), QStringLiteral("1999-01-01")});
    QCOMPARE(noDay.exitCode, 1);
}

void tst_ModelCommand::saveListExport()
{
    const QString ws = m_workspace;
    Run r = runCli({QStringLiteral("model"), QStringLiteral("save"), QStringLiteral("--workspace"), ws,
                     QStringLiteral("--note"), QStringLiteral("from the seed"), seed("seed-default.json")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = runCli({QStringLiteral("model"), QStringLiteral("save"), QStringLiteral("--workspace"), ws,
                 QStringLiteral("--name"), QStringLiteral("Simple"), seed("seed-simple.json")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = runCli({QStringLiteral("model"), QStringLiteral("list"), QStringLiteral("--workspace"), ws, QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    const QJsonArray list = QJsonDocument::fromJson(r.out).array();
    QVERIFY(list.size() >= 2);
    QCOMPARE(list[0].toObject().value(QStringLiteral("name")).toString(), QStringLiteral("Simple"));   // newest first

    const QString exported = m_dir.filePath(QStringLiteral("exported.json"));
    r = runCli({QStringLiteral("model"), QStringLiteral("export"), QStringLiteral("--workspace"), ws,
                 QStringLiteral("--name"), QStringLiteral("Seed default"), QStringLiteral("--out"), exported});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    // The export adds metadata (author, created_at, fingerprint, sha256); the model itself is the seed.
    ModelMetadata meta;
    const Result<Model> back = ModelExport::importFile(exported, &meta);
    const Result<Model> original = ModelFile::load(seed("seed-default.json"));
    QVERIFY(back && original);
    QVERIFY(ModelExport::withoutMetadata(*back) == *original);
    QCOMPARE(meta.sha256, ModelExport::canonicalSha256(*original));
    QVERIFY(!meta.dataFingerprint.isEmpty());
    QCOMPARE(runCli({QStringLiteral("model"), QStringLiteral("export"), QStringLiteral("--workspace"), ws,
                      QStringLiteral("--out"), exported}).exitCode, 2);
    QCOMPARE(runCli({QStringLiteral("model"), QStringLiteral("frobnicate")}).exitCode, 2);
}

void tst_ModelCommand::validate()
{
    Run r = runCli({QStringLiteral("model"), QStringLiteral("validate"), seed("seed-default.json"),
                     QStringLiteral("--workspace"), m_workspace});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out.trimmed(), QByteArray("OK"));

    Result<Model> m = ModelFile::load(seed("seed-default.json"));
    QVERIFY(m);
    m->signals[1].column = QStringLiteral("seat_ratio");
    const QString bad = m_dir.filePath(QStringLiteral("bad.json"));
    QVERIFY(ModelFile::save(*m, bad));
    r = runCli({QStringLiteral("model"), QStringLiteral("validate"), bad}); // structure only: fine
    QCOMPARE(r.exitCode, 0);
    r = runCli({QStringLiteral("model"), QStringLiteral("validate"), bad, QStringLiteral("--workspace"), m_workspace});
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(QString::fromUtf8(r.out.trimmed()),
             bad + QStringLiteral(": signals[1].column: unknown column \"seat_ratio\" in the workspace (did you mean active_seat_ratio?)\n")
                 + ModelValidator::notFittingHint());
    r = runCli({QStringLiteral("model"), QStringLiteral("validate"), QFINDTESTDATA("../data/models/newer.json")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.out.contains("newer than this Tierlab supports"));
}

QTEST_GUILESS_MAIN(tst_ModelCommand)
#include "tst_modelcommand.moc"
