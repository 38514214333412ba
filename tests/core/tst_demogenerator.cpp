#include "demo/demogenerator.h"
#include "common/demorandom.h"
#include "store/workspace.h"

#include "samedataset.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <bit>
#include <cmath>
#include <map>
#include <memory>
#include <set>

using namespace tierlab;
using namespace Qt::StringLiterals;

namespace {

constexpr int kAccounts = 400;   // small enough for a fast test, large enough for the statistics

DemoOptions testOptions(quint64 seed)
{
    DemoOptions o;
    o.accounts = kAccounts;
    o.seed = seed;
    return o;
}

// One generated workspace read back entirely through Workspace.
struct Portfolio
{
    std::unique_ptr<Workspace> ws;
    DemoStats stats;
    std::vector<AccountRecord> accounts;
    std::vector<OutcomeRecord> outcomes;
    std::vector<QDate> dates;
    std::vector<Dataset> snapshots;   // one per date
};

// Golden values compare bit for bit (QCOMPARE on doubles is fuzzy).
quint64 bits(double v)
{
    return std::bit_cast<quint64>(v);
}

int accountIndexOf(const QString &id)
{
    return id.mid(4).toInt() - 1;   // "ACC-00001" is index 0
}

} // namespace

class TestDemoGenerator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void portableMath_data();
    void portableMath();
    void randomStreams();
    void goldenValues();

    void sameSeedIsIdentical();
    void sameSeedSameFileBytes();
    void differentSeedDiffers();
    void counts();
    void metaAndCatalogue();
    void valueRanges_data();
    void valueRanges();
    void ticketConsistency();
    void missingRates_data();
    void missingRates();
    void outcomes();
    void noSnapshotAfterChurn();
    void churnersLookWorse90DaysBefore();
    void latentHealthIsRecomputable();

    void invalidOptions_data();
    void invalidOptions();
    void existingFileRefused();
    void cancelRollsBack();
    void cancelRemovesNewFile();
    void progressReported();

    void cli_data();
    void cli();

private:
    void load(Portfolio &p, const QString &file, const DemoOptions &options);
    double missingRate(const QString &signalId) const;

    QTemporaryDir m_dir;
    Portfolio m_a;   // seed 42
    Portfolio m_b;   // seed 42 again
    Portfolio m_c;   // seed 43
};

void TestDemoGenerator::load(Portfolio &p, const QString &file, const DemoOptions &options)
{
    const QString path = m_dir.filePath(file);
    auto stats = DemoGenerator::generateFile(path, options);
    QVERIFY2(stats, qPrintable(stats ? QString() : stats.error().message));
    p.stats = *stats;
    auto ws = Workspace::open(path);
    QVERIFY(ws);
    p.ws = std::move(*ws);
    auto accounts = p.ws->accounts();
    auto outcomes = p.ws->outcomes();
    auto dates = p.ws->asOfDates();
    QVERIFY(accounts && outcomes && dates);
    p.accounts = *accounts;
    p.outcomes = *outcomes;
    p.dates = *dates;
    for (QDate d : p.dates) {
        auto ds = p.ws->loadSnapshot(d);
        QVERIFY(ds);
        p.snapshots.push_back(std::move(*ds));
    }
}

void TestDemoGenerator::initTestCase()
{
    QVERIFY(m_dir.isValid());
    load(m_a, u"a.tierlab"_s, testOptions(42));
    load(m_b, u"b.tierlab"_s, testOptions(42));
    load(m_c, u"c.tierlab"_s, testOptions(43));
}

void TestDemoGenerator::portableMath_data()
{
    QTest::addColumn<double>("x");
    for (double x : {-30.0, -5.5, -1.0, -0.3, 0.0, 1e-9, 0.5, 0.6931471805599453, 1.0, 2.5, 10.0, 100.0})
        QTest::addRow("exp/log %g", x) << x;
}

void TestDemoGenerator::portableMath()
{
    QFETCH(double, x);
    QVERIFY(std::abs(DemoRandom::exp(x) - std::exp(x)) <= 4e-16 * std::exp(x));
    const double y = std::abs(x) + 1e-3;
    QVERIFY(std::abs(DemoRandom::log(y) - std::log(y)) <= 4e-16 * std::max(1.0, std::abs(std::log(y))));
    QCOMPARE(DemoRandom::exp(0.0), 1.0);
    QCOMPARE(DemoRandom::log(1.0), 0.0);
    QCOMPARE(DemoRandom::logistic(0.0), 0.5);
}

