#include "importrunner.h"

#include "io/outcomeimporter.h"
#include "io/snapshotimporter.h"
#include "tables/tableimporter.h"
#include "session/workspacesession.h"
#include "store/workspace.h"

namespace tierlab::ui {

namespace {

WorkspaceCounts countsOf(const Workspace &ws)
{
    WorkspaceCounts c;
    auto accounts = ws.accounts();
    auto catalogue = ws.signalCatalogue();
    auto dates = ws.asOfDates();
    auto outcomes = ws.outcomes();
    auto imports = ws.imports();
    auto tables = ws.eventTables();
    if (!accounts || !catalogue || !dates || !outcomes || !imports || !tables)
        return c;
    c.accounts = std::int64_t(accounts->size());
    c.signalCount = std::int64_t(catalogue->size());
    c.asOfDates = std::int64_t(dates->size());
    c.outcomes = std::int64_t(outcomes->size());
    c.imports = std::int64_t(imports->size());
    c.tables = std::int64_t(tables->size());
    for (const EventTableRecord &t : *tables)
        c.tableRows += t.rows;
    c.valid = true;
    return c;
}

} // namespace

ImportRunner::ImportRunner(WorkspaceSession *session, QObject *parent) : QObject(parent), m_session(session)
{
    connect(&m_watcher, &QFutureWatcher<ImportRun>::finished, this, [this] {
        m_result = m_watcher.result();
        Q_EMIT finished();
    });
}

ImportRunner::~ImportRunner()
{
    m_cancel = true;
    m_watcher.waitForFinished();
}

ImportOptions ImportRunner::optionsFor(const Settings &settings)
{
    m_cancel = false;
    m_result = ImportRun();
    ImportOptions options;
    options.saveMapping = settings.saveMapping;
    options.allowNewAccounts = settings.allowNewAccounts;
    options.chunkSize = settings.chunkSize;
    options.cancel = &m_cancel;
    // Emitting from the worker is safe: this object outlives the run (the destructor waits), and
    // the connection to the wizard's widgets is queued because they live on the GUI thread.
    options.progress = [this, hook = settings.progressHook](std::int64_t done, std::int64_t total) {
        if (hook)
            hook(done, total);
        Q_EMIT progress(done, total);
    };
    return options;
}

void ImportRunner::start(const QString &workspacePath, const QString &filePath, const ImportMapping &mapping,
                         const Settings &settings)
{
    if (isRunning())
        return;
    const ImportOptions options = optionsFor(settings);
    // create: the wizard may name a new workspace, made by this import.
    m_watcher.setFuture(m_session->runWrite<ImportRun>(workspacePath, true, [filePath, mapping, options](Result<Workspace *> ws) {
        ImportRun run;
        if (!ws) {
            run.summary = std::unexpected(ws.error());
            return run;
        }
        run.before = countsOf(**ws);
        run.summary = mapping.kind == ImportKind::Snapshots ? SnapshotImporter(**ws).run(filePath, mapping, options)
                                                           : OutcomeImporter(**ws).run(filePath, mapping, options);
        if (!run.summary)
            run.after = countsOf(**ws);
        return run;
    }));
}

void ImportRunner::startTable(const QString &workspacePath, const QString &filePath, const TableImportRequest &request,
                              const Settings &settings)
{
    if (isRunning())
        return;
    const ImportOptions options = optionsFor(settings);
    m_watcher.setFuture(m_session->runWrite<ImportRun>(workspacePath, true, [filePath, request, options](Result<Workspace *> ws) {
        ImportRun run;
        run.tableRequest = request;
        if (!ws) {
            run.table = std::unexpected(ws.error());
            return run;
        }
        run.before = countsOf(**ws);
        run.table = TableImporter(**ws).run(filePath, request, options);
        if (!*run.table)
            run.after = countsOf(**ws);
        return run;
    }));
}

void ImportRunner::cancel()
{
    m_cancel = true;
}

} // namespace tierlab::ui
