// The tierlab executable's headless behaviour: exit codes, messages, the no-display path, the
// XLSX of `score` and `model export` with metadata.
#include "analysis/historycache.h"
#include "analysis/snapshothistory.h"
#include "engine/scoringengine.h"
#include "model/modelexport.h"
#include "model/modelfile.h"
#include "store/datafingerprint.h"
#include "store/workspace.h"

#include <QFile>
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
    QString out;
    QString err;
};

Run runCli(const QStringList &args, const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(TIERLAB_CLI), args);
    Run r;
    if (!p.waitForFinished(300000))
        return r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void exitCodes_data();
    void exitCodes();
    void helpNamesTheCommand_data();
    void helpNamesTheCommand();
    void demoThenSummaryJson();
    void summaryFromHistoryCache();
    void scoreCsvNeutralisesFormulas();
    void noDisplayPrintsSummary();
    void scoreWritesXlsx();
    void modelExportWithMetadata();
    void modelExportWithoutOutcomes();

private:
    QString smallWorkspace();

    QTemporaryDir m_dir;
};

void TestCli::exitCodes_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("needle");   // expected in stdout (exit 0) or stderr
    const QString missing = m_dir.filePath(QStringLiteral("missing.tierlab"));
    const QString text = m_dir.filePath(QStringLiteral("text.tierlab"));
    QFile f(text);
    if (f.open(QIODevice::WriteOnly))
        f.write("account_id,arr\nA,1\n");
    f.close();
    QTest::newRow("version") << QStringList{QStringLiteral("--version")} << 0 << QStringLiteral("tierlab " TIERLAB_VERSION_TEXT);
    QTest::newRow("help") << QStringList{QStringLiteral("--help")} << 0 << QStringLiteral("summary");
    QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")} << 2 << QStringLiteral("unknown command \"frobnicate\"");
    QTest::newRow("summary without workspace") << QStringList{QStringLiteral("summary")} << 2 << QStringLiteral("--workspace");
    QTest::newRow("summary unknown option") << QStringList{QStringLiteral("summary"), QStringLiteral("--bogus")} << 2
                                            << QStringLiteral("bogus");
    QTest::newRow("summary missing file") << QStringList{QStringLiteral("summary"), QStringLiteral("--workspace"), missing} << 1
                                          << missing + QStringLiteral(": no such file");
    QTest::newRow("summary not a workspace") << QStringList{QStringLiteral("summary"), QStringLiteral("--workspace"), text} << 1
                                             << QStringLiteral("not a Tierlab workspace");
    QTest::newRow("demo bad accounts") << QStringList{QStringLiteral("demo"), QStringLiteral("--out"),
                                                      m_dir.filePath(QStringLiteral("x.tierlab")), QStringLiteral("--accounts"),
                                                      QStringLiteral("many")}
                                       << 2 << QStringLiteral("--accounts");
}

void TestCli::exitCodes()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, needle);
    const Run r = runCli(args);
    QCOMPARE(r.exitCode, exitCode);
    const QString &where = exitCode == 0 ? r.out : r.err;
    QVERIFY2(where.contains(needle), qPrintable(QStringLiteral("stdout: %1\nstderr: %2").arg(r.out, r.err)));
    if (exitCode != 0)
        QVERIFY(r.err.startsWith(QStringLiteral("tierlab: ")));
}

// Every command's --help starts with a usage line naming the command, not just the executable.
void TestCli::helpNamesTheCommand_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("usage");
    QTest::newRow("import") << QStringList{QStringLiteral("import"), QStringLiteral("--help")} << QStringLiteral("Usage: tierlab import [options] kind file");
    QTest::newRow("import undo") << QStringList{QStringLiteral("import"), QStringLiteral("undo"), QStringLiteral("--help")}
                                 << QStringLiteral("Usage: tierlab import [options] undo");
    QTest::newRow("backtest") << QStringList{QStringLiteral("backtest"), QStringLiteral("--help")} << QStringLiteral("Usage: tierlab backtest [options]");
    QTest::newRow("outcomes derive") << QStringList{QStringLiteral("outcomes"), QStringLiteral("derive"), QStringLiteral("--help")}
                                     << QStringLiteral("Usage: tierlab outcomes [options] derive");
    QTest::newRow("demo") << QStringList{QStringLiteral("demo"), QStringLiteral("--help")} << QStringLiteral("Usage: tierlab demo [options]");
}

