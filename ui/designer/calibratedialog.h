#pragma once

#include "analysis/calibration.h"
#include "model/model.h"

#include <QDialog>
#include <QFutureWatcher>

#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace tierlab {
class WorkspaceSession;
}

namespace tierlab::ui {

// "Calibrate…": fits the category weights (and, when asked, the worst and best tier edges) to the
// workspace's outcomes on a worker, with progress and Cancel, and shows the proposal beside the
// current model. Per category the user can lock the weight or bound it. Accept hands the proposal
// to the caller, which applies it as one undo step. The worker uses the process's shared decoded
// history (the workspace session's), so only a first run reads the snapshots.
class CalibrateDialog : public QDialog
{
    Q_OBJECT

public:
    // Columns of the weights table.
    enum Column { CategoryColumn, CurrentColumn, ProposedColumn, LockColumn, MinColumn, MaxColumn };

    // Runs on the session's workspace (its decoded history is shared with the other pages).
    CalibrateDialog(WorkspaceSession *workspace, const Model &model, QWidget *parent = nullptr);
    // Standalone: opens `workspacePath` in a session of its own.
    CalibrateDialog(const QString &workspacePath, const Model &model, QWidget *parent = nullptr);
    ~CalibrateDialog() override;

    // Runs with the options the dialog shows; a run in progress is cancelled first.
    void start();
    void cancel();
    bool isRunning() const { return m_watcher.isRunning(); }
    const std::optional<CalibrationResult> &result() const { return m_result; }
    // The current model with the proposed weights and tier edges (valid once finished).
    Model proposedModel() const;
    QTableWidget *weightsTable() const { return m_table; }
    QTableWidget *tiersTable() const { return m_tiers; }
    QProgressBar *progressBar() const { return m_progress; }
    QString summaryText() const;

    // What the dialog's controls ask for (locks, bounds, horizon, objective, tier targets).
    CalibrationOptions currentOptions() const;
    void setHorizonDays(int days);
    void setLocked(int category, bool locked);
    void setBounds(int category, double min, double max);   // max = +inf: none
    void setRedCapacity(std::int64_t accounts);              // < 0: leave the edge
    void setBestTierMaxChurn(double rate);                   // NaN: leave the edge
    void setFitSignalWeights(bool on);
    // Validation: Auto, a split by date (train until `date`, inclusive; invalid: the default ~70/30
    // cut), a holdout of `fraction` of the accounts, or K folds; the seed serves the holdout and folds.
    void setValidation(CalibrationValidation validation);
    void setTrainUntil(QDate date);
    void setHoldoutFraction(double fraction);
    void setFolds(int k);
    void setSeed(int seed);
    CalibrationValidation validation() const;
    // The defaults: 90 days, AUC, no bounds, no tier targets, no interval.
    static CalibrationOptions options();

Q_SIGNALS:
    void calibrated();   // the result (or error) is shown
    void cancelled();    // a run stopped on request

private:
    void finish();
    void showProgress(int value, const QString &text);
    void fillTiers();
    void showValidationControls();
    QString resultText(const CalibrationResult &r) const;
    // Categories the proposal weighs 0 and numeric override caps that change tier with its edges.
    QString guardRailText(const CalibrationResult &r) const;

    WorkspaceSession *m_workspace = nullptr;
    Model m_model;
    QLabel *m_summary = nullptr;
    QLabel *m_guardRail = nullptr;
    QComboBox *m_horizon = nullptr;
    QComboBox *m_objective = nullptr;
    QComboBox *m_validation = nullptr;
    QLabel *m_validationHint = nullptr;
    QLabel *m_trainUntilLabel = nullptr;
    QDateEdit *m_trainUntil = nullptr;
    QDoubleSpinBox *m_holdout = nullptr;
    QSpinBox *m_folds = nullptr;
    QLabel *m_seedLabel = nullptr;
    QSpinBox *m_seed = nullptr;
    QCheckBox *m_capacityOn = nullptr;
    QSpinBox *m_capacity = nullptr;
    QCheckBox *m_churnOn = nullptr;
    QCheckBox *m_signalWeights = nullptr;
    QDoubleSpinBox *m_churn = nullptr;
    QPushButton *m_run = nullptr;
    QProgressBar *m_progress = nullptr;
    QTableWidget *m_table = nullptr;
    QTableWidget *m_tiers = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QFutureWatcher<Result<CalibrationResult>> m_watcher;
    std::optional<CalibrationResult> m_result;
};

} // namespace tierlab::ui
