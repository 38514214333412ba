#include "reviewpage.h"

#include "analysis/historyscorer.h"
#include "analysis/snapshothistory.h"
#include "analysis/tierpaths.h"
#include "charts/tierbarschart.h"
#include "charts/tierpalette.h"
#include "common/modelchooser.h"
#include "engine/scoringengine.h"
#include "io/scoredexport.h"
#include "model/modelexport.h"
#include "model/modelfile.h"
#include "report/reportwriter.h"
#include "review/actionspanel.h"
#include "review/reviewtables.h"
#include "review/stabilitychart.h"
#include "review/trendchart.h"
#include "session/workspacesession.h"
#include "store/workspace.h"
#include "common/format.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <array>
#include <cmath>
#include <map>
#include <mutex>

namespace tierlab::ui {

// The scored weeks of one workspace's history, kept across jobs (one at a time: the page never
// starts a job while another runs) until the session's history or the model changes.
struct ReviewPage::State
{
    std::shared_ptr<const SnapshotHistory> source;
    std::unique_ptr<HistoryScorer> history;
    std::mutex mutex;
};

struct ReviewPage::Outcome
{
    Result<ReviewResult> review = fail(QString());
    std::vector<QDate> weeks;
    Result<std::vector<PlayAction>> actions = std::vector<PlayAction>();   // the week's playbook tasks
    QString hysteresis;   // the flip rates with and without the model's hysteresis (rich text), or empty
};

namespace {

// At 100 k accounts a week has tens of thousands of renewals and movers: an item per cell made
// showing them a stall of seconds on the GUI thread. The tables list the first rows of each list
// (ordered most urgent first); the counts, the PDF report and the CSV export keep every row.
constexpr std::size_t kMaxTableRows = 500;

// "With the model's hysteresis (3 points, 2 weeks): tier changed for 9.1 % this week (21.0 % without); …":
// the review's tiers are each week's own, TierPaths applies the hysteresis over every account's weeks.
QString hysteresisText(const TierPaths *paths, const SnapshotHistory &history, const Model &model, QDate week)
{
    if (!paths)
        return ReviewPage::tr("<br>The hysteresis's effect could not be computed.");
    const auto at = std::find(history.dates().begin(), history.dates().end(), week);
    const std::size_t w = std::size_t(at - history.dates().begin());
    const double with = at == history.dates().end() ? kMissing : paths->flipRate(w, true);
    const double without = at == history.dates().end() ? kMissing : paths->flipRate(w, false);
    return ReviewPage::tr("<br>With the model's hysteresis (%1 points, %2 weeks), over all accounts: tier changed for %3 "
                          "this week (%4 without it); %5 a week on average (%6 without)")
        .arg(format::number(model.hysteresis->points, 1))
        .arg(model.hysteresis->weeks)
        .arg(format::percent(with), format::percent(without), format::percent(paths->meanFlipRate(true)),
             format::percent(paths->meanFlipRate(false)));
}

} // namespace

std::vector<std::pair<double, double>> ReviewPage::arrBands()
{
    const double inf = std::numeric_limits<double>::quiet_NaN();
    return {{inf, 10000}, {10000, 50000}, {50000, 200000}, {200000, inf}};
}

ReviewPage::ReviewPage(QWidget *parent) : ReviewPage(new WorkspaceSession, parent)
{
    m_workspace->setParent(this);
}

ReviewPage::ReviewPage(WorkspaceSession *workspace, QWidget *parent)
    : QWidget(parent), m_workspace(workspace), m_state(std::make_shared<State>()),
      m_job(this, [this] { refresh(); }, [this](const std::shared_ptr<Outcome> &o) { showOutcome(*o); })
{
    setObjectName(QStringLiteral("reviewPage"));
    m_baseFont = font();
    auto *layout = new QVBoxLayout(this);

    m_controls = new QWidget(this);
    m_controls->setObjectName(QStringLiteral("reviewControls"));
    auto *bar = new QHBoxLayout(m_controls);
    bar->setContentsMargins(0, 0, 0, 0);
    m_title = new QLabel(tr("Weekly portfolio review"), this);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    layout->addWidget(m_title);
    auto addCombo = [&](const QString &name, const QString &label, const QString &tip) {
        auto *l = new QLabel(label, m_controls);
        auto *c = new QComboBox(m_controls);
        c->setObjectName(name);
        c->setToolTip(tip);
        c->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        l->setBuddy(c);
        bar->addWidget(l);
        bar->addWidget(c);
        return c;
    };
    m_weekCombo = addCombo(QStringLiteral("weekCombo"), tr("&Week:"), tr("The as-of date to review; last week is the one before it"));
    {
        auto *l = new QLabel(tr("&Model:"), this);
        m_chooser = new ModelChooser(m_workspace, this);
        m_chooser->setObjectName(QStringLiteral("modelCombo"));
        m_chooser->setToolTip(tr("The model every week is scored with, so weeks compare like for like: the "
                                 "published one unless you choose another"));
        l->setBuddy(m_chooser);
        bar->addWidget(l);
        bar->addWidget(m_chooser);
    }
    m_csmCombo = addCombo(QStringLiteral("csmCombo"), tr("&CSM:"), tr("Only the accounts of one CSM"));
    m_segmentCombo = addCombo(QStringLiteral("segmentCombo"), tr("&Segment:"), tr("Only the accounts of one segment"));
    m_arrCombo = addCombo(QStringLiteral("arrCombo"), tr("&ARR:"), tr("Only the accounts in one ARR band"));
    m_arrCombo->addItem(tr("All ARR"));
    for (const auto &[lo, hi] : arrBands()) {
        if (std::isnan(lo))
            m_arrCombo->addItem(tr("under %1").arg(format::compactMoney(hi)));
        else if (std::isnan(hi))
            m_arrCombo->addItem(tr("%1 and more").arg(format::compactMoney(lo)));
        else
            m_arrCombo->addItem(tr("%1 to %2").arg(format::compactMoney(lo), format::compactMoney(hi)));
    }
    m_presentButton = new QPushButton(tr("&Present"), this);
    m_presentButton->setObjectName(QStringLiteral("presentButton"));
    m_presentButton->setCheckable(true);
    m_presentButton->setToolTip(tr("Presentation mode: full screen, large type, colour-blind-safe tier colours "
                                   "(F6 / Shift+F6 move between sections, Esc leaves)"));
    bar->addWidget(m_presentButton);
    auto *csv = new QPushButton(tr("Export CSV…"), this);
    csv->setToolTip(tr("The scored accounts of this week, as filtered, as CSV (formulas neutralised)"));
    bar->addWidget(csv);
    auto *pdf = new QPushButton(tr("Report PDF…"), this);
    pdf->setToolTip(tr("The weekly report as a PDF: tiers, trend, transitions, movers, renewals, model and hash"));
    bar->addWidget(pdf);
    bar->addStretch(1);
    layout->addWidget(m_controls);

    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("reviewMessage"));
    layout->addWidget(m_message);

