#pragma once

#include <atomic>
#include <cstdint>
#include <functional>

namespace tierlab {

// How an import runs. The importers are synchronous: the GUI runs one on a worker thread
// (QtConcurrent) with its own Workspace connection opened on that thread, reports `progress`
// through a queued signal and sets `cancel` from the GUI thread.
struct ImportOptions
{
    // Called once per chunk read (about every MiB) and at the end, on the importing thread.
    std::function<void(std::int64_t bytesDone, std::int64_t bytesTotal)> progress;
    // Checked once per chunk; when set, the import rolls back and returns Error::Code::Cancelled.
    const std::atomic<bool> *cancel = nullptr;
    std::int64_t chunkSize = 1 << 20;
    // A longer record stops the import (a quote that is never closed swallows the file).
    std::int64_t maxRecordSize = 64 << 20;
    // Rejects kept in the summary; all are counted. Bounds memory for a file that is all rejects.
    int maxRejectsKept = 10000;
    // Warnings (cells stored as missing) kept in the summary; all are counted, per column too.
    int maxWarningsKept = 100;
    // Remember the mapping in the workspace for files with the same header.
    bool saveMapping = true;
    // Without it, an import into a workspace that holds accounts is refused (NeedsConfirmation,
    // nothing written) when its ids match none of them or it would more than double them: usually
    // the wrong id column, or event rows that belong in an event table.
    bool allowNewAccounts = false;
};

} // namespace tierlab
