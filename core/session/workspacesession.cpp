#include "session/workspacesession.h"

#include "common/computepool.h"

#include "analysis/historycache.h"
#include "analysis/snapshothistory.h"
#include "analysis/tierpaths.h"
#include "model/model.h"
#include "store/workspace.h"

#include <QFileInfo>
#include <QThread>
#include <QThreadPool>

#include <algorithm>
#include <condition_variable>
#include <functional>
#include <mutex>

namespace tierlab {

namespace detail {

// What the session shares with its jobs; a job keeps it alive, so a job of a workspace that was
// closed meanwhile still ends cleanly on its own connection.
struct SessionState
{
    QString path;

    std::mutex poolMutex;                                 // guards idle and cancel
    std::vector<std::unique_ptr<Workspace>> idle;         // connections no job uses
    std::shared_ptr<std::atomic<bool>> cancel = std::make_shared<std::atomic<bool>>(false);

    std::mutex historyMutex;                              // held while loading: one load at a time
    QString historyStamp;
    std::shared_ptr<const SnapshotHistory> history;

    std::mutex pathsMutex;                                // guards the three below
    std::shared_ptr<const SnapshotHistory> pathsHistory;  // the history `paths` were scored on
    std::vector<std::pair<Model, std::shared_ptr<const TierPaths>>> paths;   // newest last, at most 2

    std::mutex gateMutex;                                 // guards urgent and afterUrgent
    std::condition_variable gate;                         // background jobs wait here for urgent == 0
    int urgent = 0;                                       // Urgent jobs asked for and not yet ended
    std::vector<std::function<void()>> afterUrgent;       // queued by runAfterUrgent, not yet started

    void urgentEnded()
    {
        std::vector<std::function<void()>> due;
        {
            const std::lock_guard lock(gateMutex);
            if (--urgent == 0)
                due.swap(afterUrgent);
        }
        gate.notify_all();
        for (auto &task : due)
            WorkspaceSession::threadPool()->start(std::move(task), -2);
    }
    // Starts `task` on the pool at the lowest priority once no urgent job is due, without holding a
    // pool thread while it waits (two cores: a waiting thread is half the machine).
    void runAfterUrgent(std::function<void()> task)
    {
        {
            const std::lock_guard lock(gateMutex);
            if (urgent > 0) {
                afterUrgent.push_back(std::move(task));
                return;
            }
        }
        WorkspaceSession::threadPool()->start(std::move(task), -2);
    }
    // A background job waits until no urgent job is due, or until it is cancelled.
    void waitForUrgent(const std::atomic<bool> &cancelled)
    {
        std::unique_lock lock(gateMutex);
        gate.wait(lock, [&] { return urgent == 0 || cancelled.load(); });
    }

