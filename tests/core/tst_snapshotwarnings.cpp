// SnapshotImporter and a few bad cells (issue 12): types inferred from the large majority of a
// column's values, the other cells stored as missing and listed as warnings, and churn label words.
#include "io/csvprofiler.h"
#include "io/snapshotimporter.h"
#include "store/workspace.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace tierlab;

namespace {

QString fixture(const char *name)
{
    return QFINDTESTDATA(QStringLiteral("../data/csv/") + QLatin1StringView(name));
}

std::unique_ptr<Workspace> newWorkspace(const QTemporaryDir &dir, const QString &name = QStringLiteral("ws.tierlab"))
{
    auto ws = Workspace::open(dir.filePath(name), Workspace::OpenMode::CreateNew);
    if (!ws)
        qFatal("cannot create a workspace: %s", qPrintable(ws.error().message));
    return std::move(*ws);
}

ImportMapping autoMapping(const QString &path)
{
    auto p = CsvProfiler::profile(path);
    if (!p)
        qFatal("cannot profile %s: %s", qPrintable(path), qPrintable(p.error().message));
    return p->suggestMapping(ImportKind::Snapshots);
}

ColumnMapping &col(ImportMapping &m, const char *header)
{
    for (ColumnMapping &c : m.columns) {
        if (c.header == QLatin1StringView(header))
            return c;
    }
    qFatal("no column %s", header);
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &content)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

QStringList warnings(const ImportSummary &s)
{
    QStringList out;
    for (const ImportWarning &w : s.warnings)
        out << QStringLiteral("%1 [%2] %3").arg(w.line).arg(w.column, w.value);
    return out;
}

QStringList byColumn(const ImportSummary &s)
{
    QStringList out;
    for (const ColumnWarnings &c : s.warningsByColumn)
        out << QStringLiteral("%1 (%2) %3").arg(c.column, c.type).arg(c.count);
    return out;
}

QStringList rejects(const ImportSummary &s)
{
    QStringList out;
    for (const ImportReject &r : s.rejects)
        out << QStringLiteral("%1 [%2] %3").arg(r.line).arg(r.column, r.reason);
    return out;
}

// "C1 churned", in account order.
QStringList outcomes(const Workspace &ws)
{
    QStringList out;
    const auto all = ws.outcomes().value();
    for (const OutcomeRecord &o : all)
        out << o.accountId + u' ' + outcomeKindName(o.kind);
    out.sort();
    return out;
}

// One account's values on one as_of: "id=value" for every value present.
QString snapshotOf(const Workspace &ws, QDate asOf, const QString &account)
{
    const Dataset ds = ws.loadSnapshot(asOf).value();
    const int r = ds.rowOf(account);
    if (r < 0)
        return QStringLiteral("(none)");
    QStringList values;
    for (const Column &c : ds.columns) {
        if (c.isMissing(std::size_t(r)))
            continue;
        values << c.info.id + u'='
                      + (c.info.type == SignalType::Category ? c.dictionary[std::size_t(c.codes[std::size_t(r)])]
                                                             : QString::number(c.numbers[std::size_t(r)], 'g', 15));
    }
    return values.join(u' ');
}

} // namespace

class TestSnapshotWarnings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void majorityTyping();
    void badCellsAreWarnings();
    void warningsCapped();
    void labelWords_data();
    void labelWords();
    void telcoWithBadCells();
};

