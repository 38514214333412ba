#include "clirun.h"

#include "demo/demogenerator.h"
#include "io/snapshotcsvexport.h"
#include "pg/pgconnection.h"
#include "pg/pgquerysource.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace tierlab;

// `tierlab import snapshots|table --postgres URL --query SQL`: the rows of a query take the CSV import
// path, so the result equals importing the same rows from a CSV file (summary, stored values); the
// refusals (no server, a bad URL, a bad query, an unknown role, a writing query) name the server and
// write nothing. The refusals that need no server always run; the rest need TIERLAB_TEST_POSTGRES.
class tst_PgQuerySource : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void usage_data();
    void usage();
    void deadServer();
    void badUrl();
    void snapshotsEqualCsv();
    void tableEqualsCsv();
    void queryErrors_data();
    void queryErrors();
    void unknownRole();
    void undo();

private:
    QString pgInfo() const;
    QString path(const QString &name) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
    QString m_conninfo;
    QString m_schema;
    QString m_server;   // PgConnection::server() of the test server
    std::int64_t m_demoRows = 0;
};

namespace {

const char kNoPostgres[] = "TIERLAB_TEST_POSTGRES is not set (scripts/test.sh starts a PostgreSQL cluster and sets it)";

// A summary without what names the source (file, hash, times): what must be equal for both paths.
QJsonObject comparable(const QByteArray &json)
{
    QJsonObject o = QJsonDocument::fromJson(json).object();
    for (const char *key : {"file", "hash", "started_at", "finished_at"})
        o.remove(QLatin1String(key));
    return o;
}

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("(unreadable)");
}

// Event rows made for the corners: commas, quotes and line breaks inside values, a boolean, date-times,
// empty ends, one "abc" among 24 numbers (a warning: the column stays a number), a row without a key
// (a reject).
QByteArray tickets()
{
    QByteArray csv = "ticket_id,account_id,opened_at,closed_at,escalated,minutes,note\n"
                     "t01,acc001,2026-01-05 10:30:00,2026-01-06,true,12,\"plain\"\n"
                     "t02,acc001,2026-01-07 23:59:59,,false,7.5,\"comma, and \"\"quotes\"\"\"\n"
                     "t03,acc002,2026-01-08 00:00:00,2026-01-09,true,abc,\"line\nbreak\"\n"
                     "t04,,2026-01-09 08:00:00,,false,3,no key\n"
                     "t05,acc003,2026-01-10 12:00:00,2026-01-10,,4,\n"
                     "t06,acc002,2026-01-11 09:15:00,,true,1e3,\"O'Brien\"\"; DROP TABLE tickets; --\"\n";
    for (int i = 7; i <= 26; ++i)
        csv += QStringLiteral("t%1,acc%2,2026-02-%3 08:00:00,,%4,%5,\n")
                   .arg(i, 2, 10, QLatin1Char('0'))
                   .arg(i % 5 + 1, 3, 10, QLatin1Char('0'))
                   .arg(i, 2, 10, QLatin1Char('0'))
                   .arg(i % 2 ? QStringLiteral("true") : QStringLiteral("false"))
                   .arg(i * 0.25)
                   .toUtf8();
    return csv;
}

} // namespace

QString tst_PgQuerySource::pgInfo() const
{
    const QString options = QStringLiteral("-csearch_path=%1").arg(m_schema);
    if (m_conninfo.startsWith(u"postgres"))
        return m_conninfo + (m_conninfo.contains(u'?') ? u'&' : u'?') + QStringLiteral("options=") + QString::fromLatin1(QUrl::toPercentEncoding(options));
    return m_conninfo + QStringLiteral(" options=%1").arg(options);
}


