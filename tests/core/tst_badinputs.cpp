// The bad-input corpus (issue 17): every file in tests/data/bad/ goes through the real command that
// reads it — import snapshots / outcomes / table, model validate, signals check, --mapping — and must
// end as tests/data/bad/manifest.json says: the exit code, the message fragments (naming the file and
// the line, column or JSON path), under 2 s, never a crash, and a refused import leaves the workspace
// as it was.
#include "clirun.h"
#include "filehash.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace tierlab;
using tierlab::test::fileHash;

namespace {

const QString kCorpus = QStringLiteral(TIERLAB_SOURCE_DIR "/tests/data/bad");

// The bound holds for a normal build; under ASan + UBSan (the asan preset, whose CLI is built
// the same way) every run is about three times slower.
#ifdef __SANITIZE_ADDRESS__
constexpr int kBoundMs = 3 * 2000;
#else
constexpr int kBoundMs = 2000;
#endif

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

} // namespace

class TestBadInputs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void corpusCoversTheFolder();
    void file_data();
    void file();

private:
    QTemporaryDir m_dir;
    QString m_base;   // a workspace with one event table "t" (the recipes' table)
};

void TestBadInputs::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString table = m_dir.filePath(QStringLiteral("t.csv"));
    QVERIFY(writeFile(table, "account_id,date,amount\nA1,2026-01-05,1\nA2,2026-01-12,2\n"));
    m_base = m_dir.filePath(QStringLiteral("base.tierlab"));
    const auto run = test::runCli({QStringLiteral("import"), QStringLiteral("table"), table, QStringLiteral("--workspace"), m_base,
                                   QStringLiteral("--name"), QStringLiteral("t"), QStringLiteral("--key"), QStringLiteral("account_id"),
                                   QStringLiteral("--time"), QStringLiteral("date")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
}

// Every file of the folder is in the manifest and every entry has its file: none is left untested.
void TestBadInputs::corpusCoversTheFolder()
{
    QFile f(kCorpus + QStringLiteral("/manifest.json"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QJsonArray entries = QJsonDocument::fromJson(f.readAll()).array();
    QStringList listed;
    for (const QJsonValue &e : entries)
        listed << e.toObject().value(QStringLiteral("file")).toString();
    listed.sort();
    QStringList present = QDir(kCorpus).entryList(QDir::Files, QDir::Name);
    present.removeOne(QStringLiteral("manifest.json"));
    QCOMPARE(listed, present);
    QVERIFY(present.size() >= 60);
}

void TestBadInputs::file_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("command");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QStringList>("expected");
    QFile f(kCorpus + QStringLiteral("/manifest.json"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    for (const QJsonValue &v : QJsonDocument::fromJson(f.readAll()).array()) {
        const QJsonObject e = v.toObject();
        QStringList expected;
        for (const QJsonValue &x : e.value(QStringLiteral("expect")).toArray())
            expected << x.toString();
        const QString name = e.value(QStringLiteral("file")).toString();
        QTest::newRow(qPrintable(name)) << name << e.value(QStringLiteral("command")).toString()
                                        << e.value(QStringLiteral("exit")).toInt(-100) << expected;
    }
}

void TestBadInputs::file()
{
    QFETCH(QString, name);
    QFETCH(QString, command);
    QFETCH(int, exitCode);
    QFETCH(QStringList, expected);
    QVERIFY2(!expected.isEmpty(), "every entry states what the message says");

    const QString path = kCorpus + u'/' + name;
    const QString workspace = m_dir.filePath(name + QStringLiteral(".tierlab"));
    QFile::remove(workspace);
    QVERIFY(QFile::copy(m_base, workspace));
    QFile::setPermissions(workspace, QFile::ReadOwner | QFile::WriteOwner);
    const QByteArray before = fileHash(workspace);

    const QString ws = QStringLiteral("--workspace");
    QStringList args;
    if (command == u"snapshots")
        args = {QStringLiteral("import"), QStringLiteral("snapshots"), path, ws, workspace, QStringLiteral("--new-accounts")};
    else if (command == u"outcomes")
        args = {QStringLiteral("import"), QStringLiteral("outcomes"), path, ws, workspace};
    else if (command == u"table")
        args = {QStringLiteral("import"), QStringLiteral("table"), path, ws, workspace, QStringLiteral("--name"), QStringLiteral("e"),
                QStringLiteral("--key"), QStringLiteral("account_id"), QStringLiteral("--time"), QStringLiteral("date")};
    else if (command == u"model")
        args = {QStringLiteral("model"), QStringLiteral("validate"), path};
    else if (command == u"recipes")
        args = {QStringLiteral("signals"), QStringLiteral("check"), ws, workspace, QStringLiteral("--recipes"), path};
    else if (command == u"mapping")
        args = {QStringLiteral("import"), QStringLiteral("snapshots"), kCorpus + QStringLiteral("/good_snapshots.csv"), ws, workspace,
                QStringLiteral("--mapping"), path};
    else
        QFAIL(qPrintable(QStringLiteral("unknown command \"%1\" in the manifest").arg(command)));

    QElapsedTimer timer;
    timer.start();
    const auto run = test::runCli(args, {}, 5 * kBoundMs);
    const qint64 ms = timer.elapsed();
    const QString output = run.outText() + run.errText();
    QVERIFY2(run.exitCode != -2, qPrintable(QStringLiteral("crashed: %1").arg(output)));
    QVERIFY2(run.exitCode != -1, qPrintable(QStringLiteral("did not finish in %1 ms").arg(5 * kBoundMs)));
    QVERIFY2(ms < kBoundMs, qPrintable(QStringLiteral("took %1 ms").arg(ms)));
    QVERIFY2(run.exitCode == exitCode, qPrintable(QStringLiteral("exit %1, expected %2: %3").arg(run.exitCode).arg(exitCode).arg(output)));
    for (QString fragment : expected) {
        fragment.replace(QStringLiteral("{file}"), path);
        QVERIFY2(output.contains(fragment), qPrintable(QStringLiteral("\"%1\" not in:\n%2").arg(fragment, output)));
    }
    if (exitCode != 0)
        QCOMPARE(fileHash(workspace), before);   // refused: nothing was written
}

QTEST_GUILESS_MAIN(TestBadInputs)
#include "tst_badinputs.moc"
