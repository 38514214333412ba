#include "analysis/historycache.h"

#include "store/workspace.h"

#include <QFileInfo>

#include <mutex>

namespace tierlab {

namespace {

struct Entry
{
    QString path;
    QString stamp;
    std::shared_ptr<const SnapshotHistory> history;
};

std::mutex &cacheMutex()
{
    static std::mutex m;
    return m;
}

Entry &cacheEntry()
{
    static Entry e;
    return e;
}

} // namespace

Result<std::shared_ptr<const SnapshotHistory>> HistoryCache::get(const Workspace &workspace,
                                                                 const HistoryLoadOptions &options)
{
    auto stamp = workspace.dataStamp();
    if (!stamp)
        return std::unexpected(stamp.error());
    const QString path = QFileInfo(workspace.path()).canonicalFilePath();
    // Held while loading: a second worker for the same file waits and then finds it loaded.
    const std::lock_guard lock(cacheMutex());
    Entry &e = cacheEntry();
    if (e.history && e.path == path && e.stamp == *stamp)
        return e.history;
    e.history.reset();   // frees the previous history before the next is built
    auto loaded = SnapshotHistory::load(workspace, options);
    if (!loaded)
        return std::unexpected(loaded.error());
    e.path = path;
    e.stamp = *stamp;
    e.history = *loaded;
    return e.history;
}

void HistoryCache::clear()
{
    const std::lock_guard lock(cacheMutex());
    cacheEntry() = Entry();
}

} // namespace tierlab
