// Damaged workspace files (issue 17): the check on open refuses them before anything is written,
// `tierlab check` names table and row of each finding, and what the file system refuses (read-only,
// full) is said with the file's name.
#include "clirun.h"

#include "demo/demogenerator.h"
#include "store/sqlitestatement.h"
#include "store/workspace.h"
#include "store/workspacecheck.h"
#include "filehash.h"

#include <QCryptographicHash>
#include <QFile>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>
#include <pwd.h>
#include <unistd.h>

using namespace tierlab;
using tierlab::test::fileHash;

namespace {

bool runSql(const QString &path, const char *sql)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open(path.toUtf8().constData(), &db) != SQLITE_OK)
        return false;
    const int rc = sqlite3_exec(db, sql, nullptr, nullptr, nullptr);
    sqlite3_close(db);
    return rc == SQLITE_OK;
}

std::int64_t pragmaValue(const QString &path, const QByteArray &sql)
{
    sqlite3 *db = nullptr;
    sqlite3_open(path.toUtf8().constData(), &db);
    sqlite3_stmt *st = nullptr;
    std::int64_t v = -1;
    if (sqlite3_prepare_v2(db, sql.constData(), -1, &st, nullptr) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW)
        v = sqlite3_column_int64(st, 0);
    sqlite3_finalize(st);
    sqlite3_close(db);
    return v;
}

QStringList texts(const std::vector<CheckFinding> &findings)
{
    QStringList out;
    for (const CheckFinding &f : findings)
        out << QStringLiteral("[%1] %2").arg(f.check, f.text());
    return out;
}

} // namespace

class TestWorkspaceCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanWorkspace();
    void truncated();
    void cutMidPage();
    void flippedByteInSmallTable();
    void flippedByteInSnapshots();
    void wrongSchemaVersion();
    void newerSchemaVersion();
    void droppedTable();
    void undecodableSnapshot();
    void danglingForeignKey();
    void writeCommandsRefuseDamagedFiles();
    void readOnlyIsSaid();
    void diskFullIsSaid();
    void readOnlyFolderAndFile();

private:
    QString copy(const char *name);
    bool flipPageType(const QString &path, const char *table);
    QTemporaryDir m_dir;
    QString m_demo;
    int m_pageSize = 0;
};

void TestWorkspaceCheck::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_demo = m_dir.filePath(QStringLiteral("demo.tierlab"));
    DemoOptions demo;
    demo.accounts = 40;
    demo.weeks = 4;
    QVERIFY(DemoGenerator::generateFile(m_demo, demo));
    m_pageSize = int(pragmaValue(m_demo, "PRAGMA page_size"));
    QVERIFY(m_pageSize >= 512);
    QVERIFY(!QFile::exists(m_demo + QStringLiteral("-wal")));
}

// Overwrites the page type byte (0x0D leaf, 0x05 interior, 0x0A/0x02 index) of a table's root page.
bool TestWorkspaceCheck::flipPageType(const QString &path, const char *table)
{
    const std::int64_t root = pragmaValue(path, QByteArray("SELECT rootpage FROM sqlite_schema WHERE name = '") + table + "'");
    QFile f(path);
    return root > 1 && f.open(QIODevice::ReadWrite) && f.seek((root - 1) * m_pageSize) && f.putChar(char(0x42));
}

QString TestWorkspaceCheck::copy(const char *name)
{
    const QString path = m_dir.filePath(QString::fromUtf8(name) + QStringLiteral(".tierlab"));
    QFile::remove(path);
    QFile::copy(m_demo, path);
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    return path;
}

void TestWorkspaceCheck::cleanWorkspace()
{
    const QString path = copy("clean");
    auto findings = WorkspaceCheck::full(path);
    QVERIFY(findings);
    QVERIFY2(findings->empty(), qPrintable(texts(*findings).join(u'\n')));
    const auto run = test::runCli({QStringLiteral("check"), QStringLiteral("--workspace"), path});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.outText().startsWith(path + QStringLiteral(": no damage found (")), run.out.constData());
    QVERIFY(Workspace::open(path));
}