    std::shared_ptr<std::atomic<bool>> currentCancel()
    {
        const std::lock_guard lock(poolMutex);
        return cancel;
    }
    // Every running job sees its flag set; jobs started afterwards get a fresh one.
    void cancelJobs()
    {
        {
            const std::lock_guard lock(poolMutex);
            cancel->store(true);
            cancel = std::make_shared<std::atomic<bool>>(false);
        }
        // Background jobs waiting for an urgent one stop waiting and see their flag.
        {
            const std::lock_guard lock(gateMutex);
        }
        gate.notify_all();
    }
    void releaseIdle()
    {
        std::vector<std::unique_ptr<Workspace>> closing;
        {
            const std::lock_guard lock(poolMutex);
            closing.swap(idle);
        }
    }
};

} // namespace detail

namespace {
// Two idle connections cover the usual pair of concurrent jobs (a snapshot load beside a back-test).
constexpr std::size_t kMaxIdle = 2;
} // namespace

struct SessionJob::Private
{
    std::shared_ptr<detail::SessionState> state;
    std::shared_ptr<std::atomic<bool>> cancel;
    std::unique_ptr<Workspace> workspace;
    bool background = false;
};

SessionJob::SessionJob(std::shared_ptr<detail::SessionState> state, std::shared_ptr<std::atomic<bool>> cancel,
                       bool background)
    : d(std::make_unique<Private>())
{
    d->state = std::move(state);
    d->cancel = std::move(cancel);
    d->background = background;
}

SessionJob::~SessionJob()
{
    if (!d->workspace || !d->state)
        return;
    const std::lock_guard lock(d->state->poolMutex);
    // A cancelled job's connection may belong to a file that is being written: not kept.
    if (!d->cancel->load() && d->state->idle.size() < kMaxIdle)
        d->state->idle.push_back(std::move(d->workspace));
}

QString SessionJob::path() const
{
    return d->state ? d->state->path : QString();
}

Result<Workspace *> SessionJob::workspace()
{
    if (d->workspace)
        return d->workspace.get();
    if (!d->state)
        return fail(WorkspaceSession::tr("No workspace is open"), Error::Code::Invalid);
    {
        const std::lock_guard lock(d->state->poolMutex);
        if (!d->state->idle.empty()) {
            d->workspace = std::move(d->state->idle.back());
            d->state->idle.pop_back();
            return d->workspace.get();
        }
    }
    auto opened = Workspace::open(d->state->path);
    if (!opened)
        return std::unexpected(opened.error());
    d->workspace = std::move(*opened);
    return d->workspace.get();
}

Result<std::shared_ptr<const SnapshotHistory>> SessionJob::history()
{
    return history(HistoryLoadOptions{});
}

Result<std::shared_ptr<const SnapshotHistory>> SessionJob::history(const HistoryLoadOptions &options)
{
    auto loaded = loadHistory(options);
    // The history is what every job waits for; once it is there, urgent jobs get the cores first.
    if (loaded && d->background && d->state)
        d->state->waitForUrgent(*d->cancel);
    return loaded;
}

Result<std::shared_ptr<const SnapshotHistory>> SessionJob::loadHistory(const HistoryLoadOptions &options)
{
    if (!d->state)
        return fail(WorkspaceSession::tr("No workspace is open"), Error::Code::Invalid);
    detail::SessionState &state = *d->state;
    // Held while loading: a second job waits and then finds the history loaded.
    const std::lock_guard lock(state.historyMutex);
    auto ws = workspace();
    if (!ws)
        return std::unexpected(ws.error());
    // The stamp also catches writes by another process (the CLI on the same file).
    auto stamp = (*ws)->dataStamp();
    if (!stamp)
        return std::unexpected(stamp.error());
    if (state.history && state.historyStamp == *stamp)
        return state.history;
    state.history.reset();   // frees the previous history before the next is built
    HistoryLoadOptions load = options;
    if (!load.cancel)
        load.cancel = d->cancel.get();
    if (load.cacheDirectory.isEmpty())
        load.cacheDirectory = HistoryCache::defaultDirectory();
    if (!load.deferCacheWrite) {
        // After the urgent jobs (the headline) and at the lowest priority: the write only helps the next
        // start. Not cancelled with the session: a finished write saves the next start the decode.
        load.deferCacheWrite = [state = d->state](std::function<void()> write) { state->runAfterUrgent(std::move(write)); };
    }
    auto loaded = SnapshotHistory::load(**ws, load);
    if (!loaded)
        return std::unexpected(loaded.error());
    state.history = *loaded;
    state.historyStamp = *stamp;
    return state.history;
}

Result<std::shared_ptr<const TierPaths>> SessionJob::tierPaths(const Model &model)
{
    auto shared = history();
    if (!shared)
        return std::unexpected(shared.error());
    detail::SessionState &state = *d->state;
    // Held while scoring: a second job for the same model waits and then finds it.
    const std::lock_guard lock(state.pathsMutex);
    if (state.pathsHistory != *shared) {
        state.paths.clear();
        state.pathsHistory = *shared;
    }
    for (const auto &[kept, paths] : state.paths) {
        if (kept == model)
            return paths;
    }
    TierPaths::Options options;
    options.cancel = d->cancel.get();
    auto computed = TierPaths::compute(**shared, model, options);
    if (!computed)
        return std::unexpected(computed.error());
    auto paths = std::make_shared<const TierPaths>(std::move(*computed));
    if (state.paths.size() == 2)
        state.paths.erase(state.paths.begin());
    state.paths.emplace_back(model, paths);
    return paths;
}

bool SessionJob::isCancelled() const
{
    return d->cancel->load();
}

const std::atomic<bool> *SessionJob::cancelFlag() const
{
    return d->cancel.get();
}

WorkspaceSession::WorkspaceSession(QObject *parent) : QObject(parent) {}

WorkspaceSession::~WorkspaceSession()
{
    if (m_state)
        m_state->cancelJobs();
}

Result<void> WorkspaceSession::open(const QString &path)
{
    auto ws = Workspace::open(path);
    if (!ws)
        return std::unexpected(ws.error());
    if (m_state)
        m_state->cancelJobs();
    m_state = std::make_shared<detail::SessionState>();
    m_state->path = QFileInfo(path).absoluteFilePath();
    m_gui = std::move(*ws);
    const auto read = readVersions();
    Q_EMIT workspaceChanged(m_state->path);
    Q_EMIT versionsChanged();
    Q_EMIT publishedModelChanged();
    return read;
}

void WorkspaceSession::close()
{
    if (!m_state)
        return;
    m_state->cancelJobs();
    m_state.reset();
    m_gui.reset();
    m_versions.clear();
    m_published.reset();
    Q_EMIT workspaceChanged(QString());
    Q_EMIT versionsChanged();
    Q_EMIT publishedModelChanged();
}

bool WorkspaceSession::isOpen() const
{
    return m_state != nullptr;
}

QString WorkspaceSession::path() const
{
    return m_state ? m_state->path : QString();
}

void WorkspaceSession::refresh()
{
    if (!m_state)
        return;
    m_state->cancelJobs();
    (void)readVersions();   // a failure here shows in the pages' own reads
    Q_EMIT dataChanged();
    Q_EMIT versionsChanged();
    Q_EMIT publishedModelChanged();
}

const std::vector<ModelVersion> &WorkspaceSession::versions() const
{
    return m_versions;
}

std::optional<std::int64_t> WorkspaceSession::publishedVersionId() const
{
    return m_published;
}

const ModelVersion *WorkspaceSession::version(std::int64_t id) const
{
    const auto it = std::find_if(m_versions.begin(), m_versions.end(), [id](const ModelVersion &v) { return v.id == id; });
    return it == m_versions.end() ? nullptr : &*it;
}

const ModelVersion *WorkspaceSession::publishedVersion() const
{
    return m_published ? version(*m_published) : nullptr;
}

Result<Workspace *> WorkspaceSession::guiWorkspace()
{
    if (!m_state)
        return fail(tr("No workspace is open"), Error::Code::Invalid);
    if (!m_gui) {
        auto ws = Workspace::open(m_state->path);
        if (!ws)
            return std::unexpected(ws.error());
        m_gui = std::move(*ws);
    }
    return m_gui.get();
}

Result<void> WorkspaceSession::readVersions()
{
    auto ws = guiWorkspace();
    if (!ws)
        return std::unexpected(ws.error());
    auto versions = (*ws)->models();
    if (!versions)
        return std::unexpected(versions.error());
    m_versions = std::move(*versions);
    auto published = (*ws)->publishedModel();
    if (published)
        m_published = published->id;
    else
        m_published.reset();
    return {};
}

Result<std::int64_t> WorkspaceSession::saveVersion(const QString &name, const QString &json, const QString &note)
{
    auto ws = guiWorkspace();
    if (!ws)
        return std::unexpected(ws.error());
    auto id = (*ws)->saveModel(name, json, note);
    if (!id)
        return id;
    (void)readVersions();
    Q_EMIT versionsChanged();
    return id;
}

Result<std::int64_t> WorkspaceSession::setManualOverride(const ManualOverrideRecord &record)
{
    auto ws = guiWorkspace();
    if (!ws)
        return std::unexpected(ws.error());
    auto id = (*ws)->setManualOverride(record);
    if (id)
        Q_EMIT overridesChanged();
    return id;
}

Result<int> WorkspaceSession::clearManualOverrides(const QString &accountId)
{
    auto ws = guiWorkspace();
    if (!ws)
        return std::unexpected(ws.error());
    auto cleared = (*ws)->clearManualOverrides(accountId);
    if (cleared)
        Q_EMIT overridesChanged();
    return cleared;
}

Result<void> WorkspaceSession::publish(std::int64_t versionId)
{
    auto ws = guiWorkspace();
    if (!ws)
        return std::unexpected(ws.error());
    if (auto ok = (*ws)->publishModel(versionId); !ok)
        return ok;
    (void)readVersions();
    Q_EMIT versionsChanged();
    Q_EMIT publishedModelChanged();
    return {};
}

Result<void> WorkspaceSession::withWorkspace(const std::function<Result<void>(Workspace &)> &use)
{
    auto ws = guiWorkspace();
    if (!ws)
        return std::unexpected(ws.error());
    return use(**ws);
}

Result<void> WorkspaceSession::withFile(const QString &path, const std::function<Result<void>(Workspace &)> &use)
{
    auto ws = Workspace::open(path);
    if (!ws)
        return std::unexpected(ws.error());
    return use(**ws);
}

void WorkspaceSession::releaseIdleConnections()
{
    if (m_state)
        m_state->releaseIdle();
    m_gui.reset();
}

QThreadPool *WorkspaceSession::threadPool()
{
    // At least four: jobs waiting for the one history load hold a thread without using a core. A
    // static object: its destructor waits for running jobs at exit. computePool() is made first, so
    // that it is destroyed after this one: a job still ending at exit may use it.
    (void)computePool();
    static QThreadPool pool;
    static const bool sized = [] {
        pool.setMaxThreadCount(std::max(4, QThread::idealThreadCount()));
        return true;
    }();
    (void)sized;
    return &pool;
}

namespace {
// Urgent jobs run here, never queued behind the pool: background jobs hold their pool threads while
// they wait for the urgent ones, and four of them (the review and back-test pages, the survival
// view, the overview's coverage, or a stale one beside a page's new job) filled it while the headline
// sat in its queue, each side waiting for the other.
QThreadPool *urgentPool()
{
    // Made after the session's pool (and so destroyed before it): an urgent job ending at exit may
    // still start the deferred cache write there.
    (void)WorkspaceSession::threadPool();
    static QThreadPool pool;
    static const bool sized = [] {
        pool.setMaxThreadCount(2);
        return true;
    }();
    (void)sized;
    return &pool;
}
} // namespace

void WorkspaceSession::start(std::function<void(SessionJob &)> body, std::function<void()> finish, Priority priority)
{
    // The flag of the moment the job was asked for: a refresh before it starts already stales it.
    auto cancel = m_state ? m_state->currentCancel() : std::make_shared<std::atomic<bool>>(false);
    const bool urgent = priority == Priority::Urgent && m_state;
    if (urgent) {
        // Counted from the request on: a background job finishing its history wait already yields.
        const std::lock_guard lock(m_state->gateMutex);
        ++m_state->urgent;
    }
    const int poolPriority = priority == Priority::Urgent ? 1 : priority == Priority::Background ? -1 : 0;
    (urgent ? urgentPool() : threadPool())->start(
        [state = m_state, cancel, urgent, background = priority == Priority::Background, body = std::move(body),
         finish = std::move(finish)]() mutable {
            {
                SessionJob job(state, cancel, background);
                body(job);
            }
            if (urgent)
                state->urgentEnded();
            state.reset();
            finish();
        },
        poolPriority);
}

void WorkspaceSession::startWrite(const QString &path, bool create, std::function<void(Result<Workspace *>)> body,
                                  std::function<void()> finish)
{
    if (m_state && QFileInfo(path).absoluteFilePath() == m_state->path) {
        // Readers of the old data stop; the file is left to the writer alone where possible.
        m_state->cancelJobs();
        releaseIdleConnections();
    }
    threadPool()->start([path, create, body = std::move(body), finish = std::move(finish)]() mutable {
        {
            // Closed before the future finishes: whoever waits for it finds the file free.
            auto ws = Workspace::open(path, create ? Workspace::OpenMode::OpenOrCreate : Workspace::OpenMode::OpenExisting);
            if (ws)
                body(ws->get());
            else
                body(std::unexpected(ws.error()));
        }
        finish();
    });
}

} // namespace tierlab
