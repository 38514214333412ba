#pragma once

#include "common/error.h"
#include "dataset/dataset.h"
#include "model/model.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QString>

#include <cstdint>
#include <map>
#include <memory>
#include <vector>

namespace tierlab {

class ScoringEngine;
class SnapshotHistory;
class TierPaths;
class Workspace;

// One as_of snapshot scored with one model. The engine is kept so that explain(row) stays
// available (movers' drivers need it); it owns the dataset. A week the scorer was told is not
// explained (HistoryScorer::setExplainedWeeks) has no engine, and its dataset keeps only the account
// ids and what a ReviewFilter reads (CSM, segment, ARR): about 3 MB at 100 k accounts, not 50.
struct ScoredSnapshot
{
    QDate asOf;
    std::shared_ptr<const Dataset> data;
    std::shared_ptr<const ScoringEngine> engine;
    std::vector<double> scores;          // NaN = unscored
    std::vector<std::int8_t> tiers;      // -1 = unscored
    // A model with a trend tier, scored from a decoded history: 1 where the account is in the trend
    // tier that week (TierPaths::declining). Empty otherwise.
    std::vector<std::uint8_t> declining;
    // Rows differ between weeks: accounts are matched by id, through the decoded history's account
    // index and row table when the week came from one (no per-week hash of 100 k ids), else this hash.
    QHash<QString, int> rowOfAccount;
    std::shared_ptr<const SnapshotHistory> history;
    std::size_t historyWeek = 0;

    std::size_t size() const { return scores.size(); }
    int rowOf(const QString &accountId) const;
    bool isExplained() const { return engine != nullptr; }
};

// Scores several as_of snapshots of a workspace with one model, so that week-over-week comparisons
// are like for like. Results are cached per date until the model changes. Not thread-safe (the
// Workspace is not either).
class HistoryScorer
{
    Q_DECLARE_TR_FUNCTIONS(HistoryScorer)

public:
    explicit HistoryScorer(const Workspace &workspace);
    ~HistoryScorer();
    HistoryScorer(const HistoryScorer &) = delete;
    HistoryScorer &operator=(const HistoryScorer &) = delete;

    // Drops the cache. A model that does not fit a snapshot (a column it lacks) fails in score().
    Result<void> setModel(const Model &model);
    const Model &model() const { return m_model; }
    bool hasModel() const { return m_hasModel; }

    // Takes the snapshots from a decoded history (the workspace session's) instead of the workspace: no SQL per
    // week, and the datasets are shared, not copied. Same scores. Null goes back to the workspace.
    void setHistory(std::shared_ptr<const SnapshotHistory> history);
    // A model with hysteresis leaves a tier only as its rule says, week by week from the first
    // snapshot: with a decoded history, every scored week's tiers are those of TierPaths (the review's
    // tiers, movers and flip rate then mean what the model means). Computed on the first week scored
    // unless given here (the paths of this history and model, e.g. shared by the workspace session).
    // Without a history the engine's tiers of each week alone are kept. A model with a trend tier
    // takes each week's `declining` flags from them the same way.
    void setTierPaths(std::shared_ptr<const TierPaths> paths);

    // Only these weeks keep their engine and whole dataset (explain(), exports); the others keep
    // scores, tiers and the filters' columns, and weeks cached whole are slimmed now. Empty (the
    // default): every week is kept whole.
    void setExplainedWeeks(std::vector<QDate> weeks);

    // The workspace's as_of dates, ascending (read once, then cached).
    Result<std::vector<QDate>> dates();

    // Loads and scores one date (cached). NotFound when the workspace has no snapshot that day.
    Result<std::shared_ptr<const ScoredSnapshot>> score(QDate asOf);
    // All of `dates` in order; the first error stops.
    Result<std::vector<std::shared_ptr<const ScoredSnapshot>>> scoreAll(const std::vector<QDate> &dates);

    // The connection it reads through; a scorer kept across jobs gets each job's own (null between
    // jobs: then only the decoded history is read).
    void setWorkspace(const Workspace *workspace) { m_workspace = workspace; }
    const Workspace *workspace() const { return m_workspace; }
    std::size_t cachedCount() const { return m_cache.size(); }

private:
    const Workspace *m_workspace = nullptr;
    Model m_model;
    bool m_hasModel = false;
    std::vector<QDate> m_dates;
    bool m_datesRead = false;
    std::map<QDate, std::shared_ptr<const ScoredSnapshot>> m_cache;
    std::shared_ptr<const SnapshotHistory> m_history;
    std::shared_ptr<const TierPaths> m_paths;
    std::vector<QDate> m_explained;

    bool isExplained(QDate asOf) const;
    void slimUnexplained();
};

} // namespace tierlab
