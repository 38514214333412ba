// SignalComputer and SignalBuilder against the point-in-time contract (docs/signals.md): every
// aggregation, window edges, empty sets, `where`, derived signals, account starts, the default grid,
// `--via` resolution and a leakage test. Every expected value is computed by hand from tiny tables.
#include "tables/tableimporter.h"
#include "recipes/recipeset.h"
#include "recipes/signalbuilder.h"
#include "recipes/signalcomputer.h"
#include "store/snapshotcodec.h"
#include "store/workspace.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <bit>
#include <cmath>
#include <random>

using namespace tierlab;

namespace {

struct TableSpec
{
    QString name, key, via, time, end;
    QByteArray csv;
};

std::unique_ptr<Workspace> newWorkspace(const QTemporaryDir &dir, const QString &name)
{
    auto ws = Workspace::open(dir.filePath(name), Workspace::OpenMode::CreateNew);
    if (!ws)
        qFatal("cannot create a workspace: %s", qPrintable(ws.error().message));
    return std::move(*ws);
}

Result<TableImportSummary> importTable(Workspace &ws, const QTemporaryDir &dir, const TableSpec &t, bool replace = false)
{
    const QString path = dir.filePath(t.name + QStringLiteral(".csv"));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(t.csv) != t.csv.size())
        return fail(QStringLiteral("cannot write %1").arg(path));
    f.close();
    TableImportRequest r;
    r.name = t.name;
    r.keyColumn = t.key;
    r.via = t.via;
    r.timeColumn = t.time;
    r.endColumn = t.end;
    r.replace = replace;
    return TableImporter(ws).run(path, r);
}

QByteArray recipes(const QByteArray &signalsJson, const QByteArray &grid, const QByteArray &accounts = {})
{
    QByteArray out = R"({"format": "tierlab-signals", "version": 1, )";
    if (!grid.isEmpty())
        out += R"("grid": )" + grid + ", ";
    if (!accounts.isEmpty())
        out += R"("accounts": )" + accounts + ", ";
    return out + R"("signals": )" + signalsJson + "}";
}

const QByteArray kDaily = R"({"every_days": 1, "first": "2024-01-01", "last": "2024-01-31"})";
const QByteArray kWeekly = R"({"every_days": 7, "first": "2024-01-01", "last": "2024-01-29"})";

QString show(double v)
{
    return std::isnan(v) ? QStringLiteral("missing") : QString::number(v, 'g', 17);
}

// One value as text: the number with 17 digits, a text signal's text, "missing", or "no snapshot".
QString valueAt(const SignalComputer &sc, const QString &account, QDate date, const QString &signal)
{
    int a = -1;
    for (std::size_t i = 0; i < sc.accountCount(); ++i) {
        if (sc.accountId(int(i)) == account)
            a = int(i);
    }
    if (a < 0)
        return QStringLiteral("no account");
    const auto it = std::find(sc.grid().begin(), sc.grid().end(), date);
    if (it == sc.grid().end())
        return QStringLiteral("not on the grid");
    const int w = int(it - sc.grid().begin());
    if (w < sc.firstWeek(a))
        return QStringLiteral("no snapshot");
    const int s = sc.recipes().indexOf(signal);
    if (s < 0)
        return QStringLiteral("no signal");
    std::vector<double> out;
    auto scratch = SignalComputer::makeScratch();
    sc.computeAccount(a, out, *scratch);
    const double v = out[std::size_t(w - sc.firstWeek(a)) * std::size_t(sc.signalCount()) + std::size_t(s)];
    if (sc.signalType(s) == SignalType::Category)
        return std::isnan(v) ? QStringLiteral("missing") : sc.text(s, v);
    return show(v);
}

QString coverage(const KeyCoverage &c)
{
    return QStringLiteral("keys %1, matched %2, unmatched %3 in %4 rows: %5")
        .arg(c.keys).arg(c.keysMatched).arg(c.keysUnmatched).arg(c.rowsUnmatched).arg(c.unmatched.join(u','));
}

QString dayText(QDate d)
{
    return d.toString(Qt::ISODate);
}

// Every value of a snapshot, each as "account signal bits" text, and the account attributes.
QStringList snapshotValues(const Dataset &ds)
{
    QStringList out;
    for (std::size_t r = 0; r < ds.size(); ++r) {
        const QString id = ds.accountIds[r];
        out << QStringLiteral("%1 attributes name=%2 csm=%3 segment=%4 arr=%5 renewal=%6")
                   .arg(id, ds.names[r], ds.csm[r] < 0 ? QStringLiteral("-") : ds.csmNames[std::size_t(ds.csm[r])],
                        ds.segment[r] < 0 ? QStringLiteral("-") : ds.segmentNames[std::size_t(ds.segment[r])])
                   .arg(std::bit_cast<qint64>(ds.arr[r]))
                   .arg(ds.renewalDay[r]);
        for (const Column &c : ds.columns) {
            const QString v = c.info.type != SignalType::Category ? QString::number(std::bit_cast<qint64>(c.numbers[r]))
                              : c.codes[r] < 0                    ? QStringLiteral("-")
                                                                  : QStringLiteral("text:") + c.dictionary[std::size_t(c.codes[r])];
            out << QStringLiteral("%1 %2 %3").arg(id, c.info.id, v);
        }
    }
    out.sort();
    return out;
}

} // namespace

class tst_SignalComputer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void values_data();
    void values();
    void starts();
    void ends();
    void defaultGrid_data();
    void defaultGrid();
    void via();
    void leakage();
    void tooLargeRefused();
    void importedValuesSurviveRebuild();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
};

// The shared tables. Account A's rows of `events` (file order): 1: 01-02 1 call true; 2: 01-05 2.5
// mail false; 3: 01-05 0.25 call true; 4: 01-10 4 visit false; 5: 01-10 (missing) mail (missing);
// 7: 01-20 -1 (missing) false. A starts on 01-02 (its first row), B on 01-01 (notes), C on 01-01.
void tst_SignalComputer::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_ws = newWorkspace(m_dir, QStringLiteral("shared.tierlab"));
    const TableSpec tables[] = {
        {QStringLiteral("events"), QStringLiteral("account_id"), {}, QStringLiteral("at"), {},
         "account_id,at,amount,kind,urgent\n"
         "A,2024-01-02,1,call,true\n"
         "A,2024-01-05,2.5,mail,false\n"
         "A,2024-01-05,0.25,call,true\n"
         "A,2024-01-10,4,visit,false\n"
         "A,2024-01-10,,mail,\n"
         "B,2024-01-03,8,call,true\n"
         "A,2024-01-20,-1,,false\n"
         "C,2024-01-01,0,a,false\nC,2024-01-08,0,a,false\nC,2024-01-10,1,b,false\nC,2024-01-13,0,a,false\n"
         "C,2024-01-20,3,b,false\nC,2024-01-21,0,a,false\nC,2024-01-22,0,a,false\nC,2024-01-27,5,b,false\n"},
        {QStringLiteral("tickets"), QStringLiteral("account_id"), {}, QStringLiteral("opened"), QStringLiteral("closed"),
         "ticket,account_id,opened,closed,seats,priority\n"
         "t1,A,2024-01-03,2024-01-10,2,high\n"
         "t2,A,2024-01-05,,3,low\n"
         "t3,A,2024-01-08,2024-01-11 09:30:00,0.5,high\n"
         "t4,B,2024-01-04,2024-01-04,7,low\n"
         "t5,A,2024-01-12,2024-01-11,1,low\n"},   // ends before it starts
        {QStringLiteral("notes"), QStringLiteral("account_id"), {}, QStringLiteral("at"), {},
         "account_id,at,v\nA,2024-01-05 18:00:00,1\nA,2024-01-05 09:00:00,2\nA,2024-01-05 18:00:00,4\nA,2024-01-06,8\n"
         "B,2024-01-05 23:59:59,1\nB,2024-01-05,2\nB,2024-01-01 23:30:00,16\n"},
    };
    for (const TableSpec &t : tables) {
        auto s = importTable(*m_ws, m_dir, t);
        QVERIFY2(s, qPrintable(s ? QString() : s.error().message));
        QCOMPARE(s->rowsRejected, 0);
        QCOMPARE(s->warningCount, 0);
    }
}

