// Tests of Review on a small hand-made workspace whose every figure is worked out below.
//
// Model: one category "c"; signals usage (weight 3) and support (weight 1), both linear 0 → 100,
// missing = skip. Score = (3·usage + support) / 4. Tiers: red ≥ 0, yellow ≥ 40, green ≥ 70.
// Weeks (as_of): W0 2025-12-29, W1 2026-01-05, W2 2026-01-12, W3 2026-01-19, W4 2026-01-26.
// Unless noted usage = support = the score.
//
//  id   csm  seg  ARR    renewal     W0  W1  W2  W3  W4
//  A01  Ann  SMB  1000   2026-03-01  80  80  80  80  60      green → yellow, −20
//  A02  Ann  SMB  2000   –           65  65  65  65  50      −15 (exactly the threshold)
//  A03  Bob  ENT  5000   2026-01-25  64  64  64  64  49.5    −14.5 (not a mover); renewal before the week
//  A04  Bob  ENT  3000   2026-02-15  20  20  20  20  20      red at W2, W3, W4
//  A05  Ann  MM   4000   –           30  30  30  45  35      yellow → red (−10); red at W2, W4 only
//  A06  Bob  SMB  6000   2026-04-20  30  30  30  30  80      red → green (usage 90, support 50)
//  A07  Ann  SMB   500   2026-04-26   –   –   –   –  90      new; renewal = week + 90 days
//  A08  Bob  ENT   700   –           50  50  50  50   –      gone
//  A09  Ann  SMB   800   2026-02-01  ··  ··  ··  ··  ··      present, no values: unscored
//  A10  Bob  MM  10000   2026-01-26  85  85  85  85  85      renewal on the week itself
//  A11  Ann  MM    900   2026-04-27  50  50  50  50  50      renewal = week + 91 days (outside)
//
// Review of W4 (previous W3):
//  W4 tiers: red A04 A05 (2, 7000); yellow A01 A02 A03 A11 (4, 8900); green A06 A07 A10 (3, 16500);
//            unscored A09 (800). Accounts 10, ARR 33200.
//  W3 tiers: red A04 A06 (2, 9000); yellow A02 A03 A05 A08 A11 (5, 12600); green A01 A10 (2, 11000).
//  New A07 (500), gone A08 (700).
//  Transitions: red→red A04 3000; red→green A06 6000; yellow→red A05 4000; yellow→yellow A02 A03 A11
//               7900; green→yellow A01 1000; green→green A10 10000.
//  Movers: dropped_tier A01 (80→60), A05 (45→35); fell_points A01 (−20), A02 (−15); worst_14_days A04
//          (window [01-12, 01-26] = W2 W3 W4); recovered A06 (30→80).
//  Drivers: A01 usage ¾·(−20) = −15, support ¼·(−20) = −5; A06 usage ¾·60 = +45, support ¼·20 = +5.
//  Renewals (window [01-26, 04-26]): A04 20, A01 60, A06 80, A10 85, A07 90, A09 unscored;
//           at risk A04 + A01 = 4000.
//  Expansion (green now; reference = latest as_of ≤ 12-29 = W0): A07 90 (renewing), A10 85
//           (renewing, not rising), A06 80 (renewing, rising 30 → 80).
#include "analysis/historyscorer.h"
#include "analysis/review.h"
#include "engine/scoringengine.h"
#include "model/modelfile.h"
#include "store/snapshotcodec.h"
#include "store/workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <map>
#include <optional>

using namespace tierlab;

