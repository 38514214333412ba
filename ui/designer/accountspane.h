#pragma once

#include "charts/plotheader.h"

#include "model/model.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QTableView;

namespace tierlab {
class AccountFilterProxy;
class AccountsModel;
class DesignerSession;
class WorkspaceSession;
} // namespace tierlab

namespace tierlab::ui {

// The designer's accounts table with its filters (tier, CSM, segment, "tier changed", search).
class AccountsPane : public QWidget
{
    Q_OBJECT

public:
    AccountsPane(DesignerSession *session, QWidget *parent = nullptr);

    AccountsModel *model() const { return m_model; }
    AccountFilterProxy *proxy() const { return m_proxy; }
    QTableView *view() const { return m_view; }

    // After a new snapshot: CSM and segment choices.
    void refreshChoices();
    void setTiers(const std::vector<Tier> &tiers);
    // Only the accounts of the designer's chosen segment variant (SegmentBar::choice(); kAll: every one).
    void setVariant(int variant);
    // The workspace's CSM overrides, marked in the table and kept current; the table's context menu
    // sets and clears them.
    void setWorkspaceSession(WorkspaceSession *workspace);
    // After a re-score settles: tell the views, re-filter and re-sort, keep the selection.
    void scoresSettled();
    bool selectAccount(const QString &accountId);
    int currentSourceRow() const;

Q_SIGNALS:
    void accountSelected(int sourceRow);   // -1 when nothing is selected
    // A double-click (or Enter) on an account: open its account view.
    void accountActivated(const QString &accountId);

private:
    void showContextMenu(const QPoint &pos);
    void readOverrides();
    // The tiers an override chooses from: the published model's, else the model being designed.
    std::vector<Tier> tiersInForce() const;

    DesignerSession *m_session;
    WorkspaceSession *m_workspace = nullptr;
    AccountsModel *m_model = nullptr;
    AccountFilterProxy *m_proxy = nullptr;
    QTableView *m_view = nullptr;
    QComboBox *m_tier = nullptr;
    QComboBox *m_csm = nullptr;
    QComboBox *m_segment = nullptr;
    QLineEdit *m_search = nullptr;
    QCheckBox *m_changed = nullptr;
    std::vector<Tier> m_tiers;
};

} // namespace tierlab::ui
