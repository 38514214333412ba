#pragma once

#include "analysis/startermodel.h"

#include <QDialog>
#include <QFutureWatcher>

#include <optional>

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

// File → New Model from Data…: builds a starter model (StarterModel, docs/backtest.md) from the
// workspace's signals and outcomes on a worker, with progress and Cancel, and shows what it kept and
// left out with the evidence (AUC, information value, the test), the held-out AUC and the back-test.
// "Open in Designer" hands the model to the caller, which applies it as one undo step.
class StarterDialog : public QDialog
{
    Q_OBJECT

public:
    // Columns of the signals table.
    enum Column { SignalColumn, KeptColumn, CategoryColumn, RuleColumn, AucColumn, IvColumn, NoteColumn, ColumnCount };

    // Runs on the session's workspace (its decoded history is shared with the other pages).
    explicit StarterDialog(WorkspaceSession *workspace, QWidget *parent = nullptr);
    // Standalone: opens `workspacePath` in a session of its own.
    explicit StarterDialog(const QString &workspacePath, QWidget *parent = nullptr);
    ~StarterDialog() override;

    // Builds with the options the dialog shows; a build in progress is cancelled first.
    void start();
    void cancel();
    bool isRunning() const { return m_watcher.isRunning(); }
    const std::optional<StarterResult> &result() const { return m_result; }
    StarterOptions currentOptions() const;
    void setHorizonDays(int days);
    void setHoldoutPercent(double percent);

    QTableWidget *signalsTable() const { return m_table; }
    QProgressBar *progressBar() const { return m_progress; }
    QPushButton *openButton() const;
    QString summaryText() const;

Q_SIGNALS:
    void built();        // a build finished, with a model or an error
    void cancelled();

private:
    void finish();
    void fill(const StarterResult &r);

    WorkspaceSession *m_workspace = nullptr;
    QSpinBox *m_horizon = nullptr;
    QDoubleSpinBox *m_holdout = nullptr;
    QSpinBox *m_seed = nullptr;
    QDoubleSpinBox *m_neutralFrom = nullptr;
    QDoubleSpinBox *m_healthyFrom = nullptr;
    QPushButton *m_run = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_summary = nullptr;
    QTableWidget *m_table = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QFutureWatcher<Result<StarterResult>> m_watcher;
    std::optional<StarterResult> m_result;
};

} // namespace tierlab::ui