namespace {

const QDate W0(2025, 12, 29), W1(2026, 1, 5), W2(2026, 1, 12), W3(2026, 1, 19), W4(2026, 1, 26);

struct Row
{
    const char *id;
    const char *csm;
    const char *segment;
    double arr;
    QDate renewal;
    std::optional<double> weeks[5];   // nullopt: no snapshot that week; NaN: a snapshot without values
};

constexpr double U = std::numeric_limits<double>::quiet_NaN();
const auto N = std::nullopt;

std::vector<Row> rows()
{
    return {
        {"A01", "Ann", "SMB", 1000, QDate(2026, 3, 1), {80, 80, 80, 80, 60}},
        {"A02", "Ann", "SMB", 2000, QDate(), {65, 65, 65, 65, 50}},
        {"A03", "Bob", "ENT", 5000, QDate(2026, 1, 25), {64, 64, 64, 64, 49.5}},
        {"A04", "Bob", "ENT", 3000, QDate(2026, 2, 15), {20, 20, 20, 20, 20}},
        {"A05", "Ann", "MM", 4000, QDate(), {30, 30, 30, 45, 35}},
        {"A06", "Bob", "SMB", 6000, QDate(2026, 4, 20), {30, 30, 30, 30, -1}},   // -1: usage 90, support 50
        {"A07", "Ann", "SMB", 500, QDate(2026, 4, 26), {N, N, N, N, 90}},
        {"A08", "Bob", "ENT", 700, QDate(), {50, 50, 50, 50, N}},
        {"A09", "Ann", "SMB", 800, QDate(2026, 2, 1), {U, U, U, U, U}},
        {"A10", "Bob", "MM", 10000, QDate(2026, 1, 26), {85, 85, 85, 85, 85}},
        {"A11", "Ann", "MM", 900, QDate(2026, 4, 27), {50, 50, 50, 50, 50}},
    };
}

const QByteArray kModel = R"({"format":"tierlab-model","version":1,"name":"Review test",
  "categories":[{"id":"c","weight":1}],
  "signals":[{"id":"usage","category":"c","weight":3,"rule":{"kind":"linear","worst":0,"best":100}},
             {"id":"support","category":"c","weight":1,"rule":{"kind":"linear","worst":0,"best":100}}],
  "tiers":[{"id":"red","label":"Red","min":0},{"id":"yellow","label":"Yellow","min":40},
           {"id":"green","label":"Green","min":70}]})";

Model parse(QByteArray json)
{
    auto m = ModelFile::fromJson(json);
    if (!m)
        qFatal("bad test model: %s", qPrintable(m.error().message));
    return *m;
}

const ReviewMover *findMover(const ReviewResult &r, const QString &id, MoverKind kind)
{
    for (const ReviewMover &m : r.movers) {
        if (m.accountId == id && m.is(kind))
            return &m;
    }
    return nullptr;
}

// "dropped_tier+fell_points:A01": one entry per account, every kind of it.
QStringList moverList(const ReviewResult &r)
{
    QStringList out;
    for (const ReviewMover &m : r.movers)
        out << moverKindNames(m).join(u'+') + u':' + m.accountId;
    return out;
}

} // namespace

class TestReview : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void tierDistribution();
    void transitions();
    void movers();
    void fellPointsThreshold_data();
    void fellPointsThreshold();
    void drivers();
    void renewals();
    void renewalWindow_data();
    void renewalWindow();
    void expansion();
    void filters_data();
    void filters();
    void trend();
    void stability();
    void firstWeek();
    void errors();
    void previousModelConfiguration();
    void json();

private:
    ReviewResult review(const ReviewOptions &options = {});

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
    std::unique_ptr<HistoryScorer> m_history;
};

void TestReview::initTestCase()
{
    QVERIFY(m_dir.isValid());
    auto ws = Workspace::open(m_dir.filePath(QStringLiteral("review.tierlab")), Workspace::OpenMode::CreateNew);
    QVERIFY2(ws, qPrintable(ws ? QString() : ws.error().message));
    m_ws = std::move(*ws);
    SignalInfo usage;
    usage.id = QStringLiteral("usage");
    usage.label = QStringLiteral("Usage");
    SignalInfo support;
    support.id = QStringLiteral("support");
    support.label = QStringLiteral("Support");
    auto u = m_ws->ensureSignal(usage);
    auto s = m_ws->ensureSignal(support);
    QVERIFY(u && s);
    const QDate weeks[5] = {W0, W1, W2, W3, W4};
    QVERIFY(m_ws->begin());
    for (const Row &row : rows()) {
        AccountRecord a;
        a.id = QString::fromLatin1(row.id);
        a.name = QStringLiteral("Account ") + a.id;
        a.csm = QString::fromLatin1(row.csm);
        a.segment = QString::fromLatin1(row.segment);
        a.arr = row.arr;
        a.renewalDate = row.renewal;
        auto key = m_ws->upsertAccount(a);
        QVERIFY2(key, qPrintable(key ? QString() : key.error().message));
        for (int w = 0; w < 5; ++w) {
            if (!row.weeks[w])
                continue;
            SnapshotCodec::Builder b;
            const double v = *row.weeks[w];
            if (v == -1) {
                b.addNumber(u->index, 90);
                b.addNumber(s->index, 50);
            } else {
                b.addNumber(u->index, v);   // NaN is skipped: no values at all
                b.addNumber(s->index, v);
            }
            QVERIFY(m_ws->putSnapshot(*key, weeks[w], b.data()));
        }
    }
    QVERIFY(m_ws->commit());
    m_history = std::make_unique<HistoryScorer>(*m_ws);
    QVERIFY(m_history->setModel(parse(kModel)));
}

