#pragma once

#include "common/error.h"
#include "engine/dataset.h"
#include "model/model.h"

#include <QString>

#include <cstdint>
#include <memory>
#include <vector>

namespace tierlab {

// Tier counts and ARR per tier over one scoring; unscored accounts are counted apart.
struct ScoreSummary
{
    std::vector<std::int64_t> tierCounts;   // per model tier
    std::vector<double> tierArr;            // sum of the known ARR per tier
    std::int64_t scored = 0;
    std::int64_t unscored = 0;
    double unscoredArr = 0;
};

// "Why this score": everything that went into one account's score.
struct SignalExplanation
{
    QString id;
    QString label;
    QString category;
    QString column;
    bool present = false;    // the column had a usable value
    double value = kMissing; // number and flag columns
    QString text;            // category columns
    double score = kMissing; // NaN: skipped (missing under "skip", or left out)
    double weight = 0;
    bool counted = false;    // took part in its category's score
};

struct CategoryExplanation
{
    QString id;
    QString label;
    double weight = 0;
    double score = kMissing;      // NaN: skipped
    double weightShare = 0;       // W_c / Σ W over the counted categories
    double contribution = 0;      // points of the base score: W_c·C_c / Σ W
    double share = 0;             // contribution / base score (0 when the base is 0)
};

struct PenaltyHit
{
    QString id;
    QString label;
    double points = 0;
};

struct OverrideHit
{
    QString id;
    QString reason;
    double cap = 100;
    bool lowered = false;         // the cap was below the score it met
};

struct Explanation
{
    std::size_t row = 0;
    QString accountId;
    bool scored = false;
    double baseScore = kMissing;      // before penalties
    double afterPenalties = kMissing; // clamped to 0–100
    double score = kMissing;          // final (after overrides)
    int tier = -1;
    double coverage = 0;              // share of the model's signal weight that had a value
    std::vector<SignalExplanation> signals;
    std::vector<CategoryExplanation> categories;
    std::vector<PenaltyHit> penalties;
    std::vector<OverrideHit> overrides;
};

// Applies a Model to a Dataset (docs/model-format.md gives the formulas) and keeps every stage
// cached: per-signal scores, per-category scores with a presence mask, and the penalty/override
// matches per account. A setter recomputes only the stages its change affects; results are the
// same, bit for bit, as scoring the changed model from scratch.
class ScoringEngine
{
public:
    ScoringEngine();
    ~ScoringEngine();
    ScoringEngine(const ScoringEngine &) = delete;
    ScoringEngine &operator=(const ScoringEngine &) = delete;

    // Worker threads for large datasets (default: the ideal thread count, at most 8).
    void setThreadCount(int threads);

    // Both bind and score when the other part is there already.
    Result<void> setDataset(std::shared_ptr<const Dataset> dataset);
    Result<void> setModel(const Model &model);

    const Model &model() const;
    const Dataset *dataset() const;
    bool isReady() const;   // a model bound to a dataset, scores up to date
    std::size_t size() const;

    // Incremental edits (indices into model().categories / signals).
    Result<void> setCategoryWeight(int category, double weight);
    Result<void> setSignalWeight(int signal, double weight);
    Result<void> setSignalRule(int signal, const SignalRule &rule, MissingPolicy missing);
    Result<void> setPenalties(const std::vector<Penalty> &penalties);
    Result<void> setOverrides(const std::vector<Override> &overrides);
    Result<void> setTiers(const std::vector<Tier> &tiers);

    // Results: NaN score / tier -1 = unscored.
    const std::vector<double> &scores() const;
    const std::vector<std::int8_t> &tiers() const;
    const ScoreSummary &summary() const;
    double categoryScore(int category, std::size_t row) const;   // NaN when skipped
    double signalScore(int signal, std::size_t row) const;       // NaN when skipped
    Explanation explain(std::size_t row) const;

    // Percentile scores of one column computed from scratch (the engine's percentile rule).
    static std::vector<double> percentileScores(const double *values, std::size_t n, bool invert,
                                                double missing);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace tierlab