void TestCli::helpNamesTheCommand()
{
    QFETCH(QStringList, args);
    QFETCH(QString, usage);
    const Run r = runCli(args);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out.section(u'\n', 0, 0), usage);
}

void TestCli::demoThenSummaryJson()
{
    const QString file = m_dir.filePath(QStringLiteral("small.tierlab"));
    Run r = runCli({QStringLiteral("demo"), QStringLiteral("--out"), file, QStringLiteral("--accounts"), QStringLiteral("60"),
                    QStringLiteral("--weeks"), QStringLiteral("10"), QStringLiteral("--seed"), QStringLiteral("7")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = runCli({QStringLiteral("demo"), QStringLiteral("--out"), file});
    QCOMPARE(r.exitCode, 1);   // refuses to overwrite
    QVERIFY2(r.err.contains(file), qPrintable(r.err));

    r = runCli({QStringLiteral("summary"), QStringLiteral("--workspace"), file, QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QJsonParseError error;
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8(), &error).object();
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QCOMPARE(o.value(QStringLiteral("accounts")).toInt(), 60);
    QCOMPARE(o.value(QStringLiteral("as_of_count")).toInt(), 10);
    QCOMPARE(o.value(QStringLiteral("as_of_last")).toString(), QStringLiteral("2026-11-02"));
    QCOMPARE(o.value(QStringLiteral("as_of_first")).toString(), QStringLiteral("2026-08-31"));
    const QJsonArray signals_ = o.value(QStringLiteral("signals")).toArray();
    QCOMPARE(signals_.size(), 15);
    QStringList ids;
    for (const auto &s : signals_) {
        ids << s.toObject().value(QStringLiteral("id")).toString();
        const double coverage = s.toObject().value(QStringLiteral("coverage")).toDouble();
        QVERIFY(coverage > 0.0 && coverage <= 1.0);
    }
    QVERIFY(ids.contains(QStringLiteral("active_seat_ratio")));
    QVERIFY(ids.contains(QStringLiteral("contract_type")));
    QVERIFY(o.value(QStringLiteral("snapshots")).toInt() > 0);
    QVERIFY(o.value(QStringLiteral("snapshots")).toInt() <= 600);
}

// With a history cache of the same data, `summary` takes the row counts and the coverage from it:
// the same output as decoding every row (the figures docs/performance.md gives for 100 k accounts).
void TestCli::summaryFromHistoryCache()
{
    const QString file = m_dir.filePath(QStringLiteral("small.tierlab"));
    QVERIFY(QFile::exists(file));   // demoThenSummaryJson made it
    QTemporaryDir cache;
    {
        auto ws = Workspace::open(file);
        QVERIFY(ws);
        auto history = SnapshotHistory::load(**ws);
        QVERIFY(history);
        auto stamp = (*ws)->dataStamp();
        QVERIFY(stamp);
        QVERIFY(HistoryCache::write(**history, HistoryCache::fileFor(cache.path(), file), *stamp));
    }
    QProcessEnvironment withCache = QProcessEnvironment::systemEnvironment();
    withCache.insert(QStringLiteral("TIERLAB_CACHE_DIR"), cache.path());
    QProcessEnvironment without = QProcessEnvironment::systemEnvironment();
    without.insert(QStringLiteral("TIERLAB_CACHE_DIR"), QStringLiteral("off"));
    for (const QStringList &args : {QStringList{QStringLiteral("summary"), QStringLiteral("--workspace"), file, QStringLiteral("--json")},
                                    QStringList{QStringLiteral("summary"), QStringLiteral("--workspace"), file}}) {
        const Run a = runCli(args, withCache);
        const Run b = runCli(args, without);
        QVERIFY2(a.exitCode == 0 && b.exitCode == 0, qPrintable(a.err + b.err));
        QCOMPARE(a.out, b.out);
        QVERIFY(a.out.contains(QStringLiteral("active_seat_ratio")));
    }
}

// Issue 17: `score` wrote account ids and a model's tier and category ids raw, so a spreadsheet ran
// =cmd|' /C calc'!A0. Every text cell, from any source, goes through CsvCell, to a file and stdout.
void TestCli::scoreCsvNeutralisesFormulas()
{
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("snap.csv"));
    const QString ws = dir.filePath(QStringLiteral("w.tierlab"));
    const QString model = dir.filePath(QStringLiteral("m.json"));
    auto write = [](const QString &path, const QByteArray &text) {
        QFile f(path);
        return f.open(QIODevice::WriteOnly) && f.write(text) == text.size();
    };
    QVERIFY(write(csv, "account_id,as_of,seat_ratio\n=cmd|' /C calc'!A0,2026-01-05,0.5\n+1+1,2026-01-05,0.25\n"
                       "@SUM(A1:A9),2026-01-05,0.75\nplain,2026-01-05,1\n"));
    QVERIFY(write(model, R"x({"format":"tierlab-model","version":1,
        "categories":[{"id":"@SUM(A1:A9)","weight":1}],
        "signals":[{"id":"s","column":"seat_ratio","category":"@SUM(A1:A9)","rule":{"kind":"linear","worst":0,"best":1}}],
        "tiers":[{"id":"-red","min":0},{"id":"=HYPERLINK(\"x\")","min":50}]})x"));
    Run r = runCli({QStringLiteral("import"), QStringLiteral("snapshots"), csv, QStringLiteral("--workspace"), ws});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QString out = dir.filePath(QStringLiteral("scored.csv"));
    r = runCli({QStringLiteral("score"), QStringLiteral("--workspace"), ws, QStringLiteral("--model"), model, QStringLiteral("--out"), out});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString file = QString::fromUtf8(f.readAll());
    const Run stdoutRun = runCli({QStringLiteral("score"), QStringLiteral("--workspace"), ws, QStringLiteral("--model"), model});
    QVERIFY2(stdoutRun.exitCode == 0, qPrintable(stdoutRun.err));
    for (const QString &text : {file, stdoutRun.out}) {
        const QStringList lines = text.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 5);
        QCOMPARE(lines[0], QStringLiteral("account_id,as_of,score,tier,'@SUM(A1:A9)"));
        QVERIFY2(lines.contains(QStringLiteral("'=cmd|' /C calc'!A0,2026-01-05,50,\"'=HYPERLINK(\"\"x\"\")\",50")), qPrintable(text));
        QVERIFY2(lines.contains(QStringLiteral("'+1+1,2026-01-05,25,'-red,25")), qPrintable(text));
        QVERIFY2(lines.contains(QStringLiteral("'@SUM(A1:A9),2026-01-05,75,\"'=HYPERLINK(\"\"x\"\")\",75")), qPrintable(text));
        QVERIFY2(lines.contains(QStringLiteral("plain,2026-01-05,100,\"'=HYPERLINK(\"\"x\"\")\",100")), qPrintable(text));
    }
}

void TestCli::noDisplayPrintsSummary()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    QTemporaryDir home;
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    const Run r = runCli({}, env);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QString firstLine = r.out.section(u'\n', 0, 0);
#ifdef TIERLAB_HAS_UI
    QVERIFY2(firstLine.startsWith(QStringLiteral("No display")), qPrintable(firstLine));
#else
    QVERIFY2(firstLine.contains(QStringLiteral("no user interface")), qPrintable(firstLine));
#endif
    QVERIFY2(r.out.contains(QStringLiteral("Accounts:   2000")), qPrintable(r.out));
    QVERIFY(QFile::exists(home.filePath(QStringLiteral("data/Tierlab/Tierlab/demo.tierlab"))));
}

