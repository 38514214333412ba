#pragma once

#include "charts/plotheader.h"

#include "analysis/survival.h"
#include "common/latestwinsjob.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QTableWidget;

namespace tierlab {
class WorkspaceSession;
}

namespace tierlab::ui {

// The back-test page's survival tab (docs/backtest.md, "Survival by tier"): Kaplan–Meier retention per
// tier from a chosen start week, the number at risk under the chart, and per tier the hazard ratio
// against the best tier and the churned ARR to expect in the next 90 days. Computed on the workspace
// session's worker from its history, latest wins.
class SurvivalView : public QWidget
{
    Q_OBJECT

public:
    SurvivalView(WorkspaceSession *workspace, QWidget *parent = nullptr);
    ~SurvivalView() override;

    // Computes the survival of `model`'s tiers again (the start week stays as chosen).
    void setModel(const Model &model);
    // Null: the default start (the latest week with a year of follow-up).
    void setStartWeek(QDate start);
    void clear();

    bool isBusy() const { return m_job.isBusy(); }
    const Survival::Report *report() const { return m_report ? m_report.get() : nullptr; }
    QCustomPlot *chart() const { return m_chart; }
    QTableWidget *atRiskTable() const { return m_atRisk; }
    QTableWidget *figuresTable() const { return m_figures; }

Q_SIGNALS:
    void shown();

private:
    struct Outcome;
    void run();
    void show(const std::shared_ptr<Outcome> &outcome);
    void fillDates(const std::vector<QDate> &dates);

    WorkspaceSession *m_workspace = nullptr;
    Model m_model;
    bool m_hasModel = false;
    QDate m_start;
    std::shared_ptr<const Survival::Report> m_report;
    QComboBox *m_startCombo = nullptr;
    QLabel *m_message = nullptr;
    QCustomPlot *m_chart = nullptr;
    QTableWidget *m_atRisk = nullptr;
    QTableWidget *m_figures = nullptr;
    LatestWinsJob<std::shared_ptr<Outcome>> m_job;
};

} // namespace tierlab::ui
