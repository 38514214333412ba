// The tierlab executable's headless behaviour: exit codes, messages, the no-display path.
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

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
    void demoThenSummaryJson();
    void noDisplayPrintsSummary();

private:
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

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
