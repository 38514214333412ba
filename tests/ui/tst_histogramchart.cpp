// HistogramChart: bars per tier from a ScoreHistogram, threshold lines the user drags (clamped
// between the neighbouring thresholds, rounded to half points).
#include "charts/histogramchart.h"

#include <QLocale>
#include <QSignalSpy>
#include <QTest>

using namespace tierlab;
using namespace tierlab::ui;

namespace {

std::vector<Tier> threeTiers()
{
    return {Tier{QStringLiteral("red"), QStringLiteral("At risk"), {}, 0, {}},
            Tier{QStringLiteral("yellow"), QStringLiteral("Watch"), {}, 40, {}},
            Tier{QStringLiteral("green"), QStringLiteral("Healthy"), {}, 70, {}}};
}

} // namespace

class TestHistogramChart : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void barsFollowHistogram();
    void mismatchedTiersIgnored();
    void thresholdNear();
    void drag_data();
    void drag();
    void notDraggable();
    void labelsNeverTouch_data();
    void labelsNeverTouch();

private:
    std::unique_ptr<HistogramChart> m_chart;
};

void TestHistogramChart::init()
{
    m_chart = std::make_unique<HistogramChart>();
    m_chart->resize(600, 300);
    m_chart->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_chart.get()));
    m_chart->setTiers(threeTiers());
    m_chart->replot();
}

void TestHistogramChart::barsFollowHistogram()
{
    ScoreHistogram h;
    h.binWidth = 10;
    h.bins = 10;
    h.tierCount = 3;
    h.counts.assign(30, 0);
    h.counts[2 * 3 + 0] = 5;   // bin 20–30, red
    h.counts[5 * 3 + 1] = 7;   // bin 50–60, yellow
    h.counts[9 * 3 + 2] = 1;   // bin 90–100, green
    m_chart->setHistogram(h);
    QCOMPARE(m_chart->barTotal(), std::int64_t(13));
    auto *bars = qobject_cast<QCPBars *>(m_chart->plottable(1));
    QVERIFY(bars);
    QCOMPARE(bars->data()->size(), 10);
    QCOMPARE(bars->data()->at(5)->key, 55.0);
    QCOMPARE(bars->data()->at(5)->value, 7.0);
}

void TestHistogramChart::mismatchedTiersIgnored()
{
    ScoreHistogram h;
    h.bins = 50;
    h.tierCount = 2;
    h.counts.assign(100, 1);
    m_chart->setHistogram(h);
    QCOMPARE(m_chart->barTotal(), std::int64_t(0));
}

void TestHistogramChart::thresholdNear()
{
    const double x40 = m_chart->thresholdPixel(1);
    QCOMPARE(x40, m_chart->xAxis->coordToPixel(40));
    QCOMPARE(m_chart->thresholdNear(x40 + 3), 1);
    QCOMPARE(m_chart->thresholdNear(m_chart->thresholdPixel(2) - 2), 2);
    QCOMPARE(m_chart->thresholdNear(m_chart->xAxis->coordToPixel(55)), -1);
    QCOMPARE(m_chart->thresholdPixel(0), -1.0);   // the first tier has no line
}

void TestHistogramChart::drag_data()
{
    QTest::addColumn<int>("tier");
    QTest::addColumn<double>("to");
    QTest::addColumn<double>("expected");
    QTest::newRow("yellow up") << 1 << 50.2 << 50.0;
    QTest::newRow("yellow past green") << 1 << 90.0 << 69.5;
    QTest::newRow("yellow below red") << 1 << -5.0 << 0.5;
    QTest::newRow("green to the end") << 2 << 120.0 << 100.0;
}