// An 80-account demo of 26 weeks (made once; enough history for the back-test to evaluate churned
// outcomes), a copy per caller so no test sees another's saved versions.
QString TestCli::smallWorkspace()
{
    const QString master = m_dir.filePath(QStringLiteral("export-master.tierlab"));
    if (!QFile::exists(master)) {
        const Run r = runCli({QStringLiteral("demo"), QStringLiteral("--out"), master, QStringLiteral("--accounts"),
                              QStringLiteral("80"), QStringLiteral("--weeks"), QStringLiteral("26"), QStringLiteral("--seed"),
                              QStringLiteral("7")});
        if (r.exitCode != 0)
            return {};
    }
    const QString copy = m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + u".tierlab");
    QFile::remove(copy);
    return QFile::copy(master, copy) ? copy : QString();
}

void TestCli::scoreWritesXlsx()
{
    const QString ws = smallWorkspace();
    QVERIFY(!ws.isEmpty());
    const QString xlsx = m_dir.filePath(QStringLiteral("scored.xlsx"));
    const Run r = runCli({QStringLiteral("score"), QStringLiteral("--workspace"), ws, QStringLiteral("--model"),
                          QStringLiteral(":/models/seed-default.json"), QStringLiteral("--out"), xlsx});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QFile file(xlsx);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.read(2), QByteArray("PK"));
    QVERIFY(file.size() > 1000);
}

