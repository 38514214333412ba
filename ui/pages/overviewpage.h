#pragma once

#include "store/workspace.h"

#include <QFutureWatcher>
#include <QWidget>

class QCustomPlot;
class QGridLayout;
class QLabel;
class QTableView;

namespace tierlab {
class SignalCoverageModel;
class WorkspaceSession;
}

namespace tierlab::ui {

// What the workspace holds: accounts, snapshots over time, outcomes and each signal's coverage.
// The summary is read as a job of the workspace session, so a large workspace never blocks; another
// workspace or new data reads it again. The tiles and the plot come from a few index look-ups; the
// signal coverage is counted from the session's decoded history (loaded once for every page), not by
// decoding every snapshot again.
class OverviewPage : public QWidget
{
    Q_OBJECT

public:
    // Standalone (tests, tools): the page keeps a workspace session of its own.
    explicit OverviewPage(QWidget *parent = nullptr);
    OverviewPage(WorkspaceSession *workspace, QWidget *parent);
    ~OverviewPage() override;

    // Opens `path` in the page's session.
    void setWorkspace(const QString &path);
    // Reads the summary of the session's workspace again.
    void reload();
    bool isLoading() const;
    const SignalCoverageModel *coverageModel() const { return m_coverage; }
    QString tileText(const QString &tile) const;   // for tests: "accounts", "snapshots", "asof", "outcomes"

Q_SIGNALS:
    void statusMessage(const QString &message);
    void summaryShown();

private:
    void showSummary(const Result<WorkspaceSummary> &summary, quint64 generation);
    void showHistoryFigures(const Result<WorkspaceSummary> &figures, quint64 generation);
    void finishIfShown();
    QLabel *addTile(QGridLayout *grid, int column, const QString &name, const QString &caption);

    WorkspaceSession *m_workspace = nullptr;
    QFutureWatcher<Result<WorkspaceSummary>> m_watcher;
    QFutureWatcher<Result<WorkspaceSummary>> m_coverageWatcher;
    quint64 m_generation = 0;
    bool m_summaryShown = false, m_coverageShown = false;   // of m_generation
    std::int64_t m_accountsShown = 0;
    QLabel *m_accounts = nullptr;
    QLabel *m_snapshots = nullptr;
    QLabel *m_asOf = nullptr;
    QLabel *m_outcomes = nullptr;
    QLabel *m_message = nullptr;
    QCustomPlot *m_plot = nullptr;
    QTableView *m_table = nullptr;
    SignalCoverageModel *m_coverage = nullptr;
};

} // namespace tierlab::ui