// Cut at a page boundary: the header still counts the lost pages.
void TestWorkspaceCheck::truncated()
{
    const QString path = copy("truncated");
    const qint64 size = QFileInfo(path).size();
    const qint64 pages = size / m_pageSize;
    const qint64 kept = (pages / 2) * m_pageSize;
    QVERIFY(QFile::resize(path, kept));
    const QString expected = QStringLiteral("the file is %1 bytes but its header counts %2 pages of %3 bytes (%4 bytes): it was cut short")
                                 .arg(kept).arg(pages).arg(m_pageSize).arg(size);
    auto findings = WorkspaceCheck::full(path);
    QVERIFY(findings);
    QVERIFY(!findings->empty());
    QCOMPARE(findings->front().check, QStringLiteral("header"));
    QCOMPARE(findings->front().message, expected);

    const QByteArray before = fileHash(path);
    auto ws = Workspace::open(path);
    QVERIFY(!ws);
    QCOMPARE(ws.error().code, Error::Code::Corrupt);
    QCOMPARE(ws.error().message, path + QStringLiteral(": the workspace is damaged (") + expected
                                     + QStringLiteral("); nothing was written to it. `tierlab check --workspace FILE` lists what is wrong"));
    QCOMPARE(fileHash(path), before);
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));

    const auto run = test::runCli({QStringLiteral("check"), QStringLiteral("--workspace"), path});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.outText().contains(QStringLiteral("  [header] ") + expected), run.out.constData());
}

void TestWorkspaceCheck::cutMidPage()
{
    const QString path = copy("cut-mid-page");
    const qint64 kept = QFileInfo(path).size() - 100;
    QVERIFY(QFile::resize(path, kept));
    auto findings = WorkspaceCheck::full(path);
    QVERIFY(findings && !findings->empty());
    QCOMPARE(findings->front().message,
             QStringLiteral("the file is %1 bytes, not a whole number of %2-byte pages: it was cut short").arg(kept).arg(m_pageSize));
    QVERIFY(!Workspace::open(path));
}

