#pragma once

#include "charts/plotheader.h"

#include "common/latestwinsjob.h"

#include "analysis/accounthistory.h"
#include "common/error.h"

#include <QWidget>

#include <memory>
#include <optional>

class QLabel;
class QTableWidget;
class QPushButton;
class QToolButton;

namespace tierlab {
class WorkspaceSession;
}

namespace tierlab::ui {

class AccountChart;
class ModelChooser;

// One account over every week (docs/review.md, "Account view"): who it is, its score over the tier
// bands with a marker where the published model changed, each week's change split into behaviour
// (the account's data, same model) and model change (the publication, same data) with the signals
// that moved it, and this week's signals, penalties, model overrides and CSM overrides. Each week is
// scored with the model published then; the weeks before the first publication with the chooser's
// model. Computed as a job of the workspace session on its decoded history; new data, another
// publication or another workspace reloads it.
class AccountPage : public QWidget
{
    Q_OBJECT

public:
    // Standalone (tests, tools): the page keeps a workspace session of its own.
    explicit AccountPage(QWidget *parent = nullptr);
    AccountPage(WorkspaceSession *workspace, QWidget *parent);
    ~AccountPage() override;

    // Opens `path` in the page's session (a failure shows on the page).
    void setWorkspace(const QString &path);
    // Shows `accountId` (loads in the background; isLoading() until it is shown).
    void showAccount(const QString &accountId);
    QString accountId() const { return m_accountId; }
    bool isLoading() const;
    const AccountHistoryResult *result() const { return m_result ? &*m_result : nullptr; }
    ModelChooser *modelChooser() const { return m_chooser; }
    AccountChart *chart() const { return m_chart; }

Q_SIGNALS:
    // Back: to the page the account was opened from.
    void backRequested();
    // The account (or why it could not be shown) is on the page.
    void accountShown();

private:
    // The CSM override buttons: set (a dialog, applied when accepted) and clear the account's open ones.
    void openOverrideDialog();
    void clearOverrides();
    void updateOverrideButtons();
    struct Outcome;
    void refresh();
    void scheduleRefresh();
    void showOutcome(const Outcome &outcome);
    void clearAccount(const QString &message);
    void fillHeader(const AccountHistoryResult &r);
    void fillWeeks(const AccountHistoryResult &r);
    void fillCurrent(const AccountHistoryResult &r);

    WorkspaceSession *m_workspace = nullptr;
    LatestWinsJob<std::shared_ptr<Outcome>> m_job;
    QString m_accountId;
    std::optional<AccountHistoryResult> m_result;

    QToolButton *m_back = nullptr;
    QPushButton *m_setOverride = nullptr;
    QPushButton *m_clearOverride = nullptr;
    QLabel *m_title = nullptr;
    ModelChooser *m_chooser = nullptr;
    QLabel *m_details = nullptr;
    QLabel *m_current = nullptr;
    QLabel *m_message = nullptr;
    QWidget *m_body = nullptr;   // the chart and the tables, hidden until an account is shown
    AccountChart *m_chart = nullptr;
    QTableWidget *m_weeks = nullptr;
    QLabel *m_signalsTitle = nullptr;
    QTableWidget *m_signals = nullptr;
    QLabel *m_conditions = nullptr;
};

} // namespace tierlab::ui