void TestCli::modelExportWithMetadata()
{
    const QString ws = smallWorkspace();
    QVERIFY(!ws.isEmpty());
    Run r = runCli({QStringLiteral("model"), QStringLiteral("save"), QStringLiteral("--workspace"), ws, QStringLiteral("--name"),
                    QStringLiteral("Seed"), QStringLiteral(":/models/seed-default.json")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QString exported = m_dir.filePath(QStringLiteral("exported.json"));
    r = runCli({QStringLiteral("model"), QStringLiteral("export"), QStringLiteral("--workspace"), ws, QStringLiteral("--name"),
                QStringLiteral("Seed"), QStringLiteral("--out"), exported, QStringLiteral("--backtest")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));

    QFile file(exported);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject meta = QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("metadata")).toObject();
    file.close();
    QCOMPARE(meta.value(QStringLiteral("name")).toString(), QStringLiteral("Seed"));
    QCOMPARE(meta.value(QStringLiteral("author")).toString(), ModelExport::currentUser());
    QVERIFY(!meta.value(QStringLiteral("author")).toString().isEmpty());
    const QDateTime created = QDateTime::fromString(meta.value(QStringLiteral("created_at")).toString(), Qt::ISODateWithMs);
    QVERIFY(created.isValid());
    QVERIFY(qAbs(created.secsTo(QDateTime::currentDateTimeUtc())) < 600);
    const QString sha = meta.value(QStringLiteral("sha256")).toString();
    QCOMPARE(sha.size(), 64);
    QVERIFY2(r.out.contains(u"sha256 " + sha), qPrintable(r.out));
    auto workspace = Workspace::open(ws);
    QVERIFY(workspace);
    const auto fingerprint = dataFingerprint(**workspace);
    QVERIFY(fingerprint);
    QCOMPARE(meta.value(QStringLiteral("data_fingerprint")).toString(), *fingerprint);
    // The demo has outcomes: the embedded figures are those `tierlab backtest` reports for the model.
    const QJsonObject backtest = meta.value(QStringLiteral("backtest")).toObject();
    QCOMPARE(backtest.size(), 9);
    QCOMPARE(backtest.value(QStringLiteral("horizon_days")).toInt(), 90);
    QVERIFY(backtest.value(QStringLiteral("positives")).toInt() > 0);
    QVERIFY(backtest.value(QStringLiteral("auc_ci")).toArray().size() == 2);
    const Run full = runCli({QStringLiteral("backtest"), QStringLiteral("--workspace"), ws, QStringLiteral("--model"),
                             QStringLiteral(":/models/seed-default.json"), QStringLiteral("--json")});
    QVERIFY2(full.exitCode == 0, qPrintable(full.err));
    const QJsonObject reference = QJsonDocument::fromJson(full.out.toUtf8()).object();
    for (const char *key : {"n", "positives", "auc", "auc_ci", "pr_auc", "relative_risk", "precision", "recall", "horizon_days"})
        QVERIFY2(backtest.value(QLatin1StringView(key)) == reference.value(QLatin1StringView(key)), key);

    r = runCli({QStringLiteral("model"), QStringLiteral("validate"), exported, QStringLiteral("--workspace"), ws});
    QVERIFY2(r.exitCode == 0 && r.out.startsWith(QStringLiteral("OK")), qPrintable(r.out + r.err));

    // Imported back: the very model that was saved, scoring every account identically.
    ModelMetadata readBack;
    const auto imported = ModelExport::importFile(exported, &readBack);
    QVERIFY2(imported, imported ? "" : qPrintable(imported.error().message));
    QCOMPARE(readBack.sha256, sha);
    const auto saved = (*workspace)->modelByName(QStringLiteral("Seed"));
    QVERIFY(saved);
    const auto original = ModelFile::fromJson(saved->json.toUtf8());
    QVERIFY(original);
    QVERIFY(ModelExport::withoutMetadata(*imported) == *original);
    auto data = (*workspace)->loadLatestSnapshot();
    QVERIFY(data);
    const auto dataset = std::make_shared<const Dataset>(std::move(*data));
    ScoringEngine a;
    ScoringEngine b;
    QVERIFY(a.setDataset(dataset) && a.setModel(*original));
    QVERIFY(b.setDataset(dataset) && b.setModel(*imported));
    QVERIFY(dataset->size() > 0);
    QCOMPARE(b.scores().size(), dataset->size());
    for (std::size_t i = 0; i < a.scores().size(); ++i)
        QVERIFY(a.scores()[i] == b.scores()[i] || (std::isnan(a.scores()[i]) && std::isnan(b.scores()[i])));
    QCOMPARE(a.tiers(), b.tiers());

    // Re-exported from the file (--model): new metadata, the same canonical hash.
    const QString again = m_dir.filePath(QStringLiteral("again.json"));
    r = runCli({QStringLiteral("model"), QStringLiteral("export"), QStringLiteral("--workspace"), ws, QStringLiteral("--model"),
                exported, QStringLiteral("--out"), again});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    ModelMetadata againMeta;
    QVERIFY(ModelExport::importFile(again, &againMeta));
    QCOMPARE(againMeta.sha256, sha);
    QVERIFY(againMeta.backtest.isEmpty());   // no --backtest this time

    // Edited after export: validate and export --model refuse it, naming the file.
    QVERIFY(file.open(QIODevice::ReadOnly));
    QByteArray text = file.readAll();
    file.close();
    const qsizetype at = text.indexOf("\"description\": \"");
    QVERIFY(at > 0);
    text.insert(at + 16, "Edited. ");
    const QString tampered = m_dir.filePath(QStringLiteral("tampered.json"));
    QFile out(tampered);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(text);
    out.close();
    r = runCli({QStringLiteral("model"), QStringLiteral("validate"), tampered});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.out.contains(tampered) && r.out.contains(QStringLiteral("sha256")), qPrintable(r.out));
    r = runCli({QStringLiteral("model"), QStringLiteral("export"), QStringLiteral("--workspace"), ws, QStringLiteral("--model"),
                tampered, QStringLiteral("--out"), m_dir.filePath(QStringLiteral("never.json"))});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(tampered), qPrintable(r.err));
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("never.json"))));

    // Usage: exactly one source.
    r = runCli({QStringLiteral("model"), QStringLiteral("export"), QStringLiteral("--workspace"), ws, QStringLiteral("--name"),
                QStringLiteral("Seed"), QStringLiteral("--model"), exported, QStringLiteral("--out"), again});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QStringLiteral("--model FILE")), qPrintable(r.err));
}