// A byte of the signals table's b-tree page header: the check on open reads that table.
void TestWorkspaceCheck::flippedByteInSmallTable()
{
    const QString path = copy("flipped-signals");
    QVERIFY(flipPageType(path, "signals"));
    auto ws = Workspace::open(path);
    QVERIFY(!ws);
    QCOMPARE(ws.error().code, Error::Code::Corrupt);
    QVERIFY2(ws.error().message.startsWith(path + QStringLiteral(": the workspace is damaged (table signals: ")), qPrintable(ws.error().message));

    auto findings = WorkspaceCheck::full(path);
    QVERIFY(findings);
    const QStringList lines = texts(*findings);
    QVERIFY2(!lines.isEmpty() && lines.front().startsWith(QStringLiteral("[integrity] table signals: ")), qPrintable(lines.join(u'\n')));
    const auto run = test::runCli({QStringLiteral("check"), QStringLiteral("--workspace"), path, QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.outText().contains(QStringLiteral("\"table\": \"signals\"")), run.out.constData());
    QVERIFY(run.outText().contains(QStringLiteral("\"ok\": false")));
}

// Damage deep in the snapshots table is past the check on open (it would read every page); the full
// check finds it and names the table.
void TestWorkspaceCheck::flippedByteInSnapshots()
{
    const QString path = copy("flipped-snapshots");
    QVERIFY(flipPageType(path, "snapshots"));
    auto findings = WorkspaceCheck::full(path);
    QVERIFY(findings);
    const QStringList lines = texts(*findings);
    QVERIFY2(!lines.isEmpty() && lines.front().startsWith(QStringLiteral("[integrity] table snapshots: ")), qPrintable(lines.join(u'\n')));

    // An import meets the damage, rolls back and says so with the file. Only the header's change counter
    // moves (the bulk write's switch out of WAL and back); every page after it is as it was.
    const QString csv = m_dir.filePath(QStringLiteral("one-row.csv"));
    {
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("account_id,as_of,logins\nACC-00001,2026-11-09,5\n");
    }
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray before = file.readAll();
    file.close();
    const auto run = test::runCli({QStringLiteral("import"), QStringLiteral("snapshots"), csv, QStringLiteral("--workspace"), path});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.errText(), QStringLiteral("tierlab: ") + path
                                + QStringLiteral(": the workspace is damaged (database disk image is malformed); "
                                                 "`tierlab check --workspace FILE` lists what is wrong\n"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray after = file.readAll();
    QCOMPARE(after.size(), before.size());
    QVERIFY(after.mid(100) == before.mid(100));
}

// The version put back to 3 on a version 6 file: opening would migrate it again over its own tables.
void TestWorkspaceCheck::wrongSchemaVersion()
{
    const QString path = copy("version-3");
    QVERIFY(runSql(path, "PRAGMA user_version = 3"));
    const QByteArray before = fileHash(path);
    auto ws = Workspace::open(path);
    QVERIFY(!ws);
    QCOMPARE(ws.error().message,
             path + QStringLiteral(": the workspace is damaged (table import_undo: the table belongs to schema version 4 but the file says "
                                   "version 3: the version was changed); nothing was written to it. `tierlab check --workspace FILE` lists what is wrong"));
    QCOMPARE(fileHash(path), before);
    auto findings = WorkspaceCheck::full(path);
    QVERIFY(findings);
    QCOMPARE(texts(*findings),
             QStringList({QStringLiteral("[schema] table import_undo: the table belongs to schema version 4 but the file says version 3: the version was changed"),
                          QStringLiteral("[schema] table manual_overrides: the table belongs to schema version 5 but the file says version 3: the version was changed"),
                          QStringLiteral("[schema] table publications: the table belongs to schema version 6 but the file says version 3: the version was changed")}));
}

void TestWorkspaceCheck::newerSchemaVersion()
{
    const QString path = copy("version-99");
    QVERIFY(runSql(path, "PRAGMA user_version = 99"));
    auto findings = WorkspaceCheck::full(path);
    QVERIFY(findings);
    QCOMPARE(texts(*findings), QStringList({QStringLiteral("[schema] schema version 99; this Tierlab reads up to 6")}));
    auto ws = Workspace::open(path);
    QVERIFY(!ws);
    QCOMPARE(ws.error().code, Error::Code::NewerVersion);
}

void TestWorkspaceCheck::droppedTable()
{
    const QString path = copy("dropped-recipes");
    QVERIFY(runSql(path, "DROP TABLE recipes"));
    auto ws = Workspace::open(path);
    QVERIFY(!ws);
    QVERIFY2(ws.error().message.startsWith(path + QStringLiteral(": the workspace is damaged (table recipes: the table is missing (schema version 6 has it));")),
             qPrintable(ws.error().message));
    auto findings = WorkspaceCheck::full(path);
    QVERIFY(findings);
    QCOMPARE(texts(*findings), QStringList({QStringLiteral("[schema] table recipes: the table is missing (schema version 6 has it)")}));
}

void TestWorkspaceCheck::undecodableSnapshot()
{
    const QString path = copy("bad-blob");
    QVERIFY(runSql(path, "UPDATE snapshots SET vals = x'01ff00' WHERE as_of = '2026-11-02' AND account_pk = "
                         "(SELECT pk FROM accounts ORDER BY pk LIMIT 1);"
                         "UPDATE snapshots SET vals = x'01e803010000000000000000' WHERE as_of = '2026-10-26' AND account_pk = "
                         "(SELECT pk FROM accounts ORDER BY pk LIMIT 1)"));
    const std::int64_t first = pragmaValue(path, "SELECT pk FROM accounts ORDER BY pk LIMIT 1");
    sqlite3 *db = nullptr;
    sqlite3_open(path.toUtf8().constData(), &db);
    sqlite3_stmt *st = nullptr;
    sqlite3_prepare_v2(db, "SELECT id FROM accounts WHERE pk = ?", -1, &st, nullptr);
    sqlite3_bind_int64(st, 1, first);
    QCOMPARE(sqlite3_step(st), SQLITE_ROW);
    const QString id = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(st, 0)));
    sqlite3_finalize(st);
    sqlite3_close(db);
    auto findings = WorkspaceCheck::full(path);
    QVERIFY(findings);
    QCOMPARE(texts(*findings),
             QStringList({QStringLiteral("[snapshots] table snapshots, as_of 2026-10-26, account %1: a value of signal index 1000, which the catalogue does not have").arg(id),
                          QStringLiteral("[snapshots] table snapshots, as_of 2026-11-02, account %1: the values do not decode (3 bytes)").arg(id)}));
    QVERIFY(Workspace::open(path));   // past the check on open: the readers refuse the row when they meet it
}

