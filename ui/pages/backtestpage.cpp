#include "backtestpage.h"

#include "backtest/backtestcharts.h"
#include "backtest/segmentmetricstable.h"
#include "backtest/survivalview.h"
#include "analysis/snapshothistory.h"
#include "analysis/tierpaths.h"
#include "charts/tierpalette.h"
#include "common/modelchooser.h"
#include "session/workspacesession.h"
#include "common/format.h"
#include "review/reviewtables.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFrame>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

namespace tierlab::ui {

struct BacktestPage::Outcome
{
    Result<BacktestResult> result = fail(QString());
    std::vector<std::pair<double, double>> roc;   // the ROC curve, computed on the worker
    // A model with hysteresis: what it does over the weeks (TierPaths scores every week); empty text
    // without hysteresis, an error's message when the weeks could not be scored.
    QString hysteresis;
    QString trend;   // the same for a model with a trend tier
};

namespace {

// "Hysteresis (2 points, 2 weeks): weekly flip rate 21.7 % → 9.1 % · …", as `tierlab backtest` prints it.
QString hysteresisText(const Result<std::shared_ptr<const TierPaths>> &paths, const SnapshotHistory &history,
                       const Model &model, const BacktestResult &r)
{
    if (!paths)
        return BacktestPage::tr("Hysteresis: %1").arg(paths.error().message);
    const TierPaths::Effect e = (*paths)->effect(history, r);
    const auto days = [](double d) { return std::isnan(d) ? format::noValue() : format::number(d, 0); };
    return BacktestPage::tr("Hysteresis (%1 points, %2 weeks): weekly flip rate %3 → %4 · worst-tier recall %5 → %6 · "
                            "median lead time %7 → %8 days (%9 → %10 of %11 churners flagged)")
        .arg(format::number(model.hysteresis->points, 1))
        .arg(model.hysteresis->weeks)
        .arg(format::percent((*paths)->meanFlipRate(false)), format::percent((*paths)->meanFlipRate(true)),
             format::percent(e.recallWithout), format::percent(e.recallWith), days(e.leadDaysWithout), days(e.leadDaysWith))
        .arg(e.flaggedWithout)
        .arg(e.flaggedWith)
        .arg(e.churned);
}

// "Trend tier Declining: of the 812 outcomes in Neutral, 190 declining churned 21.1 %, the other 622 8.4 %".
QString trendText(const Result<std::shared_ptr<const TierPaths>> &paths, const SnapshotHistory &history,
                  const Model &model, const BacktestResult &r)
{
    if (!paths)
        return BacktestPage::tr("Trend tier: %1").arg(paths.error().message);
    const int split = model.tierIndex(model.trend->tier);
    const TierPaths::TrendEffect e = (*paths)->trendEffect(history, r, split);
    return BacktestPage::tr("Trend tier %1: of the %2 evaluated outcomes in %3, the %4 declining at their snapshot churned "
                            "%5, the other %6 churned %7")
        .arg(model.trend->label.isEmpty() ? model.trend->id : model.trend->label)
        .arg(e.inTier)
        .arg(TierPalette::label(model.tiers, split))
        .arg(e.declining)
        .arg(format::percent(e.churnRateDeclining()))
        .arg(e.stable())
        .arg(format::percent(e.churnRateStable()));
}

QTableWidget *makeTable(QWidget *parent, const QString &name, const QStringList &headers, const QString &tip)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setObjectName(name);
    table->setHorizontalHeaderLabels(headers);
    table->setToolTip(tip);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->verticalHeader()->setVisible(false);
    table->horizontalHeader()->setStretchLastSection(true);
    table->setAlternatingRowColors(true);
    return table;
}

void setCell(QTableWidget *table, int row, int column, const QString &text, bool number = false)
{
    auto *item = new QTableWidgetItem(text);
    if (number)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    table->setItem(row, column, item);
}

} // namespace