    m_scroll = new QScrollArea(this);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget(m_scroll);
    buildSections(content);
    arrangeSections();
    m_scroll->setWidget(content);
    layout->addWidget(m_scroll, 1);


    connect(m_weekCombo, &QComboBox::activated, this, [this] { refresh(); });
    connect(m_csmCombo, &QComboBox::activated, this, [this] { refresh(); });
    connect(m_segmentCombo, &QComboBox::activated, this, [this] { refresh(); });
    connect(m_arrCombo, &QComboBox::activated, this, [this] { refresh(); });
    connect(m_chooser, &ModelChooser::modelChosen, this, [this] { setModel(m_chooser->model(), m_chooser->label()); });
    connect(m_chooser, &ModelChooser::failed, m_message, &QLabel::setText);
    connect(m_workspace, &WorkspaceSession::workspaceChanged, this, [this] {
        m_state = std::make_shared<State>();   // a running job keeps the old one
        m_result.reset();
        m_weeks.clear();
        m_weekCombo->clear();
        scheduleRefresh();
    });
    connect(m_workspace, &WorkspaceSession::dataChanged, this, &ReviewPage::scheduleRefresh);
    connect(m_workspace, &WorkspaceSession::overridesChanged, this, &ReviewPage::scheduleRefresh);
    connect(m_trendByArr, &QCheckBox::toggled, m_trend, &TrendChart::setByArr);
    connect(m_presentButton, &QPushButton::toggled, this, &ReviewPage::setPresentation);
    connect(csv, &QPushButton::clicked, this, [this] {
        const QString csvFilter = tr("CSV files (*.csv)");
        const QString xlsxFilter = tr("Excel workbooks (*.xlsx)");
        QString chosen;
        QString path = QFileDialog::getSaveFileName(this, tr("Export Scored Accounts"), QString(),
                                                    csvFilter + QStringLiteral(";;") + xlsxFilter, &chosen);
        if (path.isEmpty())
            return;
        // The chosen filter decides when the name has neither extension (exportCsv goes by the suffix).
        if (!path.endsWith(u".csv", Qt::CaseInsensitive) && !path.endsWith(u".xlsx", Qt::CaseInsensitive))
            path += chosen == xlsxFilter ? QStringLiteral(".xlsx") : QStringLiteral(".csv");
        if (auto r = exportCsv(path); !r)
            QMessageBox::warning(this, tr("Export Scored Accounts"), r.error().message);
        else
            Q_EMIT statusMessage(tr("Wrote %1").arg(path));
    });
    connect(pdf, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Weekly Report"), QString(), tr("PDF files (*.pdf)"));
        if (path.isEmpty())
            return;
        if (auto r = exportReport(path); !r)
            QMessageBox::warning(this, tr("Weekly Report"), r.error().message);
        else
            Q_EMIT statusMessage(tr("Wrote %1").arg(path));
    });

    // The chooser's default (published, else newest version, else the seed) until another is chosen.
    m_model = m_chooser->model();
    m_modelLabel = m_chooser->label();
    m_hasModel = m_chooser->hasModel();
}

