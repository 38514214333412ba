#include "backtestcharts.h"

#include "common/format.h"

#include "charts/tierpalette.h"

#include <QGridLayout>

#include <algorithm>
#include <cmath>

namespace tierlab::ui {

namespace {

constexpr double kBarWidth = 0.38;

QCustomPlot *makePlot(QWidget *parent, const QString &name, const QString &title, const QString &tip)
{
    auto *plot = new QCustomPlot(parent);
    plot->setObjectName(name);
    plot->setToolTip(tip);
    plot->setMinimumSize(280, 200);
    plot->plotLayout()->insertRow(0);
    QFont f = plot->font();
    f.setBold(true);
    plot->plotLayout()->addElement(0, 0, new QCPTextElement(plot, title, f));
    plot->axisRect()->axis(QCPAxis::atTop)->setVisible(false);
    plot->axisRect()->axis(QCPAxis::atRight)->setVisible(false);
    return plot;
}

void clearPlot(QCustomPlot *plot)
{
    plot->clearPlottables();
    plot->clearItems();
}

QCPItemText *barLabel(QCustomPlot *plot, double x, double y, const QString &text)
{
    auto *label = new QCPItemText(plot);
    label->setPositionAlignment(Qt::AlignHCenter | Qt::AlignBottom);
    label->position->setCoords(x, y);
    label->setText(text);
    label->setClipToAxisRect(false);
    return label;
}

} // namespace

BacktestCharts::BacktestCharts(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("backtestCharts"));
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    m_roc = makePlot(this, QStringLiteral("rocChart"), tr("ROC curve (risk = low score)"),
                     tr("True positive rate against false positive rate when flagging the lowest scores first; "
                        "the dashed diagonal is a random ranking"));
    m_tiers = makePlot(this, QStringLiteral("tierRateChart"), tr("Churn rate per tier: outcomes (solid), ARR (light)"),
                       tr("Share of the evaluated outcomes that were churn in each tier, and share of their ARR"));
    m_lift = makePlot(this, QStringLiteral("liftChart"), tr("Lift per score decile (1 = riskiest)"),
                      tr("Churn rate of each score decile divided by the overall churn rate; the dashed line is 1"));
    m_trajectory = makePlot(this, QStringLiteral("trajectoryChart"), tr("Mean score before the outcome"),
                            tr("Mean score of churned and retained accounts 180, 90, 60 and 30 days before the outcome"));
    grid->addWidget(m_roc, 0, 0);
    grid->addWidget(m_tiers, 0, 1);
    grid->addWidget(m_lift, 1, 0);
    grid->addWidget(m_trajectory, 1, 1);

    m_roc->xAxis->setLabel(tr("False positive rate"));
    m_roc->yAxis->setLabel(tr("True positive rate"));
    m_roc->xAxis->setRange(0, 1);
    m_roc->yAxis->setRange(0, 1);
    m_tiers->yAxis->setLabel(tr("Churn rate (%)"));
    m_tiers->xAxis->setTicker(QSharedPointer<QCPAxisTickerText>::create());
    m_tiers->xAxis->grid()->setVisible(false);
    m_lift->xAxis->setLabel(tr("Score decile"));
    m_lift->yAxis->setLabel(tr("Lift"));
    m_lift->xAxis->grid()->setVisible(false);
    auto ticks = QSharedPointer<QCPAxisTickerFixed>::create();
    ticks->setTickStep(1);
    m_lift->xAxis->setTicker(ticks);
    m_trajectory->xAxis->setLabel(tr("Days before the outcome"));
    m_trajectory->yAxis->setLabel(tr("Mean score"));
    // Time runs left to right: the furthest look-back first.
    m_trajectory->xAxis->setRangeReversed(true);
    m_trajectory->legend->setVisible(true);
    m_trajectory->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignBottom | Qt::AlignLeft);
}

