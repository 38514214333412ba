// TierBarsChart: accounts and ARR per tier, the baseline as a ghost beside each bar, the unscored
// count, compact money labels.
#include "charts/tierbarschart.h"

#include <QFontMetrics>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <map>

using namespace tierlab;
using namespace tierlab::ui;

class TestTierBarsChart : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void barsAndGhost();
    void noBaselineNoGhost();
    void comparisonLabel();
    void outerLabelsInsideTheirPanel_data();
    void outerLabelsInsideTheirPanel();
    void valueTicksWholeAndDistinct_data();
    void valueTicksWholeAndDistinct();
};

namespace {
// The title element above the two panels: the text the user reads.
QString shownTitle(TierBarsChart &chart)
{
    auto *title = qobject_cast<QCPTextElement *>(chart.plotLayout()->element(0, 0));
    return title ? title->text() : QStringLiteral("<no title element>");
}
} // namespace

void TestTierBarsChart::barsAndGhost()
{
    TierBarsChart chart;
    chart.setTiers({Tier{QStringLiteral("red"), {}, {}, 0, {}}, Tier{QStringLiteral("green"), {}, {}, 50, {}}});
    ScoreSummary now;
    now.tierCounts = {3, 5};
    now.tierArr = {300, 5000};
    now.unscored = 2;
    now.unscoredArr = 20;
    ScoreSummary before = now;
    before.tierCounts = {4, 4};
    chart.setSummaries(now, &before);
    QCOMPARE(chart.unscoredText(), TierBarsChart::tr("%n account(s) unscored", nullptr, 2));
    // Per panel: one bar per tier + unscored, then the ghost.
    QCOMPARE(chart.plottableCount(), 2 * (3 + 1));
    auto *green = qobject_cast<QCPBars *>(chart.plottable(1));
    QVERIFY(green);
    QCOMPARE(green->data()->at(0)->value, 5.0);
    auto *ghost = qobject_cast<QCPBars *>(chart.plottable(3));
    QVERIFY(ghost);
    QCOMPARE(ghost->data()->size(), 3);
    QCOMPARE(ghost->data()->at(0)->value, 4.0);
    QCOMPARE(ghost->data()->at(2)->value, 2.0);
    // The ARR panel is in thousands once a value reaches 1,000.
    auto *greenArr = qobject_cast<QCPBars *>(chart.plottable(5));
    QVERIFY(greenArr);
    QCOMPARE(greenArr->data()->at(0)->value, 5.0);
}

void TestTierBarsChart::outerLabelsInsideTheirPanel_data()
{
    QTest::addColumn<QSize>("size");
    // (At its 260-pixel minimum a panel is ~50 pixels for four slots: no width fits four labels.)
    QTest::newRow("designer 1366") << QSize(360, 200);
    QTest::newRow("review") << QSize(480, 240);
    QTest::newRow("wide") << QSize(900, 300);
}

