// Tests of Drift::psi (PSI and CSI) on hand-made distributions: decile edges (e_k the ⌈k·n/10⌉-th
// smallest), ties that leave bins empty, the 0.0001 replacement, missing values, and the levels.
#include "analysis/drift.h"

#include <QTest>

#include <cmath>
#include <limits>

using namespace tierlab;

namespace {

constexpr double NaN = std::numeric_limits<double>::quiet_NaN();

std::vector<double> range(int from, int to)
{
    std::vector<double> v;
    for (int i = from; i <= to; ++i)
        v.push_back(i);
    return v;
}

} // namespace

class tst_Drift : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void edges_data();
    void edges();
    void identical();
    void shifted();
    void ties();
    void missingValues();
    void empty();
    void levels_data();
    void levels();
};

void tst_Drift::edges_data()
{
    QTest::addColumn<std::vector<double>>("baseline");
    QTest::addColumn<std::vector<double>>("edges");
    // n = 10: e_k is the k-th smallest.
    QTest::newRow("n = 10") << range(1, 10) << range(1, 9);
    // n = 7: ⌈0.7k⌉ = 1, 2, 3, 3, 4, 5, 5, 6, 7.
    QTest::newRow("n = 7") << std::vector<double>{7, 3, 1, 6, 2, 5, 4} << std::vector<double>{1, 2, 3, 3, 4, 5, 5, 6, 7};
    // n = 1: every edge is the one value.
    QTest::newRow("n = 1") << std::vector<double>{42} << std::vector<double>(9, 42);
}

void tst_Drift::edges()
{
    QFETCH(std::vector<double>, baseline);
    QFETCH(std::vector<double>, edges);
    QCOMPARE(Drift::psi(baseline, baseline).edges, edges);
}

void tst_Drift::identical()
{
    // Bins: below 1 empty, [1,2) … [8,9) one value each, [9, ∞) two. The same on both sides: 0.
    const PsiResult r = Drift::psi(range(1, 10), range(1, 10));
    QCOMPARE(r.baselineShares, (std::vector<double>{0, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.2}));
    QCOMPARE(r.currentShares, r.baselineShares);
    QCOMPARE(r.value, 0.0);
    QCOMPARE(r.baselineN, std::int64_t(10));
}

void tst_Drift::shifted()
{
    // Every current value is 10, in the last bin: bins 1–8 go from 0.1 to 0 (read as 0.0001), the last
    // from 0.2 to 1; the empty first bin adds 0.
    const PsiResult r = Drift::psi(range(1, 10), std::vector<double>(10, 10));
    QCOMPARE(r.currentShares, (std::vector<double>{0, 0, 0, 0, 0, 0, 0, 0, 0, 1}));
    double expected = 0;
    for (int j = 1; j <= 8; ++j)
        expected += (0.0001 - 0.1) * std::log(0.0001 / 0.1);
    expected += (1 - 0.2) * std::log(1 / 0.2);
    QCOMPARE(r.value, expected);   // 8 × 0.690085… + 1.287550… = 6.808232…
    QVERIFY(std::abs(r.value - 6.8082) < 1e-4);
}

void tst_Drift::ties()
{
    // Ten 0s and ten 1s: e1…e5 = 0 (ranks 2…10), e6…e9 = 1 (ranks 12…18). Bins [0,0) and [1,1) are
    // empty; the 0s fall in [0,1) (bin 5), the 1s in [1, ∞). Current: fifteen 0s, five 1s.
    // PSI = (0.75 − 0.5)·ln 1.5 + (0.25 − 0.5)·ln 0.5 = 0.101366… + 0.173287… = 0.274653…
    std::vector<double> baseline(10, 0.0), current(15, 0.0);
    baseline.insert(baseline.end(), 10, 1.0);
    current.insert(current.end(), 5, 1.0);
    const PsiResult r = Drift::psi(baseline, current);
    QCOMPARE(r.edges, (std::vector<double>{0, 0, 0, 0, 0, 1, 1, 1, 1}));
    QCOMPARE(r.baselineShares, (std::vector<double>{0, 0, 0, 0, 0, 0.5, 0, 0, 0, 0.5}));
    QCOMPARE(r.currentShares, (std::vector<double>{0, 0, 0, 0, 0, 0.75, 0, 0, 0, 0.25}));
    QCOMPARE(r.value, 0.25 * std::log(1.5) + (-0.25) * std::log(0.5));
    QCOMPARE(Drift::level(r.value), Drift::Level::Significant);
}

void tst_Drift::missingValues()
{
    std::vector<double> baseline = range(1, 10), current(10, 10.0);
    baseline.push_back(NaN);
    current.insert(current.begin(), NaN);
    const PsiResult with = Drift::psi(baseline, current);
    const PsiResult without = Drift::psi(range(1, 10), std::vector<double>(10, 10));
    QCOMPARE(with.value, without.value);
    QCOMPARE(with.baselineN, std::int64_t(10));
    QCOMPARE(with.currentN, std::int64_t(10));
}

void tst_Drift::empty()
{
    const PsiResult r = Drift::psi(std::vector<double>{NaN, NaN}, range(1, 3));
    QVERIFY(std::isnan(r.value));
    QVERIFY(r.edges.empty());
    QVERIFY(std::isnan(Drift::psi(range(1, 3), std::vector<double>{}).value));
}

void tst_Drift::levels_data()
{
    QTest::addColumn<double>("psi");
    QTest::addColumn<QString>("level");
    QTest::newRow("0") << 0.0 << "stable";
    QTest::newRow("just below 0.1") << std::nextafter(0.1, 0.0) << "stable";
    QTest::newRow("0.1") << 0.1 << "moderate";
    QTest::newRow("just below 0.25") << std::nextafter(0.25, 0.0) << "moderate";
    QTest::newRow("0.25") << 0.25 << "significant";
}

void tst_Drift::levels()
{
    QFETCH(double, psi);
    QFETCH(QString, level);
    QCOMPARE(Drift::levelName(Drift::level(psi)), level);
}

QTEST_GUILESS_MAIN(tst_Drift)
#include "tst_drift.moc"
