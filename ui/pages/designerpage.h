#pragma once

#include "charts/plotheader.h"

#include "engine/designersession.h"
#include "store/workspace.h"

#include <QFutureWatcher>
#include <QTimer>
#include <QWidget>

#include <memory>
#include <optional>

class QFileDialog;
class QLabel;
class QSplitter;
class QUndoStack;

namespace tierlab {
class AccountFilterProxy;
class AccountsModel;
class WorkspaceSession;
} // namespace tierlab

namespace tierlab::ui {

class AccountsPane;
class BacktestHeadline;
class DesignerBar;
class DesignerDialogs;
class DesignerEdits;
class SegmentBar;
class SqlExportDialog;
class ExplanationView;
class HistogramChart;
class TierBarsChart;
class TierEdgesEditor;
class WeightsPanel;

// What a worker reads for the designer: the snapshot and, on a full load, the as-of dates.
struct DesignerLoad
{
    std::vector<QDate> dates;
    std::shared_ptr<const Dataset> dataset;
    bool full = false;
    bool resetModel = false;   // another workspace: start again from its newest version
    // The snapshot scored on the worker with the models the page asked for (adopted when they still apply).
    std::shared_ptr<DesignerPrepared> prepared;
};

// The model designer: weights (left), live score distribution and tier bars (centre top), the
// accounts table and one account's explanation (centre bottom). It asks core for everything:
// DesignerSession scores, the workspace stores; it never computes a score itself.
class DesignerPage : public QWidget
{
    Q_OBJECT

public:
    // Standalone (tests, tools): the page keeps a workspace session of its own.
    explicit DesignerPage(QWidget *parent = nullptr);
    // In the main window: the session every page shares. The page follows it: another workspace
    // starts again from its newest version; new data reloads and keeps the model being edited.
    DesignerPage(WorkspaceSession *workspace, QWidget *parent);
    ~DesignerPage() override;

    // Opens `path` in the page's session (a failure shows on the page); loaded() follows.
    void setWorkspace(const QString &path);
    void setAsOf(QDate date);
    bool isLoading() const;
    QString workspacePath() const;
    WorkspaceSession *workspaceSession() const { return m_workspace; }

    Result<void> openModelFile(const QString &path);
    // Writes the model to `path`; a name without a suffix gets ".json".
    Result<void> saveModelFile(const QString &path);
    // The current model with metadata (ModelExport): the open workspace's data fingerprint, the
    // back-test figures when the headline has them for this very model, and the SHA-256.
    Result<void> exportModelFile(const QString &path);
    Result<void> saveVersion(const QString &name, const QString &note = {});
    Result<void> switchToVersion(std::int64_t versionId);
    // Publishes a saved version: the default model of the review and back-test pages and the CLI.
    Result<void> publishVersion(std::int64_t versionId);
    void normaliseWeights();
    // Applies calibrated category weights (CalibrateDialog) as one undo step.
    Result<void> applyCalibration(const Model &proposed);
    // Replaces the model with one built from the data (StarterDialog) as one undo step.
    Result<void> applyStarterModel(const Model &starter);
    // Puts back autosaved edits (after a crash) as one undo step.
    Result<void> restoreUnsavedModel(const Model &model);

