#include "signalbuildrunner.h"

#include "session/workspacesession.h"
#include "store/workspace.h"

namespace tierlab::ui {

SignalBuildRunner::SignalBuildRunner(WorkspaceSession *session, QObject *parent) : QObject(parent), m_session(session)
{
    connect(&m_watcher, &QFutureWatcher<Result<BuildSummary>>::finished, this, [this] {
        m_result = m_watcher.result();
        Q_EMIT finished();
    });
}

SignalBuildRunner::~SignalBuildRunner()
{
    m_cancel = true;
    m_watcher.waitForFinished();
}

void SignalBuildRunner::start(const QString &workspacePath, const RecipeSet &recipes, bool replaceImported)
{
    if (isRunning())
        return;
    m_cancel = false;
    m_result = fail(QString());
    BuildOptions options;
    options.replaceImported = replaceImported;
    options.cancel = &m_cancel;
    // Emitting from the worker is safe: this object outlives the run (the destructor waits), and the
    // page's widgets get the signal queued because they live on the GUI thread.
    options.progress = [this, hook = m_hook](std::int64_t done, std::int64_t total) {
        if (hook)
            hook(done, total);
        Q_EMIT progress(done, total);
    };
    m_watcher.setFuture(m_session->runWrite<Result<BuildSummary>>(
        workspacePath, false, [recipes, options](Result<Workspace *> ws) -> Result<BuildSummary> {
            if (!ws)
                return std::unexpected(ws.error());
            return SignalBuilder::build(**ws, recipes, options);
        }));
}

QString SignalBuildRunner::describe(const BuildSummary &r)
{
    QString text = tr("Built %1 snapshots: %2 accounts on %3 dates from %4 to %5, %6 signals, in %7 s.")
                       .arg(r.snapshotRows)
                       .arg(r.accounts)
                       .arg(r.gridDates)
                       .arg(r.first.toString(Qt::ISODate), r.last.toString(Qt::ISODate))
                       .arg(r.signalIds.size())
                       .arg(r.seconds, 0, 'f', 1);
    if (r.accountsWithoutStart > 0)
        text += QLatin1Char(' ')
                + tr("%n account(s) got no snapshot (no start, or a start after the last date).", nullptr,
                     int(r.accountsWithoutStart));
    return text;
}

} // namespace tierlab::ui