void TestWorkspaceCheck::danglingForeignKey()
{
    const QString path = copy("dangling");
    QVERIFY(runSql(path, "PRAGMA foreign_keys = OFF; INSERT INTO outcomes(account_pk, kind, date) VALUES(987654, 'churned', '2026-01-01')"));
    const std::int64_t pk = pragmaValue(path, "SELECT pk FROM outcomes WHERE account_pk = 987654");
    auto findings = WorkspaceCheck::full(path);
    QVERIFY(findings);
    QCOMPARE(texts(*findings), QStringList({QStringLiteral("[foreign_key] table outcomes, rowid %1: refers to a row of accounts that does not exist").arg(pk)}));
    const auto run = test::runCli({QStringLiteral("check"), QStringLiteral("--workspace"), path});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.outText(), path + QStringLiteral(": damaged, 1 finding:\n  [foreign_key] table outcomes, rowid %1: refers to a row of accounts that does not exist\n").arg(pk));
}

// import, import table and signals build: a damaged file is refused with its name, and not one byte changes.
void TestWorkspaceCheck::writeCommandsRefuseDamagedFiles()
{
    const QString path = copy("refuse-writes");
    QVERIFY(runSql(path, "DROP TABLE mappings"));
    const QString csv = m_dir.filePath(QStringLiteral("outcomes.csv"));
    {
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("account_id,date,kind\nA-1,2026-01-05,churned\n");
    }
    const QByteArray before = fileHash(path);
    const QList<QStringList> commands = {
        {QStringLiteral("import"), QStringLiteral("outcomes"), csv, QStringLiteral("--workspace"), path},
        {QStringLiteral("import"), QStringLiteral("table"), csv, QStringLiteral("--workspace"), path, QStringLiteral("--name"),
         QStringLiteral("t"), QStringLiteral("--key"), QStringLiteral("account_id")},
        {QStringLiteral("signals"), QStringLiteral("build"), QStringLiteral("--workspace"), path},
        {QStringLiteral("summary"), QStringLiteral("--workspace"), path},
    };
    for (const QStringList &args : commands) {
        const auto run = test::runCli(args);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.errText().contains(QStringLiteral("tierlab: ") + path
                                        + QStringLiteral(": the workspace is damaged (table mappings: the table is missing (schema version 6 has it))")),
                 run.err.constData());
        QCOMPARE(fileHash(path), before);
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    }
}

// SQLite's "attempt to write a readonly database" becomes a sentence with the file. Simulated with a
// read-only connection: the tests run as root, where chmod does not stop a write.
void TestWorkspaceCheck::readOnlyIsSaid()
{
    const QString path = copy("read-only");
    sqlite3 *db = nullptr;
    QCOMPARE(sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr), SQLITE_OK);
    auto r = sqliteExec(db, "INSERT INTO meta(key, value) VALUES('x', 'y')");
    const QString file = QString::fromUtf8(sqlite3_db_filename(db, "main"));
    sqlite3_close(db);
    QVERIFY(!r);
    QCOMPARE(r.error().code, Error::Code::Io);
    QCOMPARE(r.error().message, file + QStringLiteral(": cannot write the file: it is read-only (the file or its folder)"));
    QCOMPARE(QFileInfo(file).canonicalFilePath(), QFileInfo(path).canonicalFilePath());
}

