// Signal diagnostics: hand-computed coverage, spread, direction-aware AUC and suggested ranges.
#include "analysis/signaldiagnostics.h"
#include "store/workspace.h"

#include <QRandomGenerator>
#include <QTest>

#include <cmath>
#include <limits>

using namespace tierlab;

namespace {

const double NaN = std::numeric_limits<double>::quiet_NaN();

std::vector<std::uint8_t> flags(const QList<int> &list)
{
    std::vector<std::uint8_t> out;
    for (int v : list)
        out.push_back(std::uint8_t(v));
    return out;
}

bool same(double actual, double expected, double tolerance)
{
    if (std::isnan(expected))
        return std::isnan(actual);
    return actual == expected || std::abs(actual - expected) <= tolerance;
}

#define COMPARE_DOUBLE(actual, expected)                                                                         \
    QVERIFY2(same(actual, expected, 1e-12),                                                                      \
             qPrintable(QStringLiteral("%1 = %2, expected %3").arg(QStringLiteral(#actual)).arg(actual, 0, 'g', 17) \
                            .arg(expected, 0, 'g', 17)))
#define COMPARE_INT(actual, expected) QCOMPARE(qlonglong(actual), qlonglong(expected))

} // namespace

class TestSignalDiagnostics : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void number_data();
    void number();
    void numberAucMatchesMetrics();
    void category();
    void column();
    void errors();
    void churnedAfterTheWeek();
};

void TestSignalDiagnostics::number_data()
{
    QTest::addColumn<QList<double>>("values");
    QTest::addColumn<QList<int>>("churned");
    QTest::addColumn<qlonglong>("present");
    QTest::addColumn<double>("coverage");
    QTest::addColumn<qlonglong>("distinct");
    QTest::addColumn<double>("modeShare");
    QTest::addColumn<double>("mean");
    QTest::addColumn<double>("variance");
    QTest::addColumn<double>("meanChurned");
    QTest::addColumn<double>("meanRetained");
    QTest::addColumn<bool>("lowVariance");
    QTest::addColumn<double>("rawAuc");
    QTest::addColumn<double>("auc");
    QTest::addColumn<int>("direction");
    QTest::addColumn<double>("p5");
    QTest::addColumn<double>("p95");
    QTest::addColumn<double>("worst");
    QTest::addColumn<double>("best");

    const int unknown = int(RiskDirection::Unknown);
    const int higher = int(RiskDirection::HigherIsRiskier);
    const int lower = int(RiskDirection::LowerIsRiskier);

    // 4 of 5 present; mean 2.5; variance (1.5² + 0.5² + 0.5² + 1.5²)/3 = 5/3; CV 0.52.
    // Churners 3, 4 above retained 1, 2: raw AUC 1, higher is riskier. p5: h = 3·0.05 = 0.15 →
    // 1.15; p95: h = 2.85 → 3.85; worst end = p95.
    QTest::newRow("higher is riskier") << QList<double>{1, 2, 3, 4, NaN} << QList<int>{0, 0, 1, 1, 1} << 4LL << 0.8 << 4LL
                                       << 0.25 << 2.5 << 5.0 / 3.0 << 3.5 << 1.5 << false << 1.0 << 1.0 << higher << 1.15
                                       << 3.85 << 3.85 << 1.15;
    // Churners low: raw 0 → direction lower, AUC 1. p5 = 10 + 0.15·10 = 11.5, p95 = 38.5.
    // Variance (225 + 25 + 25 + 225)/3 = 500/3.
    QTest::newRow("lower is riskier") << QList<double>{10, 20, 30, 40} << QList<int>{1, 1, 0, 0} << 4LL << 1.0 << 4LL << 0.25
                                      << 25.0 << 500.0 / 3.0 << 15.0 << 35.0 << false << 0.0 << 1.0 << lower << 11.5 << 38.5
                                      << 11.5 << 38.5;
    // Constant: every pair tied → 0.5, no direction, no oriented range; mode share 1 → low variance.
    QTest::newRow("constant") << QList<double>{5, 5, 5, 5} << QList<int>{1, 0, 1, 0} << 4LL << 1.0 << 1LL << 1.0 << 5.0 << 0.0
                              << 5.0 << 5.0 << true << 0.5 << 0.5 << unknown << 5.0 << 5.0 << NaN << NaN;
    // Mean 100, variance (0 + 1 + 1 + 0)/3 = ⅔, CV √⅔/100 = 0.008 < 0.05 → low variance although
    // the mode share is ½. The churner 101 tops all three retained → raw AUC 1.
    // p5: h = 0.15 on 99, 100, 100, 101 → 99.15; p95: h = 2.85 → 100.85.
    QTest::newRow("narrow around a large mean") << QList<double>{100, 101, 99, 100} << QList<int>{0, 1, 0, 0} << 4LL << 1.0
                                                << 3LL << 0.5 << 100.0 << 2.0 / 3.0 << 101.0 << (299.0 / 3.0) << true << 1.0
                                                << 1.0 << higher << 99.15 << 100.85 << 100.85 << 99.15;
    // 19 ones and one 2: mode share 0.95 → low variance (CV 0.21 alone would not flag it).
    // Mean 1.05, variance (19·0.0025 + 0.9025)/19 = 0.05. The churner holds the 2: raw AUC 1.
    // p5: h = 19·0.05 = 0.95 → 1; p95: h = 18.05 → 1 + 0.05·(2 − 1) = 1.05.
    QList<double> mostlyOne(19, 1.0);
    mostlyOne << 2.0;
    QList<int> lastChurned(19, 0);
    lastChurned << 1;
    QTest::newRow("95 % one value") << mostlyOne << lastChurned << 20LL << 1.0 << 2LL << 0.95 << 1.05 << 0.05 << 2.0 << 1.0
                                    << true << 1.0 << 1.0 << higher << 1.0 << 1.05 << 1.05 << 1.0;
    // Nobody churned: AUC undefined; spread still reported.
    QTest::newRow("single class") << QList<double>{1, 3} << QList<int>{0, 0} << 2LL << 1.0 << 2LL << 0.5 << 2.0 << 2.0 << NaN
                                  << 2.0 << false << NaN << NaN << unknown << 1.1 << 2.9 << NaN << NaN;
    QTest::newRow("all missing") << QList<double>{NaN, NaN} << QList<int>{1, 0} << 0LL << 0.0 << 0LL << NaN << NaN << NaN << NaN
                                 << NaN << false << NaN << NaN << unknown << NaN << NaN << NaN << NaN;
    QTest::newRow("empty") << QList<double>{} << QList<int>{} << 0LL << NaN << 0LL << NaN << NaN << NaN << NaN << NaN << false
                           << NaN << NaN << unknown << NaN << NaN << NaN << NaN;
}

void TestSignalDiagnostics::number()
{
    QFETCH(QList<double>, values);
    QFETCH(QList<int>, churned);
    QFETCH(qlonglong, present);
    QFETCH(double, coverage);
    QFETCH(qlonglong, distinct);
    QFETCH(double, modeShare);
    QFETCH(double, mean);
    QFETCH(double, variance);
    QFETCH(double, meanChurned);
    QFETCH(double, meanRetained);
    QFETCH(bool, lowVariance);
    QFETCH(double, rawAuc);
    QFETCH(double, auc);
    QFETCH(int, direction);
    QFETCH(double, p5);
    QFETCH(double, p95);
    QFETCH(double, worst);
    QFETCH(double, best);

    const std::vector<double> v(values.begin(), values.end());
    const auto d = diagnoseNumber(v, flags(churned));
    QVERIFY(d.has_value());
    COMPARE_INT(d->n, values.size());
    COMPARE_INT(d->present, present);
    COMPARE_DOUBLE(d->coverage, coverage);
    COMPARE_INT(d->distinct, distinct);
    COMPARE_DOUBLE(d->modeShare, modeShare);
    COMPARE_DOUBLE(d->mean, mean);
    COMPARE_DOUBLE(d->variance, variance);
    COMPARE_DOUBLE(d->meanChurned, meanChurned);
    COMPARE_DOUBLE(d->meanRetained, meanRetained);
    QCOMPARE(d->lowVariance, lowVariance);
    COMPARE_DOUBLE(d->rawAuc, rawAuc);
    COMPARE_DOUBLE(d->auc, auc);
    QCOMPARE(int(d->direction), direction);
    QCOMPARE(d->aucReason.isEmpty(), !std::isnan(rawAuc));
    COMPARE_DOUBLE(d->p5, p5);
    COMPARE_DOUBLE(d->p95, p95);
    COMPARE_DOUBLE(d->worst, worst);
    COMPARE_DOUBLE(d->best, best);
    QVERIFY(d->categories.empty());
}

void TestSignalDiagnostics::numberAucMatchesMetrics()
{
    // The raw-value AUC is the score AUC of −value (same pairs), and the direction-aware AUC is
    // never below 0.5.
    QRandomGenerator rng(31);
    for (int t = 0; t < 50; ++t) {
        const std::size_t n = 1 + rng.bounded(300);
        std::vector<double> values(n);
        std::vector<double> negated(n);
        std::vector<std::uint8_t> churned(n);
        for (std::size_t i = 0; i < n; ++i) {
            const double v = rng.bounded(10) == 0 ? NaN : double(rng.bounded(t % 2 ? 5 : 1000));
            values[i] = v;
            negated[i] = -v;
            churned[i] = rng.bounded(3) == 0 ? 1 : 0;
        }
        const auto d = diagnoseNumber(values, churned);
        const auto m = Metrics::rocAuc(negated, churned);
        QVERIFY(d.has_value() && m.has_value());
        QVERIFY(same(d->rawAuc, m->auc, 0));
        if (!std::isnan(d->auc)) {
            QVERIFY(d->auc >= 0.5);
            QCOMPARE(d->auc, std::max(d->rawAuc, 1 - d->rawAuc));
        }
    }
}

void TestSignalDiagnostics::category()
{
    // Codes 0 (2 accounts, 1 churned), 1 (1, 0), 2 (3, 1), one missing (−1): 6 of 7 present,
    // 2 churners among them, mode share 3/6.
    const std::vector<std::int32_t> codes{0, 0, 1, 2, -1, 2, 2};
    const auto d = diagnoseCategory(codes, flags({1, 0, 0, 1, 1, 0, 0}));
    QVERIFY(d.has_value());
    COMPARE_INT(d->n, 7);
    COMPARE_INT(d->present, 6);
    COMPARE_INT(d->positives, 2);
    COMPARE_DOUBLE(d->coverage, 6.0 / 7.0);
    COMPARE_INT(d->distinct, 3);
    COMPARE_DOUBLE(d->modeShare, 0.5);
    QVERIFY(!d->lowVariance);
    QVERIFY(std::isnan(d->auc));
    QVERIFY(!d->aucReason.isEmpty());
    QCOMPARE(d->categories.size(), std::size_t(3));
    const double rates[] = {0.5, 0.0, 1.0 / 3.0};
    const qlonglong accounts[] = {2, 1, 3};
    for (std::size_t k = 0; k < 3; ++k) {
        QCOMPARE(d->categories[k].code, std::int32_t(k));
        COMPARE_INT(d->categories[k].accounts, accounts[k]);
        COMPARE_DOUBLE(d->categories[k].rate, rates[k]);
    }

    // A code that never occurs leaves no row; one category for 19 of 20 → low variance.
    std::vector<std::int32_t> skewed(20, 4);
    skewed[0] = 1;
    const auto s = diagnoseCategory(skewed, std::vector<std::uint8_t>(20, 0));
    QVERIFY(s.has_value());
    COMPARE_INT(s->distinct, 2);
    QCOMPARE(s->categories[0].code, 1);
    QCOMPARE(s->categories[1].code, 4);
    QVERIFY(s->lowVariance);

    const auto empty = diagnoseCategory({}, {});
    QVERIFY(empty.has_value());
    QVERIFY(std::isnan(empty->coverage));
    QVERIFY(!empty->lowVariance);
}

void TestSignalDiagnostics::column()
{
    // Dispatch by type: a flag column is numeric (0/1), a category column uses its codes.
    Column flag;
    flag.info.type = SignalType::Flag;
    flag.numbers = {1, 1, 0, NaN};
    const auto f = diagnoseColumn(flag, flags({1, 1, 0, 0}));
    QVERIFY(f.has_value());
    COMPARE_INT(f->present, 3);
    // Churners hold the 1s, the retained account the 0: raw AUC 1, higher is riskier.
    COMPARE_DOUBLE(f->rawAuc, 1.0);
    QCOMPARE(f->direction, RiskDirection::HigherIsRiskier);

    Column plan;
    plan.info.type = SignalType::Category;
    plan.codes = {0, 1, kMissingCode};
    plan.dictionary = {QStringLiteral("basic"), QStringLiteral("pro")};
    const auto c = diagnoseColumn(plan, flags({1, 0, 0}));
    QVERIFY(c.has_value());
    COMPARE_INT(c->distinct, 2);
    COMPARE_INT(c->present, 2);
    QCOMPARE(c->categories.size(), std::size_t(2));
}

void TestSignalDiagnostics::errors()
{
    const std::vector<double> values{1, 2};
    const std::vector<std::uint8_t> churned{1};
    const auto d = diagnoseNumber(values, churned);
    QVERIFY(!d.has_value());
    QCOMPARE(d.error().code, Error::Code::Invalid);
    const std::vector<std::int32_t> codes{1, 2};
    QCOMPARE(diagnoseCategory(codes, churned).error().code, Error::Code::Invalid);
}

void TestSignalDiagnostics::churnedAfterTheWeek()
{
    Dataset week;
    week.asOf = QDate(2026, 6, 1);
    week.accountIds = {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"), QStringLiteral("D"), QStringLiteral("E")};
    const auto outcome = [](const char *id, OutcomeKind kind, QDate date, QDate snapshot = {}) {
        OutcomeRecord o;
        o.accountId = QString::fromLatin1(id);
        o.kind = kind;
        o.date = date;
        o.snapshotAsOf = snapshot;
        return o;
    };
    const std::vector<OutcomeRecord> outcomes{
        outcome("A", OutcomeKind::Churned, QDate(2026, 9, 1)),                // churns later
        outcome("B", OutcomeKind::Churned, QDate(2026, 6, 1)),                // on the week itself: not after
        outcome("C", OutcomeKind::Renewed, QDate(2026, 9, 1)),                // another kind
        outcome("D", OutcomeKind::Churned, {}, QDate(2026, 6, 1)),            // a label on this very snapshot
        outcome("E", OutcomeKind::Churned, {}, QDate(2026, 5, 1)),            // a label on another snapshot
        outcome("Z", OutcomeKind::Churned, QDate(2026, 9, 1)),                // not in the snapshot
    };
    QCOMPARE(churnedAfter(week, outcomes), (std::vector<std::uint8_t>{1, 0, 0, 1, 0}));
}

QTEST_GUILESS_MAIN(TestSignalDiagnostics)
#include "tst_signaldiagnostics.moc"
