#pragma once

#include "charts/plotheader.h"

#include "analysis/review.h"

namespace tierlab::ui {

// Stability and drift of the review's week (issue 15): the flip rate week by week (the share of
// accounts scored in both weeks whose tier changed) on the left, and on the right the PSI of the
// score distribution and the CSI of each signal against the baseline week as bars, with the 0.1
// (moderate) and 0.25 (significant) thresholds drawn and each bar coloured by its level.
class StabilityChart : public QWidget
{
    Q_OBJECT

public:
    explicit StabilityChart(QWidget *parent = nullptr);

    void setReview(const ReviewResult &review);

    QCustomPlot *flipPlot() const { return m_flip; }
    QCustomPlot *driftPlot() const { return m_drift; }
    // The drift bars' labels, top to bottom ("Score (PSI)" first), and their values.
    const QStringList &driftLabels() const { return m_labels; }
    const std::vector<double> &driftValues() const { return m_values; }

private:
    QCustomPlot *m_flip = nullptr;
    QCustomPlot *m_drift = nullptr;
    QStringList m_labels;
    std::vector<double> m_values;
};

} // namespace tierlab::ui
