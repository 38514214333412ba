// The review page's sections and their arrangement: built once, re-arranged and re-sized for
// presentation mode (one column on narrow projectors, large type, tables at full height).
#include "reviewpage.h"

#include "charts/tierbarschart.h"
#include "review/actionspanel.h"
#include "review/reviewtables.h"
#include "review/stabilitychart.h"
#include "review/trendchart.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tierlab::ui {

namespace {

// Below this page width, presentation mode's large type does not fit two sections side by side
// (1366 × 768 projectors): the sections stack.
constexpr int kTwoColumnMinWidth = 1600;
// Column widths are measured on this many rows, not Qt's default 1,000 per column and table.
constexpr int kWidthSampleRows = 100;

} // namespace

void ReviewPage::buildSections(QWidget *content)
{
    m_grid = new QGridLayout(content);
    auto section = [&](const QString &name, const QString &title) {
        auto *box = new QGroupBox(title, content);
        box->setObjectName(name);
        box->setFocusPolicy(Qt::StrongFocus);
        m_sections.push_back(box);
        return box;
    };

    QGroupBox *tiers = section(QStringLiteral("tiersSection"), tr("Tier distribution (filled: this week, dashed: last week)"));
    auto *tiersLayout = new QVBoxLayout(tiers);
    m_tierBars = new TierBarsChart(tiers);
    //: what the dashed outlines of the tier bars show on the review page
    m_tierBars->setComparisonLabel(tr("last week"));
    m_tierBars->setToolTip(tr("Accounts and ARR per tier this week (filled) and last week (dashed outline)"));
    m_tierBars->setMinimumHeight(240);
    m_tierText = new QLabel(tiers);
    m_tierText->setObjectName(QStringLiteral("tierText"));
    m_tierText->setWordWrap(true);
    m_tierText->setMinimumHeight(m_tierText->fontMetrics().lineSpacing() * 4);
    tiersLayout->addWidget(m_tierBars, 1);
    tiersLayout->addWidget(m_tierText);

    QGroupBox *trend = section(QStringLiteral("trendSection"), tr("Trend"));
    auto *trendLayout = new QVBoxLayout(trend);
    m_trend = new TrendChart(trend);
    m_trend->setMinimumHeight(240);
    ReviewTables::addExportMenu(m_trend, QStringLiteral("tier-trend"));
    ReviewTables::addExportMenu(m_tierBars, QStringLiteral("tier-distribution"));
    m_trendByArr = new QCheckBox(tr("By ARR"), trend);
    m_trendByArr->setToolTip(tr("Shares of ARR instead of shares of accounts"));
    trendLayout->addWidget(m_trend, 1);
    trendLayout->addWidget(m_trendByArr);

    QGroupBox *movement = section(QStringLiteral("movementSection"), tr("Movement since last week"));
    auto *movementLayout = new QVBoxLayout(movement);
    m_transitions = ReviewTables::makeTable(movement, QStringLiteral("transitionTable"), {},
                              tr("Rows: tier last week; columns: tier this week; accounts and ARR"));
    m_transitions->setMinimumHeight(kTransitionsMinHeight);
    m_movementText = new QLabel(movement);
    m_movementText->setObjectName(QStringLiteral("movementText"));
    m_movementText->setWordWrap(true);
    m_movementText->setTextFormat(Qt::RichText);
    movementLayout->addWidget(m_transitions, 1);
    movementLayout->addWidget(m_movementText);

    QGroupBox *movers = section(QStringLiteral("moversSection"), tr("Movers"));
    auto *moversLayout = new QVBoxLayout(movers);
    m_movers = ReviewTables::makeTable(movers, QStringLiteral("moversTable"),
                         {tr("What"), tr("Account"), tr("Name"), tr("CSM"), tr("From"), tr("To"), tr("Score then"),
                          tr("Score now"), tr("What moved it")},
                         tr("Accounts that dropped a tier, fell by the threshold or more, stayed in the worst tier "
                            "for 14 days, or recovered, with the signals whose change moved the score most"),
                         {8, 2, 3});   // "What" keeps its width: it names the row
    auto *moversBar = new QHBoxLayout;
    auto *kindLabel = new QLabel(tr("&Show:"), movers);
    m_moverKind = new QComboBox(movers);
    m_moverKind->setObjectName(QStringLiteral("moverKindFilter"));
    m_moverKind->setToolTip(tr("Only the movers of one kind"));
    m_moverKind->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    kindLabel->setBuddy(m_moverKind);
    m_moversByCsm = new QLabel(movers);
    m_moversByCsm->setObjectName(QStringLiteral("moversByCsm"));
    m_moversByCsm->setWordWrap(true);
    m_moversByCsm->setToolTip(tr("The movers shown, counted per CSM, most first"));
    moversBar->addWidget(kindLabel);
    moversBar->addWidget(m_moverKind);
    moversBar->addWidget(m_moversByCsm, 1);
    moversLayout->addLayout(moversBar);
    moversLayout->addWidget(m_movers);
    connect(m_moverKind, &QComboBox::activated, this, [this] {
        if (m_result)
            fillMovers(*m_result);
    });

    QGroupBox *renewals = section(QStringLiteral("renewalsSection"), tr("Renewals in the next 90 days"));
    auto *renewalsLayout = new QVBoxLayout(renewals);
    m_renewalText = new QLabel(renewals);
    m_renewalText->setObjectName(QStringLiteral("renewalText"));
    m_renewalText->setWordWrap(true);
    m_renewals = ReviewTables::makeTable(renewals, QStringLiteral("renewalsTable"),
                           {tr("Renewal"), tr("Account"), tr("Name"), tr("CSM"), tr("Score"), tr("Tier"), tr("ARR")},
                           tr("Accounts renewing soon, weakest first; ARR at risk = those below the best tier"),
                           {2, 3});
    renewalsLayout->addWidget(m_renewalText);
    renewalsLayout->addWidget(m_renewals);

    QGroupBox *expansion = section(QStringLiteral("expansionSection"), tr("Expansion candidates"));
    auto *expansionLayout = new QVBoxLayout(expansion);
    m_expansion = ReviewTables::makeTable(expansion, QStringLiteral("expansionTable"),
                            {tr("Account"), tr("Name"), tr("Score"), tr("4 weeks ago"), tr("Renewal"), tr("ARR")},
                            tr("Best-tier accounts renewing soon or whose score rose over the last 4 weeks"), {1});
    expansionLayout->addWidget(m_expansion);
    QGroupBox *actions = section(QStringLiteral("actionsSection"), tr("This week's actions"));
    auto *actionsLayout = new QVBoxLayout(actions);
    m_actions = new ActionsPanel(actions);
    actionsLayout->addWidget(m_actions);
    connect(m_actions, &ActionsPanel::countChanged, this, [this](int shown, int matching) {
        QString title = m_actionsProblem.isEmpty() ? tr("This week's actions: %1").arg(matching)
                                                   : tr("This week's actions: %1").arg(m_actionsProblem);
        if (shown < matching)
            title += tr(" (the first %1 listed)").arg(shown);
        m_sections[6]->setTitle(title);
    });
    QGroupBox *stability = section(QStringLiteral("stabilitySection"), tr("Stability and drift"));
    auto *stabilityLayout = new QVBoxLayout(stability);
    m_stability = new StabilityChart(stability);
    stabilityLayout->addWidget(m_stability);
    for (QTableWidget *table : {m_movers, m_renewals, m_expansion, m_actions->table()})
        table->horizontalHeader()->setResizeContentsPrecision(kWidthSampleRows);
    const auto open = [this](const QString &id) { Q_EMIT accountActivated(id); };
    ReviewTables::openAccounts(m_movers, 1, open);
    ReviewTables::openAccounts(m_renewals, 1, open);
    ReviewTables::openAccounts(m_expansion, 0, open);

}

