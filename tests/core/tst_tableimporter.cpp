// TableImporter: rows kept and rejected (line, column, reason), cells that do not read as their
// column's type (warnings) and missing-value tokens, --replace, --via, cancel and the import log.
#include "tables/tableimporter.h"
#include "store/workspace.h"
#include "tables/eventtable.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <cmath>

using namespace tierlab;

namespace {

std::unique_ptr<Workspace> newWorkspace(const QTemporaryDir &dir)
{
    auto ws = Workspace::open(dir.filePath(QStringLiteral("t.tierlab")), Workspace::OpenMode::CreateNew);
    if (!ws)
        qFatal("cannot create a workspace: %s", qPrintable(ws.error().message));
    return std::move(*ws);
}

QString writeCsv(const QTemporaryDir &dir, const QString &name, const QByteArray &csv)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(csv) != csv.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

TableImportRequest request(const char *name, const char *key, const char *time = nullptr, const char *end = nullptr, const char *via = nullptr)
{
    TableImportRequest r;
    r.name = QString::fromLatin1(name);
    r.keyColumn = QString::fromLatin1(key);
    r.timeColumn = time ? QString::fromLatin1(time) : QString();
    r.endColumn = end ? QString::fromLatin1(end) : QString();
    r.via = via ? QString::fromLatin1(via) : QString();
    return r;
}

QStringList rejectList(const TableImportSummary &s)
{
    QStringList out;
    for (const ImportReject &r : s.rejects)
        out << QStringLiteral("%1 [%2] %3").arg(r.line).arg(r.column, r.reason);
    return out;
}

QStringList warningList(const TableImportSummary &s)
{
    QStringList out;
    for (const ImportWarning &w : s.warnings)
        out << QStringLiteral("%1 [%2] %3").arg(w.line).arg(w.column, w.value);
    return out;
}

QString show(double v)
{
    return std::isnan(v) ? QStringLiteral("-") : QString::number(v, 'g', 17);
}

// A column of a stored table as text, one cell per row.
QStringList cells(const Workspace &ws, const QString &table, const QString &column)
{
    auto t = EventTable::load(ws, table, {column});
    if (!t)
        return {QStringLiteral("error: ") + t.error().message};
    const int c = t->columnIndex(column);
    if (c < 0)
        return {QStringLiteral("no column")};
    const EventColumn &col = t->columns[std::size_t(c)];
    QStringList out;
    for (std::size_t r = 0; r < t->rows; ++r) {
        if (col.isText())
            out << (col.codes[r] < 0 ? QStringLiteral("-") : col.dictionary[std::size_t(col.codes[r])]);
        else
            out << show(col.numbers[r]);
    }
    return out;
}

ValueType typeOf(const TableImportSummary &s, const char *column)
{
    for (const TableColumnInfo &c : s.columns) {
        if (c.name == QLatin1StringView(column))
            return c.type;
    }
    return ValueType::Category;
}

} // namespace

class tst_TableImporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void repeatsAreKept();
    void rejects();
    void allRejectedStoresNothing();
    void badCellsWarn();
    void warningsInRowOrder();
    void missingTokens();
    void replace();
    void via();
    void cancelRollsBack();
    void importLog();
};