void TestDemoGenerator::randomStreams()
{
    DemoRandom a(7), b(7), c(8);
    bool differs = false;
    double sum = 0, sumSq = 0;
    constexpr int n = 20000;
    for (int i = 0; i < n; ++i) {
        const double u = a.uniform();
        QCOMPARE(u, b.uniform());
        differs = differs || u != c.uniform();
        QVERIFY(u >= 0.0 && u < 1.0);
        const double z = a.normal();
        b.normal();
        c.normal();
        sum += z;
        sumSq += z * z;
    }
    QVERIFY(differs);
    QVERIFY(std::abs(sum / n) < 0.03);
    QVERIFY(std::abs(sumSq / n - 1.0) < 0.05);
    QVERIFY(DemoRandom::streamSeed(42, 0, 1) != DemoRandom::streamSeed(42, 1, 1));
    QVERIFY(DemoRandom::streamSeed(42, 0, 1) != DemoRandom::streamSeed(42, 0, 2));
    QVERIFY(DemoRandom::streamSeed(42, 0, 1) != DemoRandom::streamSeed(43, 0, 1));
}

void TestDemoGenerator::goldenValues()
{
    // Pinned output of seed 42: if this changes on another machine or compiler, the generator is
    // not portable (or the model changed: then bump kGeneratorVersion and these values).
    DemoRandom rng(42);
    QCOMPARE(rng.next(), Q_UINT64_C(1546998764402558742));
    DemoRandom rng2(42);
    QCOMPARE(bits(rng2.normal()), bits(-0.72621913824478568));
    QCOMPARE(bits(rng2.logNormal(10, 0.5)), bits(8.9978587636333138));
    QCOMPARE(rng2.poisson(3.5), 9);

    const AccountRecord &a = m_a.accounts.front();
    QCOMPARE(a.id, u"ACC-00001"_s);
    QCOMPARE(a.name, u"Vertex Foods Co."_s);
    QCOMPARE(a.csm, u"Inês Costa"_s);
    QCOMPARE(a.segment, u"SMB"_s);
    QCOMPARE(a.arr, 7100.0);
    QCOMPARE(a.renewalDate, QDate(2025, 11, 7));   // it churned there
    QCOMPARE(bits(DemoGenerator::latentHealth(testOptions(42), 0).front()), bits(-0.48978720714501944));

    const Dataset &ds = m_a.snapshots.front();
    QCOMPARE(ds.rowOf(u"ACC-00001"_s), 0);
    const std::pair<QString, double> expected[] = {
        {u"logins_per_user_30d"_s, 10.4},   {u"active_seat_ratio"_s, 0.575},   {u"feature_adoption_pct"_s, 35.4},
        {u"integrations_connected"_s, 5},   {u"nps_score"_s, kMissing},        {u"support_sentiment"_s, -0.13},
        {u"open_tickets"_s, 2},             {u"open_p1_tickets"_s, 0},         {u"days_since_csm_touch"_s, kMissing},
        {u"exec_sponsor_engaged"_s, 0},     {u"champion_left"_s, 0},           {u"payment_days_late"_s, 0},
        {u"webinar_attendance"_s, kMissing}, {u"marketing_emails_opened"_s, 2}};
    for (const auto &[id, value] : expected)
        QVERIFY2(test::sameBits(ds.columns[std::size_t(ds.columnIndex(id))].numbers[0], value), qPrintable(id));
    const Column &contract = ds.columns[std::size_t(ds.columnIndex(u"contract_type"_s))];
    QCOMPARE(contract.dictionary[std::size_t(contract.codes[0])], u"One year"_s);
}

void TestDemoGenerator::sameSeedIsIdentical()
{
    QCOMPARE(m_a.accounts.size(), m_b.accounts.size());
    for (std::size_t i = 0; i < m_a.accounts.size(); ++i) {
        const AccountRecord &x = m_a.accounts[i];
        const AccountRecord &y = m_b.accounts[i];
        QCOMPARE(x.id, y.id);
        QCOMPARE(x.name, y.name);
        QCOMPARE(x.csm, y.csm);
        QCOMPARE(x.segment, y.segment);
        QCOMPARE(x.arr, y.arr);
        QCOMPARE(x.renewalDate, y.renewalDate);
    }
    QCOMPARE(m_a.outcomes.size(), m_b.outcomes.size());
    for (std::size_t i = 0; i < m_a.outcomes.size(); ++i) {
        QCOMPARE(m_a.outcomes[i].accountId, m_b.outcomes[i].accountId);
        QCOMPARE(m_a.outcomes[i].kind, m_b.outcomes[i].kind);
        QCOMPARE(m_a.outcomes[i].date, m_b.outcomes[i].date);
        QCOMPARE(m_a.outcomes[i].arrChange, m_b.outcomes[i].arrChange);
    }
    QCOMPARE(m_a.dates, m_b.dates);
    for (std::size_t d = 0; d < m_a.snapshots.size(); ++d) {
        test::sameDataset(m_a.snapshots[d], m_b.snapshots[d]);
        if (QTest::currentTestFailed())
            return;
    }
    QCOMPARE(m_a.stats.snapshots, m_b.stats.snapshots);
}

