// Back-test metrics: hand-computed cases (the arithmetic is in the comments) and independent
// brute-force references on random data.
#include "analysis/bootstrap.h"
#include "analysis/metrics.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

using namespace tierlab;
using namespace tierlab::Metrics;

namespace {

const double NaN = std::numeric_limits<double>::quiet_NaN();
const double Inf = std::numeric_limits<double>::infinity();

std::vector<double> doubles(const QList<double> &list)
{
    return std::vector<double>(list.begin(), list.end());
}

std::vector<std::uint8_t> flags(const QList<int> &list)
{
    std::vector<std::uint8_t> out;
    for (int v : list)
        out.push_back(std::uint8_t(v));
    return out;
}

std::vector<int> ints(const QList<int> &list)
{
    return std::vector<int>(list.begin(), list.end());
}

// NaN matches NaN; otherwise within an absolute tolerance (0 = exact).
bool same(double actual, double expected, double tolerance = 0)
{
    if (std::isnan(expected))
        return std::isnan(actual);
    if (actual == expected)
        return true;
    return tolerance > 0 && std::abs(actual - expected) <= tolerance;
}

#define COMPARE_DOUBLE(actual, expected, tolerance)                                                              \
    QVERIFY2(same(actual, expected, tolerance),                                                                  \
             qPrintable(QStringLiteral("%1 = %2, expected %3").arg(QStringLiteral(#actual)).arg(actual, 0, 'g', 17) \
                            .arg(expected, 0, 'g', 17)))

// std::int64_t is long, qlonglong is long long: QCOMPARE wants one type.
#define COMPARE_INT(actual, expected) QCOMPARE(qlonglong(actual), qlonglong(expected))

// Reference AUC: every (positive, negative) pair, O(n²). Risk = −score: a positive wins when its
// score is lower, ties count half. Returns 2U.
std::uint64_t bruteTwiceU(const std::vector<double> &score, const std::vector<std::uint8_t> &churned)
{
    std::uint64_t twiceU = 0;
    for (std::size_t i = 0; i < score.size(); ++i) {
        if (!churned[i] || std::isnan(score[i]))
            continue;
        for (std::size_t j = 0; j < score.size(); ++j) {
            if (churned[j] || std::isnan(score[j]))
                continue;
            twiceU += score[i] < score[j] ? 2 : score[i] == score[j] ? 1 : 0;
        }
    }
    return twiceU;
}

// Reference AP written like scikit-learn's precision_recall_curve: order by decreasing risk,
// thresholds at the distinct scores, AP = Σ (R_k − R_{k−1})·P_k.
double referenceAp(const std::vector<double> &score, const std::vector<std::uint8_t> &churned)
{
    std::vector<std::size_t> order;
    for (std::size_t i = 0; i < score.size(); ++i)
        if (!std::isnan(score[i]))
            order.push_back(i);
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return score[a] < score[b]; });
    double positives = 0;
    for (std::size_t i : order)
        positives += churned[i];
    std::vector<double> precision;
    std::vector<double> recall;
    double tp = 0;
    double fp = 0;
    for (std::size_t k = 0; k < order.size(); ++k) {
        tp += churned[order[k]];
        fp += 1 - churned[order[k]];
        if (k + 1 == order.size() || score[order[k + 1]] != score[order[k]]) {
            precision.push_back(tp / (tp + fp));
            recall.push_back(tp / positives);
        }
    }
    double ap = 0;
    double previous = 0;
    for (std::size_t k = 0; k < recall.size(); ++k) {
        ap += (recall[k] - previous) * precision[k];
        previous = recall[k];
    }
    return ap;
}

// Random scores of one of several shapes, with about 5 % NaN.
void randomCase(QRandomGenerator &rng, int n, int shape, std::vector<double> &score, std::vector<std::uint8_t> &churned)
{
    score.resize(std::size_t(n));
    churned.resize(std::size_t(n));
    for (int i = 0; i < n; ++i) {
        double s = 0;
        switch (shape) {
        case 0: // continuous
            s = rng.generateDouble() * 100;
            break;
        case 1: // integer scores: many ties
            s = double(rng.bounded(101));
            break;
        case 2: // few values: heavy ties
            s = double(rng.bounded(4)) * 25;
            break;
        case 3: // a wide, signed range
            s = (rng.generateDouble() - 0.5) * std::pow(10.0, double(rng.bounded(60)) - 30);
            break;
        case 4: // neighbouring doubles: a subnormal-sized range
            s = std::nextafter(1.0, 1.0 + double(rng.bounded(3)));
            break;
        default: // clustered: nearly all values under one radix key, one far outlier
            s = i == 0 ? 1e6 : rng.generateDouble() * 1e-6;
            break;
        }
        if (rng.bounded(20) == 0)
            s = NaN;
        score[std::size_t(i)] = s;
        // Churn more likely at low scores, so the AUC is not just 0.5.
        churned[std::size_t(i)] = rng.bounded(100) < (shape == 0 ? 100 - int(std::isnan(s) ? 50 : s) : 30) ? 1 : 0;
    }
}

} // namespace

class TestMetrics : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rocAuc_data();
    void rocAuc();
    void rocAucAgainstPairCount_data();
    void rocAucAgainstPairCount();
    void groupScoresLayout();
    void lengthMismatch();
    void preBucketed();
    void averagePrecision_data();
    void averagePrecision();
    void averagePrecisionAgainstReference();
    void tierTable_data();
    void tierTable();
    void tierTableErrors();
    void confusion_data();
    void confusion();
    void decileTable_data();
    void decileTable();
    void quantile_data();
    void quantile();
    void bootstrapDeterministic();
    void bootstrapTinySample();
    void bootstrapErrors();
    void weightedAucAgainstReplication();
};

