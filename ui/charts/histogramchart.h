#pragma once

#include "charts/plotheader.h"

#include "engine/designersession.h"

#include <vector>

namespace tierlab::ui {

// Score histogram coloured by tier, with each tier threshold as a vertical line the user drags.
// Reusable: it only shows a ScoreHistogram and tier minimums it is given.
class HistogramChart : public QCustomPlot
{
    Q_OBJECT

public:
    explicit HistogramChart(QWidget *parent = nullptr);

    // Tier structure (labels, colours, minimums); rebuilds the bars and lines.
    void setTiers(const std::vector<Tier> &tiers);
    void setHistogram(const ScoreHistogram &histogram);
    // One segment's accounts as the bars and every account's distribution as an outline (a grey step
    // line) behind them, on the same axis; `all` null: no outline.
    void setHistogram(const ScoreHistogram &histogram, const ScoreHistogram *all);
    std::int64_t outlineTotal() const { return m_outlineTotal; }
    bool hasOutline() const { return m_outline && m_outline->visible(); }
    // The chart's title (default "Score distribution"), e.g. with a segment's counts.
    void setTitle(const QString &title);
    QString titleText() const;
    void setThresholdsDraggable(bool draggable) { m_draggable = draggable; }

    // Index of the tier whose threshold line is within a few pixels of `x`, else -1.
    int thresholdNear(double pixelX) const;
    double thresholdPixel(int tier) const;
    std::int64_t barTotal() const { return m_total; }
    // A threshold's label and the box it is drawn in, in widget pixels. Laid out on every replot so
    // that no two labels touch: a label that would run into another goes one row down, and one that
    // still finds no room is shortened to "≥ 49.0".
    QString thresholdLabelText(int tier) const;
    QRectF thresholdLabelRect(int tier) const;

Q_SIGNALS:
    void thresholdDragStarted(int tier);
    void thresholdDragged(int tier, double min);      // live, while the mouse moves
    void thresholdDragFinished(int tier, double min);

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    double clampedMin(int tier, double value) const;
    void layoutThresholdLabels();

    std::vector<Tier> m_tiers;
    std::vector<QCPBars *> m_bars;
    std::vector<QCPItemStraightLine *> m_lines;
    std::vector<QCPItemText *> m_lineLabels;
    std::vector<QRectF> m_labelRects;   // per threshold (tier - 1), widget pixels
    QVector<double> m_keys;
    QVector<double> m_values;
    int m_dragTier = -1;
    bool m_draggable = true;
    std::int64_t m_total = 0;
    std::int64_t m_outlineTotal = 0;
    QCPGraph *m_outline = nullptr;
    QCPTextElement *m_title = nullptr;
};

} // namespace tierlab::ui