void TestDemoGenerator::sameSeedSameFileBytes()
{
    // Nothing time- or machine-dependent goes into the file: two runs are byte-identical.
    DemoOptions o;
    o.accounts = 60;
    o.weeks = 10;
    QByteArray bytes[2];
    for (int run = 0; run < 2; ++run) {
        const QString path = m_dir.filePath(u"bytes-%1.tierlab"_s.arg(run));
        QVERIFY(DemoGenerator::generateFile(path, o));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        bytes[run] = f.readAll();
    }
    QVERIFY(bytes[0].size() > 0);
    QVERIFY(bytes[0] == bytes[1]);
}

void TestDemoGenerator::differentSeedDiffers()
{
    QCOMPARE(m_c.accounts.size(), m_a.accounts.size());
    int sameArr = 0;
    for (std::size_t i = 0; i < m_a.accounts.size(); ++i)
        sameArr += m_a.accounts[i].arr == m_c.accounts[i].arr ? 1 : 0;
    QVERIFY(sameArr < kAccounts / 20);
    QVERIFY(m_a.stats.snapshots != m_c.stats.snapshots || m_a.outcomes.size() != m_c.outcomes.size());
    const Dataset &x = m_a.snapshots.front();
    const Dataset &y = m_c.snapshots.front();
    const int cx = x.columnIndex(u"logins_per_user_30d"_s);
    const int cy = y.columnIndex(u"logins_per_user_30d"_s);
    int same = 0;
    for (std::size_t r = 0; r < x.size(); ++r)
        same += test::sameBits(x.columns[std::size_t(cx)].numbers[r], y.columns[std::size_t(cy)].numbers[r]) ? 1 : 0;
    QVERIFY(same < kAccounts / 5);
}

void TestDemoGenerator::counts()
{
    QCOMPARE(int(m_a.accounts.size()), kAccounts);
    QCOMPARE(m_a.stats.accounts, kAccounts);
    QCOMPARE(m_a.accounts.front().id, u"ACC-00001"_s);
    QCOMPARE(m_a.accounts.back().id, u"ACC-00400"_s);
    QCOMPARE(int(m_a.dates.size()), 104);
    QCOMPARE(m_a.dates.back(), QDate(2026, 11, 2));
    QCOMPARE(m_a.dates.front(), QDate(2024, 11, 11));   // 103 weeks earlier
    for (std::size_t i = 1; i < m_a.dates.size(); ++i)
        QCOMPARE(m_a.dates[i - 1].daysTo(m_a.dates[i]), 7);
    QCOMPARE(m_a.dates.front().dayOfWeek(), 1);   // Monday, like the last one
    std::int64_t rows = 0;
    for (const Dataset &ds : m_a.snapshots)
        rows += std::int64_t(ds.size());
    QCOMPARE(rows, m_a.stats.snapshots);
    QCOMPARE(int(m_a.snapshots.front().size()), kAccounts);   // nobody churned before the first as_of
    auto summary = m_a.ws->summary();
    QVERIFY(summary);
    QCOMPARE(summary->snapshotRows, m_a.stats.snapshots);
    QCOMPARE(summary->models, 0);

    std::set<QString> segments, csms;
    for (const AccountRecord &a : m_a.accounts) {
        segments.insert(a.segment);
        csms.insert(a.csm);
        QVERIFY(!a.name.isEmpty());
        QVERIFY(a.arr >= 100 && std::fmod(a.arr, 100.0) == 0);
        QVERIFY(a.renewalDate.isValid());
    }
    QCOMPARE(segments, (std::set<QString>{u"Enterprise"_s, u"Mid-Market"_s, u"SMB"_s}));
    QCOMPARE(int(csms.size()), 10);
}