void TestMetrics::rocAuc_data()
{
    QTest::addColumn<QList<double>>("score");
    QTest::addColumn<QList<int>>("churned");
    QTest::addColumn<double>("auc");
    QTest::addColumn<qulonglong>("twiceU");
    QTest::addColumn<qlonglong>("excluded");

    // Positives 80, 30; negatives 90, 80. Pairs (pos, neg): (80,90) win 1, (80,80) tie ½,
    // (30,90) 1, (30,80) 1 → U = 3.5 of P·N = 4 → 0.875.
    QTest::newRow("tie across classes") << QList<double>{90, 80, 80, 30} << QList<int>{0, 1, 0, 1} << 0.875 << 7ULL << 0LL;
    // Every churner below every retained account.
    QTest::newRow("perfect") << QList<double>{10, 20, 80, 90} << QList<int>{1, 1, 0, 0} << 1.0 << 8ULL << 0LL;
    QTest::newRow("inverted") << QList<double>{10, 20, 80, 90} << QList<int>{0, 0, 1, 1} << 0.0 << 0ULL << 0LL;
    // Two pairs, both tied: U = 1 of 2.
    QTest::newRow("all tied") << QList<double>{50, 50, 50} << QList<int>{1, 0, 0} << 0.5 << 2ULL << 0LL;
    // Positives 70, 20; negatives 70, 70, 20, 95.
    // pos 70: ties ½ + ½, beats 95 → 2; pos 20: beats 70, 70, 95, ties 20 → 3.5. U = 5.5 / 8 = 0.6875.
    QTest::newRow("ties in two groups") << QList<double>{70, 70, 70, 20, 20, 95} << QList<int>{1, 0, 0, 1, 0, 0} << 0.6875
                                        << 11ULL << 0LL;
    // NaN scores leave: 40 (churned) vs 60 (retained) → 1.
    QTest::newRow("NaN excluded") << QList<double>{NaN, 40, 60, NaN} << QList<int>{1, 1, 0, 0} << 1.0 << 2ULL << 2LL;
    QTest::newRow("signed zeros tie") << QList<double>{-0.0, 0.0} << QList<int>{1, 0} << 0.5 << 1ULL << 0LL;
    // Infinite scores take the plain-sort path; −∞ churned beats 50 and +∞ → 1.
    QTest::newRow("infinities") << QList<double>{-Inf, 50, Inf} << QList<int>{1, 0, 0} << 1.0 << 4ULL << 0LL;
    QTest::newRow("both infinite, tied") << QList<double>{Inf, Inf} << QList<int>{1, 0} << 0.5 << 1ULL << 0LL;
    QTest::newRow("range overflows") << QList<double>{1e308, -1e308, 0} << QList<int>{0, 1, 1} << 1.0 << 4ULL << 0LL;
    QTest::newRow("only churners") << QList<double>{10, 20} << QList<int>{1, 1} << NaN << 0ULL << 0LL;
    QTest::newRow("nobody churned") << QList<double>{10, 20} << QList<int>{0, 0} << NaN << 0ULL << 0LL;
    QTest::newRow("empty") << QList<double>{} << QList<int>{} << NaN << 0ULL << 0LL;
    QTest::newRow("all NaN") << QList<double>{NaN, NaN} << QList<int>{1, 0} << NaN << 0ULL << 2LL;
}

void TestMetrics::rocAuc()
{
    QFETCH(QList<double>, score);
    QFETCH(QList<int>, churned);
    QFETCH(double, auc);
    QFETCH(qulonglong, twiceU);
    QFETCH(qlonglong, excluded);
    const auto s = doubles(score);
    const auto c = flags(churned);
    const auto r = Metrics::rocAuc(s, c);
    QVERIFY(r.has_value());
    COMPARE_DOUBLE(r->auc, auc, 0);
    QCOMPARE(qulonglong(r->twiceU), twiceU);
    COMPARE_INT(r->excluded, excluded);
    QCOMPARE(r->isDefined(), !std::isnan(auc));
    QCOMPARE(r->reason.isEmpty(), !std::isnan(auc));
    COMPARE_INT(r->n + r->excluded, qlonglong(score.size()));
}

void TestMetrics::rocAucAgainstPairCount_data()
{
    QTest::addColumn<int>("shape");
    QTest::addColumn<int>("n");
    QTest::addColumn<int>("trials");
    // Sizes cover the plain sort (< 64), one radix digit (≤ 11 key bits) and two digits.
    const char *names[] = {"continuous", "integers", "four values", "wide signed", "adjacent doubles", "clustered"};
    for (int shape = 0; shape < 6; ++shape) {
        QTest::addRow("%s, small", names[shape]) << shape << 7 << 200;
        QTest::addRow("%s, one digit", names[shape]) << shape << 1500 << 4;
        QTest::addRow("%s, two digits", names[shape]) << shape << 5000 << 1;
    }
}

void TestMetrics::rocAucAgainstPairCount()
{
    QFETCH(int, shape);
    QFETCH(int, n);
    QFETCH(int, trials);
    QRandomGenerator rng(quint32(4242 + shape * 7 + n));
    std::vector<double> score;
    std::vector<std::uint8_t> churned;
    for (int t = 0; t < trials; ++t) {
        randomCase(rng, n, shape, score, churned);
        const std::uint64_t expected = bruteTwiceU(score, churned);
        const auto r = Metrics::rocAuc(score, churned);
        QVERIFY(r.has_value());
        QCOMPARE(r->twiceU, expected);
        if (r->isDefined()) {
            // Same pairs, same division: bit-identical.
            const double reference = double(expected) / (2.0 * double(r->positives) * double(r->negatives));
            QCOMPARE(r->auc, reference);
        }
        std::int64_t nan = std::count_if(score.begin(), score.end(), [](double v) { return std::isnan(v); });
        QCOMPARE(r->excluded, nan);
    }
}