std::vector<std::pair<double, double>> BacktestCharts::rocPoints(const std::vector<BacktestSample> &samples)
{
    std::vector<std::pair<double, bool>> scored;
    std::int64_t positives = 0;
    for (const BacktestSample &s : samples) {
        if (std::isnan(s.score))
            continue;
        scored.emplace_back(s.score, s.churned);
        positives += s.churned ? 1 : 0;
    }
    const auto negatives = std::int64_t(scored.size()) - positives;
    if (positives == 0 || negatives == 0)
        return {};
    std::sort(scored.begin(), scored.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    std::vector<std::pair<double, double>> points{{0.0, 0.0}};
    std::int64_t tp = 0, fp = 0;
    for (std::size_t i = 0; i < scored.size();) {
        std::size_t j = i;
        // Equal scores share one threshold: one diagonal step, as the AUC counts ties half.
        for (; j < scored.size() && scored[j].first == scored[i].first; ++j)
            (scored[j].second ? tp : fp) += 1;
        points.emplace_back(double(fp) / double(negatives), double(tp) / double(positives));
        i = j;
    }
    return points;
}

void BacktestCharts::clear()
{
    for (QCustomPlot *plot : {m_roc, m_tiers, m_lift, m_trajectory}) {
        clearPlot(plot);
        plot->replot();
    }
}

void BacktestCharts::setResult(const BacktestResult &result, const std::vector<Tier> &tiers)
{
    setResult(result, tiers, rocPoints(result.samples));
}

void BacktestCharts::setResult(const BacktestResult &result, const std::vector<Tier> &tiers,
                               const std::vector<std::pair<double, double>> &roc)
{
    fillRoc(result, roc);
    fillTiers(result, tiers);
    fillLift(result);
    fillTrajectory(result);
    // Now, not queued: a screenshot may grab as soon as the page stops loading.
    for (QCustomPlot *plot : {m_roc, m_tiers, m_lift, m_trajectory})
        plot->replot();
}

void BacktestCharts::fillRoc(const BacktestResult &r, const std::vector<std::pair<double, double>> &points)
{
    clearPlot(m_roc);
    auto *diagonal = m_roc->addGraph();
    diagonal->setData({0.0, 1.0}, {0.0, 1.0});
    diagonal->setPen(QPen(Qt::gray, 1, Qt::DashLine));
    QVector<double> x, y;
    x.reserve(qsizetype(points.size()));
    y.reserve(qsizetype(points.size()));
    for (const auto &[fpr, tpr] : points) {
        x << fpr;
        y << tpr;
    }
    auto *curve = m_roc->addGraph();
    curve->setData(x, y, true);
    curve->setPen(QPen(QColor(0x00, 0x72, 0xB2), 2));
    if (r.metrics.auc.isDefined()) {
        auto *text = new QCPItemText(m_roc);
        text->setPositionAlignment(Qt::AlignRight | Qt::AlignBottom);
        text->position->setType(QCPItemPosition::ptAxisRectRatio);
        text->position->setCoords(0.97, 0.95);
        text->setText(tr("AUC %1").arg(r.metrics.auc.auc, 0, 'f', 3));
    }
}

void BacktestCharts::fillTiers(const BacktestResult &r, const std::vector<Tier> &tiers)
{
    clearPlot(m_tiers);
    auto ticker = qSharedPointerCast<QCPAxisTickerText>(m_tiers->xAxis->ticker());
    ticker->clear();
    double top = 0;
    for (const Metrics::TierRow &row : r.metrics.tiers.rows) {
        const double x = row.tier;
        ticker->addTick(x, tr("%1\n(%2 outcomes)").arg(TierPalette::label(tiers, row.tier)).arg(row.accounts));
        const QColor colour = TierPalette::color(tiers, row.tier);
        const double rates[] = {row.rate, row.arrRate};
        for (int kind = 0; kind < 2; ++kind) {
            const double rate = rates[kind];
            if (std::isnan(rate))
                continue;
            const double bx = x + (kind == 0 ? -0.2 : 0.2);
            auto *bars = new QCPBars(m_tiers->xAxis, m_tiers->yAxis);
            bars->setWidth(kBarWidth);
            bars->setData({bx}, {100.0 * rate});
            bars->setBrush(kind == 0 ? colour : colour.lighter(150));
            bars->setPen(QPen(colour.darker(140), 1, kind == 0 ? Qt::SolidLine : Qt::DashLine));
            barLabel(m_tiers, bx, 100.0 * rate, format::percent(rate));
            top = std::max(top, 100.0 * rate);
        }
    }
    m_tiers->xAxis->setRange(-0.6, double(r.metrics.tiers.rows.size()) - 0.4);
    m_tiers->yAxis->setRange(0, top > 0 ? top * 1.2 : 1.0);
}

void BacktestCharts::fillLift(const BacktestResult &r)
{
    clearPlot(m_lift);
    auto *bars = new QCPBars(m_lift->xAxis, m_lift->yAxis);
    bars->setWidth(0.7);
    bars->setBrush(QColor(0x56, 0xB4, 0xE9));
    bars->setPen(QPen(QColor(0x00, 0x72, 0xB2), 1));
    double top = 1;
    for (const Metrics::DecileRow &row : r.metrics.deciles.rows) {
        if (std::isnan(row.lift))
            continue;
        bars->addData(row.decile, row.lift);
        barLabel(m_lift, row.decile, row.lift, QString::number(row.lift, 'f', 1));
        top = std::max(top, row.lift);
    }
    auto *base = m_lift->addGraph();
    base->setData({0.4, 10.6}, {1.0, 1.0});
    base->setPen(QPen(Qt::gray, 1, Qt::DashLine));
    m_lift->xAxis->setRange(0.4, 10.6);
    m_lift->yAxis->setRange(0, top * 1.2);
}

void BacktestCharts::fillTrajectory(const BacktestResult &r)
{
    clearPlot(m_trajectory);
    auto *churned = m_trajectory->addGraph();
    churned->setName(tr("Churned"));
    churned->setPen(QPen(QColor(0xD5, 0x5E, 0x00), 2));
    churned->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, 6));
    auto *retained = m_trajectory->addGraph();
    retained->setName(tr("Retained"));
    retained->setPen(QPen(QColor(0x00, 0x9E, 0x73), 2, Qt::DashLine));
    retained->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssSquare, 6));
    double lo = 100, hi = 0;
    int far = 30;
    for (const TrajectoryPoint &p : r.trajectory) {
        far = std::max(far, p.daysBefore);
        if (!std::isnan(p.meanChurned)) {
            churned->addData(p.daysBefore, p.meanChurned);
            lo = std::min(lo, p.meanChurned);
            hi = std::max(hi, p.meanChurned);
        }
        if (!std::isnan(p.meanRetained)) {
            retained->addData(p.daysBefore, p.meanRetained);
            lo = std::min(lo, p.meanRetained);
            hi = std::max(hi, p.meanRetained);
        }
    }
    m_trajectory->xAxis->setRange(0, far + 10);
    if (lo > hi)
        m_trajectory->yAxis->setRange(0, 100);
    else
        m_trajectory->yAxis->setRange(std::max(0.0, lo - 10), std::min(100.0, hi + 10));
}

} // namespace tierlab::ui
