#pragma once

#include "common/error.h"
#include "dataset/dataset.h"
#include "model/model.h"

#include <cstdint>
#include <vector>

namespace tierlab {

// Segments (format version 2): which variant of a model scores which account.
namespace ModelSegments {

// The model variant `variant` scores with: the base model with the variant's category weights,
// signal members and tiers in place, and no segments. Everything else is the base's.
Model variantModel(const Model &model, std::size_t variant);

// Per row of `data`: 0 for the base model, v + 1 for variant v — the first variant whose `when`
// lists the row's value of `segments.by` (trimmed, exact). A missing value uses the base. `by` is
// the account attribute "segment" or "csm", else a category column (id or original header).
Result<std::vector<std::uint8_t>> variantOfRows(const Model &model, const Dataset &data);

// The variant index (0 base, v + 1 variant v) for one value of `by`.
std::uint8_t variantOfValue(const Model &model, const QString &value);

// Accounts per variant index (0 base, v + 1 variant v) of variantOfRows()' result.
std::vector<std::int64_t> rowsPerVariant(const std::vector<std::uint8_t> &variantOfRows, std::size_t variants);

// Editing one variant as the model it scores with (the designer's segment selector). `edited` is
// variantModel(model, variant) after edits: every category weight, signal weight, rule or missing
// policy and tier min that differs from variantModel(model, variant) becomes the variant's own
// member; what did not change stays as it was (inherited stays inherited). Anything else `edited`
// changes (names, structure, penalties) is not a variant's and is ignored. Returns `model` when
// `edited` does not have the model's shape.
Model storeVariant(const Model &model, std::size_t variant, const Model &edited);
// Whether the variant has its own weight for the category / any own member of the signal.
bool overridesCategory(const SegmentVariant &variant, const QString &categoryId);
bool overridesSignal(const SegmentVariant &variant, const QString &signalId);
// The variant inheriting that member from the base again (reset to base).
Model resetCategory(const Model &model, std::size_t variant, const QString &categoryId);
Model resetSignal(const Model &model, std::size_t variant, const QString &signalId);
Model resetTiers(const Model &model, std::size_t variant);
// `variant` appended; `by` is taken only when the model has no segments yet. Format version 2.
Model withVariant(const Model &model, const QString &by, const SegmentVariant &variant);
// The variant removed; removing the last one removes the segments member.
Model withoutVariant(const Model &model, std::size_t variant);

} // namespace ModelSegments

} // namespace tierlab
