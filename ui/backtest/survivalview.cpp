#include "survivalview.h"

#include "analysis/snapshothistory.h"
#include "charts/tierpalette.h"
#include "common/format.h"
#include "session/workspacesession.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace tierlab::ui {

namespace {

// The days the number at risk is counted at (docs/backtest.md).
constexpr int kAtRiskDays[] = {0, 30, 60, 90, 180, 270, 365};

// `even`: the columns share the width (the at-risk counts); else each fits its contents.
QTableWidget *makeTable(QWidget *parent, const QString &name, const QStringList &headers, bool even)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setObjectName(name);
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->setVisible(false);
    table->horizontalHeader()->setSectionResizeMode(even ? QHeaderView::Stretch : QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

void setCell(QTableWidget *table, int row, int column, const QString &text, bool number = true)
{
    auto *item = new QTableWidgetItem(text);
    if (number)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    table->setItem(row, column, item);
}

} // namespace

struct SurvivalView::Outcome
{
    Result<Survival::Report> report = fail(QString());
    std::vector<QDate> dates;
};

SurvivalView::SurvivalView(WorkspaceSession *workspace, QWidget *parent)
    : QWidget(parent), m_workspace(workspace),
      m_job(this, [this] { run(); }, [this](const std::shared_ptr<Outcome> &o) { show(o); })
{
    setObjectName(QStringLiteral("survivalView"));
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    auto *startLabel = new QLabel(tr("&Start week:"), this);
    m_startCombo = new QComboBox(this);
    m_startCombo->setObjectName(QStringLiteral("survivalStartCombo"));
    m_startCombo->setToolTip(tr("The accounts scored in this week are followed from its date, grouped by that week's tier"));
    m_startCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    startLabel->setBuddy(m_startCombo);
    bar->addWidget(startLabel);
    bar->addWidget(m_startCombo);
    bar->addStretch(1);
    layout->addLayout(bar);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("survivalMessage"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);

    auto *split = new QSplitter(Qt::Vertical, this);
    m_chart = new QCustomPlot(split);
    m_chart->setObjectName(QStringLiteral("survivalChart"));
    m_chart->setMinimumHeight(200);
    m_chart->setToolTip(tr("Kaplan–Meier estimate of the share of each tier's accounts still customers that many days "
                           "after the start week"));
    m_chart->xAxis->setLabel(tr("Days after the start week"));
    m_chart->yAxis->setLabel(tr("Still customers (%)"));
    m_chart->xAxis->setRange(0, 365);
    m_chart->yAxis->setRange(0, 100);
    m_chart->legend->setVisible(true);
    m_chart->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignBottom | Qt::AlignLeft);
    QStringList atRiskHeaders{tr("Tier")};
    for (int days : kAtRiskDays)
        atRiskHeaders << tr("At risk, day %1").arg(days);
    m_atRisk = makeTable(split, QStringLiteral("survivalAtRiskTable"), atRiskHeaders, true);
    m_atRisk->setToolTip(tr("Accounts of each tier still followed (not churned, not censored) that many days after the start"));
    m_figures = makeTable(split, QStringLiteral("survivalFiguresTable"),
                          {tr("Tier"), tr("Accounts"), tr("Churned"), tr("Retained at 90 days"), tr("Retained at 365 days"),
                           tr("Hazard ratio [95 % CI]"), tr("Accounts now"), tr("ARR now"), tr("Expected churned ARR, 90 days")},
                          false);
    m_figures->setToolTip(tr("Hazard ratio: the tier's churn hazard against the best tier's (log-rank estimate). Expected "
                             "churned ARR: the tier's ARR in the latest week × the share its accounts lost in 90 days"));
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    split->setStretchFactor(2, 1);
    layout->addWidget(split, 1);

    connect(m_startCombo, &QComboBox::activated, this, [this] { setStartWeek(m_startCombo->currentData().toDate()); });
    connect(m_workspace, &WorkspaceSession::workspaceChanged, this, [this] {
        m_start = QDate();
        clear();
    });
}

SurvivalView::~SurvivalView()
{
    m_job.wait();
}

void SurvivalView::setModel(const Model &model)
{
    m_model = model;
    m_hasModel = true;
    m_job.request();
}

void SurvivalView::setStartWeek(QDate start)
{
    m_start = start;
    m_job.request();
}

void SurvivalView::clear()
{
    m_report.reset();
    m_chart->clearGraphs();
    m_chart->replot(QCustomPlot::rpQueuedReplot);
    m_atRisk->setRowCount(0);
    m_figures->setRowCount(0);
    m_message->clear();
}

void SurvivalView::run()
{
    if (!m_hasModel || !m_workspace->isOpen() || !m_job.claim())
        return;
    m_message->setText(tr("Following the accounts from the start week…"));
    Survival::Options options;
    options.start = m_start;
    const Model model = m_model;
    m_job.run(m_workspace->run<std::shared_ptr<Outcome>>([model, options](SessionJob &job) {
        auto out = std::make_shared<Outcome>();
        auto history = job.history();
        if (!history) {
            out->report = std::unexpected(history.error());
            return out;
        }
        out->dates = (*history)->dates();
        out->report = Survival::compute(**history, model, options);
        return out;
    }, WorkspaceSession::Priority::Background));
}

