#include "io/csvprofiler.h"
#include "io/snapshotimporter.h"
#include "store/workspace.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <cmath>

using namespace tierlab;

namespace {

QString fixture(const char *name)
{
    return QFINDTESTDATA(QStringLiteral("../data/csv/") + QLatin1StringView(name));
}

QString shared(const char *relative)
{
    return QStringLiteral(TIERLAB_SHARED_DATA_DIR "/") + QLatin1StringView(relative);
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

QString num(double v)
{
    return std::isnan(v) ? QStringLiteral("-") : QString::number(v, 'g', 15);
}

// Everything a workspace holds that an import touches, as text: catalogue, accounts, every
// snapshot value, outcomes.
QStringList dump(const Workspace &ws)
{
    QStringList out;
    // Locals: a range-for over value() of a temporary would dangle.
    const auto catalogue = ws.signalCatalogue().value();
    const auto accounts = ws.accounts().value();
    const auto dates = ws.asOfDates().value();
    const auto outcomes = ws.outcomes().value();
    for (const SignalInfo &s : catalogue)
        out << QStringLiteral("signal %1 %2 %3 %4 [%5]").arg(s.index).arg(s.id, signalTypeName(s.type), s.unit,
                                                                          s.originalName);
    for (const AccountRecord &a : accounts)
        out << QStringLiteral("account %1|%2|%3|%4|%5|%6|%7")
                   .arg(a.id, a.name, a.csm, a.segment, num(a.arr), a.renewalDate.toString(Qt::ISODate),
                        a.attributesJson);
    for (QDate d : dates) {
        const Dataset ds = ws.loadSnapshot(d).value();
        for (std::size_t r = 0; r < ds.size(); ++r) {
            QStringList values;
            for (const Column &c : ds.columns) {
                if (c.isMissing(r))
                    continue;
                values << c.info.id + u'='
                              + (c.info.type == SignalType::Category ? c.dictionary[std::size_t(c.codes[r])]
                                                                     : num(c.numbers[r]));
            }
            out << QStringLiteral("snapshot %1 %2: %3").arg(d.toString(Qt::ISODate), ds.accountIds[r],
                                                          values.join(u' '));
        }
    }
    for (const OutcomeRecord &o : outcomes)
        out << QStringLiteral("outcome %1 %2 %3 %4 %5")
                   .arg(o.accountId, outcomeKindName(o.kind), o.date.toString(Qt::ISODate), num(o.arrChange),
                        o.snapshotAsOf.toString(Qt::ISODate));
    return out;
}

QString rejectText(const ImportReject &r)
{
    return QStringLiteral("%1 [%2] %3").arg(r.line).arg(r.column, r.reason);
}

QStringList rejects(const ImportSummary &s)
{
    QStringList out;
    for (const ImportReject &r : s.rejects)
        out << rejectText(r);
    return out;
}

QString fileHash(const QString &path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return QString::fromLatin1(QCryptographicHash::hash(f.readAll(), QCryptographicHash::Blake2b_256).toHex());
}

ImportMapping basicMapping()
{
    ImportMapping m = autoMapping(fixture("snap_basic.csv"));
    col(m, "logins").type = ValueType::Number;   // "many" made it a category; the user says number
    return m;
}

} // namespace

class TestSnapshotImporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void suggestedMapping();
    void basic();
    void idempotent();
    void mergesSecondFile();
    void cancelLeavesWorkspace();
    void failureLeavesWorkspace();
    void missingColumnStops();
    void injectionIsJustText();
    void labelBecomesOutcome();
    void bulkPathMatchesUpserts();
    void wrongMappingKind();
    void telco();
    void orange();
    void ravenstackAccounts();
    void ravenstackOtherTables_data();
    void ravenstackOtherTables();
};

