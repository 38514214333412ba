// ThresholdProposal: tier edges from a capacity or a churn-rate target, on hand-computed cases
// (the arithmetic is in each row's name and comment).
#include "analysis/thresholdproposal.h"

#include <QTest>

#include <cmath>

using namespace tierlab;

namespace {

Model tiers(std::vector<double> mins)
{
    Model m;
    for (std::size_t i = 0; i < mins.size(); ++i) {
        Tier t;
        t.id = QStringLiteral("t%1").arg(i);
        t.min = mins[i];
        m.tiers.push_back(t);
    }
    return m;
}

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

} // namespace

Q_DECLARE_METATYPE(std::vector<double>)
Q_DECLARE_METATYPE(std::vector<std::uint8_t>)

class TestThresholdProposal : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void redCut_data();
    void redCut();
    void bestCut_data();
    void bestCut();
    void apply();
    void capShifts();
};

void TestThresholdProposal::redCut_data()
{
    QTest::addColumn<std::vector<double>>("mins");
    QTest::addColumn<std::vector<double>>("scores");
    QTest::addColumn<qint64>("capacity");
    QTest::addColumn<bool>("feasible");
    QTest::addColumn<double>("proposed");
    QTest::addColumn<qint64>("below");
    const std::vector<double> three{0, 40, 70};
    // The (K+1)-th lowest score is the edge: below 30 lie 10 and 20.
    QTest::newRow("third lowest") << three << std::vector<double>{50, 10, 30, 60, 20} << qint64(2) << true << 30.0 << qint64(2);
    // Ties at the edge stay above it: below 20 lies only 10.
    QTest::newRow("ties at the edge") << three << std::vector<double>{10, 20, 20, 50} << qint64(2) << true << 20.0 << qint64(1);
    // Rounded down to 0.01: 33.456 → 33.45, still 1 below.
    QTest::newRow("rounded down") << three << std::vector<double>{10, 33.456} << qint64(1) << true << 33.45 << qint64(1);
    // Rounding would reach 0, the first tier's edge: the exact score is kept.
    QTest::newRow("tiny edge kept exact") << three << std::vector<double>{0.004, 5} << qint64(0) << true << 0.004 << qint64(0);
    // A score of 0 is always in the worst tier: no edge leaves 0 accounts there.
    QTest::newRow("zero scores: infeasible") << three << std::vector<double>{0, 5} << qint64(0) << false << 0.0 << qint64(0);
    // Capacity beyond the portfolio: the edge goes just under the next tier's (70 − 0.01).
    QTest::newRow("capacity beyond portfolio") << three << std::vector<double>{10, 20} << qint64(5) << true << 69.99 << qint64(2);
    // The edge for K=1 (80) is above the next tier's: capped at 69.99, 1 below.
    QTest::newRow("capped under next tier") << three << std::vector<double>{10, 80, 90} << qint64(1) << true << 69.99 << qint64(1);
    // NaN (unscored) is ignored: scores 10, 20 → edge 20.
    QTest::newRow("unscored ignored") << three << std::vector<double>{kNaN, 10, 20} << qint64(1) << true << 20.0 << qint64(1);
    // Two tiers: the ceiling is 100.
    QTest::newRow("two tiers") << std::vector<double>{0, 50} << std::vector<double>{10, 20, 30} << qint64(1) << true << 20.0 << qint64(1);
    QTest::newRow("one tier") << std::vector<double>{0} << std::vector<double>{10} << qint64(1) << false << 0.0 << qint64(0);
    QTest::newRow("negative capacity") << three << std::vector<double>{10} << qint64(-1) << false << 0.0 << qint64(0);
}

void TestThresholdProposal::redCut()
{
    QFETCH(std::vector<double>, mins);
    QFETCH(std::vector<double>, scores);
    QFETCH(qint64, capacity);
    QFETCH(bool, feasible);
    QFETCH(double, proposed);
    QFETCH(qint64, below);
    const TierCut c = ThresholdProposal::redCutForCapacity(scores, tiers(mins), capacity);
    QCOMPARE(c.feasible, feasible);
    QCOMPARE(c.tier, 1);
    if (!feasible) {
        QVERIFY(!c.reason.isEmpty());
        return;
    }
    QCOMPARE(c.proposed, proposed);
    QCOMPARE(c.accounts, below);
    QCOMPARE(c.current, mins[1]);
}

