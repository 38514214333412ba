// OutcomeDeriver: churned / retained outcomes per quarter, month or run of days, worked out by hand.
//
// Accounts (signup = their first row): E 2023-10-01, A 2023-11-15, B 2023-12-01, C 2024-01-01,
// D 2024-02-10. Churn rows (file order): A 2024-05-20, E 2024-03-01, E 2024-02-05, E 2024-08-10, and
// Z 2024-04-04 (no such account).
// The data's last date: an event of B on 2024-10-15.
#include "tables/tableimporter.h"
#include "store/workspace.h"
#include "tables/outcomederiver.h"

#include <QFile>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace tierlab;

namespace {

QString text(const OutcomeRecord &o)
{
    return QStringLiteral("%1 %2 %3").arg(o.accountId, outcomeKindName(o.kind), o.date.toString(Qt::ISODate));
}

QStringList texts(const std::vector<OutcomeRecord> &outcomes)
{
    QStringList out;
    for (const OutcomeRecord &o : outcomes)
        out << text(o);
    out.sort();
    return out;
}

} // namespace

class tst_OutcomeDeriver : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void periods_data();
    void periods();
    void write();
    void errors();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_ws;
};

void tst_OutcomeDeriver::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto ws = Workspace::open(m_dir->filePath(QStringLiteral("o.tierlab")), Workspace::OpenMode::CreateNew);
    QVERIFY(ws);
    m_ws = std::move(*ws);
    const struct
    {
        const char *name, *time;
        QByteArray csv;
    } tables[] = {
        {"accounts", "signup", "account_id,signup\nA,2023-11-15\nB,2023-12-01\nC,2024-01-01\nD,2024-02-10\nE,2023-10-01\n"},
        {"churn", "churn_date", "account_id,churn_date\nA,2024-05-20\nE,2024-03-01\nE,2024-02-05\nE,2024-08-10\nZ,2024-04-04\n"},
        {"events", "at", "account_id,at\nB,2024-10-15\nC,2024-03-03\n"},
    };
    for (const auto &t : tables) {
        const QString path = m_dir->filePath(QLatin1StringView(t.name) + QStringLiteral(".csv"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly) && f.write(t.csv) == t.csv.size());
        f.close();
        TableImportRequest r;
        r.name = QLatin1StringView(t.name);
        r.keyColumn = QStringLiteral("account_id");
        r.timeColumn = QLatin1StringView(t.time);
        auto s = TableImporter(*m_ws).run(path, r);
        QVERIFY2(s, qPrintable(s ? QString() : s.error().message));
    }
}

void tst_OutcomeDeriver::periods_data()
{
    QTest::addColumn<int>("every");   // 0 quarter, 1 month, else days
    QTest::addColumn<QDate>("from");
    QTest::addColumn<int>("periods");
    QTest::addColumn<int>("skipped");
    QTest::addColumn<QDate>("first");
    QTest::addColumn<QDate>("last");
    QTest::addColumn<QStringList>("outcomes");
    // Quarters from 2023-Q4 (the earliest row, E's signup). 2024-Q4 ends after 2024-10-15: skipped.
    // 2023-Q4: nobody started before 10-01 (E starts on it). 2024-Q1: A, B, E (C starts on 01-01: no);
    // E churned at its first churn row in the quarter (02-05, though 03-01 comes first in the file).
    // Q2: A churned; B, C, D retained; E had left. Q3: A had left; E churns again.
    QTest::newRow("quarters") << 0 << QDate() << 4 << 1 << QDate(2023, 10, 1) << QDate(2024, 9, 30)
                              << QStringList{QStringLiteral("A churned 2024-05-20"),  QStringLiteral("A retained 2024-03-31"),
                                             QStringLiteral("B retained 2024-03-31"), QStringLiteral("B retained 2024-06-30"),
                                             QStringLiteral("B retained 2024-09-30"), QStringLiteral("C retained 2024-06-30"),
                                             QStringLiteral("C retained 2024-09-30"), QStringLiteral("D retained 2024-06-30"),
                                             QStringLiteral("D retained 2024-09-30"), QStringLiteral("E churned 2024-02-05"),
                                             QStringLiteral("E churned 2024-08-10")};
    // Months from May: October ends after 10-15 and is skipped.
    QStringList months{QStringLiteral("A churned 2024-05-20"), QStringLiteral("E churned 2024-08-10")};
    for (const char *end : {"2024-05-31", "2024-06-30", "2024-07-31", "2024-08-31", "2024-09-30"}) {
        for (const char *a : {"B", "C", "D"})
            months << QStringLiteral("%1 retained %2").arg(QLatin1StringView(a), QLatin1StringView(end));
    }
    months.sort();
    QTest::newRow("months from May") << 1 << QDate(2024, 5, 1) << 5 << 1 << QDate(2024, 5, 1) << QDate(2024, 9, 30) << months;
    // 100 days from 2023-10-01: [10-01, 01-08], [01-09, 04-17], [04-18, 07-26]; [07-27, 11-03] skipped.
    // Period 2: A, B, C (started 01-01 < 01-09) and E; D starts inside it. Period 3: A churns; E had left.
    QTest::newRow("100 days") << 100 << QDate() << 3 << 1 << QDate(2023, 10, 1) << QDate(2024, 7, 26)
                              << QStringList{QStringLiteral("A churned 2024-05-20"),  QStringLiteral("A retained 2024-04-17"),
                                             QStringLiteral("B retained 2024-04-17"), QStringLiteral("B retained 2024-07-26"),
                                             QStringLiteral("C retained 2024-04-17"), QStringLiteral("C retained 2024-07-26"),
                                             QStringLiteral("D retained 2024-07-26"), QStringLiteral("E churned 2024-02-05")};
    // Days from a given date; a period that ends exactly on the data's last day is kept.
    QTest::newRow("days ending on the last day") << 16 << QDate(2024, 9, 30) << 1 << 0 << QDate(2024, 9, 30) << QDate(2024, 10, 15)
                                                 << QStringList{QStringLiteral("B retained 2024-10-15"), QStringLiteral("C retained 2024-10-15"),
                                                                QStringLiteral("D retained 2024-10-15")};
}