ReviewPage::~ReviewPage()
{
    m_job.wait();
}

bool ReviewPage::isLoading() const
{
    return m_job.isBusy();
}

void ReviewPage::setWorkspace(const QString &path)
{
    if (auto opened = m_workspace->open(path); !opened) {
        m_result.reset();
        m_message->setText(opened.error().message);
        m_message->show();
    }
}

void ReviewPage::scheduleRefresh()
{
    if (m_workspace->isOpen())
        m_job.request();
}

void ReviewPage::setModel(const Model &model, const QString &label)
{
    m_model = model;
    m_modelLabel = label;
    m_hasModel = true;
    m_tierBars->setTiers(displayTiers());
    m_trend->setTiers(displayTiers(), m_presentation);
    refresh();
}

std::vector<Tier> ReviewPage::displayTiers() const
{
    std::vector<Tier> tiers = m_model.tiers;
    if (m_presentation) {
        // Colour-blind-safe Okabe–Ito by position in presentation mode, whatever the model says.
        for (Tier &t : tiers)
            t.color.clear();
    }
    return tiers;
}

ReviewOptions ReviewPage::options() const
{
    ReviewOptions o;
    const int week = m_weekCombo->currentIndex();
    if (week >= 0)
        o.week = m_weekCombo->itemData(week).toDate();
    if (m_csmCombo->currentIndex() > 0)
        o.filter.csm = m_csmCombo->currentText();
    if (m_segmentCombo->currentIndex() > 0)
        o.filter.segment = m_segmentCombo->currentText();
    if (const int band = m_arrCombo->currentIndex(); band > 0) {
        o.filter.arrMin = arrBands()[std::size_t(band - 1)].first;
        o.filter.arrMax = arrBands()[std::size_t(band - 1)].second;
    }
    return o;
}

void ReviewPage::setFilter(const ReviewFilter &filter)
{
    auto select = [](QComboBox *combo, const QString &text) {
        const int i = text.isEmpty() ? 0 : combo->findText(text);
        if (i < 0)
            combo->addItem(text);
        combo->setCurrentIndex(i < 0 ? combo->count() - 1 : i);
    };
    select(m_csmCombo, filter.csm);
    select(m_segmentCombo, filter.segment);
    int band = 0;
    const auto bands = arrBands();
    for (std::size_t b = 0; b < bands.size(); ++b) {
        auto same = [](double x, double y) { return (std::isnan(x) && std::isnan(y)) || x == y; };
        if (same(bands[b].first, filter.arrMin) && same(bands[b].second, filter.arrMax))
            band = int(b) + 1;
    }
    m_arrCombo->setCurrentIndex(band);
    refresh();
}

void ReviewPage::setWeek(QDate week)
{
    const int i = m_weekCombo->findData(week);
    if (i >= 0)
        m_weekCombo->setCurrentIndex(i);
    refresh();
}