// snap_warnings.csv: 24 rows; one bad cell in each of several columns, missing tokens elsewhere.
void TestSnapshotWarnings::majorityTyping()
{
    const ImportMapping m = autoMapping(fixture("snap_warnings.csv"));
    QStringList got;
    for (const ColumnMapping &c : m.columns)
        got << c.header + u':' + columnRoleName(c.role) + u':' + valueTypeName(c.type);
    QCOMPARE(got, (QStringList{QStringLiteral("customerID:account_id:category"), QStringLiteral("as_of:as_of:date"),
                               QStringLiteral("tenure:signal:number"), QStringLiteral("MonthlyCharges:signal:number"),
                               QStringLiteral("Partner:signal:flag"), QStringLiteral("signup_date:signal:date"),
                               QStringLiteral("arr:arr:number"), QStringLiteral("renewal_date:renewal_date:date"),
                               QStringLiteral("Contract:signal:category"), QStringLiteral("Churn:label:flag")}));
    const CsvProfile p = CsvProfiler::profile(fixture("snap_warnings.csv")).value();
    // tenure: 24 cells, "NA" missing, "abc" the one value of 23 that is not a number (95.7 %).
    QCOMPARE(p.columns[2].missing(), 1);
    QCOMPARE(p.columns[2].present(), 23);
    QCOMPARE(p.columns[2].unreadable(), 1);
    QCOMPARE(p.columns[4].unreadable(), 1);   // Partner: "perhaps"
    QCOMPARE(p.columns[9].unreadable(), 1);   // Churn: "Maybe"; "?" is missing
    QCOMPARE(p.columns[9].missing(), 1);
}