// The first and last value labels ("11.7M / -3.6M" over the worst tier) stay inside their panel's
// axis rect, clear of the value axis, at every width.
void TestTierBarsChart::outerLabelsInsideTheirPanel()
{
    QFETCH(QSize, size);
    TierBarsChart chart;
    chart.resize(size);
    chart.setViewport(QRect(QPoint(0, 0), size));   // as its resize event would (the chart is not shown)
    chart.setTiers({Tier{QStringLiteral("red"), QStringLiteral("At risk"), {}, 0, {}},
                    Tier{QStringLiteral("amber"), QStringLiteral("Neutral"), {}, 40, {}},
                    Tier{QStringLiteral("green"), QStringLiteral("Healthy"), {}, 70, {}}});
    ScoreSummary now;
    now.tierCounts = {1104, 738, 709};
    now.tierArr = {11745100, 52706800, 63735700};
    now.unscored = 1200;
    now.unscoredArr = 18234000;
    ScoreSummary before = now;
    before.tierCounts = {113, 739, 703};
    before.tierArr = {10909000, 56347700, 61078900};
    chart.setSummaries(now, &before);
    chart.replot();
    std::map<QCPAxisRect *, std::vector<std::pair<double, double>>> spans;   // per panel: label left/right
    for (int i = 0; i < chart.itemCount(); ++i) {
        auto *label = qobject_cast<QCPItemText *>(chart.item(i));
        QVERIFY(label);
        const QRect panel = label->clipAxisRect()->rect();
        const QPointF at = label->position->pixelPosition();
        const QRect text = QFontMetrics(label->font()).boundingRect(QRect(), Qt::AlignCenter, label->text());
        const double left = at.x() - text.width() / 2.0, right = at.x() + text.width() / 2.0;
        QVERIFY2(left >= panel.left() && right <= panel.right(),
                 qPrintable(QStringLiteral("%1 at %2 in %3–%4").arg(label->text()).arg(at.x()).arg(panel.left()).arg(panel.right())));
        spans[label->clipAxisRect()].emplace_back(left, right);
    }
    // Neighbours do not run together.
    for (auto &[panel, labels] : spans) {
        std::sort(labels.begin(), labels.end());
        for (std::size_t k = 1; k < labels.size(); ++k)
            QVERIFY2(labels[k - 1].second <= labels[k].first,
                     qPrintable(QStringLiteral("%1 > %2").arg(labels[k - 1].second).arg(labels[k].first)));
    }
}

void TestTierBarsChart::valueTicksWholeAndDistinct_data()
{
    QTest::addColumn<QList<qint64>>("counts");
    QTest::addColumn<QList<double>>("arr");
    QTest::addColumn<QString>("arrAxis");
    // A data set without ARR (IBM Telco) put "1 1 1 1 0 0" on the ARR axis: ticks at 0.2 printed whole.
    // Now its ARR panel has no ticks and says why; the accounts panel of one account ticked the same way.
    const QString none = TierBarsChart::tr("No ARR in this data");
    QTest::newRow("no ARR") << QList<qint64>{3, 5} << QList<double>{0, 0} << none;
    QTest::newRow("one account") << QList<qint64>{1, 0} << QList<double>{0, 0} << none;
    QTest::newRow("small ARR") << QList<qint64>{2, 3} << QList<double>{3, 4} << TierBarsChart::tr("ARR");
    QTest::newRow("thousands") << QList<qint64>{30, 50} << QList<double>{300, 5000} << TierBarsChart::tr("ARR (thousands)");
    QTest::newRow("millions") << QList<qint64>{1104, 738} << QList<double>{11745100, 52706800}
                              << TierBarsChart::tr("ARR (millions)");
}

// Every value axis ticks at whole numbers, and no two tick labels read the same.
void TestTierBarsChart::valueTicksWholeAndDistinct()
{
    QFETCH(QList<qint64>, counts);
    QFETCH(QList<double>, arr);
    QFETCH(QString, arrAxis);
    TierBarsChart chart;
    chart.resize(480, 240);
    chart.setViewport(QRect(0, 0, 480, 240));
    chart.setTiers({Tier{QStringLiteral("red"), {}, {}, 0, {}}, Tier{QStringLiteral("green"), {}, {}, 50, {}}});
    ScoreSummary now;
    now.tierCounts = {counts[0], counts[1]};
    now.tierArr = {arr[0], arr[1]};
    const ScoreSummary before = now;   // with dashed outlines: none of them drawn on a panel without ARR
    chart.setSummaries(now, &before);
    chart.replot();
    QList<QCPAxisRect *> panels = chart.axisRects();
    QCOMPARE(panels.size(), 2);
    QCOMPARE(panels[1]->axis(QCPAxis::atLeft)->label(), arrAxis);
    if (arrAxis == TierBarsChart::tr("No ARR in this data")) {
        QCPAxis *arrValues = panels[1]->axis(QCPAxis::atLeft);
        QVERIFY(!arrValues->tickLabels());
        for (int i = 0; i < chart.plottableCount(); ++i) {   // neither the bars nor their outlines
            if (chart.plottable(i)->valueAxis() == arrValues)
                QVERIFY2(!chart.plottable(i)->visible(), qPrintable(QString::number(i)));
        }
        for (int i = 0; i < chart.itemCount(); ++i) {   // nor a "0" over each bar
            auto *label = qobject_cast<QCPItemText *>(chart.item(i));
            if (label->clipAxisRect() == panels[1])
                QCOMPARE(label->text(), QString());
        }
        panels.removeLast();
    }
    for (QCPAxisRect *panel : panels) {
        QCPAxis *value = panel->axis(QCPAxis::atLeft);
        const QVector<double> ticks = value->tickVector();
        const QVector<QString> labels = value->tickVectorLabels();
        QVERIFY2(ticks.size() >= 2, qPrintable(QString::number(ticks.size())));
        for (double t : ticks)
            QCOMPARE(t, std::round(t));
        QStringList sorted(labels.begin(), labels.end());
        sorted.removeDuplicates();
        QVERIFY2(sorted.size() == labels.size(), qPrintable(QStringList(labels.begin(), labels.end()).join(u' ')));
    }
}

