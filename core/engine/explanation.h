#pragma once

#include "dataset/dataset.h"

#include <QString>

#include <vector>

namespace tierlab {

// "Why this score": everything that went into one account's score. ScoringFormula fills it
// (core/engine/scoringformula.h); ScoringEngine::explain returns it.
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
    double cap = kMissing;        // the numeric cap; NaN when the override caps the tier only
    QString capTier;              // the tier cap's id; empty when none
    bool lowered = false;         // the cap was below the score it met, or the tier cap below its tier
};

struct Explanation
{
    std::size_t row = 0;
    QString accountId;
    bool scored = false;
    double baseScore = kMissing;      // before penalties
    double afterPenalties = kMissing; // clamped to 0–100
    double score = kMissing;          // final (after overrides)
    int scoreTier = -1;               // the tier of `score` alone
    int tier = -1;                    // after the overrides' tier caps (≤ scoreTier)
    QString segment;                  // the segment variant's id; empty: the base model
    double coverage = 0;              // share of the model's signal weight that had a value
    std::vector<SignalExplanation> signals;
    std::vector<CategoryExplanation> categories;
    std::vector<PenaltyHit> penalties;
    std::vector<OverrideHit> overrides;
};

} // namespace tierlab