void ReviewPage::fitTableHeights()
{
    ReviewTables::setFullHeight(m_transitions, m_presentation, kTransitionsMinHeight);
    for (QTableWidget *table : {m_movers, m_renewals, m_expansion, m_actions->table()})
        ReviewTables::setFullHeight(table, m_presentation, 0);
}

void ReviewPage::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    arrangeSections();
}

void ReviewPage::arrangeSections()
{
    const int columns = m_presentation && width() < kTwoColumnMinWidth ? 1 : 2;
    if (columns == m_gridColumns)
        return;
    m_gridColumns = columns;
    for (QGroupBox *box : m_sections)
        m_grid->removeWidget(box);
    // m_sections: tiers, trend, movement, movers, renewals, expansion, actions, stability.
    if (columns == 2) {
        m_grid->addWidget(m_sections[0], 0, 0);
        m_grid->addWidget(m_sections[1], 0, 1);
        m_grid->addWidget(m_sections[2], 1, 0);
        m_grid->addWidget(m_sections[4], 1, 1);
        m_grid->addWidget(m_sections[3], 2, 0, 1, 2);
        m_grid->addWidget(m_sections[6], 3, 0, 1, 2);
        m_grid->addWidget(m_sections[5], 4, 0, 1, 2);
        m_grid->addWidget(m_sections[7], 5, 0, 1, 2);
    } else {
        // The same reading order as two columns.
        int row = 0;
        for (int i : {0, 1, 2, 4, 3, 6, 5, 7})
            m_grid->addWidget(m_sections[std::size_t(i)], row++, 0);
    }
    m_grid->setColumnStretch(0, 1);
    m_grid->setColumnStretch(1, columns == 2 ? 1 : 0);
}

