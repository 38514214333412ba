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

namespace tierlab::ui {

class BacktestCharts;

// The back-test of a model on the workspace's history (docs/backtest.md): headline figures, ROC,
// churn per tier, decile lift, score trajectories, the missed and false alarms, signal diagnostics.
// Backtest::run is slow (bootstrap, every snapshot), so it runs on a worker with its own workspace
// connection; the newest request wins.
class BacktestPage : public QWidget
{
    Q_OBJECT

public:
    explicit BacktestPage(QWidget *parent = nullptr);
    ~BacktestPage() override;

    void setWorkspace(const QString &path);
    void setModel(const Model &model, const QString &label);
    // A model file (tierlab --workspace W --model M.json): back-tested under its file name, which the
    // model combo shows selected. An exported file edited after export is refused (ModelExport).
    Result<void> openModelFile(const QString &path);
    void setHorizon(int days);   // 30, 60, 90 or 180
    int horizon() const;
    bool isLoading() const;

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
    void resultsShown();

private:
    struct State;
    struct Outcome;
    void showOutcome(const Outcome &outcome);
    void chooseModel(int index);
    void fillTables(const BacktestResult &r);

    std::shared_ptr<State> m_state;
    LatestWinsJob<std::shared_ptr<Outcome>> m_job;
    Model m_model;
    QString m_modelLabel;
    bool m_hasModel = false;   // false: the newest saved version, else the seed
    std::optional<BacktestResult> m_result;

    QComboBox *m_modelCombo = nullptr;
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
    QTableWidget *m_falseNegatives = nullptr;
    QTableWidget *m_falsePositives = nullptr;
    QTableWidget *m_diagnostics = nullptr;
    QLabel *m_leadTime = nullptr;
};

} // namespace tierlab::ui
