#pragma once

#include "common/error.h"
#include "io/importmapping.h"
#include "io/importoptions.h"
#include "io/importsummary.h"

#include <QString>

namespace tierlab {

class Workspace;

// Imports a wide snapshot file (one row per account per as_of) into a workspace, in one
// transaction: cancel or a stopping error leaves the workspace as it was. Upserts by account id
// and as_of, so re-importing a file changes nothing. Takes the caller's Workspace: a worker thread
// opens its own (Workspace is per thread) and passes it in.
class SnapshotImporter
{
public:
    explicit SnapshotImporter(Workspace &workspace) : m_ws(workspace) {}

    Result<ImportSummary> run(const QString &path, const ImportMapping &mapping,
                              const ImportOptions &options = ImportOptions());

private:
    Workspace &m_ws;
};

} // namespace tierlab
