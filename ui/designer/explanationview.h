#pragma once

#include "charts/plotheader.h"

#include "engine/scoringengine.h"

#include <QWidget>

class QCustomPlot;
class QLabel;
class QTreeWidget;

namespace tierlab::ui {

// "Why this score": a waterfall of each category's contribution, the penalties and the override
// that capped it (with its reason), then the signals' values and scores.
class ExplanationView : public QWidget
{
    Q_OBJECT

public:
    explicit ExplanationView(QWidget *parent = nullptr);

    void showExplanation(const Explanation &explanation, const Model &model, const QString &accountName);
    void clear();

    QString headline() const;
    QString overrideText() const;
    int signalRows() const;

private:
    QLabel *m_headline = nullptr;
    QLabel *m_override = nullptr;
    QCustomPlot *m_plot = nullptr;
    QTreeWidget *m_signals = nullptr;
};

} // namespace tierlab::ui
