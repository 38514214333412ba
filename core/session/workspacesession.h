#pragma once

#include "common/error.h"

#include <QFuture>
#include <QObject>
#include <QPromise>
#include <QString>

#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

class QThreadPool;

namespace tierlab {

class SnapshotHistory;
class TierPaths;
class Workspace;
struct Model;
struct HistoryLoadOptions;
struct ManualOverrideRecord;
struct ModelVersion;

namespace detail {
struct SessionState;
}

// What a job of the session sees on its worker thread.
class SessionJob
{
public:
    ~SessionJob();
    SessionJob(const SessionJob &) = delete;
    SessionJob &operator=(const SessionJob &) = delete;

    // A connection to the session's workspace, this job's alone from the first call to the job's
    // end (then kept for the next job). Fails when no workspace is open.
    Result<Workspace *> workspace();
    // The decoded history, loaded at most once per data stamp and shared by every job of the
    // session; concurrent callers wait for one load. Without a cancel flag in `options` the load
    // stops when the job is cancelled.
    Result<std::shared_ptr<const SnapshotHistory>> history();
    Result<std::shared_ptr<const SnapshotHistory>> history(const HistoryLoadOptions &options);
    // What a model with hysteresis does over the history's weeks (TierPaths scores every week), kept
    // for the last two models on this history: the review and the back-test page share it, and a new
    // week or horizon does not score every week again.
    Result<std::shared_ptr<const TierPaths>> tierPaths(const Model &model);
    // Set once the session moved on (new data, another workspace, closed): a stale job stops at its
    // next check and its result is not shown.
    bool isCancelled() const;
    const std::atomic<bool> *cancelFlag() const;
    // The workspace's file path ("" when none is open).
    QString path() const;

private:
    friend class WorkspaceSession;
    SessionJob(std::shared_ptr<detail::SessionState> state, std::shared_ptr<std::atomic<bool>> cancel,
               bool background = false);
    Result<std::shared_ptr<const SnapshotHistory>> loadHistory(const HistoryLoadOptions &options);
    struct Private;
    std::unique_ptr<Private> d;
};

// The open workspace and everything the pages share about it, in the spirit of qBittorrent's
// Session: it owns the connections, the decoded history (per session, not per process), the saved
// versions and the published model, and runs jobs on workers. Every page observes its signals;
// no page opens a workspace. Lives on the GUI thread; jobs run on threadPool().
class WorkspaceSession : public QObject
{
    Q_OBJECT

public:
    explicit WorkspaceSession(QObject *parent = nullptr);
    ~WorkspaceSession() override;

    // Checks the file (a workspace, not newer than this version), drops everything of the previous
    // one (its running jobs are cancelled) and emits workspaceChanged.
    Result<void> open(const QString &path);
    void close();
    bool isOpen() const;
    QString path() const;

    // Something wrote into the workspace (an import, a build, an undo, another process): running
    // jobs are cancelled, versions are read again, and dataChanged tells every page to reload.
    void refresh();

    // Saved model versions, newest first, and the published one (ids into versions()).
    const std::vector<ModelVersion> &versions() const;
    std::optional<std::int64_t> publishedVersionId() const;
    const ModelVersion *publishedVersion() const;
    const ModelVersion *version(std::int64_t id) const;
    // Small writes on the GUI thread through the session's own connection (a few milliseconds).
    Result<std::int64_t> saveVersion(const QString &name, const QString &json, const QString &note = {});
    Result<void> publish(std::int64_t versionId);
    // A CSM's manual override of one account (data, not model: docs/overrides.md), set or cleared on the
    // GUI thread; overridesChanged tells the pages that show scores. The decoded history stays: overrides
    // are read by each review or account job, not decoded with the snapshots.
    Result<std::int64_t> setManualOverride(const ManualOverrideRecord &record);
    Result<int> clearManualOverrides(const QString &accountId);
    // A small read or write on the GUI thread (a fingerprint, the import log): `use` gets the
    // session's GUI connection.
    Result<void> withWorkspace(const std::function<Result<void>(Workspace &)> &use);
    // A short read of a workspace file that need not be the open one (the import wizard's target):
    // opened, used and closed on the calling thread.
    static Result<void> withFile(const QString &path, const std::function<Result<void>(Workspace &)> &use);

    // Who goes first on two cores once the history is there: an Urgent job (the designer's headline)
    // starts at once on threads of its own, and a Background job (a page's full back-test or review)
    // waits in SessionJob::history() until no Urgent job is running or queued.
    enum class Priority { Normal, Urgent, Background };

    // Runs `job(SessionJob &)` on the session's thread pool against the open workspace.
    template <typename R, typename Job>
    QFuture<R> run(Job job, Priority priority = Priority::Normal)
    {
        auto promise = std::make_shared<QPromise<R>>();
        QFuture<R> future = promise->future();
        promise->start();
        start([promise, job = std::move(job)](SessionJob &context) mutable { promise->addResult(job(context)); },
              [promise] { promise->finish(); }, priority);
        return future;
    }

    // The same for a job that reports progress or honours QFuture::cancel(): `job(SessionJob &,
    // QPromise<R> &)` adds its result(s) to the promise itself.
    template <typename R, typename Job>
    QFuture<R> runReporting(Job job)
    {
        auto promise = std::make_shared<QPromise<R>>();
        QFuture<R> future = promise->future();
        promise->start();
        start([promise, job = std::move(job)](SessionJob &context) mutable { job(context, *promise); },
              [promise] { promise->finish(); });
        return future;
    }

    // A write job (import, build, undo) on the workspace at `path`, which may be another file or a
    // new one (`create`): the session's idle connections are closed first so that a bulk write may
    // leave WAL; when it ends on the current workspace, call refresh().
    template <typename R, typename Job>
    QFuture<R> runWrite(const QString &path, bool create, Job job)
    {
        auto promise = std::make_shared<QPromise<R>>();
        QFuture<R> future = promise->future();
        promise->start();
        startWrite(path, create,
                   [promise, job = std::move(job)](Result<Workspace *> workspace) mutable { promise->addResult(job(workspace)); },
                   [promise] { promise->finish(); });
        return future;
    }
    // Closes the connections no job uses (before a bulk write to the file by someone else).
    void releaseIdleConnections();
    // Where every job of every session runs, urgent ones aside: a pool of its own, because Qt's
    // painting and image scaling use the global pool, which a history load and the jobs waiting for
    // it must not fill. The jobs' own parallel parts (scoring blocks, bootstrap) use computePool().
    static QThreadPool *threadPool();

Q_SIGNALS:
    // Another workspace was opened (or none: empty path). Pages reset and load.
    void workspaceChanged(const QString &path);
    // The same workspace has new data. Pages reload what they show.
    void dataChanged();
    void versionsChanged();
    void publishedModelChanged();
    void overridesChanged();

private:
    // `finish` runs once the job's connection is closed or back in the pool.
    void start(std::function<void(SessionJob &)> body, std::function<void()> finish,
               Priority priority = Priority::Normal);
    void startWrite(const QString &path, bool create, std::function<void(Result<Workspace *>)> body,
                    std::function<void()> finish);
    Result<void> readVersions();
    Result<Workspace *> guiWorkspace();

    std::shared_ptr<detail::SessionState> m_state;
    std::unique_ptr<Workspace> m_gui;
    std::vector<ModelVersion> m_versions;
    std::optional<std::int64_t> m_published;
};

} // namespace tierlab
