#pragma once

#include "dataset/dataset.h"
#include "engine/explanation.h"
#include "model/model.h"

#include <cstdint>
#include <memory>
#include <span>
#include <vector>

namespace tierlab {

// The scoring formula of docs/model-format.md, written out for one account at a time: signal
// scores by rule kind and missing policy, category scores, the base score, penalties, caps, the
// tier. It is the readable statement of what ScoringEngine computes in bulk, and gives the same
// bits: every sum runs in model order from 0, as the spec (and the engine's kernels) do.
//
// The percentile rule is the one part that needs the whole column: the formula takes each
// percentile signal's scores as an input computed once (ScoringEngine::percentileScores over the
// column) and reads that signal's entry of the account. Only present values' entries are read; the
// missing policy is applied here.
//
// Segments (format version 2): each account is scored by its variant's model
// (ModelSegments::variantModel), percentiles still ranked over the whole column.
//
// The model must fit the data (ModelValidator::columnProblems empty, as ScoringEngine::setModel
// checks); the model and the data must outlive the formula.
class ScoringFormula
{
public:
    // Computes the percentile columns itself.
    ScoringFormula(const Model &model, const Dataset &data);
    // percentiles[s]: the percentile scores of signal s's column, one per account (empty for
    // signals of other rules). A model without segments.
    ScoringFormula(const Model &model, const Dataset &data, std::vector<std::span<const double>> percentiles);
    ~ScoringFormula();

    ScoringFormula(const ScoringFormula &) = delete;
    ScoringFormula &operator=(const ScoringFormula &) = delete;

    // Signal s's score s ∈ [0, 100] for account `row`; NaN when skipped (missing under "skip").
    double signalScore(std::size_t signal, std::size_t row) const;
    // Everything about account `row` (row < data.size()): score, tier and how they came about.
    Explanation explain(std::size_t row) const;

private:
    const Model &m_model;
    const Dataset &m_data;
    std::vector<const Column *> m_signalColumns;      // per signal; null when absent (reads as missing)
    std::vector<int> m_signalCategories;              // per signal: index into model.categories
    std::vector<const Column *> m_penaltyColumns;
    std::vector<const Column *> m_overrideColumns;
    std::vector<std::vector<double>> m_ownPercentiles;
    std::vector<std::span<const double>> m_percentiles;
    // Segments: per row 0 (base) or v + 1, and one formula per variant model (index 0: the base).
    std::vector<std::uint8_t> m_variantOfRow;
    std::vector<std::unique_ptr<Model>> m_variantModels;
    std::vector<std::unique_ptr<ScoringFormula>> m_variants;
};

} // namespace tierlab
