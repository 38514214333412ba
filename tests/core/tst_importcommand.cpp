// `tierlab import …` end to end through the built executable: exit codes, --json, mappings.
#include "store/workspace.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

QString fixture(const char *name)
{
    return QFINDTESTDATA(QStringLiteral("../data/csv/") + QLatin1StringView(name));
}

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run cli(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(TIERLAB_CLI), args);
    p.waitForFinished(60000);
    return Run{p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}

} // namespace

class TestImportCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void usage_data();
    void usage();
    void snapshotsJson();
    void warnings();
    void badFile();
    void mappingFile();
    void outcomes();
    void newAccountsGuard_data();
    void newAccountsGuard();
    void repeatedRowsHint();
};

void TestImportCommand::initTestCase()
{
    if (!QFile::exists(QStringLiteral(TIERLAB_CLI)))
        QSKIP("the tierlab executable is not built");
}

void TestImportCommand::usage_data()
{
    QTest::addColumn<QStringList>("args");
    const QString file = fixture("snap_basic.csv");
    const QString ws = QStringLiteral("/tmp/never-created.tierlab");
    QTest::newRow("no arguments") << QStringList{QStringLiteral("import")};
    QTest::newRow("bad kind") << QStringList{QStringLiteral("import"), QStringLiteral("people"), file,
                                             QStringLiteral("--workspace"), ws};
    QTest::newRow("no workspace") << QStringList{QStringLiteral("import"), QStringLiteral("snapshots"), file};
    QTest::newRow("as-of twice") << QStringList{QStringLiteral("import"),       QStringLiteral("snapshots"), file,
                                                QStringLiteral("--workspace"),  ws,
                                                QStringLiteral("--as-of"),      QStringLiteral("2024-01-01"),
                                                QStringLiteral("--as-of-column"), QStringLiteral("as_of")};
    QTest::newRow("bad delimiter") << QStringList{QStringLiteral("import"), QStringLiteral("snapshots"), file,
                                                  QStringLiteral("--workspace"), ws, QStringLiteral("--delimiter"),
                                                  QStringLiteral("x")};
    QTest::newRow("bad date") << QStringList{QStringLiteral("import"), QStringLiteral("snapshots"), file,
                                             QStringLiteral("--workspace"), ws, QStringLiteral("--as-of"),
                                             QStringLiteral("31/01/2024")};
    QTest::newRow("unknown option") << QStringList{QStringLiteral("import"), QStringLiteral("snapshots"), file,
                                                   QStringLiteral("--workspace"), ws, QStringLiteral("--frobnicate")};
}

void TestImportCommand::usage()
{
    QFETCH(QStringList, args);
    const Run r = cli(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.startsWith("tierlab: "));
    QVERIFY(!QFile::exists(QStringLiteral("/tmp/never-created.tierlab")));
}

void TestImportCommand::snapshotsJson()
{
    QTemporaryDir dir;
    const QString ws = dir.filePath(QStringLiteral("w.tierlab"));
    const QString rejects = dir.filePath(QStringLiteral("rejects.csv"));
    const Run r = cli({QStringLiteral("import"), QStringLiteral("snapshots"), fixture("snap_basic.csv"),
                       QStringLiteral("--workspace"), ws, QStringLiteral("--json"), QStringLiteral("--rejects"),
                       rejects});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject j = QJsonDocument::fromJson(r.out).object();
    // Auto-detected: "many" keeps logins a category, so line 8 is accepted here.
    QCOMPARE(j.value(QStringLiteral("rows_read")).toInt(), 9);
    QCOMPARE(j.value(QStringLiteral("rows_accepted")).toInt(), 5);
    QCOMPARE(j.value(QStringLiteral("rows_rejected")).toInt(), 4);
    QCOMPARE(j.value(QStringLiteral("accounts")).toInt(), 4);
    QCOMPARE(j.value(QStringLiteral("snapshots")).toInt(), 5);
    const QJsonArray rj = j.value(QStringLiteral("rejects")).toArray();
    QCOMPARE(rj.size(), 4);
    QCOMPARE(rj.at(0).toObject().value(QStringLiteral("line")).toInt(), 4);
    QVERIFY(rj.at(0).toObject().value(QStringLiteral("column")).isNull());
    QCOMPARE(rj.at(2).toObject().value(QStringLiteral("column")).toString(), QStringLiteral("as_of"));
    const QJsonArray sj = j.value(QStringLiteral("signals")).toArray();
    QCOMPARE(sj.size(), 4);
    QCOMPARE(sj.at(3).toObject().value(QStringLiteral("id")).toString(), QStringLiteral("active"));
    QCOMPARE(sj.at(3).toObject().value(QStringLiteral("type")).toString(), QStringLiteral("flag"));
    QFile f(rejects);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll().count('\n'), 5);
}