ReviewResult TestReview::review(const ReviewOptions &options)
{
    auto r = Review::compute(*m_history, options);
    if (!r)
        qFatal("review failed: %s", qPrintable(r.error().message));
    return *r;
}

void TestReview::tierDistribution()
{
    const ReviewResult r = review();
    QCOMPARE(r.week, W4);
    QCOMPARE(r.previousWeek, W3);
    QCOMPARE(r.modelName, QStringLiteral("Review test"));
    QCOMPARE(r.tiers.size(), std::size_t(3));
    QCOMPARE(r.tiers[0].id, QStringLiteral("red"));
    QCOMPARE(r.tiers[0].accounts, 2);
    QCOMPARE(r.tiers[0].arr, 7000.0);
    QCOMPARE(r.tiers[1].accounts, 4);
    QCOMPARE(r.tiers[1].arr, 8900.0);
    QCOMPARE(r.tiers[2].accounts, 3);
    QCOMPARE(r.tiers[2].arr, 16500.0);
    QCOMPARE(r.unscored, 1);
    QCOMPARE(r.unscoredArr, 800.0);
    QCOMPARE(r.accounts, 10);
    QCOMPARE(r.totalArr, 33200.0);

    QCOMPARE(r.tiers[0].previousAccounts, 2);
    QCOMPARE(r.tiers[0].previousArr, 9000.0);
    QCOMPARE(r.tiers[1].previousAccounts, 5);
    QCOMPARE(r.tiers[1].previousArr, 12600.0);
    QCOMPARE(r.tiers[2].previousAccounts, 2);
    QCOMPARE(r.tiers[2].previousArr, 11000.0);
    QCOMPARE(r.previousUnscored, 1);
    QCOMPARE(r.previousAccounts, 10);
    QCOMPARE(r.previousTotalArr, 33400.0);

    QCOMPARE(r.newAccounts, 1);
    QCOMPARE(r.newArr, 500.0);
    QCOMPARE(r.goneAccounts, 1);
    QCOMPARE(r.goneArr, 700.0);
    QCOMPARE(r.csms, QStringList({QStringLiteral("Ann"), QStringLiteral("Bob")}));
    QCOMPARE(r.segments, QStringList({QStringLiteral("ENT"), QStringLiteral("MM"), QStringLiteral("SMB")}));
}

void TestReview::transitions()
{
    const ReviewResult r = review();
    QCOMPARE(r.transitions.size(), std::size_t(9));
    // from × to: accounts, ARR
    const std::int64_t accounts[3][3] = {{1, 0, 1}, {1, 3, 0}, {0, 1, 1}};
    const double arr[3][3] = {{3000, 0, 6000}, {4000, 7900, 0}, {0, 1000, 10000}};
    std::int64_t total = 0;
    for (int f = 0; f < 3; ++f) {
        for (int t = 0; t < 3; ++t) {
            const ReviewTransition *cell = r.transition(f, t);
            QVERIFY(cell);
            QCOMPARE(cell->accounts, accounts[f][t]);
            QCOMPARE(cell->arr, arr[f][t]);
            total += cell->accounts;
        }
    }
    // Present and scored in both weeks: 10 this week − new A07 − unscored A09.
    QCOMPARE(total, 8);
}

void TestReview::movers()
{
    const ReviewResult r = review();
    // A01 dropped a tier and fell 20 points: one row, under its first kind.
    QCOMPARE(moverList(r), QStringList({QStringLiteral("dropped_tier+fell_points:A01"), QStringLiteral("dropped_tier:A05"),
                                        QStringLiteral("fell_points:A02"), QStringLiteral("worst_14_days:A04"),
                                        QStringLiteral("recovered:A06")}));
    const ReviewMover *a01 = findMover(r, QStringLiteral("A01"), MoverKind::DroppedTier);
    QVERIFY(a01);
    QCOMPARE(a01->kind(), MoverKind::DroppedTier);
    QCOMPARE(a01->kinds, std::uint8_t(moverKindBit(MoverKind::DroppedTier) | moverKindBit(MoverKind::FellPoints)));
    QCOMPARE(moverKindsLabel(*a01), QStringLiteral("Dropped a tier; Score fell"));
    QCOMPARE(a01->fromTier, 2);
    QCOMPARE(a01->toTier, 1);
    QCOMPARE(a01->scoreBefore, 80.0);
    QCOMPARE(a01->scoreNow, 60.0);
    QCOMPARE(a01->arr, 1000.0);
    QCOMPARE(a01->csm, QStringLiteral("Ann"));
    const ReviewMover *a04 = findMover(r, QStringLiteral("A04"), MoverKind::WorstTier);
    QVERIFY(a04);
    QCOMPARE(a04->fromTier, 0);
    QCOMPARE(a04->toTier, 0);
    QVERIFY(a04->drivers.empty());   // nothing changed
    const ReviewMover *a06 = findMover(r, QStringLiteral("A06"), MoverKind::Recovered);
    QVERIFY(a06);
    QCOMPARE(a06->scoreBefore, 30.0);
    QCOMPARE(a06->scoreNow, 80.0);
}