void tst_PgQuerySource::initTestCase()
{
    QVERIFY(m_dir.isValid());
    DemoOptions options;
    options.accounts = 300;
    options.weeks = 3;
    auto demo = DemoGenerator::generateFile(path(QStringLiteral("demo.tierlab")), options);
    QVERIFY2(demo, demo ? "" : qPrintable(demo.error().message));
    auto ws = Workspace::open(path(QStringLiteral("demo.tierlab")));
    QVERIFY(ws);
    auto rows = SnapshotCsvExport::write(**ws, path(QStringLiteral("demo.csv")));
    QVERIFY(rows);
    m_demoRows = *rows;
    QFile ticketFile(path(QStringLiteral("tickets.csv")));
    QVERIFY(ticketFile.open(QIODevice::WriteOnly));
    ticketFile.write(tickets());
    ticketFile.close();

    m_conninfo = qEnvironmentVariable("TIERLAB_TEST_POSTGRES");
    if (m_conninfo.isEmpty())
        return;
    m_schema = QStringLiteral("tierlab_source_%1").arg(QCoreApplication::applicationPid());
    auto admin = PgConnection::connect(m_conninfo);
    QVERIFY2(admin, admin ? "" : qPrintable(admin.error().message));
    QVERIFY(admin->exec(QStringLiteral("CREATE SCHEMA %1").arg(m_schema)));
    auto conn = PgConnection::connect(pgInfo());
    QVERIFY(conn);
    m_server = conn->server();
    // The demo's CSV in a typed table: flags as boolean, dates as date, numbers as double precision.
    auto catalogue = (*ws)->signalCatalogue();
    QVERIFY(catalogue);
    const QByteArray csv = fileBytes(path(QStringLiteral("demo.csv")));
    QStringList columns;
    for (const QByteArray &name : csv.left(csv.indexOf('\r')).split(',')) {
        const QString n = QString::fromUtf8(name);
        QString type = QStringLiteral("text");
        if (n == u"as_of" || n == u"renewal_date")
            type = QStringLiteral("date");
        else if (n == u"arr")
            type = QStringLiteral("double precision");
        for (const SignalInfo &s : *catalogue) {
            if (s.id == n)
                type = s.type == SignalType::Flag ? QStringLiteral("boolean") : s.type == SignalType::Number ? QStringLiteral("double precision") : QStringLiteral("text");
        }
        columns << QStringLiteral("\"%1\" %2").arg(n, type);
    }
    QVERIFY(conn->exec(QStringLiteral("CREATE TABLE demo (%1)").arg(columns.join(QStringLiteral(", ")))));
    const auto load = [&](const QString &table, const QByteArray &data) {
        bool sent = false;
        return conn->copyIn(QStringLiteral("COPY %1 FROM STDIN WITH (FORMAT csv, HEADER)").arg(table), [&](QByteArray &out) -> Result<bool> {
            if (!sent)
                out = data;
            sent = true;
            return false;
        });
    };
    auto loaded = load(QStringLiteral("demo"), csv);
    QVERIFY2(loaded, loaded ? "" : qPrintable(loaded.error().message));
    QVERIFY(conn->exec(QStringLiteral("CREATE TABLE tickets (ticket_id text, account_id text, opened_at timestamp, closed_at date, escalated boolean, "
                                      "minutes text, note text)")));
    loaded = load(QStringLiteral("tickets"), tickets());
    QVERIFY2(loaded, loaded ? "" : qPrintable(loaded.error().message));
}

void tst_PgQuerySource::cleanupTestCase()
{
    if (m_schema.isEmpty())
        return;
    auto conn = PgConnection::connect(m_conninfo);
    QVERIFY(conn);
    QVERIFY(conn->exec(QStringLiteral("DROP SCHEMA %1 CASCADE").arg(m_schema)));
}

void tst_PgQuerySource::usage_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("error");
    QTest::newRow("no query") << QStringList{QStringLiteral("snapshots"), QStringLiteral("--postgres"), QStringLiteral("host=/nowhere")}
                              << QStringLiteral("tierlab: import: --postgres URL and --query SQL go together\n");
    QTest::newRow("file and server") << QStringList{QStringLiteral("snapshots"), QStringLiteral("x.csv"), QStringLiteral("--postgres"), QStringLiteral("host=/nowhere"),
                                                    QStringLiteral("--query"), QStringLiteral("SELECT 1")}
                                     << QStringLiteral("tierlab: import: usage: tierlab import snapshots|outcomes (FILE | --postgres URL --query SQL) --workspace W [options]\n");
    QTest::newRow("delimiter") << QStringList{QStringLiteral("snapshots"), QStringLiteral("--postgres"), QStringLiteral("host=/nowhere"), QStringLiteral("--query"),
                                              QStringLiteral("SELECT 1"), QStringLiteral("--delimiter"), QStringLiteral(";")}
                               << QStringLiteral("tierlab: import: --delimiter does not apply to --postgres\n");
    QTest::newRow("table, no query") << QStringList{QStringLiteral("table"), QStringLiteral("--postgres"), QStringLiteral("host=/nowhere"), QStringLiteral("--name"),
                                                    QStringLiteral("t"), QStringLiteral("--key"), QStringLiteral("k")}
                                     << QStringLiteral("tierlab: import: --postgres URL and --query SQL go together\n");
}