// A bad signal, arr or renewal cell keeps its row: the value is missing, the cell a warning. A bad
// id or as_of still rejects the row; missing tokens are missing without a warning.
void TestSnapshotWarnings::badCellsAreWarnings()
{
    QTemporaryDir dir;
    auto ws = newWorkspace(dir);
    auto s = SnapshotImporter(*ws).run(fixture("snap_warnings.csv"), autoMapping(fixture("snap_warnings.csv")));
    QVERIFY2(s, qPrintable(s ? QString() : s.error().message));
    QCOMPARE(s->rowsRead, 24);
    QCOMPARE(s->rowsAccepted, 22);
    QCOMPARE(s->rowsRejected, 2);
    QCOMPARE(rejects(*s), (QStringList{QStringLiteral("22 [customerID] empty account id"),
                                       QStringLiteral("23 [as_of] unreadable as_of date \"2024-13-01\"")}));
    QCOMPARE(s->warningCount, 7);
    QCOMPARE(warnings(*s), (QStringList{QStringLiteral("5 [tenure] abc"), QStringLiteral("9 [MonthlyCharges] 12.3.4"),
                                        QStringLiteral("12 [Partner] perhaps"), QStringLiteral("14 [signup_date] someday"),
                                        QStringLiteral("15 [arr] lots"), QStringLiteral("17 [renewal_date] never"),
                                        QStringLiteral("20 [Churn] Maybe")}));
    QCOMPARE(byColumn(*s), (QStringList{QStringLiteral("tenure (number) 1"), QStringLiteral("MonthlyCharges (number) 1"),
                                        QStringLiteral("Partner (flag) 1"), QStringLiteral("signup_date (date) 1"),
                                        QStringLiteral("arr (number) 1"), QStringLiteral("renewal_date (date) 1"),
                                        QStringLiteral("Churn (label) 1")}));
    QCOMPARE(s->accounts, 22);
    QCOMPARE(s->snapshotsAdded, 22);
    QCOMPARE(s->signalList.size(), std::size_t(5));
    for (const ImportedSignal &sig : s->signalList)
        QCOMPARE(signalTypeName(sig.type), sig.id == u"partner" ? QStringLiteral("flag")
                                           : sig.id == u"contract" ? QStringLiteral("category")
                                                                   : QStringLiteral("number"));

    const QDate asOf(2024, 6, 30);
    QCOMPARE(snapshotOf(*ws, asOf, QStringLiteral("C03")),
             QStringLiteral("tenure=3 monthlycharges=23.5 partner=1 signup_date=544 contract=Month-to-month"));
    QCOMPARE(snapshotOf(*ws, asOf, QStringLiteral("C04")),
             QStringLiteral("monthlycharges=24.5 partner=0 signup_date=543 contract=One year"));
    QCOMPARE(snapshotOf(*ws, asOf, QStringLiteral("C06")),
             QStringLiteral("monthlycharges=26.5 partner=0 signup_date=541 contract=Month-to-month"));
    QCOMPARE(snapshotOf(*ws, asOf, QStringLiteral("C08")),
             QStringLiteral("tenure=8 partner=0 signup_date=539 contract=Two year"));
    QCOMPARE(snapshotOf(*ws, asOf, QStringLiteral("C11")),
             QStringLiteral("tenure=11 monthlycharges=31.5 signup_date=536 contract=Two year"));
    QCOMPARE(snapshotOf(*ws, asOf, QStringLiteral("C13")),
             QStringLiteral("tenure=13 monthlycharges=33.5 partner=1 contract=One year"));
    QCOMPARE(snapshotOf(*ws, asOf, QStringLiteral("C17")),
             QStringLiteral("tenure=17 monthlycharges=37.5 partner=1 signup_date=530"));
    QCOMPARE(snapshotOf(*ws, asOf, QStringLiteral("C22")), QStringLiteral("(none)"));
    const auto accounts = ws->accounts().value();
    QStringList attributes;
    for (const AccountRecord &a : accounts) {
        if (a.id == u"C13" || a.id == u"C14" || a.id == u"C15" || a.id == u"C16")
            attributes << QStringLiteral("%1 %2 %3").arg(a.id, std::isnan(a.arr) ? QStringLiteral("-") : QString::number(a.arr),
                                                          a.renewalDate.toString(Qt::ISODate));
    }
    QCOMPARE(attributes, (QStringList{QStringLiteral("C13 13000 2025-01-13"), QStringLiteral("C14 - 2025-01-14"),
                                      QStringLiteral("C15 - 2025-01-15"), QStringLiteral("C16 16000 ")}));

    // 22 rows accepted; "Maybe" (C19) and "?" (C20) give no outcome: 7 churned, 13 retained.
    const QStringList o = outcomes(*ws);
    QCOMPARE(o.size(), 20);
    QCOMPARE(o.filter(QStringLiteral(" churned")).size(), 7);
    QCOMPARE(o.filter(QStringLiteral(" retained")).size(), 13);
    QVERIFY(o.filter(QStringLiteral("C19 ")).isEmpty());
    QVERIFY(o.filter(QStringLiteral("C20 ")).isEmpty());
    QCOMPARE(s->outcomesAdded, 20);

    const QJsonObject j = s->toJson();
    QCOMPARE(j.value(QStringLiteral("warning_count")).toInt(), 7);
    QCOMPARE(j.value(QStringLiteral("warnings_listed")).toInt(), 7);
    const QJsonArray wj = j.value(QStringLiteral("warnings")).toArray();
    QCOMPARE(wj.size(), 7);
    const QJsonObject first = wj.at(0).toObject();
    QCOMPARE(first.value(QStringLiteral("line")).toInt(), 5);
    QCOMPARE(first.value(QStringLiteral("column")).toString(), QStringLiteral("tenure"));
    QCOMPARE(first.value(QStringLiteral("value")).toString(), QStringLiteral("abc"));
    const QJsonArray cj = j.value(QStringLiteral("warnings_by_column")).toArray();
    QCOMPARE(cj.size(), 7);
    const QJsonObject churn = cj.at(6).toObject();
    QCOMPARE(churn.value(QStringLiteral("column")).toString(), QStringLiteral("Churn"));
    QCOMPARE(churn.value(QStringLiteral("type")).toString(), QStringLiteral("label"));
    QCOMPARE(churn.value(QStringLiteral("count")).toInt(), 1);
}

