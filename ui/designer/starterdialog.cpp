#include "starterdialog.h"

#include "analysis/snapshothistory.h"
#include "session/workspacesession.h"
#include "common/format.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QScreen>
#include <QPromise>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace tierlab::ui {

namespace {

// Progress runs 0–1000: reading the history (when it is not cached yet) takes the first 900.
constexpr int kProgressSpan = 1000;
constexpr int kHistoryShare = 900;

QString ruleText(const StarterSignal &s)
{
    switch (s.rule) {
    case RuleKind::Bands:
        return StarterDialog::tr("%1 bands").arg(s.bins);   // always two or more
    case RuleKind::Map:
        return StarterDialog::tr("map, %1 groups").arg(s.bins);
    case RuleKind::Flag:
        return StarterDialog::tr("flag");
    default:
        return ruleKindName(s.rule);
    }
}

QString missingText(MissingPolicy policy)
{
    switch (policy) {
    case MissingPolicy::Worst:
        return StarterDialog::tr("missing scores worst");
    case MissingPolicy::Neutral:
        return StarterDialog::tr("missing scores 50");
    case MissingPolicy::Skip:
        break;
    }
    return StarterDialog::tr("missing is skipped");
}

} // namespace

StarterDialog::StarterDialog(const QString &workspacePath, QWidget *parent) : StarterDialog(new WorkspaceSession, parent)
{
    m_workspace->setParent(this);
    (void)m_workspace->open(workspacePath);   // a failure shows as the build's error
}

StarterDialog::StarterDialog(WorkspaceSession *workspace, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
{
    setWindowTitle(tr("New Model from Data"));
    auto *intro = new QLabel(tr("Builds a first model from this workspace's signals and outcomes: monotone bands for "
                                "number signals, maps for categories and flags, each scored from its churn rates; "
                                "signals that do not separate churned from retained accounts are left out. It learns "
                                "on part of the accounts and reports its AUC on the others."),
                             this);
    intro->setWordWrap(true);

    m_horizon = new QSpinBox(this);
    m_horizon->setRange(0, 3650);
    m_horizon->setValue(90);
    m_horizon->setSuffix(tr(" days"));
    m_horizon->setToolTip(tr("Learn from each account's snapshot at least this long before its outcome"));
    m_holdout = new QDoubleSpinBox(this);
    m_holdout->setObjectName(QStringLiteral("starterHoldout"));
    m_holdout->setRange(0, 90);
    m_holdout->setDecimals(1);
    m_holdout->setValue(33.3);
    m_holdout->setSuffix(tr(" % of accounts"));
    m_holdout->setToolTip(tr("Accounts kept out of the fit, stratified by churn, to measure the model honestly; 0 fits on all"));
    m_seed = new QSpinBox(this);
    m_seed->setRange(0, 1'000'000);
    m_seed->setValue(1);
    m_neutralFrom = new QDoubleSpinBox(this);
    m_neutralFrom->setObjectName(QStringLiteral("starterNeutralFrom"));
    m_healthyFrom = new QDoubleSpinBox(this);
    m_healthyFrom->setObjectName(QStringLiteral("starterHealthyFrom"));
    for (QDoubleSpinBox *box : {m_neutralFrom, m_healthyFrom}) {
        box->setRange(0.1, 100);
        box->setDecimals(1);
    }
    m_neutralFrom->setValue(40);
    m_healthyFrom->setValue(70);
    auto *tiers = new QHBoxLayout;
    tiers->addWidget(new QLabel(tr("Neutral from"), this));
    tiers->addWidget(m_neutralFrom);
    tiers->addWidget(new QLabel(tr("Healthy from"), this));
    tiers->addWidget(m_healthyFrom);
    tiers->addStretch();

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    form->addRow(tr("Horizon:"), m_horizon);
    form->addRow(tr("Held out:"), m_holdout);
    form->addRow(tr("Seed:"), m_seed);
    form->addRow(tr("Tiers:"), tiers);

    m_run = new QPushButton(tr("&Build"), this);
    m_run->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, kProgressSpan);
    m_progress->hide();
    auto *runRow = new QHBoxLayout;
    runRow->addWidget(m_run);
    runRow->addWidget(m_progress, 1);
    runRow->addStretch();

    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setHorizontalHeaderLabels({tr("Signal"), tr("Kept"), tr("Category"), tr("Rule"), tr("AUC"), tr("IV"), tr("Note")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(NoteColumn, QHeaderView::Stretch);
    m_table->setWordWrap(false);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *open = m_buttons->addButton(tr("&Open in Designer"), QDialogButtonBox::AcceptRole);
    open->setObjectName(QStringLiteral("openInDesigner"));
    open->setEnabled(false);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, [this] {
        if (isRunning())
            cancel();
        else
            reject();
    });
    connect(m_run, &QPushButton::clicked, this, &StarterDialog::start);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addLayout(runRow);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_buttons);
    // Wide enough for the test each left-out signal names, within the screen.
    const QRect screen = this->screen() ? this->screen()->availableGeometry() : QRect(0, 0, 1366, 768);
    resize(std::min(1040, screen.width() * 9 / 10), std::min(640, screen.height() * 9 / 10));

    connect(&m_watcher, &QFutureWatcherBase::progressValueChanged, this, [this](int value) {
        m_progress->setValue(value);
        m_progress->setFormat(m_watcher.progressText().isEmpty() ? QStringLiteral("%p%") : m_watcher.progressText());
    });
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &StarterDialog::finish);
}