void TestDemoGenerator::metaAndCatalogue()
{
    QCOMPARE(*m_a.ws->meta(u"demo.seed"_s), u"42"_s);
    QCOMPARE(*m_a.ws->meta(u"demo.accounts"_s), u"400"_s);
    QCOMPARE(*m_a.ws->meta(u"demo.weeks"_s), u"104"_s);
    QCOMPARE(*m_a.ws->meta(u"demo.last_as_of"_s), u"2026-11-02"_s);
    QCOMPARE(*m_a.ws->meta(u"demo.generator_version"_s), u"2"_s);

    auto catalogue = m_a.ws->signalCatalogue();
    QVERIFY(catalogue);
    const std::map<QString, SignalType> expected = {
        {u"logins_per_user_30d"_s, SignalType::Number},    {u"active_seat_ratio"_s, SignalType::Number},
        {u"feature_adoption_pct"_s, SignalType::Number},   {u"integrations_connected"_s, SignalType::Number},
        {u"nps_score"_s, SignalType::Number},              {u"support_sentiment"_s, SignalType::Number},
        {u"open_tickets"_s, SignalType::Number},           {u"open_p1_tickets"_s, SignalType::Number},
        {u"days_since_csm_touch"_s, SignalType::Number},   {u"exec_sponsor_engaged"_s, SignalType::Flag},
        {u"champion_left"_s, SignalType::Flag},            {u"payment_days_late"_s, SignalType::Number},
        {u"contract_type"_s, SignalType::Category},        {u"webinar_attendance"_s, SignalType::Number},
        {u"marketing_emails_opened"_s, SignalType::Number}};
    QCOMPARE(catalogue->size(), expected.size());
    for (const SignalInfo &info : *catalogue) {
        const auto it = expected.find(info.id);
        QVERIFY2(it != expected.end(), qPrintable(info.id));
        QCOMPARE(info.type, it->second);
        QCOMPARE(info.originalName, info.id);
        QVERIFY(!info.label.isEmpty() && info.label != info.id);
    }
}

void TestDemoGenerator::valueRanges_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<double>("lo");
    QTest::addColumn<double>("hi");
    QTest::addColumn<bool>("integral");
    QTest::addColumn<double>("decimals");   // 10^k: values are rounded to k decimals
    QTest::newRow("logins") << u"logins_per_user_30d"_s << 0.0 << 40.0 << false << 10.0;
    QTest::newRow("seats") << u"active_seat_ratio"_s << 0.0 << 1.0 << false << 1000.0;
    QTest::newRow("adoption") << u"feature_adoption_pct"_s << 0.0 << 100.0 << false << 10.0;
    QTest::newRow("integrations") << u"integrations_connected"_s << 0.0 << 12.0 << true << 1.0;
    QTest::newRow("nps") << u"nps_score"_s << 0.0 << 10.0 << true << 1.0;
    QTest::newRow("sentiment") << u"support_sentiment"_s << -1.0 << 1.0 << false << 100.0;
    QTest::newRow("tickets") << u"open_tickets"_s << 0.0 << 60.0 << true << 1.0;
    QTest::newRow("p1") << u"open_p1_tickets"_s << 0.0 << 30.0 << true << 1.0;
    QTest::newRow("csm touch") << u"days_since_csm_touch"_s << 0.0 << 1200.0 << true << 1.0;
    QTest::newRow("sponsor") << u"exec_sponsor_engaged"_s << 0.0 << 1.0 << true << 1.0;
    QTest::newRow("champion") << u"champion_left"_s << 0.0 << 1.0 << true << 1.0;
    QTest::newRow("payment") << u"payment_days_late"_s << 0.0 << 120.0 << true << 1.0;
    QTest::newRow("webinars") << u"webinar_attendance"_s << 0.0 << 60.0 << true << 1.0;
    QTest::newRow("emails") << u"marketing_emails_opened"_s << 0.0 << 200.0 << true << 1.0;
}

void TestDemoGenerator::valueRanges()
{
    QFETCH(QString, id);
    QFETCH(double, lo);
    QFETCH(double, hi);
    QFETCH(bool, integral);
    QFETCH(double, decimals);
    double seenLo = 1e300, seenHi = -1e300;
    std::set<double> distinct;
    for (const Dataset &ds : m_a.snapshots) {
        const int c = ds.columnIndex(id);
        QVERIFY(c >= 0);
        for (double v : ds.columns[std::size_t(c)].numbers) {
            if (std::isnan(v))
                continue;
            QVERIFY2(v >= lo && v <= hi, qPrintable(u"%1 = %2"_s.arg(id).arg(v)));
            QVERIFY(!std::signbit(v) || v < 0);   // no "-0"
            if (integral)
                QCOMPARE(v, std::round(v));
            QCOMPARE(std::round(v * decimals) / decimals, v);
            seenLo = std::min(seenLo, v);
            seenHi = std::max(seenHi, v);
            if (distinct.size() < 50)
                distinct.insert(v);
        }
    }
    // Each signal varies: at least two values, and the range is not degenerate.
    QVERIFY(distinct.size() >= 2);
    QVERIFY(seenHi > seenLo);
}