void TestMetrics::groupScoresLayout()
{
    // The grouped form must equal sort + unique with per-value class counts.
    QRandomGenerator rng(7);
    std::vector<double> score;
    std::vector<std::uint8_t> churned;
    for (int shape = 0; shape < 6; ++shape) {
        randomCase(rng, 20000, shape, score, churned);
        const auto g = groupScores(score, churned);
        QVERIFY(g.has_value());
        std::vector<std::pair<double, int>> pairs;
        for (std::size_t i = 0; i < score.size(); ++i)
            if (!std::isnan(score[i]))
                pairs.emplace_back(score[i], churned[i]);
        std::sort(pairs.begin(), pairs.end());
        std::size_t k = 0;
        for (std::size_t i = 0; i < pairs.size();) {
            std::uint32_t pos = 0;
            std::uint32_t neg = 0;
            std::size_t j = i;
            for (; j < pairs.size() && pairs[j].first == pairs[i].first; ++j)
                (pairs[j].second ? pos : neg) += 1;
            QVERIFY(k < g->size());
            QCOMPARE(g->values[k], pairs[i].first);
            QCOMPARE(g->positives[k], pos);
            QCOMPARE(g->negatives[k], neg);
            ++k;
            i = j;
        }
        QCOMPARE(k, g->size());
        COMPARE_INT(g->n, qlonglong(pairs.size()));
    }
}

void TestMetrics::lengthMismatch()
{
    const std::vector<double> score{1, 2, 3};
    const std::vector<std::uint8_t> churned{1, 0};
    const auto auc = Metrics::rocAuc(score, churned);
    QVERIFY(!auc.has_value());
    QCOMPARE(auc.error().code, Error::Code::Invalid);
    QVERIFY(auc.error().message.contains(QStringLiteral("3 and 2")));
    QVERIFY(!Metrics::averagePrecision(score, churned).has_value());
    QVERIFY(!Metrics::decileTable(score, churned).has_value());
    QVERIFY(!bootstrapAucCi(score, churned).has_value());
}

void TestMetrics::preBucketed()
{
    // Integer scores as counts per value: the O(distinct) entry. Same data as "tie across
    // classes": 30 (1 churned), 80 (1 churned, 1 retained), 90 (1 retained) → AUC 0.875, AP 5/6.
    const auto g = groupsFromCounts({30, 80, 90}, {1, 1, 0}, {0, 1, 1});
    QVERIFY(g.has_value());
    COMPARE_INT(g->n, 4);
    COMPARE_INT(g->positiveCount, 2);
    QCOMPARE(Metrics::rocAuc(*g).auc, 0.875);
    COMPARE_DOUBLE(Metrics::averagePrecision(*g).averagePrecision, 5.0 / 6.0, 1e-15);
    QVERIFY(bootstrapAucCi(*g).has_value());

    // Not ascending, or arrays of different lengths: refused.
    QCOMPARE(groupsFromCounts({80, 30}, {1, 1}, {0, 0}).error().code, Error::Code::Invalid);
    QVERIFY(!groupsFromCounts({80, 80}, {1, 1}, {0, 0}).has_value());
    QVERIFY(!groupsFromCounts({30, 80}, {1}, {0, 0}).has_value());

    // Groups edited by hand so that the totals lie: undefined, never read out of bounds.
    ScoreGroups bad = *g;
    bad.positiveCount = 7;
    QVERIFY(!isConsistent(bad));
    QVERIFY(!Metrics::rocAuc(bad).isDefined());
    QVERIFY(!Metrics::averagePrecision(bad).isDefined());
    COMPARE_INT(Metrics::decileTable(bad).n, 0);
    QCOMPARE(bootstrapAucCi(bad).error().code, Error::Code::Invalid);
    QVERIFY(!rocAucWeighted(bad, std::vector<std::uint32_t>(4, 1)).has_value());
}

void TestMetrics::averagePrecision_data()
{
    QTest::addColumn<QList<double>>("score");
    QTest::addColumn<QList<int>>("churned");
    QTest::addColumn<double>("ap");

    // Risk order (ascending score): 30 churned → P = 1, R = ½; the 80s (one churned, one not) are
    // one threshold → P = 2/3, R = 1; 90 adds no recall. AP = ½·1 + ½·⅔ = 5/6.
    QTest::newRow("tie across classes") << QList<double>{90, 80, 80, 30} << QList<int>{0, 1, 0, 1} << 5.0 / 6.0;
    // One threshold holding everything: P = 2/4, R = 1 → AP = 0.5.
    QTest::newRow("all tied") << QList<double>{50, 50, 50, 50} << QList<int>{1, 0, 0, 1} << 0.5;
    QTest::newRow("perfect") << QList<double>{10, 20, 80, 90} << QList<int>{1, 1, 0, 0} << 1.0;
    // 10, 20 retained; 80 churned: P = 1/3, R = ½; 90 churned: P = 2/4, R = 1 → 1/6 + 1/4 = 5/12.
    QTest::newRow("inverted") << QList<double>{10, 20, 80, 90} << QList<int>{0, 0, 1, 1} << 5.0 / 12.0;
    QTest::newRow("every account churned") << QList<double>{10, 20} << QList<int>{1, 1} << 1.0;
    QTest::newRow("nobody churned") << QList<double>{10, 20} << QList<int>{0, 0} << NaN;
    QTest::newRow("empty") << QList<double>{} << QList<int>{} << NaN;
    // NaN left out: 40 churned, 60 retained → 1.
    QTest::newRow("NaN excluded") << QList<double>{NaN, 40, 60} << QList<int>{1, 1, 0} << 1.0;
}

