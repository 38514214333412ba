// Edit → Undo Import (ImportUndoAction): names the last import of the session's workspace, is enabled
// only when it can be undone, takes it back as a write job of the session and signals it; an import
// without an undo record leaves it disabled with the reason in its status tip; a refresh of the session
// after an import through another connection offers that import.

#include "import/importundoaction.h"
#include "tables/tableimporter.h"
#include "session/workspacesession.h"
#include "store/workspace.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace tierlab;
using namespace tierlab::ui;

class TestImportUndoAction : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void undoesTheLastImport();
    void disabledWithoutUndoRecord();
    void refreshReadsNewImport();
};

namespace {

bool importEvents(const QString &workspace, const QString &csv)
{
    auto ws = Workspace::open(workspace, Workspace::OpenMode::OpenOrCreate);
    if (!ws)
        return false;
    TableImportRequest r;
    r.name = QStringLiteral("events");
    r.keyColumn = QStringLiteral("account_id");
    r.timeColumn = QStringLiteral("at");
    return TableImporter(**ws).run(csv, r).has_value();
}

} // namespace

void TestImportUndoAction::undoesTheLastImport()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("w.tierlab"));
    const QString csv = dir.filePath(QStringLiteral("events.csv"));
    {
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("account_id,at\nA,2026-01-02\nB,2026-01-03\n");
    }
    QVERIFY(Workspace::open(path, Workspace::OpenMode::CreateNew));
    QVERIFY(importEvents(path, csv));
    WorkspaceSession session;
    ImportUndoAction action(&session);
    QVERIFY(!action.isEnabled());
    QVERIFY(session.open(path));
    QVERIFY(action.isEnabled());
    QCOMPARE(action.text(), QStringLiteral("Undo &Import of “events.csv”"));
    QVERIFY2(action.statusTip().startsWith(QStringLiteral("Take back the table import of events.csv (2 rows, ")), qPrintable(action.statusTip()));

    QSignalSpy undone(&action, &ImportUndoAction::undone);
    QSignalSpy failed(&action, &ImportUndoAction::failed);
    action.undo(false);
    QVERIFY(!action.isEnabled());   // while it runs
    QVERIFY(undone.wait(30000));
    QCOMPARE(failed.count(), 0);
    QCOMPARE(undone.first().at(0).toString(), path);
    auto ws = Workspace::open(path);
    QVERIFY(ws);
    QCOMPARE((*ws)->eventTables()->size(), std::size_t(0));
    QCOMPARE((*ws)->imports()->size(), std::size_t(0));
    QVERIFY(!action.isEnabled());
    QCOMPARE(action.statusTip(), QStringLiteral("No import to undo"));
}

void TestImportUndoAction::disabledWithoutUndoRecord()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("w.tierlab"));
    {
        auto ws = Workspace::open(path, Workspace::OpenMode::CreateNew);
        QVERIFY(ws);
        ImportRecord r;   // logged outside a recorded transaction, as by a Tierlab without undo
        r.fileName = QStringLiteral("old.csv");
        r.contentHash = QStringLiteral("0");
        r.kind = QStringLiteral("snapshots");
        r.rowsRead = r.rowsAccepted = 10;
        r.startedAt = r.finishedAt = QDateTime::currentDateTimeUtc();
        QVERIFY((*ws)->logImport(r));
    }
    WorkspaceSession session;
    ImportUndoAction action(&session);
    QVERIFY(session.open(path));
    QVERIFY(!action.isEnabled());
    QCOMPARE(action.text(), QStringLiteral("Undo &Import of “old.csv”"));
    QVERIFY2(action.statusTip().contains(QStringLiteral("cannot be undone")), qPrintable(action.statusTip()));
}

void TestImportUndoAction::refreshReadsNewImport()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("w.tierlab"));
    const QString csv = dir.filePath(QStringLiteral("events.csv"));
    {
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("account_id,at\nA,2026-01-02\nB,2026-01-03\n");
    }
    QVERIFY(Workspace::open(path, Workspace::OpenMode::CreateNew));
    WorkspaceSession session;
    ImportUndoAction action(&session);
    QVERIFY(session.open(path));
    QVERIFY(!action.isEnabled());
    QCOMPARE(action.statusTip(), QStringLiteral("No import to undo"));

    // An import through another connection (the CLI): nothing changes until the session is refreshed.
    QVERIFY(importEvents(path, csv));
    QVERIFY(!action.isEnabled());
    QSignalSpy changed(&action, &QAction::changed);
    session.refresh();
    QVERIFY(changed.count() > 0);
    QVERIFY(action.isEnabled());
    QCOMPARE(action.text(), QStringLiteral("Undo &Import of “events.csv”"));

    // Undone, and then the session closed: nothing to offer.
    QSignalSpy undone(&action, &ImportUndoAction::undone);
    action.undo(false);
    QVERIFY(undone.wait(30000));
    QVERIFY2(undone.first().at(1).toString().startsWith(QStringLiteral("the table import of events.csv (2 rows, ")),
             qPrintable(undone.first().at(1).toString()));
    QVERIFY(importEvents(path, csv));
    session.refresh();
    QVERIFY(action.isEnabled());
    session.close();
    QVERIFY(!action.isEnabled());
    QCOMPARE(action.text(), QStringLiteral("Undo &Import"));
}

QTEST_MAIN(TestImportUndoAction)
#include "tst_importundoaction.moc"