void TestDemoGenerator::ticketConsistency()
{
    std::set<QString> contracts;
    for (const Dataset &ds : m_a.snapshots) {
        const Column &open = ds.columns[std::size_t(ds.columnIndex(u"open_tickets"_s))];
        const Column &p1 = ds.columns[std::size_t(ds.columnIndex(u"open_p1_tickets"_s))];
        const Column &sentiment = ds.columns[std::size_t(ds.columnIndex(u"support_sentiment"_s))];
        const Column &contract = ds.columns[std::size_t(ds.columnIndex(u"contract_type"_s))];
        for (std::size_t r = 0; r < ds.size(); ++r) {
            QVERIFY(!std::isnan(open.numbers[r]) && !std::isnan(p1.numbers[r]));
            QVERIFY(p1.numbers[r] <= open.numbers[r]);
            // Sentiment comes from tickets: missing exactly when there are none.
            QCOMPARE(std::isnan(sentiment.numbers[r]), !(open.numbers[r] > 0));
            QVERIFY(contract.codes[r] != kMissingCode);
            contracts.insert(contract.dictionary[std::size_t(contract.codes[r])]);
        }
    }
    QCOMPARE(contracts, (std::set<QString>{u"Monthly"_s, u"One year"_s, u"Two year"_s}));
}

double TestDemoGenerator::missingRate(const QString &signalId) const
{
    std::int64_t missing = 0, rows = 0;
    for (const Dataset &ds : m_a.snapshots) {
        const Column &c = ds.columns[std::size_t(ds.columnIndex(signalId))];
        for (std::size_t r = 0; r < ds.size(); ++r)
            missing += c.isMissing(r) ? 1 : 0;
        rows += std::int64_t(ds.size());
    }
    return double(missing) / double(rows);
}

void TestDemoGenerator::missingRates_data()
{
    // Designed rates (docs/demo.md) with room for a 400-account sample; per-account gaps
    // (CSM touch, sponsor, webinars) vary more than per-week ones.
    QTest::addColumn<QString>("id");
    QTest::addColumn<double>("lo");
    QTest::addColumn<double>("hi");
    QTest::newRow("logins 1.5 %") << u"logins_per_user_30d"_s << 0.008 << 0.025;
    QTest::newRow("seats 2 %") << u"active_seat_ratio"_s << 0.012 << 0.03;
    QTest::newRow("adoption 3 %") << u"feature_adoption_pct"_s << 0.02 << 0.04;
    QTest::newRow("integrations 0.5 %") << u"integrations_connected"_s << 0.002 << 0.01;
    QTest::newRow("nps 70 %") << u"nps_score"_s << 0.62 << 0.78;
    QTest::newRow("sentiment ~30 %") << u"support_sentiment"_s << 0.15 << 0.45;
    QTest::newRow("tickets 0 %") << u"open_tickets"_s << 0.0 << 0.0;   // events: always known
    QTest::newRow("csm touch 3 %") << u"days_since_csm_touch"_s << 0.005 << 0.07;
    QTest::newRow("sponsor ~5 %") << u"exec_sponsor_engaged"_s << 0.02 << 0.10;
    QTest::newRow("champion 0 %") << u"champion_left"_s << 0.0 << 0.0;
    QTest::newRow("payment 2 %") << u"payment_days_late"_s << 0.012 << 0.03;
    QTest::newRow("contract 0 %") << u"contract_type"_s << 0.0 << 0.0;
    QTest::newRow("webinars ~10 %") << u"webinar_attendance"_s << 0.06 << 0.16;
    QTest::newRow("emails 5 %") << u"marketing_emails_opened"_s << 0.035 << 0.065;
}

void TestDemoGenerator::missingRates()
{
    QFETCH(QString, id);
    QFETCH(double, lo);
    QFETCH(double, hi);
    const double rate = missingRate(id);
    QVERIFY2(rate >= lo && rate <= hi, qPrintable(u"%1 missing %2"_s.arg(id).arg(rate)));
}