void TestMetrics::averagePrecision()
{
    QFETCH(QList<double>, score);
    QFETCH(QList<int>, churned);
    QFETCH(double, ap);
    const auto r = Metrics::averagePrecision(doubles(score), flags(churned));
    QVERIFY(r.has_value());
    COMPARE_DOUBLE(r->averagePrecision, ap, 1e-15);
    QCOMPARE(r->isDefined(), !std::isnan(ap));
}

void TestMetrics::averagePrecisionAgainstReference()
{
    QRandomGenerator rng(99);
    std::vector<double> score;
    std::vector<std::uint8_t> churned;
    for (int shape = 0; shape < 6; ++shape) {
        for (int t = 0; t < 50; ++t) {
            randomCase(rng, t < 40 ? 9 : 2000, shape, score, churned);
            const auto r = Metrics::averagePrecision(score, churned);
            QVERIFY(r.has_value());
            if (r->positives == 0) {
                QVERIFY(!r->isDefined());
                continue;
            }
            COMPARE_DOUBLE(r->averagePrecision, referenceAp(score, churned), 1e-12);
            // The grouped entry walks the same groups in the same order: identical.
            QCOMPARE(Metrics::averagePrecision(*groupScores(score, churned)).averagePrecision, r->averagePrecision);
        }
    }
}

void TestMetrics::tierTable_data()
{
    QTest::addColumn<QList<int>>("tier");
    QTest::addColumn<QList<int>>("churned");
    QTest::addColumn<QList<double>>("arr");
    QTest::addColumn<int>("tierCount");
    QTest::addColumn<QList<qlonglong>>("accounts");
    QTest::addColumn<QList<qlonglong>>("churnedPerTier");
    QTest::addColumn<QList<double>>("rates");
    QTest::addColumn<QList<double>>("arrRates");
    QTest::addColumn<qlonglong>("excluded");
    QTest::addColumn<bool>("monotone");
    QTest::addColumn<int>("firstViolation");
    QTest::addColumn<double>("rr");
    QTest::addColumn<double>("rrLow");
    QTest::addColumn<double>("rrHigh");
    QTest::addColumn<bool>("corrected");

    // Tier 0: 4 accounts, 2 churned (0.5); ARR known 600, churned 300 → 0.5, one unknown.
    // Tier 1: 3 accounts, 1 churned (⅓); ARR 150, churned 50 → ⅓.
    // Tier 2: 4 accounts, 1 churned (0.25); ARR 100, churned 40 → 0.4. One unscored (tier −1).
    // 0.5 ≥ ⅓ ≥ 0.25: monotone. RR = 0.5 / 0.25 = 2, SE = √(1/2 − 1/4 + 1/1 − 1/4) = 1,
    // CI = 2·e^(∓1.959964) = 0.2817270, 14.198143.
    QTest::newRow("three tiers")
        << QList<int>{0, 0, 0, 0, 1, 1, 1, 2, 2, 2, 2, -1} << QList<int>{1, 1, 0, 0, 1, 0, 0, 0, 0, 0, 1, 1}
        << QList<double>{100, 200, 300, NaN, 50, 50, 50, 10, 20, 30, 40, 999} << 3 << QList<qlonglong>{4, 3, 4}
        << QList<qlonglong>{2, 1, 1} << QList<double>{0.5, 1.0 / 3.0, 0.25} << QList<double>{0.5, 1.0 / 3.0, 0.4} << 1LL
        << true << -1 << 2.0 << 0.281726988186435 << 14.19814276846267 << false;
    // Tier 1 empty (skipped); tier 2 at 0.75 rises above tier 0's 0.5: violation at 2. Best tier 3
    // has no churn: 0.5 added to each cell → a = 1.5 of 3, c = 0.5 of 6: RR = 0.5 / (1/12) = 6,
    // SE = √(1/1.5 − 1/3 + 1/0.5 − 1/6) = 1.4719601, CI = 0.3351325, 107.42021.
    QTest::newRow("empty tier, violation, zero cell")
        << QList<int>{0, 0, 2, 2, 2, 2, 3, 3, 3, 3, 3} << QList<int>{1, 0, 1, 1, 1, 0, 0, 0, 0, 0, 0} << QList<double>{} << 4
        << QList<qlonglong>{2, 0, 4, 5} << QList<qlonglong>{1, 0, 3, 0} << QList<double>{0.5, NaN, 0.75, 0.0}
        << QList<double>{NaN, NaN, NaN, NaN} << 0LL << false << 2 << 6.0 << 0.33513246733015234 << 107.4202099450274 << true;
    // Equal rates are monotone (non-strict rule): RR = 1, SE = √(1 − ½ + 1 − ½) = 1.
    QTest::newRow("equal rates") << QList<int>{0, 0, 1, 1} << QList<int>{1, 0, 0, 1} << QList<double>{1, 1, 1, 1} << 2
                                 << QList<qlonglong>{2, 2} << QList<qlonglong>{1, 1} << QList<double>{0.5, 0.5}
                                 << QList<double>{0.5, 0.5} << 0LL << true << -1 << 1.0 << std::exp(-1.959963984540054)
                                 << std::exp(1.959963984540054) << false;
    QTest::newRow("one tier with accounts") << QList<int>{1, 1} << QList<int>{1, 0} << QList<double>{} << 3
                                            << QList<qlonglong>{0, 2, 0} << QList<qlonglong>{0, 1, 0}
                                            << QList<double>{NaN, 0.5, NaN} << QList<double>{NaN, NaN, NaN} << 0LL << true
                                            << -1 << NaN << NaN << NaN << false;
    QTest::newRow("no churn in worst or best") << QList<int>{0, 1, 2} << QList<int>{0, 1, 0} << QList<double>{} << 3
                                               << QList<qlonglong>{1, 1, 1} << QList<qlonglong>{0, 1, 0}
                                               << QList<double>{0, 1, 0} << QList<double>{NaN, NaN, NaN} << 0LL << false << 1
                                               << NaN << NaN << NaN << false;
    QTest::newRow("empty input") << QList<int>{} << QList<int>{} << QList<double>{} << 2 << QList<qlonglong>{0, 0}
                                 << QList<qlonglong>{0, 0} << QList<double>{NaN, NaN} << QList<double>{NaN, NaN} << 0LL
                                 << true << -1 << NaN << NaN << NaN << false;
}