void tst_PgQuerySource::usage()
{
    QFETCH(QStringList, args);
    QFETCH(QString, error);
    const QString ws = path(QStringLiteral("usage.tierlab"));
    const test::CliRun run = test::runCli(QStringList{QStringLiteral("import")} + args + QStringList{QStringLiteral("--workspace"), ws});
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.errText(), error);
    QVERIFY(!QFile::exists(ws));
}

void tst_PgQuerySource::deadServer()
{
    // Nothing listens on the socket: the message names it and the database; no workspace is made.
    QTemporaryDir nothing;
    const QString socket = QStringLiteral("%1/.s.PGSQL.5999").arg(nothing.path());
    const QString ws = path(QStringLiteral("dead.tierlab"));
    for (const QString &kind : {QStringLiteral("snapshots"), QStringLiteral("table")}) {
        QStringList args = {QStringLiteral("import"), kind, QStringLiteral("--postgres"), QStringLiteral("host=%1 port=5999 dbname=crm").arg(nothing.path()),
                            QStringLiteral("--query"), QStringLiteral("SELECT * FROM accounts"), QStringLiteral("--workspace"), ws};
        if (kind == u"table")
            args << QStringLiteral("--name") << QStringLiteral("accounts") << QStringLiteral("--key") << QStringLiteral("account_id");
        const test::CliRun run = test::runCli(args);
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.errText(), QStringLiteral("tierlab: PostgreSQL server on socket %1, database \"crm\": cannot connect: connection to server on socket \"%1\" failed: "
                                               "No such file or directory; Is the server running locally and accepting connections on that socket?\n")
                                    .arg(socket));
        QVERIFY(!QFile::exists(ws));
    }
}

void tst_PgQuerySource::badUrl()
{
    const QString ws = path(QStringLiteral("badurl.tierlab"));
    const test::CliRun run = test::runCli({QStringLiteral("import"), QStringLiteral("snapshots"), QStringLiteral("--postgres"),
                                           QStringLiteral("postgresql://me:secret@localhost:5432/crm?sslmode=sometimes&nonsense=1"), QStringLiteral("--query"),
                                           QStringLiteral("SELECT 1"), QStringLiteral("--workspace"), ws});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.errText(), QStringLiteral("tierlab: invalid PostgreSQL connection string (invalid URI query parameter: \"nonsense\")\n"));
    QVERIFY(!QFile::exists(ws));
}

void tst_PgQuerySource::snapshotsEqualCsv()
{
    // The demo's snapshots from the server and from the CSV they were loaded from: the same summary and
    // the same stored values (the snapshots written back out are byte for byte equal).
    if (m_conninfo.isEmpty())
        QSKIP(kNoPostgres);
    const QString fromCsv = path(QStringLiteral("csv.tierlab")), fromPg = path(QStringLiteral("pg.tierlab"));
    const test::CliRun csv = test::runCli({QStringLiteral("import"), QStringLiteral("snapshots"), path(QStringLiteral("demo.csv")), QStringLiteral("--workspace"), fromCsv,
                                           QStringLiteral("--json")});
    QCOMPARE(csv.exitCode, 0);
    const test::CliRun pg = test::runCli({QStringLiteral("import"), QStringLiteral("snapshots"), QStringLiteral("--postgres"), pgInfo(), QStringLiteral("--query"),
                                          QStringLiteral("SELECT * FROM demo ORDER BY as_of, account_id;"), QStringLiteral("--workspace"), fromPg,
                                          QStringLiteral("--json")});
    QCOMPARE(pg.exitCode, 0);
    QVERIFY(!comparable(csv.out).isEmpty());
    QCOMPARE(comparable(pg.out), comparable(csv.out));
    QCOMPARE(QJsonDocument::fromJson(pg.out).object().value(QStringLiteral("file")).toString(), QStringLiteral("the query on %1").arg(m_server));
    // Flags came as booleans and stayed flags.
    QVERIFY(pg.outText().contains(QStringLiteral("\"type\": \"flag\"")));
    for (const QString &ws : {fromCsv, fromPg}) {
        const test::CliRun out = test::runCli({QStringLiteral("snapshots"), QStringLiteral("export"), QStringLiteral("--workspace"), ws, QStringLiteral("--out"), ws + QStringLiteral(".csv")});
        QCOMPARE(out.exitCode, 0);
    }
    QCOMPARE(fileBytes(fromPg + QStringLiteral(".csv")), fileBytes(fromCsv + QStringLiteral(".csv")));
    // The text output names the query and its server.
    const test::CliRun text = test::runCli({QStringLiteral("import"), QStringLiteral("snapshots"), QStringLiteral("--postgres"), pgInfo(), QStringLiteral("--query"),
                                            QStringLiteral("SELECT * FROM demo WHERE account_id < 'ACC-00100'"), QStringLiteral("--workspace"),
                                            path(QStringLiteral("text.tierlab"))});
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.outText().startsWith(QStringLiteral("Imported the query on %1 (snapshots, UTF-8, delimiter \",\")\n").arg(m_server)), qPrintable(text.outText()));
}

