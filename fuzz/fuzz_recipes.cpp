// SPDX-License-Identifier: GPL-3.0-or-later
// The signal-recipe loader: RecipeSet::parse, the evaluation order of what parsed, and its JSON, which
// must parse again.
#include "fuzzsupport.h"

#include "recipes/recipeset.h"

using namespace tierlab;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    fuzz::quietQt();
    auto recipes = RecipeSet::parse(fuzz::bytes(data, size), QStringLiteral("fuzz.json"));
    if (!recipes)
        return 0;
    (void)recipes->evaluationOrder();
    for (const SignalRecipe &r : recipes->signals)
        (void)recipes->indexOf(r.id);
    auto again = RecipeSet::parse(recipes->toJson(), QStringLiteral("saved.json"));
    if (!again) {
        std::fprintf(stderr, "saved recipes do not parse: %s\n", qPrintable(again.error().message));
        std::abort();
    }
    return 0;
}