void TestReview::fellPointsThreshold_data()
{
    QTest::addColumn<double>("threshold");
    QTest::addColumn<QStringList>("fell");
    // Falls this week: A01 20, A02 15, A03 14.5, A05 10.
    QTest::newRow("default 15") << 15.0 << QStringList{QStringLiteral("A01"), QStringLiteral("A02")};
    QTest::newRow("14.5 inclusive") << 14.5 << QStringList{QStringLiteral("A01"), QStringLiteral("A02"), QStringLiteral("A03")};
    QTest::newRow("15.01") << 15.01 << QStringList{QStringLiteral("A01")};
    QTest::newRow("10") << 10.0
                        << QStringList{QStringLiteral("A01"), QStringLiteral("A02"), QStringLiteral("A03"), QStringLiteral("A05")};
    QTest::newRow("25") << 25.0 << QStringList{};
}

void TestReview::fellPointsThreshold()
{
    QFETCH(double, threshold);
    QFETCH(QStringList, fell);
    ReviewOptions o;
    o.fellPoints = threshold;
    const ReviewResult r = review(o);
    QStringList got;
    for (const ReviewMover &m : r.movers) {
        if (m.is(MoverKind::FellPoints))
            got << m.accountId;
    }
    got.sort();   // an account that also dropped a tier is listed among the drops
    QCOMPARE(got, fell);
}

void TestReview::drivers()
{
    const ReviewResult r = review();
    const ReviewMover *a01 = findMover(r, QStringLiteral("A01"), MoverKind::FellPoints);
    QVERIFY(a01);
    QCOMPARE(a01->drivers.size(), std::size_t(2));
    QCOMPARE(a01->drivers[0].id, QStringLiteral("usage"));
    QCOMPARE(a01->drivers[0].kind, ReviewDriver::Kind::Signal);
    QCOMPARE(a01->drivers[0].points, -15.0);
    QCOMPARE(a01->drivers[1].id, QStringLiteral("support"));
    QCOMPARE(a01->drivers[1].points, -5.0);
    const ReviewMover *a06 = findMover(r, QStringLiteral("A06"), MoverKind::Recovered);
    QVERIFY(a06);
    QCOMPARE(a06->drivers.size(), std::size_t(2));
    QCOMPARE(a06->drivers[0].id, QStringLiteral("usage"));
    QCOMPARE(a06->drivers[0].points, 45.0);
    QCOMPARE(a06->drivers[1].points, 5.0);

    ReviewOptions o;
    o.maxDrivers = 1;
    const ReviewResult one = review(o);
    QCOMPARE(findMover(one, QStringLiteral("A06"), MoverKind::Recovered)->drivers.size(), std::size_t(1));
}

void TestReview::renewals()
{
    const ReviewResult r = review();
    QStringList ids;
    for (const ReviewRenewal &n : r.renewals)
        ids << n.accountId;
    QCOMPARE(ids, QStringList({QStringLiteral("A04"), QStringLiteral("A01"), QStringLiteral("A06"), QStringLiteral("A10"),
                               QStringLiteral("A07"), QStringLiteral("A09")}));
    QCOMPARE(r.renewals[0].score, 20.0);
    QCOMPARE(r.renewals[0].tier, 0);
    QCOMPARE(r.renewals[0].renewalDate, QDate(2026, 2, 15));
    QVERIFY(r.renewals[0].atRisk);
    QVERIFY(r.renewals[1].atRisk);
    QVERIFY(!r.renewals[2].atRisk);
    QVERIFY(std::isnan(r.renewals[5].score));
    QCOMPARE(r.renewals[5].tier, -1);
    QVERIFY(!r.renewals[5].atRisk);
    QCOMPARE(r.renewalsAtRisk, 2);
    QCOMPARE(r.arrAtRisk, 4000.0);
}