void ReviewPage::applyFonts()
{
    // Large type on the content; the controls row keeps its size so it still fits on one line.
    QFont f = m_baseFont;
    if (m_presentation)
        f.setPointSizeF(f.pointSizeF() * 1.6);
    m_scroll->widget()->setFont(f);
    m_message->setFont(f);
    // The tier chart has no legend (its layout was rebuilt); the trend's names the tiers.
    m_trend->legend->setFont(f);
    m_tierBars->setTextFont(f);
    // Taller charts for the larger type, so the value labels keep clear of the bars.
    const int chartHeight = m_presentation ? 320 : 240;
    m_tierBars->setMinimumHeight(chartHeight);
    m_trend->setMinimumHeight(chartHeight);
    for (QCustomPlot *plot : {static_cast<QCustomPlot *>(m_tierBars), static_cast<QCustomPlot *>(m_trend)}) {
        plot->setFont(f);
        for (QCPAxisRect *rect : plot->axisRects()) {
            for (QCPAxis *axis : rect->axes()) {
                axis->setTickLabelFont(f);
                axis->setLabelFont(f);
            }
        }
        plot->replot();
    }
}

void ReviewPage::focusSection(int delta)
{
    if (m_sections.empty())
        return;
    int current = -1;
    for (int i = 0; i < int(m_sections.size()); ++i) {
        if (m_sections[std::size_t(i)]->isAncestorOf(focusWidget()) || m_sections[std::size_t(i)] == focusWidget())
            current = i;
    }
    const int n = int(m_sections.size());
    const int next = current < 0 ? 0 : ((current + delta) % n + n) % n;
    QGroupBox *box = m_sections[std::size_t(next)];
    box->setFocus(Qt::ShortcutFocusReason);
    m_scroll->ensureWidgetVisible(box, 0, 0);
}

void ReviewPage::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_F6) {
        focusSection(event->modifiers().testFlag(Qt::ShiftModifier) ? -1 : 1);
        event->accept();
        return;
    }
    if (m_presentation && (event->key() == Qt::Key_PageDown || event->key() == Qt::Key_PageUp)) {
        // The tables are at full height: the page itself turns, a screenful at a time.
        m_scroll->verticalScrollBar()->triggerAction(event->key() == Qt::Key_PageDown ? QAbstractSlider::SliderPageStepAdd
                                                                                      : QAbstractSlider::SliderPageStepSub);
        event->accept();
        return;
    }
    if (event->key() == Qt::Key_Escape && m_presentation) {
        setPresentation(false);
        event->accept();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace tierlab::ui