// Bad cells are warnings in the text summary and in --json; with --label-positive Yes a "Maybe"
// label is a warning too, not a silent "retained".
void TestImportCommand::warnings()
{
    QTemporaryDir dir;
    const QString ws = dir.filePath(QStringLiteral("w.tierlab"));
    Run r = cli({QStringLiteral("import"), QStringLiteral("snapshots"), fixture("snap_warnings.csv"),
                 QStringLiteral("--workspace"), ws, QStringLiteral("--label-positive"), QStringLiteral("Yes"),
                 QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject j = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(j.value(QStringLiteral("rows_accepted")).toInt(), 22);
    QCOMPARE(j.value(QStringLiteral("rows_rejected")).toInt(), 2);
    QCOMPARE(j.value(QStringLiteral("outcomes")).toInt(), 20);
    QCOMPARE(j.value(QStringLiteral("warning_count")).toInt(), 7);
    const QJsonArray wj = j.value(QStringLiteral("warnings")).toArray();
    QCOMPARE(wj.size(), 7);
    QCOMPARE(wj.at(6).toObject().value(QStringLiteral("line")).toInt(), 20);
    QCOMPARE(wj.at(6).toObject().value(QStringLiteral("column")).toString(), QStringLiteral("Churn"));
    QCOMPARE(wj.at(6).toObject().value(QStringLiteral("value")).toString(), QStringLiteral("Maybe"));
    const QJsonArray cj = j.value(QStringLiteral("warnings_by_column")).toArray();
    QCOMPARE(cj.size(), 7);
    QCOMPARE(cj.at(0).toObject().value(QStringLiteral("column")).toString(), QStringLiteral("tenure"));
    QCOMPARE(cj.at(0).toObject().value(QStringLiteral("type")).toString(), QStringLiteral("number"));
    QCOMPARE(cj.at(0).toObject().value(QStringLiteral("count")).toInt(), 1);

    r = cli({QStringLiteral("import"), QStringLiteral("snapshots"), fixture("snap_warnings.csv"),
             QStringLiteral("--workspace"), ws});
    QCOMPARE(r.exitCode, 0);
    const QList<QByteArray> lines = r.out.split('\n');
    const qsizetype at = lines.indexOf("Warnings:   7 cells did not read as their column's type and are stored as missing");
    QVERIFY2(at > 0, r.out.constData());
    QCOMPARE(lines.mid(at + 1, 9),
             (QList<QByteArray>{"  tenure (number): 1", "  MonthlyCharges (number): 1", "  Partner (flag): 1",
                                "  signup_date (date): 1", "  arr (number): 1", "  renewal_date (date): 1",
                                "  Churn (label): 1", "  line 5 [tenure]: \"abc\"", "  line 9 [MonthlyCharges]: \"12.3.4\""}));
    QVERIFY(r.out.contains("  line 20 [Churn]: \"Maybe\"\n"));
    QVERIFY(r.out.contains("Outcomes:   20 (0 added, 20 updated)\n"));
}

void TestImportCommand::badFile()
{
    QTemporaryDir dir;
    const QString ws = dir.filePath(QStringLiteral("w.tierlab"));
    Run r = cli({QStringLiteral("import"), QStringLiteral("snapshots"), dir.filePath(QStringLiteral("none.csv")),
                 QStringLiteral("--workspace"), ws});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains("none.csv"));
    r = cli({QStringLiteral("import"), QStringLiteral("snapshots"), fixture("snap_second.csv"),
             QStringLiteral("--workspace"), ws, QStringLiteral("--id-column"), QStringLiteral("nope")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains("nope"));
}

void TestImportCommand::mappingFile()
{
    QTemporaryDir dir;
    const QString ws = dir.filePath(QStringLiteral("w.tierlab"));
    const QString map = dir.filePath(QStringLiteral("map.json"));
    Run r = cli({QStringLiteral("import"), QStringLiteral("snapshots"), fixture("snap_label.csv"),
                 QStringLiteral("--workspace"), ws, QStringLiteral("--as-of"), QStringLiteral("2024-06-30"),
                 QStringLiteral("--label-column"), QStringLiteral("Churn"), QStringLiteral("--label-positive"),
                 QStringLiteral("Yes"), QStringLiteral("--save-mapping"), map, QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("outcomes_added")).toInt(), 4);
    // The saved mapping replays the same import: everything is an update now.
    r = cli({QStringLiteral("import"), QStringLiteral("snapshots"), fixture("snap_label.csv"),
             QStringLiteral("--workspace"), ws, QStringLiteral("--mapping"), map, QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject j = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(j.value(QStringLiteral("snapshots_updated")).toInt(), 4);
    QCOMPARE(j.value(QStringLiteral("outcomes_updated")).toInt(), 4);
    // A mapping naming columns the file lacks stops before writing, naming them.
    r = cli({QStringLiteral("import"), QStringLiteral("snapshots"), fixture("snap_second.csv"),
             QStringLiteral("--workspace"), ws, QStringLiteral("--mapping"), map});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("customerID, tenure, Contract, Churn"), r.err.constData());
}

void TestImportCommand::outcomes()
{
    QTemporaryDir dir;
    const QString ws = dir.filePath(QStringLiteral("w.tierlab"));
    const Run r = cli({QStringLiteral("import"), QStringLiteral("outcomes"), fixture("outcomes_nokind.csv"),
                       QStringLiteral("--workspace"), ws, QStringLiteral("--kind"), QStringLiteral("lost"),
                       QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject j = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(j.value(QStringLiteral("kind")).toString(), QStringLiteral("outcomes"));
    QCOMPARE(j.value(QStringLiteral("outcomes_added")).toInt(), 2);
}

// A workspace holding accounts refuses, writing nothing, an import whose ids match none of them or that
// would more than double them, unless --new-accounts; a first import never asks.
void TestImportCommand::newAccountsGuard_data()
{
    QTest::addColumn<QByteArray>("rows");        // after the two accounts A, B of the first import
    QTest::addColumn<bool>("flag");              // --new-accounts
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<int>("accountsAfter");
    QTest::addColumn<QString>("message");
    QTest::newRow("none match") << QByteArray("C,2026-01-12,1\nD,2026-01-12,2\n") << false << 1 << 2
                                << QStringLiteral("the file's ids match 0 of the workspace's 2 accounts and would add 2 new ones. Check the id column");
    QTest::newRow("none match, confirmed") << QByteArray("C,2026-01-12,1\nD,2026-01-12,2\n") << true << 0 << 4 << QString();
    QTest::newRow("more than double") << QByteArray("A,2026-01-12,1\nC,2026-01-12,1\nD,2026-01-12,1\nE,2026-01-12,1\n") << false << 1 << 2
                                      << QStringLiteral("match 1 of the workspace's 2 accounts and would add 3 new ones, more than doubling them");
    QTest::newRow("exactly double") << QByteArray("A,2026-01-12,1\nC,2026-01-12,1\nD,2026-01-12,1\n") << false << 0 << 4 << QString();
    QTest::newRow("no new account") << QByteArray("A,2026-01-12,1\nB,2026-01-12,1\n") << false << 0 << 2 << QString();
}

void TestImportCommand::newAccountsGuard()
{
    QFETCH(QByteArray, rows);
    QFETCH(bool, flag);
    QFETCH(int, exitCode);
    QFETCH(int, accountsAfter);
    QFETCH(QString, message);
    QTemporaryDir dir;
    const QString ws = dir.filePath(QStringLiteral("w.tierlab"));
    const auto write = [&](const char *name, const QByteArray &body) {
        QFile f(dir.filePath(QLatin1StringView(name)));
        return f.open(QIODevice::WriteOnly) && f.write("account_id,as_of,usage\n" + body) > 0;
    };
    QVERIFY(write("first.csv", "A,2026-01-05,1\nB,2026-01-05,2\n"));
    QVERIFY(write("second.csv", rows));
    // The first import into an empty workspace adds every account without asking.
    QCOMPARE(cli({QStringLiteral("import"), QStringLiteral("snapshots"), dir.filePath(QStringLiteral("first.csv")), QStringLiteral("--workspace"), ws}).exitCode, 0);
    QStringList args{QStringLiteral("import"), QStringLiteral("snapshots"), dir.filePath(QStringLiteral("second.csv")), QStringLiteral("--workspace"), ws,
                     QStringLiteral("--json")};
    if (flag)
        args << QStringLiteral("--new-accounts");
    const Run r = cli(args);
    QCOMPARE(r.exitCode, exitCode);
    if (!message.isEmpty())
        QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
    auto w = tierlab::Workspace::open(ws);
    QVERIFY(w);
    QCOMPARE((*w)->accountCount().value(), std::int64_t(accountsAfter));
    QCOMPARE((*w)->imports()->size(), std::size_t(exitCode == 0 ? 2 : 1));   // a refused import leaves no trace
}

// Rows repeating an account and date point to `import table`, in the text and the JSON.
void TestImportCommand::repeatedRowsHint()
{
    QTemporaryDir dir;
    const QString ws = dir.filePath(QStringLiteral("w.tierlab"));
    const QString file = dir.filePath(QStringLiteral("events.csv"));
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("account_id,as_of,minutes\nA,2026-01-05,3\nA,2026-01-05,4\nA,2026-01-05,5\nB,2026-01-05,1\n");
    f.close();
    Run r = cli({QStringLiteral("import"), QStringLiteral("snapshots"), file, QStringLiteral("--workspace"), ws, QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("rows_repeating_account_and_date")).toInt(), 2);
    r = cli({QStringLiteral("import"), QStringLiteral("snapshots"), file, QStringLiteral("--workspace"), dir.filePath(QStringLiteral("w2.tierlab"))});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains("Hint:       2 rows repeat an account and date; an export of events (tickets, usage, activities) belongs in an event "
                            "table: tierlab import table FILE"),
             r.out.constData());
}

QTEST_GUILESS_MAIN(TestImportCommand)
#include "tst_importcommand.moc"