void SurvivalView::fillDates(const std::vector<QDate> &dates)
{
    const QSignalBlocker block(m_startCombo);
    m_startCombo->clear();
    m_startCombo->addItem(tr("Default: a year before the data's end"), QDate());
    for (auto it = dates.rbegin(); it != dates.rend(); ++it)
        m_startCombo->addItem(QLocale().toString(*it, QLocale::ShortFormat), *it);
    m_startCombo->setCurrentIndex(std::max(0, m_start.isValid() ? m_startCombo->findData(m_start) : 0));
}

void SurvivalView::show(const std::shared_ptr<Outcome> &outcome)
{
    clear();
    fillDates(outcome->dates);
    if (!outcome->report) {
        m_message->setText(outcome->report.error().message);
        Q_EMIT shown();
        return;
    }
    m_report = std::make_shared<const Survival::Report>(std::move(*outcome->report));
    const Survival::Report &r = *m_report;
    if (!r.reason.isEmpty()) {
        m_message->setText(r.reason);
        Q_EMIT shown();
        return;
    }
    const QString reference = TierPalette::label(m_model.tiers, r.referenceTier);
    m_message->setText(tr("Accounts scored on %1, followed for up to %2 days (data until %3); hazard ratios against %4.")
                           .arg(QLocale().toString(r.start, QLocale::ShortFormat))
                           .arg(r.maxDays)
                           .arg(QLocale().toString(r.dataEnd, QLocale::ShortFormat), reference));

    // Worst tier on top of the tables; every tier with accounts gets a step curve.
    m_atRisk->setRowCount(int(r.tiers.size()));
    m_figures->setRowCount(int(r.tiers.size()));
    for (int row = 0; row < int(r.tiers.size()); ++row) {
        const Survival::Tier &t = r.tiers[std::size_t(row)];
        const QString label = TierPalette::label(m_model.tiers, t.tier);
        setCell(m_atRisk, row, 0, label, false);
        for (int c = 0; c < int(std::size(kAtRiskDays)); ++c)
            setCell(m_atRisk, row, c + 1,
                    kAtRiskDays[c] <= r.maxDays ? QLocale().toString(Survival::atRisk(t.subjects, kAtRiskDays[c])) : QString());
        setCell(m_figures, row, 0, label, false);
        setCell(m_figures, row, 1, QLocale().toString(t.accounts));
        setCell(m_figures, row, 2, QLocale().toString(t.churned));
        setCell(m_figures, row, 3, format::percent(Survival::survivalAt(t.steps, 90)));
        setCell(m_figures, row, 4, format::percent(Survival::survivalAt(t.steps, 365)));
        const Survival::HazardRatio &hr = t.hazard;
        setCell(m_figures, row, 5,
                t.tier == r.referenceTier ? tr("1 (reference)")
                : std::isfinite(hr.value) ? tr("%1 [%2–%3]").arg(format::number(hr.value, 2), format::number(hr.low, 2),
                                                                 format::number(hr.high, 2))
                                          : format::noValue(hr.reason));
        setCell(m_figures, row, 6, QLocale().toString(t.latestAccounts));
        setCell(m_figures, row, 7, format::compactMoney(t.latestArr));
        setCell(m_figures, row, 8, std::isfinite(t.expectedChurnedArr) ? format::compactMoney(t.expectedChurnedArr)
                                                                       : format::noValue());
        if (t.accounts == 0)
            continue;
        QCPGraph *graph = m_chart->addGraph();
        graph->setName(tr("%1 (%2)").arg(label).arg(t.accounts));
        graph->setLineStyle(QCPGraph::lsStepLeft);
        QPen pen(TierPalette::color(m_model.tiers, t.tier));
        pen.setWidthF(2);
        graph->setPen(pen);
        // From 100 % at day 0 to the last follow-up: one point per step, S in percent.
        QVector<double> x{0}, y{100};
        for (const Survival::Step &step : t.steps) {
            x << step.days;
            y << step.survival * 100.0;
        }
        graph->setData(x, y, true);
    }
    // The curves' own span, in steps of 10 %: churn of a few percent a year still shows.
    double lowest = 100;
    for (int g = 0; g < m_chart->graphCount(); ++g)
        for (auto it = m_chart->graph(g)->data()->constBegin(); it != m_chart->graph(g)->data()->constEnd(); ++it)
            lowest = std::min(lowest, it->value);
    m_chart->yAxis->setRange(std::max(0.0, std::floor((lowest - 5) / 10) * 10), 100);
    m_chart->xAxis->setRange(0, r.maxDays);
    m_chart->replot(QCustomPlot::rpQueuedReplot);
    Q_EMIT shown();
}

} // namespace tierlab::ui
