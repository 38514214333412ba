#pragma once

#include "charts/plotheader.h"

#include "dataset/dataset.h"
#include "model/model.h"

#include "common/checkeddialog.h"

#include <QFutureWatcher>

#include <memory>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QStackedWidget;

namespace tierlab {
class WorkspaceSession;
struct SignalDiagnostics;
}

namespace tierlab::ui {

class ExactSpinBox;
class RuleCurveChart;

// What the rule editor reads from the workspace on a worker: the week's snapshot, who churned after
// it, and the signal's univariate figures against that.
struct RuleEditorData
{
    std::shared_ptr<const Dataset> snapshot;   // the week read (the designer's, or the one chosen)
    int column = -1;                           // the signal's column in it; -1: the week lacks it
    std::vector<QDate> dates;                  // the workspace's weeks, oldest first
    std::vector<std::uint8_t> churned;         // per snapshot row
    std::shared_ptr<const SignalDiagnostics> diagnostics;
    QString problem;                           // why there are none
};

// Edits one signal's rule in place: kind; worst/best, band edges and scores, or the value → score
// map; the missing-value policy. The model validator checks it before the dialog accepts. Beside
// the fields, the rule's curve over the signal's histogram in the designer's snapshot (churned and
// retained apart, with the signal's AUC), redrawn as the fields change; the outcomes are read on a
// worker of the workspace session. With a workspace, a week list above the chart shows the histogram
// of any other week: the latest week has little churn still to come, an earlier one has it.
class RuleEditorDialog : public CheckedDialog
{
    Q_OBJECT

public:
    // `snapshot` (the designer's week) and `workspace` (its outcomes) may be null: no chart, or no split.
    RuleEditorDialog(const Signal &signal, std::shared_ptr<const Dataset> snapshot, WorkspaceSession *workspace = nullptr,
                     QWidget *parent = nullptr);

    Signal signal() const;
    // Why the entered rule is not valid, or empty.
    QString problem() const override;

    RuleCurveChart *chart() const { return m_chart; }
    // Until the outcomes have arrived (tests wait on it).
    bool isReadingOutcomes() const { return m_outcomes.isRunning(); }
    // The week the chart shows; the list of weeks (empty until the workspace was read).
    QDate shownWeek() const;
    QComboBox *weekCombo() const { return m_week; }

private:
    void connectLiveCurve();
    void updateCurve();
    // Reads `week` (null: the designer's snapshot) and its outcomes on a worker; the latest call wins.
    void readOutcomes(QDate week);
    void showOutcomes(const RuleEditorData &data);

    Signal m_signal;
    std::shared_ptr<const Dataset> m_snapshot;   // the designer's week
    std::shared_ptr<const Dataset> m_shown;      // the week the chart shows
    int m_column = -1;                     // the signal's column in m_snapshot
    WorkspaceSession *m_workspace = nullptr;
    RuleCurveChart *m_chart = nullptr;
    QComboBox *m_week = nullptr;
    QFutureWatcher<std::shared_ptr<RuleEditorData>> m_outcomes;
    QComboBox *m_kind = nullptr;
    QStackedWidget *m_pages = nullptr;
    ExactSpinBox *m_worst = nullptr;
    ExactSpinBox *m_best = nullptr;
    QLineEdit *m_edges = nullptr;
    QLineEdit *m_bandScores = nullptr;
    QPlainTextEdit *m_map = nullptr;
    ExactSpinBox *m_mapDefault = nullptr;
    ExactSpinBox *m_true = nullptr;
    ExactSpinBox *m_false = nullptr;
    QCheckBox *m_invert = nullptr;
    QComboBox *m_missing = nullptr;
};

} // namespace tierlab::ui
