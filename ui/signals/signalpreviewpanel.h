#pragma once

#include "charts/plotheader.h"

#include "recipes/signalpreview.h"

#include <QWidget>

#include <vector>

class QLabel;

namespace tierlab::ui {

// The preview beside the recipe being edited: a histogram of its values at the grid's latest date,
// their coverage, and how well the signal alone ranks the churned outcomes (SignalPreviewResult).
class SignalPreviewPanel : public QWidget
{
    Q_OBJECT

public:
    explicit SignalPreviewPanel(QWidget *parent = nullptr);

    void showBusy(const QString &id);
    void showResult(const SignalPreviewResult &result);
    void showMessage(const QString &title, const QString &message);

    QCustomPlot *histogram() const { return m_plot; }
    int barCount() const;

    // The texts of the labels (what the tests compare).
    static QString formatCoverage(const SignalPreviewResult &r);
    static QString formatAuc(const SignalPreviewResult &r);
    static QString formatRange(const SignalPreviewResult &r);
    // Bins for `values`: whole-number values over a short range get one bin per value, others up to 30.
    struct Bins
    {
        double start = 0;
        double width = 1;
        std::vector<double> counts;
    };
    static Bins binsOf(const std::vector<double> &values);

private:
    QLabel *m_title = nullptr;
    QLabel *m_coverage = nullptr;
    QLabel *m_range = nullptr;
    QLabel *m_auc = nullptr;
    QLabel *m_message = nullptr;
    QCustomPlot *m_plot = nullptr;
    QCPBars *m_bars = nullptr;
};

} // namespace tierlab::ui