void ReviewPage::refresh()
{
    if (!m_workspace->isOpen() || !m_hasModel)
        return;
    if (!m_job.claim())
        return;
    if (m_chooser->currentKey() == QStringLiteral("designer"))
        m_model = m_chooser->model();   // the designer's edits as they are now
    m_message->setText(tr("Scoring the weeks with %1…").arg(m_modelLabel));
    auto state = m_state;
    const Model model = m_model;
    const ReviewOptions o = options();
    m_job.run(m_workspace->run<std::shared_ptr<Outcome>>([state, model, o](SessionJob &job) {
        auto out = std::make_shared<Outcome>();
        auto ws = job.workspace();
        if (!ws) {
            out->review = std::unexpected(ws.error());
            return out;
        }
        // The session's decoded history, shared with the designer and the back-test: weeks come
        // from memory. The scored weeks stay until that history or the model changes.
        auto shared = job.history();
        if (!shared) {
            out->review = std::unexpected(shared.error());
            return out;
        }
        const std::lock_guard lock(state->mutex);
        if (!state->history || state->source != *shared) {
            state->history = std::make_unique<HistoryScorer>(**ws);
            state->history->setHistory(*shared);
            state->source = *shared;
        }
        state->history->setWorkspace(*ws);
        // A model with hysteresis: its tiers week by week, shared with the back-test page; the review's
        // tiers are these.
        Result<std::shared_ptr<const TierPaths>> paths = std::shared_ptr<const TierPaths>();
        if (model.hysteresis || model.trend)
            paths = job.tierPaths(model);
        out->review = [&]() -> Result<ReviewResult> {
            if (!paths)
                return std::unexpected(paths.error());
            // Only a different model drops the scored weeks.
            if (!state->history->hasModel() || !(state->history->model() == model)) {
                if (auto r = state->history->setModel(model); !r)
                    return std::unexpected(r.error());
            }
            state->history->setTierPaths(*paths);
            if (auto d = state->history->dates()) {
                out->weeks = *d;
                // Only the week shown and the one before are explained (movers' drivers, the CSV
                // export): the other scored weeks are kept slim, ~3 MB each at 100 k accounts.
                const auto at = o.week.isValid() ? std::find(d->begin(), d->end(), o.week) : d->end() - (d->empty() ? 0 : 1);
                std::vector<QDate> explained;
                if (at != d->end()) {
                    explained.push_back(*at);
                    if (at != d->begin())
                        explained.push_back(*(at - 1));
                    // The drift baseline too: the CSI compares its signal values.
                    if (auto b = Review::psiBaselineIndex(*d, std::size_t(at - d->begin()), o); b && *b < d->size())
                        explained.push_back((*d)[*b]);
                } else if (o.week.isValid()) {
                    explained.push_back(o.week);
                }
                state->history->setExplainedWeeks(std::move(explained));
            }
            return Review::compute(*state->history, o);
        }();
        if (out->review && model.hysteresis)
            out->hysteresis = hysteresisText(paths->get(), **shared, model, out->review->week);
        if (out->review) {
            auto book = Playbook::stored(**ws);
            out->actions = book ? Result<std::vector<PlayAction>>(book->actions(*out->review, model.tiers))
                                : std::unexpected(book.error());
        }
        state->history->setWorkspace(nullptr);   // the connection goes back to the session
        return out;
    }, WorkspaceSession::Priority::Background));   // after the designer's headline
}