void TestSnapshotImporter::suggestedMapping()
{
    const ImportMapping m = autoMapping(fixture("snap_basic.csv"));
    QStringList roles;
    for (const ColumnMapping &c : m.columns)
        roles << c.header + u':' + columnRoleName(c.role) + u':' + valueTypeName(c.type);
    QCOMPARE(roles, (QStringList{QStringLiteral("account_id:account_id:category"), QStringLiteral("as_of:as_of:date"),
                                 QStringLiteral("name:name:category"), QStringLiteral("csm:csm:category"),
                                 QStringLiteral("segment:segment:category"), QStringLiteral("arr:arr:number"),
                                 QStringLiteral("renewal_date:renewal_date:date"),
                                 QStringLiteral("logins:signal:category"), QStringLiteral("nps:signal:number"),
                                 QStringLiteral("plan:signal:category"), QStringLiteral("active:signal:flag")}));
    QVERIFY(!m.rowNumberIds);
}

void TestSnapshotImporter::basic()
{
    QTemporaryDir dir;
    auto ws = newWorkspace(dir);
    std::vector<std::pair<qint64, qint64>> progress;
    ImportOptions options;
    options.progress = [&](qint64 done, qint64 total) { progress.emplace_back(done, total); };
    auto s = SnapshotImporter(*ws).run(fixture("snap_basic.csv"), basicMapping(), options);
    QVERIFY2(s, qPrintable(s ? QString() : s.error().message));
    QCOMPARE(s->rowsRead, 9);
    QCOMPARE(s->rowsAccepted, 5);
    QCOMPARE(s->rowsRejected, 4);
    QCOMPARE(rejects(*s), (QStringList{QStringLiteral("4 [] expected 11 fields, found 3"),
                                       QStringLiteral("5 [account_id] empty account id"),
                                       QStringLiteral("6 [as_of] unreadable as_of date \"31/31/2024\""),
                                       QStringLiteral("7 [account_id] a second row for account A1 on 2024-01-31")}));
    // A bad signal cell keeps its row: logins is missing there, and the cell is a warning.
    QCOMPARE(s->warningCount, 1);
    QCOMPARE(s->warnings.size(), std::size_t(1));
    QCOMPARE(QStringLiteral("%1 [%2] %3").arg(s->warnings[0].line).arg(s->warnings[0].column, s->warnings[0].value),
             QStringLiteral("8 [logins] many"));
    QCOMPARE(s->accounts, 4);
    QCOMPARE(s->accountsAdded, 4);
    QCOMPARE(s->snapshotsAdded, 5);
    QCOMPARE(s->snapshotsUpdated, 0);
    QCOMPARE(s->asOfCount, 2);
    QCOMPARE(s->firstAsOf, QDate(2024, 1, 31));
    QCOMPARE(s->lastAsOf, QDate(2024, 2, 29));
    QCOMPARE(s->signalList.size(), std::size_t(4));
    QCOMPARE(s->contentHash, fileHash(fixture("snap_basic.csv")));
    QCOMPARE(progress.size(), std::size_t(1));   // one chunk, which is the end
    QCOMPARE(progress.back().first, progress.back().second);

    QCOMPARE(dump(*ws),
             (QStringList{
                 QStringLiteral("signal 0 logins number  [logins]"), QStringLiteral("signal 1 nps number  [nps]"),
                 QStringLiteral("signal 2 plan category  [plan]"), QStringLiteral("signal 3 active flag  [active]"),
                 QStringLiteral("account A1|Acme Corp|Ann|SMB|13000|2024-06-30|"),
                 QStringLiteral("account A2|Beta Ltd|Bob|MM|5000||"),
                 QStringLiteral("account A5|Eps|Ann|SMB|1||"),
                 QStringLiteral("account A6|Zeta, Inc.|Cid|ENT|1234.5|2025-01-15|"),
                 QStringLiteral("snapshot 2024-01-31 A1: logins=10 nps=45 plan=Pro active=1"),
                 QStringLiteral("snapshot 2024-01-31 A2: logins=3 plan=Basic active=0"),
                 QStringLiteral("snapshot 2024-01-31 A5: nps=1 plan=Pro active=1"),
                 QStringLiteral("snapshot 2024-02-29 A1: logins=12 nps=50 plan=Pro active=1"),
                 QStringLiteral("snapshot 2024-02-29 A6: logins=7 nps=-10 plan=Pro active=1"),
             }));
    const auto log = ws->imports().value();
    QCOMPARE(log.size(), std::size_t(1));
    QCOMPARE(log[0].contentHash, s->contentHash);
    QCOMPARE(log[0].rowsRejected, 4);
    // The mapping is offered again for the same header.
    const auto saved = ws->mapping(ImportMapping::headerKey(
        CsvProfiler::profile(fixture("snap_basic.csv")).value().header));
    QVERIFY(saved && !saved->isEmpty());
    QCOMPARE(ImportMapping::fromJson(saved->toUtf8()).value().toJson(), basicMapping().toJson());

    // The summary's JSON and the rejects as CSV.
    const QJsonObject j = s->toJson();
    QCOMPARE(j.value(QStringLiteral("rows_read")).toInt(), 9);
    QCOMPARE(j.value(QStringLiteral("rejects")).toArray().size(), 4);
    QCOMPARE(j.value(QStringLiteral("warning_count")).toInt(), 1);
    QCOMPARE(j.value(QStringLiteral("signals")).toArray().at(0).toObject().value(QStringLiteral("id")).toString(),
             QStringLiteral("logins"));
    QCOMPARE(s->rejectsCsv().split('\n').at(1), QByteArray("4,,\"expected 11 fields, found 3\"\r"));
}