void TestDemoGenerator::outcomes()
{
    std::map<OutcomeKind, int> kinds;
    std::map<QString, std::vector<const OutcomeRecord *>> byAccount;
    std::map<QString, const AccountRecord *> accounts;
    for (const AccountRecord &a : m_a.accounts)
        accounts[a.id] = &a;
    for (const OutcomeRecord &o : m_a.outcomes) {
        ++kinds[o.kind];
        byAccount[o.accountId].push_back(&o);
        QVERIFY(o.date > m_a.dates.front() && o.date <= m_a.dates.back());
        QVERIFY(!o.snapshotAsOf.isValid());
        QVERIFY(!std::isnan(o.arrChange));
        QVERIFY(o.kind != OutcomeKind::Retained);   // the demo writes renewal events only
        if (o.kind == OutcomeKind::Renewed) {
            QCOMPARE(o.arrChange, 0.0);
        } else {
            QVERIFY(o.arrChange != 0);
            QCOMPARE(o.arrChange > 0, o.kind == OutcomeKind::Expanded);   // churn and contraction lose ARR
        }
    }
    QCOMPARE(kinds[OutcomeKind::Churned], m_a.stats.churned);
    QCOMPARE(kinds[OutcomeKind::Renewed], m_a.stats.renewed);
    QCOMPARE(kinds[OutcomeKind::Expanded], m_a.stats.expanded);
    QCOMPARE(kinds[OutcomeKind::Contracted], m_a.stats.contracted);
    for (OutcomeKind k : {OutcomeKind::Churned, OutcomeKind::Renewed, OutcomeKind::Expanded, OutcomeKind::Contracted})
        QVERIFY2(kinds[k] > 10, qPrintable(outcomeKindName(k)));
    // Churn is a minority outcome at a renewal (designed ~13 %, allowed 7-22 % on 400 accounts).
    const double churnShare = double(kinds[OutcomeKind::Churned]) / double(m_a.outcomes.size());
    QVERIFY2(churnShare > 0.07 && churnShare < 0.22, qPrintable(QString::number(churnShare)));

    for (const auto &[id, list] : byAccount) {
        const AccountRecord *account = accounts.at(id);
        QDate previous;
        for (std::size_t i = 0; i < list.size(); ++i) {
            QVERIFY(!previous.isValid() || list[i]->date > previous);
            previous = list[i]->date;
            if (list[i]->kind == OutcomeKind::Churned) {
                QCOMPARE(i, list.size() - 1);   // nothing after a churn
                QCOMPARE(account->renewalDate, list[i]->date);
                QCOMPARE(list[i]->arrChange, -account->arr);   // the whole ARR at churn is lost
            }
        }
        if (list.back()->kind != OutcomeKind::Churned)
            QVERIFY(account->renewalDate > m_a.dates.back());   // the next renewal lies ahead
    }
}

void TestDemoGenerator::noSnapshotAfterChurn()
{
    std::map<QString, QDate> churnDate;
    for (const OutcomeRecord &o : m_a.outcomes) {
        if (o.kind == OutcomeKind::Churned)
            churnDate[o.accountId] = o.date;
    }
    QVERIFY(!churnDate.empty());
    std::map<QString, QDate> lastSeen;
    std::map<QString, int> seen;
    for (const Dataset &ds : m_a.snapshots) {
        for (const QString &id : ds.accountIds) {
            lastSeen[id] = ds.asOf;
            ++seen[id];
        }
    }
    for (const AccountRecord &a : m_a.accounts) {
        const auto churn = churnDate.find(a.id);
        if (churn == churnDate.end()) {
            QCOMPARE(seen[a.id], 104);
            continue;
        }
        // Observed every week up to the last as_of before the churn date, never on or after it.
        QVERIFY(lastSeen[a.id] < churn->second);
        QVERIFY(lastSeen[a.id].daysTo(churn->second) <= 7);
        QCOMPARE(seen[a.id], int((m_a.dates.front().daysTo(churn->second) + 6) / 7));
    }
}

void TestDemoGenerator::churnersLookWorse90DaysBefore()
{
    // Group means ~90 days before a renewal: the one churned accounts left at, against the ones
    // that renewed (renewed, expanded or contracted).
    const QDate first = m_a.dates.front();
    struct Group
    {
        int n = 0;
        double latent = 0, logins = 0, seats = 0;
    } churned, retained;
    const DemoOptions options = testOptions(42);
    for (const OutcomeRecord &o : m_a.outcomes) {
        const qint64 day = first.daysTo(o.date.addDays(-90));
        if (day < 0)
            continue;
        const int week = int(day / 7);
        const Dataset &ds = m_a.snapshots[std::size_t(week)];
        const int row = ds.rowOf(o.accountId);
        QVERIFY(row >= 0);
        const double logins = ds.columns[std::size_t(ds.columnIndex(u"logins_per_user_30d"_s))].numbers[std::size_t(row)];
        const double seats = ds.columns[std::size_t(ds.columnIndex(u"active_seat_ratio"_s))].numbers[std::size_t(row)];
        if (std::isnan(logins) || std::isnan(seats))
            continue;
        Group &g = o.kind == OutcomeKind::Churned ? churned : retained;
        ++g.n;
        g.latent += DemoGenerator::latentHealth(options, accountIndexOf(o.accountId))[std::size_t(week)];
        g.logins += logins;
        g.seats += seats;
    }
    QVERIFY(churned.n >= 30);
    QVERIFY(retained.n >= 200);
    for (Group *g : {&churned, &retained}) {
        g->latent /= g->n;
        g->logins /= g->n;
        g->seats /= g->n;
    }
    const QString report = u"churned n=%1 latent %2 logins %3 seats %4; retained n=%5 latent %6 logins %7 seats %8"_s
                               .arg(churned.n).arg(churned.latent).arg(churned.logins).arg(churned.seats)
                               .arg(retained.n).arg(retained.latent).arg(retained.logins).arg(retained.seats);
    qInfo().noquote() << report;
    QVERIFY2(churned.latent < retained.latent - 0.5, qPrintable(report));
    QVERIFY2(churned.logins < 0.85 * retained.logins, qPrintable(report));
    QVERIFY2(churned.seats < retained.seats - 0.1, qPrintable(report));
}