void tst_SignalComputer::values_data()
{
    QTest::addColumn<QByteArray>("signalsJson");   // the checked signal has the id "x"
    QTest::addColumn<QByteArray>("grid");
    QTest::addColumn<QString>("account");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("expected");
    const auto row = [](const char *name, const QByteArray &x, const char *account, const char *date, const char *expected,
                        const QByteArray &others = {}, const QByteArray &grid = kDaily) {
        QByteArray list = "[" + x;
        if (!others.isEmpty())
            list += ", " + others;
        list += "]";
        QTest::newRow(name) << list << grid << QString::fromLatin1(account) << QDate::fromString(QString::fromLatin1(date), Qt::ISODate)
                            << QString::fromLatin1(expected);
    };
    const QByteArray count = R"({"id": "x", "table": "events", "agg": "count"})";
    // count
    row("count before the start: no snapshot", count, "A", "2024-01-01", "no snapshot");
    row("count on the start", count, "A", "2024-01-02", "1");
    row("count two rows on T", count, "A", "2024-01-05", "3");
    row("count all", count, "A", "2024-01-31", "6");
    // sum, mean, min, max (row 5's missing amount is skipped)
    row("sum", R"({"id": "x", "table": "events", "agg": "sum", "column": "amount"})", "A", "2024-01-10", "7.75");
    row("sum after negative", R"({"id": "x", "table": "events", "agg": "sum", "column": "amount"})", "A", "2024-01-31", "6.75");
    row("mean of three", R"({"id": "x", "table": "events", "agg": "mean", "column": "amount"})", "A", "2024-01-05", "1.25");
    row("mean skips missing", R"({"id": "x", "table": "events", "agg": "mean", "column": "amount"})", "A", "2024-01-10", "1.9375");
    row("min", R"({"id": "x", "table": "events", "agg": "min", "column": "amount"})", "A", "2024-01-10", "0.25");
    row("max", R"({"id": "x", "table": "events", "agg": "max", "column": "amount"})", "A", "2024-01-10", "4");
    // distinct
    row("distinct text", R"({"id": "x", "table": "events", "agg": "distinct", "column": "kind"})", "A", "2024-01-05", "2");
    row("distinct text skips missing", R"({"id": "x", "table": "events", "agg": "distinct", "column": "kind"})", "A", "2024-01-31", "3");
    row("distinct numbers", R"({"id": "x", "table": "events", "agg": "distinct", "column": "amount"})", "A", "2024-01-31", "5");
    // last
    const QByteArray lastAmount = R"({"id": "x", "table": "events", "agg": "last", "column": "amount"})";
    row("last tie on a day: last in file", lastAmount, "A", "2024-01-05", "0.25");
    row("last skips a missing value", lastAmount, "A", "2024-01-10", "4");
    row("last", lastAmount, "A", "2024-01-31", "-1");
    const QByteArray lastKind = R"({"id": "x", "table": "events", "agg": "last", "column": "kind"})";
    row("last text", lastKind, "A", "2024-01-10", "mail");
    row("last text skips missing", lastKind, "A", "2024-01-31", "mail");
    const QByteArray lastNote = R"({"id": "x", "table": "notes", "agg": "last", "column": "v"})";
    row("last: same time, last in file", lastNote, "A", "2024-01-05", "4");
    row("last: later day", lastNote, "A", "2024-01-06", "8");
    row("last: later time beats later in file", lastNote, "B", "2024-01-05", "1");
    row("last: date-time row of an earlier day", lastNote, "B", "2024-01-04", "16");
    // days_since
    const QByteArray since = R"({"id": "x", "table": "events", "agg": "days_since"})";
    row("days_since on the day", since, "A", "2024-01-10", "0");
    row("days_since 5", since, "A", "2024-01-15", "5");
    row("days_since from a date-time", R"({"id": "x", "table": "notes", "agg": "days_since"})", "B", "2024-01-04", "3");
    const QByteArray sinceVisit = R"({"id": "x", "table": "events", "agg": "days_since", "where": [{"column": "kind", "op": "==", "value": "visit"}]})";
    row("days_since no row: missing", sinceVisit, "A", "2024-01-09", "missing");
    row("days_since where", sinceVisit, "A", "2024-01-15", "5");
    // windows: (T - D, T]
    const QByteArray count5 = R"({"id": "x", "table": "events", "agg": "count", "window_days": 5})";
    row("window: D-1 days before is in", count5, "A", "2024-01-06", "3");
    row("window: exactly D days before is out", count5, "A", "2024-01-07", "2");
    row("window: rows on T are in", count5, "A", "2024-01-10", "2");
    row("window 1: only T", R"({"id": "x", "table": "events", "agg": "count", "window_days": 1})", "A", "2024-01-10", "2");
    row("window 1: day after", R"({"id": "x", "table": "events", "agg": "count", "window_days": 1})", "A", "2024-01-11", "0");
    row("window empty: sum 0", R"({"id": "x", "table": "events", "agg": "sum", "column": "amount", "window_days": 5})", "A", "2024-01-31", "0");
    row("window empty: mean missing", R"({"id": "x", "table": "events", "agg": "mean", "column": "amount", "window_days": 5})", "A", "2024-01-31", "missing");
    const QByteArray notes4 = R"({"id": "x", "table": "notes", "agg": "count", "window_days": 4})";
    row("window by calendar date: 23:30 on T-D is out", notes4, "B", "2024-01-05", "2");
    row("window by calendar date: in", notes4, "B", "2024-01-04", "1");
    row("23:30 on T counts on T", R"({"id": "x", "table": "notes", "agg": "count"})", "B", "2024-01-01", "1");
    // open, open_sum
    const QByteArray open = R"({"id": "x", "table": "tickets", "agg": "open"})";
    const QByteArray openSum = R"({"id": "x", "table": "tickets", "agg": "open_sum", "column": "seats"})";
    row("open none yet", open, "A", "2024-01-02", "0");
    row("open one", open, "A", "2024-01-04", "1");
    row("open: closing on T+1 is open", open, "A", "2024-01-09", "3");
    row("open: closed on T is not", open, "A", "2024-01-10", "2");
    row("open: closed on T at 09:30 is not", open, "A", "2024-01-11", "1");
    row("open: still open", open, "A", "2024-01-31", "1");
    row("open: opened and closed on T", open, "B", "2024-01-04", "0");
    row("open: ending before its start", open, "A", "2024-01-12", "1");
    row("open_sum", openSum, "A", "2024-01-09", "5.5");
    row("open_sum closed on T", openSum, "A", "2024-01-10", "3.5");
    row("open_sum closed on T at 09:30", openSum, "A", "2024-01-11", "3");
    row("open where", R"({"id": "x", "table": "tickets", "agg": "open", "where": [{"column": "priority", "op": "==", "value": "high"}]})",
        "A", "2024-01-09", "2");
    // Empty sets: B has no visit.
    const auto visit = [](const char *agg, const char *column) {
        QByteArray out = R"({"id": "x", "table": "events", "agg": ")";
        out += agg;
        out += '"';
        if (column) {
            out += R"(, "column": ")";
            out += column;
            out += '"';
        }
        out += R"(, "where": [{"column": "kind", "op": "==", "value": "visit"}]})";
        return out;
    };
    row("empty count 0", visit("count", nullptr), "B", "2024-01-03", "0");
    row("empty sum 0", visit("sum", "amount"), "B", "2024-01-03", "0");
    row("empty distinct 0", visit("distinct", "kind"), "B", "2024-01-03", "0");
    row("empty mean missing", visit("mean", "amount"), "B", "2024-01-03", "missing");
    row("empty min missing", visit("min", "amount"), "B", "2024-01-03", "missing");
    row("empty max missing", visit("max", "amount"), "B", "2024-01-03", "missing");
    row("empty last missing", visit("last", "amount"), "B", "2024-01-03", "missing");
    row("empty last text missing", visit("last", "kind"), "B", "2024-01-03", "missing");
    row("empty days_since missing", visit("days_since", nullptr), "B", "2024-01-03", "missing");
    const QByteArray noPriority = R"(, "where": [{"column": "priority", "op": "==", "value": "none"}]})";
    row("empty open 0", R"({"id": "x", "table": "tickets", "agg": "open")" + noPriority, "A", "2024-01-09", "0");
    row("empty open_sum 0", R"({"id": "x", "table": "tickets", "agg": "open_sum", "column": "seats")" + noPriority, "A", "2024-01-09", "0");
    // where: each operator (A at 01-31; amounts 1, 2.5, 0.25, 4, missing, -1)
    const auto where = [](const QByteArray &conditions) -> QByteArray {
        return R"({"id": "x", "table": "events", "agg": "count", "where": [)" + conditions + "]}";
    };
    row("== number", where(R"({"column": "amount", "op": "==", "value": 2.5})"), "A", "2024-01-31", "1");
    row("!= number skips missing", where(R"({"column": "amount", "op": "!=", "value": 2.5})"), "A", "2024-01-31", "4");
    row("< number", where(R"({"column": "amount", "op": "<", "value": 1})"), "A", "2024-01-31", "2");
    row("<= number", where(R"({"column": "amount", "op": "<=", "value": 1})"), "A", "2024-01-31", "3");
    row("> number", where(R"({"column": "amount", "op": ">", "value": 1})"), "A", "2024-01-31", "2");
    row(">= number", where(R"({"column": "amount", "op": ">=", "value": 1})"), "A", "2024-01-31", "3");
    row("in numbers", where(R"({"column": "amount", "op": "in", "value": [1, 4]})"), "A", "2024-01-31", "2");
    row("not_in numbers skips missing", where(R"({"column": "amount", "op": "not_in", "value": [1, 4]})"), "A", "2024-01-31", "3");
    row("== text", where(R"({"column": "kind", "op": "==", "value": "call"})"), "A", "2024-01-31", "2");
    row("!= text skips missing", where(R"({"column": "kind", "op": "!=", "value": "call"})"), "A", "2024-01-31", "3");
    row("in text", where(R"({"column": "kind", "op": "in", "value": ["mail", "visit"]})"), "A", "2024-01-31", "3");
    row("not_in text skips missing", where(R"({"column": "kind", "op": "not_in", "value": ["mail", "visit"]})"), "A", "2024-01-31", "2");
    row("== unknown text", where(R"({"column": "kind", "op": "==", "value": "fax"})"), "A", "2024-01-31", "0");
    row("flag == true", where(R"({"column": "urgent", "op": "==", "value": true})"), "A", "2024-01-31", "2");
    row("flag == false", where(R"({"column": "urgent", "op": "==", "value": false})"), "A", "2024-01-31", "3");
    row("flag != true skips missing", where(R"({"column": "urgent", "op": "!=", "value": true})"), "A", "2024-01-31", "3");
    row("all conditions hold", where(R"({"column": "kind", "op": "==", "value": "call"}, {"column": "amount", "op": ">", "value": 0.5})"),
        "A", "2024-01-31", "1");
    row("sum where flag", R"({"id": "x", "table": "events", "agg": "sum", "column": "amount", "where": [{"column": "urgent", "op": "==", "value": true}]})",
        "A", "2024-01-31", "1.25");
    row("date >=", R"({"id": "x", "table": "tickets", "agg": "count", "where": [{"column": "opened", "op": ">=", "value": "2024-01-05"}]})",
        "A", "2024-01-31", "3");
    row("date <", R"({"id": "x", "table": "tickets", "agg": "count", "where": [{"column": "opened", "op": "<", "value": "2024-01-05"}]})",
        "A", "2024-01-31", "1");
    // Derived. n = count, s = sum amount, v = count of visits, mv = mean amount of visits.
    const QByteArray base = R"({"id": "n", "table": "events", "agg": "count"},
        {"id": "s", "table": "events", "agg": "sum", "column": "amount"},
        {"id": "v", "table": "events", "agg": "count", "where": [{"column": "kind", "op": "==", "value": "visit"}]},
        {"id": "mv", "table": "events", "agg": "mean", "column": "amount", "where": [{"column": "kind", "op": "==", "value": "visit"}]})";
    row("ratio", R"({"id": "x", "expr": "ratio", "of": ["s", "n"]})", "A", "2024-01-05", "1.25", base);
    row("ratio over 0: missing", R"({"id": "x", "expr": "ratio", "of": ["n", "v"]})", "A", "2024-01-05", "missing", base);
    row("ratio of missing: missing", R"({"id": "x", "expr": "ratio", "of": ["mv", "n"]})", "A", "2024-01-05", "missing", base);
    row("ratio over a mean", R"({"id": "x", "expr": "ratio", "of": ["n", "mv"]})", "A", "2024-01-10", "1.25", base);
    const QByteArray change = R"({"id": "x", "expr": "change", "of": "n", "weeks": 1})";
    row("change", change, "A", "2024-01-10", "4", base);
    row("change from the first snapshot", change, "A", "2024-01-09", "2", base);
    row("change: no snapshot then", change, "A", "2024-01-08", "missing", base);
    row("change from 0", R"({"id": "x", "expr": "change", "of": "v", "weeks": 1})", "A", "2024-01-12", "1", base);
    row("change: older missing", R"({"id": "x", "expr": "change", "of": "mv", "weeks": 1})", "A", "2024-01-12", "missing", base);
    row("change: both present", R"({"id": "x", "expr": "change", "of": "mv", "weeks": 1})", "A", "2024-01-17", "0", base);
    const QByteArray pct = R"({"id": "x", "expr": "pct_change", "of": "n", "weeks": 1})";
    row("pct_change", pct, "A", "2024-01-10", "400", base);
    row("pct_change 200", pct, "A", "2024-01-09", "200", base);
    row("pct_change: no snapshot then", pct, "A", "2024-01-08", "missing", base);
    row("pct_change: older 0", R"({"id": "x", "expr": "pct_change", "of": "v", "weeks": 1})", "A", "2024-01-12", "missing", base);
    row("pct_change 0", R"({"id": "x", "expr": "pct_change", "of": "v", "weeks": 1})", "A", "2024-01-17", "0", base);
    row("derived of derived", R"({"id": "x", "expr": "change", "of": "r", "weeks": 1})", "A", "2024-01-09", "0.25",
        base + R"(, {"id": "r", "expr": "ratio", "of": ["s", "n"]})");
    // Weekly grid, account C: counts 1, 2, 4, 7, 8 on 01-01 … 01-29; mean of b: -, -, 1, 2, 3.
    const QByteArray weekly = R"({"id": "n", "table": "events", "agg": "count"},
        {"id": "mb", "table": "events", "agg": "mean", "column": "amount", "where": [{"column": "kind", "op": "==", "value": "b"}]})";
    row("slope", R"({"id": "x", "expr": "slope", "of": "n", "weeks": 4})", "C", "2024-01-22", "2", weekly, kWeekly);
    row("slope: two points", R"({"id": "x", "expr": "slope", "of": "n", "weeks": 4})", "C", "2024-01-08", "missing", weekly, kWeekly);
    row("slope over present points", R"({"id": "x", "expr": "slope", "of": "mb", "weeks": 4})", "C", "2024-01-29", "1", weekly, kWeekly);
    row("slope: two present", R"({"id": "x", "expr": "slope", "of": "mb", "weeks": 4})", "C", "2024-01-22", "missing", weekly, kWeekly);
    row("change over 2 weeks", R"({"id": "x", "expr": "change", "of": "n", "weeks": 2})", "C", "2024-01-22", "5", weekly, kWeekly);
    row("pct_change weekly", R"({"id": "x", "expr": "pct_change", "of": "n", "weeks": 1})", "C", "2024-01-15", "100", weekly, kWeekly);
}