void TestMetrics::tierTable()
{
    QFETCH(QList<int>, tier);
    QFETCH(QList<int>, churned);
    QFETCH(QList<double>, arr);
    QFETCH(int, tierCount);
    QFETCH(QList<qlonglong>, accounts);
    QFETCH(QList<qlonglong>, churnedPerTier);
    QFETCH(QList<double>, rates);
    QFETCH(QList<double>, arrRates);
    QFETCH(qlonglong, excluded);
    QFETCH(bool, monotone);
    QFETCH(int, firstViolation);
    QFETCH(double, rr);
    QFETCH(double, rrLow);
    QFETCH(double, rrHigh);
    QFETCH(bool, corrected);

    const auto t = ints(tier);
    const auto c = flags(churned);
    const auto a = doubles(arr);
    const auto table = Metrics::tierTable(std::span<const int>(t), c, a, tierCount);
    QVERIFY(table.has_value());
    QCOMPARE(int(table->rows.size()), tierCount);
    qlonglong n = 0;
    qlonglong positives = 0;
    for (int k = 0; k < tierCount; ++k) {
        const TierRow &row = table->rows[std::size_t(k)];
        QCOMPARE(row.tier, k);
        COMPARE_INT(row.accounts, accounts[k]);
        COMPARE_INT(row.churned, churnedPerTier[k]);
        COMPARE_DOUBLE(row.rate, rates[k], 1e-15);
        COMPARE_DOUBLE(row.arrRate, arrRates[k], 1e-15);
        n += row.accounts;
        positives += row.churned;
    }
    COMPARE_INT(table->n, n);
    COMPARE_INT(table->positives, positives);
    COMPARE_INT(table->excluded, excluded);
    COMPARE_DOUBLE(table->baseRate, n ? double(positives) / double(n) : NaN, 1e-15);
    QCOMPARE(table->monotone, monotone);
    QCOMPARE(table->firstViolation, firstViolation);
    const RelativeRisk &r = table->relativeRisk;
    COMPARE_DOUBLE(r.ratio, rr, 1e-12);
    COMPARE_DOUBLE(r.low, rrLow, 1e-9);
    COMPARE_DOUBLE(r.high, rrHigh, 1e-9);
    QCOMPARE(r.continuityCorrected, corrected);
    QCOMPARE(r.isDefined(), !std::isnan(rr));

    // The engine's int8 tiers give the same table.
    std::vector<std::int8_t> narrow(t.begin(), t.end());
    const auto same8 = Metrics::tierTable(std::span<const std::int8_t>(narrow), c, a, tierCount);
    QVERIFY(same8.has_value());
    QCOMPARE(same8->monotone, table->monotone);
    for (int k = 0; k < tierCount; ++k)
        COMPARE_INT(same8->rows[std::size_t(k)].churned, table->rows[std::size_t(k)].churned);
}

void TestMetrics::tierTableErrors()
{
    const std::vector<int> tier{0, 3};
    const std::vector<std::uint8_t> churned{0, 1};
    const auto outside = Metrics::tierTable(std::span<const int>(tier), churned, {}, 3);
    QVERIFY(!outside.has_value());
    QCOMPARE(outside.error().code, Error::Code::Invalid);
    QVERIFY(outside.error().message.contains(QStringLiteral("tier 3")));
    const std::vector<double> arr{1};
    QVERIFY(!Metrics::tierTable(std::span<const int>(tier), churned, arr, 4).has_value());
    QVERIFY(!Metrics::tierTable(std::span<const int>(tier), churned, {}, 0).has_value());
    const std::vector<std::uint8_t> shortChurned{0};
    QVERIFY(!Metrics::tierTable(std::span<const int>(tier), shortChurned, {}, 4).has_value());
    QVERIFY(!Metrics::confusion(std::span<const int>(tier), shortChurned, 1).has_value());
}