StarterDialog::~StarterDialog()
{
    // The worker holds copies only; it stops at its next check and its result is dropped.
    m_watcher.cancel();
}

QPushButton *StarterDialog::openButton() const
{
    return findChild<QPushButton *>(QStringLiteral("openInDesigner"));
}

StarterOptions StarterDialog::currentOptions() const
{
    StarterOptions o;
    o.horizonDays = m_horizon->value();
    o.holdoutFraction = m_holdout->value() / 100.0;   // 33.3 % → 0.333, the CLI's default too
    o.seed = std::uint64_t(m_seed->value());
    o.tierEdges = {m_neutralFrom->value(), m_healthyFrom->value()};
    return o;
}

void StarterDialog::setHorizonDays(int days)
{
    m_horizon->setValue(days);
}

void StarterDialog::setHoldoutPercent(double percent)
{
    m_holdout->setValue(percent);
}

QString StarterDialog::summaryText() const
{
    return m_summary->text();
}

void StarterDialog::start()
{
    if (m_watcher.isRunning()) {
        m_watcher.cancel();
        m_watcher.waitForFinished();
    }
    m_result.reset();
    m_table->setRowCount(0);
    openButton()->setEnabled(false);
    const StarterOptions chosen = currentOptions();
    if (chosen.tierEdges[1] <= chosen.tierEdges[0]) {
        m_summary->setText(tr("Healthy must start above Neutral (%1 ≤ %2).").arg(chosen.tierEdges[1]).arg(chosen.tierEdges[0]));
        Q_EMIT built();
        return;
    }
    m_progress->setValue(0);
    m_progress->setFormat(tr("Starting…"));
    m_progress->show();
    m_run->setEnabled(false);
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Stop"));
    m_summary->setText(tr("Building a starter model from the workspace's outcomes (%1-day horizon)…").arg(chosen.horizonDays));
    // Captures values only: a closed dialog may go before the worker ends.
    m_watcher.setFuture(m_workspace->runReporting<Result<StarterResult>>([chosen](SessionJob &job, QPromise<Result<StarterResult>> &promise) {
        promise.setProgressRange(0, kProgressSpan);
        std::atomic<bool> stop{false};
        HistoryLoadOptions load;
        load.cancel = &stop;
        load.progress = [&](int done, int total) {
            promise.setProgressValueAndText(kHistoryShare * done / std::max(1, total),
                                            StarterDialog::tr("Reading snapshot %1 of %2…").arg(done).arg(total));
            if (promise.isCanceled())
                stop = true;
        };
        auto history = job.history(load);
        if (!history) {
            promise.addResult(Result<StarterResult>(std::unexpected(history.error())));
            return;
        }
        promise.setProgressValueAndText(kHistoryShare, StarterDialog::tr("Fitting the rules…"));
        StarterOptions o = chosen;
        if (promise.isCanceled())
            stop = true;
        o.cancel = &stop;
        promise.addResult(StarterModel::build(**history, o));
    }));
}

