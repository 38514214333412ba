#include "signalpreview.h"

#include "analysis/metrics.h"
#include "recipes/signalcomputer.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <cmath>

namespace tierlab {

Result<SignalPreviewResult> SignalPreview::compute(const Workspace &ws, const RecipeSet &recipes, int recipe, int horizonDays,
                                                   const std::atomic<bool> *cancel)
{
    if (recipe < 0 || recipe >= int(recipes.signals.size()))
        return fail(QCoreApplication::translate("SignalPreview", "no recipe %1 to preview").arg(recipe), Error::Code::Invalid);
    // The recipe and what it reads, nothing else.
    RecipeSet subset = recipes;
    subset.signals.clear();
    std::vector<int> wanted{recipe};
    for (std::size_t k = 0; k < wanted.size(); ++k) {
        for (const QString &dep : recipes.signals[std::size_t(wanted[k])].of) {
            const int d = recipes.indexOf(dep);
            if (d >= 0 && std::find(wanted.begin(), wanted.end(), d) == wanted.end())
                wanted.push_back(d);
        }
    }
    std::sort(wanted.begin(), wanted.end());
    for (int i : wanted)
        subset.signals.push_back(recipes.signals[std::size_t(i)]);
    const int target = subset.indexOf(recipes.signals[std::size_t(recipe)].id);

    auto prepared = SignalComputer::prepare(ws, subset, cancel);
    if (!prepared)
        return std::unexpected(prepared.error());
    const SignalComputer &sc = **prepared;
    SignalPreviewResult r;
    r.id = subset.signals[std::size_t(target)].id;
    r.latest = sc.grid().back();
    r.horizonDays = horizonDays;
    const bool text = sc.signalType(target) == SignalType::Category;

    auto outcomes = ws.outcomes();
    if (!outcomes)
        return std::unexpected(outcomes.error());
    QHash<QString, std::vector<const OutcomeRecord *>> byAccount;
    for (const OutcomeRecord &o : *outcomes)
        byAccount[o.accountId].push_back(&o);

    std::vector<double> scores;
    std::vector<std::uint8_t> churned;
    std::vector<double> values;
    const auto scratch = SignalComputer::makeScratch();
    const int last = int(sc.grid().size()) - 1;
    const int n = sc.signalCount();
    for (int a = 0; a < int(sc.accountCount()); ++a) {
        if (cancel && cancel->load())
            return fail(QCoreApplication::translate("SignalPreview", "cancelled"), Error::Code::Cancelled);
        const int first = sc.firstWeek(a);
        if (first > last)
            continue;
        sc.computeAccount(a, values, *scratch);
        const auto at = [&](int w) { return values[std::size_t(w - first) * std::size_t(n) + std::size_t(target)]; };
        if (sc.endWeek(a) > last) {
            ++r.accountsAtLatest;
            if (!std::isnan(at(last)))
                r.values.push_back(at(last));
        }
        const auto it = byAccount.constFind(sc.accountId(a));
        if (it == byAccount.constEnd())
            continue;
        for (const OutcomeRecord *o : *it) {
            const QDate cutoff = o->snapshotAsOf.isValid() ? o->snapshotAsOf : o->date.addDays(-horizonDays);
            const auto w = int(std::upper_bound(sc.grid().begin(), sc.grid().end(), cutoff) - sc.grid().begin()) - 1;
            if (w < first || w >= sc.endWeek(a) || std::isnan(at(w))) {
                ++r.excluded;
                continue;
            }
            scores.push_back(at(w));
            churned.push_back(o->kind == OutcomeKind::Churned ? 1 : 0);
        }
    }
    r.coverage = r.accountsAtLatest > 0 ? double(r.values.size()) / double(r.accountsAtLatest) : 0.0;
    r.outcomes = std::int64_t(scores.size());
    r.positives = std::count(churned.begin(), churned.end(), std::uint8_t(1));
    if (text) {
        r.aucReason = QCoreApplication::translate("SignalPreview", "a text signal has no AUC");
        r.values.clear();
        return r;
    }
    if (scores.empty()) {
        r.aucReason = QCoreApplication::translate("SignalPreview", "no outcomes to compare with (import outcomes or run tierlab outcomes derive)");
        return r;
    }
    if (r.positives == 0 || r.positives == r.outcomes) {
        r.aucReason = QCoreApplication::translate("SignalPreview", "the outcomes are all of one class");
        return r;
    }
    auto groups = Metrics::groupScores(scores, churned);
    if (!groups)
        return std::unexpected(groups.error());
    const Metrics::AucResult auc = Metrics::rocAucHigherIsRiskier(*groups);
    if (!auc.isDefined()) {
        r.aucReason = auc.reason;
        return r;
    }
    r.auc = auc.auc;
    r.higherIsRiskier = auc.auc >= 0.5;
    r.aucOriented = std::max(auc.auc, 1.0 - auc.auc);
    return r;
}

} // namespace tierlab
