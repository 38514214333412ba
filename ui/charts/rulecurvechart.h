#pragma once

#include "charts/plotheader.h"

#include "dataset/dataset.h"
#include "model/model.h"

#include <QWidget>

#include <optional>
#include <span>
#include <vector>

class QLabel;

namespace tierlab {
struct SignalDiagnostics;
}

namespace tierlab::ui {

// A rule over the data it scores: the histogram of one signal's values in one snapshot, the bars
// split into accounts that churned later and the others, with the rule's score (0–100, right axis)
// drawn over them — a curve for number rules, a marker per value for categories — and the signal's
// univariate AUC against churn. It only shows what it is given; the scores come from core
// (rulescore.h), the figures from SignalDiagnostics.
class RuleCurveChart : public QWidget
{
    Q_OBJECT

public:
    explicit RuleCurveChart(QWidget *parent = nullptr);

    // The signal's column of one snapshot; `churned` has one entry per row, or none while the
    // outcomes are not known yet (the bars are then not split).
    void setValues(const Column &column, std::span<const std::uint8_t> churned = {});
    // The univariate figures over the same rows; null: none (`why` says why, or that they are coming).
    void setDiagnostics(const SignalDiagnostics *diagnostics, const QString &why = {});
    // The rule to draw; nullopt: none (not a valid rule yet).
    void setRule(const std::optional<SignalRule> &rule, MissingPolicy missing = MissingPolicy::Skip);

    QCustomPlot *plot() const { return m_plot; }
    // Bar series that hold bars (1 before the outcomes are known, else churned and retained: 2).
    int barSeriesCount() const;
    int barCount() const;
    // Points of the drawn curve (number rules) and markers (one per category value).
    int curvePointCount() const;
    int markerCount() const;
    // The score drawn at `value` (the curve's point there, or a category's marker), NaN when none.
    double scoreDrawnAt(double value) const;
    double markerScore(const QString &category) const;
    QString aucText() const;

private:
    void rebuildBars();
    void rebuildCurve();
    void fitRanges();

    QCustomPlot *m_plot = nullptr;
    QLabel *m_auc = nullptr;
    QCPBars *m_retained = nullptr;
    QCPBars *m_churned = nullptr;
    QCPGraph *m_curve = nullptr;
    QCPGraph *m_markers = nullptr;

    Column m_column;
    std::vector<std::uint8_t> m_churnedRows;
    std::optional<SignalRule> m_rule;
    MissingPolicy m_missing = MissingPolicy::Skip;
    std::vector<QString> m_categories;   // category columns: the values shown, by key 1…k
    double m_dataLow = 0;
    double m_dataHigh = 1;
};

} // namespace tierlab::ui
