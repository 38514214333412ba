// Workspace::undoLastImport (workspaceundo.cpp) through `tierlab import undo`: after each kind of
// import — snapshots updating attributes, outcomes, an event table new and replaced, a signals build
// over an earlier one, outcomes derive — the undo returns the workspace to a dump equal to the one
// before it. Undo goes back one import at a time, refuses with nothing to undo, and refuses, changing
// nothing, when a later change touched the import's rows.

#include "clirun.h"
#include "store/workspace.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace tierlab;

namespace {

using Run = test::CliRun;
using test::runCli;

// Every row of every table, in key order, blobs as hex: equal dumps are equal workspaces.
QStringList dump(const QString &path)
{
    QStringList out;
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
        sqlite3_close(db);
        return {QStringLiteral("cannot open")};
    }
    QStringList tables;
    sqlite3_stmt *st = nullptr;
    sqlite3_prepare_v2(db, "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name", -1, &st, nullptr);
    while (sqlite3_step(st) == SQLITE_ROW)
        tables << QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(st, 0)));
    sqlite3_finalize(st);
    for (const QString &t : tables) {
        const QByteArray sql = "SELECT * FROM \"" + t.toUtf8() + "\"";
        sqlite3_prepare_v2(db, sql.constData(), -1, &st, nullptr);
        QStringList rows;
        while (sqlite3_step(st) == SQLITE_ROW) {
            QStringList cells;
            for (int c = 0; c < sqlite3_column_count(st); ++c) {
                if (sqlite3_column_type(st, c) == SQLITE_BLOB)
                    cells << QString::fromLatin1(QByteArray(static_cast<const char *>(sqlite3_column_blob(st, c)), sqlite3_column_bytes(st, c)).toHex());
                else if (sqlite3_column_type(st, c) == SQLITE_NULL)
                    cells << QStringLiteral("NULL");
                else
                    cells << QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(st, c)));
            }
            rows << t + u':' + cells.join(u'|');
        }
        sqlite3_finalize(st);
        rows.sort();   // row order of a table is not part of its state
        out << rows;
    }
    sqlite3_close(db);
    return out;
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(data) == data.size();
}

} // namespace

class tst_WorkspaceUndo : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void undoEachKind_data();
    void undoEachKind();
    void undoStepByStep();
    void nothingToUndo();
    void laterChangeRefused();

private:
    QString file(const char *name) const { return m_dir->filePath(QString::fromLatin1(name)); }
    bool cli(const QStringList &args);
    void baseline();   // the workspace every undo case starts from

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_ws;
};

bool tst_WorkspaceUndo::cli(const QStringList &args)
{
    const Run r = runCli(args);
    if (r.exitCode != 0)
        qWarning("tierlab %s: exit %d\n%s%s", qPrintable(args.join(u' ')), r.exitCode, r.out.constData(), r.err.constData());
    return r.exitCode == 0;
}

void tst_WorkspaceUndo::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_ws = file("w.tierlab");
    QVERIFY(writeFile(file("snap1.csv"), "account_id,as_of,name,arr,usage\nA,2026-01-05,Acme,1000,10\nB,2026-01-05,Bolt,2000,20\n"));
    // Renames A, raises B's ARR, adds C and a second week.
    QVERIFY(writeFile(file("snap2.csv"), "account_id,as_of,name,arr,usage\nA,2026-01-12,Acme Corp,1000,11\nB,2026-01-12,Bolt,2500,21\n"
                                         "C,2026-01-12,Cog,300,5\nA,2026-01-05,Acme Corp,1000,12\n"));
    QVERIFY(writeFile(file("outcomes.csv"), "account_id,date,kind\nA,2026-03-01,churned\nB,2026-03-01,renewed\n"));
    QVERIFY(writeFile(file("events.csv"), "account_id,at,kind\nA,2026-01-02,call\nB,2026-01-03,mail\nA,2026-01-09,call\n"));
    QVERIFY(writeFile(file("events2.csv"), "account_id,at,kind\nB,2026-01-04,call\n"));
    QVERIFY(writeFile(file("churn.csv"), "account_id,churned_at\nA,2026-02-20\n"));
    QVERIFY(writeFile(file("r1.json"), R"({"format": "tierlab-signals", "version": 1, "grid": {"first": "2026-01-05", "last": "2026-01-19"},
        "signals": [{"id": "calls", "table": "events", "agg": "count"}]})"));
    QVERIFY(writeFile(file("r2.json"), R"({"format": "tierlab-signals", "version": 1, "grid": {"first": "2026-01-05", "last": "2026-01-26"},
        "signals": [{"id": "calls", "table": "events", "agg": "count", "where": [{"column": "kind", "op": "==", "value": "call"}]}]})"));
}

