#pragma once

#include "charts/plotheader.h"

#include "common/latestwinsjob.h"

#include "analysis/backtest.h"
#include "common/error.h"
#include "model/model.h"

#include <QWidget>

#include <memory>
#include <optional>
#include <vector>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;
class QTabWidget;

namespace tierlab {
class WorkspaceSession;
}

namespace tierlab::ui {

class BacktestCharts;
class SegmentMetricsTable;
class SurvivalView;
class ModelChooser;

// The back-test of a model on the workspace's history (docs/backtest.md): headline figures, ROC,
// churn per tier, decile lift, score trajectories, the missed and false alarms, signal diagnostics.
// Backtest::run is slow (bootstrap, every snapshot), so it runs as a job of the workspace session on
// the session's decoded history; the newest request wins. It follows the session: another workspace
// or new data runs again, and the model chooser starts on the published model.
class BacktestPage : public QWidget
{
    Q_OBJECT

public:
    // Standalone (tests, tools): the page keeps a workspace session of its own.
    explicit BacktestPage(QWidget *parent = nullptr);
    BacktestPage(WorkspaceSession *workspace, QWidget *parent);
    ~BacktestPage() override;

    // Opens `path` in the page's session (a failure shows on the page).
    void setWorkspace(const QString &path);
    void setModel(const Model &model, const QString &label);
    // A model file (tierlab --workspace W --model M.json): back-tested under its file name, which the
    // model combo shows selected. An exported file edited after export is refused (ModelExport).
    Result<void> openModelFile(const QString &path);
    void setHorizon(int days);   // 30, 60, 90 or 180
    int horizon() const;
    bool isLoading() const;

    ModelChooser *modelChooser() const { return m_chooser; }
    SurvivalView *survivalView() const { return m_survival; }
    SegmentMetricsTable *segmentTable() const { return m_segments; }
    const BacktestResult *result() const { return m_result ? &*m_result : nullptr; }
    const Model &model() const { return m_model; }
    QString modelLabel() const { return m_modelLabel; }

    static QList<int> horizons() { return {30, 60, 90, 180}; }
    // Headline texts, one per label (also what the tests compare).
    static QString formatAuc(const BacktestResult &r);
    static QString formatPrAuc(const BacktestResult &r);
    static QString formatRelativeRisk(const BacktestResult &r);
    static QString formatPrecision(const BacktestResult &r);
    static QString formatRecall(const BacktestResult &r);
    static QString formatCounts(const BacktestResult &r);

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void statusMessage(const QString &message);
    // A double-click on an account of the missed-churn or false-alarm lists: open its account view.
    void accountActivated(const QString &accountId);
    void resultsShown();

private:
    struct Outcome;
    void showOutcome(Outcome &outcome);
    void fillTables(const BacktestResult &r);
    // Coalesces the requests of one turn of the event loop (a new workspace also moves the chooser).
    void scheduleRefresh();

    WorkspaceSession *m_workspace = nullptr;
    LatestWinsJob<std::shared_ptr<Outcome>> m_job;
    Model m_model;
    QString m_modelLabel;
    bool m_hasModel = false;
    std::optional<BacktestResult> m_result;

    ModelChooser *m_chooser = nullptr;
    QComboBox *m_horizonCombo = nullptr;
    QPushButton *m_runButton = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_auc = nullptr;
    QLabel *m_prAuc = nullptr;
    QLabel *m_relativeRisk = nullptr;
    QLabel *m_precision = nullptr;
    QLabel *m_recall = nullptr;
    QLabel *m_counts = nullptr;
    QTabWidget *m_tabs = nullptr;
    BacktestCharts *m_charts = nullptr;
    SurvivalView *m_survival = nullptr;
    SegmentMetricsTable *m_segments = nullptr;
    QTableWidget *m_falseNegatives = nullptr;
    QTableWidget *m_falsePositives = nullptr;
    QTableWidget *m_diagnostics = nullptr;
    QLabel *m_leadTime = nullptr;
    QLabel *m_hysteresis = nullptr;   // the hysteresis's effect, for a model that has one
    QLabel *m_trend = nullptr;        // the trend tier's churn rates, for a model that has one
};

} // namespace tierlab::ui
