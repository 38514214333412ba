#include "histogramchart.h"

#include "charts/tierpalette.h"

#include <QFontMetricsF>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace tierlab::ui {

namespace {
constexpr double kGrabPixels = 6;
constexpr double kMinGap = 0.5;   // thresholds stay at least this far apart
constexpr double kLabelGap = 6;   // pixels between two labels in the same row
const QMargins kLabelPadding(3, 2, 3, 2);

// 49 → "49.0", 87.15 → "87.15": a typed edge is shown as typed, to the hundredth.
QString edgeText(double min)
{
    const bool tenths = std::abs(min * 10.0 - std::round(min * 10.0)) < 1e-6;
    return QLocale().toString(min, 'f', tenths ? 1 : 2);
}
} // namespace

HistogramChart::HistogramChart(QWidget *parent) : QCustomPlot(parent)
{
    setObjectName(QStringLiteral("histogramChart"));
    setMinimumSize(260, 180);
    setToolTip(tr("How many accounts get each score, coloured by tier. Drag a dashed line to move that "
                  "tier's threshold; type an exact value in the tier edges below the chart."));
    plotLayout()->insertRow(0);
    m_title = new QCPTextElement(this, tr("Score distribution"), QFont(font().family(), font().pointSize(), QFont::Bold));
    plotLayout()->addElement(0, 0, m_title);
    xAxis->setRange(0, 100);
    xAxis->setLabel(tr("Score"));
    yAxis->setLabel(tr("Accounts"));
    setNoAntialiasingOnDrag(true);
    // The axis rect is known only once the layout ran: the labels are placed then, before drawing.
    connect(this, &QCustomPlot::afterLayout, this, &HistogramChart::layoutThresholdLabels);
}

void HistogramChart::setTiers(const std::vector<Tier> &tiers)
{
    const bool sameStructure = tiers.size() == m_tiers.size()
                               && std::equal(tiers.begin(), tiers.end(), m_tiers.begin(), [](const Tier &a, const Tier &b) {
                                      return a.id == b.id && a.label == b.label && a.color == b.color;
                                  });
    m_tiers = tiers;
    if (!sameStructure) {
        for (QCPBars *bars : m_bars)
            removePlottable(bars);
        for (QCPItemStraightLine *line : m_lines)
            removeItem(line);
        for (QCPItemText *text : m_lineLabels)
            removeItem(text);
        m_bars.clear();
        m_lines.clear();
        m_lineLabels.clear();
        QCPBars *below = nullptr;
        for (int t = 0; t < int(tiers.size()); ++t) {
            auto *bars = new QCPBars(xAxis, yAxis);
            bars->setName(TierPalette::label(tiers, t));
            const QColor c = TierPalette::color(tiers, t);
            bars->setPen(QPen(c.darker(120), 0.5));
            bars->setBrush(c);
            bars->setWidthType(QCPBars::wtPlotCoords);
            if (below)
                bars->moveAbove(below);
            below = bars;
            m_bars.push_back(bars);
        }
        for (int t = 1; t < int(tiers.size()); ++t) {
            auto *line = new QCPItemStraightLine(this);
            line->setPen(QPen(TierPalette::color(tiers, t).darker(140), 2, Qt::DashLine));
            m_lines.push_back(line);
            auto *label = new QCPItemText(this);
            label->setPositionAlignment(Qt::AlignLeft | Qt::AlignTop);
            label->position->setType(QCPItemPosition::ptAbsolute);
            label->setColor(TierPalette::color(tiers, t).darker(150));
            label->setBrush(QColor(255, 255, 255, 215));   // readable over the bars
            label->setFont(font());
            label->setPadding(kLabelPadding);
            m_lineLabels.push_back(label);
        }
        legend->setVisible(false);
    }
    for (int t = 1; t < int(tiers.size()); ++t) {
        const double x = tiers[std::size_t(t)].min;
        m_lines[std::size_t(t - 1)]->point1->setCoords(x, 0);
        m_lines[std::size_t(t - 1)]->point2->setCoords(x, 1);
    }
    m_labelRects.assign(m_lineLabels.size(), QRectF());
    replot(rpQueuedReplot);
}

void HistogramChart::setTitle(const QString &title)
{
    if (m_title->text() == title)
        return;
    m_title->setText(title);
    replot(rpQueuedReplot);
}

QString HistogramChart::titleText() const
{
    return m_title->text();
}

void HistogramChart::setHistogram(const ScoreHistogram &h)
{
    setHistogram(h, nullptr);
}

void HistogramChart::setHistogram(const ScoreHistogram &h, const ScoreHistogram *all)
{
    if (h.tierCount != int(m_bars.size()))
        return;
    m_keys.resize(h.bins);
    m_values.resize(h.bins);
    double top = 0;
    m_total = 0;
    std::vector<double> stack(std::size_t(h.bins), 0.0);
    for (int t = 0; t < h.tierCount; ++t) {
        for (int b = 0; b < h.bins; ++b) {
            m_keys[b] = (b + 0.5) * h.binWidth;
            m_values[b] = double(h.count(b, t));
            stack[std::size_t(b)] += m_values[b];
            m_total += h.count(b, t);
        }
        m_bars[std::size_t(t)]->setWidth(h.binWidth * 0.92);
        m_bars[std::size_t(t)]->setData(m_keys, m_values, true);
    }
    for (double v : stack)
        top = std::max(top, v);
    m_outlineTotal = 0;
    if (all && all->bins == h.bins && all->tierCount == h.tierCount) {
        if (!m_outline) {
            m_outline = addGraph(xAxis, yAxis);
            m_outline->setName(tr("All accounts"));
            m_outline->setLineStyle(QCPGraph::lsStepCenter);
            m_outline->setPen(QPen(QColor(0x44, 0x44, 0x44), 1.5));
        }
        // Per bin, every tier: the whole distribution's outline over the segment's bars.
        for (int b = 0; b < all->bins; ++b) {
            double sum = 0;
            for (int t = 0; t < all->tierCount; ++t)
                sum += double(all->count(b, t));
            m_values[b] = sum;
            m_outlineTotal += std::int64_t(sum);
            top = std::max(top, sum);
        }
        m_outline->setData(m_keys, m_values, true);
        m_outline->setVisible(true);
    } else if (m_outline) {
        m_outline->setVisible(false);
    }
    yAxis->setRange(0, std::max(1.0, top * 1.12));
    replot(rpQueuedReplot);
}