// Every warning is counted, per column too; the summary lists the first maxWarningsKept (100).
void TestSnapshotWarnings::warningsCapped()
{
    QTemporaryDir dir;
    QByteArray csv = "account_id,as_of,n,t\n";
    for (int i = 0; i < 2100; ++i)   // every 20th n is "x": 105 of 2,100, exactly 95 % numbers
        csv += "A" + QByteArray::number(i) + ",2024-01-31," + (i % 20 == 19 ? QByteArray("x") : QByteArray::number(i)) + ",t\n";
    const QString path = writeFile(dir, QStringLiteral("many.csv"), csv);
    ImportMapping m = autoMapping(path);
    QCOMPARE(valueTypeName(col(m, "n").type), QStringLiteral("number"));
    col(m, "t").type = ValueType::Date;   // mapped by hand: every cell is a warning, no row is rejected
    auto ws = newWorkspace(dir);
    auto s = SnapshotImporter(*ws).run(path, m);
    QVERIFY2(s, qPrintable(s ? QString() : s.error().message));
    QCOMPARE(s->rowsAccepted, 2100);
    QCOMPARE(s->rowsRejected, 0);
    QCOMPARE(s->warningCount, 105 + 2100);
    QCOMPARE(s->warnings.size(), std::size_t(100));
    QCOMPARE(byColumn(*s), (QStringList{QStringLiteral("n (number) 105"), QStringLiteral("t (date) 2100")}));
    QCOMPARE(s->warnings.front().line, 2);
    QCOMPARE(s->warnings.front().column, QStringLiteral("t"));
    QCOMPARE(s->warnings.at(19).line, 21);   // lines 2-20 gave one each; on line 21 n is "x", then t
    QCOMPARE(s->warnings.at(19).column, QStringLiteral("n"));
    QCOMPARE(s->warnings.at(20).column, QStringLiteral("t"));
    QCOMPARE(s->toJson().value(QStringLiteral("warnings_listed")).toInt(), 100);

    ImportOptions options;
    options.maxWarningsKept = 3;
    auto again = SnapshotImporter(*ws).run(path, m, options);
    QVERIFY(again);
    QCOMPARE(again->warningCount, 2205);
    QCOMPARE(again->warnings.size(), std::size_t(3));
}

// The label column's values, with or without --label-positive: which rows get which outcome and
// which are warnings. The column is mapped as the label by hand (as --label-column does).
void TestSnapshotWarnings::labelWords_data()
{
    QTest::addColumn<QStringList>("labels");      // Churn of C1, C2, …
    QTest::addColumn<QString>("positive");
    QTest::addColumn<QStringList>("expected");    // outcomes, sorted
    QTest::addColumn<QStringList>("warned");      // "line value"
    const auto l = [](std::initializer_list<const char *> v) {
        QStringList out;
        for (const char *s : v)
            out << QString::fromUtf8(s);
        return out;
    };
    QTest::newRow("yes/no and Maybe") << l({"Yes", "No", "Maybe", "", "NA"}) << QString()
                                      << l({"C1 churned", "C2 retained"}) << l({"4 Maybe"});
    QTest::newRow("every label word") << l({"True", "false", "1", "0", "Churned", "retained", "ACTIVE", "y", "N"}) << QString()
                                      << l({"C1 churned", "C2 retained", "C3 churned", "C4 retained", "C5 churned",
                                            "C6 retained", "C7 retained", "C8 churned", "C9 retained"})
                                      << QStringList();
    QTest::newRow("positive Yes") << l({"Yes", "No", "True", "retained", "Maybe", "YES", "1"}) << QStringLiteral("Yes")
                                  << l({"C1 churned", "C2 retained", "C4 retained", "C6 churned"})
                                  << l({"4 True", "6 Maybe", "8 1"});
    QTest::newRow("positive No: a column of who stayed") << l({"Yes", "No", "maybe", "true"}) << QStringLiteral("No")
                                                         << l({"C1 retained", "C2 churned", "C4 retained"}) << l({"4 maybe"});
    QTest::newRow("positive Lost: not a label word") << l({"Lost", "No", "Active", "Won", "lost"}) << QStringLiteral("Lost")
                                                     << l({"C1 churned", "C2 retained", "C3 retained", "C5 churned"})
                                                     << l({"5 Won"});
    QTest::newRow("missing tokens") << l({"NA", "?", "-", "", "NULL", "#N/A"}) << QStringLiteral("Yes") << QStringList()
                                    << QStringList();
}