void TestReview::renewalWindow_data()
{
    QTest::addColumn<int>("days");
    QTest::addColumn<int>("count");
    QTest::addColumn<double>("arrAtRisk");
    // Days from the week: A10 0, A09 6, A04 20, A01 34, A06 84, A07 90, A11 91.
    QTest::newRow("0: the week day only") << 0 << 1 << 0.0;
    QTest::newRow("20") << 20 << 3 << 3000.0;
    QTest::newRow("89") << 89 << 5 << 4000.0;
    QTest::newRow("90 default") << 90 << 6 << 4000.0;
    QTest::newRow("91") << 91 << 7 << 4900.0;
}

void TestReview::renewalWindow()
{
    QFETCH(int, days);
    QFETCH(int, count);
    QFETCH(double, arrAtRisk);
    ReviewOptions o;
    o.renewalDays = days;
    const ReviewResult r = review(o);
    QCOMPARE(int(r.renewals.size()), count);
    QCOMPARE(r.arrAtRisk, arrAtRisk);
}

void TestReview::expansion()
{
    const ReviewResult r = review();
    QCOMPARE(r.expansion.size(), std::size_t(3));
    QCOMPARE(r.expansion[0].accountId, QStringLiteral("A07"));
    QVERIFY(r.expansion[0].renewingSoon);
    QVERIFY(!r.expansion[0].rising);
    QVERIFY(std::isnan(r.expansion[0].scoreThen));
    QCOMPARE(r.expansion[1].accountId, QStringLiteral("A10"));
    QVERIFY(!r.expansion[1].rising);
    QCOMPARE(r.expansion[2].accountId, QStringLiteral("A06"));
    QVERIFY(r.expansion[2].rising);
    QCOMPARE(r.expansion[2].scoreThen, 30.0);

    // With a short renewal window only the riser is left.
    ReviewOptions o;
    o.renewalDays = 10;
    const ReviewResult shortWindow = review(o);
    QStringList ids;
    for (const ReviewExpansion &e : shortWindow.expansion)
        ids << e.accountId;
    QCOMPARE(ids, QStringList({QStringLiteral("A10"), QStringLiteral("A06")}));
}

void TestReview::filters_data()
{
    QTest::addColumn<QString>("csm");
    QTest::addColumn<QString>("segment");
    QTest::addColumn<double>("arrMin");
    QTest::addColumn<double>("arrMax");
    QTest::addColumn<QList<qint64>>("counts");      // red, yellow, green, unscored this week
    QTest::addColumn<QList<qint64>>("previous");    // red, yellow, green last week
    QTest::addColumn<QStringList>("movers");
    QTest::addColumn<double>("arrAtRisk");

    const double none = std::numeric_limits<double>::quiet_NaN();
    // Ann: A01 A02 A05 A07 A09 A11 (A05 red; A01 A02 A11 yellow; A07 green; A09 unscored).
    // Last week: A05 A01? no — A01 green, A02 A05 A11 yellow.
    QTest::newRow("csm Ann") << QStringLiteral("Ann") << QString() << none << none << QList<qint64>{1, 3, 1, 1}
                             << QList<qint64>{0, 3, 1}
                             << QStringList{QStringLiteral("dropped_tier+fell_points:A01"), QStringLiteral("dropped_tier:A05"),
                                            QStringLiteral("fell_points:A02")}
                             << 1000.0;
    // ENT: A03 yellow, A04 red; last week A03 A08 yellow, A04 red.
    QTest::newRow("segment ENT") << QString() << QStringLiteral("ENT") << none << none << QList<qint64>{1, 1, 0, 0}
                                 << QList<qint64>{1, 2, 0} << QStringList{QStringLiteral("worst_14_days:A04")} << 3000.0;
    // ARR in [2000, 6000): A02 A03 A04 A05 (A06 at 6000 is out).
    QTest::newRow("ARR band") << QString() << QString() << 2000.0 << 6000.0 << QList<qint64>{2, 2, 0, 0}
                              << QList<qint64>{1, 3, 0}
                              << QStringList{QStringLiteral("dropped_tier:A05"), QStringLiteral("fell_points:A02"),
                                             QStringLiteral("worst_14_days:A04")}
                              << 3000.0;
    QTest::newRow("Bob and SMB") << QStringLiteral("Bob") << QStringLiteral("SMB") << none << none
                                 << QList<qint64>{0, 0, 1, 0} << QList<qint64>{1, 0, 0}
                                 << QStringList{QStringLiteral("recovered:A06")} << 0.0;
    QTest::newRow("no one") << QStringLiteral("Nobody") << QString() << none << none << QList<qint64>{0, 0, 0, 0}
                            << QList<qint64>{0, 0, 0} << QStringList{} << 0.0;
}