void TestDemoGenerator::latentHealthIsRecomputable()
{
    const DemoOptions options = testOptions(42);
    const std::vector<double> a = DemoGenerator::latentHealth(options, 17);
    QCOMPARE(int(a.size()), options.weeks);
    QCOMPARE(DemoGenerator::latentHealth(options, 17), a);
    QVERIFY(DemoGenerator::latentHealth(options, 18) != a);
    QVERIFY(DemoGenerator::latentHealth(testOptions(43), 17) != a);
    // It drifts from week to week but is not white noise (mean reversion is slow).
    double step = 0;
    for (std::size_t w = 1; w < a.size(); ++w)
        step += std::abs(a[w] - a[w - 1]);
    step /= double(a.size() - 1);
    QVERIFY(step > 0.02 && step < 0.4);
    // Never stored: the catalogue has only the 15 observable signals, none named like it.
    auto catalogue = m_a.ws->signalCatalogue();
    QVERIFY(catalogue);
    for (const SignalInfo &info : *catalogue)
        QVERIFY(!info.id.contains(u"latent"_s) && !info.id.contains(u"health"_s));
}

void TestDemoGenerator::invalidOptions_data()
{
    QTest::addColumn<int>("accounts");
    QTest::addColumn<int>("weeks");
    QTest::addColumn<bool>("validDate");
    QTest::newRow("zero accounts") << 0 << 104 << true;
    QTest::newRow("negative accounts") << -5 << 104 << true;
    QTest::newRow("too many accounts") << 1000001 << 104 << true;
    QTest::newRow("zero weeks") << 10 << 0 << true;
    QTest::newRow("too many weeks") << 10 << 521 << true;
    QTest::newRow("invalid date") << 10 << 4 << false;
}

void TestDemoGenerator::invalidOptions()
{
    QFETCH(int, accounts);
    QFETCH(int, weeks);
    QFETCH(bool, validDate);
    DemoOptions o;
    o.accounts = accounts;
    o.weeks = weeks;
    if (!validDate)
        o.lastAsOf = QDate();
    const QString path = m_dir.filePath(u"invalid-%1.tierlab"_s.arg(QString::fromLatin1(QTest::currentDataTag())));
    auto r = DemoGenerator::generateFile(path, o);
    QVERIFY(!r);
    QCOMPARE(r.error().code, Error::Code::Invalid);
    QVERIFY(!r.error().message.isEmpty());
    QVERIFY(!QFile::exists(path));
}

void TestDemoGenerator::existingFileRefused()
{
    const QString path = m_dir.filePath(u"existing.tierlab"_s);
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("keep me");
    }
    DemoOptions o;
    o.accounts = 5;
    o.weeks = 2;
    auto r = DemoGenerator::generateFile(path, o);
    QVERIFY(!r);
    QCOMPARE(r.error().code, Error::Code::Io);
    QVERIFY2(r.error().message.contains(u"existing.tierlab"_s), qPrintable(r.error().message));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("keep me"));
}

void TestDemoGenerator::cancelRollsBack()
{
    auto ws = Workspace::open(m_dir.filePath(u"cancel.tierlab"_s), Workspace::OpenMode::CreateNew);
    QVERIFY(ws);
    DemoOptions o;
    o.accounts = 300;
    o.weeks = 3;
    int calls = 0;
    auto r = DemoGenerator::generate(**ws, o, [&](int done, int total) {
        ++calls;
        return done < 200 && total == 300;
    });
    QVERIFY(!r);
    QCOMPARE(r.error().code, Error::Code::Cancelled);
    QCOMPARE(calls, 2);
    QVERIFY(!(*ws)->inTransaction());
    QCOMPARE((*ws)->accounts()->size(), std::size_t(0));
    QCOMPARE((*ws)->asOfDates()->size(), std::size_t(0));
    QCOMPARE((*ws)->outcomes()->size(), std::size_t(0));
    QCOMPARE((*ws)->signalCatalogue()->size(), std::size_t(0));
    QVERIFY((*ws)->meta(u"demo.seed"_s)->isEmpty());

    // The same workspace takes a complete run afterwards.
    auto again = DemoGenerator::generate(**ws, o);
    QVERIFY(again);
    QCOMPARE(again->accounts, 300);
    QCOMPARE(int((*ws)->accounts()->size()), 300);
}

