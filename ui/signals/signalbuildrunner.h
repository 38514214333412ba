#pragma once

#include "common/error.h"
#include "recipes/signalbuilder.h"

#include <QFutureWatcher>
#include <QObject>

#include <atomic>
#include <functional>

namespace tierlab {
class WorkspaceSession;
}

namespace tierlab::ui {

// Runs SignalBuilder::build as a write job of the session (WorkspaceSession::runWrite: a connection
// of its own on a pool thread, the session's idle ones closed first). Progress arrives through a
// queued signal; cancel() sets the builder's atomic flag, which it checks before each batch and then
// rolls back: nothing is written.
class SignalBuildRunner : public QObject
{
    Q_OBJECT

public:
    explicit SignalBuildRunner(WorkspaceSession *session, QObject *parent = nullptr);
    ~SignalBuildRunner() override;   // cancels a running build and waits for its rollback

    void start(const QString &workspacePath, const RecipeSet &recipes, bool replaceImported);
    // Safe from any thread (a test cancels from the worker's first progress report).
    void cancel() { m_cancel = true; }
    bool isRunning() const { return m_watcher.isRunning(); }
    bool cancelRequested() const { return m_cancel.load(); }
    const Result<BuildSummary> &result() const { return m_result; }
    // "Built 24405 snapshots: 499 accounts on 105 dates from … to …, 14 signals, in 0.2 s." (+ accounts left out)
    static QString describe(const BuildSummary &summary);
    // Testing: called on the worker before each progress report.
    void setProgressHook(std::function<void(qint64 done, qint64 total)> hook) { m_hook = std::move(hook); }

Q_SIGNALS:
    void progress(qint64 done, qint64 total);
    void finished();

private:
    WorkspaceSession *m_session;
    QFutureWatcher<Result<BuildSummary>> m_watcher;
    std::atomic<bool> m_cancel = false;
    std::function<void(qint64, qint64)> m_hook;
    Result<BuildSummary> m_result = fail(QString());
};

} // namespace tierlab::ui
