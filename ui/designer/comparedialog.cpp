#include "comparedialog.h"

#include "charts/tierbarschart.h"
#include "charts/tierpalette.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

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
    layout->addWidget(m_matrix, 1);
    layout->addWidget(buttons);
    resize(640, 360);
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
            auto *item = new QTableWidgetItem(tr("%1 accounts\nARR %2")
                                                  .arg(locale.toString(qlonglong(t.accountsAt(b, c))),
                                                       TierBarsChart::compactMoney(t.arrAt(b, c))));
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
                                locale.toString(qlonglong(t.changed())), TierBarsChart::compactMoney(movedArr)));
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

} // namespace tierlab::ui