void TestSnapshotImporter::idempotent()
{
    QTemporaryDir dir;
    auto ws = newWorkspace(dir);
    QVERIFY(SnapshotImporter(*ws).run(fixture("snap_basic.csv"), basicMapping()));
    const QStringList once = dump(*ws);
    auto again = SnapshotImporter(*ws).run(fixture("snap_basic.csv"), basicMapping());
    QVERIFY(again);
    QCOMPARE(dump(*ws), once);
    QCOMPARE(again->snapshotsAdded, 0);
    QCOMPARE(again->snapshotsUpdated, 5);
    QCOMPARE(again->accountsAdded, 0);
    QCOMPARE(again->accountsUpdated, 4);
    for (const ImportedSignal &sig : again->signalList)
        QVERIFY(!sig.created);
    const auto log = ws->imports().value();
    QCOMPARE(log.size(), std::size_t(2));
    QCOMPARE(log[0].contentHash, log[1].contentHash);
    QCOMPARE(log[1].contentHash, fileHash(fixture("snap_basic.csv")));
}

void TestSnapshotImporter::mergesSecondFile()
{
    QTemporaryDir dir;
    auto ws = newWorkspace(dir);
    QVERIFY(SnapshotImporter(*ws).run(fixture("snap_basic.csv"), basicMapping()));
    auto s = SnapshotImporter(*ws).run(fixture("snap_second.csv"), autoMapping(fixture("snap_second.csv")));
    QVERIFY(s);
    QCOMPARE(s->accountsAdded, 1);
    QCOMPARE(s->accountsUpdated, 2);
    QCOMPARE(s->snapshotsAdded, 1);
    QCOMPARE(s->snapshotsUpdated, 2);
    const QStringList d = dump(*ws);
    QVERIFY(d.contains(QStringLiteral("snapshot 2024-01-31 A1: logins=10 nps=45 plan=Pro active=1 tickets=4")));
    QVERIFY(d.contains(QStringLiteral("snapshot 2024-01-31 A7: tickets=2")));
    // An account the second file names without attributes keeps its own.
    QVERIFY(d.contains(QStringLiteral("account A2|Beta Ltd|Bob|MM|5000||")));
}