void tst_PgQuerySource::tableEqualsCsv()
{
    // Event rows with commas, quotes, line breaks, a boolean, date-times, a warning and a reject.
    if (m_conninfo.isEmpty())
        QSKIP(kNoPostgres);
    const QString fromCsv = path(QStringLiteral("tickets-csv.tierlab")), fromPg = path(QStringLiteral("tickets-pg.tierlab"));
    const QStringList common = {QStringLiteral("--name"), QStringLiteral("tickets"), QStringLiteral("--key"), QStringLiteral("account_id"),
                                QStringLiteral("--time"), QStringLiteral("opened_at"), QStringLiteral("--end"), QStringLiteral("closed_at"), QStringLiteral("--json")};
    const test::CliRun csv = test::runCli(QStringList{QStringLiteral("import"), QStringLiteral("table"), path(QStringLiteral("tickets.csv")), QStringLiteral("--workspace"), fromCsv} + common);
    QCOMPARE(csv.exitCode, 0);
    const test::CliRun pg = test::runCli(QStringList{QStringLiteral("import"), QStringLiteral("table"), QStringLiteral("--postgres"), pgInfo(), QStringLiteral("--query"),
                                                     QStringLiteral("SELECT * FROM tickets ORDER BY ticket_id -- the order of the file"),
                                                     QStringLiteral("--workspace"), fromPg}
                                         + common);
    QCOMPARE(pg.exitCode, 0);
    const QJsonObject c = comparable(csv.out);
    QCOMPARE(c.value(QStringLiteral("rows_accepted")).toInt(), 25);
    QCOMPARE(c.value(QStringLiteral("rows_rejected")).toInt(), 1);
    QCOMPARE(c.value(QStringLiteral("warning_count")).toInt(), 1);
    QCOMPARE(comparable(pg.out), c);
    const auto list = [](const QString &ws) {
        const test::CliRun r = test::runCli({QStringLiteral("table"), QStringLiteral("list"), QStringLiteral("--workspace"), ws, QStringLiteral("--json")});
        QJsonObject o = QJsonDocument::fromJson(r.out).object();
        return o;
    };
    QJsonObject a = list(fromCsv), b = list(fromPg);
    QVERIFY(!a.isEmpty());
    // The stored file name is the only difference: tickets.csv against postgres-DB.csv.
    const auto withoutFile = [](QJsonObject o) {
        QJsonArray tables = o.value(QStringLiteral("tables")).toArray();
        QJsonObject t = tables.at(0).toObject();
        t.remove(QStringLiteral("file"));
        tables.replace(0, t);
        o.insert(QStringLiteral("tables"), tables);
        return o;
    };
    QCOMPARE(withoutFile(b), withoutFile(a));
}

