#include "trendchart.h"

#include "charts/tierpalette.h"

namespace tierlab::ui {

TrendChart::TrendChart(QWidget *parent) : QCustomPlot(parent)
{
    setObjectName(QStringLiteral("trendChart"));
    setMinimumSize(300, 200);
    setToolTip(tr("Share of accounts (or ARR) in each tier, week by week; a dashed line marks a new model version"));
    // The legend in its own row under the chart, so it never hides a bar.
    legend->setVisible(true);
    axisRect()->insetLayout()->take(legend);
    plotLayout()->addElement(1, 0, legend);
    plotLayout()->setRowStretchFactor(1, 0.001);
    legend->setFillOrder(QCPLegend::foColumnsFirst);
    legend->setBorderPen(Qt::NoPen);
    yAxis->setRange(0, 100);
    yAxis->setLabel(tr("% of accounts"));
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    xAxis->setTicker(ticker);
    xAxis->grid()->setVisible(false);
    xAxis->setTickLabelRotation(-45);
}

void TrendChart::setTiers(const std::vector<Tier> &tiers, bool okabeIto)
{
    m_tiers = tiers;
    if (okabeIto) {
        // Position-based Okabe–Ito colours, whatever the model says (presentation mode).
        for (Tier &t : m_tiers)
            t.color.clear();
    }
    rebuild();
}

void TrendChart::setTrend(const std::vector<ReviewTrendPoint> &trend)
{
    m_trend = trend;
    rebuild();
}

void TrendChart::setByArr(bool byArr)
{
    m_byArr = byArr;
    rebuild();
}

void TrendChart::rebuild()
{
    clearPlottables();
    clearItems();
    yAxis->setLabel(m_byArr ? tr("% of ARR") : tr("% of accounts"));
    auto ticker = qSharedPointerCast<QCPAxisTickerText>(xAxis->ticker());
    ticker->clear();
    const int weeks = int(m_trend.size());
    // Fewer labels when the weeks crowd the axis.
    const int step = weeks > 16 ? (weeks + 15) / 16 : 1;
    for (int i = 0; i < weeks; ++i) {
        if ((weeks - 1 - i) % step == 0)
            ticker->addTick(i, m_trend[std::size_t(i)].week.toString(QStringLiteral("MM-dd")));
    }
    QCPBars *below = nullptr;
    for (std::size_t t = 0; t < m_tiers.size(); ++t) {
        auto *bars = new QCPBars(xAxis, yAxis);
        bars->setName(TierPalette::label(m_tiers, int(t)));
        const QColor c = TierPalette::color(m_tiers, int(t));
        bars->setBrush(c);
        bars->setPen(QPen(c.darker(130)));
        bars->setWidth(0.8);
        QVector<double> keys, values;
        for (int i = 0; i < weeks; ++i) {
            const ReviewTrendPoint &p = m_trend[std::size_t(i)];
            double total = 0;
            for (std::size_t k = 0; k < m_tiers.size() && k < p.accounts.size(); ++k)
                total += m_byArr ? p.arr[k] : double(p.accounts[k]);
            const double v = t < p.accounts.size() ? (m_byArr ? p.arr[t] : double(p.accounts[t])) : 0.0;
            keys << i;
            values << (total > 0 ? 100.0 * v / total : 0.0);
        }
        bars->setData(keys, values, true);
        if (below)
            bars->moveAbove(below);
        below = bars;
    }
    for (int i = 0; i < weeks; ++i) {
        if (!m_trend[std::size_t(i)].modelChanged)
            continue;
        auto *line = new QCPItemStraightLine(this);
        line->point1->setCoords(i - 0.5, 0);
        line->point2->setCoords(i - 0.5, 100);
        line->setPen(QPen(Qt::black, 2, Qt::DashLine));
        auto *label = new QCPItemText(this);
        label->position->setCoords(i - 0.45, 98);
        label->setPositionAlignment(Qt::AlignLeft | Qt::AlignTop);
        label->setText(tr("model version"));
        label->setBrush(QColor(255, 255, 255, 220));
    }
    xAxis->setRange(-0.6, weeks - 0.4);
    yAxis->setRange(0, 100);
    replot();
}

} // namespace tierlab::ui