void TestSnapshotImporter::cancelLeavesWorkspace()
{
    QTemporaryDir dir;
    auto ws = newWorkspace(dir);
    QVERIFY(SnapshotImporter(*ws).run(fixture("snap_basic.csv"), basicMapping()));
    const QStringList before = dump(*ws);
    std::atomic<bool> cancel = false;
    int calls = 0;
    ImportOptions options;
    options.chunkSize = 64;
    options.cancel = &cancel;
    options.progress = [&](qint64, qint64) {
        if (++calls == 5)
            cancel = true;   // about 300 bytes in: rows are already written in the transaction
    };
    auto s = SnapshotImporter(*ws).run(fixture("snap_many.csv"), autoMapping(fixture("snap_many.csv")), options);
    QVERIFY(!s);
    QCOMPARE(s.error().code, Error::Code::Cancelled);
    QCOMPARE(calls, 5);
    QCOMPARE(dump(*ws), before);
    QCOMPARE(ws->imports().value().size(), std::size_t(1));
    QVERIFY(!ws->inTransaction());
    // And the workspace still takes an import afterwards (60 new accounts beside 4: confirmed).
    ImportOptions confirmed;
    confirmed.allowNewAccounts = true;
    QVERIFY(SnapshotImporter(*ws).run(fixture("snap_many.csv"), autoMapping(fixture("snap_many.csv")), confirmed));
    QCOMPARE(ws->accounts().value().size(), std::size_t(4 + 60));
}

void TestSnapshotImporter::failureLeavesWorkspace()
{
    QTemporaryDir dir;
    auto ws = newWorkspace(dir);
    QVERIFY(SnapshotImporter(*ws).run(fixture("snap_basic.csv"), basicMapping()));
    const QStringList before = dump(*ws);
    ImportOptions options;
    options.chunkSize = 64;
    options.maxRecordSize = 256;   // the quote opened on line 51 never closes
    auto s = SnapshotImporter(*ws).run(fixture("snap_runaway.csv"), autoMapping(fixture("snap_many.csv")), options);
    QVERIFY(!s);
    QCOMPARE(s.error().code, Error::Code::Invalid);
    QVERIFY2(s.error().message.contains(QStringLiteral("line 51")), qPrintable(s.error().message));
    QCOMPARE(dump(*ws), before);
    QCOMPARE(ws->imports().value().size(), std::size_t(1));
}

void TestSnapshotImporter::missingColumnStops()
{
    QTemporaryDir dir;
    auto ws = newWorkspace(dir);
    QVERIFY(SnapshotImporter(*ws).run(fixture("snap_second.csv"), autoMapping(fixture("snap_second.csv"))));
    const QStringList before = dump(*ws);
    auto s = SnapshotImporter(*ws).run(fixture("snap_second.csv"), basicMapping());
    QVERIFY(!s);
    QCOMPARE(s.error().code, Error::Code::Invalid);
    QVERIFY2(s.error().message.contains(QStringLiteral("name, csm, segment, arr, renewal_date, logins, nps, plan, active")),
             qPrintable(s.error().message));
    QCOMPARE(dump(*ws), before);
    // A mapping without an id column, or without any as_of, is refused before reading.
    ImportMapping noId = autoMapping(fixture("snap_second.csv"));
    col(noId, "account_id").role = ColumnRole::Ignore;
    QVERIFY(!SnapshotImporter(*ws).run(fixture("snap_second.csv"), noId));
    ImportMapping noAsOf = autoMapping(fixture("snap_second.csv"));
    col(noAsOf, "as_of").role = ColumnRole::Signal;
    QVERIFY(!SnapshotImporter(*ws).run(fixture("snap_second.csv"), noAsOf));
    QCOMPARE(dump(*ws), before);
}

void TestSnapshotImporter::injectionIsJustText()
{
    QTemporaryDir dir;
    auto ws = newWorkspace(dir);
    auto s = SnapshotImporter(*ws).run(fixture("snap_injection.csv"), autoMapping(fixture("snap_injection.csv")));
    QVERIFY2(s, qPrintable(s ? QString() : s.error().message));
    QCOMPARE(s->rowsAccepted, 2);
    const QStringList d = dump(*ws);
    QCOMPARE(d, (QStringList{
                    QStringLiteral("signal 0 score_drop_table_signals number  [score\"; DROP TABLE signals; --]"),
                    QStringLiteral("account '; DROP TABLE accounts; --|Robert'); DROP TABLE snapshots;--|||-||"),
                    QStringLiteral("account x\" OR 1=1 --|''|||-||"),
                    QStringLiteral("snapshot 2024-01-31 '; DROP TABLE accounts; --: score_drop_table_signals=1"),
                    QStringLiteral("snapshot 2024-01-31 x\" OR 1=1 --: score_drop_table_signals=2"),
                }));
}