// Rows repeating a key and a day — even whole rows — are all kept, in file order.
void tst_TableImporter::repeatsAreKept()
{
    QTemporaryDir dir;
    auto ws = newWorkspace(dir);
    const QString path = writeCsv(dir, QStringLiteral("e.csv"),
                                  "account_id,at,n\nA,2024-01-02,1\nA,2024-01-02,1\nA,2024-01-02,2\nB,2024-01-02,1\nA,2024-01-02 10:00,3\n");
    auto s = TableImporter(*ws).run(path, request("events", "account_id", "at"));
    QVERIFY2(s, qPrintable(s ? QString() : s.error().message));
    QCOMPARE(s->rowsRead, 5);
    QCOMPARE(s->rowsAccepted, 5);
    QCOMPARE(s->rowsRejected, 0);
    QCOMPARE(s->first, QDate(2024, 1, 2));
    QCOMPARE(s->last, QDate(2024, 1, 2));
    QCOMPARE(s->coverage.keys, 2);
    QCOMPARE(s->coverage.keysUnmatched, 0);
    QVERIFY(!s->accountsKnown);   // no accounts table: every key is an account
    QCOMPARE(cells(*ws, QStringLiteral("events"), QStringLiteral("n")),
             (QStringList{QStringLiteral("1"), QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("1"), QStringLiteral("3")}));
    QCOMPARE(cells(*ws, QStringLiteral("events"), QStringLiteral("account_id")),
             (QStringList{QStringLiteral("A"), QStringLiteral("A"), QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("A")}));
    // The time keeps its time of day: julian day + seconds / 86400.
    QCOMPARE(cells(*ws, QStringLiteral("events"), QStringLiteral("at")).constLast(),
             show(double(QDate(2024, 1, 2).toJulianDay()) + 36000.0 / 86400.0));
    auto rec = ws->eventTable(QStringLiteral("events"));
    QVERIFY(rec);
    QCOMPARE(rec->rows, 5);
    QCOMPARE(std::int64_t(rec->firstDay), std::int64_t(QDate(2024, 1, 2).toJulianDay()));
}

// An empty key, an empty or unreadable time, an unreadable end and a wrong field count reject the row
// with its line (header = 1), column and reason; an empty or NA end is a row still open.
void tst_TableImporter::rejects()
{
    QTemporaryDir dir;
    auto ws = newWorkspace(dir);
    const QString path = writeCsv(dir, QStringLiteral("t.csv"),
                                  "account_id,opened,closed,n\n"
                                  "A,2024-01-01,2024-01-02,1\n"   // 2
                                  ",2024-01-01,,2\n"              // 3
                                  "  ,2024-01-01,,2\n"            // 4
                                  "B,,,3\n"                       // 5
                                  "C,yesterday,,4\n"              // 6
                                  "D,2024-01-03,soon,5\n"         // 7
                                  "E,2024-01-03,NA,6\n"           // 8
                                  "F,2024-01-04\n"                // 9
                                  "G,2024-02-30,,7\n"             // 10
                                  "H,2024-01-05 08:00,,8\n");     // 11
    auto s = TableImporter(*ws).run(path, request("tickets", "account_id", "opened", "closed"));
    QVERIFY2(s, qPrintable(s ? QString() : s.error().message));
    QCOMPARE(s->rowsRead, 10);
    QCOMPARE(s->rowsAccepted, 3);
    QCOMPARE(s->rowsRejected, 7);
    QCOMPARE(rejectList(*s), (QStringList{
                              QStringLiteral("3 [account_id] the key is empty"),
                              QStringLiteral("4 [account_id] the key is empty"),
                              QStringLiteral("5 [opened] the time is empty"),
                              QStringLiteral("6 [opened] \"yesterday\" is not a date"),
                              QStringLiteral("7 [closed] \"soon\" is not a date (leave it empty for a row still open)"),
                              QStringLiteral("9 [] expected 4 fields, found 2"),
                              QStringLiteral("10 [opened] \"2024-02-30\" is not a date"),
                          }));
    QCOMPARE(s->warningCount, 0);
    QCOMPARE(s->first, QDate(2024, 1, 1));
    QCOMPARE(s->last, QDate(2024, 1, 5));
    QCOMPARE(typeOf(*s, "opened"), ValueType::Date);
    QCOMPARE(typeOf(*s, "closed"), ValueType::Date);
    QCOMPARE(cells(*ws, QStringLiteral("tickets"), QStringLiteral("account_id")),
             (QStringList{QStringLiteral("A"), QStringLiteral("E"), QStringLiteral("H")}));
    const QStringList closed = cells(*ws, QStringLiteral("tickets"), QStringLiteral("closed"));
    QCOMPARE(closed, (QStringList{show(double(QDate(2024, 1, 2).toJulianDay())), QStringLiteral("-"), QStringLiteral("-")}));
    QCOMPARE(s->toJson().value(QStringLiteral("rejects")).toArray().size(), 7);
}