void tst_SignalComputer::values()
{
    QFETCH(QByteArray, signalsJson);
    QFETCH(QByteArray, grid);
    QFETCH(QString, account);
    QFETCH(QDate, date);
    QFETCH(QString, expected);
    auto set = RecipeSet::parse(recipes(signalsJson, grid), QStringLiteral("test"));
    QVERIFY2(set, qPrintable(set ? QString() : set.error().message));
    auto sc = SignalComputer::prepare(*m_ws, *set);
    QVERIFY2(sc, qPrintable(sc ? QString() : sc.error().message));
    QCOMPARE(valueAt(**sc, account, date, QStringLiteral("x")), expected);
}

// accounts.start wins over the first row; without it the first row in any table is the start. No
// snapshot before the start; an account with neither gets none; keys not in accounts are counted.
void tst_SignalComputer::starts()
{
    QTemporaryDir dir;
    auto ws = newWorkspace(dir, QStringLiteral("starts.tierlab"));
    QVERIFY(importTable(*ws, dir, {QStringLiteral("accounts"), QStringLiteral("account_id"), {}, {}, {},
                                   "account_id,signup,name,segment\nP,2024-01-10,Pco,smb\nQ,,Qco,ent\nR,2024-01-03,Rco,smb\nS,,Sco,ent\n"}));
    auto events = importTable(*ws, dir, {QStringLiteral("events"), QStringLiteral("account_id"), {}, QStringLiteral("at"), {},
                                         "account_id,at,amount,owner\nP,2024-01-05,100,ann\nQ,2024-01-08,1,\nX,2024-01-04,5,zed\n"
                                         "P,2024-01-17,250,bob\nR,2024-01-20,2,cy\n"});
    QVERIFY2(events, qPrintable(events ? QString() : events.error().message));
    QCOMPARE(coverage(events->coverage), QStringLiteral("keys 4, matched 3, unmatched 1 in 1 rows: X"));
    QVERIFY(events->accountsKnown);

    const QByteArray signalsJson = R"([{"id": "n", "table": "events", "agg": "count"},
        {"id": "money", "table": "events", "agg": "last", "column": "amount", "role": "arr"},
        {"id": "owner", "table": "events", "agg": "last", "column": "owner", "role": "csm"}])";
    auto set = RecipeSet::parse(recipes(signalsJson, kWeekly, R"({"start": "signup", "name": "name", "segment": "segment"})"),
                                QStringLiteral("starts"));
    QVERIFY2(set, qPrintable(set ? QString() : set.error().message));
    auto built = SignalBuilder::build(*ws, *set);
    QVERIFY2(built, qPrintable(built ? QString() : built.error().message));
    QCOMPARE(built->gridDates, 5);
    QCOMPARE(built->accounts, 3);
    QCOMPARE(built->accountsWithoutStart, 1);    // S: no start, no row
    QCOMPARE(built->snapshotRows, 3 + 4 + 4);    // P from 01-15, Q and R from 01-08
    for (const TableUse &u : built->tables)
        QCOMPARE(coverage(u.coverage), QStringLiteral("keys 4, matched 3, unmatched 1 in 1 rows: X"));   // events: the only dated table
    const auto ids = [&](const char *date) {
        const Dataset ds = ws->loadSnapshot(QDate::fromString(QString::fromLatin1(date), Qt::ISODate)).value();
        QStringList out(ds.accountIds.begin(), ds.accountIds.end());
        out.sort();
        return out;
    };
    QCOMPARE(ids("2024-01-01"), QStringList());
    QCOMPARE(ids("2024-01-08"), (QStringList{QStringLiteral("Q"), QStringLiteral("R")}));   // R: signup 01-03 before its first row
    QCOMPARE(ids("2024-01-15"), (QStringList{QStringLiteral("P"), QStringLiteral("Q"), QStringLiteral("R")}));   // P: signup 01-10, not 01-05

    // Role attributes as of each week; name and segment from the accounts table.
    const Dataset d15 = ws->loadSnapshot(QDate(2024, 1, 15)).value();
    const Dataset d22 = ws->loadSnapshot(QDate(2024, 1, 22)).value();
    const auto p15 = std::size_t(d15.rowOf(QStringLiteral("P"))), p22 = std::size_t(d22.rowOf(QStringLiteral("P")));
    QCOMPARE(show(d15.arr[p15]), QStringLiteral("100"));
    QCOMPARE(show(d22.arr[p22]), QStringLiteral("250"));
    QCOMPARE(d15.csmNames[std::size_t(d15.csm[p15])], QStringLiteral("ann"));
    QCOMPARE(d22.csmNames[std::size_t(d22.csm[p22])], QStringLiteral("bob"));
    QCOMPARE(d15.names[p15], QStringLiteral("Pco"));
    QCOMPARE(d15.segmentNames[std::size_t(d15.segment[p15])], QStringLiteral("smb"));
    const auto r15 = std::size_t(d15.rowOf(QStringLiteral("R")));
    QCOMPARE(show(d15.arr[r15]), QStringLiteral("missing"));   // no row yet
    QCOMPARE(d15.csm[r15], kMissingCode);
    const int n = d15.columnIndex(QStringLiteral("n"));
    QCOMPARE(show(d15.columns[std::size_t(n)].numbers[p15]), QStringLiteral("1"));
    QCOMPARE(show(d15.columns[std::size_t(n)].numbers[r15]), QStringLiteral("0"));

    // Without a start column: the first row in any table.
    auto noStart = RecipeSet::parse(recipes(R"([{"id": "n", "table": "events", "agg": "count"}])", kWeekly), QStringLiteral("nostart"));
    QVERIFY(noStart);
    auto sc = SignalComputer::prepare(*ws, *noStart);
    QVERIFY2(sc, qPrintable(sc ? QString() : sc.error().message));
    QCOMPARE(valueAt(**sc, QStringLiteral("P"), QDate(2024, 1, 1), QStringLiteral("n")), QStringLiteral("no snapshot"));
    QCOMPARE(valueAt(**sc, QStringLiteral("P"), QDate(2024, 1, 8), QStringLiteral("n")), QStringLiteral("1"));
    QCOMPARE(valueAt(**sc, QStringLiteral("Q"), QDate(2024, 1, 8), QStringLiteral("n")), QStringLiteral("1"));   // first row on a grid date
    QCOMPARE(valueAt(**sc, QStringLiteral("R"), QDate(2024, 1, 15), QStringLiteral("n")), QStringLiteral("no snapshot"));
    QCOMPARE(valueAt(**sc, QStringLiteral("R"), QDate(2024, 1, 22), QStringLiteral("n")), QStringLiteral("1"));
    QCOMPARE(valueAt(**sc, QStringLiteral("X"), QDate(2024, 1, 22), QStringLiteral("n")), QStringLiteral("no account"));
}