void TestHistogramChart::drag()
{
    QFETCH(int, tier);
    QFETCH(double, to);
    QFETCH(double, expected);
    QSignalSpy started(m_chart.get(), &HistogramChart::thresholdDragStarted);
    QSignalSpy moved(m_chart.get(), &HistogramChart::thresholdDragged);
    QSignalSpy finished(m_chart.get(), &HistogramChart::thresholdDragFinished);
    const int y = m_chart->height() / 2;
    const QPoint from(int(std::lround(m_chart->thresholdPixel(tier))), y);
    const QPoint end(int(std::lround(m_chart->xAxis->coordToPixel(to))), y);
    QTest::mousePress(m_chart.get(), Qt::LeftButton, {}, from);
    QTest::mouseMove(m_chart.get(), end);
    QTest::mouseRelease(m_chart.get(), Qt::LeftButton, {}, end);
    QCOMPARE(started.count(), 1);
    QCOMPARE(started[0][0].toInt(), tier);
    QCOMPARE(moved.count(), 1);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished[0][0].toInt(), tier);
    // Pixels map to scores only to the pixel: the result is rounded to half points anyway.
    QVERIFY2(std::abs(finished[0][1].toDouble() - expected) <= 0.5,
             qPrintable(QString::number(finished[0][1].toDouble())));
}

void TestHistogramChart::notDraggable()
{
    m_chart->setThresholdsDraggable(false);
    QSignalSpy started(m_chart.get(), &HistogramChart::thresholdDragStarted);
    const QPoint at(int(std::lround(m_chart->thresholdPixel(1))), m_chart->height() / 2);
    QTest::mousePress(m_chart.get(), Qt::LeftButton, {}, at);
    QTest::mouseRelease(m_chart.get(), Qt::LeftButton, {}, at);
    QCOMPARE(started.count(), 0);
}

void TestHistogramChart::labelsNeverTouch_data()
{
    QTest::addColumn<QList<double>>("mins");
    QTest::addColumn<int>("width");
    QTest::newRow("21 apart") << QList<double>{0, 49, 70} << 600;
    QTest::newRow("far apart") << QList<double>{0, 30, 70} << 600;
    QTest::newRow("5 apart") << QList<double>{0, 40, 45} << 600;
    QTest::newRow("half a point apart") << QList<double>{0, 40, 40.5} << 600;
    QTest::newRow("five tiers, narrow") << QList<double>{0, 20, 21, 22, 23} << 300;
    QTest::newRow("at the right edge") << QList<double>{0, 98.5, 99, 100} << 400;
}

void TestHistogramChart::labelsNeverTouch()
{
    QFETCH(QList<double>, mins);
    QFETCH(int, width);
    const QStringList ids{QStringLiteral("red"), QStringLiteral("orange"), QStringLiteral("yellow"),
                          QStringLiteral("blue"), QStringLiteral("green")};
    std::vector<Tier> tiers;
    for (int t = 0; t < mins.size(); ++t)
        tiers.push_back(Tier{ids[t], QStringLiteral("Tier label %1").arg(t), {}, mins[t], {}});
    m_chart->resize(width, 300);
    m_chart->setTiers(tiers);
    m_chart->replot();
    const QRectF area = m_chart->axisRect()->rect();
    for (int t = 1; t < mins.size(); ++t) {
        const QRectF box = m_chart->thresholdLabelRect(t);
        QVERIFY(!box.isEmpty());
        QVERIFY2(box.left() >= area.left() && box.right() <= area.right() + 1, qPrintable(QStringLiteral("tier %1").arg(t)));
        QVERIFY(box.bottom() <= area.bottom());
        QVERIFY(m_chart->thresholdLabelText(t).contains(QLocale().toString(mins[t], 'f', 1)));
        for (int u = 1; u < t; ++u)
            QVERIFY2(!box.intersects(m_chart->thresholdLabelRect(u)),
                     qPrintable(QStringLiteral("%1 and %2 touch").arg(m_chart->thresholdLabelText(u), m_chart->thresholdLabelText(t))));
    }
    // Far apart, each label names its tier.
    if (mins.size() == 3 && mins[2] - mins[1] > 30) {
        QVERIFY(m_chart->thresholdLabelText(1).startsWith(QStringLiteral("Tier label 1")));
        QCOMPARE(m_chart->thresholdLabelRect(1).top(), m_chart->thresholdLabelRect(2).top());
    }
}

QTEST_MAIN(TestHistogramChart)
#include "tst_histogramchart.moc"
