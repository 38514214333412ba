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
}

namespace tierlab::ui {

// What the workspace holds: accounts, snapshots over time, outcomes and each signal's coverage.
// The summary is read on a worker thread (its own connection), so a large workspace never blocks.
class OverviewPage : public QWidget
{
    Q_OBJECT

public:
    explicit OverviewPage(QWidget *parent = nullptr);
    ~OverviewPage() override;

    void setWorkspace(const QString &path);
    bool isLoading() const;
    const SignalCoverageModel *coverageModel() const { return m_coverage; }
    QString tileText(const QString &tile) const;   // for tests: "accounts", "snapshots", "asof", "outcomes"

Q_SIGNALS:
    void statusMessage(const QString &message);
    void summaryShown();

private:
    void showSummary(const Result<WorkspaceSummary> &summary, quint64 generation);
    QLabel *addTile(QGridLayout *grid, int column, const QString &name, const QString &caption);

    QFutureWatcher<Result<WorkspaceSummary>> m_watcher;
    quint64 m_generation = 0;
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