void TestSnapshotImporter::labelBecomesOutcome()
{
    QTemporaryDir dir;
    auto ws = newWorkspace(dir);
    ImportMapping m = autoMapping(fixture("snap_label.csv"));
    QCOMPARE(columnRoleName(col(m, "Churn").role), QStringLiteral("label"));
    QCOMPARE(columnRoleName(col(m, "customerID").role), QStringLiteral("account_id"));
    m.asOf = QDate(2024, 6, 30);
    auto s = SnapshotImporter(*ws).run(fixture("snap_label.csv"), m);
    QVERIFY(s);
    QCOMPARE(s->outcomesAdded, 4);
    QCOMPARE(s->signalList.size(), std::size_t(2));
    QStringList outcomes = dump(*ws).filter(QStringLiteral("outcome"));
    QCOMPARE(outcomes, (QStringList{QStringLiteral("outcome C1 churned  - 2024-06-30"),
                                    QStringLiteral("outcome C2 retained  - 2024-06-30"),
                                    QStringLiteral("outcome C3 churned  - 2024-06-30"),
                                    QStringLiteral("outcome C4 retained  - 2024-06-30")}));
    // A text label with an explicit positive value; re-importing replaces, never duplicates.
    col(m, "Churn").type = ValueType::Category;
    m.labelPositive = QStringLiteral("no");   // case-insensitive
    auto again = SnapshotImporter(*ws).run(fixture("snap_label.csv"), m);
    QVERIFY(again);
    QCOMPARE(again->outcomesUpdated, 4);
    outcomes = dump(*ws).filter(QStringLiteral("outcome"));
    QCOMPARE(outcomes.size(), 4);
    QCOMPARE(outcomes.at(1), QStringLiteral("outcome C2 churned  - 2024-06-30"));
}

// Into a workspace without accounts, the accounts and snapshots go in many rows per statement; into one
// with accounts, one upsert each. Both must store the same: the same keys in the same order, NULLs,
// dates, texts that are not ASCII (an invalid UTF-8 sequence as QString stores it), labels, and rows of
// several as_of dates in one batch, over more rows than one statement takes.
void TestSnapshotImporter::bulkPathMatchesUpserts()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("many.csv"));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QByteArray csv = "account_id,as_of,name,csm,segment,arr,renewal_date,logins,plan,churned\n";
        for (int a = 0; a < 150; ++a) {
            for (const char *asOf : {"2024-01-31", "2024-02-29"}) {
                const QByteArray id = "A" + QByteArray::number(1000 + a);
                const QByteArray name = a % 7 == 0 ? QByteArray() : a % 5 == 0 ? QByteArray("Caf\xC3\xA9 ") + id : a % 11 == 0 ? QByteArray("Bad\xFF") : "Co " + id;
                const QByteArray plan = a % 3 == 0 ? QByteArray("Pro") : a % 13 == 0 ? QByteArray("\xE2\x82\xACuro") : a % 17 == 0 ? QByteArray("x\xC3") : QByteArray();
                csv += id + ',' + asOf + ',' + name + ',' + (a % 4 == 0 ? "" : "Ann") + ',' + (a % 2 ? "SMB" : "") + ','
                       + (a % 6 == 0 ? QByteArray() : QByteArray::number(1000 + a * 3.25, 'f', 2)) + ','
                       + (a % 9 == 0 ? QByteArray() : QByteArray("2024-0") + QByteArray::number(1 + a % 9) + "-1" + QByteArray::number(a % 10)) + ','
                       + QByteArray::number(a * 7 % 50) + ',' + plan + ',' + (a % 10 == 0 ? "yes" : a % 10 == 1 ? "no" : "") + '\n';
            }
        }
        f.write(csv);
    }
    ImportMapping m = autoMapping(path);
    col(m, "churned").role = ColumnRole::Label;
    col(m, "plan").type = ValueType::Category;

    auto bulk = newWorkspace(dir, QStringLiteral("bulk.tierlab"));
    auto b = SnapshotImporter(*bulk).run(path, m);
    QVERIFY2(b, b ? "" : qPrintable(b.error().message));

    // The other workspace knows the file's first account already (without attributes or values).
    auto upserts = newWorkspace(dir, QStringLiteral("upserts.tierlab"));
    const QString first = dir.filePath(QStringLiteral("first.csv"));
    {
        QFile f(first);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("account_id,as_of\nA1000,2024-01-31\n");
    }
    QVERIFY(SnapshotImporter(*upserts).run(first, autoMapping(first)));
    ImportOptions o;
    o.allowNewAccounts = true;
    auto u = SnapshotImporter(*upserts).run(path, m, o);
    QVERIFY2(u, u ? "" : qPrintable(u.error().message));

    QCOMPARE(b->accountsAdded, 150);
    QCOMPARE(u->accountsAdded, 149);
    QCOMPARE(b->snapshotsAdded, 300);
    QCOMPARE(u->snapshotsAdded, 299);
    QCOMPARE(u->snapshotsUpdated, 1);
    QCOMPARE(b->outcomesAdded, u->outcomesAdded);
    QCOMPARE(dump(*bulk), dump(*upserts));
    QCOMPARE(bulk->accountKey(QStringLiteral("A1149")).value(), upserts->accountKey(QStringLiteral("A1149")).value());
}