void TestReview::filters()
{
    QFETCH(QString, csm);
    QFETCH(QString, segment);
    QFETCH(double, arrMin);
    QFETCH(double, arrMax);
    QFETCH(QList<qint64>, counts);
    QFETCH(QList<qint64>, previous);
    QFETCH(QStringList, movers);
    QFETCH(double, arrAtRisk);
    ReviewOptions o;
    o.filter.csm = csm;
    o.filter.segment = segment;
    o.filter.arrMin = arrMin;
    o.filter.arrMax = arrMax;
    const ReviewResult r = review(o);
    QCOMPARE((QList<qint64>{r.tiers[0].accounts, r.tiers[1].accounts, r.tiers[2].accounts, r.unscored}), counts);
    QCOMPARE((QList<qint64>{r.tiers[0].previousAccounts, r.tiers[1].previousAccounts, r.tiers[2].previousAccounts}),
             previous);
    QCOMPARE(moverList(r), movers);
    QCOMPARE(r.arrAtRisk, arrAtRisk);
    QVERIFY(!r.filterText.isEmpty());
}

void TestReview::trend()
{
    const ReviewResult r = review();
    QCOMPARE(r.trend.size(), std::size_t(5));
    QCOMPARE(r.trend.front().week, W0);
    QCOMPARE(r.trend.back().week, W4);
    // W0: red A04 A05 A06; yellow A02 A03 A08 A11; green A01 A10; unscored A09.
    QCOMPARE(r.trend.front().accounts, (std::vector<std::int64_t>{3, 4, 2}));
    QCOMPARE(r.trend.front().arr, (std::vector<double>{13000, 8600, 11000}));
    QCOMPARE(r.trend.front().unscored, 1);
    QCOMPARE(r.trend.back().accounts, (std::vector<std::int64_t>{2, 4, 3}));
    QVERIFY(!r.trend.back().modelChanged);   // no saved version of this model

    ReviewOptions o;
    o.trendWeeks = 2;
    o.week = W3;
    const ReviewResult two = review(o);
    QCOMPARE(two.trend.size(), std::size_t(2));
    QCOMPARE(two.trend.front().week, W2);
    QCOMPARE(two.trend.back().week, W3);
}

void TestReview::stability()
{
    // Flip rate W4 vs W3: scored both weeks A01–A06, A10, A11 (8); tier changed A01, A05, A06 → 3/8.
    // Trend: W1, W2 nothing changes (9 scored both weeks), W3 A05 red → yellow (1/9), W4 3/8.
    const ReviewResult r = review();
    QCOMPARE(r.flipRate, 3.0 / 8.0);
    QVERIFY(std::isnan(r.trend[0].flipRate));
    QCOMPARE(r.trend[1].flipRate, 0.0);
    QCOMPARE(r.trend[2].flipRate, 0.0);
    QCOMPARE(r.trend[3].flipRate, 1.0 / 9.0);
    QCOMPARE(r.trend[4].flipRate, 3.0 / 8.0);
    // No as_of 12 weeks before W4: no PSI.
    QVERIFY(!r.psiBaselineWeek.isValid());
    QVERIFY(r.csi.empty());

    // Baseline W0. Its 9 scores sorted: 20 30 30 50 50 64 65 80 85, so e1…e9 are those (⌈0.9k⌉ = k).
    // Bins [20,30) [30,30) [30,50) [50,50) [50,64) [64,65) [65,80) [80,85) [85,∞), below 20 first.
    // W0: 0, 1, 0, 2, 0, 2, 1, 1, 1, 1 (ninths); W4 (20 35 49.5 50 50 60 80 85 90): 0, 1, 0, 2, 0, 3, 0, 0, 1, 2.
    ReviewOptions o;
    o.psiBaseline = W0;
    const ReviewResult d = review(o);
    QCOMPARE(d.psiBaselineWeek, W0);
    QCOMPARE(d.psi.edges, (std::vector<double>{20, 30, 30, 50, 50, 64, 65, 80, 85}));
    const std::vector<double> b{0, 1, 0, 2, 0, 2, 1, 1, 1, 1}, t{0, 1, 0, 2, 0, 3, 0, 0, 1, 2};
    double expected = 0;
    for (std::size_t j = 0; j < 10; ++j) {
        const double pb = b[j] == 0 ? 0.0001 : b[j] / 9, pt = t[j] == 0 ? 0.0001 : t[j] / 9;
        QCOMPARE(d.psi.baselineShares[j], b[j] / 9);
        QCOMPARE(d.psi.currentShares[j], t[j] / 9);
        expected += (pt - pb) * std::log(pt / pb);
    }
    QCOMPARE(d.psi.value, expected);   // ≈ 1.679: significant
    QCOMPARE(Drift::level(d.psi.value), Drift::Level::Significant);
    // CSI: usage differs from the scores only for A06 at W4 (90); A09 has no value and is left out.
    QCOMPARE(d.csi.size(), std::size_t(2));
    QCOMPARE(d.csi[0].signal, QStringLiteral("usage"));
    QCOMPARE(d.csi[0].value, Drift::psi(std::vector<double>{80, 65, 64, 20, 30, 30, 50, 85, 50},
                                        std::vector<double>{60, 50, 49.5, 20, 35, 90, 90, 85, 50}).value);
    // The default of 12 weeks finds W0 when asked for 4.
    ReviewOptions four;
    four.psiBaselineWeeks = 4;
    QCOMPARE(review(four).psiBaselineWeek, W0);
    // A baseline that is not an earlier as_of is an error.
    ReviewOptions bad;
    bad.psiBaseline = QDate(2026, 1, 1);
    QVERIFY(!Review::compute(*m_history, bad));
}