void StarterDialog::cancel()
{
    if (!m_watcher.isRunning())
        return;
    m_watcher.cancel();
    m_summary->setText(tr("Cancelled."));
    Q_EMIT cancelled();
}

void StarterDialog::finish()
{
    m_progress->hide();
    m_run->setEnabled(true);
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    if (m_watcher.isCanceled() || m_watcher.future().resultCount() == 0)
        return;
    const Result<StarterResult> result = m_watcher.result();
    if (!result) {
        m_summary->setText(tr("No starter model: %1").arg(result.error().message));
        Q_EMIT built();
        return;
    }
    m_result = *result;
    fill(*m_result);
    openButton()->setEnabled(true);
    Q_EMIT built();
}

void StarterDialog::fill(const StarterResult &r)
{
    qsizetype kept = 0;
    for (const StarterSignal &s : r.signals)
        kept += s.kept ? 1 : 0;
    QStringList lines;
    QStringList perCategory;
    for (const Category &c : r.model.categories) {
        qsizetype n = 0;
        for (const Signal &signal : r.model.signals)
            n += signal.category == c.id ? 1 : 0;
        perCategory << QStringLiteral("%1 %2").arg(c.label.toHtmlEscaped()).arg(n);
    }
    lines << tr("%1 of %2 signals kept (%3); fitted on %4 outcomes of %5 accounts (%6 churned).")
                 .arg(kept)
                 .arg(r.signals.size())
                 .arg(perCategory.join(QStringLiteral(", ")))
                 .arg(r.fitOutcomes)
                 .arg(r.fitAccounts)
                 .arg(r.fitPositives);
    if (r.testAccounts > 0)
        lines << tr("<b>Held-out AUC %1</b> (95 % CI %2–%3) on %4 outcomes of %5 accounts the fit never saw (%6 churned).")
                     .arg(format::number(r.heldOut.auc.auc, 3), format::number(r.heldOut.aucCi.low, 3), format::number(r.heldOut.aucCi.high, 3))
                     .arg(r.heldOutOutcomes)
                     .arg(r.testAccounts)
                     .arg(r.heldOutPositives);
    QStringList tierRates;
    for (const Metrics::TierRow &row : r.backtest.metrics.tiers.rows)
        if (std::size_t(row.tier) < r.model.tiers.size())
            tierRates << tr("%1 %2 % churned").arg(r.model.tiers[std::size_t(row.tier)].label.toHtmlEscaped(), format::number(row.rate * 100.0, 1));
    lines << tr("Back-test on every outcome: AUC %1; %2.").arg(format::number(r.backtest.metrics.auc.auc, 3), tierRates.join(QStringLiteral(", ")));
    m_summary->setText(lines.join(QStringLiteral("<br>")));

    m_table->setRowCount(int(r.signals.size()));
    for (int row = 0; row < int(r.signals.size()); ++row) {
        const StarterSignal &s = r.signals[std::size_t(row)];
        const QString category = s.kept ? r.model.categories[std::size_t(r.model.categoryIndex(s.category))].label : QString();
        const QStringList cells = {s.label.isEmpty() ? s.column : s.label,
                                   s.kept ? tr("yes") : tr("no"),
                                   category,
                                   s.kept ? ruleText(s) : QString(),
                                   format::number(s.auc, 3),
                                   format::number(s.informationValue, 3),
                                   s.kept ? missingText(s.missing) : s.reason};
        for (int c = 0; c < ColumnCount; ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            if (c == AucColumn || c == IvColumn)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (!s.kept)
                item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
            if (c == NoteColumn)
                item->setToolTip(cells[c]);
            m_table->setItem(row, c, item);
        }
    }
}

} // namespace tierlab::ui