// Every row rejected (a --time column of numbers): an error naming the first reject, and no table.
void tst_TableImporter::allRejectedStoresNothing()
{
    QTemporaryDir dir;
    auto ws = newWorkspace(dir);
    const QString path = writeCsv(dir, QStringLiteral("t.csv"), "account_id,length\nA,128\nB,107\n");
    auto s = TableImporter(*ws).run(path, request("t", "account_id", "length"));
    QVERIFY(!s);
    QCOMPARE(s.error().code, Error::Code::Invalid);
    QCOMPARE(s.error().message, QStringLiteral("%1: all 2 rows were rejected, nothing was stored; the first, line 2 [length]: \"128\" is not a date").arg(path));
    QCOMPARE(ws->eventTable(QStringLiteral("t")).error().code, Error::Code::NotFound);
    QCOMPARE(ws->imports()->size(), std::size_t(0));
}

// A cell that does not read as its column's type (the type is inferred from the first 1,000 rows of a
// file of 8 MiB or more) is stored as missing and listed with its line, column and value.
void tst_TableImporter::badCellsWarn()
{
    QTemporaryDir dir;
    auto ws = newWorkspace(dir);
    const QByteArray pad(1000, 'x');
    QByteArray csv = "account_id,at,n,flag,due,pad\n";
    const int rows = 9000;   // about 9 MB
    for (int i = 0; i < rows; ++i) {
        const int line = i + 2;
        QByteArray n = QByteArray::number(i % 7), flag = i % 2 ? "true" : "false", due = "2024-03-01";
        if (line == 5000)
            n = "twelve";
        else if (line == 6000)
            flag = "maybe";
        else if (line == 7000)
            due = "soon";
        else if (line == 8000)
            n = "NA";
        else if (line == 8001)
            n = "null";
        else if (line == 8002)
            due = "N/A";
        else if (line == 8003)
            n = "";
        csv += "A,2024-01-0" + QByteArray::number(1 + i % 9) + ',' + n + ',' + flag + ',' + due + ',' + pad + '\n';
    }
    QVERIFY(csv.size() > 8 << 20);
    const QString path = writeCsv(dir, QStringLiteral("big.csv"), csv);
    auto s = TableImporter(*ws).run(path, request("big", "account_id", "at"));
    QVERIFY2(s, qPrintable(s ? QString() : s.error().message));
    QCOMPARE(s->rowsAccepted, rows);
    QCOMPARE(typeOf(*s, "n"), ValueType::Number);
    QCOMPARE(typeOf(*s, "flag"), ValueType::Flag);
    QCOMPARE(typeOf(*s, "due"), ValueType::Date);
    QCOMPARE(s->warningCount, 3);
    QCOMPARE(warningList(*s), (QStringList{QStringLiteral("5000 [n] twelve"), QStringLiteral("6000 [flag] maybe"), QStringLiteral("7000 [due] soon")}));
    const QStringList n = cells(*ws, QStringLiteral("big"), QStringLiteral("n"));
    QCOMPARE(n.size(), rows);
    QCOMPARE(n[5000 - 2], QStringLiteral("-"));
    QCOMPARE(n[5001 - 2], QString::number((5001 - 2) % 7));
    QCOMPARE(n[8000 - 2], QStringLiteral("-"));
    QCOMPARE(n[8001 - 2], QStringLiteral("-"));
    QCOMPARE(n[8003 - 2], QStringLiteral("-"));
    QCOMPARE(cells(*ws, QStringLiteral("big"), QStringLiteral("flag"))[6000 - 2], QStringLiteral("-"));
    const QStringList due = cells(*ws, QStringLiteral("big"), QStringLiteral("due"));
    QCOMPARE(due[7000 - 2], QStringLiteral("-"));
    QCOMPARE(due[8002 - 2], QStringLiteral("-"));
    QCOMPARE(due[0], show(double(QDate(2024, 3, 1).toJulianDay())));
    const QJsonArray w = s->toJson().value(QStringLiteral("warnings")).toArray();
    QCOMPARE(w.size(), 3);
    QCOMPARE(w[0].toObject().value(QStringLiteral("line")).toInt(), 5000);
    QCOMPARE(w[0].toObject().value(QStringLiteral("column")).toString(), QStringLiteral("n"));
    QCOMPARE(w[0].toObject().value(QStringLiteral("value")).toString(), QStringLiteral("twelve"));
}