    DesignerSession *session() const { return m_session; }
    QUndoStack *undoStack() const { return m_undo; }
    WeightsPanel *weightsPanel() const { return m_weights; }
    HistogramChart *histogramChart() const { return m_histogram; }
    TierBarsChart *tierBarsChart() const { return m_tierBars; }
    TierEdgesEditor *tierEdgesEditor() const { return m_tierEdges; }
    AccountsPane *accountsPane() const { return m_accounts; }
    ExplanationView *explanationView() const { return m_explanation; }
    BacktestHeadline *backtestHeadline() const { return m_headline; }
    SegmentBar *segmentBar() const { return m_segmentBar; }
    const std::vector<ModelVersion> &versions() const { return m_versions; }
    QDate asOf() const;
    bool isDirty() const { return m_session->isDirty(); }
    QString modelName() const;

public Q_SLOTS:
    void chooseModelFileToOpen();
    // Save Model File… and Export Model with Metadata…: a (window-modal, not blocking) file dialog that
    // adds ".json" to a name typed without a suffix, then saveModelFile() / exportModelFile().
    QFileDialog *chooseModelFileToSave();
    QFileDialog *chooseModelFileToExport();
    // Export Model as SQL…: the designer's model as one SQL view (SqlExportDialog).
    SqlExportDialog *chooseSqlExport();
    void chooseVersionNameAndSave();
    // Publish…: the version being edited; unsaved edits are saved as a version first (asks its name).
    void choosePublish();
    void showComparison();
    void calibrate();
    // File → New Model from Data…: the StarterDialog on this workspace.
    void newModelFromData();

Q_SIGNALS:
    void statusMessage(const QString &message);
    void dirtyChanged(bool dirty);
    void titleChanged();
    void loaded();
    // A whole model was opened (a model file), not one edit; loaded() covers the models a load brings.
    void modelReplaced();
    // Every redraw of the charts after a re-score (the benchmark waits for it).
    void chartsUpdated();

private:
    void startLoad(QDate asOf, bool full, bool resetModel = false);
    void finishLoad(Result<DesignerLoad> load, quint64 generation);
    // The baseline a reset load starts from: the newest saved version, else the seed model.
    static Model startingModel(const std::vector<ModelVersion> &versions, const Dataset &data, QString *name,
                               QString *problem);
    void onModelChanged();
    void updateTitle();
    void scheduleBacktest();
    void onScoresChanged();
    void onCategoryWeight(int category, double weight, bool dragging);
    void onSignalWeight(int signal, double weight, bool dragging);
    void onThresholdDragged(int tier, double min);
    void onAccountSelected(int sourceRow);
    void editRule(int signal);
    void editConditions();
    // Adds a segment variant, or edits variant `editing` (its label and values), through VariantDialog.
    void addVariant(int editing = -1);
    // A failed edit's message on the status bar.
    void report(const Result<void> &result);
    // Applies `model` as one undo step named `text`; nothing changes when it does not fit.
    Result<void> applyEdit(const Model &model, const QString &text);
    void fillVersions();
    void restoreLayout();
    void saveLayout() const;

    DesignerSession *m_session = nullptr;
    QUndoStack *m_undo = nullptr;
    WeightsPanel *m_weights = nullptr;
    HistogramChart *m_histogram = nullptr;
    TierBarsChart *m_tierBars = nullptr;
    TierEdgesEditor *m_tierEdges = nullptr;
    AccountsPane *m_accounts = nullptr;
    ExplanationView *m_explanation = nullptr;
    BacktestHeadline *m_headline = nullptr;
    DesignerBar *m_bar = nullptr;
    DesignerEdits *m_edits = nullptr;
    DesignerDialogs *m_dialogs = nullptr;
    SegmentBar *m_segmentBar = nullptr;
    QLabel *m_message = nullptr;
    std::vector<QSplitter *> m_splitters;

    QFutureWatcher<Result<DesignerLoad>> m_watcher;
    quint64 m_generation = 0;
    bool m_loading = false;        // until the newest request's result is shown
    WorkspaceSession *m_workspace = nullptr;
    std::vector<ModelVersion> m_versions;
    ScoreHistogram m_histogramData;
    ScoreHistogram m_allHistogram;       // with a segment chosen: every account's, the outline
    ScoreSummary m_segmentCurrent;
    ScoreSummary m_segmentBaseline;
    std::vector<std::int64_t> m_segmentSizes;   // accounts per variant index (0 the base)
    QStringList m_segmentRouting;               // `by` and each variant's values they were counted for
    const Dataset *m_segmentData = nullptr;
    std::vector<Tier> m_shownTiers;
    QTimer m_settle;               // re-sort the table once a drag pauses
    std::optional<Model> m_pendingModel;   // a model file opened while the workspace loads
    QString m_pendingModelName;
};

} // namespace tierlab::ui