void TestMetrics::confusion_data()
{
    QTest::addColumn<QList<int>>("churned");
    QTest::addColumn<int>("flagBelow");
    QTest::addColumn<QList<qlonglong>>("cells");   // TP, FP, FN, TN
    QTest::addColumn<double>("precision");
    QTest::addColumn<double>("recall");
    QTest::addColumn<double>("f1");

    // Tiers are {0, 0, 1, 1, 2, 2, −1} (3 tiers) in every row.
    // Worst tier flagged: idx 0 TP, idx 1 FP; idx 2, 5 FN; idx 3, 4 TN. P = ½, R = ⅓, F1 = 2/(2+1+2) = 0.4.
    QTest::newRow("worst tier") << QList<int>{1, 0, 1, 0, 0, 1, 1} << flagBelowTier(AtRiskRule::WorstTier, 3)
                                << QList<qlonglong>{1, 1, 2, 2} << 0.5 << 1.0 / 3.0 << 0.4;
    // Below the best tier (0 and 1): TP idx 0, 2; FP 1, 3; FN 5; TN 4. P = ½, R = ⅔, F1 = 4/7.
    QTest::newRow("below best tier") << QList<int>{1, 0, 1, 0, 0, 1, 1} << flagBelowTier(AtRiskRule::BelowBestTier, 3)
                                     << QList<qlonglong>{2, 2, 1, 1} << 0.5 << 2.0 / 3.0 << 4.0 / 7.0;
    // Nothing flagged: precision undefined, recall 0, F1 = 0 / 3 = 0.
    QTest::newRow("nothing flagged") << QList<int>{1, 0, 1, 0, 0, 1, 1} << 0 << QList<qlonglong>{0, 0, 3, 3} << NaN << 0.0
                                     << 0.0;
    // Nobody churned: recall undefined, F1 = 0 / (0 + 2 + 0) = 0.
    QTest::newRow("nobody churned") << QList<int>{0, 0, 0, 0, 0, 0, 1} << 1 << QList<qlonglong>{0, 2, 0, 4} << 0.0 << NaN
                                    << 0.0;
    // Nobody churned and nothing flagged: 0 / 0 everywhere.
    QTest::newRow("nothing at all") << QList<int>{0, 0, 0, 0, 0, 0, 0} << 0 << QList<qlonglong>{0, 0, 0, 6} << NaN << NaN
                                    << NaN;
}

void TestMetrics::confusion()
{
    QFETCH(QList<int>, churned);
    QFETCH(int, flagBelow);
    QFETCH(QList<qlonglong>, cells);
    QFETCH(double, precision);
    QFETCH(double, recall);
    QFETCH(double, f1);
    const std::vector<std::int8_t> tier{0, 0, 1, 1, 2, 2, -1};
    const auto c = Metrics::confusion(std::span<const std::int8_t>(tier), flags(churned), flagBelow);
    QVERIFY(c.has_value());
    COMPARE_INT(c->truePositives, cells[0]);
    COMPARE_INT(c->falsePositives, cells[1]);
    COMPARE_INT(c->falseNegatives, cells[2]);
    COMPARE_INT(c->trueNegatives, cells[3]);
    COMPARE_INT(c->excluded, 1LL);
    COMPARE_INT(c->n, 6LL);
    COMPARE_DOUBLE(c->precision, precision, 1e-15);
    COMPARE_DOUBLE(c->recall, recall, 1e-15);
    COMPARE_DOUBLE(c->f1, f1, 1e-15);
}

void TestMetrics::decileTable_data()
{
    QTest::addColumn<QList<double>>("score");
    QTest::addColumn<QList<int>>("churned");
    QTest::addColumn<QList<qlonglong>>("accounts");
    QTest::addColumn<QList<qlonglong>>("churnedPerDecile");
    QTest::addColumn<QList<double>>("minScore");
    QTest::addColumn<QList<double>>("lift");

    // 1..20, two per decile; churned: 1, 2, 3, 20. Base rate 4/20 = 0.2.
    // Decile 1 (1, 2): rate 1 → lift 5; decile 2 (3, 4): 0.5 → 2.5; decile 10 (19, 20): 0.5 → 2.5.
    QList<double> twenty;
    QList<int> twentyChurned;
    for (int s = 1; s <= 20; ++s) {
        twenty << s;
        twentyChurned << (s <= 3 || s == 20 ? 1 : 0);
    }
    QTest::newRow("20 distinct") << twenty << twentyChurned << QList<qlonglong>{2, 2, 2, 2, 2, 2, 2, 2, 2, 2}
                                 << QList<qlonglong>{2, 1, 0, 0, 0, 0, 0, 0, 0, 1}
                                 << QList<double>{1, 3, 5, 7, 9, 11, 13, 15, 17, 19}
                                 << QList<double>{5, 2.5, 0, 0, 0, 0, 0, 0, 0, 2.5};
    // 25 distinct: position i → decile ⌊0.4·i⌋ + 1, so sizes 3, 2, 3, 2, …
    QList<double> twentyFive;
    QList<int> none25;
    for (int s = 0; s < 25; ++s) {
        twentyFive << s;
        none25 << (s == 0 ? 1 : 0);
    }
    // One churner (score 0) in decile 1 of 3: rate ⅓ / base 1/25 → lift 25/3.
    QTest::newRow("25 distinct") << twentyFive << none25 << QList<qlonglong>{3, 2, 3, 2, 3, 2, 3, 2, 3, 2}
                                 << QList<qlonglong>{1, 0, 0, 0, 0, 0, 0, 0, 0, 0}
                                 << QList<double>{0, 3, 5, 8, 10, 13, 15, 18, 20, 23}
                                 << QList<double>{25.0 / 3.0, 0, 0, 0, 0, 0, 0, 0, 0, 0};
    // Ties stay together: sorted 5 5 5 6 7 8 9 9 9 9. The 5s start at position 0 → decile 1 (3
    // accounts); 6 at 3 → decile 4; 7 → 5; 8 → 6; the 9s start at 6 → decile 7 (4 accounts).
    // Churned: one 5 and two 9s; base 0.3: decile 1 ⅓ / 0.3 = 10/9, decile 7 ½ / 0.3 = 5/3.
    QTest::newRow("ties kept together") << QList<double>{9, 5, 9, 6, 5, 7, 9, 8, 5, 9} << QList<int>{1, 1, 0, 0, 0, 0, 1, 0, 0, 0}
                                        << QList<qlonglong>{3, 0, 0, 1, 1, 1, 4, 0, 0, 0}
                                        << QList<qlonglong>{1, 0, 0, 0, 0, 0, 2, 0, 0, 0}
                                        << QList<double>{5, NaN, NaN, 6, 7, 8, 9, NaN, NaN, NaN}
                                        << QList<double>{10.0 / 9.0, NaN, NaN, 0, 0, 0, 5.0 / 3.0, NaN, NaN, NaN};
    QTest::newRow("all tied") << QList<double>{50, 50, 50, NaN} << QList<int>{1, 0, 0, 1}
                              << QList<qlonglong>{3, 0, 0, 0, 0, 0, 0, 0, 0, 0} << QList<qlonglong>{1, 0, 0, 0, 0, 0, 0, 0, 0, 0}
                              << QList<double>{50, NaN, NaN, NaN, NaN, NaN, NaN, NaN, NaN, NaN}
                              << QList<double>{1, NaN, NaN, NaN, NaN, NaN, NaN, NaN, NaN, NaN};
    // Three accounts: positions 0, 1, 2 → deciles 1, 4 (⌊10/3⌋ = 3), 7 (⌊20/3⌋ = 6). Nobody churned:
    // rates 0, lift undefined.
    QTest::newRow("fewer than ten") << QList<double>{30, 10, 20} << QList<int>{0, 0, 0}
                                    << QList<qlonglong>{1, 0, 0, 1, 0, 0, 1, 0, 0, 0} << QList<qlonglong>{0, 0, 0, 0, 0, 0, 0, 0, 0, 0}
                                    << QList<double>{10, NaN, NaN, 20, NaN, NaN, 30, NaN, NaN, NaN}
                                    << QList<double>{NaN, NaN, NaN, NaN, NaN, NaN, NaN, NaN, NaN, NaN};
    QTest::newRow("empty") << QList<double>{} << QList<int>{} << QList<qlonglong>{0, 0, 0, 0, 0, 0, 0, 0, 0, 0}
                           << QList<qlonglong>{0, 0, 0, 0, 0, 0, 0, 0, 0, 0}
                           << QList<double>{NaN, NaN, NaN, NaN, NaN, NaN, NaN, NaN, NaN, NaN}
                           << QList<double>{NaN, NaN, NaN, NaN, NaN, NaN, NaN, NaN, NaN, NaN};
}

