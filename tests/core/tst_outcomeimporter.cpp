#include "io/csvprofiler.h"
#include "io/outcomeimporter.h"
#include "io/snapshotimporter.h"
#include "store/workspace.h"

#include <QFile>
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

std::unique_ptr<Workspace> newWorkspace(const QTemporaryDir &dir)
{
    auto ws = Workspace::open(dir.filePath(QStringLiteral("ws.tierlab")), Workspace::OpenMode::CreateNew);
    if (!ws)
        qFatal("cannot create a workspace: %s", qPrintable(ws.error().message));
    return std::move(*ws);
}

ImportMapping outcomeMapping(const QString &path)
{
    return CsvProfiler::profile(path).value().suggestMapping(ImportKind::Outcomes);
}

QStringList outcomes(const Workspace &ws)
{
    QStringList out;
    const auto all = ws.outcomes().value();
    for (const OutcomeRecord &o : all)
        out << QStringLiteral("%1 %2 %3 %4")
                   .arg(o.accountId, outcomeKindName(o.kind), o.date.toString(Qt::ISODate),
                        std::isnan(o.arrChange) ? QStringLiteral("-") : QString::number(o.arrChange));
    return out;
}

QStringList accountIds(const Workspace &ws)
{
    QStringList out;
    const auto all = ws.accounts().value();
    for (const AccountRecord &a : all)
        out << a.id;
    return out;
}

} // namespace

class TestOutcomeImporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void mapping();
    void basic();
    void idempotent();
    void defaultKind();
    void cancelLeavesWorkspace();
    void missingColumnStops();
    void ravenstackChurnEvents();
};

void TestOutcomeImporter::mapping()
{
    const ImportMapping m = outcomeMapping(fixture("outcomes_basic.csv"));
    QStringList roles;
    for (const ColumnMapping &c : m.columns)
        roles << c.header + u':' + columnRoleName(c.role);
    QCOMPARE(roles, (QStringList{QStringLiteral("account_id:account_id"), QStringLiteral("date:date"),
                                 QStringLiteral("kind:kind"), QStringLiteral("arr_change:arr_change")}));
    // "date" holds "not a date" on one line: the role still follows the name.
    QCOMPARE(valueTypeName(m.columns[1].type), QStringLiteral("date"));
}

void TestOutcomeImporter::basic()
{
    QTemporaryDir dir;
    auto ws = newWorkspace(dir);
    auto s = OutcomeImporter(*ws).run(fixture("outcomes_basic.csv"), outcomeMapping(fixture("outcomes_basic.csv")));
    QVERIFY2(s, qPrintable(s ? QString() : s.error().message));
    QCOMPARE(s->rowsRead, 9);
    QCOMPARE(s->rowsAccepted, 4);
    QCOMPARE(s->rowsRejected, 5);
    QStringList rejects;
    for (const ImportReject &r : s->rejects)
        rejects << QStringLiteral("%1 [%2] %3").arg(r.line).arg(r.column, r.reason);
    QCOMPARE(rejects, (QStringList{
                          QStringLiteral("5 [account_id] a second churned outcome for account A1 on 2024-03-01"),
                          QStringLiteral("6 [date] unreadable date \"not a date\""),
                          QStringLiteral("7 [kind] unknown outcome kind \"paused\""),
                          QStringLiteral("8 [account_id] empty account id"),
                          QStringLiteral("9 [arr_change] not a number: \"abc\""),
                      }));
    QCOMPARE(s->outcomesAdded, 4);
    QCOMPARE(s->accountsAdded, 4);
    QCOMPARE(s->accounts, 4);
    QCOMPARE(outcomes(*ws), (QStringList{QStringLiteral("A1 churned 2024-03-01 -12000"),
                                         QStringLiteral("A2 churned 2024-03-15 -"),
                                         QStringLiteral("A3 renewed 2024-04-01 1500"),
                                         QStringLiteral("A6 expanded 2024-05-05 2000")}));
    QCOMPARE(s->firstAsOf, QDate(2024, 3, 1));
    QCOMPARE(s->lastAsOf, QDate(2024, 5, 5));
    QCOMPARE(ws->imports().value().front().kind, QStringLiteral("outcomes"));
}

void TestOutcomeImporter::idempotent()
{
    QTemporaryDir dir;
    auto ws = newWorkspace(dir);
    const ImportMapping m = outcomeMapping(fixture("outcomes_basic.csv"));
    QVERIFY(OutcomeImporter(*ws).run(fixture("outcomes_basic.csv"), m));
    const QStringList once = outcomes(*ws);
    auto again = OutcomeImporter(*ws).run(fixture("outcomes_basic.csv"), m);
    QVERIFY(again);
    QCOMPARE(again->outcomesAdded, 0);
    QCOMPARE(again->outcomesUpdated, 4);
    QCOMPARE(again->accountsAdded, 0);
    QCOMPARE(outcomes(*ws), once);
    const auto log = ws->imports().value();
    QCOMPARE(log.size(), std::size_t(2));
    QCOMPARE(log[0].contentHash, log[1].contentHash);
}