QString HistogramChart::thresholdLabelText(int tier) const
{
    if (tier <= 0 || std::size_t(tier) > m_lineLabels.size())
        return {};
    return m_lineLabels[std::size_t(tier - 1)]->text();
}

QRectF HistogramChart::thresholdLabelRect(int tier) const
{
    if (tier <= 0 || std::size_t(tier) > m_labelRects.size())
        return {};
    return m_labelRects[std::size_t(tier - 1)];
}

void HistogramChart::layoutThresholdLabels()
{
    if (m_lineLabels.empty())
        return;
    const QRectF area = axisRect()->rect();
    const QFontMetricsF metrics(m_lineLabels.front()->font(), this);
    const double rowHeight = std::ceil(metrics.height()) + kLabelPadding.top() + kLabelPadding.bottom() + 1;
    // Rows below the top one, while they leave most of the bars visible; beyond that, labels shorten.
    const int maxRows = std::max(1, int(area.height() * 0.6 / rowHeight));
    std::vector<double> rowEnds;   // right edge of the rightmost box in each row
    for (int t = 1; t < int(m_tiers.size()); ++t) {
        const double x = xAxis->coordToPixel(m_tiers[std::size_t(t)].min);
        const QString value = edgeText(m_tiers[std::size_t(t)].min);
        const QString texts[] = {tr("%1 ≥ %2").arg(TierPalette::label(m_tiers, t), value), tr("≥ %1").arg(value)};
        QString text;
        QRectF box;
        int row = 0;
        for (const QString &candidate : texts) {
            const double width = std::ceil(metrics.boundingRect(candidate).width()) + kLabelPadding.left()
                                 + kLabelPadding.right() + 1;
            // Right of its line; left of it where it would run past the plot's right edge.
            double left = x;
            if (left + width > area.right())
                left = std::max(area.left(), x - width);
            row = 0;
            while (row < int(rowEnds.size()) && rowEnds[std::size_t(row)] + kLabelGap > left)
                ++row;
            text = candidate;
            box = QRectF(left, area.top() + 2 + row * rowHeight, width, rowHeight - 1);
            if (row < maxRows)
                break;   // fits: else try the short text, and keep it in a new row if even that does not fit
        }
        if (row >= int(rowEnds.size()))
            rowEnds.resize(std::size_t(row + 1), -1e9);
        rowEnds[std::size_t(row)] = box.right();
        QCPItemText *label = m_lineLabels[std::size_t(t - 1)];
        label->setText(text);
        label->position->setCoords(box.topLeft());
        m_labelRects[std::size_t(t - 1)] = box;
    }
}

double HistogramChart::thresholdPixel(int tier) const
{
    if (tier <= 0 || std::size_t(tier) >= m_tiers.size())
        return -1;
    return xAxis->coordToPixel(m_tiers[std::size_t(tier)].min);
}

int HistogramChart::thresholdNear(double pixelX) const
{
    int best = -1;
    double bestDistance = kGrabPixels;
    for (int t = 1; t < int(m_tiers.size()); ++t) {
        const double d = std::abs(thresholdPixel(t) - pixelX);
        if (d <= bestDistance) {
            best = t;
            bestDistance = d;
        }
    }
    return best;
}

double HistogramChart::clampedMin(int tier, double value) const
{
    const double lo = m_tiers[std::size_t(tier - 1)].min + kMinGap;
    const double hi = std::size_t(tier + 1) < m_tiers.size() ? m_tiers[std::size_t(tier + 1)].min - kMinGap : 100.0;
    // Whole and half points are what people set thresholds to; finer steps only add noise.
    return std::clamp(std::round(value * 2.0) / 2.0, lo, hi);
}

void HistogramChart::mousePressEvent(QMouseEvent *event)
{
    const int tier = m_draggable && event->button() == Qt::LeftButton ? thresholdNear(event->position().x()) : -1;
    if (tier < 0) {
        QCustomPlot::mousePressEvent(event);
        return;
    }
    m_dragTier = tier;
    Q_EMIT thresholdDragStarted(tier);
    event->accept();
}

void HistogramChart::mouseMoveEvent(QMouseEvent *event)
{
    if (m_dragTier < 0) {
        const bool over = m_draggable && thresholdNear(event->position().x()) >= 0;
        setCursor(over ? Qt::SizeHorCursor : Qt::ArrowCursor);
        QCustomPlot::mouseMoveEvent(event);
        return;
    }
    const double value = clampedMin(m_dragTier, xAxis->pixelToCoord(event->position().x()));
    if (value != m_tiers[std::size_t(m_dragTier)].min)
        Q_EMIT thresholdDragged(m_dragTier, value);
    event->accept();
}

void HistogramChart::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_dragTier < 0) {
        QCustomPlot::mouseReleaseEvent(event);
        return;
    }
    const int tier = m_dragTier;
    m_dragTier = -1;
    const double value = clampedMin(tier, xAxis->pixelToCoord(event->position().x()));
    Q_EMIT thresholdDragFinished(tier, value);
    event->accept();
}

} // namespace tierlab::ui