void ReviewPage::showOutcome(Outcome &outcome)
{
    if (outcome.weeks != m_weeks) {
        m_weeks = outcome.weeks;
        const QSignalBlocker block(m_weekCombo);
        const QDate current = m_weekCombo->currentData().toDate();
        m_weekCombo->clear();
        for (auto it = m_weeks.rbegin(); it != m_weeks.rend(); ++it)
            m_weekCombo->addItem(it->toString(Qt::ISODate), *it);
        const int i = m_weekCombo->findData(current);
        m_weekCombo->setCurrentIndex(i < 0 ? 0 : i);
    }
    if (!outcome.review) {
        m_message->setText(outcome.review.error().message);
        m_message->show();
        m_result.reset();
        Q_EMIT reviewShown();
        return;
    }
    // Moved, not copied: tens of thousands of renewals at 100 k accounts (the outcome is not read again).
    m_result = std::move(*outcome.review);
    m_hysteresisText = outcome.hysteresis;
    const ReviewResult &r = *m_result;
    m_message->setText(tr("Week %1 against %2 · model %3 · %4")
                           .arg(r.week.toString(Qt::ISODate),
                                r.previousWeek.isValid() ? r.previousWeek.toString(Qt::ISODate) : tr("no earlier week"),
                                m_modelLabel, r.filterText));
    fillFilters(r);

    ScoreSummary now, before;
    for (const ReviewTier &t : r.tiers) {
        now.tierCounts.push_back(t.accounts);
        now.tierArr.push_back(t.arr);
        before.tierCounts.push_back(t.previousAccounts);
        before.tierArr.push_back(t.previousArr);
    }
    now.unscored = r.unscored;
    now.unscoredArr = r.unscoredArr;
    before.unscored = r.previousUnscored;
    m_tierBars->setSummaries(now, r.previousWeek.isValid() ? &before : nullptr);
    // Now, not queued: a screenshot may grab as soon as the page stops loading.
    m_tierBars->replot();
    QStringList lines;
    // The first week has no week before it: no "last week 0" that would read as a collapse.
    const auto lastWeek = [&r](qint64 accounts) {
        return r.previousWeek.isValid() ? tr("; last week %1").arg(format::number(double(accounts), 0)) : QString();
    };
    // Data without ARR (IBM Telco) says nothing about ARR rather than "ARR 0 (0.0 %)" per tier.
    const bool hasArr = r.hasArr();
    for (std::size_t i = 0; i < r.tiers.size(); ++i) {
        const ReviewTier &t = r.tiers[i];
        const double share = r.accounts > 0 ? double(t.accounts) / double(r.accounts) : 0.0;
        const QString accounts = tr("<b>%1</b>: %2 accounts (%3)")
                                     .arg(t.label.toHtmlEscaped(), format::number(double(t.accounts), 0), format::percent(share));
        lines << accounts
                     + (hasArr ? tr(", ARR %1 (%2)").arg(format::money(t.arr), format::percent(t.arr / r.totalArr)) : QString())
                     + lastWeek(t.previousAccounts);
        // The trend tier is counted in its tier's bar: the line under it says how many of them decline.
        if (r.trendSplit && r.trendSplit->tier == int(i))
            lines << tr("&nbsp;&nbsp;&nbsp;of them <b>%1</b>: %2, ARR %3")
                             .arg(r.trendSplit->label.toHtmlEscaped())
                             .arg(format::number(double(r.trendSplit->accounts), 0))
                             .arg(format::money(r.trendSplit->arr))
                         + lastWeek(r.trendSplit->previousAccounts);
    }
    m_tierText->setText(lines.join(QStringLiteral("<br>")));
    m_trend->setTrend(r.trend);
    m_stability->setReview(r);
    fillTables(r);
    m_actionsProblem = outcome.actions ? QString() : outcome.actions.error().message;
    m_actions->setActions(outcome.actions ? std::move(*outcome.actions) : std::vector<PlayAction>());
    Q_EMIT reviewShown();
}

void ReviewPage::fillFilters(const ReviewResult &r)
{
    auto fill = [](QComboBox *combo, const QString &all, const QStringList &values) {
        const QString current = combo->currentIndex() > 0 ? combo->currentText() : QString();
        const QSignalBlocker block(combo);
        combo->clear();
        combo->addItem(all);
        combo->addItems(values);
        const int i = current.isEmpty() ? 0 : combo->findText(current);
        if (i < 0)
            combo->addItem(current);
        combo->setCurrentIndex(i < 0 ? combo->count() - 1 : i);
    };
    fill(m_csmCombo, tr("All CSMs"), r.csms);
    fill(m_segmentCombo, tr("All segments"), r.segments);
}

// Flip rate and drift after the movement line; a significant score shift is a warning to read first.
QString ReviewPage::stabilityText(const ReviewResult &r)
{
    QString text;
    if (!std::isnan(r.flipRate))
        text += tr("<br>Tier changed since last week: %1 of the accounts scored both weeks").arg(format::percent(r.flipRate));
    if (r.psiBaselineWeek.isValid() && !std::isnan(r.psi.value)) {
        const Drift::Level level = Drift::level(r.psi.value);
        const QString psi = tr("score distribution against %1: PSI %2")
                                .arg(QLocale().toString(r.psiBaselineWeek, QLocale::ShortFormat), format::number(r.psi.value, 3));
        text += u"<br>"
                + (level == Drift::Level::Significant
                       ? tr("<b><font color=\"#b3261e\">Significant shift in the %1</font></b>: check the data and the model before reading the tiers").arg(psi)
                   : level == Drift::Level::Moderate ? tr("Moderate shift in the %1").arg(psi)
                                                     : tr("Stable %1").arg(psi));
    }
    return text;
}