void TestMetrics::decileTable()
{
    QFETCH(QList<double>, score);
    QFETCH(QList<int>, churned);
    QFETCH(QList<qlonglong>, accounts);
    QFETCH(QList<qlonglong>, churnedPerDecile);
    QFETCH(QList<double>, minScore);
    QFETCH(QList<double>, lift);
    const auto t = Metrics::decileTable(doubles(score), flags(churned));
    QVERIFY(t.has_value());
    QCOMPARE(t->rows.size(), std::size_t(10));
    qlonglong captured = 0;
    for (int d = 0; d < 10; ++d) {
        const DecileRow &row = t->rows[std::size_t(d)];
        QCOMPARE(row.decile, d + 1);
        COMPARE_INT(row.accounts, accounts[d]);
        COMPARE_INT(row.churned, churnedPerDecile[d]);
        COMPARE_DOUBLE(row.minScore, minScore[d], 0);
        COMPARE_DOUBLE(row.lift, lift[d], 1e-12);
        captured += row.churned;
        COMPARE_DOUBLE(row.cumulativeCapture, t->positives ? double(captured) / double(t->positives) : NaN, 1e-15);
    }
    COMPARE_INT(captured, t->positives);
    const DecileTable grouped = Metrics::decileTable(*groupScores(doubles(score), flags(churned)));
    for (int d = 0; d < 10; ++d) {
        COMPARE_INT(grouped.rows[std::size_t(d)].accounts, t->rows[std::size_t(d)].accounts);
        COMPARE_INT(grouped.rows[std::size_t(d)].churned, t->rows[std::size_t(d)].churned);
        COMPARE_DOUBLE(grouped.rows[std::size_t(d)].maxScore, t->rows[std::size_t(d)].maxScore, 0);
    }
}

void TestMetrics::quantile_data()
{
    QTest::addColumn<QList<double>>("sorted");
    QTest::addColumn<double>("q");
    QTest::addColumn<double>("expected");
    // h = (4 − 1)·q: 0.15 → 1 + 0.15·(2 − 1); 2.85 → 3 + 0.85·1; 1.5 → 2.5.
    QTest::newRow("p5") << QList<double>{1, 2, 3, 4} << 0.05 << 1.15;
    QTest::newRow("p95") << QList<double>{1, 2, 3, 4} << 0.95 << 3.85;
    QTest::newRow("median") << QList<double>{1, 2, 3, 4} << 0.5 << 2.5;
    QTest::newRow("max") << QList<double>{1, 2, 3, 4} << 1.0 << 4.0;
    QTest::newRow("single") << QList<double>{7} << 0.3 << 7.0;
    QTest::newRow("empty") << QList<double>{} << 0.5 << NaN;
    QTest::newRow("infinite tail") << QList<double>{Inf, Inf} << 0.5 << Inf;
}

void TestMetrics::quantile()
{
    QFETCH(QList<double>, sorted);
    QFETCH(double, q);
    QFETCH(double, expected);
    const auto v = doubles(sorted);
    COMPARE_DOUBLE(quantileSorted(v, q), expected, 1e-12);
}

