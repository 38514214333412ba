// Edit → Undo Import (ImportUndoAction): names the last import, is enabled only when it can be undone,
// takes it back on a worker and signals it; an import without an undo record leaves it disabled
// with the reason in its status tip.

#include "import/importundoaction.h"
#include "io/tableimporter.h"
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
};

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
    {
        auto ws = Workspace::open(path, Workspace::OpenMode::CreateNew);
        QVERIFY(ws);
        TableImportRequest r;
        r.name = QStringLiteral("events");
        r.keyColumn = QStringLiteral("account_id");
        r.timeColumn = QStringLiteral("at");
        QVERIFY(TableImporter(**ws).run(csv, r));
    }
    ImportUndoAction action;
    QVERIFY(!action.isEnabled());
    action.setWorkspace(path);
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
    ImportUndoAction action;
    action.setWorkspace(path);
    QVERIFY(!action.isEnabled());
    QCOMPARE(action.text(), QStringLiteral("Undo &Import of “old.csv”"));
    QVERIFY2(action.statusTip().contains(QStringLiteral("cannot be undone")), qPrintable(action.statusTip()));
}

QTEST_MAIN(TestImportUndoAction)
#include "tst_importundoaction.moc"