// accounts.end: no snapshot on or after the end; values before it are those of a build without it.
void tst_SignalComputer::ends()
{
    QTemporaryDir dir;
    auto ws = newWorkspace(dir, QStringLiteral("ends.tierlab"));
    QVERIFY(importTable(*ws, dir, {QStringLiteral("accounts"), QStringLiteral("account_id"), {}, {}, {},
                                   "account_id,signup,gone\nP,2024-01-01,2024-01-15\nQ,2024-01-01,2024-01-16\n"
                                   "R,2024-01-01,\nS,2024-01-10,2024-01-09\nT,2024-01-01,2023-12-01\n"}));
    QVERIFY(importTable(*ws, dir, {QStringLiteral("events"), QStringLiteral("account_id"), {}, QStringLiteral("at"), {},
                                   "account_id,at\nP,2024-01-02\nP,2024-01-20\nQ,2024-01-09\nR,2024-01-03\nS,2024-01-10\n"}));
    const QByteArray signalsJson = R"([{"id": "n", "table": "events", "agg": "count"}])";
    const auto buildWith = [&](const QByteArray &accounts) -> std::pair<std::int64_t, QMap<QString, QStringList>> {
        auto set = RecipeSet::parse(recipes(signalsJson, kWeekly, accounts), QStringLiteral("ends"));
        if (!set)
            return {-1, {}};
        auto built = SignalBuilder::build(*ws, *set);
        if (!built)
            return {-1, {}};
        QMap<QString, QStringList> weeks;   // account -> "date=n" per snapshot
        const std::vector<QDate> dates = ws->asOfDates().value();
        for (const QDate &d : dates) {
            const Dataset ds = ws->loadSnapshot(d).value();
            const int col = ds.columnIndex(QStringLiteral("n"));
            for (std::size_t r = 0; r < ds.accountIds.size(); ++r)
                weeks[ds.accountIds[r]] << d.toString(QStringLiteral("MM-dd=")) + show(ds.columns[std::size_t(col)].numbers[r]);
        }
        return {built->accountsEnded, weeks};
    };
    const auto [endedWithout, without] = buildWith(R"({"start": "signup"})");
    QCOMPARE(endedWithout, 0);
    const auto [ended, with] = buildWith(R"({"start": "signup", "end": "gone"})");
    QCOMPARE(ended, 4);   // P, Q, S, T
    QCOMPARE(with.value(QStringLiteral("P")), (QStringList{QStringLiteral("01-01=0"), QStringLiteral("01-08=1")}));   // gone on 01-15: none that day
    QCOMPARE(with.value(QStringLiteral("Q")), (QStringList{QStringLiteral("01-01=0"), QStringLiteral("01-08=0"), QStringLiteral("01-15=1")}));
    QCOMPARE(with.value(QStringLiteral("R")), without.value(QStringLiteral("R")));   // no end: every week
    QCOMPARE(with.value(QStringLiteral("R")).size(), 5);
    QVERIFY(!with.contains(QStringLiteral("S")));   // ended before its first grid date
    QVERIFY(!with.contains(QStringLiteral("T")));
    for (const QString &a : {QStringLiteral("P"), QStringLiteral("Q")})
        QCOMPARE(with.value(a), without.value(a).mid(0, with.value(a).size()));

    auto bad = RecipeSet::parse(recipes(signalsJson, kWeekly, R"({"end": "signupx"})"), QStringLiteral("ends"));
    QVERIFY(bad);
    auto checked = bad->check(*ws, QStringLiteral("ends"));
    QVERIFY(!checked);
    QVERIFY2(checked.error().message.contains(QStringLiteral("$.accounts.end: table \"accounts\" has no column \"signupx\"")),
             qPrintable(checked.error().message));
}

