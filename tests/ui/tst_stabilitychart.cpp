// StabilityChart: the flip rate week by week and the PSI/CSI bars with their thresholds, from a
// hand-made review result; and the review page shows it.
#include "review/stabilitychart.h"

#include <QTest>

#include <algorithm>
#include <cmath>

using namespace tierlab;
using namespace tierlab::ui;

class TestStabilityChart : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void flipRatePerWeek();
    void driftBarsAndThresholds_data();
    void driftBarsAndThresholds();
};

namespace {

ReviewResult review()
{
    ReviewResult r;
    for (int w = 0; w < 4; ++w) {
        ReviewTrendPoint p;
        p.week = QDate(2026, 10, 12).addDays(7 * w);
        p.flipRate = w == 0 ? kMissing : 0.05 * w;   // none for the first week
        r.trend.push_back(p);
    }
    r.week = r.trend.back().week;
    r.psiBaselineWeek = QDate(2026, 8, 10);
    r.psi.value = 0.31;
    r.csi = {{QStringLiteral("logins"), 0.02}, {QStringLiteral("seats"), 0.1}, {QStringLiteral("nps"), kMissing},
             {QStringLiteral("tickets"), 0.25}};
    return r;
}

} // namespace

void TestStabilityChart::flipRatePerWeek()
{
    StabilityChart chart;
    chart.setReview(review());
    QCustomPlot *plot = chart.flipPlot();
    QCOMPARE(plot->graphCount(), 1);
    const auto data = plot->graph(0)->data();
    QCOMPARE(data->size(), 3);   // the first week has no week before it
    const double keys[] = {QCPAxisTickerDateTime::dateTimeToKey(QDate(2026, 10, 19).startOfDay(Qt::UTC)),
                           QCPAxisTickerDateTime::dateTimeToKey(QDate(2026, 10, 26).startOfDay(Qt::UTC)),
                           QCPAxisTickerDateTime::dateTimeToKey(QDate(2026, 11, 2).startOfDay(Qt::UTC))};
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(data->at(i)->key, keys[i]);
        QVERIFY(std::abs(data->at(i)->value - 5.0 * (i + 1)) < 1e-9);
    }
    QCOMPARE(plot->yAxis->range().lower, 0.0);
    QVERIFY(plot->yAxis->range().upper > 15.0);
}

void TestStabilityChart::driftBarsAndThresholds_data()
{
    QTest::addColumn<bool>("withBaseline");
    QTest::newRow("with a baseline week") << true;
    QTest::newRow("no week early enough") << false;
}

void TestStabilityChart::driftBarsAndThresholds()
{
    QFETCH(bool, withBaseline);
    ReviewResult r = review();
    if (!withBaseline) {
        r.psiBaselineWeek = QDate();
        r.psi.value = kMissing;
    }
    StabilityChart chart;
    chart.setReview(r);
    // The score's PSI first, then each signal with a value (nps has none), in order.
    QStringList labels{QStringLiteral("logins"), QStringLiteral("seats"), QStringLiteral("tickets")};
    std::vector<double> values{0.02, 0.1, 0.25};
    if (withBaseline) {
        labels.prepend(QStringLiteral("Score (PSI)"));
        values.insert(values.begin(), 0.31);
    }
    QCOMPARE(chart.driftLabels(), labels);
    QCOMPARE(chart.driftValues(), values);
    QCustomPlot *plot = chart.driftPlot();
    QCOMPARE(plot->plottableCount(), int(values.size()));
    // Colour by level: 0.02 stable, 0.1 moderate (from 0.1), 0.25 and 0.31 significant.
    const QColor stable(0x2e, 0x7d, 0x32), moderate(0xe0, 0x9b, 0x00), significant(0xb3, 0x26, 0x1e);
    std::vector<QColor> expected{stable, moderate, significant};
    if (withBaseline)
        expected.insert(expected.begin(), significant);
    for (int i = 0; i < plot->plottableCount(); ++i) {
        auto *bar = qobject_cast<QCPBars *>(plot->plottable(i));
        QVERIFY(bar);
        QCOMPARE(bar->brush().color(), expected[std::size_t(i)]);
        QCOMPARE(bar->data()->at(0)->value, values[std::size_t(i)]);
    }
    // Both thresholds, each a dashed line and a label.
    int lines = 0;
    QStringList texts;
    for (int i = 0; i < plot->itemCount(); ++i) {
        if (auto *line = qobject_cast<QCPItemStraightLine *>(plot->item(i))) {
            ++lines;
            QVERIFY(line->point1->coords().x() == 0.1 || line->point1->coords().x() == 0.25);
        } else if (auto *text = qobject_cast<QCPItemText *>(plot->item(i))) {
            texts << text->text();
        }
    }
    QCOMPARE(lines, 2);
    QCOMPARE(texts.size(), 2);
    QVERIFY(texts[0].endsWith(QStringLiteral("moderate")));
    QVERIFY(texts[1].endsWith(QStringLiteral("significant")));
    QVERIFY(plot->xAxis->range().upper > *std::max_element(values.begin(), values.end()));
}

QTEST_MAIN(TestStabilityChart)
#include "tst_stabilitychart.moc"