void tst_WorkspaceUndo::baseline()
{
    QVERIFY(cli({QStringLiteral("import"), QStringLiteral("snapshots"), file("snap1.csv"), QStringLiteral("--workspace"), m_ws}));
    QVERIFY(cli({QStringLiteral("import"), QStringLiteral("table"), file("events.csv"), QStringLiteral("--workspace"), m_ws, QStringLiteral("--name"),
                 QStringLiteral("events"), QStringLiteral("--key"), QStringLiteral("account_id"), QStringLiteral("--time"), QStringLiteral("at")}));
    QVERIFY(cli({QStringLiteral("import"), QStringLiteral("table"), file("churn.csv"), QStringLiteral("--workspace"), m_ws, QStringLiteral("--name"),
                 QStringLiteral("churn"), QStringLiteral("--key"), QStringLiteral("account_id"), QStringLiteral("--time"), QStringLiteral("churned_at")}));
    QVERIFY(cli({QStringLiteral("signals"), QStringLiteral("build"), QStringLiteral("--workspace"), m_ws, QStringLiteral("--recipes"), file("r1.json")}));
}

void tst_WorkspaceUndo::undoEachKind_data()
{
    QTest::addColumn<QStringList>("import");   // {FILE-or-recipes} placeholders filled in undoEachKind
    const QString W = QStringLiteral("$W");
    QTest::newRow("snapshots updating attributes") << QStringList{QStringLiteral("import"), QStringLiteral("snapshots"), QStringLiteral("@snap2.csv"),
                                                                  QStringLiteral("--workspace"), W};
    QTest::newRow("outcomes") << QStringList{QStringLiteral("import"), QStringLiteral("outcomes"), QStringLiteral("@outcomes.csv"), QStringLiteral("--workspace"), W};
    QTest::newRow("new table") << QStringList{QStringLiteral("import"), QStringLiteral("table"), QStringLiteral("@events2.csv"), QStringLiteral("--workspace"), W,
                                              QStringLiteral("--name"), QStringLiteral("more"), QStringLiteral("--key"), QStringLiteral("account_id"),
                                              QStringLiteral("--time"), QStringLiteral("at")};
    QTest::newRow("table replaced") << QStringList{QStringLiteral("import"), QStringLiteral("table"), QStringLiteral("@events2.csv"), QStringLiteral("--workspace"), W,
                                                   QStringLiteral("--name"), QStringLiteral("events"), QStringLiteral("--key"), QStringLiteral("account_id"),
                                                   QStringLiteral("--time"), QStringLiteral("at"), QStringLiteral("--replace")};
    QTest::newRow("rebuild") << QStringList{QStringLiteral("signals"), QStringLiteral("build"), QStringLiteral("--workspace"), W, QStringLiteral("--recipes"),
                                            QStringLiteral("@r2.json")};
    QTest::newRow("outcomes derive") << QStringList{QStringLiteral("outcomes"), QStringLiteral("derive"), QStringLiteral("--workspace"), W,
                                                    QStringLiteral("--churn-table"), QStringLiteral("churn"), QStringLiteral("--every"), QStringLiteral("month")};
}

