#pragma once

#include "analysis/playbook.h"

#include <QWidget>

#include <vector>

class QComboBox;
class QTableWidget;

namespace tierlab::ui {

// The review page's "This week's actions": the playbook's tasks for the week (Playbook::actions),
// with a filter by play. The page computes them with the review, on its worker.
class ActionsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ActionsPanel(QWidget *parent = nullptr);

    void setActions(std::vector<PlayAction> actions);
    const std::vector<PlayAction> &actions() const { return m_actions; }
    QTableWidget *table() const { return m_table; }
    QComboBox *playFilter() const { return m_filter; }
    // The rows shown under the filter.
    int shownCount() const;

Q_SIGNALS:
    // Rows listed and rows matching the filter (at most 500 are listed).
    void countChanged(int shown, int matching);

private:
    void fill();

    std::vector<PlayAction> m_actions;
    QComboBox *m_filter = nullptr;
    QTableWidget *m_table = nullptr;
};

} // namespace tierlab::ui