void TestThresholdProposal::bestCut_data()
{
    QTest::addColumn<std::vector<double>>("scores");
    QTest::addColumn<std::vector<std::uint8_t>>("churned");
    QTest::addColumn<double>("maxRate");
    QTest::addColumn<bool>("feasible");
    QTest::addColumn<double>("proposed");
    QTest::addColumn<qint64>("n");
    QTest::addColumn<qint64>("positives");
    const std::vector<double> s{90, 80, 75, 60, 50, 45, 30};
    const std::vector<std::uint8_t> y{0, 0, 1, 0, 1, 0, 1};
    // At or above: 90 → 0/1, 80 → 0/2, 75 → 1/3, 60 → 1/4 = 0.25, 50 → 2/5, 45 → 2/6; 30 is under the
    // middle tier's edge (40). The lowest edge at ≤ 25 % is 60.
    QTest::newRow("25 %") << s << y << 0.25 << true << 60.0 << qint64(4) << qint64(1);
    QTest::newRow("0 %") << s << y << 0.0 << true << 80.0 << qint64(2) << qint64(0);
    QTest::newRow("40 %: down to 45 (2/6)") << s << y << 0.4 << true << 45.0 << qint64(6) << qint64(2);
    // Ties form one edge: at or above 80 → 1/2; at or above 60 → 1/3.
    QTest::newRow("ties") << std::vector<double>{80, 80, 60} << std::vector<std::uint8_t>{1, 0, 0} << 0.5 << true << 60.0
                          << qint64(3) << qint64(1);
    QTest::newRow("every candidate churned") << std::vector<double>{90, 80, 30} << std::vector<std::uint8_t>{1, 1, 0} << 0.1
                                             << false << 0.0 << qint64(0) << qint64(0);
    QTest::newRow("rate above 1") << s << y << 1.5 << false << 0.0 << qint64(0) << qint64(0);
}

void TestThresholdProposal::bestCut()
{
    QFETCH(std::vector<double>, scores);
    QFETCH(std::vector<std::uint8_t>, churned);
    QFETCH(double, maxRate);
    QFETCH(bool, feasible);
    QFETCH(double, proposed);
    QFETCH(qint64, n);
    QFETCH(qint64, positives);
    const TierCut c = ThresholdProposal::bestCutForChurnRate(scores, churned, tiers({0, 40, 70}), maxRate);
    QCOMPARE(c.feasible, feasible);
    QCOMPARE(c.tier, 2);
    QCOMPARE(c.current, 70.0);
    if (!feasible) {
        QVERIFY(!c.reason.isEmpty());
        return;
    }
    QCOMPARE(c.proposed, proposed);
    QCOMPARE(c.accounts, n);
    QCOMPARE(c.churned, positives);
    QCOMPARE(c.rate, double(positives) / double(n));
}

void TestThresholdProposal::apply()
{
    const Model m = tiers({0, 40, 70});
    TierCut c;
    c.tier = 1;
    c.proposed = 35;
    QCOMPARE(ThresholdProposal::apply(m, c).tiers[1].min, 40.0);   // not feasible: unchanged
    c.feasible = true;
    QCOMPARE(ThresholdProposal::apply(m, c).tiers[1].min, 35.0);
    QCOMPARE(ThresholdProposal::apply(m, c).tiers[2].min, 70.0);
}

void TestThresholdProposal::capShifts()
{
    // Caps 39 and 20 under t1 from 40; the red edge moves to 37.3: 39 is now in t1, 20 stays in t0.
    // A tier cap follows the edge and is never listed; neither is a cap whose tier stays.
    Model before = tiers({0, 40, 70});
    auto cap = [](const char *id, std::optional<double> value, const QString &tier) {
        Override o;
        o.id = QString::fromLatin1(id);
        o.cap = value;
        o.capTier = tier;
        return o;
    };
    before.overrides = {cap("champion_left", 39, {}), cap("low", 20, {}), cap("by_tier", std::nullopt, QStringLiteral("t0")),
                        cap("high", 75, {})};
    TierCut c;
    c.feasible = true;
    c.tier = 1;
    c.proposed = 37.3;
    const Model after = ThresholdProposal::apply(before, c);
    const std::vector<CapShift> shifts = ThresholdProposal::capShifts(before, after);
    QCOMPARE(shifts.size(), std::size_t(1));
    QCOMPARE(shifts[0].override, QStringLiteral("champion_left"));
    QCOMPARE(shifts[0].cap, 39.0);
    QCOMPARE(shifts[0].tierBefore, QStringLiteral("t0"));
    QCOMPARE(shifts[0].tierAfter, QStringLiteral("t1"));
    // Edges moved the other way: 75 falls below a best edge raised to 76.
    c.tier = 2;
    c.proposed = 76;
    const std::vector<CapShift> raised = ThresholdProposal::capShifts(before, ThresholdProposal::apply(before, c));
    QCOMPARE(raised.size(), std::size_t(1));
    QCOMPARE(raised[0].override, QStringLiteral("high"));
    QCOMPARE(raised[0].tierAfter, QStringLiteral("t1"));
    QVERIFY(ThresholdProposal::capShifts(before, before).empty());
}

QTEST_GUILESS_MAIN(TestThresholdProposal)
#include "tst_thresholdproposal.moc"