void TestReview::firstWeek()
{
    ReviewOptions o;
    o.week = W0;
    const ReviewResult r = review(o);
    QCOMPARE(r.week, W0);
    QVERIFY(!r.previousWeek.isValid());
    QVERIFY(r.movers.empty());   // no last week, and a 14-day window with one snapshot
    QCOMPARE(r.newAccounts, 0);
    for (const ReviewTransition &t : r.transitions)
        QCOMPARE(t.accounts, 0);
    QCOMPARE(r.tiers[0].previousAccounts, 0);

    // W2: the window [12-29, 01-12] holds W0 W1 W2, all red for A04, A05 and A06.
    o.week = W2;
    QStringList worst;
    for (const ReviewMover &m : review(o).movers) {
        if (m.is(MoverKind::WorstTier))
            worst << m.accountId;
    }
    QCOMPARE(worst, QStringList({QStringLiteral("A04"), QStringLiteral("A05"), QStringLiteral("A06")}));
    // W1: the window holds W0 and W1 only (< 3 snapshots).
    o.week = W1;
    for (const ReviewMover &m : review(o).movers)
        QVERIFY(!m.is(MoverKind::WorstTier));
}

void TestReview::errors()
{
    ReviewOptions o;
    o.week = QDate(2026, 1, 27);
    auto r = Review::compute(*m_history, o);
    QVERIFY(!r);
    QCOMPARE(r.error().code, Error::Code::NotFound);
    QVERIFY(r.error().message.contains(QStringLiteral("2026-01-27")));

    ReviewOptions bad;
    bad.fellPoints = -1;
    QCOMPARE(Review::compute(*m_history, bad).error().code, Error::Code::Invalid);

    HistoryScorer noModel(*m_ws);
    QVERIFY(!Review::compute(noModel, {}));

    // A model whose column the workspace lacks.
    HistoryScorer other(*m_ws);
    QByteArray json = kModel;
    json.replace(R"("id":"support")", R"("id":"support","column":"nps")");
    QVERIFY(other.setModel(parse(json)));
    QVERIFY(!Review::compute(other, {}));
}

void TestReview::previousModelConfiguration()
{
    // Last week's model read usage on 0 → 200: A06 at W3 scored (3·15 + 30) / 4 = 18.75 then.
    // Now: 80. Behaviour under today's model: usage +45, support +5; configuration: 30 − 18.75.
    QByteArray json = kModel;
    json.replace(R"("worst":0,"best":100}},
             {"id":"support")", R"("worst":0,"best":200}},
             {"id":"support")");
    ReviewOptions o;
    o.previousModel = parse(json);
    QCOMPARE(o.previousModel->signals[0].rule.best, 200.0);
    const ReviewResult r = review(o);
    const ReviewMover *a06 = findMover(r, QStringLiteral("A06"), MoverKind::Recovered);
    QVERIFY(a06);
    QCOMPARE(a06->scoreBefore, 18.75);
    QCOMPARE(a06->drivers.size(), std::size_t(3));
    QCOMPARE(a06->drivers[0].points, 45.0);
    QCOMPARE(a06->drivers[1].kind, ReviewDriver::Kind::Configuration);
    QCOMPARE(a06->drivers[1].points, 11.25);
    QCOMPARE(a06->drivers[2].points, 5.0);

    // Tier lists of different lengths cannot be compared.
    o.previousModel = parse(kModel);
    o.previousModel->tiers.pop_back();
    auto bad = Review::compute(*m_history, o);
    QVERIFY(!bad);
    QCOMPARE(bad.error().code, Error::Code::Invalid);
}

