// SPDX-License-Identifier: GPL-3.0-or-later
// The import mapping loader: ImportMapping::fromJson, the lookups the import makes on what loaded,
// and its JSON, which must load again (the wizard saves mappings for the next import).
#include "fuzzsupport.h"

#include "io/importmapping.h"

using namespace tierlab;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    fuzz::quietQt();
    auto mapping = ImportMapping::fromJson(fuzz::bytes(data, size));
    if (!mapping)
        return 0;
    for (ColumnRole role : {ColumnRole::AccountId, ColumnRole::AsOf, ColumnRole::Label, ColumnRole::OutcomeDate})
        (void)mapping->columnWithRole(role);
    QStringList headers;
    for (const ColumnMapping &c : mapping->columns) {
        (void)mapping->column(c.header);
        headers.append(c.header);
    }
    (void)ImportMapping::headerKey(headers);
    (void)ImportMapping::signalIds(headers);
    auto again = ImportMapping::fromJson(mapping->toJson());
    if (!again) {
        std::fprintf(stderr, "a saved mapping does not load: %s\n", qPrintable(again.error().message));
        std::abort();
    }
    return 0;
}
