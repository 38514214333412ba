#pragma once

#include "charts/plotheader.h"

#include "analysis/backtest.h"
#include "model/model.h"

#include <QWidget>

#include <vector>

namespace tierlab::ui {

// The four back-test charts in a 2 × 2 grid: ROC curve, churn rate per tier (by count and by
// ARR), lift per score decile, mean score before the outcome (churned vs retained).
class BacktestCharts : public QWidget
{
    Q_OBJECT

public:
    explicit BacktestCharts(QWidget *parent = nullptr);

    void setResult(const BacktestResult &result, const std::vector<Tier> &tiers);
    // The same with the ROC points computed already (on the job's worker: sorting 150 k samples
    // has no business on the GUI thread).
    void setResult(const BacktestResult &result, const std::vector<Tier> &tiers,
                   const std::vector<std::pair<double, double>> &roc);
    void clear();

    QCustomPlot *roc() const { return m_roc; }
    QCustomPlot *tierRates() const { return m_tiers; }
    QCustomPlot *lift() const { return m_lift; }
    QCustomPlot *trajectory() const { return m_trajectory; }

    // ROC points (false positive rate, true positive rate) of risk = −score, ties as one step,
    // from (0, 0) to (1, 1). Empty without both classes.
    static std::vector<std::pair<double, double>> rocPoints(const std::vector<BacktestSample> &samples);

private:
    void fillRoc(const BacktestResult &r, const std::vector<std::pair<double, double>> &points);
    void fillTiers(const BacktestResult &r, const std::vector<Tier> &tiers);
    void fillLift(const BacktestResult &r);
    void fillTrajectory(const BacktestResult &r);

    QCustomPlot *m_roc = nullptr;
    QCustomPlot *m_tiers = nullptr;
    QCustomPlot *m_lift = nullptr;
    QCustomPlot *m_trajectory = nullptr;
};

} // namespace tierlab::ui
