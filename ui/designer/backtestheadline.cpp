#include "backtestheadline.h"

#include "session/workspacesession.h"
#include "common/format.h"

#include <QHBoxLayout>
#include <QLabel>

#include <cmath>
#include <map>
#include <tuple>

namespace tierlab::ui {

struct BacktestHeadline::Outcome
{
    Result<std::shared_ptr<const BacktestResult>> current = fail(QString());
    std::optional<Result<std::shared_ptr<const BacktestResult>>> baseline;
    Model baselineModel;
};

namespace {

// "(+0.013)": the change against the baseline, in the figure's own unit and precision.
QString delta(double current, double baseline, int decimals, double scale = 1)
{
    if (std::isnan(current) || std::isnan(baseline))
        return {};
    const double d = (current - baseline) * scale;
    const QString magnitude = QString::number(std::abs(d), 'f', decimals);
    if (magnitude == QString::number(0.0, 'f', decimals))
        return QStringLiteral(" (±%1)").arg(magnitude);
    return QStringLiteral(" (%1%2)").arg(d > 0 ? QStringLiteral("+") : QStringLiteral("\u2212"), magnitude);
}

using SampleKey = std::tuple<QString, int, qint64, qint64>;

SampleKey keyOf(const BacktestSample &s)
{
    return {s.accountId, int(s.kind), s.outcomeDate.isValid() ? s.outcomeDate.toJulianDay() : -1,
            s.asOf.isValid() ? s.asOf.toJulianDay() : -1};
}

} // namespace

HeadlineFigures HeadlineFigures::of(const BacktestResult &r)
{
    HeadlineFigures f;
    f.auc = r.metrics.auc.isDefined() ? r.metrics.auc.auc : Metrics::kUndefined;
    f.relativeRisk = r.metrics.tiers.relativeRisk.isDefined() ? r.metrics.tiers.relativeRisk.ratio : Metrics::kUndefined;
    f.precision = r.metrics.worstTier.precision;
    f.recall = r.metrics.worstTier.recall;
    return f;
}

BacktestHeadline::BacktestHeadline(QWidget *parent)
    : QWidget(parent),
      m_job(this, [this] { start(); }, [this](const std::shared_ptr<Outcome> &o) { finish(*o); })
{
    setObjectName(QStringLiteral("backtestHeadline"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_label = new QLabel(this);
    m_label->setObjectName(QStringLiteral("backtestHeadlineLabel"));
    m_label->setTextFormat(Qt::PlainText);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_label->setWordWrap(true);   // a narrow window wraps the row instead of growing to fit it
    m_label->setToolTip(tr("Back-test of the current model on the workspace's outcomes (%1-day horizon). "
                           "In brackets: the change against the baseline model. Precision and recall flag the "
                           "worst tier; relative risk is the churn rate of the worst tier over the best one.")
                            .arg(kHorizonDays));
    layout->addWidget(m_label, 1);
    m_label->setText(describe(nullptr, nullptr));

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(kDebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &BacktestHeadline::start);
    m_job.setOnArrival([this](const std::shared_ptr<Outcome> &o) { keepBaseline(*o); });
}

BacktestHeadline::~BacktestHeadline()
{
    m_job.wait();
}

BacktestOptions BacktestHeadline::options()
{
    return BacktestOptions::evaluationOnly(kHorizonDays);
}

void BacktestHeadline::setWorkspaceSession(WorkspaceSession *session)
{
    if (m_workspace)
        disconnect(m_workspace, nullptr, this, nullptr);
    m_workspace = session;
    reset();
    if (!session)
        return;
    connect(session, &WorkspaceSession::workspaceChanged, this, &BacktestHeadline::reset);
    connect(session, &WorkspaceSession::dataChanged, this, [this] {
        // Same models, new weeks: both figures are due again.
        m_baselineDone.reset();
        if (m_currentModel)
            m_debounce.start(kDebounceMs);
    });
}

void BacktestHeadline::reset()
{
    // Whatever was running belongs to the old workspace.
    m_job.reset();
    m_debounce.stop();
    m_current.reset();
    m_baseline.reset();
    m_baselineDone.reset();
    m_currentModel.reset();
    m_baselineModel.reset();
    m_label->setText(describe(nullptr, nullptr));
}

void BacktestHeadline::setModels(const Model &current, const Model &baseline)
{
    if (m_currentModel && *m_currentModel == current && m_baselineModel && *m_baselineModel == baseline)
        return;
    const bool first = !m_currentModel;
    m_currentModel = current;
    m_baselineModel = baseline;
    // Each edit restarts the wait: a slider drag costs one back-test, after it pauses. The first
    // models of a workspace have no drag to wait for.
    m_debounce.start(first ? 0 : kDebounceMs);
}

int BacktestHeadline::pendingMs() const
{
    return m_debounce.isActive() ? m_debounce.remainingTime() : -1;
}

bool BacktestHeadline::isBusy() const
{
    return m_debounce.isActive() || m_job.isBusy();
}

std::shared_ptr<const BacktestResult> BacktestHeadline::currentResultFor(const Model &model) const
{
    if (!m_current || isBusy() || !m_currentModel || !(*m_currentModel == model))
        return nullptr;
    return m_current;
}

QString BacktestHeadline::text() const
{
    return m_label->text();
}

void BacktestHeadline::start()
{
    if (!m_workspace || !m_workspace->isOpen() || !m_currentModel)
        return;
    if (!m_job.claim())
        return;
    if (m_current)
        m_label->setText(describe(m_current.get(), m_baseline.get()) + tr(" · updating…"));
    const bool needBaseline = !(m_baselineDone && *m_baselineDone == *m_baselineModel && m_baseline);
    const Model current = *m_currentModel;
    const Model baseline = *m_baselineModel;
    m_job.run(m_workspace->run<std::shared_ptr<Outcome>>([current, baseline, needBaseline](SessionJob &job) {
        auto out = std::make_shared<Outcome>();
        out->baselineModel = baseline;
        // The session's decoded history, shared with the back-test page and the calibration and kept
        // while the data stays the same: a slider move re-scores memory, it never reads SQL again.
        auto history = job.history();
        if (!history) {
            out->current = std::unexpected(history.error());
            return out;
        }
        auto run = [&](const Model &model) -> Result<std::shared_ptr<const BacktestResult>> {
            auto r = Backtest::run(**history, model, options());
            if (!r)
                return std::unexpected(r.error());
            return std::make_shared<const BacktestResult>(std::move(*r));
        };
        out->current = run(current);
        // An unedited model is its own baseline (every start): one back-test, not two.
        if (needBaseline)
            out->baseline = current == baseline ? out->current : run(baseline);
        return out;
    }, WorkspaceSession::Priority::Urgent));   // the first figures a user waits for; the pages' jobs yield
}

// Also from a result superseded by a newer request: the baseline's figures stay valid for as long as
// the baseline model is the same.
void BacktestHeadline::keepBaseline(const Outcome &outcome)
{
    if (outcome.baseline && *outcome.baseline && m_baselineModel && *m_baselineModel == outcome.baselineModel) {
        m_baseline = **outcome.baseline;
        m_baselineDone = outcome.baselineModel;
    }
}

void BacktestHeadline::finish(const Outcome &outcome)
{
    if (!outcome.current) {
        m_current.reset();
        m_label->setText(tr("Back-test: %1").arg(outcome.current.error().message));
    } else {
        m_current = *outcome.current;
        if (outcome.baseline && !*outcome.baseline)
            m_baseline.reset();
        m_label->setText(describe(m_current.get(), m_baseline.get()));
    }
    Q_EMIT updated();
}

QString BacktestHeadline::describe(const BacktestResult *current, const BacktestResult *baseline)
{
    if (!current)
        return tr("Back-test: computing…");
    if (current->outcomes == 0)
        return tr("Back-test: no outcomes to back-test");
    const HeadlineFigures c = HeadlineFigures::of(*current);
    const HeadlineFigures b = baseline ? HeadlineFigures::of(*baseline) : HeadlineFigures();
    const QString horizon = current->n > 0 && current->labelOnSnapshot == current->n ? tr("label on the snapshot")
                                                                                     : tr("%1 d").arg(current->horizonDays);
    return tr("Back-test %1: AUC %2%3 · relative risk %4×%5 · worst-tier precision %6%7 · recall %8%9 "
              "· %10 outcomes, %11 churned")
        .arg(horizon)
        .arg(format::number(c.auc, 3), delta(c.auc, b.auc, 3), format::number(c.relativeRisk, 2), delta(c.relativeRisk, b.relativeRisk, 2),
             format::percent(c.precision), delta(c.precision, b.precision, 1, 100), format::percent(c.recall),
             delta(c.recall, b.recall, 1, 100))
        .arg(current->n)
        .arg(current->positives);
}

ChurnCatches BacktestHeadline::catches(const BacktestResult &current, const BacktestResult &baseline)
{
    std::map<SampleKey, const BacktestSample *> before;
    for (const BacktestSample &s : baseline.samples)
        if (s.churned)
            before.emplace(keyOf(s), &s);
    ChurnCatches out;
    auto entry = [](const BacktestSample *now, const BacktestSample *was) {
        const BacktestSample &any = now ? *now : *was;
        ChurnCatch c;
        c.accountId = any.accountId;
        c.outcomeDate = any.outcomeDate;
        c.asOf = any.asOf;
        if (now) {
            c.currentScore = now->score;
            c.currentTier = now->tier;
        }
        if (was) {
            c.baselineScore = was->score;
            c.baselineTier = was->tier;
        }
        return c;
    };
    std::map<SampleKey, bool> seen;
    for (const BacktestSample &s : current.samples) {
        if (!s.churned)
            continue;
        const SampleKey key = keyOf(s);
        seen.emplace(key, true);
        const auto it = before.find(key);
        const BacktestSample *was = it == before.end() ? nullptr : it->second;
        const bool nowFlagged = s.tier == 0;
        const bool wasFlagged = was && was->tier == 0;
        if (nowFlagged && !wasFlagged)
            out.caught.push_back(entry(&s, was));
        else if (!nowFlagged && wasFlagged)
            out.lost.push_back(entry(&s, was));
    }
    // Flagged under the baseline but not evaluated under the current model at all: lost too.
    for (const auto &[key, was] : before)
        if (was->tier == 0 && !seen.contains(key))
            out.lost.push_back(entry(nullptr, was));
    return out;
}

} // namespace tierlab::ui
