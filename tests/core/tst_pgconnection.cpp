#include "clirun.h"

#include "demo/demogenerator.h"
#include "pg/pgconnection.h"

#include <QCoreApplication>
#include <QTemporaryDir>
#include <QTest>

using namespace tierlab;

// PgConnection, the libpq wrapper under `snapshots export --postgres` and `import --postgres`: what a
// failed connection says (the server, libpq's reason, never the connection string), parameters and
// COPY in both directions. The refusals that need no server always run; the rest need
// TIERLAB_TEST_POSTGRES (scripts/test.sh starts a throwaway cluster).
class tst_PgConnection : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void deadServer();
    void badConnectionString_data();
    void badConnectionString();
    void unknownRole();
    void parametersStayData();
    void statementErrors_data();
    void statementErrors();
    void copyRoundTrip();
    void copyStoppedKeepsNothing();

private:
    QTemporaryDir m_dir;
    QString m_conninfo;
};

namespace {

const char kNoPostgres[] = "TIERLAB_TEST_POSTGRES is not set (scripts/test.sh starts a PostgreSQL cluster and sets it)";

} // namespace

void tst_PgConnection::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_conninfo = qEnvironmentVariable("TIERLAB_TEST_POSTGRES");
}

void tst_PgConnection::deadServer()
{
    // A socket folder with nothing listening: the message names the socket and database, libpq says why;
    // the push command passes it on (exit 1).
    QTemporaryDir nothing;
    const QString conninfo = QStringLiteral("host=%1 port=5999 dbname=crm user=postgres").arg(nothing.path());
    const QString socket = QStringLiteral("%1/.s.PGSQL.5999").arg(nothing.path());
    const QString expected = QStringLiteral("PostgreSQL server on socket %1, database \"crm\": cannot connect: connection to server on socket \"%1\" failed: "
                                            "No such file or directory; Is the server running locally and accepting connections on that socket?")
                                 .arg(socket);
    auto conn = PgConnection::connect(conninfo);
    QVERIFY(!conn);
    QCOMPARE(conn.error().message, expected);
    QCOMPARE(conn.error().code, Error::Code::Io);

    const QString ws = m_dir.filePath(QStringLiteral("demo.tierlab"));
    DemoOptions options;
    options.accounts = 50;
    options.weeks = 1;
    QVERIFY(DemoGenerator::generateFile(ws, options));
    const test::CliRun run = test::runCli({QStringLiteral("snapshots"), QStringLiteral("export"), QStringLiteral("--workspace"), ws,
                                           QStringLiteral("--postgres"), conninfo, QStringLiteral("--table"), QStringLiteral("t")});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.errText(), QStringLiteral("tierlab: %1\n").arg(expected));
}

void tst_PgConnection::badConnectionString_data()
{
    QTest::addColumn<QString>("conninfo");
    QTest::addColumn<QString>("message");
    QTest::newRow("key without value") << QStringLiteral("host=/tmp port")
                                       << QStringLiteral("invalid PostgreSQL connection string (missing \"=\" after \"port\" in connection info string)");
    // libpq quotes the whole URL here, password and all: it is left out.
    QTest::newRow("unclosed IPv6 address") << QStringLiteral("postgresql://user:secret@[::1/crm")
                                           << QStringLiteral("invalid PostgreSQL connection string (end of string reached when looking for matching \"]\" "
                                                             "in IPv6 host address in URI: \"…\")");
    QTest::newRow("unknown parameter") << QStringLiteral("postgresql://me:secret@localhost/crm?sslmode=require&nonsense=1")
                                       << QStringLiteral("invalid PostgreSQL connection string (invalid URI query parameter: \"nonsense\")");
    QTest::newRow("port not a number") << QStringLiteral("postgresql://me:secret@localhost:notaport/crm")
                                       << QStringLiteral("PostgreSQL server localhost:notaport, database \"crm\": cannot connect: invalid integer value "
                                                         "\"notaport\" for connection option \"port\"");
}

void tst_PgConnection::badConnectionString()
{
    QFETCH(QString, conninfo);
    QFETCH(QString, message);
    auto conn = PgConnection::connect(conninfo);
    QVERIFY(!conn);
    QCOMPARE(conn.error().message, message);
    QVERIFY(!conn.error().message.contains(QStringLiteral("secret")));
}

void tst_PgConnection::unknownRole()
{
    // Authentication fails: the server's reason, with the server named.
    if (m_conninfo.isEmpty())
        QSKIP(kNoPostgres);
    const QString conninfo = m_conninfo + (m_conninfo.startsWith(u"postgres") ? QStringLiteral("?user=tierlab_nobody") : QStringLiteral(" user=tierlab_nobody"));
    auto conn = PgConnection::connect(conninfo);
    QVERIFY(!conn);
    auto good = PgConnection::connect(m_conninfo);
    QVERIFY(good);
    QVERIFY2(conn.error().message.startsWith(good->server() + QStringLiteral(": cannot connect: ")), qPrintable(conn.error().message));
    QVERIFY2(conn.error().message.endsWith(QStringLiteral("FATAL:  role \"tierlab_nobody\" does not exist")), qPrintable(conn.error().message));
}

