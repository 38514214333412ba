#pragma once

#include "common/error.h"

#include <QString>

#include <atomic>
#include <memory>

namespace tierlab {

class SnapshotHistory;

// The decoded history kept on disk, so that the next session or CLI run reads it in a fraction of a
// second instead of decoding every snapshot again (docs/performance.md). One file per workspace path
// in a cache folder, never beside the workspace (which may sit in a synced folder). A file is used
// only while it carries the workspace's current data stamp, and it is outside input like any other:
// every count, code and index is checked before use and a checksum covers every byte.
namespace HistoryCache {

// $TIERLAB_CACHE_DIR ("off": no cache), else the user's cache folder's tierlab/history.
QString defaultDirectory();
// The cache file of the workspace at `workspacePath` inside `directory`.
QString fileFor(const QString &directory, const QString &workspacePath);
// NotFound when there is no file or it holds another stamp; Corrupt, naming the file and what is
// wrong, when it is damaged; Cancelled when `cancel` is set while reading.
Result<std::shared_ptr<const SnapshotHistory>> read(const QString &file, const QString &stamp,
                                                    const std::atomic<bool> *cancel = nullptr);
// Written to a temporary file and renamed over the old one: a reader sees one or the other whole.
// Keeps the four most recently written files of the folder.
Result<void> write(const SnapshotHistory &history, const QString &file, const QString &stamp);

} // namespace HistoryCache

} // namespace tierlab
