#include "historyscorer.h"

#include "analysis/snapshothistory.h"
#include "analysis/tierpaths.h"
#include "engine/scoringengine.h"
#include "store/workspace.h"

#include <algorithm>

namespace tierlab {

int ScoredSnapshot::rowOf(const QString &accountId) const
{
    if (!history)
        return rowOfAccount.value(accountId, -1);
    const int account = history->accountIndex(accountId);
    return account < 0 ? -1 : history->rows(historyWeek)[std::size_t(account)];
}

HistoryScorer::HistoryScorer(const Workspace &workspace)
    : m_workspace(&workspace)
{
}

HistoryScorer::~HistoryScorer() = default;

Result<void> HistoryScorer::setModel(const Model &model)
{
    m_cache.clear();
    m_paths.reset();
    m_model = model;
    m_hasModel = true;
    return {};
}

void HistoryScorer::setHistory(std::shared_ptr<const SnapshotHistory> history)
{
    m_history = std::move(history);
    m_cache.clear();
    m_paths.reset();
    m_datesRead = false;
}

void HistoryScorer::setTierPaths(std::shared_ptr<const TierPaths> paths)
{
    if (paths == m_paths)
        return;   // the weeks scored with them stay
    m_paths = std::move(paths);
    m_cache.clear();
}

namespace {

// A scored week without its engine and signal columns: what the trend, the worst-tier window and
// the expansion reference read.
std::shared_ptr<const ScoredSnapshot> slimmed(const ScoredSnapshot &whole)
{
    auto data = std::make_shared<Dataset>();
    const Dataset &d = *whole.data;
    data->asOf = d.asOf;
    data->accountIds = d.accountIds;   // implicitly shared strings: a pointer per account
    data->csm = d.csm;
    data->csmNames = d.csmNames;
    data->segment = d.segment;
    data->segmentNames = d.segmentNames;
    data->arr = d.arr;
    auto slim = std::make_shared<ScoredSnapshot>();
    slim->asOf = whole.asOf;
    slim->data = std::move(data);
    slim->scores = whole.scores;
    slim->tiers = whole.tiers;
    slim->declining = whole.declining;
    slim->rowOfAccount = whole.rowOfAccount;
    slim->history = whole.history;
    slim->historyWeek = whole.historyWeek;
    return slim;
}

} // namespace

bool HistoryScorer::isExplained(QDate asOf) const
{
    return m_explained.empty() || std::find(m_explained.begin(), m_explained.end(), asOf) != m_explained.end();
}

void HistoryScorer::setExplainedWeeks(std::vector<QDate> weeks)
{
    m_explained = std::move(weeks);
    slimUnexplained();
}

void HistoryScorer::slimUnexplained()
{
    for (auto &[asOf, scored] : m_cache)
        if (scored->isExplained() && !isExplained(asOf))
            scored = slimmed(*scored);
}

Result<std::vector<QDate>> HistoryScorer::dates()
{
    if (!m_datesRead && m_history) {
        m_dates = m_history->dates();   // ascending already
        m_datesRead = true;
    }
    if (!m_datesRead) {
        if (!m_workspace)
            return fail(tr("no workspace to read the dates from"), Error::Code::Invalid);
        auto d = m_workspace->asOfDates();
        if (!d)
            return std::unexpected(d.error());
        m_dates = std::move(*d);
        std::sort(m_dates.begin(), m_dates.end());
        m_datesRead = true;
    }
    return m_dates;
}

Result<std::shared_ptr<const ScoredSnapshot>> HistoryScorer::score(QDate asOf)
{
    if (!m_hasModel)
        return fail(tr("no model to score history with"), Error::Code::Invalid);
    // A week cached slim that is to be explained now is scored again, whole.
    if (const auto it = m_cache.find(asOf); it != m_cache.end() && (it->second->isExplained() || !isExplained(asOf)))
        return it->second;
    auto all = dates();
    if (!all)
        return std::unexpected(all.error());
    if (!std::binary_search(all->begin(), all->end(), asOf))
        return fail(tr("the workspace has no snapshot as of %1").arg(asOf.toString(Qt::ISODate)),
                    Error::Code::NotFound);

    std::shared_ptr<const Dataset> data;
    std::size_t historyWeek = 0;
    if (m_history) {
        const auto &days = m_history->dates();
        historyWeek = std::size_t(std::lower_bound(days.begin(), days.end(), asOf) - days.begin());
        data = m_history->week(historyWeek);
    } else {
        if (!m_workspace)
            return fail(tr("no workspace to read the snapshot from"), Error::Code::Invalid);
        auto loaded = m_workspace->loadSnapshot(asOf);
        if (!loaded)
            return std::unexpected(loaded.error());
        data = std::make_shared<const Dataset>(std::move(*loaded));
    }
    auto engine = std::make_shared<ScoringEngine>();
    if (auto r = engine->setModel(m_model); !r)
        return std::unexpected(r.error());
    if (auto r = engine->setDataset(data); !r)
        return fail(tr("%1: %2").arg(asOf.toString(Qt::ISODate), r.error().message), r.error().code);

    auto scored = std::make_shared<ScoredSnapshot>();
    scored->asOf = asOf;
    scored->data = data;
    scored->scores = engine->scores();
    scored->tiers = engine->tiers();
    if (m_history && (m_model.hysteresis || m_model.trend)) {
        if (!m_paths) {
            auto paths = TierPaths::compute(*m_history, m_model);
            if (!paths)
                return std::unexpected(paths.error());
            m_paths = std::make_shared<const TierPaths>(std::move(*paths));
        }
        const std::span<const std::int32_t> rows = m_history->rows(historyWeek);
        if (m_model.trend)
            scored->declining.assign(scored->tiers.size(), 0);
        for (std::size_t a = 0; a < rows.size(); ++a) {
            if (rows[a] < 0)
                continue;
            if (m_model.hysteresis)
                scored->tiers[std::size_t(rows[a])] = std::int8_t(m_paths->tier(historyWeek, a));
            if (m_model.trend)
                scored->declining[std::size_t(rows[a])] = m_paths->declining(historyWeek, a) ? 1 : 0;
        }
    }
    scored->engine = engine;
    if (m_history) {
        scored->history = m_history;
        scored->historyWeek = historyWeek;
    } else {
        scored->rowOfAccount.reserve(qsizetype(data->size()));
        for (std::size_t r = 0; r < data->size(); ++r)
            scored->rowOfAccount.insert(data->accountIds[r], int(r));
    }
    if (!isExplained(asOf)) {
        // Scored whole (the engine needs every column), kept slim: the dataset and engine go now.
        auto slim = slimmed(*scored);
        m_cache.insert_or_assign(asOf, slim);
        return slim;
    }
    m_cache.insert_or_assign(asOf, scored);
    return std::shared_ptr<const ScoredSnapshot>(scored);
}

Result<std::vector<std::shared_ptr<const ScoredSnapshot>>> HistoryScorer::scoreAll(const std::vector<QDate> &list)
{
    std::vector<std::shared_ptr<const ScoredSnapshot>> out;
    out.reserve(list.size());
    for (const QDate &d : list) {
        auto s = score(d);
        if (!s)
            return std::unexpected(s.error());
        out.push_back(std::move(*s));
    }
    return out;
}

} // namespace tierlab