// The cells are parsed column by column, but the warnings kept are the first in the file's order (by
// line, then column), and all are counted.
void tst_TableImporter::warningsInRowOrder()
{
    QTemporaryDir dir;
    auto ws = newWorkspace(dir);
    QByteArray csv = "account_id,at,n,flag,due\n";
    for (int line = 2; line < 102; ++line) {
        const QByteArray n = line == 5 || line == 7 ? "x" + QByteArray::number(line) : QByteArray::number(line % 5);
        const QByteArray flag = line == 4 || line == 7 ? "f" + QByteArray::number(line) : QByteArray(line % 2 ? "yes" : "no");
        const QByteArray due = line == 6 ? "d6" : "2024-02-01";
        csv += "A,2024-01-01," + n + ',' + flag + ',' + due + '\n';
    }
    ImportOptions options;
    options.maxWarningsKept = 4;
    auto s = TableImporter(*ws).run(writeCsv(dir, QStringLiteral("w.csv"), csv), request("w", "account_id", "at"), options);
    QVERIFY2(s, qPrintable(s ? QString() : s.error().message));
    QCOMPARE(typeOf(*s, "n"), ValueType::Number);
    QCOMPARE(typeOf(*s, "flag"), ValueType::Flag);
    QCOMPARE(typeOf(*s, "due"), ValueType::Date);
    QCOMPARE(s->warningCount, 5);
    QCOMPARE(warningList(*s), (QStringList{QStringLiteral("4 [flag] f4"), QStringLiteral("5 [n] x5"), QStringLiteral("6 [due] d6"),
                                           QStringLiteral("7 [n] x7")}));
}

// NA, N/A, null, … are missing without a warning, and do not turn a number column into text.
void tst_TableImporter::missingTokens()
{
    QTemporaryDir dir;
    auto ws = newWorkspace(dir);
    const QString path = writeCsv(dir, QStringLiteral("m.csv"),
                                  "account_id,at,n,flag,kind\n"
                                  "A,2024-01-01,1.5,true,x\n"
                                  "A,2024-01-02,NA,NULL,NA\n"
                                  "A,2024-01-03,null,false,-\n"
                                  "A,2024-01-04,N/A,,y\n"
                                  "A,2024-01-05,#N/A,None,n/a\n"
                                  "A,2024-01-06,2,?,\n");
    auto s = TableImporter(*ws).run(path, request("m", "account_id", "at"));
    QVERIFY2(s, qPrintable(s ? QString() : s.error().message));
    QCOMPARE(s->rowsAccepted, 6);
    QCOMPARE(s->warningCount, 0);
    QCOMPARE(typeOf(*s, "n"), ValueType::Number);
    QCOMPARE(typeOf(*s, "flag"), ValueType::Flag);
    QCOMPARE(cells(*ws, QStringLiteral("m"), QStringLiteral("kind")),
             (QStringList{QStringLiteral("x"), QStringLiteral("-"), QStringLiteral("-"), QStringLiteral("y"), QStringLiteral("-"), QStringLiteral("-")}));
    QCOMPARE(cells(*ws, QStringLiteral("m"), QStringLiteral("n")),
             (QStringList{QStringLiteral("1.5"), QStringLiteral("-"), QStringLiteral("-"), QStringLiteral("-"), QStringLiteral("-"), QStringLiteral("2")}));
    QCOMPARE(cells(*ws, QStringLiteral("m"), QStringLiteral("flag")),
             (QStringList{QStringLiteral("1"), QStringLiteral("-"), QStringLiteral("0"), QStringLiteral("-"), QStringLiteral("-"), QStringLiteral("-")}));
}