void TestReview::json()
{
    const ReviewResult r = review();
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(Review::toJson(r), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonObject o = doc.object();
    QCOMPARE(o.value(QStringLiteral("week")).toString(), QStringLiteral("2026-01-26"));
    QCOMPARE(o.value(QStringLiteral("previous_week")).toString(), QStringLiteral("2026-01-19"));
    const QJsonArray tiers = o.value(QStringLiteral("tiers")).toArray();
    QCOMPARE(tiers.size(), 3);
    QCOMPARE(tiers[1].toObject().value(QStringLiteral("id")).toString(), QStringLiteral("yellow"));
    QCOMPARE(tiers[1].toObject().value(QStringLiteral("accounts")).toInt(), 4);
    QCOMPARE(tiers[1].toObject().value(QStringLiteral("arr")).toDouble(), 8900.0);
    QCOMPARE(tiers[1].toObject().value(QStringLiteral("previous_accounts")).toInt(), 5);
    QCOMPARE(tiers[1].toObject().value(QStringLiteral("previous_arr")).toDouble(), 12600.0);
    // No trend tier in the model: the key is there, null.
    QVERIFY(o.contains(QStringLiteral("trend_split")) && o.value(QStringLiteral("trend_split")).isNull());
    const QJsonArray transitions = o.value(QStringLiteral("transitions")).toArray();
    QCOMPARE(transitions.size(), 9);
    QCOMPARE(transitions[7].toObject().value(QStringLiteral("from")).toString(), QStringLiteral("green"));
    QCOMPARE(transitions[7].toObject().value(QStringLiteral("to")).toString(), QStringLiteral("yellow"));
    QCOMPARE(transitions[7].toObject().value(QStringLiteral("accounts")).toInt(), 1);
    const QJsonArray movers = o.value(QStringLiteral("movers")).toArray();
    QCOMPARE(movers.size(), 5);
    const QJsonObject m = movers[0].toObject();
    QCOMPARE(m.value(QStringLiteral("account_id")).toString(), QStringLiteral("A01"));
    QCOMPARE(m.value(QStringLiteral("kind")).toString(), QStringLiteral("dropped_tier"));
    QCOMPARE(m.value(QStringLiteral("kinds")).toArray(),
             QJsonArray({QStringLiteral("dropped_tier"), QStringLiteral("fell_points")}));
    QCOMPARE(movers[1].toObject().value(QStringLiteral("kinds")).toArray(), QJsonArray({QStringLiteral("dropped_tier")}));
    QCOMPARE(m.value(QStringLiteral("from_tier")).toString(), QStringLiteral("green"));
    QCOMPARE(m.value(QStringLiteral("to_tier")).toString(), QStringLiteral("yellow"));
    QCOMPARE(m.value(QStringLiteral("score_before")).toDouble(), 80.0);
    QCOMPARE(m.value(QStringLiteral("score_now")).toDouble(), 60.0);
    QCOMPARE(m.value(QStringLiteral("drivers")).toArray()[0].toObject().value(QStringLiteral("id")).toString(),
             QStringLiteral("usage"));
    const QJsonArray renewals = o.value(QStringLiteral("renewals")).toArray();
    QCOMPARE(renewals.size(), 6);
    QCOMPARE(renewals[0].toObject().value(QStringLiteral("account_id")).toString(), QStringLiteral("A04"));
    QCOMPARE(renewals[0].toObject().value(QStringLiteral("renewal_date")).toString(), QStringLiteral("2026-02-15"));
    QCOMPARE(renewals[0].toObject().value(QStringLiteral("tier")).toString(), QStringLiteral("red"));
    QCOMPARE(renewals[0].toObject().value(QStringLiteral("arr")).toDouble(), 3000.0);
    QVERIFY(renewals[5].toObject().value(QStringLiteral("score")).isNull());
    QCOMPARE(o.value(QStringLiteral("arr_at_risk")).toDouble(), 4000.0);
}

QTEST_GUILESS_MAIN(TestReview)
#include "tst_review.moc"