// A full disk, simulated by capping the file at its current page count.
void TestWorkspaceCheck::diskFullIsSaid()
{
    const QString path = copy("disk-full");
    sqlite3 *db = nullptr;
    QCOMPARE(sqlite3_open(path.toUtf8().constData(), &db), SQLITE_OK);
    QVERIFY(sqliteExec(db, "PRAGMA max_page_count = 1"));   // clamps to the pages the file has
    auto r = sqliteExec(db, "INSERT INTO meta(key, value) VALUES('x', zeroblob(1000000))");
    const QString file = QString::fromUtf8(sqlite3_db_filename(db, "main"));
    sqlite3_close(db);
    QVERIFY(!r);
    QCOMPARE(r.error().code, Error::Code::Io);
    QCOMPARE(r.error().message, file + QStringLiteral(": cannot write the file: the disk is full (nothing of this change was kept)"));
    auto findings = WorkspaceCheck::full(path);
    QVERIFY(findings && findings->empty());
}

// A read-only folder (no WAL can be made beside the file) and a read-only file, through the CLI as a
// user meets them. Root writes whatever the modes say, so as root the command runs as nobody (runuser).
void TestWorkspaceCheck::readOnlyFolderAndFile()
{
    QString program = QStringLiteral(TIERLAB_CLI);
    QStringList prefix;
    QTemporaryDir dir;   // 0700: opened up below so that nobody can reach it
    QVERIFY(dir.isValid());
    const auto all = QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther | QFile::ExeOwner | QFile::ExeGroup | QFile::ExeOther;
    const auto writable = QFile::WriteOwner | QFile::WriteGroup | QFile::WriteOther;
    QVERIFY(QFile::setPermissions(dir.path(), all));
    if (::geteuid() == 0) {
        if (!QFile::exists(QStringLiteral("/usr/sbin/runuser")) || ::getpwnam("nobody") == nullptr)
            QSKIP("running as root without runuser or the user nobody: the modes would not stop a write");
        // The build folder may be closed to other users (a CI clone in a 0700 temporary folder): nobody
        // runs a copy of the binary from the test's own folder.
        const QString copy = dir.filePath(QStringLiteral("tierlab"));
        QVERIFY(QFile::copy(QStringLiteral(TIERLAB_CLI), copy));
        QVERIFY(QFile::setPermissions(copy, all));
        program = QStringLiteral("/usr/sbin/runuser");
        prefix = {QStringLiteral("-u"), QStringLiteral("nobody"), QStringLiteral("--"), copy};
        QProcess probe;
        probe.start(program, prefix + QStringList{QStringLiteral("--version")});
        if (!probe.waitForFinished(60000) || probe.exitStatus() != QProcess::NormalExit || probe.exitCode() != 0)
            QSKIP(qPrintable(QStringLiteral("nobody cannot run a copy of tierlab here: %1")
                                 .arg(QString::fromUtf8(probe.readAllStandardError()).trimmed())));
    }
    const QString folder = dir.filePath(QStringLiteral("folder")), path = folder + QStringLiteral("/w.tierlab");
    const QString csv = dir.filePath(QStringLiteral("outcomes.csv"));
    QVERIFY(QDir().mkpath(folder));
    QVERIFY(QFile::copy(m_demo, path));
    {
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("account_id,date,kind\nACC-00001,2026-01-05,churned\n");
    }
    QVERIFY(QFile::setPermissions(csv, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    const QByteArray before = fileHash(path);
    auto import = [&] {
        QProcess p;
        p.start(program, prefix + QStringList{QStringLiteral("import"), QStringLiteral("outcomes"), csv, QStringLiteral("--workspace"), path});
        const bool done = p.waitForFinished(60000);
        return std::pair(done && p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardError()));
    };
    const QString expected = QStringLiteral("tierlab: ") + path + QStringLiteral(": cannot write the file: it is read-only (the file or its folder)\n");

    // The folder read-only, the file writable.
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther | writable));
    QVERIFY(QFile::setPermissions(folder, all));
    const auto [folderExit, folderErr] = import();
    QVERIFY(QFile::setPermissions(folder, all | writable));
    QCOMPARE(folderErr, expected);
    QCOMPARE(folderExit, 1);

    // The file read-only, the folder writable.
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    const auto [fileExit, fileErr] = import();
    QCOMPARE(fileErr, expected);
    QCOMPARE(fileExit, 1);
    QCOMPARE(fileHash(path), before);
}

QTEST_GUILESS_MAIN(TestWorkspaceCheck)
#include "tst_workspacecheck.moc"
