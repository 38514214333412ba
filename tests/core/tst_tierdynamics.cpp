// Tests of TierDynamics: hysteresis sequences week by week and the trend tier's least-squares slope,
// on hand-computed cases (the arithmetic is in the comments), boundaries included.
#include "engine/tierdynamics.h"

#include <QTest>

#include <cmath>

using namespace tierlab;

namespace {

constexpr double NaN = std::numeric_limits<double>::quiet_NaN();

} // namespace

class tst_TierDynamics : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hysteresis_data();
    void hysteresis();
    void edgesOfEachWeek();
    void slope_data();
    void slope();
    void declining_data();
    void declining();
};

void tst_TierDynamics::hysteresis_data()
{
    // Tiers red 0, yellow 40, green 70 every week.
    QTest::addColumn<std::vector<double>>("scores");
    QTest::addColumn<double>("points");
    QTest::addColumn<int>("weeks");
    QTest::addColumn<std::vector<int>>("tiers");
    QTest::newRow("points 0: the scores' own tiers") << std::vector<double>{50, 39, 41, 70, 69.9} << 0.0 << 0
                                                     << std::vector<int>{1, 0, 1, 2, 1};
    // 38 and 36 are not below 40 − 5 = 35; 34.9 is. 41 is not ≥ 40 + 5; 76 is ≥ 45 (from red
    // straight to green, its score's tier); 64 < 70 − 5.
    QTest::newRow("points 5") << std::vector<double>{50, 38, 36, 34.9, 41, 76, 75, 64} << 5.0 << 0
                              << std::vector<int>{1, 1, 1, 0, 0, 2, 2, 1};
    // Beyond the edge weeks 1–2, back in week 3 (the count restarts), beyond weeks 4–6: the third
    // week in a row moves it. 45 is not ≥ 40 + 10.
    QTest::newRow("weeks 3") << std::vector<double>{50, 38, 39, 41, 38, 38, 38, 45} << 10.0 << 3
                             << std::vector<int>{1, 1, 1, 1, 1, 1, 0, 0};
    QTest::newRow("unscored weeks have no tier and keep the count")
        << std::vector<double>{50, NaN, 38, NaN, 38, 38} << 10.0 << 3 << std::vector<int>{1, -1, 1, -1, 1, 0};
    QTest::newRow("first weeks unscored") << std::vector<double>{NaN, NaN, 20} << 5.0 << 2 << std::vector<int>{-1, -1, 0};
    QTest::newRow("exactly edge + points moves up") << std::vector<double>{30, 45} << 5.0 << 0 << std::vector<int>{0, 1};
    QTest::newRow("just below edge + points stays") << std::vector<double>{30, std::nextafter(45.0, 0.0)} << 5.0 << 0
                                                    << std::vector<int>{0, 0};
    QTest::newRow("exactly edge − points stays") << std::vector<double>{50, 35} << 5.0 << 0 << std::vector<int>{1, 1};
    QTest::newRow("below edge − points moves down") << std::vector<double>{50, std::nextafter(35.0, 0.0)} << 5.0 << 0
                                                    << std::vector<int>{1, 0};
    QTest::newRow("weeks 1: any crossing moves") << std::vector<double>{50, 39, 41} << 20.0 << 1 << std::vector<int>{1, 0, 1};
    QTest::newRow("empty") << std::vector<double>{} << 5.0 << 2 << std::vector<int>{};
}

void tst_TierDynamics::hysteresis()
{
    QFETCH(std::vector<double>, scores);
    QFETCH(double, points);
    QFETCH(int, weeks);
    QFETCH(std::vector<int>, tiers);
    const std::vector<double> mins{0, 40, 70};
    const std::vector<std::span<const double>> perWeek(scores.size(), mins);
    QCOMPARE(TierDynamics::hysteresisTiers(scores, perWeek, Hysteresis{points, weeks, {}}), tiers);
}

void tst_TierDynamics::edgesOfEachWeek()
{
    // Week 1 uses another segment's edges (yellow from 50): 45 is red there, but not below 50 − 10.
    const std::vector<double> a{0, 40, 70};
    const std::vector<double> b{0, 50, 80};
    const std::vector<std::span<const double>> mins{a, b, b};
    QCOMPARE(TierDynamics::hysteresisTiers(std::vector<double>{45, 45, 39}, mins, Hysteresis{10, 0, {}}),
             (std::vector<int>{1, 1, 0}));
    QCOMPARE(TierDynamics::hysteresisTiers(std::vector<double>{45, 45, 39}, mins, Hysteresis{0, 0, {}}),
             (std::vector<int>{1, 0, 0}));
}

void tst_TierDynamics::slope_data()
{
    QTest::addColumn<std::vector<double>>("window");
    QTest::addColumn<double>("slope");
    // x̄ = 1, ȳ = 8: Σdx·dy = (−1)(2) + 0 + (1)(−2) = −4, Σdx² = 2.
    QTest::newRow("a line") << std::vector<double>{10, 8, 6} << -2.0;
    // x = 0, 2, 3 (the unscored week keeps its place): x̄ = 5/3, ȳ = 20/3, Σdx·dy = −84/9, Σdx² = 42/9.
    QTest::newRow("an unscored week left out") << std::vector<double>{10, NaN, 6, 4} << -2.0;
    QTest::newRow("flat") << std::vector<double>{5, 5, 5, 5} << 0.0;
    // x̄ = 1.5, ȳ = 2.5: Σdx·dy = (−1.5)(−2.5) + (−0.5)(0.5) + (0.5)(−0.5) + (1.5)(2.5) = 7, Σdx² = 5.
    QTest::newRow("noisy rise") << std::vector<double>{0, 3, 2, 5} << 1.4;
    QTest::newRow("two scored weeks: none") << std::vector<double>{10, NaN, 6} << NaN;
    QTest::newRow("nothing scored") << std::vector<double>{NaN, NaN, NaN} << NaN;
}

void tst_TierDynamics::slope()
{
    QFETCH(std::vector<double>, window);
    QFETCH(double, slope);
    const double s = TierDynamics::slope(window);
    if (std::isnan(slope))
        QVERIFY(std::isnan(s));
    else
        QCOMPARE(s, slope);
}

void tst_TierDynamics::declining_data()
{
    QTest::addColumn<std::vector<double>>("window");
    QTest::addColumn<bool>("declining");
    // Slope −1.5 exactly (Σdx·dy = −3, Σdx² = 2) against a threshold of 1.5: ≤ is declining.
    QTest::newRow("exactly −s") << std::vector<double>{3, 1.5, 0} << true;
    // ȳ = 5/3: Σdx·dy = −4/3 − 7/6 = −2.5, slope −1.25.
    QTest::newRow("less steep") << std::vector<double>{3, 1.5, 0.5} << false;
    QTest::newRow("steeper") << std::vector<double>{9, 6, 3} << true;
    QTest::newRow("rising") << std::vector<double>{0, 1.5, 3} << false;
    QTest::newRow("fewer than 3 scored weeks") << std::vector<double>{30, NaN, NaN, 0} << false;
}

void tst_TierDynamics::declining()
{
    QFETCH(std::vector<double>, window);
    QFETCH(bool, declining);
    TrendSplit trend;
    trend.slope = 1.5;
    QCOMPARE(TierDynamics::declining(window, trend), declining);
}

QTEST_GUILESS_MAIN(tst_TierDynamics)
#include "tst_tierdynamics.moc"
