// RuleCurveChart: the histogram of a signal split into churned and retained accounts, the rule's
// scores drawn over it (a curve for numbers, a marker per category value) and the AUC text, on tiny
// hand-made columns whose figures are counted by hand.
#include "analysis/signaldiagnostics.h"
#include "charts/rulecurvechart.h"
#include "datasetbuilder.h"

#include <QTest>

#include <cmath>

using namespace tierlab;
using namespace tierlab::ui;

class TestRuleCurveChart : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void numberHistogramSplitsByOutcome();
    void aucOfAHandMadeColumn();
    void linearCurveFollowsTheRule();
    void bandsStepAtTheirEdges();
    void noRuleNoCurve();
    void categoriesGetMarkers();

private:
    std::unique_ptr<RuleCurveChart> m_chart;
};

namespace {

// Values 1…6; the accounts with 3, 5 and 6 churned. Of the 3 × 3 (churned, retained) pairs the
// churned value is higher in 8 (3 > 1, 2; 5 and 6 > 1, 2, 4): AUC 8/9 with higher values riskier.
Column sixValues()
{
    return test::numberColumn(QStringLiteral("tickets"), {1, 2, 3, 4, 5, 6});
}
const std::vector<std::uint8_t> kChurned{0, 0, 1, 0, 1, 1};

} // namespace

void TestRuleCurveChart::init()
{
    m_chart = std::make_unique<RuleCurveChart>();
    m_chart->resize(640, 360);
    m_chart->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_chart.get()));
}

void TestRuleCurveChart::numberHistogramSplitsByOutcome()
{
    m_chart->setValues(sixValues());
    QCOMPARE(m_chart->barSeriesCount(), 1);   // outcomes not known yet: one series
    QCOMPARE(m_chart->barCount(), 6);         // whole numbers 1…6: one bar each
    m_chart->setValues(sixValues(), kChurned);
    QCOMPARE(m_chart->barSeriesCount(), 2);
    QCOMPARE(m_chart->barCount(), 6);
    QCOMPARE(m_chart->plot()->legend->itemCount(), 2);   // churned and the others; no rule yet
}

void TestRuleCurveChart::aucOfAHandMadeColumn()
{
    const Column column = sixValues();
    auto d = diagnoseColumn(column, kChurned);
    QVERIFY(d);
    QCOMPARE(d->auc, 8.0 / 9.0);
    m_chart->setValues(column, kChurned);
    m_chart->setDiagnostics(&*d);
    QCOMPARE(m_chart->aucText(), RuleCurveChart::tr("AUC %1 (%2)").arg(QLocale().toString(8.0 / 9.0, 'f', 3),
                                                                     RuleCurveChart::tr("higher values are riskier"))
                                     + u'\n'
                                     + RuleCurveChart::tr("%1 of %2 accounts have a value, %3 of them churned later.")
                                           .arg(QStringLiteral("6"), QStringLiteral("6"), QStringLiteral("3")));
    QVERIFY(m_chart->aucText().startsWith(QStringLiteral("AUC 0.889")));
    m_chart->setDiagnostics(nullptr, QStringLiteral("AUC: reading"));
    QCOMPARE(m_chart->aucText(), QStringLiteral("AUC: reading"));
}

void TestRuleCurveChart::linearCurveFollowsTheRule()
{
    m_chart->setValues(sixValues(), kChurned);
    SignalRule rule;
    rule.worst = 5;   // lower is better: 5 → 0, 2 → 100
    rule.best = 2;
    m_chart->setRule(rule);
    QVERIFY(m_chart->curvePointCount() > 100);
    QCOMPARE(m_chart->scoreDrawnAt(5), 0.0);
    QCOMPARE(m_chart->scoreDrawnAt(2), 100.0);
    QCOMPARE(m_chart->markerCount(), 0);
    QCOMPARE(m_chart->plot()->legend->itemCount(), 3);
    // Live: another rule redraws.
    rule.worst = 1;
    rule.best = 6;
    m_chart->setRule(rule);
    QCOMPARE(m_chart->scoreDrawnAt(1), 0.0);
    QCOMPARE(m_chart->scoreDrawnAt(6), 100.0);
}

void TestRuleCurveChart::bandsStepAtTheirEdges()
{
    m_chart->setValues(sixValues(), kChurned);
    SignalRule rule;
    rule.kind = RuleKind::Bands;
    rule.edges = {3};
    rule.bandScores = {80, 20};
    m_chart->setRule(rule);
    QCOMPARE(m_chart->scoreDrawnAt(3), 20.0);
    QCOMPARE(m_chart->scoreDrawnAt(std::nextafter(3.0, 0.0)), 80.0);
}

void TestRuleCurveChart::noRuleNoCurve()
{
    m_chart->setValues(sixValues(), kChurned);
    m_chart->setRule(SignalRule());
    QVERIFY(m_chart->curvePointCount() > 0);
    m_chart->setRule(std::nullopt);
    QCOMPARE(m_chart->curvePointCount(), 0);
    QCOMPARE(m_chart->plot()->legend->itemCount(), 2);
}

void TestRuleCurveChart::categoriesGetMarkers()
{
    const Column plan = test::textColumn(QStringLiteral("plan"), {QStringLiteral("Gold"), QStringLiteral("Silver"), QStringLiteral("Gold"),
                                                                  QStringLiteral("Bronze"), QString()});
    m_chart->setValues(plan, std::vector<std::uint8_t>{0, 1, 1, 0, 1});
    QCOMPARE(m_chart->barSeriesCount(), 2);
    QCOMPARE(m_chart->barCount(), 3);   // the missing value has no bar
    SignalRule rule;
    rule.kind = RuleKind::Map;
    rule.mapScores = {{QStringLiteral("Gold"), 90}, {QStringLiteral("Silver"), 50}};
    rule.mapDefault = 20;
    m_chart->setRule(rule, MissingPolicy::Neutral);
    QCOMPARE(m_chart->markerCount(), 3);
    QCOMPARE(m_chart->curvePointCount(), 0);
    QCOMPARE(m_chart->markerScore(QStringLiteral("Gold")), 90.0);
    QCOMPARE(m_chart->markerScore(QStringLiteral("Silver")), 50.0);
    QCOMPARE(m_chart->markerScore(QStringLiteral("Bronze")), 20.0);   // not listed: the default
    auto d = diagnoseColumn(plan, std::vector<std::uint8_t>{0, 1, 1, 0, 1});
    QVERIFY(d);
    m_chart->setDiagnostics(&*d);
    QVERIFY2(m_chart->aucText().contains(d->aucReason), qPrintable(m_chart->aucText()));
}

QTEST_MAIN(TestRuleCurveChart)
#include "tst_rulecurvechart.moc"
