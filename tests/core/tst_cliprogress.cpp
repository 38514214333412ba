// CliProgress (app/cli/cliprogress.h) through the commands that take long on big inputs: with
// --progress each reports on stderr and ends on its 100 % line; piped without it, stderr stays empty.
#include "clirun.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using tierlab::test::runCli;

class tst_CliProgress : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void commands_data();
    void commands();

private:
    QTemporaryDir m_dir;
};

void tst_CliProgress::initTestCase()
{
    if (!QFileInfo::exists(QStringLiteral(TIERLAB_CLI)))
        QSKIP("the tierlab executable is not built");
    QFile csv(m_dir.filePath(QStringLiteral("events.csv")));
    QVERIFY(csv.open(QIODevice::WriteOnly));
    csv.write("account_id,day,logins\n");
    for (int i = 0; i < 300; ++i)
        csv.write(QStringLiteral("A%1,2024-0%2-1%3,%4\n").arg(i % 40).arg(1 + i % 6).arg(i % 10).arg(i % 7).toUtf8());
    csv.close();
    QFile snapshots(m_dir.filePath(QStringLiteral("snapshots.csv")));
    QVERIFY(snapshots.open(QIODevice::WriteOnly));
    snapshots.write("account_id,as_of,logins\nA1,2024-01-01,3\nA2,2024-01-01,5\n");
    snapshots.close();
    QFile recipes(m_dir.filePath(QStringLiteral("recipes.json")));
    QVERIFY(recipes.open(QIODevice::WriteOnly));
    recipes.write(R"({"format": "tierlab-signals", "version": 1,
        "grid": {"every_days": 7, "first": "2024-02-05", "last": "2024-06-24"},
        "signals": [{"id": "logins_30d", "table": "events", "agg": "sum", "column": "logins", "window_days": 30}]})");
}

void tst_CliProgress::commands_data()
{
    QTest::addColumn<QStringList>("args");        // {dir} stands for the test's folder
    QTest::addColumn<QString>("lastLine");

    QTest::newRow("demo") << QStringList{u"demo"_qs, u"--out"_qs, u"{dir}/demo.tierlab"_qs, u"--accounts"_qs, u"120"_qs, u"--weeks"_qs, u"8"_qs}
                          << u"Writing the demo: 120 of 120 accounts (100 %)"_qs;
    QTest::newRow("import table") << QStringList{u"import"_qs, u"table"_qs, u"{dir}/events.csv"_qs, u"--workspace"_qs, u"{dir}/t.tierlab"_qs,
                                                 u"--name"_qs, u"events"_qs, u"--key"_qs, u"account_id"_qs, u"--time"_qs, u"day"_qs}
                                  << u"Importing events.csv: %1 of %1 kB (100 %)"_qs;
    QTest::newRow("import snapshots") << QStringList{u"import"_qs, u"snapshots"_qs, u"{dir}/snapshots.csv"_qs, u"--workspace"_qs, u"{dir}/s.tierlab"_qs}
                                      << u"Importing snapshots.csv: 0.1 of 0.1 kB (100 %)"_qs;
    QTest::newRow("signals build") << QStringList{u"signals"_qs, u"build"_qs, u"--workspace"_qs, u"{dir}/t.tierlab"_qs, u"--recipes"_qs,
                                                  u"{dir}/recipes.json"_qs}
                                   << u"Building signals: 80 of 80 steps (100 %)"_qs;
}

void tst_CliProgress::commands()
{
    QFETCH(QStringList, args);
    QFETCH(QString, lastLine);
    if (lastLine.contains(u"%1"_qs))
        lastLine = lastLine.arg(QFileInfo(m_dir.filePath(QStringLiteral("events.csv"))).size() / 1e3, 0, 'f', 1);
    for (QString &a : args)
        a.replace(u"{dir}"_qs, m_dir.path());
    // Piped and not asked for: nothing on stderr.
    auto quiet = runCli(args);
    QVERIFY2(quiet.exitCode == 0, quiet.err.constData());
    QCOMPARE(quiet.errText(), QString());
    if (args.first() == u"demo")
        QVERIFY(QFile::remove(m_dir.filePath(QStringLiteral("demo.tierlab"))));
    if (args.contains(u"table"_qs))
        args << u"--replace"_qs;
    auto shown = runCli(args << u"--progress"_qs);
    QVERIFY2(shown.exitCode == 0, shown.err.constData());
    const QStringList lines = shown.errText().split(u'\n', Qt::SkipEmptyParts);
    QVERIFY(!lines.isEmpty());
    QCOMPARE(lines.last(), lastLine);
    QVERIFY(shown.errText().endsWith(u'\n'));
    QVERIFY(!shown.errText().contains(u'\r'));
}

QTEST_GUILESS_MAIN(tst_CliProgress)
#include "tst_cliprogress.moc"
