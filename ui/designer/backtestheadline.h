#pragma once

#include "charts/plotheader.h"

#include "common/latestwinsjob.h"

#include "analysis/backtest.h"
#include "model/model.h"

#include <QTimer>
#include <QWidget>

#include <memory>
#include <optional>

class QLabel;

namespace tierlab {
class WorkspaceSession;
}

namespace tierlab::ui {

// The four figures the designer's headline shows for one back-test.
struct HeadlineFigures
{
    double auc = Metrics::kUndefined;
    double relativeRisk = Metrics::kUndefined;   // worst vs best non-empty tier
    double precision = Metrics::kUndefined;      // flag = worst tier
    double recall = Metrics::kUndefined;

    static HeadlineFigures of(const BacktestResult &result);
};

// One churned outcome whose worst-tier flag differs between the current model and the baseline.
struct ChurnCatch
{
    QString accountId;
    QDate outcomeDate;
    QDate asOf;
    double currentScore = kMissing;
    double baselineScore = kMissing;
    int currentTier = -1;
    int baselineTier = -1;
};

struct ChurnCatches
{
    std::vector<ChurnCatch> caught;   // worst tier under current, not under baseline
    std::vector<ChurnCatch> lost;     // worst tier under baseline, not under current
};

// Back-test headline of the designer: AUC, relative risk, worst-tier precision and recall of the
// current model with the baseline's values as deltas. Re-runs as a job of the workspace session,
// debounced after the last edit; the newest request wins.
class BacktestHeadline : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kDebounceMs = 300;
    static constexpr int kHorizonDays = 90;

    explicit BacktestHeadline(QWidget *parent = nullptr);
    ~BacktestHeadline() override;

    // The session whose workspace is back-tested: another workspace resets, new data re-runs.
    void setWorkspaceSession(WorkspaceSession *session);
    // Schedules a back-test of both models (the baseline only when it changed).
    void setModels(const Model &current, const Model &baseline);
    bool isBusy() const;
    // How long until a scheduled run starts (the debounce); −1 when none is scheduled.
    int pendingMs() const;

    std::shared_ptr<const BacktestResult> currentResult() const { return m_current; }
    std::shared_ptr<const BacktestResult> baselineResult() const { return m_baseline; }
    // The shown result when it belongs to `model` and no newer run is due; null otherwise.
    std::shared_ptr<const BacktestResult> currentResultFor(const Model &model) const;
    QString text() const;

    // The options the headline runs with: the headline figures need no bootstrap, lead time or lists.
    static BacktestOptions options();
    static QString describe(const BacktestResult *current, const BacktestResult *baseline);
    // Matched by account id, outcome kind and date; only churned outcomes count.
    static ChurnCatches catches(const BacktestResult &current, const BacktestResult &baseline);

Q_SIGNALS:
    // A newest result (or error) is shown.
    void updated();

private:
    struct Outcome;

    void start();
    void keepBaseline(const Outcome &outcome);
    void finish(const Outcome &outcome);

    QLabel *m_label = nullptr;
    QTimer m_debounce;
    void reset();

    WorkspaceSession *m_workspace = nullptr;
    LatestWinsJob<std::shared_ptr<Outcome>> m_job;
    bool m_scheduled = false;
    std::optional<Model> m_currentModel;
    std::optional<Model> m_baselineModel;
    std::optional<Model> m_baselineDone;      // the baseline m_baseline belongs to
    std::shared_ptr<const BacktestResult> m_current;
    std::shared_ptr<const BacktestResult> m_baseline;
};

} // namespace tierlab::ui
