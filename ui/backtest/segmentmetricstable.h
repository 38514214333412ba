#pragma once

#include "analysis/backtest.h"
#include "model/model.h"

#include <QTableWidget>

namespace tierlab::ui {

// The back-test per segment of a model with segments (BacktestResult::segments): one row for every
// outcome, then one per variant in model order, then the accounts in no variant — outcomes, churned,
// AUC with its interval, the worst tier's recall and precision, and the median lead time.
class SegmentMetricsTable : public QTableWidget
{
    Q_OBJECT

public:
    enum Column { Segment, Values, Outcomes, Churned, Auc, Recall, Precision, LeadTime, ColumnCount };

    explicit SegmentMetricsTable(QWidget *parent = nullptr);

    // Empty when the result has no segments.
    void setResult(const BacktestResult &result, const Model &model);

    // The texts of a cell, also the headline's (BacktestPage).
    static QString aucText(const BacktestMetrics &metrics);
    static QString recallText(const Metrics::Confusion &worstTier);
    static QString precisionText(const Metrics::Confusion &worstTier);
    static QString leadTimeText(const LeadTimeResult &leadTime);

private:
    void fillRow(int row, const QString &name, const QString &values, std::int64_t n, std::int64_t positives,
                 const BacktestMetrics &metrics, const LeadTimeResult &leadTime);
};

} // namespace tierlab::ui
