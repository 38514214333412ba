#pragma once

#include "charts/plotheader.h"

#include "analysis/calibration.h"
#include "model/model.h"

#include <QDialog>
#include <QFutureWatcher>

#include <optional>

class QDialogButtonBox;
class QLabel;
class QProgressBar;
class QTableWidget;

namespace tierlab::ui {

// "Calibrate…": runs Calibration::run for the current model on a worker (its own workspace
// connection) and shows the proposed category weights beside the current ones. Accept hands the
// weights to the caller, which applies them as one undo step. Calibration cannot be interrupted:
// Cancel closes the dialog and the worker's result is dropped when it arrives.
class CalibrateDialog : public QDialog
{
    Q_OBJECT

public:
    CalibrateDialog(const QString &workspacePath, const Model &model, QWidget *parent = nullptr);

    void start();
    bool isRunning() const { return m_watcher.isRunning(); }
    const std::optional<CalibrationResult> &result() const { return m_result; }
    // The current model with the proposed category weights (valid once finished).
    Model proposedModel() const;
    QTableWidget *weightsTable() const { return m_table; }
    QString summaryText() const;

    static CalibrationOptions options();

Q_SIGNALS:
    void calibrated();   // the result (or error) is shown

private:
    void finish(const Result<CalibrationResult> &result);

    QString m_path;
    Model m_model;
    QLabel *m_summary = nullptr;
    QProgressBar *m_progress = nullptr;
    QTableWidget *m_table = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QFutureWatcher<Result<CalibrationResult>> m_watcher;
    std::optional<CalibrationResult> m_result;
};

} // namespace tierlab::ui