void tst_OutcomeDeriver::periods()
{
    QFETCH(int, every);
    QFETCH(QDate, from);
    QFETCH(int, periods);
    QFETCH(int, skipped);
    QFETCH(QDate, first);
    QFETCH(QDate, last);
    QFETCH(QStringList, outcomes);
    OutcomeDerivation how;
    how.churnTable = QStringLiteral("churn");
    how.every = every == 0 ? OutcomeDerivation::Every::Quarter : every == 1 ? OutcomeDerivation::Every::Month : OutcomeDerivation::Every::Days;
    how.days = every;
    how.from = from;
    auto d = OutcomeDeriver::derive(*m_ws, how);
    QVERIFY2(d, qPrintable(d ? QString() : d.error().message));
    QCOMPARE(texts(d->outcomes), outcomes);
    QCOMPARE(d->periods, periods);
    QCOMPARE(d->periodsSkipped, skipped);
    QCOMPARE(d->first, first);
    QCOMPARE(d->last, last);
    QCOMPARE(d->dataEnd, QDate(2024, 10, 15));
    QCOMPARE(d->churned + d->retained, std::int64_t(outcomes.size()));
    QCOMPARE(d->churned, std::int64_t(outcomes.filter(QStringLiteral(" churned ")).size()));
    QCOMPARE(d->churnRowsUnmatched, 1);   // Z is not an account
    const QJsonObject o = d->toJson();
    QCOMPARE(o.value(QStringLiteral("periods")).toInt(), periods);
    QCOMPARE(o.value(QStringLiteral("churn_rows_unmatched")).toInt(), 1);
}

// write() stores the outcomes in one transaction; without --replace a second derivation adds to the
// first (the same account, date and kind once), with --replace it replaces them.
void tst_OutcomeDeriver::write()
{
    OutcomeDerivation quarters;
    quarters.churnTable = QStringLiteral("churn");
    auto q = OutcomeDeriver::write(*m_ws, quarters, false);
    QVERIFY2(q, qPrintable(q ? QString() : q.error().message));
    auto stored = m_ws->outcomes();
    QVERIFY(stored);
    QCOMPARE(texts(*stored), texts(q->outcomes));
    QCOMPARE(stored->size(), std::size_t(11));
    QVERIFY(m_ws->accountKey(QStringLiteral("D")));

    OutcomeDerivation months = quarters;
    months.every = OutcomeDerivation::Every::Month;
    months.from = QDate(2024, 5, 1);
    auto m = OutcomeDeriver::write(*m_ws, months, false);
    QVERIFY2(m, qPrintable(m ? QString() : m.error().message));
    QCOMPARE(m->outcomes.size(), std::size_t(17));
    // 11 + 17 less the 8 both give: A churned 05-20, E churned 08-10, B/C/D retained 06-30 and 09-30.
    QCOMPARE(m_ws->outcomes()->size(), std::size_t(20));

    auto replaced = OutcomeDeriver::write(*m_ws, months, true);
    QVERIFY2(replaced, qPrintable(replaced ? QString() : replaced.error().message));
    QCOMPARE(texts(*m_ws->outcomes()), texts(m->outcomes));
    bool logged = false;
    const auto log = m_ws->imports();
    QVERIFY(log);
    for (const ImportRecord &r : *log)
        logged = logged || r.kind == u"outcomes";
    QVERIFY(logged);
}

void tst_OutcomeDeriver::errors()
{
    OutcomeDerivation how;
    how.churnTable = QStringLiteral("nope");
    auto missing = OutcomeDeriver::derive(*m_ws, how);
    QVERIFY(!missing);
    QCOMPARE(missing.error().code, Error::Code::NotFound);
    how.churnTable = QStringLiteral("churn");
    how.every = OutcomeDerivation::Every::Days;
    how.days = 0;
    auto zero = OutcomeDeriver::derive(*m_ws, how);
    QVERIFY(!zero);
    QCOMPARE(zero.error().code, Error::Code::Invalid);
    // Nothing was stored.
    QCOMPARE(m_ws->outcomes()->size(), std::size_t(0));
}

QTEST_GUILESS_MAIN(tst_OutcomeDeriver)
#include "tst_outcomederiver.moc"