void tst_PgConnection::parametersStayData()
{
    if (m_conninfo.isEmpty())
        QSKIP(kNoPostgres);
    auto conn = PgConnection::connect(m_conninfo);
    QVERIFY(conn);
    const QString text = QStringLiteral("O'Brien\"; DROP TABLE x; -- ünïcødé");
    auto rows = conn->query(QStringLiteral("SELECT $1::text, $2::text IS NULL, length($1)"), {text, QString()});
    QVERIFY2(rows, rows ? "" : qPrintable(rows.error().message));
    QCOMPARE(rows->size(), std::size_t(1));
    QCOMPARE(rows->front(), (QStringList{text, QStringLiteral("t"), QString::number(text.size())}));
    auto fields = conn->describe(QStringLiteral("SELECT 1 AS \"a \"\"b\"\"\", true AS flag, now()::date AS day"));
    QVERIFY(fields);
    QCOMPARE(fields->size(), std::size_t(3));
    QCOMPARE(fields->at(0).name, QStringLiteral("a \"b\""));
    QCOMPARE(fields->at(1).typeOid, PgConnection::kBoolOid);
}

void tst_PgConnection::statementErrors_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QString>("reason");
    QTest::newRow("unknown table") << QStringLiteral("SELECT * FROM tierlab_nope") << QStringLiteral("relation \"tierlab_nope\" does not exist (at character 15)");
    QTest::newRow("syntax") << QStringLiteral("SELEC 1") << QStringLiteral("syntax error at or near \"SELEC\" (at character 1)");
    QTest::newRow("runtime") << QStringLiteral("SELECT 1 / 0") << QStringLiteral("division by zero");
}

void tst_PgConnection::statementErrors()
{
    // The server's message, the position it names, on one line after the server.
    if (m_conninfo.isEmpty())
        QSKIP(kNoPostgres);
    QFETCH(QString, sql);
    QFETCH(QString, reason);
    auto conn = PgConnection::connect(m_conninfo);
    QVERIFY(conn);
    auto rows = conn->query(sql);
    QVERIFY(!rows);
    QCOMPARE(rows.error().message, conn->server() + QStringLiteral(": ") + reason);
    auto after = conn->query(QStringLiteral("SELECT 2"));   // the connection is still usable
    QVERIFY(after);
}

void tst_PgConnection::copyRoundTrip()
{
    // Text COPY in, in chunks, and back out: every byte as sent.
    if (m_conninfo.isEmpty())
        QSKIP(kNoPostgres);
    auto conn = PgConnection::connect(m_conninfo);
    QVERIFY(conn);
    QVERIFY(conn->exec(QStringLiteral("CREATE TEMPORARY TABLE t (k int, v text)")));
    QByteArray sent;
    for (int i = 0; i < 20000; ++i)
        sent += QByteArray::number(i) + "\tvalue \\\\ \"" + QByteArray::number(i * 7) + "\"; --\n";
    qsizetype at = 0;
    auto in = conn->copyIn(QStringLiteral("COPY t FROM STDIN"), [&](QByteArray &out) -> Result<bool> {
        out = sent.mid(at, 4096);
        at += out.size();
        return at < sent.size();
    });
    QVERIFY2(in, in ? "" : qPrintable(in.error().message));
    QByteArray received;
    auto out = conn->copyOut(QStringLiteral("COPY (SELECT * FROM t ORDER BY k) TO STDOUT"), [&](QByteArrayView data) -> Result<void> {
        received.append(data);
        return {};
    });
    QVERIFY2(out, out ? "" : qPrintable(out.error().message));
    QCOMPARE(received, sent);
    // A consumer that stops: its error, and the connection goes on.
    auto stopped = conn->copyOut(QStringLiteral("COPY t TO STDOUT"), [](QByteArrayView) -> Result<void> { return fail(QStringLiteral("disk full")); });
    QVERIFY(!stopped);
    QCOMPARE(stopped.error().message, QStringLiteral("disk full"));
    auto n = conn->query(QStringLiteral("SELECT count(*) FROM t"));
    QVERIFY2(n, n ? "" : qPrintable(n.error().message));
    QCOMPARE(n->front().value(0), QStringLiteral("20000"));
}

void tst_PgConnection::copyStoppedKeepsNothing()
{
    // A producer that fails halfway: the COPY fails on the server, none of its rows stay.
    if (m_conninfo.isEmpty())
        QSKIP(kNoPostgres);
    auto conn = PgConnection::connect(m_conninfo);
    QVERIFY(conn);
    QVERIFY(conn->exec(QStringLiteral("CREATE TEMPORARY TABLE t (k int)")));
    int calls = 0;
    auto in = conn->copyIn(QStringLiteral("COPY t FROM STDIN"), [&](QByteArray &out) -> Result<bool> {
        if (++calls == 3)
            return fail(QStringLiteral("the workspace is damaged"));
        out = "1\n2\n3\n";
        return true;
    });
    QVERIFY(!in);
    QCOMPARE(in.error().message, QStringLiteral("the workspace is damaged"));
    auto n = conn->query(QStringLiteral("SELECT count(*) FROM t"));
    QVERIFY2(n, n ? "" : qPrintable(n.error().message));
    QCOMPARE(n->front().value(0), QStringLiteral("0"));
}

QTEST_GUILESS_MAIN(tst_PgConnection)
#include "tst_pgconnection.moc"