void ReviewPage::fillTables(const ReviewResult &r)
{
    const std::vector<Tier> tiers = displayTiers();
    ReviewTables::fillTransitions(m_transitions, r, tiers);
    // The first week has no week before it: no matrix of zeros, no dashed outlines promised.
    const bool compared = r.previousWeek.isValid();
    m_transitions->setVisible(compared);
    m_sections[0]->setTitle(compared ? tr("Tier distribution (filled: this week, dashed: last week)") : tr("Tier distribution"));
    if (!r.previousWeek.isValid())
        m_movementText->setText(tr("This is the first week of the workspace: nothing to compare with."));
    else if (r.hasArr())
        m_movementText->setText(tr("New since last week: %1 (ARR %2) · gone: %3 (ARR %4) · unscored now: %5")
                                    .arg(r.newAccounts)
                                    .arg(format::money(r.newArr))
                                    .arg(r.goneAccounts)
                                    .arg(format::money(r.goneArr))
                                    .arg(r.unscored));
    else
        m_movementText->setText(
            tr("New since last week: %1 · gone: %2 · unscored now: %3").arg(r.newAccounts).arg(r.goneAccounts).arg(r.unscored));
    m_movementText->setText(m_movementText->text().toHtmlEscaped() + stabilityText(r) + m_hysteresisText);
    // The lists the tables show, cut to kMaxTableRows (the tables read nothing else of a result).
    ReviewResult listed;
    const auto firstRows = [](const auto &all, auto *out) {
        out->assign(all.begin(), all.begin() + std::ptrdiff_t(std::min(all.size(), kMaxTableRows)));
    };
    fillMovers(r);
    firstRows(r.renewals, &listed.renewals);
    firstRows(r.expansion, &listed.expansion);
    const auto shownOf = [this](std::size_t total) {
        return total > kMaxTableRows ? tr(" (the first %1 listed)").arg(kMaxTableRows) : QString();
    };
    ReviewTables::fillRenewals(m_renewals, listed, tiers);
    m_renewalText->setText(tr("<b>%1 renewals</b>, %2 below the best tier: <b>ARR at risk %3</b>")
                               .arg(r.renewals.size())
                               .arg(r.renewalsAtRisk)
                               .arg(format::money(r.arrAtRisk))
                           + shownOf(r.renewals.size()));
    ReviewTables::fillExpansion(m_expansion, listed);
    m_sections[5]->setTitle(tr("Expansion candidates: %1").arg(r.expansion.size()) + shownOf(r.expansion.size()));
    if (m_presentation)
        fitTableHeights();
}

void ReviewPage::fillMovers(const ReviewResult &r)
{
    // The kinds with their counts (an account counts under each of its kinds); the choice stays by kind
    // across weeks.
    std::array<std::size_t, std::size(kMoverKinds)> perKind{};
    for (const ReviewMover &m : r.movers) {
        for (MoverKind kind : kMoverKinds)
            perKind[std::size_t(kind)] += m.is(kind) ? 1 : 0;
    }
    const int chosen = m_moverKind->currentIndex() >= 0 ? m_moverKind->currentData().toInt() : -1;
    {
        const QSignalBlocker block(m_moverKind);
        m_moverKind->clear();
        m_moverKind->addItem(tr("Every kind (%1)").arg(r.movers.size()), -1);
        for (MoverKind kind : kMoverKinds)
            m_moverKind->addItem(tr("%1 (%2)").arg(moverKindLabel(kind)).arg(perKind[std::size_t(kind)]), int(kind));
        m_moverKind->setCurrentIndex(std::max(0, m_moverKind->findData(chosen)));
    }
    const int kind = m_moverKind->currentData().toInt();
    ReviewResult listed;
    std::size_t matching = 0;
    std::map<QString, int> perCsm;
    for (const ReviewMover &m : r.movers) {
        if (kind >= 0 && !m.is(MoverKind(kind)))
            continue;
        ++matching;
        ++perCsm[m.csm];
        if (listed.movers.size() < kMaxTableRows)
            listed.movers.push_back(m);
    }
    ReviewTables::fillMovers(m_movers, listed, displayTiers());
    QString title = kind < 0 ? tr("Movers: %1").arg(matching) : tr("Movers: %1 of %2").arg(matching).arg(r.movers.size());
    if (matching > kMaxTableRows)
        title += tr(" (the first %1 listed)").arg(kMaxTableRows);
    m_sections[3]->setTitle(title);
    std::vector<std::pair<QString, int>> ranked(perCsm.begin(), perCsm.end());
    std::stable_sort(ranked.begin(), ranked.end(), [](const auto &a, const auto &b) { return a.second > b.second; });
    // A wrapped line breaks between CSMs only, never inside "Bilal Khan 23" (no-break spaces).
    QStringList parts;
    for (const auto &[csm, count] : ranked)
        parts << tr("%1 %2").arg(csm.isEmpty() ? tr("no CSM") : csm).arg(count).replace(u' ', QChar(0x00A0));
    m_moversByCsm->setText(parts.isEmpty() ? QString() : tr("Per CSM: %1").arg(parts.join(QStringLiteral("\u00A0· "))));
    if (m_presentation)
        fitTableHeights();
}

