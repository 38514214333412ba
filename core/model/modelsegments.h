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

} // namespace ModelSegments

} // namespace tierlab
