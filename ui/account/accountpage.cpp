#include "accountpage.h"

#include "account/accountchart.h"
#include "account/overrideactions.h"
#include "charts/tierpalette.h"
#include "common/format.h"
#include "common/modelchooser.h"
#include "review/reviewtables.h"

#include "analysis/snapshothistory.h"
#include "session/workspacesession.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace tierlab::ui {

struct AccountPage::Outcome
{
    QString accountId;
    Result<AccountHistoryResult> history = fail(QString());
};

namespace {

constexpr int kDriversShown = 3;

QString dateText(QDate day)
{
    return day.isValid() ? day.toString(Qt::ISODate) : format::noValue();
}

// A signal's value as the snapshot holds it: a number without needless decimals, a flag as yes / no,
// a category's text.
QString valueText(const SignalExplanation &s)
{
    if (!s.present)
        return format::noValue();
    if (!s.text.isEmpty())
        return s.text;
    if (std::isnan(s.value))
        return format::noValue();
    const double whole = std::round(s.value);
    return format::number(s.value, std::abs(s.value - whole) < 1e-9 ? 0 : 2);
}

// What a CSM override says and whether it is in force on `day`.
QString overrideText(const ManualOverrideRecord &o, QDate day)
{
    QString status;
    if (o.cleared.isValid() && o.cleared.date() <= day)
        status = AccountPage::tr("cleared %1").arg(dateText(o.cleared.date()));
    else if (o.expires.isValid() && o.expires <= day)
        status = AccountPage::tr("expired %1").arg(dateText(o.expires));
    else if (o.appliesOn(day))
        status = o.expires.isValid() ? AccountPage::tr("in force until %1").arg(dateText(o.expires)) : AccountPage::tr("in force");
    else
        status = AccountPage::tr("from %1").arg(dateText(o.created.date()));
    return AccountPage::tr("%1 %2 — %3 (%4, set %5; %6)")
        .arg(ManualOverrides::marker(), ManualOverrides::describe(o), o.reason.toHtmlEscaped(), o.author.toHtmlEscaped(),
             dateText(o.created.date()), status);
}

} // namespace

AccountPage::AccountPage(QWidget *parent) : AccountPage(new WorkspaceSession, parent)
{
    m_workspace->setParent(this);
}

