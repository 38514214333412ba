#include "comparedialog.h"

#include "charts/tierbarschart.h"
#include "charts/tierpalette.h"
#include "designer/backtestheadline.h"
#include "common/format.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

namespace tierlab::ui {

CompareDialog::CompareDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("compareDialog"));
    setWindowTitle(tr("Compare with baseline"));
    auto *layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_matrix = new QTableWidget(this);
    m_matrix->setObjectName(QStringLiteral("transitionMatrix"));
    m_matrix->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_matrix->setToolTip(tr("Rows: the tier under the baseline model; columns: the tier under the current edits. "
                            "Off-diagonal cells are the accounts that change tier."));
    m_matrix->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_matrix->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_summary);
    m_catchesSummary = new QLabel(this);
    m_catchesSummary->setObjectName(QStringLiteral("catchesSummary"));
    m_catchesSummary->setWordWrap(true);
    m_catches = new QTableWidget(0, 5, this);
    m_catches->setObjectName(QStringLiteral("catchesTable"));
    m_catches->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_catches->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_catches->setHorizontalHeaderLabels({tr("Change"), tr("Account"), tr("Churned on"), tr("Score now"), tr("Score before")});
    m_catches->setToolTip(tr("Churned accounts of the back-test (scored %1 days before the churn) that the edit moves "
                             "into the worst tier (caught) or out of it (lost)")
                              .arg(BacktestHeadline::kHorizonDays));
    m_catches->horizontalHeader()->setStretchLastSection(true);
    m_catches->verticalHeader()->hide();
    layout->addWidget(m_matrix, 3);
    layout->addWidget(m_catchesSummary);
    layout->addWidget(m_catches, 2);
    layout->addWidget(buttons);
    resize(640, 640);
    showBacktestCatches(nullptr, nullptr);
}

void CompareDialog::showTransitions(const TierTransitions &t, const std::vector<Tier> &tiers, const QString &baselineName)
{
    const QLocale locale;
    const int slots = t.slots();
    m_matrix->clear();
    m_matrix->setRowCount(slots);
    m_matrix->setColumnCount(slots);
    QStringList labels;
    for (int i = 0; i < slots; ++i)
        labels << TierPalette::label(tiers, i < t.tierCount ? i : -1);
    QStringList rowLabels;
    for (const QString &l : labels)
        rowLabels << tr("was %1").arg(l);
    QStringList columnLabels;
    for (const QString &l : labels)
        columnLabels << tr("now %1").arg(l);
    m_matrix->setVerticalHeaderLabels(rowLabels);
    m_matrix->setHorizontalHeaderLabels(columnLabels);
    double movedArr = 0;
    for (int b = 0; b < slots; ++b) {
        for (int c = 0; c < slots; ++c) {
            auto *item = new QTableWidgetItem(tr("%Ln account(s)\nARR %1", nullptr, int(t.accountsAt(b, c)))
                                                  .arg(format::compactMoney(t.arrAt(b, c))));
            item->setTextAlignment(Qt::AlignCenter);
            if (b != c && t.accountsAt(b, c) > 0) {
                QFont bold = item->font();
                bold.setBold(true);
                item->setFont(bold);
                movedArr += t.arrAt(b, c);
            }
            if (b == c)
                item->setBackground(palette().alternateBase());
            m_matrix->setItem(b, c, item);
        }
    }
    m_summary->setText(tr("Against the baseline \"%1\": %2 accounts (ARR %3) change tier.")
                           .arg(baselineName.isEmpty() ? tr("unsaved") : baselineName,
                                locale.toString(qlonglong(t.changed())), format::compactMoney(movedArr)));
}

QString CompareDialog::cellText(int baselineTier, int currentTier) const
{
    const QTableWidgetItem *item = m_matrix->item(baselineTier, currentTier);
    return item ? item->text() : QString();
}

QString CompareDialog::summaryText() const
{
    return m_summary->text();
}

void CompareDialog::showBacktestCatches(const BacktestResult *current, const BacktestResult *baseline)
{
    m_catches->setRowCount(0);
    if (!current || !baseline) {
        m_catchesSummary->setText(tr("Churned accounts caught or lost: waiting for the back-test…"));
        return;
    }
    if (current->outcomes == 0) {
        m_catchesSummary->setText(tr("Churned accounts caught or lost: no outcomes to back-test"));
        return;
    }
    const ChurnCatches c = BacktestHeadline::catches(*current, *baseline);
    m_catchesSummary->setText(tr("Back-test churners in the worst tier: %1 newly caught, %2 lost by the edit.")
                                  .arg(c.caught.size())
                                  .arg(c.lost.size()));
    const QLocale locale;
    auto score = [](double v) { return std::isnan(v) ? tr("unscored") : QString::number(v, 'f', 1); };
    auto add = [&](const ChurnCatch &e, const QString &change) {
        const int row = m_catches->rowCount();
        m_catches->insertRow(row);
        const QStringList cells{change, e.accountId,
                                e.outcomeDate.isValid() ? locale.toString(e.outcomeDate, QLocale::ShortFormat) : QString(),
                                score(e.currentScore), score(e.baselineScore)};
        for (int col = 0; col < int(cells.size()); ++col)
            m_catches->setItem(row, col, new QTableWidgetItem(cells[col]));
    };
    for (const ChurnCatch &e : c.caught)
        add(e, tr("caught"));
    for (const ChurnCatch &e : c.lost)
        add(e, tr("lost"));
}

QString CompareDialog::catchesText() const
{
    return m_catchesSummary->text();
}

} // namespace tierlab::ui