void tst_SignalComputer::defaultGrid_data()
{
    QTest::addColumn<QByteArray>("rows");
    QTest::addColumn<QDate>("first");
    QTest::addColumn<QDate>("last");
    QTest::addColumn<int>("dates");
    QTest::addColumn<QString>("countOnFirst");   // account A's count on the first grid date
    const auto row = [](const char *name, const char *rows, QDate first, QDate last, int dates, const char *count) {
        QTest::newRow(name) << QByteArray(rows) << first << last << dates << QString::fromLatin1(count);
    };
    row("Wednesday to Wednesday", "A,2024-01-03\nA,2024-01-24\n", QDate(2024, 1, 8), QDate(2024, 1, 29), 4, "1");
    row("latest on a Monday", "A,2024-01-03\nB,2024-01-22\n", QDate(2024, 1, 8), QDate(2024, 1, 22), 3, "1");
    row("earliest on a Monday", "B,2024-01-15 10:00\nA,2024-01-01\n", QDate(2024, 1, 1), QDate(2024, 1, 15), 3, "1");
    row("Sunday", "A,2024-01-07\n", QDate(2024, 1, 8), QDate(2024, 1, 8), 1, "1");
    row("one Monday", "A,2024-01-08\nA,2024-01-08\n", QDate(2024, 1, 8), QDate(2024, 1, 8), 1, "2");
}