void TestSnapshotWarnings::labelWords()
{
    QFETCH(QStringList, labels);
    QFETCH(QString, positive);
    QFETCH(QStringList, expected);
    QFETCH(QStringList, warned);
    QTemporaryDir dir;
    QByteArray csv = "customerID,tenure,Churn\n";
    for (int i = 0; i < labels.size(); ++i)
        csv += "C" + QByteArray::number(i + 1) + ",1," + labels[i].toUtf8() + '\n';
    const QString path = writeFile(dir, QStringLiteral("labels.csv"), csv);
    ImportMapping m = autoMapping(path);
    col(m, "Churn").role = ColumnRole::Label;
    m.labelPositive = positive;
    m.asOf = QDate(2024, 6, 30);
    auto ws = newWorkspace(dir);
    auto s = SnapshotImporter(*ws).run(path, m);
    QVERIFY2(s, qPrintable(s ? QString() : s.error().message));
    QCOMPARE(s->rowsAccepted, labels.size());
    QCOMPARE(s->rowsRejected, 0);
    QCOMPARE(outcomes(*ws), expected);
    QStringList got;
    for (const ImportWarning &w : s->warnings) {
        QCOMPARE(w.column, QStringLiteral("Churn"));
        got << QStringLiteral("%1 %2").arg(w.line).arg(w.value);
    }
    QCOMPARE(got, warned);
    QCOMPARE(s->warningCount, warned.size());
}

// The Telco file with one bad cell in tenure, one in MonthlyCharges and a "Maybe" churn label: the
// columns keep their types, the rows their places; 3 warnings and one outcome fewer.
void TestSnapshotWarnings::telcoWithBadCells()
{
    const QString original = QStringLiteral(TIERLAB_SHARED_DATA_DIR "/ibm-telco-customer-churn/Telco-Customer-Churn.csv");
    if (!QFile::exists(original))
        QSKIP("../shared/data is absent");
    QFile in(original);
    QVERIFY(in.open(QIODevice::ReadOnly));
    QList<QByteArray> lines = in.readAll().split('\n');
    const auto setField = [&lines](int line, int field, const QByteArray &value) {
        QList<QByteArray> fields = lines[line - 1].split(',');
        fields[field] = value;
        lines[line - 1] = fields.join(',');
    };
    setField(2, 5, "abc");        // tenure of 7590-VHVEG
    setField(3, 18, "12.3.4");    // MonthlyCharges of 5575-GNVDE
    setField(4, 20, "Maybe");     // Churn of 3668-QPYBK (Yes)
    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("Telco-Customer-Churn.csv"), lines.join('\n'));

    ImportMapping m = autoMapping(path);
    QCOMPARE(valueTypeName(col(m, "tenure").type), QStringLiteral("number"));
    QCOMPARE(valueTypeName(col(m, "MonthlyCharges").type), QStringLiteral("number"));
    QCOMPARE(columnRoleName(col(m, "Churn").role), QStringLiteral("label"));
    m.asOf = QDate(2024, 9, 30);
    auto ws = newWorkspace(dir);
    auto s = SnapshotImporter(*ws).run(path, m);
    QVERIFY2(s, qPrintable(s ? QString() : s.error().message));
    QCOMPARE(s->rowsAccepted, 7043);
    QCOMPARE(s->rowsRejected, 0);
    QCOMPARE(s->signalList.size(), std::size_t(19));
    QCOMPARE(warnings(*s), (QStringList{QStringLiteral("2 [tenure] abc"), QStringLiteral("3 [MonthlyCharges] 12.3.4"),
                                        QStringLiteral("4 [Churn] Maybe")}));
    QCOMPARE(s->outcomesAdded, 7042);
    const QStringList o = outcomes(*ws);
    QCOMPARE(o.filter(QStringLiteral(" churned")).size(), 1868);
    QCOMPARE(o.filter(QStringLiteral(" retained")).size(), 5174);
    const Dataset ds = ws->loadSnapshot(QDate(2024, 9, 30)).value();
    const Column &tenure = ds.columns[std::size_t(ds.columnIndex(QStringLiteral("tenure")))];
    QCOMPARE(tenure.info.type, SignalType::Number);
    QVERIFY(tenure.isMissing(std::size_t(ds.rowOf(QStringLiteral("7590-VHVEG")))));
    QCOMPARE(tenure.numbers[std::size_t(ds.rowOf(QStringLiteral("5575-GNVDE")))], 34.0);
}

QTEST_GUILESS_MAIN(TestSnapshotWarnings)
#include "tst_snapshotwarnings.moc"
