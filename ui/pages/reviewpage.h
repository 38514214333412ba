#pragma once

#include "charts/plotheader.h"

#include "common/latestwinsjob.h"

#include "analysis/review.h"
#include "common/error.h"

#include <QDate>
#include <QWidget>

#include <memory>
#include <optional>
#include <vector>

class QCheckBox;
class QComboBox;
class QGridLayout;
class QGroupBox;
class QLabel;
class QPushButton;
class QScrollArea;
class QTableWidget;

namespace tierlab {
class WorkspaceSession;
}

namespace tierlab::ui {

class ActionsPanel;
class ModelChooser;
class TierBarsChart;
class StabilityChart;
class TrendChart;

// The weekly portfolio review for the manager's meeting (docs/review.md): tier distribution
// against last week, trend, transitions, movers, renewals at risk, expansion candidates and the
// playbook's actions, all following the CSM / segment / ARR band filters. History is scored with one chosen model (the
// published one unless another is chosen) as a job of the workspace session, on the session's
// decoded history; filter changes reuse the scored weeks. New data or another workspace reloads.
class ReviewPage : public QWidget
{
    Q_OBJECT

public:
    // Standalone (tests, tools): the page keeps a workspace session of its own.
    explicit ReviewPage(QWidget *parent = nullptr);
    ReviewPage(WorkspaceSession *workspace, QWidget *parent);
    ~ReviewPage() override;

    // Opens `path` in the page's session (a failure shows on the page).
    void setWorkspace(const QString &path);
    ModelChooser *modelChooser() const { return m_chooser; }
    // Re-scores all history with `model` (like-for-like comparisons).
    void setModel(const Model &model, const QString &label);
    bool isLoading() const;

    const ReviewResult *result() const { return m_result ? &*m_result : nullptr; }
    const Model &model() const { return m_model; }
    QString modelLabel() const { return m_modelLabel; }
    // The flip rate and drift lines under the movement table (rich text); a significant PSI warns.
    static QString stabilityText(const ReviewResult &r);
    ReviewOptions options() const;
    void setFilter(const ReviewFilter &filter);
    void setWeek(QDate week);

    bool isPresentation() const { return m_presentation; }
    void setPresentation(bool on);

    Result<void> exportCsv(const QString &path);
    Result<void> exportReport(const QString &path);

    // ARR bands of the filter combo: [min, max) per entry after "All".
    static std::vector<std::pair<double, double>> arrBands();

Q_SIGNALS:
    void statusMessage(const QString &message);
    void reviewShown();
    // Presentation mode on or off: the window hides or restores its menus, navigation and status bar.
    void presentationChanged(bool on);
    // A double-click on an account of the movers, renewals or expansion tables: open its account view.
    void accountActivated(const QString &accountId);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    // The transition table's height outside presentation mode (tier rows and a header).
    static constexpr int kTransitionsMinHeight = 140;
    struct State;
    struct Outcome;
    void refresh();
    void showOutcome(Outcome &outcome);
    void fillFilters(const ReviewResult &r);
    void fillTables(const ReviewResult &r);
    // The movers of the chosen kind, cut to the table's rows, and their count per CSM.
    void fillMovers(const ReviewResult &r);
    void scheduleRefresh();
    // The sections in the scroll area (reviewpagelayout.cpp, like their arrangement).
    void buildSections(QWidget *content);
    void focusSection(int delta);
    void applyFonts();
    // Two columns of sections, or (presentation mode on a narrow screen) one under the other.
    void arrangeSections();
    void fitTableHeights();
    std::vector<Tier> displayTiers() const;

    WorkspaceSession *m_workspace = nullptr;
    std::shared_ptr<State> m_state;
    LatestWinsJob<std::shared_ptr<Outcome>> m_job;
    Model m_model;
    QString m_modelLabel;
    bool m_hasModel = false;
    std::optional<ReviewResult> m_result;
    QString m_hysteresisText;   // stability section: the flip rates with and without the model's hysteresis
    std::vector<QDate> m_weeks;
    bool m_presentation = false;
    Qt::WindowStates m_windowStateBefore;
    QFont m_baseFont;

    QLabel *m_title = nullptr;
    QWidget *m_controls = nullptr;
    ActionsPanel *m_actions = nullptr;
    QString m_actionsProblem;   // a broken stored playbook
    QComboBox *m_weekCombo = nullptr;
    ModelChooser *m_chooser = nullptr;
    QComboBox *m_csmCombo = nullptr;
    QComboBox *m_segmentCombo = nullptr;
    QComboBox *m_arrCombo = nullptr;
    QCheckBox *m_trendByArr = nullptr;
    QPushButton *m_presentButton = nullptr;
    QLabel *m_message = nullptr;
    QScrollArea *m_scroll = nullptr;
    QGridLayout *m_grid = nullptr;
    int m_gridColumns = 0;
    std::vector<QGroupBox *> m_sections;
    TierBarsChart *m_tierBars = nullptr;
    QLabel *m_tierText = nullptr;
    TrendChart *m_trend = nullptr;
    StabilityChart *m_stability = nullptr;
    QTableWidget *m_transitions = nullptr;
    QLabel *m_movementText = nullptr;
    QTableWidget *m_movers = nullptr;
    QComboBox *m_moverKind = nullptr;   // data: -1 every kind, else a MoverKind
    QLabel *m_moversByCsm = nullptr;
    QTableWidget *m_renewals = nullptr;
    QLabel *m_renewalText = nullptr;
    QTableWidget *m_expansion = nullptr;
};

} // namespace tierlab::ui