// No "grid" member: every 7 days from the Monday on or after the earliest row date to the first grid
// date on or after the latest.
void tst_SignalComputer::defaultGrid()
{
    QFETCH(QByteArray, rows);
    QFETCH(QDate, first);
    QFETCH(QDate, last);
    QFETCH(int, dates);
    QFETCH(QString, countOnFirst);
    QTemporaryDir dir;
    auto ws = newWorkspace(dir, QStringLiteral("grid.tierlab"));
    QVERIFY(importTable(*ws, dir, {QStringLiteral("events"), QStringLiteral("account_id"), {}, QStringLiteral("at"), {},
                                   "account_id,at\n" + rows}));
    auto set = RecipeSet::parse(recipes(R"([{"id": "n", "table": "events", "agg": "count"}])", {}), QStringLiteral("grid"));
    QVERIFY(set);
    auto sc = SignalComputer::prepare(*ws, *set);
    QVERIFY2(sc, qPrintable(sc ? QString() : sc.error().message));
    QCOMPARE((*sc)->grid().size(), std::size_t(dates));
    QCOMPARE((*sc)->grid().front(), first);
    QCOMPARE((*sc)->grid().back(), last);
    QCOMPARE(first.dayOfWeek(), 1);
    for (std::size_t i = 1; i < (*sc)->grid().size(); ++i)
        QCOMPARE((*sc)->grid()[i - 1].daysTo((*sc)->grid()[i]), 7);
    // An account whose rows all lie before the first grid date has a snapshot on it.
    QCOMPARE(valueAt(**sc, QStringLiteral("A"), first, QStringLiteral("n")), countOnFirst);
}

// Usage rows keyed by subscription reach their account through the subscriptions table (its first row
// with that subscription id wins); keys found nowhere are counted, not guessed.
void tst_SignalComputer::via()
{
    QTemporaryDir dir;
    auto ws = newWorkspace(dir, QStringLiteral("via.tierlab"));
    QVERIFY(importTable(*ws, dir, {QStringLiteral("subscriptions"), QStringLiteral("account_id"), {}, QStringLiteral("start"), {},
                                   "subscription_id,account_id,start\ns1,A,2024-01-01\ns2,A,2024-01-05\ns3,B,2024-01-02\ns1,B,2024-01-09\n"}));
    auto usage = importTable(*ws, dir, {QStringLiteral("usage"), QStringLiteral("subscription_id"), QStringLiteral("subscriptions"),
                                        QStringLiteral("used"), {},
                                        "subscription_id,used,n\ns1,2024-01-03,1\ns2,2024-01-04,2\ns3,2024-01-04,4\n"
                                        "s9,2024-01-04,8\ns9,2024-01-05,16\ns1,2024-01-06,0.5\n"});
    QVERIFY2(usage, qPrintable(usage ? QString() : usage.error().message));
    QVERIFY(usage->accountsKnown);
    QCOMPARE(coverage(usage->coverage), QStringLiteral("keys 4, matched 3, unmatched 1 in 2 rows: s9"));

    auto set = RecipeSet::parse(recipes(R"([{"id": "x", "table": "usage", "agg": "sum", "column": "n"}])", kDaily), QStringLiteral("via"));
    QVERIFY(set);
    auto sc = SignalComputer::prepare(*ws, *set);
    QVERIFY2(sc, qPrintable(sc ? QString() : sc.error().message));
    QCOMPARE((*sc)->accountCount(), std::size_t(2));
    QCOMPARE(valueAt(**sc, QStringLiteral("A"), QDate(2024, 1, 10), QStringLiteral("x")), QStringLiteral("3.5"));
    QCOMPARE(valueAt(**sc, QStringLiteral("B"), QDate(2024, 1, 10), QStringLiteral("x")), QStringLiteral("4"));
    QCOMPARE(valueAt(**sc, QStringLiteral("A"), QDate(2024, 1, 3), QStringLiteral("x")), QStringLiteral("1"));
    QCOMPARE(valueAt(**sc, QStringLiteral("s9"), QDate(2024, 1, 10), QStringLiteral("x")), QStringLiteral("no account"));
    QStringList uses;
    for (const TableUse &u : (*sc)->tableUses())
        uses << QStringLiteral("%1 %2 rows, ").arg(u.name).arg(u.rows) + coverage(u.coverage);
    QCOMPARE(uses, (QStringList{QStringLiteral("subscriptions 4 rows, keys 2, matched 2, unmatched 0 in 0 rows: "),
                                QStringLiteral("usage 6 rows, keys 4, matched 3, unmatched 1 in 2 rows: s9")}));
}