BacktestPage::BacktestPage(QWidget *parent) : BacktestPage(new WorkspaceSession, parent)
{
    m_workspace->setParent(this);
}

BacktestPage::BacktestPage(WorkspaceSession *workspace, QWidget *parent)
    : QWidget(parent), m_workspace(workspace),
      m_job(this, [this] { refresh(); }, [this](const std::shared_ptr<Outcome> &o) { showOutcome(*o); })
{
    setObjectName(QStringLiteral("backtestPage"));
    auto *layout = new QVBoxLayout(this);

    auto *title = new QLabel(tr("Back-test"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    title->setFont(titleFont);
    layout->addWidget(title);

    auto *bar = new QHBoxLayout;
    auto *modelLabel = new QLabel(tr("&Model:"), this);
    m_chooser = new ModelChooser(m_workspace, this);
    m_chooser->setObjectName(QStringLiteral("modelCombo"));
    modelLabel->setBuddy(m_chooser);
    auto *horizonLabel = new QLabel(tr("&Horizon:"), this);
    m_horizonCombo = new QComboBox(this);
    m_horizonCombo->setObjectName(QStringLiteral("horizonCombo"));
    m_horizonCombo->setToolTip(tr("Each outcome is scored on the account's latest snapshot at least this many days "
                                  "before it, so no later data leaks in"));
    for (int days : horizons())
        m_horizonCombo->addItem(tr("%1 days").arg(days), days);
    m_horizonCombo->setCurrentIndex(int(horizons().indexOf(90)));
    horizonLabel->setBuddy(m_horizonCombo);
    m_runButton = new QPushButton(tr("&Run"), this);
    m_runButton->setObjectName(QStringLiteral("runButton"));
    m_runButton->setToolTip(tr("Run the back-test again (re-reads the workspace)"));
    bar->addWidget(modelLabel);
    bar->addWidget(m_chooser);
    bar->addWidget(horizonLabel);
    bar->addWidget(m_horizonCombo);
    bar->addWidget(m_runButton);
    bar->addStretch(1);
    layout->addLayout(bar);

    // Headline row: one caption over one figure each.
    auto *headline = new QFrame(this);
    headline->setFrameShape(QFrame::StyledPanel);
    auto *grid = new QGridLayout(headline);
    auto addFigure = [&](int column, const QString &name, const QString &caption, const QString &tip) {
        auto *c = new QLabel(caption, headline);
        QFont f = c->font();
        f.setBold(true);
        c->setFont(f);
        // Large portfolios give long figures ("46.3 % (4730 of 10222 flagged)"): they wrap rather
        // than widen the window past the screen.
        c->setWordWrap(true);
        auto *v = new QLabel(headline);
        v->setWordWrap(true);
        v->setObjectName(name);
        v->setToolTip(tip);
        v->setTextInteractionFlags(Qt::TextSelectableByMouse);
        QFont big = v->font();
        big.setPointSizeF(big.pointSizeF() * 1.2);
        v->setFont(big);
        grid->addWidget(c, 0, column);
        grid->addWidget(v, 1, column);
        return v;
    };
    m_auc = addFigure(0, QStringLiteral("aucLabel"), tr("ROC AUC [95 % CI]"),
                      tr("Chance that a churned account scored lower than a retained one; bootstrap interval"));
    m_prAuc = addFigure(1, QStringLiteral("prAucLabel"), tr("PR-AUC (base rate)"),
                        tr("Average precision; a random ranking scores the churn rate"));
    m_relativeRisk = addFigure(2, QStringLiteral("relativeRiskLabel"), tr("Relative risk worst vs best [95 % CI]"),
                               tr("Churn rate of the worst tier divided by that of the best non-empty tier"));
    m_precision = addFigure(3, QStringLiteral("precisionLabel"), tr("Worst-tier precision"),
                            tr("Share of the worst-tier accounts that churned"));
    m_recall = addFigure(4, QStringLiteral("recallLabel"), tr("Worst-tier recall"),
                         tr("Share of the churned accounts that were in the worst tier"));
    m_counts = addFigure(5, QStringLiteral("countsLabel"), tr("Outcomes"),
                         tr("Evaluated outcomes, churned among them, and outcomes excluded (no snapshot early "
                            "enough, or no score)"));
    layout->addWidget(headline);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("backtestMessage"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    m_hysteresis = new QLabel(this);
    m_hysteresis->setObjectName(QStringLiteral("hysteresisLabel"));
    m_hysteresis->setWordWrap(true);
    m_hysteresis->setToolTip(tr("The model's hysteresis against the same model without it: how often accounts change "
                                "tier from one week to the next, and how many churners the worst tier flagged, how early"));
    m_hysteresis->hide();
    layout->addWidget(m_hysteresis);
    m_trend = new QLabel(this);
    m_trend->setObjectName(QStringLiteral("trendLabel"));
    m_trend->setWordWrap(true);
    m_trend->setToolTip(tr("Within the tier the trend splits: how often the accounts declining at their snapshot "
                           "churned, against the others in that tier. A split that tells churners apart shows a "
                           "higher rate for the declining ones"));
    m_trend->hide();
    layout->addWidget(m_trend);

    m_tabs = new QTabWidget(this);
    m_charts = new BacktestCharts(m_tabs);
    m_tabs->addTab(m_charts, tr("Charts"));
    auto *lists = new QWidget(m_tabs);
    auto *listsLayout = new QHBoxLayout(lists);
    const QStringList listHeaders{tr("Account"), tr("Scored on"), tr("Outcome"), tr("Score"), tr("Tier"), tr("Top reason")};
    auto *fnBox = new QGroupBox(tr("Missed churn (churned outside the worst tier)"), lists);
    auto *fnLayout = new QVBoxLayout(fnBox);
    m_falseNegatives = makeTable(fnBox, QStringLiteral("falseNegativesTable"), listHeaders,
                                 tr("Churned accounts the worst tier missed, highest score first"));
    fnLayout->addWidget(m_falseNegatives);
    auto *fpBox = new QGroupBox(tr("False alarms (retained in the worst tier)"), lists);
    auto *fpLayout = new QVBoxLayout(fpBox);
    m_falsePositives = makeTable(fpBox, QStringLiteral("falsePositivesTable"), listHeaders,
                                 tr("Retained accounts flagged in the worst tier, lowest score first"));
    fpLayout->addWidget(m_falsePositives);
    for (QTableWidget *list : {m_falseNegatives, m_falsePositives})
        ReviewTables::openAccounts(list, 0, [this](const QString &id) { Q_EMIT accountActivated(id); });
    listsLayout->addWidget(fnBox);
    listsLayout->addWidget(fpBox);
    m_tabs->addTab(lists, tr("Missed and false alarms"));
    auto *diagnostics = new QWidget(m_tabs);
    auto *diagnosticsLayout = new QVBoxLayout(diagnostics);
    m_leadTime = new QLabel(diagnostics);
    m_leadTime->setObjectName(QStringLiteral("leadTimeLabel"));
    m_leadTime->setWordWrap(true);
    m_leadTime->setToolTip(tr("How long before the churn each churner was already in the worst tier "
                              "(the run of worst-tier weeks that reaches the last snapshot before the churn)"));
    m_diagnostics = makeTable(diagnostics, QStringLiteral("diagnosticsTable"),
                              {tr("Signal"), tr("Column"), tr("Coverage"), tr("AUC"), tr("Direction"),
                               tr("Low variance"), tr("Mean churned"), tr("Mean retained")},
                              tr("Each model signal over the evaluated rows: how often it is present and how well "
                                 "it orders churn on its own"));
    m_diagnostics->horizontalHeader()->setStretchLastSection(false);
    diagnosticsLayout->addWidget(m_leadTime);
    diagnosticsLayout->addWidget(m_diagnostics, 1);
    m_tabs->addTab(diagnostics, tr("Signal diagnostics"));
    m_survival = new SurvivalView(m_workspace, m_tabs);
    m_tabs->addTab(m_survival, tr("Survival by tier"));
    // Only for a model with segments: each variant's figures beside the overall ones.
    m_segments = new SegmentMetricsTable(m_tabs);
    m_tabs->addTab(m_segments, tr("Segments"));
    m_tabs->setTabVisible(m_tabs->indexOf(m_segments), false);
    layout->addWidget(m_tabs, 1);

    connect(m_horizonCombo, &QComboBox::activated, this, [this] { refresh(); });
    connect(m_runButton, &QPushButton::clicked, this, &BacktestPage::refresh);
    auto takeChoice = [this] {
        m_model = m_chooser->model();
        m_modelLabel = m_chooser->label();
        m_hasModel = m_chooser->hasModel();
        scheduleRefresh();
    };
    connect(m_chooser, &ModelChooser::modelChosen, this, takeChoice);
    connect(m_chooser, &ModelChooser::failed, m_message, &QLabel::setText);
    connect(m_workspace, &WorkspaceSession::workspaceChanged, this, [this] {
        m_result.reset();
        scheduleRefresh();
    });
    connect(m_workspace, &WorkspaceSession::dataChanged, this, &BacktestPage::scheduleRefresh);
    takeChoice();
}

BacktestPage::~BacktestPage()
{
    m_job.wait();
}

bool BacktestPage::isLoading() const
{
    return m_job.isBusy();
}

void BacktestPage::setWorkspace(const QString &path)
{
    if (auto opened = m_workspace->open(path); !opened) {
        m_result.reset();
        Outcome failed;
        failed.result = std::unexpected(opened.error());
        showOutcome(failed);
    }
}

void BacktestPage::scheduleRefresh()
{
    if (m_workspace->isOpen())
        m_job.request();
}

void BacktestPage::setModel(const Model &model, const QString &label)
{
    m_model = model;
    m_modelLabel = label;
    m_hasModel = true;
    refresh();
}

Result<void> BacktestPage::openModelFile(const QString &path)
{
    // The same entry as a file chosen with "Model file…" in the chooser (which refuses a bad file).
    return m_chooser->chooseFile(path);
}

void BacktestPage::setHorizon(int days)
{
    const int i = m_horizonCombo->findData(days);
    if (i < 0 || i == m_horizonCombo->currentIndex())
        return;
    m_horizonCombo->setCurrentIndex(i);
    refresh();
}

int BacktestPage::horizon() const
{
    return m_horizonCombo->currentData().toInt();
}

void BacktestPage::refresh()
{
    if (!m_workspace->isOpen() || !m_hasModel)
        return;
    if (!m_job.claim())
        return;
    if (m_chooser->currentKey() == QStringLiteral("designer"))
        m_model = m_chooser->model();   // the designer's edits as they are now
    m_runButton->setEnabled(false);
    m_message->setText(tr("Back-testing %1 at %2 days…").arg(m_modelLabel).arg(horizon()));
    const Model model = m_model;
    m_survival->setModel(model);
    BacktestOptions options;
    options.horizonDays = horizon();
    m_job.run(m_workspace->run<std::shared_ptr<Outcome>>([model, options](SessionJob &job) {
        auto out = std::make_shared<Outcome>();
        // The session's decoded history, shared with the designer's headline and kept while the
        // data stays the same: only the first run reads the snapshots.
        auto history = job.history();
        if (!history) {
            out->result = std::unexpected(history.error());
            return out;
        }
        out->result = Backtest::run(**history, model, options);
        if (out->result)
            out->roc = BacktestCharts::rocPoints(out->result->samples);
        if (out->result && model.hysteresis)
            out->hysteresis = hysteresisText(job.tierPaths(model), **history, model, *out->result);
        if (out->result && model.trend)
            out->trend = trendText(job.tierPaths(model), **history, model, *out->result);
        return out;
    }, WorkspaceSession::Priority::Background));   // after the designer's headline
}

void BacktestPage::showOutcome(Outcome &outcome)
{
    m_runButton->setEnabled(true);
    if (!outcome.result) {
        m_result.reset();
        m_message->setText(outcome.result.error().message);
        for (QLabel *l : {m_auc, m_prAuc, m_relativeRisk, m_precision, m_recall, m_counts})
            l->clear();
        m_charts->clear();
        m_falseNegatives->setRowCount(0);
        m_falsePositives->setRowCount(0);
        m_diagnostics->setRowCount(0);
        m_segments->setRowCount(0);
        m_tabs->setTabVisible(m_tabs->indexOf(m_segments), false);
        m_leadTime->clear();
        m_hysteresis->hide();
        m_trend->hide();
        Q_EMIT resultsShown();
        return;
    }
    // Moved, not copied: 150 k samples and the lists at 100 k accounts (the outcome is not read again).
    m_result = std::move(*outcome.result);
    const BacktestResult &r = *m_result;
    m_auc->setText(formatAuc(r));
    m_prAuc->setText(formatPrAuc(r));
    m_relativeRisk->setText(formatRelativeRisk(r));
    m_precision->setText(formatPrecision(r));
    m_recall->setText(formatRecall(r));
    m_counts->setText(formatCounts(r));

    const LeadTimeResult &lead = r.leadTime;
    const QString leadText = std::isnan(lead.medianDays)
        ? (lead.churned == 0 ? tr("no churn outcome has a snapshot before its churn date")
                             : tr("no churn outcome was in the worst tier before the churn"))
        : tr("median lead time %1 days (%2 of %3 churn outcomes in the worst tier before the churn)")
              .arg(lead.medianDays, 0, 'f', 0)
              .arg(lead.flagged)
              .arg(lead.churned);
    QString monotone = r.metrics.tiers.monotone ? tr("churn falls tier by tier")
                                                : tr("churn rate rises at tier %1")
                                                      .arg(TierPalette::label(m_model.tiers, r.metrics.tiers.firstViolation));
    const QString horizon = r.n > 0 && r.labelOnSnapshot == r.n ? tr("label on the snapshot") : tr("horizon %1 days").arg(r.horizonDays);
    m_message->setText(tr("Model %1 · %2 · %3 outcomes in the workspace · %4 · %5")
                           .arg(m_modelLabel, horizon)
                           .arg(r.outcomes)
                           .arg(monotone, leadText));
    m_charts->setResult(r, m_model.tiers, outcome.roc);
    m_hysteresis->setText(outcome.hysteresis);
    m_hysteresis->setVisible(!outcome.hysteresis.isEmpty());
    m_trend->setText(outcome.trend);
    m_trend->setVisible(!outcome.trend.isEmpty());
    fillTables(r);
    m_segments->setResult(r, m_model);
    m_tabs->setTabVisible(m_tabs->indexOf(m_segments), !r.segments.empty());
    Q_EMIT statusMessage(tr("Back-test done: %1 outcomes evaluated").arg(r.n));
    Q_EMIT resultsShown();
}

void BacktestPage::fillTables(const BacktestResult &r)
{
    auto fillList = [this](QTableWidget *table, const std::vector<BacktestListEntry> &entries) {
        table->setRowCount(int(entries.size()));
        for (int i = 0; i < int(entries.size()); ++i) {
            const BacktestListEntry &e = entries[std::size_t(i)];
            setCell(table, i, 0, e.accountId);
            setCell(table, i, 1, e.asOf.toString(Qt::ISODate));
            setCell(table, i, 2, e.outcomeDate.isValid() ? e.outcomeDate.toString(Qt::ISODate) : tr("tied to snapshot"));
            setCell(table, i, 3, format::number(e.score, 1), true);
            setCell(table, i, 4, TierPalette::label(m_model.tiers, e.tier));
            setCell(table, i, 5, e.topReason);
        }
        table->resizeColumnsToContents();
    };
    fillList(m_falseNegatives, r.falseNegatives);
    fillList(m_falsePositives, r.falsePositives);

    m_diagnostics->setRowCount(int(r.signals.size()));
    for (int i = 0; i < int(r.signals.size()); ++i) {
        const BacktestSignal &s = r.signals[std::size_t(i)];
        const SignalDiagnostics &d = s.diagnostics;
        setCell(m_diagnostics, i, 0, s.id);
        setCell(m_diagnostics, i, 1, s.column);
        setCell(m_diagnostics, i, 2, format::percent(d.coverage), true);
        setCell(m_diagnostics, i, 3, format::number(d.auc, 3), true);
        // The reason can be a sentence: a tooltip keeps the column narrow.
        m_diagnostics->item(i, 3)->setToolTip(d.aucReason);
        QString direction;
        switch (d.direction) {
        case RiskDirection::HigherIsRiskier:
            direction = tr("higher is riskier");
            break;
        case RiskDirection::LowerIsRiskier:
            direction = tr("lower is riskier");
            break;
        case RiskDirection::Unknown:
            direction = tr("no order");
            break;
        }
        setCell(m_diagnostics, i, 4, direction);
        setCell(m_diagnostics, i, 5, d.lowVariance ? tr("yes") : tr("no"));
        setCell(m_diagnostics, i, 6, format::number(d.meanChurned, 2), true);
        setCell(m_diagnostics, i, 7, format::number(d.meanRetained, 2), true);
    }
    m_diagnostics->resizeColumnsToContents();

    const LeadTimeResult &lead = r.leadTime;
    const QStringList bucketNames{tr("never flagged"), tr("≤ 30 days"), tr("≤ 60 days"), tr("≤ 90 days"),
                                  tr("≤ 180 days"), tr("> 180 days")};
    QStringList buckets;
    for (std::size_t b = 0; b < lead.buckets.size() && b < std::size_t(bucketNames.size()); ++b)
        buckets << tr("%1: %2").arg(bucketNames[qsizetype(b)]).arg(lead.buckets[b]);
    m_leadTime->setText(tr("<b>Lead time</b> of %1 churn outcomes with a snapshot before the churn: median %2 days · %3")
                            .arg(lead.churned)
                            .arg(format::number(lead.medianDays, 0))
                            .arg(buckets.join(QStringLiteral(" · "))));
}

QString BacktestPage::formatAuc(const BacktestResult &r)
{
    return SegmentMetricsTable::aucText(r.metrics);
}

QString BacktestPage::formatPrAuc(const BacktestResult &r)
{
    const Metrics::AveragePrecisionResult &pr = r.metrics.pr;
    if (!pr.isDefined())
        return format::noValue(pr.reason);
    return tr("%1 (base %2)").arg(format::number(pr.averagePrecision, 3), format::number(pr.baseRate, 3));
}

QString BacktestPage::formatRelativeRisk(const BacktestResult &r)
{
    const Metrics::RelativeRisk &rr = r.metrics.tiers.relativeRisk;
    if (!rr.isDefined())
        return format::noValue(rr.reason);
    if (std::isnan(rr.low) || std::isnan(rr.high))
        return tr("%1×").arg(format::number(rr.ratio, 2));
    return tr("%1× [%2–%3]").arg(format::number(rr.ratio, 2), format::number(rr.low, 2), format::number(rr.high, 2));
}

QString BacktestPage::formatPrecision(const BacktestResult &r)
{
    return SegmentMetricsTable::precisionText(r.metrics.worstTier);
}

QString BacktestPage::formatRecall(const BacktestResult &r)
{
    return SegmentMetricsTable::recallText(r.metrics.worstTier);
}

QString BacktestPage::formatCounts(const BacktestResult &r)
{
    return tr("%1 outcomes of %2 accounts · %3 churned · %4 excluded").arg(r.n).arg(r.accounts).arg(r.positives).arg(r.excluded());
}

} // namespace tierlab::ui