void TestDemoGenerator::cancelRemovesNewFile()
{
    const QString path = m_dir.filePath(u"cancelled-file.tierlab"_s);
    DemoOptions o;
    o.accounts = 150;
    o.weeks = 2;
    auto r = DemoGenerator::generateFile(path, o, [](int, int) { return false; });
    QVERIFY(!r);
    QCOMPARE(r.error().code, Error::Code::Cancelled);
    QVERIFY(!QFile::exists(path));
}

void TestDemoGenerator::progressReported()
{
    DemoOptions o;
    o.accounts = 250;
    o.weeks = 2;
    std::vector<std::pair<int, int>> calls;
    auto r = DemoGenerator::generateFile(m_dir.filePath(u"progress.tierlab"_s), o, [&](int done, int total) {
        calls.emplace_back(done, total);
        return true;
    });
    QVERIFY(r);
    // One chunk of 250 accounts written week by week: half of it after week 1, all after week 2.
    QCOMPARE(calls, (std::vector<std::pair<int, int>>{{125, 250}, {250, 250}}));
    QCOMPARE(r->accounts, 250);
    QVERIFY(r->snapshots > 0 && r->snapshots <= 500);
}

void TestDemoGenerator::cli_data()
{
    QTest::addColumn<QStringList>("args");      // FILE stands for the output path
    QTest::addColumn<QByteArray>("existing");   // content written to FILE first, or empty
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("expected");      // in stdout (exit 0) or stderr
    const QStringList small = {u"--accounts"_s, u"30"_s, u"--weeks"_s, u"6"_s};
    QTest::newRow("writes") << (QStringList{u"--out"_s, u"FILE"_s} + small + QStringList{u"--seed"_s, u"5"_s})
                            << QByteArray() << 0 << u"30 accounts"_s;
    QTest::newRow("exists") << (QStringList{u"--out"_s, u"FILE"_s} + small) << QByteArray("old") << 1
                            << u"--force"_s;
    QTest::newRow("force") << (QStringList{u"--out"_s, u"FILE"_s, u"--force"_s} + small) << QByteArray("old") << 0
                           << u"30 accounts"_s;
    QTest::newRow("no --out") << small << QByteArray() << 2 << u"--out"_s;
    QTest::newRow("bad accounts") << QStringList{u"--out"_s, u"FILE"_s, u"--accounts"_s, u"many"_s} << QByteArray()
                                  << 2 << u"many"_s;
    QTest::newRow("zero accounts") << QStringList{u"--out"_s, u"FILE"_s, u"--accounts"_s, u"0"_s} << QByteArray()
                                   << 2 << u"accounts"_s;
    QTest::newRow("bad weeks") << QStringList{u"--out"_s, u"FILE"_s, u"--weeks"_s, u"1.5"_s} << QByteArray() << 2
                               << u"1.5"_s;
    QTest::newRow("negative seed") << QStringList{u"--out"_s, u"FILE"_s, u"--seed"_s, u"-3"_s} << QByteArray() << 2
                                   << u"-3"_s;
    QTest::newRow("unknown option") << QStringList{u"--out"_s, u"FILE"_s, u"--colour"_s} << QByteArray() << 2
                                    << u"colour"_s;
}

void TestDemoGenerator::cli()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, existing);
    QFETCH(int, exitCode);
    QFETCH(QString, expected);
    if (!QFile::exists(QStringLiteral(TIERLAB_CLI)))
        QSKIP("the tierlab executable is not built");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"demo.tierlab"_s);
    if (!existing.isEmpty()) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(existing);
    }
    args.replaceInStrings(u"FILE"_s, path);
    QProcess p;
    p.start(QStringLiteral(TIERLAB_CLI), QStringList{u"demo"_s} + args);
    QVERIFY(p.waitForFinished(60000));
    const QString out = QString::fromUtf8(p.readAllStandardOutput());
    const QString err = QString::fromUtf8(p.readAllStandardError());
    QCOMPARE(p.exitStatus(), QProcess::NormalExit);
    QVERIFY2(p.exitCode() == exitCode, qPrintable(out + err));
    QVERIFY2((exitCode == 0 ? out : err).contains(expected), qPrintable(out + err));
    if (exitCode == 0) {
        QCOMPARE(out.count(u'\n'), 1);   // a one-line summary
        auto ws = Workspace::open(path);
        QVERIFY(ws);
        QCOMPARE(int((*ws)->accounts()->size()), 30);
    } else if (!existing.isEmpty()) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), existing);   // untouched
    }
}

QTEST_GUILESS_MAIN(TestDemoGenerator)
#include "tst_demogenerator.moc"