void TestSnapshotImporter::wrongMappingKind()
{
    QTemporaryDir dir;
    auto ws = newWorkspace(dir);
    ImportMapping m = autoMapping(fixture("snap_second.csv"));
    m.kind = ImportKind::Outcomes;
    auto s = SnapshotImporter(*ws).run(fixture("snap_second.csv"), m);
    QVERIFY(!s);
    QCOMPARE(s.error().code, Error::Code::Invalid);
}

void TestSnapshotImporter::telco()
{
    const QString lf = shared("ibm-telco-customer-churn/Telco-Customer-Churn.csv");
    const QString crlf = shared("ibm-telco-customer-churn/WA_Fn-UseC_-Telco-Customer-Churn.csv");
    if (!QFile::exists(lf) || !QFile::exists(crlf))
        QSKIP("../shared/data is absent");
    QTemporaryDir dir;
    QStringList dumps;
    for (const QString &file : {lf, crlf}) {
        auto ws = newWorkspace(dir, QFileInfo(file).completeBaseName() + QStringLiteral(".tierlab"));
        ImportMapping m = autoMapping(file);
        QCOMPARE(columnRoleName(col(m, "customerID").role), QStringLiteral("account_id"));
        QCOMPARE(columnRoleName(col(m, "Churn").role), QStringLiteral("label"));
        QCOMPARE(valueTypeName(col(m, "SeniorCitizen").type), QStringLiteral("number"));
        QCOMPARE(valueTypeName(col(m, "Partner").type), QStringLiteral("flag"));
        QCOMPARE(valueTypeName(col(m, "TotalCharges").type), QStringLiteral("number"));
        QCOMPARE(valueTypeName(col(m, "MultipleLines").type), QStringLiteral("category"));
        m.asOf = QDate(2024, 9, 30);
        auto s = SnapshotImporter(*ws).run(file, m);
        QVERIFY2(s, qPrintable(s ? QString() : s.error().message));
        QCOMPARE(s->rowsRead, 7043);
        QCOMPARE(s->rowsAccepted, 7043);
        QCOMPARE(s->rowsRejected, 0);
        QCOMPARE(s->accounts, 7043);
        QCOMPARE(s->snapshotsAdded, 7043);
        QCOMPARE(s->outcomesAdded, 7043);
        QCOMPARE(s->signalList.size(), std::size_t(19));
        const WorkspaceSummary sum = ws->summary().value();
        QCOMPARE(sum.accounts, 7043);
        for (const auto &[kind, n] : sum.outcomesByKind) {
            if (kind == u"churned")
                QCOMPARE(n, 1869);
            else
                QCOMPARE(n, 5174);
        }
        const Dataset ds = ws->loadSnapshot(QDate(2024, 9, 30)).value();
        const Column &total = ds.columns[std::size_t(ds.columnIndex(QStringLiteral("TotalCharges")))];
        int missing = 0;
        for (std::size_t r = 0; r < ds.size(); ++r)
            missing += total.isMissing(r) ? 1 : 0;
        QCOMPARE(missing, 11);
        const Column &senior = ds.columns[std::size_t(ds.columnIndex(QStringLiteral("seniorcitizen")))];
        QCOMPARE(senior.info.type, SignalType::Number);
        const Column &partner = ds.columns[std::size_t(ds.columnIndex(QStringLiteral("partner")))];
        QCOMPARE(partner.info.type, SignalType::Flag);
        dumps << dump(*ws).join(u'\n');
    }
    QCOMPARE(dumps[0], dumps[1]);
}

