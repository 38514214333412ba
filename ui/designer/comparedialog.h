#pragma once

#include "charts/plotheader.h"

#include "analysis/backtest.h"
#include "engine/designersession.h"

#include <QDialog>

class QLabel;
class QTableWidget;

namespace tierlab::ui {

// Current edits against the baseline: the tier transition matrix (accounts and ARR moving from
// each baseline tier to each current tier), and the back-tested churners the edit catches or loses.
class CompareDialog : public QDialog
{
    Q_OBJECT

public:
    explicit CompareDialog(QWidget *parent = nullptr);

    void showTransitions(const TierTransitions &transitions, const std::vector<Tier> &tiers, const QString &baselineName);
    QString cellText(int baselineTier, int currentTier) const;
    QString summaryText() const;

    // The churned accounts the edit newly puts in the worst tier, and the ones it takes out of it,
    // from the two back-tests (either may be null while they run).
    void showBacktestCatches(const BacktestResult *current, const BacktestResult *baseline);
    QString catchesText() const;
    QTableWidget *catchesTable() const { return m_catches; }

private:
    QLabel *m_summary = nullptr;
    QTableWidget *m_matrix = nullptr;
    QLabel *m_catchesSummary = nullptr;
    QTableWidget *m_catches = nullptr;
};

} // namespace tierlab::ui