void tst_WorkspaceUndo::undoEachKind()
{
    QFETCH(QStringList, import);
    baseline();
    const QStringList before = dump(m_ws);
    QVERIFY(before.size() > 10);
    for (QString &a : import) {
        if (a == u"$W")
            a = m_ws;
        else if (a.startsWith(u'@'))
            a = m_dir->filePath(a.mid(1));
    }
    QVERIFY(cli(import));
    const QStringList after = dump(m_ws);
    QVERIFY(after != before);
    const Run undo = runCli({QStringLiteral("import"), QStringLiteral("undo"), QStringLiteral("--workspace"), m_ws});
    QVERIFY2(undo.exitCode == 0, undo.err.constData());
    QVERIFY(undo.outText().startsWith(QStringLiteral("Undid the ")));
    const QStringList undone = dump(m_ws);
    if (undone != before) {
        for (const QString &row : before)
            QVERIFY2(undone.contains(row), qPrintable(QStringLiteral("missing after undo: ") + row));
        for (const QString &row : undone)
            QVERIFY2(before.contains(row), qPrintable(QStringLiteral("left after undo: ") + row));
    }
    QCOMPARE(undone, before);
}

// Undo goes back one import at a time, newest first; the log says which one is next.
void tst_WorkspaceUndo::undoStepByStep()
{
    QStringList dumps{dump(m_ws)};
    baseline();
    auto ws = Workspace::open(m_ws);
    QVERIFY(ws);
    auto log = (*ws)->imports();
    QVERIFY(log);
    QCOMPARE(log->size(), std::size_t(4));
    QCOMPARE(log->back().kind, QStringLiteral("build"));
    QVERIFY(log->back().undoable && log->front().undoable);
    ws->reset();

    const Run listed = runCli({QStringLiteral("import"), QStringLiteral("log"), QStringLiteral("--workspace"), m_ws});
    QCOMPARE(listed.exitCode, 0);
    QVERIFY2(listed.outText().split(u'\n').value(3).endsWith(QStringLiteral("(tierlab import undo takes it back)")), listed.out.constData());
    for (const char *kind : {"build", "table", "table", "snapshots"}) {
        const Run r = runCli({QStringLiteral("import"), QStringLiteral("undo"), QStringLiteral("--workspace"), m_ws});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.outText().startsWith(QStringLiteral("Undid the %1 import").arg(QLatin1StringView(kind))), r.out.constData());
    }
    // Back to a workspace that only has its schema (and nothing an import wrote).
    auto empty = Workspace::open(m_ws);
    QVERIFY(empty);
    QCOMPARE((*empty)->imports()->size(), std::size_t(0));
    QCOMPARE((*empty)->summary()->accounts, 0);
    QCOMPARE((*empty)->eventTables()->size(), std::size_t(0));
}

void tst_WorkspaceUndo::nothingToUndo()
{
    QVERIFY(Workspace::open(m_ws, Workspace::OpenMode::CreateNew));
    const Run r = runCli({QStringLiteral("import"), QStringLiteral("undo"), QStringLiteral("--workspace"), m_ws});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.errText().contains(QStringLiteral("there is no import to undo")), r.err.constData());
}

// A later change to a row the import wrote: the undo would overwrite it, so it refuses and leaves
// everything as it is.
void tst_WorkspaceUndo::laterChangeRefused()
{
    baseline();
    QVERIFY(cli({QStringLiteral("import"), QStringLiteral("snapshots"), file("snap2.csv"), QStringLiteral("--workspace"), m_ws}));
    {
        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open(m_ws.toUtf8().constData(), &db), SQLITE_OK);
        QCOMPARE(sqlite3_exec(db, "UPDATE accounts SET name = 'Cog Ltd' WHERE id = 'C'", nullptr, nullptr, nullptr), SQLITE_OK);
        sqlite3_close(db);
    }
    const QStringList before = dump(m_ws);
    const Run r = runCli({QStringLiteral("import"), QStringLiteral("undo"), QStringLiteral("--workspace"), m_ws});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.errText().contains(QStringLiteral("cannot be undone exactly: a later change touched the same rows (table accounts); nothing was changed")),
             r.err.constData());
    QCOMPARE(dump(m_ws), before);
}

QTEST_GUILESS_MAIN(tst_WorkspaceUndo)
#include "tst_workspaceundo.moc"
