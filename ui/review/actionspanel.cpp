#include "actionspanel.h"

#include "review/reviewtables.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tierlab::ui {

namespace {
constexpr int kMaxRows = 500;
}

ActionsPanel::ActionsPanel(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("actionsPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *bar = new QHBoxLayout;
    auto *label = new QLabel(tr("P&lay:"), this);
    m_filter = new QComboBox(this);
    m_filter->setObjectName(QStringLiteral("actionsFilter"));
    m_filter->setToolTip(tr("Only the tasks of one play"));
    m_filter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    label->setBuddy(m_filter);
    bar->addWidget(label);
    bar->addWidget(m_filter);
    bar->addStretch(1);
    layout->addLayout(bar);
    m_table = ReviewTables::makeTable(this, QStringLiteral("actionsTable"),
                                      {tr("Due"), tr("Task"), tr("Account"), tr("Owner"), tr("Why")},
                                      tr("The playbook's tasks for this week: who does what by when, and what triggered it "
                                         "(tierlab actions writes them as CRM tasks)"),
                                      {4, 2});
    layout->addWidget(m_table);
    connect(m_filter, &QComboBox::activated, this, &ActionsPanel::fill);
}

void ActionsPanel::setActions(std::vector<PlayAction> actions)
{
    m_actions = std::move(actions);
    const QString current = m_filter->currentData().toString();
    m_filter->clear();
    m_filter->addItem(tr("All plays"), QString());
    QStringList seen;
    for (const PlayAction &a : m_actions) {
        if (seen.contains(a.play))
            continue;
        seen << a.play;
        m_filter->addItem(a.subject, a.play);
    }
    m_filter->setCurrentIndex(std::max(0, m_filter->findData(current)));
    fill();
}

int ActionsPanel::shownCount() const
{
    return m_table->rowCount();
}

void ActionsPanel::fill()
{
    const QString play = m_filter->currentData().toString();
    m_table->setRowCount(0);
    int matching = 0;
    for (const PlayAction &a : m_actions) {
        if (!play.isEmpty() && a.play != play)
            continue;
        // Listed like the page's other tables: the first kMaxRows (the CLI writes them all).
        if (++matching > kMaxRows)
            continue;
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        const QString task = a.notifyManager ? tr("%1 (notify the manager)").arg(a.subject) : a.subject;
        const QStringList cells{QLocale().toString(a.due, QLocale::ShortFormat), task,
                                a.name.isEmpty() ? a.accountId : a.name, a.owner, a.reason};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            item->setToolTip(cells[c]);
            m_table->setItem(row, c, item);
        }
    }
    ReviewTables::fitColumns(m_table);
    Q_EMIT countChanged(m_table->rowCount(), matching);
}

} // namespace tierlab::ui