// A name already taken needs --replace; the old rows go, the new ones come, in one transaction.
void tst_TableImporter::replace()
{
    QTemporaryDir dir;
    auto ws = newWorkspace(dir);
    const QString one = writeCsv(dir, QStringLiteral("one.csv"), "account_id,at,n\nA,2024-01-01,1\nB,2024-01-02,2\n");
    const QString two = writeCsv(dir, QStringLiteral("two.csv"), "account_id,at,n\nC,2024-02-01,3\n");
    QVERIFY(TableImporter(*ws).run(one, request("events", "account_id", "at")));
    auto again = TableImporter(*ws).run(two, request("events", "account_id", "at"));
    QVERIFY(!again);
    QCOMPARE(again.error().code, Error::Code::Invalid);
    QVERIFY2(again.error().message.contains(QStringLiteral("the workspace has a table named \"events\" already; give --replace to replace it")),
             qPrintable(again.error().message));
    QCOMPARE(cells(*ws, QStringLiteral("events"), QStringLiteral("n")), (QStringList{QStringLiteral("1"), QStringLiteral("2")}));
    TableImportRequest r = request("events", "account_id", "at");
    r.replace = true;
    auto replaced = TableImporter(*ws).run(two, r);
    QVERIFY2(replaced, qPrintable(replaced ? QString() : replaced.error().message));
    QVERIFY(replaced->replaced);
    QCOMPARE(cells(*ws, QStringLiteral("events"), QStringLiteral("n")), QStringList{QStringLiteral("3")});
    QCOMPARE(ws->eventTable(QStringLiteral("events"))->rows, 1);
    QCOMPARE(ws->eventTables()->size(), std::size_t(1));
    // --replace of a name not taken is a plain import.
    r.name = QStringLiteral("other");
    auto fresh = TableImporter(*ws).run(one, r);
    QVERIFY(fresh);
    QVERIFY(!fresh->replaced);
}

// --via names an imported table keyed by account id that holds the key column.
void tst_TableImporter::via()
{
    QTemporaryDir dir;
    auto ws = newWorkspace(dir);
    const QString usage = writeCsv(dir, QStringLiteral("usage.csv"), "subscription_id,used,n\ns1,2024-01-02,1\ns9,2024-01-03,2\n");
    auto missing = TableImporter(*ws).run(usage, request("usage", "subscription_id", "used", nullptr, "subscriptions"));
    QVERIFY(!missing);
    QCOMPARE(missing.error().code, Error::Code::NotFound);
    QVERIFY2(missing.error().message.contains(QStringLiteral("--via subscriptions: no table of that name in the workspace; import it first")),
             qPrintable(missing.error().message));
    QVERIFY(!ws->eventTable(QStringLiteral("usage")));

    const QString subs = writeCsv(dir, QStringLiteral("subs.csv"), "subscription_id,account_id,start\ns1,A,2024-01-01\ns2,B,2024-01-01\n");
    QVERIFY(TableImporter(*ws).run(subs, request("subscriptions", "account_id", "start")));
    auto noColumn = TableImporter(*ws).run(usage, request("usage", "used", "used", nullptr, "subscriptions"));
    QVERIFY(!noColumn);
    QVERIFY2(noColumn.error().message.contains(QStringLiteral("--via subscriptions: that table has no column \"used\" to look the key up in")),
             qPrintable(noColumn.error().message));
    auto s = TableImporter(*ws).run(usage, request("usage", "subscription_id", "used", nullptr, "subscriptions"));
    QVERIFY2(s, qPrintable(s ? QString() : s.error().message));
    QVERIFY(s->accountsKnown);
    QCOMPARE(s->coverage.keys, 2);
    QCOMPARE(s->coverage.keysMatched, 1);
    QCOMPARE(s->coverage.keysUnmatched, 1);
    QCOMPARE(s->coverage.rowsUnmatched, 1);
    QCOMPARE(s->coverage.unmatched, QStringList{QStringLiteral("s9")});
    QCOMPARE(ws->eventTable(QStringLiteral("usage"))->via, QStringLiteral("subscriptions"));
    // A table keyed through another cannot be a --via target itself.
    auto chained = TableImporter(*ws).run(usage, request("more", "subscription_id", "used", nullptr, "usage"));
    QVERIFY(!chained);
    QVERIFY2(chained.error().message.contains(QStringLiteral("that table is itself keyed through \"subscriptions\"")),
             qPrintable(chained.error().message));
}

