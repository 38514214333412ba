#pragma once

#include "common/error.h"
#include "dataset/dataset.h"
#include "engine/scoringengine.h"
#include "model/model.h"

#include <QObject>
#include <QString>

#include <cstdint>
#include <memory>
#include <vector>

namespace tierlab {

// Score histogram split by tier: counts[bin * tierCount + tier]. Bins are [k·width, (k+1)·width),
// the last one closed at 100.
struct ScoreHistogram
{
    double binWidth = 2;
    int bins = 0;
    int tierCount = 0;
    std::vector<std::int64_t> counts;

    std::int64_t count(int bin, int tier) const { return counts[std::size_t(bin * tierCount + tier)]; }
};

// Accounts (and their ARR) moving from a baseline tier to a current tier. Index tierCount is
// "unscored"; cells are [baseline * (tierCount + 1) + current].
struct TierTransitions
{
    int tierCount = 0;
    std::vector<std::int64_t> accounts;
    std::vector<double> arr;

    int slots() const { return tierCount + 1; }
    std::int64_t accountsAt(int baseline, int current) const
    {
        return accounts[std::size_t(baseline * slots() + current)];
    }
    double arrAt(int baseline, int current) const { return arr[std::size_t(baseline * slots() + current)]; }
    std::int64_t changed() const;   // accounts off the diagonal
};

// A snapshot scored with a baseline and a current model off the GUI thread (DesignerSession::prepare()
// on a worker); the session adopts the engines instead of scoring 100 k accounts on its own thread.
struct DesignerPrepared
{
    std::shared_ptr<const Dataset> dataset;
    Model baseline;
    Model current;
    std::unique_ptr<ScoringEngine> baselineEngine;
    std::unique_ptr<ScoringEngine> currentEngine;
    bool ok = false;   // both models bound and scored; else the session scores again to report why

    DesignerPrepared();
    ~DesignerPrepared();
};

// The designer's GUI-free controller: one snapshot scored by the model being edited ("current")
// and by the saved baseline model. Edits go through here so the baseline, the dirty state and
// the derived figures (histogram, transitions, coverage) stay consistent. Everything on a
// slider's path reuses the engines' caches and preallocated buffers.
class DesignerSession : public QObject
{
    Q_OBJECT

public:
    explicit DesignerSession(QObject *parent = nullptr);
    ~DesignerSession() override;

    // Binds a snapshot; both models are re-scored on it.
    Result<void> setDataset(std::shared_ptr<const Dataset> dataset);
    std::shared_ptr<const Dataset> dataset() const { return m_dataset; }
    bool hasData() const { return m_dataset && m_current->isReady(); }

    // Everything at once (opening a workspace): the snapshot, the baseline and the model to edit.
    Result<void> load(std::shared_ptr<const Dataset> dataset, const Model &baseline, const QString &versionName,
                      const Model &current);

    // Scores `dataset` with both models on the calling thread (a worker): thread-safe, touches no session.
    static std::shared_ptr<DesignerPrepared> prepare(std::shared_ptr<const Dataset> dataset, const Model &baseline,
                                                     const Model &current);
    // load() and setDataset() with prepared engines: adopted without scoring when they were scored with
    // the very models given (load) or the session's own (setDataset), else scored here as before.
    Result<void> load(const std::shared_ptr<DesignerPrepared> &prepared, const Model &baseline,
                      const QString &versionName, const Model &current);
    Result<void> setDataset(const std::shared_ptr<DesignerPrepared> &prepared);

    // The saved model the edits are compared against, and the one the dirty state refers to.
    Result<void> setBaseline(const Model &model, const QString &versionName = {});
    const Model &baselineModel() const { return m_baselineModel; }
    QString baselineName() const { return m_baselineName; }

    // Replaces the current model; edits only the stages that differ from the current one (weights
    // and tiers incrementally, rules per signal), else re-binds.
    Result<void> applyModel(const Model &model);
    const Model &model() const { return m_current->model(); }
    bool isDirty() const { return !(m_current->model() == m_savedModel); }
    // Marks the current model as saved (under the given version name) and makes it the baseline.
    Result<void> markSaved(const QString &versionName);

    // Single edits (indices into model().categories / signals / tiers).
    Result<void> setCategoryWeight(int category, double weight);
    Result<void> setSignalWeight(int signal, double weight);
    Result<void> setSignalRule(int signal, const SignalRule &rule, MissingPolicy missing);
    Result<void> setPenalties(const std::vector<Penalty> &penalties);
    Result<void> setOverrides(const std::vector<Override> &overrides);
    Result<void> setTierMin(int tier, double min);

    const ScoringEngine &current() const { return *m_current; }
    const ScoringEngine &baseline() const { return *m_baseline; }
    Explanation explain(std::size_t row) const { return m_current->explain(row); }

    // Fills `out` (its buffer is reused) with the current scores' histogram.
    void histogram(double binWidth, ScoreHistogram *out) const;
    // Segments: `variant` kAllRows is every account, else only the accounts the current model's
    // variant `variant` scores (0 the base, v + 1 variant v: ScoringEngine::variantOfRows).
    static constexpr int kAllRows = -1;
    void histogram(double binWidth, ScoreHistogram *out, int variant) const;
    // The current and the baseline model's tier counts and ARR over those accounts (buffers reused;
    // `baseline` may be null).
    void segmentSummaries(int variant, ScoreSummary *current, ScoreSummary *baseline) const;
    // Accounts per variant index of the current model (0 base, v + 1 variant v); empty without segments.
    std::vector<std::int64_t> segmentSizes() const;
    TierTransitions transitions() const;
    // Share of the model's signal weight with a value, per account (as Explanation::coverage).
    const std::vector<float> &coverage() const;

    // The model to start from when the workspace has no saved version: the seed-default model when
    // its columns exist in `data`, else a plain model built from the snapshot's signals.
    static Model starterModel(const Dataset &data);

    // Weights after "normalise to 100" / rebalancing: the unlocked weights are scaled so that all
    // weights add up to `total`, the locked ones kept. Returns the input when nothing can move.
    static std::vector<double> normalised(const std::vector<double> &weights, const std::vector<bool> &locked,
                                          double total = 100);
    // Moves weight `index` to `value` and rescales the other unlocked weights so the total stays
    // the same (the "lock a weight so the others rebalance around it" behaviour).
    static std::vector<double> rebalanced(const std::vector<double> &weights, const std::vector<bool> &locked,
                                          int index, double value);

Q_SIGNALS:
    // A new snapshot is bound (row count and accounts may differ); scoresChanged follows.
    void datasetChanged();
    // After every re-score of the current model (each edit, each new dataset).
    void scoresChanged();
    // After the baseline was re-scored (new baseline or dataset).
    void baselineChanged();
    // The current model changed (structure or any value).
    void modelChanged();
    void dirtyChanged(bool dirty);

private:
    Result<void> edited(Result<void> result, bool structural);
    void adoptEngines(DesignerPrepared &prepared);
    void announceDataset();
    void markCoverageDirty() { m_coverageDirty = true; }

    std::shared_ptr<const Dataset> m_dataset;
    // Held by pointer: engines a worker scored (prepare()) are swapped in.
    std::unique_ptr<ScoringEngine> m_current;
    std::unique_ptr<ScoringEngine> m_baseline;
    Model m_baselineModel;
    Model m_savedModel;
    QString m_baselineName;
    bool m_wasDirty = false;
    mutable bool m_coverageDirty = true;
    mutable std::vector<float> m_coverage;
};

} // namespace tierlab