void TestOutcomeImporter::defaultKind()
{
    QTemporaryDir dir;
    auto ws = newWorkspace(dir);
    ImportMapping m = outcomeMapping(fixture("outcomes_nokind.csv"));
    QCOMPARE(m.columnWithRole(ColumnRole::OutcomeKind), -1);
    QCOMPARE(m.columnWithRole(ColumnRole::OutcomeDate), 1);
    m.defaultOutcomeKind = OutcomeKind::Contracted;
    auto s = OutcomeImporter(*ws).run(fixture("outcomes_nokind.csv"), m);
    QVERIFY(s);
    QCOMPARE(outcomes(*ws), (QStringList{QStringLiteral("A1 contracted 2024-03-01 -"),
                                         QStringLiteral("A9 contracted 2024-03-02 -")}));
}

void TestOutcomeImporter::cancelLeavesWorkspace()
{
    QTemporaryDir dir;
    auto ws = newWorkspace(dir);
    QVERIFY(OutcomeImporter(*ws).run(fixture("outcomes_nokind.csv"), outcomeMapping(fixture("outcomes_nokind.csv"))));
    const QStringList before = outcomes(*ws) + accountIds(*ws);
    std::atomic<bool> cancel = false;
    ImportOptions options;
    options.chunkSize = 32;
    options.cancel = &cancel;
    options.progress = [&](qint64 done, qint64) {
        if (done >= 200)
            cancel = true;
    };
    auto s = OutcomeImporter(*ws).run(fixture("outcomes_basic.csv"), outcomeMapping(fixture("outcomes_basic.csv")),
                                      options);
    QVERIFY(!s);
    QCOMPARE(s.error().code, Error::Code::Cancelled);
    QCOMPARE(outcomes(*ws) + accountIds(*ws), before);
    QCOMPARE(ws->imports().value().size(), std::size_t(1));
}

void TestOutcomeImporter::missingColumnStops()
{
    QTemporaryDir dir;
    auto ws = newWorkspace(dir);
    auto s = OutcomeImporter(*ws).run(fixture("outcomes_nokind.csv"), outcomeMapping(fixture("outcomes_basic.csv")));
    QVERIFY(!s);
    QVERIFY2(s.error().message.contains(QStringLiteral("lacks the mapped column(s) date, kind, arr_change")), qPrintable(s.error().message));
    QVERIFY(outcomes(*ws).isEmpty());
    QVERIFY(accountIds(*ws).isEmpty());
    // A snapshot mapping is refused.
    ImportMapping wrong = outcomeMapping(fixture("outcomes_basic.csv"));
    wrong.kind = ImportKind::Snapshots;
    QVERIFY(!OutcomeImporter(*ws).run(fixture("outcomes_basic.csv"), wrong));
}

void TestOutcomeImporter::ravenstackChurnEvents()
{
    const QString accounts = QStringLiteral(TIERLAB_SHARED_DATA_DIR "/ravenstack-saas/ravenstack_accounts.csv");
    const QString events = QStringLiteral(TIERLAB_SHARED_DATA_DIR "/ravenstack-saas/ravenstack_churn_events.csv");
    if (!QFile::exists(accounts) || !QFile::exists(events))
        QSKIP("../shared/data is absent");
    QTemporaryDir dir;
    auto ws = newWorkspace(dir);
    ImportMapping am = CsvProfiler::profile(accounts).value().suggestMapping(ImportKind::Snapshots);
    am.asOf = QDate(2025, 1, 1);
    QVERIFY(SnapshotImporter(*ws).run(accounts, am));
    const ImportMapping m = outcomeMapping(events);
    QCOMPARE(columnRoleName(m.columns[2].role), QStringLiteral("date"));   // churn_date
    QCOMPARE(m.columnWithRole(ColumnRole::OutcomeKind), -1);              // every event is a churn
    auto s = OutcomeImporter(*ws).run(events, m);
    QVERIFY2(s, qPrintable(s ? QString() : s.error().message));
    QCOMPARE(s->rowsRead, 600);
    QCOMPARE(s->rowsAccepted, 599);
    QCOMPARE(s->rowsRejected, 1);   // one account churns twice on the same day
    QVERIFY(s->rejects.front().reason.startsWith(QStringLiteral("a second churned outcome")));
    QCOMPARE(s->accounts, 352);
    QCOMPARE(s->accountsAdded, 0);  // every event's account came with the accounts file
    QCOMPARE(s->outcomesAdded, 599);
    QCOMPARE(ws->accounts().value().size(), std::size_t(500));
}

QTEST_GUILESS_MAIN(TestOutcomeImporter)
#include "tst_outcomeimporter.moc"
