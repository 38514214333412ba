#include "stabilitychart.h"

#include "analysis/drift.h"
#include "common/format.h"

#include <QHBoxLayout>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace tierlab::ui {

namespace {

QColor levelColor(double value)
{
    switch (Drift::level(value)) {
    case Drift::Level::Stable:
        return QColor(0x2e, 0x7d, 0x32);
    case Drift::Level::Moderate:
        return QColor(0xe0, 0x9b, 0x00);
    case Drift::Level::Significant:
        break;
    }
    return QColor(0xb3, 0x26, 0x1e);
}

void tidy(QCustomPlot *plot)
{
    plot->setMinimumSize(260, 200);
    plot->xAxis->grid()->setVisible(false);
    plot->setBackground(plot->palette().base());
}

} // namespace

StabilityChart::StabilityChart(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("stabilityChart"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_flip = new QCustomPlot(this);
    m_flip->setObjectName(QStringLiteral("flipRatePlot"));
    m_flip->setToolTip(tr("Flip rate: the share of the accounts scored in both weeks whose tier changed from the week before"));
    tidy(m_flip);
    m_flip->yAxis->setLabel(tr("Tier changed (% of accounts)"));
    auto dates = QSharedPointer<QCPAxisTickerDateTime>::create();
    dates->setDateTimeFormat(QStringLiteral("yyyy-MM-dd"));
    dates->setTickCount(4);
    dates->setDateTimeSpec(Qt::UTC);
    m_flip->xAxis->setTicker(dates);
    m_drift = new QCustomPlot(this);
    m_drift->setObjectName(QStringLiteral("driftPlot"));
    m_drift->setToolTip(tr("PSI of the score and CSI of each signal against the baseline week: below 0.1 stable, 0.1–0.25 "
                           "moderate, above 0.25 significant"));
    tidy(m_drift);
    m_drift->xAxis->setLabel(tr("PSI / CSI against the baseline week"));
    m_drift->yAxis->setTicker(QSharedPointer<QCPAxisTickerText>::create());
    m_drift->yAxis->grid()->setVisible(false);
    // Room for a score and 16 signals at a text line and a bit each: the names never run together.
    m_drift->setMinimumHeight(int(1.4 * fontMetrics().height() * 17) + 90);
    layout->addWidget(m_flip, 1);
    layout->addWidget(m_drift, 1);
}

void StabilityChart::setReview(const ReviewResult &review)
{
    // Flip rate per week: the first week of the trend has none.
    m_flip->clearGraphs();
    QCPGraph *line = m_flip->addGraph();
    line->setPen(QPen(palette().text().color(), 2));
    line->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, 5));
    double top = 0;
    for (const ReviewTrendPoint &p : review.trend) {
        if (std::isnan(p.flipRate))
            continue;
        line->addData(QCPAxisTickerDateTime::dateTimeToKey(p.week.startOfDay(Qt::UTC)), 100.0 * p.flipRate);
        top = std::max(top, 100.0 * p.flipRate);
    }
    m_flip->rescaleAxes();
    m_flip->yAxis->setRange(0, std::max(5.0, top * 1.15));
    const QCPRange x = m_flip->xAxis->range();
    m_flip->xAxis->setRange(x.lower - 3.5 * 86400, x.upper + 3.5 * 86400);
    m_flip->replot(QCustomPlot::rpQueuedReplot);

    // Drift bars, the score's PSI on top, then each signal's CSI in model order.
    m_labels.clear();
    m_values.clear();
    if (!std::isnan(review.psi.value) && review.psiBaselineWeek.isValid()) {
        m_labels << tr("Score (PSI)");
        m_values.push_back(review.psi.value);
    }
    for (const ReviewSignalDrift &d : review.csi) {
        if (std::isnan(d.value))
            continue;
        m_labels << d.signal;
        m_values.push_back(d.value);
    }
    m_drift->clearPlottables();
    m_drift->clearItems();
    auto ticker = qSharedPointerCast<QCPAxisTickerText>(m_drift->yAxis->ticker());
    ticker->clear();
    const int n = int(m_values.size());
    double most = Drift::kSignificant;
    for (int i = 0; i < n; ++i) {
        // Top to bottom: bar i sits at n - i.
        auto *bar = new QCPBars(m_drift->yAxis, m_drift->xAxis);
        const QColor c = levelColor(m_values[std::size_t(i)]);
        bar->setBrush(c);
        bar->setPen(QPen(c.darker(130)));
        bar->setWidth(0.7);
        bar->addData(n - i, m_values[std::size_t(i)]);
        ticker->addTick(n - i, m_labels[i]);
        most = std::max(most, m_values[std::size_t(i)]);
    }
    m_drift->xAxis->setRange(0, most * 1.15);
    m_drift->yAxis->setRange(0.4, n + 0.6);
    for (const auto &[edge, name] : {std::pair{Drift::kModerate, tr("moderate")}, std::pair{Drift::kSignificant, tr("significant")}}) {
        auto *threshold = new QCPItemStraightLine(m_drift);
        threshold->point1->setCoords(edge, 0);
        threshold->point2->setCoords(edge, 1);
        threshold->setPen(QPen(levelColor(edge), 1, Qt::DashLine));
        auto *label = new QCPItemText(m_drift);
        label->setClipToAxisRect(false);
        label->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
        label->position->setCoords(edge, 0);
        label->setPositionAlignment(Qt::AlignBottom | Qt::AlignHCenter);
        label->setText(QStringLiteral("%1 %2").arg(QLocale().toString(edge, 'g', 2), name));
        label->setColor(levelColor(edge));
    }
    m_drift->axisRect()->setMinimumMargins(QMargins(0, 18, 0, 0));
    m_drift->replot(QCustomPlot::rpQueuedReplot);
}

} // namespace tierlab::ui
