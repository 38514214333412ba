#include "accountchart.h"

#include "charts/tierpalette.h"

#include <algorithm>
#include <cmath>

namespace tierlab::ui {

namespace {

constexpr double kDay = 86400.0;

double keyOf(QDate day)
{
    return double(QDateTime(day, QTime(0, 0), Qt::UTC).toSecsSinceEpoch());
}

} // namespace

AccountChart::AccountChart(QWidget *parent) : QCustomPlot(parent)
{
    setObjectName(QStringLiteral("accountChart"));
    setMinimumSize(300, 180);
    setToolTip(tr("The score week by week over the tier bands of the model in force; a dashed line marks where the "
                  "published model changed"));
    auto ticker = QSharedPointer<QCPAxisTickerDateTime>::create();
    ticker->setDateTimeSpec(Qt::UTC);
    ticker->setDateTimeFormat(QStringLiteral("yyyy-MM-dd"));
    xAxis->setTicker(ticker);
    xAxis->grid()->setVisible(false);
    yAxis->setRange(0, 100);
    yAxis->setLabel(tr("Score"));
    // The tier names on the right, beside their bands, where no point of the line can cover them.
    yAxis2->setVisible(true);
    yAxis2->setTicker(QSharedPointer<QCPAxisTickerText>::create());
    yAxis2->setTickLength(0);
    yAxis2->setSubTicks(false);
    yAxis2->setRange(0, 100);
}

void AccountChart::clear()
{
    clearGraphs();
    clearItems();
    m_markers.clear();
    m_markerKeys.clear();
    m_markerLabels.clear();
    qSharedPointerCast<QCPAxisTickerText>(yAxis2->ticker())->clear();
    replot();
}

void AccountChart::setHistory(const AccountHistoryResult &history)
{
    clear();
    const std::vector<AccountWeek> &weeks = history.weeks;
    if (weeks.empty())
        return;
    const std::size_t n = weeks.size();
    // Where a week's band starts and ends: half-way to its neighbours (half a week at the ends).
    auto edge = [&](std::size_t i) {   // between week i − 1 and week i
        if (i == 0)
            return keyOf(weeks[0].asOf) - 3.5 * kDay;
        if (i == n)
            return keyOf(weeks[n - 1].asOf) + 3.5 * kDay;
        return (keyOf(weeks[i - 1].asOf) + keyOf(weeks[i].asOf)) / 2;
    };

    // The tier bands of each run of weeks under one model.
    for (std::size_t first = 0; first < n;) {
        std::size_t end = first + 1;
        while (end < n && weeks[end].model == weeks[first].model)
            ++end;
        const std::vector<Tier> &tiers = history.modelOf(weeks[first]).tiers;
        for (std::size_t t = 0; t < tiers.size(); ++t) {
            const double top = t + 1 < tiers.size() ? tiers[t + 1].min : 100.0;
            auto *band = new QCPItemRect(this);
            band->setLayer(QStringLiteral("background"));
            band->topLeft->setCoords(edge(first), top);
            band->bottomRight->setCoords(edge(end), tiers[t].min);
            QColor c = TierPalette::color(tiers, int(t));
            c.setAlpha(55);
            band->setBrush(c);
            band->setPen(Qt::NoPen);
        }
        first = end;
    }

    // The latest model's tier names beside their bands.
    const std::vector<Tier> &latest = history.modelOf(weeks.back()).tiers;
    auto names = qSharedPointerCast<QCPAxisTickerText>(yAxis2->ticker());
    for (std::size_t t = 0; t < latest.size(); ++t) {
        const double top = t + 1 < latest.size() ? latest[t + 1].min : 100.0;
        names->addTick((std::max(latest[t].min, 0.0) + std::min(top, 100.0)) / 2, TierPalette::label(latest, int(t)));
    }

    // Where the published model changed: a dashed line, and the version's name above the plot.
    for (std::size_t i = 1; i < n; ++i) {
        if (!weeks[i].modelChanged)
            continue;
        const double x = edge(i);
        auto *marker = new QCPItemStraightLine(this);
        marker->point1->setCoords(x, 0);
        marker->point2->setCoords(x, 100);
        marker->setPen(QPen(palette().color(QPalette::WindowText), 1.5, Qt::DashLine));
        m_markerKeys.push_back({x, history.models[std::size_t(weeks[i].model)].name});
        m_markers << m_markerKeys.back().name;
    }

    auto *line = addGraph();
    line->setName(tr("Score"));
    line->setPen(QPen(QColor(0x20, 0x20, 0x20), 2));
    line->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, 5));
    QVector<double> keys, values;
    for (const AccountWeek &w : weeks) {
        keys << keyOf(w.asOf);
        values << (w.scored() ? w.score() : qQNaN());   // NaN: a gap in the line
    }
    line->setData(keys, values, true);
    xAxis->setRange(edge(0), edge(n));
    yAxis->setRange(0, 100);
    fitTicks();
    placeMarkerLabels();
    replot();
}

void AccountChart::placeMarkerLabels()
{
    for (QCPItemText *label : m_markerLabels)
        removeItem(label);
    m_markerLabels.clear();
    const QFontMetrics metrics(font());
    const int rowHeight = metrics.height() + 2;
    // Pixels from the keys as the axis will lay them out: the chart's width less the axis rect's margins
    // (those of the last layout, or a guess before the first).
    const double span = xAxis->range().size();
    const QMargins margins = axisRect()->margins();
    const int side = margins.left() + margins.right() > 0 ? margins.left() + margins.right() : 100;
    const int plotWidth = std::max(1, width() - side);
    std::vector<double> rowEnds;   // per row: where its last label ends
    for (const Marker &m : m_markerKeys) {
        const double at = span > 0 ? (m.key - xAxis->range().lower) / span * plotWidth : 0;
        const int textWidth = metrics.horizontalAdvance(m.name) + 8;
        // Near the right edge the name reads leftwards from its line.
        const bool leftwards = at + textWidth > plotWidth;
        const double from = leftwards ? at - textWidth : at;
        std::size_t row = 0;
        while (row < rowEnds.size() && rowEnds[row] > from)
            ++row;
        if (row == rowEnds.size())
            rowEnds.push_back(0);
        rowEnds[row] = from + textWidth;
        auto *label = new QCPItemText(this);
        label->setClipToAxisRect(false);
        label->position->setTypeX(QCPItemPosition::ptPlotCoords);
        label->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
        label->position->setCoords(m.key, 0);
        label->setPositionAlignment((leftwards ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignBottom);
        label->setPadding(QMargins(3, 0, 3, 2 + int(row) * rowHeight));
        label->setText(m.name);
        m_markerLabels.push_back(label);
    }
    axisRect()->setMinimumMargins(QMargins(0, int(rowEnds.size()) * rowHeight + 4, 0, 0));
}

void AccountChart::fitTicks()
{
    // About one date label per two label widths, however many weeks and however wide the chart.
    const int label = QFontMetrics(xAxis->tickLabelFont()).horizontalAdvance(QStringLiteral("0000-00-00"));
    xAxis->ticker()->setTickCount(std::max(2, width() / std::max(1, 2 * label)));
}

void AccountChart::resizeEvent(QResizeEvent *event)
{
    fitTicks();
    QCustomPlot::resizeEvent(event);
    if (!m_markerKeys.empty()) {
        placeMarkerLabels();
        replot(rpQueuedReplot);
    }
}

} // namespace tierlab::ui