// Cancelling from the progress callback rolls everything back: no new table, the old one intact, no log.
void tst_TableImporter::cancelRollsBack()
{
    QTemporaryDir dir;
    auto ws = newWorkspace(dir);
    QByteArray csv = "account_id,at,n\n";
    for (int i = 0; i < 200; ++i)
        csv += "A" + QByteArray::number(i) + ",2024-01-01," + QByteArray::number(i) + '\n';
    const QString path = writeCsv(dir, QStringLiteral("c.csv"), csv);
    const QString old = writeCsv(dir, QStringLiteral("old.csv"), "account_id,at,n\nZ,2023-01-01,9\n");
    QVERIFY(TableImporter(*ws).run(old, request("kept", "account_id", "at")));
    const auto importsBefore = ws->imports()->size();

    std::atomic<bool> cancel{false};
    int calls = 0;
    ImportOptions o;
    o.chunkSize = 64;
    o.cancel = &cancel;
    o.progress = [&](std::int64_t, std::int64_t) {
        if (++calls == 3)
            cancel = true;
    };
    auto s = TableImporter(*ws).run(path, request("events", "account_id", "at"), o);
    QVERIFY(!s);
    QCOMPARE(s.error().code, Error::Code::Cancelled);
    QCOMPARE(calls, 3);
    const auto gone = ws->eventTable(QStringLiteral("events"));
    QVERIFY(!gone);
    QCOMPARE(gone.error().code, Error::Code::NotFound);
    QVERIFY(!ws->inTransaction());

    TableImportRequest r = request("kept", "account_id", "at");
    r.replace = true;
    cancel = false;
    calls = 0;
    auto s2 = TableImporter(*ws).run(path, r, o);
    QVERIFY(!s2);
    QCOMPARE(s2.error().code, Error::Code::Cancelled);
    QCOMPARE(cells(*ws, QStringLiteral("kept"), QStringLiteral("n")), QStringList{QStringLiteral("9")});
    QCOMPARE(ws->eventTables()->size(), std::size_t(1));
    QCOMPARE(ws->imports()->size(), importsBefore);
    // The workspace still takes the import afterwards.
    auto s3 = TableImporter(*ws).run(path, request("events", "account_id", "at"));
    QVERIFY2(s3, qPrintable(s3 ? QString() : s3.error().message));
    QCOMPARE(s3->rowsAccepted, 200);
}

void tst_TableImporter::importLog()
{
    QTemporaryDir dir;
    auto ws = newWorkspace(dir);
    const QString path = writeCsv(dir, QStringLiteral("log.csv"), "account_id,at,n\nA,2024-01-01,1\n,2024-01-02,2\nB,2024-01-03,3\n");
    auto s = TableImporter(*ws).run(path, request("events", "account_id", "at"));
    QVERIFY2(s, qPrintable(s ? QString() : s.error().message));
    const auto log = ws->imports();
    QVERIFY(log);
    QCOMPARE(log->size(), std::size_t(1));
    const ImportRecord &r = log->front();
    QCOMPARE(r.kind, QStringLiteral("table"));
    QCOMPARE(r.fileName, QStringLiteral("log.csv"));
    QCOMPARE(r.rowsRead, 3);
    QCOMPARE(r.rowsAccepted, 2);
    QCOMPARE(r.rowsRejected, 1);
    QCOMPARE(r.contentHash, s->contentHash);
    QVERIFY(!r.contentHash.isEmpty());
    QCOMPARE(s->toJson().value(QStringLiteral("kind")).toString(), QStringLiteral("table"));
    QCOMPARE(ws->eventTable(QStringLiteral("events"))->fileName, QStringLiteral("log.csv"));
}

QTEST_GUILESS_MAIN(tst_TableImporter)
#include "tst_tableimporter.moc"
