// A workspace edited outside Tierlab: values that every reader of the file trusts are checked where
// they are read, and each reader answers with the file and what is wrong — never a crash, a
// gigabyte-sized allocation or a minute of work.
#include "analysis/snapshothistory.h"
#include "demo/demogenerator.h"
#include "store/snapshotstream.h"
#include "store/workspace.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace tierlab;

class TestWorkspaceDamage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void signalCatalogue_data();
    void signalCatalogue();
    void emptyFileIsNotInitialised();

private:
    QTemporaryDir m_dir;
    QString m_demo;
};

void TestWorkspaceDamage::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_demo = m_dir.filePath(QStringLiteral("demo.tierlab"));
    DemoOptions demo;
    demo.accounts = 40;
    demo.weeks = 4;
    QVERIFY(DemoGenerator::generateFile(m_demo, demo));
}

void TestWorkspaceDamage::signalCatalogue_data()
{
    QTest::addColumn<QString>("sql");        // run on a copy of the demo
    QTest::addColumn<QString>("expected");   // in the message, after the file name
    QTest::newRow("negative index") << QStringLiteral("UPDATE signals SET idx = -5 WHERE id = 'nps_score'")
                                    << QStringLiteral("signal \"nps_score\" has index -5 (0 to 65535 expected)");
    QTest::newRow("huge index") << QStringLiteral("UPDATE signals SET idx = 9000000000000000000 WHERE id = 'nps_score'")
                                << QStringLiteral("has index 9000000000000000000");
    QTest::newRow("two billion") << QStringLiteral("UPDATE signals SET idx = 2000000000 WHERE id = 'open_tickets'")
                                 << QStringLiteral("signal \"open_tickets\" has index 2000000000");
    QTest::newRow("one past two bytes") << QStringLiteral("UPDATE signals SET idx = 65536 WHERE id = 'open_tickets'")
                                        << QStringLiteral("has index 65536");
    QTest::newRow("unknown type") << QStringLiteral("PRAGMA ignore_check_constraints = ON; UPDATE signals SET type = 'blob' WHERE id = 'nps_score'")
                                  << QStringLiteral("signal \"nps_score\" has the unknown type \"blob\"");
    QTest::newRow("unknown role") << QStringLiteral("PRAGMA ignore_check_constraints = ON; UPDATE signals SET role = 'owner' WHERE id = 'nps_score'")
                                  << QStringLiteral("signal \"nps_score\" has the unknown role \"owner\"");
}

void TestWorkspaceDamage::signalCatalogue()
{
    QFETCH(QString, sql);
    QFETCH(QString, expected);
    const QString path = m_dir.filePath(QStringLiteral("%1.tierlab").arg(QString::fromUtf8(QTest::currentDataTag())).replace(u' ', u'-'));
    QFile::remove(path);
    QVERIFY(QFile::copy(m_demo, path));
    sqlite3 *db = nullptr;
    QCOMPARE(sqlite3_open(path.toUtf8().constData(), &db), SQLITE_OK);
    char *err = nullptr;
    const int rc = sqlite3_exec(db, sql.toUtf8().constData(), nullptr, nullptr, &err);
    const QString message = QString::fromUtf8(err ? err : "");
    sqlite3_free(err);
    sqlite3_close(db);
    QVERIFY2(rc == SQLITE_OK, qPrintable(message));

    auto ws = Workspace::open(path);
    if (QByteArrayView(QTest::currentDataTag()) == "unknown type") {
        // A type outside the table's CHECK: the quick check on open finds it before any reader does.
        QVERIFY(!ws);
        QCOMPARE(ws.error().code, Error::Code::Corrupt);
        QCOMPARE(ws.error().message, path + QStringLiteral(": the workspace is damaged (table signals: CHECK constraint failed in signals); "
                                                           "nothing was written to it. `tierlab check --workspace FILE` lists what is wrong"));
        return;
    }
    QVERIFY(ws);
    auto check = [&](const Error &e) {
        QCOMPARE(e.code, Error::Code::Corrupt);
        QVERIFY2(e.message.startsWith(path + QStringLiteral(": the signal catalogue is damaged: ")), qPrintable(e.message));
        QVERIFY2(e.message.contains(expected), qPrintable(e.message));
    };
    auto catalogue = (*ws)->signalCatalogue();
    QVERIFY(!catalogue);
    check(catalogue.error());
    auto summary = (*ws)->summary();
    QVERIFY(!summary);
    check(summary.error());
    auto snapshot = (*ws)->loadSnapshot(QDate(2026, 11, 2));
    QVERIFY(!snapshot);
    check(snapshot.error());
    auto history = SnapshotHistory::load(**ws);
    QVERIFY(!history);
    check(history.error());
}

// A 0-byte file where a workspace should be: reported, and left as it is (summary used to turn it
// into an empty workspace).
void TestWorkspaceDamage::emptyFileIsNotInitialised()
{
    const QString path = m_dir.filePath(QStringLiteral("empty.tierlab"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.close();
    auto ws = Workspace::open(path);
    QVERIFY(!ws);
    QCOMPARE(ws.error().code, Error::Code::NotAWorkspace);
    QCOMPARE(ws.error().message, path + QStringLiteral(": the file is empty (0 bytes), not a Tierlab workspace; nothing was written to it"));
    QCOMPARE(QFileInfo(path).size(), qint64(0));
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    // An import may start a workspace in it: there is nothing in it to lose.
    auto created = Workspace::open(path, Workspace::OpenMode::OpenOrCreate);
    QVERIFY2(created, created ? "" : qPrintable(created.error().message));
}

QTEST_GUILESS_MAIN(TestWorkspaceDamage)
#include "tst_workspacedamage.moc"