void TestMetrics::bootstrapDeterministic()
{
    // A clear but imperfect case: 400 accounts, churn likelier at low scores.
    QRandomGenerator rng(1234);
    std::vector<double> score(400);
    std::vector<std::uint8_t> churned(400);
    for (std::size_t i = 0; i < score.size(); ++i) {
        score[i] = double(rng.bounded(101));
        churned[i] = rng.bounded(100) < 90 - int(score[i] * 0.8) ? 1 : 0;
    }
    BootstrapOptions options;
    options.resamples = 300;
    options.seed = 77;
    const auto a = bootstrapAucCi(score, churned, options);
    const auto b = bootstrapAucCi(score, churned, options);
    QVERIFY(a.has_value() && b.has_value());
    QVERIFY(a->isDefined());
    QCOMPARE(a->low, b->low);
    QCOMPARE(a->high, b->high);
    QCOMPARE(a->standardError, b->standardError);
    QCOMPARE(a->auc, Metrics::rocAuc(score, churned)->auc);
    QVERIFY(a->low < a->auc && a->auc < a->high);
    QVERIFY(a->auc > 0.7);
    QCOMPARE(a->resamples, 300);
    QCOMPARE(a->used + a->skipped, 300);
    QCOMPARE(a->skipped, 0);

    // Threads split the resamples, each with its own stream: same interval.
    options.threads = 3;
    const auto threaded = bootstrapAucCi(score, churned, options);
    QVERIFY(threaded.has_value());
    QCOMPARE(threaded->low, a->low);
    QCOMPARE(threaded->high, a->high);

    options.threads = 1;
    options.seed = 78;
    const auto other = bootstrapAucCi(score, churned, options);
    QVERIFY(other.has_value());
    QVERIFY(other->low != a->low || other->high != a->high);

    options.level = 0.5;
    const auto narrow = bootstrapAucCi(score, churned, options);
    QVERIFY(narrow.has_value());
    QVERIFY(narrow->low >= other->low && narrow->high <= other->high);
}

void TestMetrics::bootstrapTinySample()
{
    // Two accounts: a resample holds both classes with probability ½ (then AUC = 1, since the
    // churner scored lower), otherwise one class and is skipped.
    const std::vector<double> score{10, 90};
    const std::vector<std::uint8_t> churned{1, 0};
    BootstrapOptions options;
    options.resamples = 200;
    const auto ci = bootstrapAucCi(score, churned, options);
    QVERIFY(ci.has_value());
    QVERIFY(ci->isDefined());
    QCOMPARE(ci->used + ci->skipped, 200);
    QVERIFY(ci->skipped > 50 && ci->skipped < 150);
    QCOMPARE(ci->low, 1.0);
    QCOMPARE(ci->high, 1.0);

    // A single class: no resample can help.
    const std::vector<std::uint8_t> allChurned{1, 1};
    const auto single = bootstrapAucCi(score, allChurned, options);
    QVERIFY(single.has_value());
    QVERIFY(!single->isDefined());
    QVERIFY(std::isnan(single->low));
    const auto empty = bootstrapAucCi(std::vector<double>{}, std::vector<std::uint8_t>{}, options);
    QVERIFY(empty.has_value());
    QVERIFY(!empty->isDefined());
}

void TestMetrics::bootstrapErrors()
{
    const std::vector<double> score{10, 90};
    const std::vector<std::uint8_t> churned{1, 0};
    BootstrapOptions options;
    options.resamples = 0;
    QCOMPARE(bootstrapAucCi(score, churned, options).error().code, Error::Code::Invalid);
    options.resamples = 10;
    options.level = 1.0;
    QCOMPARE(bootstrapAucCi(score, churned, options).error().code, Error::Code::Invalid);
    options.level = NaN;
    QVERIFY(!bootstrapAucCi(score, churned, options).has_value());
}

void TestMetrics::weightedAucAgainstReplication()
{
    // A weight w on an account equals w copies of it: compare with the pair count of the
    // replicated sample.
    QRandomGenerator rng(5);
    std::vector<double> score;
    std::vector<std::uint8_t> churned;
    for (int t = 0; t < 100; ++t) {
        randomCase(rng, 12, t % 3, score, churned);
        const auto g = groupScores(score, churned);
        QVERIFY(g.has_value());
        std::vector<std::uint32_t> weights(std::size_t(g->n));
        std::vector<double> copies;
        std::vector<std::uint8_t> copyChurned;
        std::size_t slot = 0;
        for (std::size_t k = 0; k < g->size(); ++k) {
            for (std::uint32_t j = 0; j < g->positives[k] + g->negatives[k]; ++j, ++slot) {
                weights[slot] = rng.bounded(4);
                for (std::uint32_t w = 0; w < weights[slot]; ++w) {
                    copies.push_back(g->values[k]);
                    copyChurned.push_back(j < g->positives[k] ? 1 : 0);
                }
            }
        }
        const auto weighted = rocAucWeighted(*g, weights);
        QVERIFY(weighted.has_value());
        QCOMPARE(weighted->twiceU, bruteTwiceU(copies, copyChurned));
        const auto replicated = Metrics::rocAuc(copies, copyChurned);
        COMPARE_DOUBLE(weighted->auc, replicated->auc, 0);
    }
    QVERIFY(!rocAucWeighted(*groupScores(std::vector<double>{1}, std::vector<std::uint8_t>{1}), {}).has_value());
}

QTEST_GUILESS_MAIN(TestMetrics)
#include "tst_metrics.moc"