// Build; re-import every table with rows dated after T (some ahead of the old rows in the file), an
// interval closed after T and a new account; rebuild: every value at every grid date ≤ T, attributes
// included, is bit-for-bit the same.
void tst_SignalComputer::leakage()
{
    QTemporaryDir dir;
    auto ws = newWorkspace(dir, QStringLiteral("leak.tierlab"));
    const QDate start(2024, 1, 1);
    const QDate T(2024, 3, 4);   // a Monday: the base data ends on it
    const QString kinds[] = {QStringLiteral("call"), QStringLiteral("mail"), QStringLiteral("visit")};
    std::mt19937 engine(42);   // the standard fixes its sequence
    const auto pick = [&](int n) { return int(engine() % unsigned(n)); };
    const auto day = [&](QDate d, int maxPlus) -> QString { return dayText(d.addDays(pick(maxPlus + 1))); };
    const auto stamp = [&](QDate d) -> QString {   // a date, or a date-time
        return dayText(d) + (pick(2) ? QStringLiteral(" %1:%2:00").arg(pick(24), 2, 10, QLatin1Char('0')).arg(pick(60), 2, 10, QLatin1Char('0'))
                                     : QString());
    };
    // A CSV line; a braced list is evaluated left to right, so the rows are the same on every compiler.
    const auto line = [](const QStringList &cells) -> QByteArray { return cells.join(u',').toUtf8() + '\n'; };
    const auto num = [](double v) { return QString::number(v); };
    const QString empty, yes = QStringLiteral("true"), no = QStringLiteral("false");
    // Base tables: rows dated up to T. Extra: rows dated after T.
    QByteArray accounts = "account_id,signup,name,segment\n", accountsExtra;
    QByteArray events, eventsExtra, tickets, ticketsExtra, subs, subsExtra, usage, usageExtra, owns, ownsExtra;
    for (int a = 0; a < 6; ++a) {
        const QString id = QStringLiteral("A%1").arg(a);
        const QDate signup = start.addDays(a * 9);
        const int span = int(signup.daysTo(T));
        accounts += line({id, dayText(signup), QStringLiteral("Co%1").arg(a), a % 2 ? QStringLiteral("smb") : QStringLiteral("ent")});
        for (int k = 0; k < 30; ++k) {
            const QDate d = signup.addDays(pick(span + 1));
            events += line({id, stamp(d), num(pick(40) / 4.0), kinds[pick(3)], pick(2) ? yes : no});
            eventsExtra += line({id, day(T.addDays(1), 29), num(pick(9)), k % 5 ? kinds[pick(3)] : QStringLiteral("new%1").arg(k), yes});
            // "@": still open at T, and closed after T in the new version.
            if (k % 3 == 0)
                tickets += line({QStringLiteral("t%1_%2").arg(id).arg(k), id, stamp(d), pick(4) ? day(d, 19) : QStringLiteral("@"), num(pick(5))});
        }
        for (int s = 0; s < 2; ++s) {
            const QString sid = QStringLiteral("S%1%2").arg(a).arg(s);
            const QDate from = signup.addDays(s * 20);
            if (from > T)
                continue;
            subs += line({sid, id, dayText(from), s ? empty : dayText(from.addDays(45)), num(1000 * (a + 1) + s), dayText(from.addDays(365))});
            for (int u = 0; u < 8; ++u)
                usage += line({sid, day(from, int(from.daysTo(T))), num(pick(7))});
            usageExtra += line({sid, day(T.addDays(1), 19), num(100)});
        }
        subsExtra += line({QStringLiteral("X%1").arg(a), id, dayText(T.addDays(3)), empty, num(99999), dayText(T.addDays(400))});
        usageExtra += line({QStringLiteral("X%1").arg(a), dayText(T.addDays(5)), num(50)});
        owns += line({id, dayText(signup.addDays(3)), a % 2 ? QStringLiteral("ann") : QStringLiteral("bob")});
        ownsExtra += line({id, dayText(T.addDays(2)), QStringLiteral("carl")});
        ticketsExtra += line({QStringLiteral("x%1").arg(a), id, dayText(T.addDays(1)), empty, num(9)});
    }
    // A brand new account after T, in every table.
    accountsExtra += "NEW," + dayText(T.addDays(10)).toUtf8() + ",Newco,smb\n";
    eventsExtra += "NEW," + dayText(T.addDays(11)).toUtf8() + ",7,call,true\n";
    ticketsExtra += "xn,NEW," + dayText(T.addDays(12)).toUtf8() + ",,4\n";
    subsExtra += "SN,NEW," + dayText(T.addDays(10)).toUtf8() + ",,500," + dayText(T.addDays(375)).toUtf8() + '\n';
    usageExtra += "SN," + dayText(T.addDays(13)).toUtf8() + ",3\n";
    ownsExtra += "NEW," + dayText(T.addDays(10)).toUtf8() + ",dee\n";

    const QByteArray eventsHead = "account_id,at,amount,kind,flag\n", ticketsHead = "ticket,account_id,opened,closed,seats\n";
    const QByteArray subsHead = "subscription_id,account_id,start,end,arr,renewal\n", usageHead = "subscription_id,used,n\n";
    const QByteArray ownsHead = "account_id,at,owner\n";
    QByteArray ticketsOld = tickets, ticketsNew = tickets;
    ticketsOld.replace("@", "");
    ticketsNew.replace("@", dayText(T.addDays(6)).toUtf8());   // open at T either way
    // The extra rows go after the old ones in some files and ahead of them in others.
    const auto tables = [&](bool x) {
        const QString id = QStringLiteral("account_id");
        return std::vector<TableSpec>{
            {QStringLiteral("accounts"), id, {}, {}, {}, accounts + (x ? accountsExtra : QByteArray())},
            {QStringLiteral("subs"), id, {}, QStringLiteral("start"), QStringLiteral("end"), subsHead + subs + (x ? subsExtra : QByteArray())},
            {QStringLiteral("events"), id, {}, QStringLiteral("at"), {}, eventsHead + (x ? eventsExtra : QByteArray()) + events},
            {QStringLiteral("tickets"), id, {}, QStringLiteral("opened"), QStringLiteral("closed"),
             ticketsHead + (x ? ticketsExtra + ticketsNew : ticketsOld)},
            {QStringLiteral("usage"), QStringLiteral("subscription_id"), QStringLiteral("subs"), QStringLiteral("used"), {},
             usageHead + (x ? usageExtra : QByteArray()) + usage},
            {QStringLiteral("owners"), id, {}, QStringLiteral("at"), {}, ownsHead + owns + (x ? ownsExtra : QByteArray())}};
    };
    const QByteArray signalsJson = R"([{"id": "n", "table": "events", "agg": "count"},
        {"id": "n14", "table": "events", "agg": "count", "window_days": 14}, {"id": "hi", "table": "events", "agg": "max", "column": "amount"},
        {"id": "s30", "table": "events", "agg": "sum", "column": "amount", "window_days": 30},
        {"id": "m", "table": "events", "agg": "mean", "column": "amount", "where": [{"column": "flag", "op": "==", "value": true}]},
        {"id": "lo", "table": "events", "agg": "min", "column": "amount", "window_days": 21},
        {"id": "kinds", "table": "events", "agg": "distinct", "column": "kind"}, {"id": "since", "table": "events", "agg": "days_since"},
        {"id": "last_amount", "table": "events", "agg": "last", "column": "amount"},
        {"id": "last_kind", "table": "events", "agg": "last", "column": "kind", "where": [{"column": "kind", "op": "not_in", "value": ["visit"]}]},
        {"id": "open", "table": "tickets", "agg": "open"}, {"id": "open_seats", "table": "tickets", "agg": "open_sum", "column": "seats"},
        {"id": "arr", "table": "subs", "agg": "open_sum", "column": "arr", "role": "arr"},
        {"id": "renewal", "table": "subs", "agg": "max", "column": "renewal", "role": "renewal_date"},
        {"id": "owner", "table": "owners", "agg": "last", "column": "owner", "role": "csm"},
        {"id": "used", "table": "usage", "agg": "sum", "column": "n", "window_days": 30}, {"id": "ratio", "expr": "ratio", "of": ["s30", "n14"]},
        {"id": "trend", "expr": "change", "of": "n14", "weeks": 2}, {"id": "pct", "expr": "pct_change", "of": "used", "weeks": 1},
        {"id": "slope", "expr": "slope", "of": "s30", "weeks": 4}])";
    auto set = RecipeSet::parse(recipes(signalsJson, {}, R"({"start": "signup", "name": "name", "segment": "segment"})"), QStringLiteral("leak"));
    QVERIFY2(set, qPrintable(set ? QString() : set.error().message));

    for (const TableSpec &t : tables(false)) {
        auto s = importTable(*ws, dir, t);
        QVERIFY2(s, qPrintable(s ? QString() : s.error().message));
        QCOMPARE(s->rowsRejected, 0);
    }
    auto before = SignalBuilder::build(*ws, *set);
    QVERIFY2(before, qPrintable(before ? QString() : before.error().message));
    QCOMPARE(before->first, QDate(2024, 1, 1));
    QCOMPARE(before->last, T);
    std::vector<std::pair<QDate, QStringList>> old;
    for (QDate d = before->first; d <= T; d = d.addDays(7))
        old.emplace_back(d, snapshotValues(ws->loadSnapshot(d).value()));

    for (const TableSpec &t : tables(true)) {
        auto s = importTable(*ws, dir, t, true);
        QVERIFY2(s, qPrintable(s ? QString() : s.error().message));
        QVERIFY(s->replaced);
        QCOMPARE(s->rowsRejected, 0);
    }
    auto after = SignalBuilder::build(*ws, *set);
    QVERIFY2(after, qPrintable(after ? QString() : after.error().message));
    QCOMPARE(after->first, before->first);
    QVERIFY(after->last > T);
    QCOMPARE(after->accounts, before->accounts + 1);
    int compared = 0;
    for (const auto &[d, values] : old) {
        const QStringList now = snapshotValues(ws->loadSnapshot(d).value());
        QCOMPARE(now, values);   // QStringList comparison names the first differing entry
        compared += int(values.size());
    }
    QVERIFY(compared > 600);
    // The extra rows did reach the later dates.
    const Dataset last = ws->loadSnapshot(after->last).value();
    QVERIFY(last.rowOf(QStringLiteral("NEW")) >= 0);
    const Dataset atT = ws->loadSnapshot(T).value();
    QCOMPARE(atT.rowOf(QStringLiteral("NEW")), -1);
    const Dataset next = ws->loadSnapshot(T.addDays(7)).value();
    const auto a0 = std::size_t(next.rowOf(QStringLiteral("A0")));
    QCOMPARE(next.csmNames[std::size_t(next.csm[a0])], QStringLiteral("carl"));
}