void TestTierBarsChart::noBaselineNoGhost()
{
    TierBarsChart chart;
    chart.setTiers({Tier{QStringLiteral("only"), {}, {}, 0, {}}});
    ScoreSummary now;
    now.tierCounts = {7};
    now.tierArr = {70};
    chart.setSummaries(now, nullptr);
    auto *ghost = qobject_cast<QCPBars *>(chart.plottable(2));
    QVERIFY(ghost);
    QCOMPARE(ghost->data()->size(), 0);
    QCOMPARE(chart.unscoredText(), TierBarsChart::tr("%n account(s) unscored", nullptr, 0));
}

void TestTierBarsChart::comparisonLabel()
{
    TierBarsChart chart;
    QCOMPARE(chart.comparisonLabel(), QStringLiteral("baseline"));
    chart.setTiers({Tier{QStringLiteral("red"), {}, {}, 0, {}}, Tier{QStringLiteral("green"), {}, {}, 50, {}}});
    QCOMPARE(shownTitle(chart), QString());   // nothing to title before the first figures
    ScoreSummary now;
    now.tierCounts = {3, 5};
    now.tierArr = {300, 5000};
    chart.setSummaries(now, &now);
    // The designer's default.
    QCOMPARE(shownTitle(chart), QStringLiteral("Per tier (dashed: baseline)"));
    QCOMPARE(qobject_cast<QCPBars *>(chart.plottable(3))->name(), QStringLiteral("baseline"));

    // The review page and the report: the dashed bars are last week; the title follows at once.
    chart.setComparisonLabel(QStringLiteral("last week"));
    QCOMPARE(shownTitle(chart), QStringLiteral("Per tier (dashed: last week)"));
    QCOMPARE(qobject_cast<QCPBars *>(chart.plottable(3))->name(), QStringLiteral("last week"));
    QCOMPARE(qobject_cast<QCPBars *>(chart.plottable(7))->name(), QStringLiteral("last week"));
    // New tiers rebuild the ghosts: they keep the label, and so does the next set of figures.
    chart.setTiers({Tier{QStringLiteral("only"), {}, {}, 0, {}}});
    QCOMPARE(qobject_cast<QCPBars *>(chart.plottable(2))->name(), QStringLiteral("last week"));
    now.tierCounts = {8};
    now.tierArr = {800};
    chart.setSummaries(now, &now);
    QCOMPARE(shownTitle(chart), QStringLiteral("Per tier (dashed: last week)"));
    // Figures without a comparison (a review's first week) draw no outlines, and the title names none.
    chart.setSummaries(now, nullptr);
    QCOMPARE(shownTitle(chart), QStringLiteral("Per tier"));
    chart.setSubject(QStringLiteral("Enterprise"));
    QCOMPARE(shownTitle(chart), QStringLiteral("Per tier · Enterprise"));
}

QTEST_MAIN(TestTierBarsChart)
#include "tst_tierbarschart.moc"