void TestSnapshotImporter::orange()
{
    const QString file = shared("orange-telecom-churn/churn-bigml-20.csv");
    if (!QFile::exists(file))
        QSKIP("../shared/data is absent");
    QTemporaryDir dir;
    auto ws = newWorkspace(dir);
    ImportMapping m = autoMapping(file);
    QVERIFY(m.rowNumberIds);   // no id column: rows are accounts churn-bigml-20#N
    QCOMPARE(columnRoleName(col(m, "Churn").role), QStringLiteral("label"));
    QCOMPARE(col(m, "Total day minutes").signalId, QStringLiteral("total_day_minutes"));
    m.asOf = QDate(2024, 9, 30);
    auto s = SnapshotImporter(*ws).run(file, m);
    QVERIFY(s);
    QCOMPARE(s->rowsAccepted, 667);
    QCOMPARE(s->rowsRejected, 0);
    QCOMPARE(s->accounts, 667);
    QCOMPARE(s->signalList.size(), std::size_t(19));
    QCOMPARE(s->outcomesAdded, 667);
    const auto outcomes = ws->outcomes().value();
    QCOMPARE(std::count_if(outcomes.begin(), outcomes.end(),
                           [](const OutcomeRecord &o) { return o.kind == OutcomeKind::Churned; }),
             95);
    const Dataset ds = ws->loadSnapshot(QDate(2024, 9, 30)).value();
    QCOMPARE(ds.columnIndex(QStringLiteral("Total day minutes")), ds.columnIndex(QStringLiteral("total_day_minutes")));
    QCOMPARE(ds.accountIds.front(), QStringLiteral("churn-bigml-20#1"));
    // Re-importing the same file maps rows to the same accounts.
    auto again = SnapshotImporter(*ws).run(file, m);
    QVERIFY(again);
    QCOMPARE(again->accountsAdded, 0);
}

