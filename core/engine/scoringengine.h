#pragma once

// The vectorised engine: a block-wise, bitmask pipeline (core/engine/scoringkernels.h) built for
// speed. The readable statement of the same formula, one account at a time, is ScoringFormula
// (core/engine/scoringformula.h): start there. explain() uses it, the tests use it as the oracle,
// and scores() / tiers() equal it bit for bit.

#include "common/error.h"
#include "dataset/dataset.h"
#include "engine/explanation.h"
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
    // Segments (version 2): when only the variants' members change (not `by`, the variants or their
    // `when`), each variant's engine takes the change incrementally; else the model is bound again.
    Result<void> setSegments(const Segments &segments);

    // Results: NaN score / tier -1 = unscored.
    const std::vector<double> &scores() const;
    const std::vector<std::int8_t> &tiers() const;
    const ScoreSummary &summary() const;
    // The lowest tier the matching overrides' `cap_tier` allow row `row` (a tier index), -1 when none.
    int tierCap(std::size_t row) const;
    // Per row, the variant that scores it: 0 the base, v + 1 variant v (ModelSegments::variantOfRows,
    // computed when the model or the dataset is bound, never on an edit). Empty without segments.
    const std::vector<std::uint8_t> &variantOfRows() const;
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