// 100 accounts × 100,000 daily grid dates × 101 signals would hold 8.1 GB of values: refused before any
// value is computed, with the sizes named, and nothing written.
void tst_SignalComputer::tooLargeRefused()
{
    QTemporaryDir dir;
    auto ws = newWorkspace(dir, QStringLiteral("large.tierlab"));
    QByteArray accounts = "account_id,signup\n";
    for (int i = 0; i < 100; ++i)
        accounts += "A" + QByteArray::number(i) + ",1800-01-01\n";
    QVERIFY(importTable(*ws, dir, {QStringLiteral("accounts"), QStringLiteral("account_id"), {}, QStringLiteral("signup"), {}, accounts}));
    QVERIFY(importTable(*ws, dir, {QStringLiteral("events"), QStringLiteral("account_id"), {}, QStringLiteral("at"), {}, "account_id,at\nA1,1900-01-01\n"}));
    QByteArray list = "[";
    for (int i = 0; i < 101; ++i)
        list += (i ? ", " : "") + QByteArray(R"({"id": "s)") + QByteArray::number(i) + R"(", "table": "events", "agg": "count"})";
    list += "]";
    const QDate first(1800, 1, 1);
    const QByteArray grid = R"({"every_days": 1, "first": "1800-01-01", "last": ")" + first.addDays(99999).toString(Qt::ISODate).toLatin1() + R"("})";
    auto set = RecipeSet::parse(recipes(list, grid, R"({"table": "accounts", "start": "signup"})"), QStringLiteral("large.json"));
    QVERIFY2(set, qPrintable(set ? QString() : set.error().message));
    auto built = SignalBuilder::build(*ws, *set);
    QVERIFY(!built);
    QCOMPARE(built.error().code, Error::Code::Invalid);
    QVERIFY2(built.error().message.contains(QStringLiteral("100 accounts × 100000 grid dates × 101 signals need 8.1 GB")),
             qPrintable(built.error().message));
    QCOMPARE(ws->asOfDates()->size(), std::size_t(0));
}

// A snapshot imported on top of a built row (another export's signal for the same account and week)
// is not lost when the signals are built again: the row became an imported one and the rebuild merges.
void tst_SignalComputer::importedValuesSurviveRebuild()
{
    QTemporaryDir dir;
    auto ws = newWorkspace(dir, QStringLiteral("merge.tierlab"));
    QVERIFY(importTable(*ws, dir, {QStringLiteral("events"), QStringLiteral("account_id"), {}, QStringLiteral("at"), {},
                                   "account_id,at\nA,2024-01-01\nA,2024-01-03\n"}));
    auto set = RecipeSet::parse(recipes(R"([{"id": "n", "table": "events", "agg": "count"}])",
                                        R"({"every_days": 7, "first": "2024-01-01", "last": "2024-01-08"})"),
                                QStringLiteral("merge.json"));
    QVERIFY(set);
    QVERIFY(SignalBuilder::build(*ws, *set));
    SignalInfo crm;
    crm.id = QStringLiteral("crm_score");
    auto info = ws->ensureSignal(crm);
    QVERIFY(info);
    SnapshotCodec::Builder blob;
    blob.addNumber(info->index, 7.5);
    const QDate week(2024, 1, 8);
    QVERIFY(ws->putSnapshot(ws->accountKey(QStringLiteral("A")).value(), week, blob.data()));
    auto rebuilt = SignalBuilder::build(*ws, *set);
    QVERIFY2(rebuilt, qPrintable(rebuilt ? QString() : rebuilt.error().message));
    QCOMPARE(rebuilt->replacedRows, 1);   // the 2024-01-01 row; the 01-08 row is an imported one now
    const Dataset ds = ws->loadSnapshot(week).value();
    QCOMPARE(ds.size(), std::size_t(1));
    QCOMPARE(ds.columns[std::size_t(ds.columnIndex(QStringLiteral("crm_score")))].numbers[0], 7.5);
    QCOMPARE(ds.columns[std::size_t(ds.columnIndex(QStringLiteral("n")))].numbers[0], 2.0);
    QCOMPARE(ws->loadSnapshot(QDate(2024, 1, 1)).value().columns[std::size_t(ds.columnIndex(QStringLiteral("n")))].numbers[0], 1.0);
}

QTEST_GUILESS_MAIN(tst_SignalComputer)
#include "tst_signalcomputer.moc"
