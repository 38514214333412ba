#pragma once

#include "analysis/snapshothistory.h"
#include "common/error.h"

#include <QString>

#include <memory>

namespace tierlab {

class Workspace;

// The decoded history of the workspace in use, shared by every page and worker of the process so
// that it is loaded once (loading a long history takes seconds; re-running the back-test on it
// takes milliseconds). Thread-safe. An entry is reloaded when the workspace's data stamp changed;
// only the most recently used workspace is kept.
class HistoryCache
{
public:
    // The history of `workspace` (its file path is the key), loaded on the calling thread if the
    // cache has none or an outdated one. Concurrent callers for the same file wait for one load.
    static Result<std::shared_ptr<const SnapshotHistory>> get(const Workspace &workspace,
                                                              const HistoryLoadOptions &options = {});
    static void clear();
};

} // namespace tierlab
