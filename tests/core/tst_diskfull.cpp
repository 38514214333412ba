// Disk full, played by a file size limit (RLIMIT_FSIZE, as `ulimit -f` sets it) on the CLI: a write
// refused during an import leaves the workspace as it was and says so with the file's name; a
// checkpoint cut short after the commit loses nothing and the file still opens.
#include "clirun.h"

#include <QDate>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <sys/resource.h>

using namespace tierlab::test;

namespace {

constexpr int kAccounts = 3000;

// One week of snapshots for every account: about 0.7 MB in a workspace.
void writeWeek(const QString &path, int week)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    const QByteArray date = QDate(2024, 1, 1).addDays(7 * week).toString(Qt::ISODate).toLatin1();
    QByteArray csv = "account_id,as_of,arr,usage,tickets,plan\n";
    const char *plans[] = {"basic", "pro", "enterprise"};
    for (int i = 0; i < kAccounts; ++i)
        csv += "acct-" + QByteArray::number(i).rightJustified(5, '0') + ',' + date + ',' + QByteArray::number(1000 + i * 7 + week) + ','
               + QByteArray::number((i * 31 + week * 17) % 997) + ',' + QByteArray::number((i + week) % 9) + ',' + plans[i % 3] + '\n';
    QCOMPARE(f.write(csv), csv.size());
}

QJsonObject json(const CliRun &run)
{
    return QJsonDocument::fromJson(run.out).object();
}

// The file size limit for the child only; SIGXFSZ is ignored by tierlab itself (app/main.cpp).
std::function<void()> fileSizeLimit(qint64 bytes)
{
    return [bytes] {
        const rlimit limit{rlim_t(bytes), rlim_t(bytes)};
        (void)setrlimit(RLIMIT_FSIZE, &limit);
    };
}

} // namespace

class TestDiskFull : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void importRefused_data();
    void importRefused();
    void checkpointCutShort();

private:
    // Snapshot rows and a clean `check`, as the CLI reports them.
    void expectIntact(const QString &file, int snapshots);

    QTemporaryDir m_dir;
    QString m_base;   // a workspace holding week 0
};

void TestDiskFull::initTestCase()
{
    QVERIFY(m_dir.isValid());
    for (int week = 0; week < 2; ++week)
        writeWeek(m_dir.filePath(QStringLiteral("week%1.csv").arg(week)), week);
    m_base = m_dir.filePath(QStringLiteral("base.tierlab"));
    const CliRun run = runCli({QStringLiteral("import"), QStringLiteral("snapshots"), m_dir.filePath(QStringLiteral("week0.csv")),
                               QStringLiteral("--workspace"), m_base});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    expectIntact(m_base, kAccounts);
}

void TestDiskFull::expectIntact(const QString &file, int snapshots)
{
    const CliRun check = runCli({QStringLiteral("check"), QStringLiteral("--workspace"), file, QStringLiteral("--json")});
    QVERIFY2(check.exitCode == 0 && json(check).value(u"ok").toBool(), check.out.constData());
    const CliRun summary = runCli({QStringLiteral("summary"), QStringLiteral("--workspace"), file, QStringLiteral("--json")});
    QVERIFY2(summary.exitCode == 0, summary.err.constData());
    QCOMPARE(json(summary).value(u"snapshots").toInt(), snapshots);
}

void TestDiskFull::importRefused_data()
{
    QTest::addColumn<bool>("intoData");   // false: a new workspace (the rollback-journal path)
    QTest::addColumn<qint64>("limit");
    // Into data the import goes through the WAL: 64 KiB stops its first pages. A new workspace needs
    // its schema (well under 256 KiB) before the rows.
    QTest::newRow("into a workspace with data") << true << qint64(64 * 1024);
    QTest::newRow("into a new workspace") << false << qint64(256 * 1024);
}

void TestDiskFull::importRefused()
{
    QFETCH(bool, intoData);
    QFETCH(qint64, limit);
    const QString file = m_dir.filePath(QStringLiteral("refused-%1.tierlab").arg(intoData ? u"data" : u"new"));
    QFile::remove(file);
    if (intoData)
        QVERIFY(QFile::copy(m_base, file));
    const CliRun run = runCli({QStringLiteral("import"), QStringLiteral("snapshots"), m_dir.filePath(QStringLiteral("week1.csv")),
                               QStringLiteral("--workspace"), file},
                              {}, 600000, fileSizeLimit(limit));
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.errText().contains(file + QStringLiteral(": cannot write the file: it would grow past this process's file size limit (ulimit -f, %1 bytes)").arg(limit)),
             run.err.constData());
    QVERIFY2(run.errText().contains(QStringLiteral("nothing of this change was kept")), run.err.constData());
    if (intoData || QFileInfo::exists(file))
        expectIntact(file, intoData ? kAccounts : 0);
}

// The commit reaches the WAL; the checkpoint into the file then stops inside a page. The import has
// succeeded, the file opens with its rows (the WAL holds the pages), and the next run completes it.
void TestDiskFull::checkpointCutShort()
{
    const QString file = m_dir.filePath(QStringLiteral("cut.tierlab"));
    QFile::remove(file);
    QVERIFY(QFile::copy(m_base, file));
    const qint64 limit = QFileInfo(file).size() + 32 * 1024 + 1000;   // not on a page boundary
    const CliRun run = runCli({QStringLiteral("import"), QStringLiteral("snapshots"), m_dir.filePath(QStringLiteral("week1.csv")),
                               QStringLiteral("--workspace"), file},
                              {}, 600000, fileSizeLimit(limit));
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(QFileInfo(file).size(), limit);   // the checkpoint stopped there
    QVERIFY(QFileInfo(file + QStringLiteral("-wal")).size() > 0);
    expectIntact(file, 2 * kAccounts);
    // Without the limit the checkpoint completes: whole pages, and the WAL is gone with the last connection.
    QCOMPARE(QFileInfo(file).size() % 4096, 0);
    QVERIFY(!QFileInfo::exists(file + QStringLiteral("-wal")) || QFileInfo(file + QStringLiteral("-wal")).size() == 0);
}

QTEST_GUILESS_MAIN(TestDiskFull)
#include "tst_diskfull.moc"