void TestSnapshotImporter::ravenstackAccounts()
{
    const QString file = shared("ravenstack-saas/ravenstack_accounts.csv");
    if (!QFile::exists(file))
        QSKIP("../shared/data is absent");
    QTemporaryDir dir;
    auto ws = newWorkspace(dir);
    ImportMapping m = autoMapping(file);
    QCOMPARE(columnRoleName(col(m, "account_name").role), QStringLiteral("name"));
    QCOMPARE(columnRoleName(col(m, "churn_flag").role), QStringLiteral("label"));
    QCOMPARE(valueTypeName(col(m, "signup_date").type), QStringLiteral("date"));
    m.asOf = QDate(2025, 1, 1);
    auto s = SnapshotImporter(*ws).run(file, m);
    QVERIFY(s);
    QCOMPARE(s->rowsAccepted, 500);
    QCOMPARE(s->accounts, 500);
    QCOMPARE(s->signalList.size(), std::size_t(7));
    const auto outcomes = ws->outcomes().value();
    QCOMPARE(std::count_if(outcomes.begin(), outcomes.end(),
                           [](const OutcomeRecord &o) { return o.kind == OutcomeKind::Churned; }),
             110);
    // A date signal holds the days before as_of: A-2e4581 signed up on 2024-10-16.
    const Dataset ds = ws->loadSnapshot(QDate(2025, 1, 1)).value();
    const Column &signup = ds.columns[std::size_t(ds.columnIndex(QStringLiteral("signup_date")))];
    QCOMPARE(signup.info.unit, QStringLiteral("days before as_of"));
    QCOMPARE(signup.numbers[std::size_t(ds.rowOf(QStringLiteral("A-2e4581")))], 77.0);
    QCOMPARE(ds.names[std::size_t(ds.rowOf(QStringLiteral("A-2e4581")))], QStringLiteral("Company_0"));
}

void TestSnapshotImporter::ravenstackOtherTables_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("idColumn");
    QTest::addColumn<QString>("asOfColumn");
    QTest::addColumn<int>("accepted");
    QTest::addColumn<int>("rejected");
    QTest::addColumn<int>("accounts");
    QTest::newRow("support tickets") << QStringLiteral("ravenstack_support_tickets.csv") << QStringLiteral("account_id")
                                     << QStringLiteral("submitted_at") << 1995 << 5 << 492;
    QTest::newRow("subscriptions") << QStringLiteral("ravenstack_subscriptions.csv") << QStringLiteral("account_id")
                                   << QStringLiteral("start_date") << 4825 << 175 << 500;
    QTest::newRow("feature usage") << QStringLiteral("ravenstack_feature_usage.csv")
                                   << QStringLiteral("subscription_id") << QStringLiteral("usage_date") << 24922 << 78
                                   << 4967;
}

void TestSnapshotImporter::ravenstackOtherTables()
{
    QFETCH(QString, file);
    QFETCH(QString, idColumn);
    QFETCH(QString, asOfColumn);
    QFETCH(int, accepted);
    QFETCH(int, rejected);
    QFETCH(int, accounts);
    const QString path = shared("ravenstack-saas/") + file;
    if (!QFile::exists(path))
        QSKIP("../shared/data is absent");
    QTemporaryDir dir;
    auto ws = newWorkspace(dir);
    ImportMapping m = autoMapping(path);
    for (ColumnMapping &c : m.columns) {
        if (c.role == ColumnRole::AccountId)
            c.role = ColumnRole::Ignore;
        if (c.header == idColumn)
            c.role = ColumnRole::AccountId;
        if (c.header == asOfColumn) {
            QCOMPARE(valueTypeName(c.type), QStringLiteral("date"));
            c.role = ColumnRole::AsOf;
        }
    }
    m.rowNumberIds = false;
    auto s = SnapshotImporter(*ws).run(path, m);
    QVERIFY2(s, qPrintable(s ? QString() : s.error().message));
    QCOMPARE(s->rowsAccepted, accepted);
    QCOMPARE(s->rowsRejected, rejected);
    QCOMPARE(s->accounts, accounts);
    for (const ImportReject &r : s->rejects)
        QVERIFY2(r.reason.startsWith(QStringLiteral("a second row for account")), qPrintable(rejectText(r)));
    for (const ImportedSignal &sig : s->signalList) {
        // 4.0-style integers and blanks are numbers; True/False are flags; datetimes are dates (days).
        if (sig.id == u"satisfaction_score" || sig.id == u"resolution_time_hours" || sig.id == u"closed_at"
            || sig.id == u"end_date" || sig.id == u"seats")
            QCOMPARE(sig.type, SignalType::Number);
        if (sig.id.endsWith(u"_flag") || sig.id.startsWith(u"is_"))
            QCOMPARE(sig.type, SignalType::Flag);
    }
}

QTEST_GUILESS_MAIN(TestSnapshotImporter)
#include "tst_snapshotimporter.moc"