void ReviewPage::setPresentation(bool on)
{
    if (on == m_presentation)
        return;
    m_presentation = on;
    {
        const QSignalBlocker block(m_presentButton);
        m_presentButton->setChecked(on);
    }
    if (QWidget *w = window(); w && w != this) {
        if (on) {
            m_windowStateBefore = w->windowState();
            w->showFullScreen();
        } else {
            w->setWindowState(m_windowStateBefore);
        }
    }
    // The page alone: no controls row here, no menus, navigation or status bar in the window.
    m_controls->setVisible(!on);
    applyFonts();
    arrangeSections();
    m_tierBars->setTiers(displayTiers());
    m_trend->setTiers(displayTiers(), on);
    if (m_result) {
        const ReviewResult r = *m_result;
        Outcome o;
        o.review = r;
        o.weeks = m_weeks;
        o.actions = m_actions->actions();
        o.hysteresis = m_hysteresisText;
        showOutcome(o);
    }
    fitTableHeights();
    if (on && !m_sections.empty())
        m_sections.front()->setFocus();
    Q_EMIT presentationChanged(on);
}

Result<void> ReviewPage::exportCsv(const QString &path)
{
    if (!m_result)
        return fail(tr("nothing to export yet: the review is still loading"), Error::Code::Invalid);
    m_job.wait();
    const std::lock_guard lock(m_state->mutex);
    if (!m_state->history)
        return fail(tr("no workspace"), Error::Code::Invalid);
    auto snap = m_state->history->score(m_result->week);
    if (!snap)
        return std::unexpected(snap.error());
    const ScoredSnapshot &s = **snap;
    ScoredExport::Input in;
    in.data = s.data.get();
    in.model = &m_model;
    in.scores = &s.scores;
    in.tiers = &s.tiers;
    const ReviewFilter filter = options().filter;
    for (std::size_t row = 0; row < s.size(); ++row) {
        if (filter.matches(*s.data, row))
            in.rows.push_back(row);
    }
    if (in.rows.empty())
        return fail(tr("no account matches the filters"), Error::Code::Invalid);
    in.categoryScores.resize(m_model.categories.size());
    for (std::size_t c = 0; c < m_model.categories.size(); ++c) {
        in.categoryScores[c].resize(s.size());
        for (std::size_t row = 0; row < s.size(); ++row)
            in.categoryScores[c][row] = s.engine->categoryScore(int(c), row);
    }
    if (path.endsWith(u".xlsx", Qt::CaseInsensitive))
        return ScoredExport::writeXlsx(in, path);
    return ScoredExport::writeCsv(in, path);
}

Result<void> ReviewPage::exportReport(const QString &path)
{
    if (!m_result)
        return fail(tr("nothing to report yet: the review is still loading"), Error::Code::Invalid);
    ReportWriter::Input in;
    in.review = &*m_result;
    in.tiers = displayTiers();
    in.modelLabel = m_modelLabel;
    in.modelName = m_model.name;
    in.modelHash = ModelExport::canonicalSha256(m_model);
    return ReportWriter::write(path, in);
}

} // namespace tierlab::ui
