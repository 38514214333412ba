#pragma once

#include "charts/plotheader.h"

#include "engine/designersession.h"

#include <QDialog>

class QLabel;
class QTableWidget;

namespace tierlab::ui {

// Current edits against the baseline: the tier transition matrix (accounts and ARR moving from
// each baseline tier to each current tier).
class CompareDialog : public QDialog
{
    Q_OBJECT

public:
    explicit CompareDialog(QWidget *parent = nullptr);

    void showTransitions(const TierTransitions &transitions, const std::vector<Tier> &tiers, const QString &baselineName);
    QString cellText(int baselineTier, int currentTier) const;
    QString summaryText() const;

private:
    QLabel *m_summary = nullptr;
    QTableWidget *m_matrix = nullptr;
};

} // namespace tierlab::ui