void TestCli::modelExportWithoutOutcomes()
{
    // A workspace made from one snapshot file has no outcomes: --backtest says so and exports without.
    const QString ws = m_dir.filePath(QStringLiteral("no-outcomes.tierlab"));
    Run r = runCli({QStringLiteral("import"), QStringLiteral("snapshots"), QFINDTESTDATA("../data/csv/snap_basic.csv"),
                    QStringLiteral("--workspace"), ws});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QString model = m_dir.filePath(QStringLiteral("logins.json"));
    QFile file(model);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"format": "tierlab-model", "version": 1, "name": "Logins", "categories": [{"id": "use"}],
      "signals": [{"id": "logins", "category": "use", "rule": {"kind": "linear", "worst": 0, "best": 20}}],
      "tiers": [{"id": "red", "min": 0}, {"id": "green", "min": 50}]})");
    file.close();
    const QString exported = m_dir.filePath(QStringLiteral("logins-exported.json"));
    r = runCli({QStringLiteral("model"), QStringLiteral("export"), QStringLiteral("--workspace"), ws, QStringLiteral("--model"),
                model, QStringLiteral("--out"), exported, QStringLiteral("--backtest")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("no outcomes")), qPrintable(r.err));
    ModelMetadata meta;
    QVERIFY(ModelExport::importFile(exported, &meta));
    QCOMPARE(meta.name, QStringLiteral("Logins"));
    QVERIFY(meta.backtest.isEmpty());
    QCOMPARE(meta.dataFingerprint.size(), 64);
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
