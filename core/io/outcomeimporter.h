#pragma once

#include "common/error.h"
#include "io/importmapping.h"
#include "io/importoptions.h"
#include "io/importsummary.h"

#include <QString>

namespace tierlab {

class Workspace;

// Imports an outcome file: account id, date, kind (churned | renewed | expanded | contracted, with
// the usual synonyms; ImportMapping::defaultOutcomeKind when the file has no kind column) and an
// optional arr_change. One transaction; an account not yet in the workspace is added by id.
// Upserts by (account, date, kind), so re-importing changes nothing.
class OutcomeImporter
{
public:
    explicit OutcomeImporter(Workspace &workspace) : m_ws(workspace) {}

    Result<ImportSummary> run(const QString &path, const ImportMapping &mapping,
                              const ImportOptions &options = ImportOptions());

private:
    Workspace &m_ws;
};

} // namespace tierlab