void tst_PgQuerySource::queryErrors_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("reason");
    QTest::newRow("unknown table") << QStringLiteral("SELECT * FROM nope") << QStringLiteral("relation \"nope\" does not exist (at character 15)");
    QTest::newRow("syntax") << QStringLiteral("SELEC 1") << QStringLiteral("syntax error at or near \"SELEC\" (at character 1)");
    QTest::newRow("two statements") << QStringLiteral("SELECT 1; DROP TABLE demo") << QStringLiteral("cannot insert multiple commands into a prepared statement");
    QTest::newRow("fails while running") << QStringLiteral("SELECT account_id, 1 / (arr - arr) FROM demo") << QStringLiteral("division by zero");
    QTest::newRow("writes") << QStringLiteral("DELETE FROM demo RETURNING *") << QStringLiteral("cannot execute DELETE in a read-only transaction");
    QTest::newRow("empty") << QStringLiteral(" ; ") << QString();
}

void tst_PgQuerySource::queryErrors()
{
    if (m_conninfo.isEmpty())
        QSKIP(kNoPostgres);
    QFETCH(QString, query);
    QFETCH(QString, reason);
    const QString ws = path(QStringLiteral("query-error.tierlab"));
    const test::CliRun run = test::runCli({QStringLiteral("import"), QStringLiteral("snapshots"), QStringLiteral("--postgres"), pgInfo(), QStringLiteral("--query"), query,
                                           QStringLiteral("--workspace"), ws});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.errText(), reason.isNull() ? QStringLiteral("tierlab: --query: the query is empty\n")
                                            : QStringLiteral("tierlab: %1: the query failed: %2\n").arg(m_server, reason));
    QVERIFY(!QFile::exists(ws));
    auto conn = PgConnection::connect(pgInfo());
    QVERIFY(conn);
    auto count = conn->query(QStringLiteral("SELECT count(*) FROM demo"));
    QVERIFY(count);
    QCOMPARE(count->front().value(0), QString::number(m_demoRows));   // the writing query changed nothing
}

void tst_PgQuerySource::unknownRole()
{
    if (m_conninfo.isEmpty())
        QSKIP(kNoPostgres);
    const QString conninfo = pgInfo() + (m_conninfo.startsWith(u"postgres") ? QStringLiteral("&user=tierlab_nobody") : QStringLiteral(" user=tierlab_nobody"));
    const QString ws = path(QStringLiteral("role.tierlab"));
    const test::CliRun run = test::runCli({QStringLiteral("import"), QStringLiteral("snapshots"), QStringLiteral("--postgres"), conninfo, QStringLiteral("--query"),
                                           QStringLiteral("SELECT * FROM demo"), QStringLiteral("--workspace"), ws});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.errText().startsWith(QStringLiteral("tierlab: %1: cannot connect: ").arg(m_server)), qPrintable(run.errText()));
    QVERIFY2(run.errText().endsWith(QStringLiteral("FATAL:  role \"tierlab_nobody\" does not exist\n")), qPrintable(run.errText()));
    QVERIFY(!QFile::exists(ws));
}

void tst_PgQuerySource::undo()
{
    // The import is logged and undone like a file's.
    if (m_conninfo.isEmpty())
        QSKIP(kNoPostgres);
    const QString ws = path(QStringLiteral("undo.tierlab"));
    const test::CliRun imported = test::runCli({QStringLiteral("import"), QStringLiteral("snapshots"), QStringLiteral("--postgres"), pgInfo(), QStringLiteral("--query"),
                                                QStringLiteral("SELECT * FROM demo"), QStringLiteral("--workspace"), ws});
    QCOMPARE(imported.exitCode, 0);
    auto opened = Workspace::open(ws);
    QVERIFY(opened);
    auto log = (*opened)->imports();
    QVERIFY(log);
    QCOMPARE(log->size(), std::size_t(1));
    QVERIFY2(log->front().fileName.startsWith(QStringLiteral("postgres-")), qPrintable(log->front().fileName));
    opened->reset();
    const test::CliRun undone = test::runCli({QStringLiteral("import"), QStringLiteral("undo"), QStringLiteral("--workspace"), ws});
    QCOMPARE(undone.exitCode, 0);
    auto reopened = Workspace::open(ws);
    QVERIFY(reopened);
    QCOMPARE((*reopened)->asOfDates()->size(), std::size_t(0));
}

QTEST_GUILESS_MAIN(tst_PgQuerySource)
#include "tst_pgquerysource.moc"
