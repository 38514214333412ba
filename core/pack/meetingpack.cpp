#include "meetingpack.h"

#include "io/xlsxworkbook.h"

#include <QLocale>

#include <algorithm>
#include <cmath>
#include <map>

namespace tierlab {

namespace {

using Style = XlsxWorkbook::Style;

// Per CSM: what the meeting goes through for each owner.
struct CsmRow
{
    std::int64_t movers = 0, dropped = 0, renewals = 0, renewalsAtRisk = 0, actions = 0;
    double arrAtRisk = 0;
};

} // namespace

QStringList MeetingPack::sheetNames()
{
    return {tr("Summary"), tr("Tiers"), tr("Movers"), tr("Renewals"), tr("Actions"), tr("Per CSM")};
}

Result<void> MeetingPack::writeXlsx(const Input &in, const QString &path)
{
    if (!in.review || !in.tiers)
        return fail(tr("%1: nothing to write (no review)").arg(path), Error::Code::Invalid);
    const ReviewResult &r = *in.review;
    const std::vector<Tier> &tiers = *in.tiers;
    const std::vector<PlayAction> noActions;
    const std::vector<PlayAction> &actions = in.actions ? *in.actions : noActions;
    auto book = XlsxWorkbook::create(path);
    if (!book)
        return std::unexpected(book.error());
    const QStringList names = sheetNames();

    // Summary: label / value pairs.
    const int summary = book->addSheet(names[0]);
    int row = 0;
    auto pair = [&](const QString &label, const QString &value) {
        book->text(summary, row, 0, label, Style::Bold);
        book->text(summary, row++, 1, value);
    };
    auto pairNumber = [&](const QString &label, double value, Style style) {
        book->text(summary, row, 0, label, Style::Bold);
        book->number(summary, row++, 1, value, style);
    };
    pair(tr("Week"), QLocale().toString(r.week, QLocale::LongFormat));
    pair(tr("Compared with"), r.previousWeek.isValid() ? QLocale().toString(r.previousWeek, QLocale::LongFormat) : tr("(first week)"));
    pair(tr("Model"), in.modelLabel.isEmpty() ? r.modelName : in.modelLabel);
    pair(tr("Accounts"), QString());
    book->number(summary, row - 1, 1, double(r.accounts), Style::Plain);
    pairNumber(tr("ARR"), r.totalArr, Style::Money);
    for (const ReviewTier &t : r.tiers)
        pairNumber(tr("%1 accounts").arg(t.label.isEmpty() ? t.id : t.label), double(t.accounts), Style::Plain);
    pairNumber(tr("Tier changes since last week (flip rate)"), r.flipRate, Style::Percent);
    pairNumber(tr("Renewals in the window"), double(r.renewals.size()), Style::Plain);
    pairNumber(tr("Renewals below the best tier"), double(r.renewalsAtRisk), Style::Plain);
    pairNumber(tr("ARR at risk"), r.arrAtRisk, Style::Money);
    pairNumber(tr("Movers"), double(r.movers.size()), Style::Plain);
    pairNumber(tr("Actions"), double(actions.size()), Style::Plain);
    if (!r.filterText.isEmpty())
        pair(tr("Filter"), r.filterText);

    // Tiers.
    const int tierSheet = book->addSheet(names[1]);
    book->header(tierSheet, {tr("Tier"), tr("Accounts"), tr("Share of accounts"), tr("ARR"), tr("Accounts last week"),
                             tr("ARR last week"), tr("Change in accounts")},
                 int(r.tiers.size()) + (r.trendSplit ? 1 : 0));
    int tierAt = 1;
    const auto tierRow = [&](const QString &label, const ReviewTier &t) {
        book->text(tierSheet, tierAt, 0, label);
        book->number(tierSheet, tierAt, 1, double(t.accounts));
        book->number(tierSheet, tierAt, 2, r.accounts > 0 ? double(t.accounts) / double(r.accounts) : std::nan(""), Style::Percent);
        book->number(tierSheet, tierAt, 3, t.arr, Style::Money);
        book->number(tierSheet, tierAt, 4, double(t.previousAccounts));
        book->number(tierSheet, tierAt, 5, t.previousArr, Style::Money);
        book->number(tierSheet, tierAt, 6, double(t.accounts - t.previousAccounts));
        ++tierAt;
    };
    for (std::size_t i = 0; i < r.tiers.size(); ++i) {
        const ReviewTier &t = r.tiers[i];
        tierRow(t.label.isEmpty() ? t.id : t.label, t);
        // A trend tier's declining accounts: counted within their tier, on the row under it.
        if (r.trendSplit && r.trendSplit->tier == int(i))
            tierRow(tr("of them %1").arg(r.trendSplit->label), *r.trendSplit);
    }

    // Movers: every one, kind in words.
    const int movers = book->addSheet(names[2]);
    book->header(movers, {tr("What happened"), tr("Account"), tr("Name"), tr("CSM"), tr("Score last week"), tr("Tier last week"),
                          tr("Score this week"), tr("Tier this week"), tr("ARR"), tr("What moved it")},
                 int(r.movers.size()));
    std::map<QString, CsmRow> perCsm;
    for (std::size_t i = 0; i < r.movers.size(); ++i) {
        const ReviewMover &m = r.movers[i];
        const int at = int(i) + 1;
        book->text(movers, at, 0, moverKindsLabel(m));
        book->text(movers, at, 1, m.accountId);
        book->text(movers, at, 2, m.name);
        book->text(movers, at, 3, m.csm);
        book->number(movers, at, 4, m.scoreBefore, Style::Decimal2);
        book->text(movers, at, 5, tierLabel(tiers, m.fromTier));
        book->number(movers, at, 6, m.scoreNow, Style::Decimal2);
        book->text(movers, at, 7, tierLabel(tiers, m.toTier));
        book->number(movers, at, 8, m.arr, Style::Money);
        book->text(movers, at, 9, driversText(m.drivers, QLocale::c()));
        CsmRow &c = perCsm[m.csm];
        ++c.movers;
        c.dropped += m.is(MoverKind::DroppedTier) ? 1 : 0;
    }

    // Renewals.
    const int renewals = book->addSheet(names[3]);
    book->header(renewals, {tr("Renewal"), tr("Account"), tr("Name"), tr("CSM"), tr("Score"), tr("Tier"), tr("ARR"), tr("At risk")},
                 int(r.renewals.size()));
    for (std::size_t i = 0; i < r.renewals.size(); ++i) {
        const ReviewRenewal &n = r.renewals[i];
        const int at = int(i) + 1;
        book->date(renewals, at, 0, n.renewalDate);
        book->text(renewals, at, 1, n.accountId);
        book->text(renewals, at, 2, n.name);
        book->text(renewals, at, 3, n.csm);
        book->number(renewals, at, 4, n.score, Style::Decimal2);
        book->text(renewals, at, 5, tierLabel(tiers, n.tier));
        book->number(renewals, at, 6, n.arr, Style::Money);
        book->text(renewals, at, 7, n.atRisk ? tr("yes") : tr("no"));
        CsmRow &c = perCsm[n.csm];
        ++c.renewals;
        if (n.atRisk) {
            ++c.renewalsAtRisk;
            c.arrAtRisk += std::isnan(n.arr) ? 0.0 : n.arr;
        }
    }

    // Actions.
    const int actionSheet = book->addSheet(names[4]);
    book->header(actionSheet, {tr("Due"), tr("Task"), tr("Account"), tr("Name"), tr("Owner"), tr("Why"), tr("Notify the manager")},
                 int(actions.size()));
    for (std::size_t i = 0; i < actions.size(); ++i) {
        const PlayAction &a = actions[i];
        const int at = int(i) + 1;
        book->date(actionSheet, at, 0, a.due);
        book->text(actionSheet, at, 1, a.subject);
        book->text(actionSheet, at, 2, a.accountId);
        book->text(actionSheet, at, 3, a.name);
        book->text(actionSheet, at, 4, a.owner);
        book->text(actionSheet, at, 5, a.reason);
        book->text(actionSheet, at, 6, a.notifyManager ? tr("yes") : tr("no"));
        ++perCsm[a.owner].actions;
    }

    // Per CSM, by name (accounts without one under "(none)").
    const int csmSheet = book->addSheet(names[5]);
    book->header(csmSheet, {tr("CSM"), tr("Movers"), tr("Dropped a tier"), tr("Renewals"), tr("Renewals at risk"),
                            tr("ARR at risk"), tr("Actions")},
                 int(perCsm.size()));
    row = 1;
    for (const auto &[csm, c] : perCsm) {
        book->text(csmSheet, row, 0, csm.isEmpty() ? tr("(none)") : csm);
        book->number(csmSheet, row, 1, double(c.movers));
        book->number(csmSheet, row, 2, double(c.dropped));
        book->number(csmSheet, row, 3, double(c.renewals));
        book->number(csmSheet, row, 4, double(c.renewalsAtRisk));
        book->number(csmSheet, row, 5, c.arrAtRisk, Style::Money);
        book->number(csmSheet, row, 6, double(c.actions));
        ++row;
    }
    return book->commit();
}

} // namespace tierlab