AccountPage::AccountPage(WorkspaceSession *workspace, QWidget *parent)
    : QWidget(parent), m_workspace(workspace),
      m_job(this, [this] { refresh(); }, [this](const std::shared_ptr<Outcome> &o) { showOutcome(*o); })
{
    setObjectName(QStringLiteral("accountPage"));
    auto *layout = new QVBoxLayout(this);

    auto *bar = new QHBoxLayout;
    m_back = new QToolButton(this);
    m_back->setObjectName(QStringLiteral("backButton"));
    m_back->setText(tr("← &Back"));
    m_back->setToolTip(tr("Back to the page the account was opened from"));
    m_back->setAutoRaise(true);
    bar->addWidget(m_back);
    m_title = new QLabel(tr("Account"), this);
    m_title->setObjectName(QStringLiteral("accountTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    bar->addWidget(m_title, 1);
    m_setOverride = new QPushButton(tr("Set CSM &Override…"), this);
    m_setOverride->setObjectName(QStringLiteral("setOverrideButton"));
    m_setOverride->setToolTip(tr("Place this account in a tier, or give it a score, whatever the model says (with a reason)"));
    m_clearOverride = new QPushButton(tr("C&lear Override"), this);
    m_clearOverride->setObjectName(QStringLiteral("clearOverrideButton"));
    m_clearOverride->setToolTip(tr("End this account's CSM overrides in force; they stay listed as cleared"));
    bar->addWidget(m_setOverride);
    bar->addWidget(m_clearOverride);
    connect(m_setOverride, &QPushButton::clicked, this, &AccountPage::openOverrideDialog);
    connect(m_clearOverride, &QPushButton::clicked, this, &AccountPage::clearOverrides);
    auto *chooserLabel = new QLabel(tr("Before the first &publication:"), this);
    m_chooser = new ModelChooser(m_workspace, this);
    m_chooser->setObjectName(QStringLiteral("fallbackModelCombo"));
    m_chooser->setToolTip(tr("Every week is scored with the model published then; the weeks before the first "
                             "publication (all of them when none was published) with this one"));
    chooserLabel->setBuddy(m_chooser);
    bar->addWidget(chooserLabel);
    bar->addWidget(m_chooser);
    layout->addLayout(bar);

    m_details = new QLabel(this);
    m_details->setObjectName(QStringLiteral("accountDetails"));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_details);
    m_current = new QLabel(this);
    m_current->setObjectName(QStringLiteral("accountCurrent"));
    m_current->setWordWrap(true);
    m_current->setTextFormat(Qt::RichText);
    layout->addWidget(m_current);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("accountMessage"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);

    auto *split = new QSplitter(Qt::Vertical, this);
    m_body = split;
    split->setObjectName(QStringLiteral("accountSplitter"));
    split->setChildrenCollapsible(false);
    m_chart = new AccountChart(split);
    ReviewTables::addExportMenu(m_chart, QStringLiteral("account-score"));
    auto *lower = new QSplitter(Qt::Horizontal, split);
    lower->setChildrenCollapsible(false);

    auto *weeksBox = new QGroupBox(tr("Week by week"), lower);
    auto *weeksLayout = new QVBoxLayout(weeksBox);
    m_weeks = ReviewTables::makeTable(weeksBox, QStringLiteral("accountWeeksTable"),
                                      {tr("Week"), tr("Model"), tr("Score"), tr("Tier"), tr("Change"), tr("Behaviour"),
                                       tr("Model change"), tr("What moved it")},
                                      tr("Newest first. Change: since the account's previous scored week; behaviour: "
                                         "the part its data caused under last week's model; model change: the part the "
                                         "newly published model caused on this week's data"),
                                      {7, 1});
    m_weeks->setMinimumHeight(120);
    weeksLayout->addWidget(m_weeks);

    auto *currentBox = new QGroupBox(tr("Latest week"), lower);
    m_signalsTitle = new QLabel(currentBox);
    auto *currentLayout = new QVBoxLayout(currentBox);
    m_signals = ReviewTables::makeTable(currentBox, QStringLiteral("accountSignalsTable"),
                                        {tr("Signal"), tr("Category"), tr("Value"), tr("Score"), tr("Weight")},
                                        tr("The signals of the latest week under the model in force: value, its 0–100 "
                                           "score (– when skipped) and weight"),
                                        {0, 1});
    m_signals->setMinimumHeight(120);
    m_conditions = new QLabel(currentBox);
    m_conditions->setObjectName(QStringLiteral("accountConditions"));
    m_conditions->setWordWrap(true);
    m_conditions->setTextFormat(Qt::RichText);
    m_conditions->setTextInteractionFlags(Qt::TextSelectableByMouse);
    currentLayout->addWidget(m_signalsTitle);
    currentLayout->addWidget(m_signals, 1);
    currentLayout->addWidget(m_conditions);
    lower->addWidget(weeksBox);
    lower->addWidget(currentBox);
    lower->setStretchFactor(0, 5);
    lower->setStretchFactor(1, 3);
    split->addWidget(m_chart);
    split->addWidget(lower);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    split->setSizes({400, 600});   // in proportion: the chart gets 40 % however tall the window
    layout->addWidget(split, 1);
    layout->addStretch(0);   // takes the room while the body is hidden

    connect(m_back, &QToolButton::clicked, this, &AccountPage::backRequested);
    connect(m_chooser, &ModelChooser::modelChosen, this, &AccountPage::scheduleRefresh);
    connect(m_chooser, &ModelChooser::failed, m_message, &QLabel::setText);
    connect(m_workspace, &WorkspaceSession::workspaceChanged, this, [this] {
        m_job.reset();
        m_accountId.clear();
        clearAccount(tr("Double-click an account on the designer, the weekly review or the back-test to see it here."));
    });
    connect(m_workspace, &WorkspaceSession::dataChanged, this, &AccountPage::scheduleRefresh);
    connect(m_workspace, &WorkspaceSession::publishedModelChanged, this, &AccountPage::scheduleRefresh);
    connect(m_workspace, &WorkspaceSession::overridesChanged, this, &AccountPage::scheduleRefresh);
    clearAccount(tr("Double-click an account on the designer, the weekly review or the back-test to see it here."));
}

AccountPage::~AccountPage()
{
    m_job.wait();
}

void AccountPage::setWorkspace(const QString &path)
{
    if (auto opened = m_workspace->open(path); !opened)
        clearAccount(opened.error().message);
}

bool AccountPage::isLoading() const
{
    return m_job.isBusy();
}

void AccountPage::showAccount(const QString &accountId)
{
    if (accountId != m_accountId) {
        m_accountId = accountId;
        clearAccount(tr("Loading %1…").arg(accountId));
    }
    scheduleRefresh();
}

void AccountPage::scheduleRefresh()
{
    if (m_workspace->isOpen() && !m_accountId.isEmpty())
        m_job.request();
}

void AccountPage::refresh()
{
    if (!m_workspace->isOpen() || m_accountId.isEmpty() || !m_chooser->hasModel())
        return;
    if (!m_job.claim())
        return;
    const ModelInForce fallback{-1, m_chooser->label(), {}, m_chooser->model()};
    const QString id = m_accountId;
    m_job.run(m_workspace->run<std::shared_ptr<Outcome>>([fallback, id](SessionJob &job) {
        auto out = std::make_shared<Outcome>();
        out->accountId = id;
        out->history = [&]() -> Result<AccountHistoryResult> {
            auto ws = job.workspace();
            if (!ws)
                return std::unexpected(ws.error());
            auto published = AccountHistory::publishedModels(**ws);
            if (!published)
                return std::unexpected(published.error());
            auto overrides = (*ws)->manualOverrides();
            if (!overrides)
                return std::unexpected(overrides.error());
            auto history = job.history();
            if (!history)
                return std::unexpected(history.error());
            return AccountHistory::compute(**history, fallback, *published, id, *overrides, job.cancelFlag());
        }();
        return out;
    }));
}

void AccountPage::clearAccount(const QString &message)
{
    m_result.reset();
    m_title->setText(m_accountId.isEmpty() ? tr("Account") : m_accountId);
    m_details->clear();
    m_details->hide();
    m_current->clear();
    m_current->hide();
    m_body->hide();
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
    m_chart->clear();
    m_weeks->setRowCount(0);
    m_signals->setRowCount(0);
    m_signalsTitle->clear();
    m_conditions->clear();
    updateOverrideButtons();
}

void AccountPage::showOutcome(const Outcome &outcome)
{
    if (outcome.accountId != m_accountId)
        return;   // another account was asked for meanwhile; its own job follows
    if (!outcome.history) {
        clearAccount(outcome.history.error().message);
        Q_EMIT accountShown();
        return;
    }
    m_result = *outcome.history;
    const AccountHistoryResult &r = *m_result;
    m_message->hide();
    m_details->show();
    m_current->show();
    m_body->show();
    fillHeader(r);
    m_chart->setHistory(r);
    fillWeeks(r);
    fillCurrent(r);
    updateOverrideButtons();
    Q_EMIT accountShown();
}

void AccountPage::updateOverrideButtons()
{
    const bool shown = m_result && m_result->latest();
    m_setOverride->setEnabled(shown);
    const QDate today = QDate::currentDate();
    m_clearOverride->setEnabled(shown && std::any_of(m_result->manualOverrides.begin(), m_result->manualOverrides.end(),
                                                     [today](const ManualOverrideRecord &o) { return o.isOpen(today); }));
}

void AccountPage::openOverrideDialog()
{
    if (!m_result || !m_result->latest())
        return;
    const AccountHistoryResult &r = *m_result;
    overrideactions::set(m_workspace, this, r.accountId, r.name, r.modelOf(*r.latest()).tiers);
}

void AccountPage::clearOverrides()
{
    if (!m_accountId.isEmpty())
        overrideactions::clear(m_workspace, this, m_accountId);
}

void AccountPage::fillHeader(const AccountHistoryResult &r)
{
    m_title->setText(r.name.isEmpty() ? r.accountId : tr("%1 (%2)").arg(r.name, r.accountId));
    m_details->setText(tr("CSM %1 · segment %2 · ARR %3 · renewal %4")
                           .arg(r.csm.isEmpty() ? format::noValue() : r.csm, r.segment.isEmpty() ? format::noValue() : r.segment,
                                format::money(r.arr), dateText(r.renewalDate)));
    const AccountWeek *w = r.latest();
    const Model &model = r.modelOf(*w);
    const ModelInForce &inForce = r.models[std::size_t(w->model)];
    const QColor c = TierPalette::color(model.tiers, w->tier());
    QString text = tr("Week %1: score <b>%2</b>, <span style=\"background-color:%3;color:%4\">&nbsp;%5&nbsp;</span> "
                      "under %6")
                       .arg(dateText(w->asOf), format::score(w->score()), c.name(),
                            c.lightnessF() < 0.55 ? QStringLiteral("white") : QStringLiteral("black"),
                            TierPalette::label(model.tiers, w->tier()).toHtmlEscaped(), inForce.name.toHtmlEscaped());
    if (inForce.publishedAt.isValid())
        text += tr(" (published %1)").arg(dateText(inForce.publishedAt.date()));
    if (w->manual.state != OverrideEffect::State::None) {
        const ManualOverrideRecord &o = r.manualOverrides[std::size_t(w->manual.record)];
        text += tr("<br>%1 CSM override: %2 — %3 (%4)")
                    .arg(ManualOverrides::marker(), ManualOverrides::describe(o), o.reason.toHtmlEscaped(), o.author.toHtmlEscaped());
        if (w->manual.state == OverrideEffect::State::Applied)
            text += tr(": shown as %1").arg(TierPalette::label(model.tiers, w->manual.tier).toHtmlEscaped());
        else
            text += tr(": not applied (the model has no such tier)");
    }
    m_current->setText(text);
}

void AccountPage::fillWeeks(const AccountHistoryResult &r)
{
    m_weeks->clearContents();
    m_weeks->setRowCount(int(r.weeks.size()));
    int row = 0;
    for (auto it = r.weeks.rbegin(); it != r.weeks.rend(); ++it, ++row) {
        const AccountWeek &w = *it;
        const std::vector<Tier> &tiers = r.modelOf(w).tiers;
        auto *week = ReviewTables::textCell(dateText(w.asOf));
        m_weeks->setItem(row, 0, week);
        auto *model = ReviewTables::textCell(r.models[std::size_t(w.model)].name);
        if (w.modelChanged)
            model->setText(tr("▸ %1").arg(model->text()));   // the published model changed this week
        m_weeks->setItem(row, 1, model);
        m_weeks->setItem(row, 2, ReviewTables::numberCell(format::score(w.score()), w.score()));
        // The model's tier; a CSM override in force that week is marked, what it does in the tooltip.
        auto *tier = ReviewTables::tierCell(tiers, w.tier());
        if (w.manual.state != OverrideEffect::State::None) {
            tier->setText(tr("%1 %2").arg(tier->text(), ManualOverrides::marker()));
            tier->setToolTip(w.manual.state == OverrideEffect::State::Applied
                                 ? tr("A CSM override places the account in %1").arg(TierPalette::label(tiers, w.manual.tier))
                                 : tr("A CSM override is in force but not applied: the model has no such tier"));
        }
        m_weeks->setItem(row, 3, tier);
        const QString since = w.hasChange() ? tr("since %1").arg(dateText(w.previousAsOf)) : QString();
        const std::pair<int, double> changes[] = {{4, w.total}, {5, w.behaviour}, {6, w.modelChange}};
        for (const auto &[column, value] : changes) {
            auto *cell = ReviewTables::numberCell(format::change(value), value);
            cell->setToolTip(since);
            m_weeks->setItem(row, column, cell);
        }
        QString moved = driversText(w.drivers, QLocale(), QStringLiteral("; "), std::size_t(kDriversShown));
        if (moved.isEmpty() && w.hasChange())
            moved = w.modelChange != 0 ? tr("the model change") : tr("no change in the signals");
        m_weeks->setItem(row, 7, ReviewTables::textCell(moved));
    }
    ReviewTables::fitColumns(m_weeks);
}

void AccountPage::fillCurrent(const AccountHistoryResult &r)
{
    const AccountWeek &w = *r.latest();
    const Explanation &e = w.explanation;
    const Model &model = r.modelOf(w);
    m_signalsTitle->setText(tr("Signals as of %1 under %2").arg(dateText(w.asOf), r.models[std::size_t(w.model)].name));
    m_signals->clearContents();
    m_signals->setRowCount(int(e.signals.size()));
    for (int row = 0; row < int(e.signals.size()); ++row) {
        const SignalExplanation &s = e.signals[std::size_t(row)];
        const int c = model.categoryIndex(s.category);
        const QString category = c < 0 ? s.category : model.categories[std::size_t(c)].label.isEmpty()
                                                          ? s.category
                                                          : model.categories[std::size_t(c)].label;
        m_signals->setItem(row, 0, ReviewTables::textCell(s.label.isEmpty() ? s.id : s.label));
        m_signals->setItem(row, 1, ReviewTables::textCell(category));
        m_signals->setItem(row, 2, ReviewTables::numberCell(valueText(s), s.value));
        m_signals->setItem(row, 3, ReviewTables::numberCell(format::score(s.score), s.score));
        m_signals->setItem(row, 4, ReviewTables::numberCell(format::number(s.weight, 1), s.weight));
    }
    ReviewTables::fitColumns(m_signals);

    QStringList lines;
    QStringList categories;
    for (const CategoryExplanation &c : e.categories)
        categories << tr("%1 %2").arg((c.label.isEmpty() ? c.id : c.label).toHtmlEscaped(), format::score(c.score));
    lines << tr("<b>Categories:</b> %1; base score %2").arg(categories.join(QStringLiteral(", ")), format::score(e.baseScore));
    QStringList penalties;
    for (const PenaltyHit &p : e.penalties)
        penalties << tr("%1 %2").arg((p.label.isEmpty() ? p.id : p.label).toHtmlEscaped(), format::change(-p.points));
    lines << tr("<b>Penalties:</b> %1").arg(penalties.isEmpty() ? tr("none") : penalties.join(QStringLiteral(", ")));
    QStringList caps;
    for (const OverrideHit &o : e.overrides) {
        QString cap = std::isnan(o.cap) ? tr("tier at most %1").arg(o.capTier) : tr("score at most %1").arg(format::score(o.cap));
        caps << tr("%1 (%2%3)").arg((o.reason.isEmpty() ? o.id : o.reason).toHtmlEscaped(), cap,
                                     o.lowered ? tr(", lowered it") : QString());
    }
    lines << tr("<b>Model overrides:</b> %1").arg(caps.isEmpty() ? tr("none") : caps.join(QStringLiteral(", ")));
    QStringList manual;
    for (const ManualOverrideRecord &o : r.manualOverrides)
        manual << overrideText(o, w.asOf);
    lines << tr("<b>CSM overrides:</b> %1").arg(manual.isEmpty() ? tr("none") : manual.join(QStringLiteral("<br>")));
    m_conditions->setText(lines.join(QStringLiteral("<br>")));
}

} // namespace tierlab::ui
