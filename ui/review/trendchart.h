#pragma once

#include "charts/plotheader.h"

#include "analysis/review.h"

#include <vector>

namespace tierlab::ui {

// Tier shares over the last weeks as stacked bars (by accounts or by ARR, in % of the week's
// total), with a dashed line and a label where a saved version of the model was created.
class TrendChart : public QCustomPlot
{
    Q_OBJECT

public:
    explicit TrendChart(QWidget *parent = nullptr);

    void setTiers(const std::vector<Tier> &tiers, bool okabeIto);
    void setTrend(const std::vector<ReviewTrendPoint> &trend);
    void setByArr(bool byArr);
    bool byArr() const { return m_byArr; }

private:
    void rebuild();

    std::vector<Tier> m_tiers;
    std::vector<ReviewTrendPoint> m_trend;
    bool m_byArr = false;
};

} // namespace tierlab::ui
