#pragma once

#include "common/error.h"
#include "io/importmapping.h"
#include "io/importsummary.h"
#include "tables/tableimporter.h"

#include <QFutureWatcher>
#include <QObject>

#include <atomic>
#include <cstdint>
#include <functional>
#include <optional>

namespace tierlab {
class WorkspaceSession;
}

namespace tierlab::ui {

// Cheap counts that show whether an import changed a workspace (a cancelled one must not).
struct WorkspaceCounts
{
    std::int64_t accounts = 0;
    std::int64_t signalCount = 0;
    std::int64_t asOfDates = 0;
    std::int64_t outcomes = 0;
    std::int64_t imports = 0;
    std::int64_t tables = 0;       // event tables
    std::int64_t tableRows = 0;    // their rows, all together
    bool valid = false;

    bool operator==(const WorkspaceCounts &) const = default;
};

// What one background import produced.
struct ImportRun
{
    Result<ImportSummary> summary;              // a snapshot or outcome import
    std::optional<Result<TableImportSummary>> table;   // set instead by an event-table import
    TableImportRequest tableRequest;                   // what that import was asked
    WorkspaceCounts before;   // read on the worker's connection just before the import
    WorkspaceCounts after;    // read again after a cancel or a stopping error

    bool isTable() const { return table.has_value(); }
    bool succeeded() const { return table ? table->has_value() : summary.has_value(); }
    // The error of a run that did not succeed.
    const Error &error() const { return table ? table->error() : summary.error(); }
};

// Runs SnapshotImporter/OutcomeImporter (or TableImporter, startTable) as a write job of the session
// (WorkspaceSession::runWrite: a connection of its own on a pool thread, the session's idle ones
// closed first when the target is the open workspace). The target may be another or a new file.
// Progress arrives through a queued signal; cancel sets the importer's atomic flag, which it checks
// once per chunk and then rolls back.
class ImportRunner : public QObject
{
    Q_OBJECT

public:
    struct Settings
    {
        bool saveMapping = true;
        bool allowNewAccounts = false;   // set once the user confirmed (ImportOptions::allowNewAccounts)
        std::int64_t chunkSize = 1 << 20;
        // Testing: called on the worker before each progress report (a test can hold the import there).
        std::function<void(std::int64_t, std::int64_t)> progressHook;
    };

    explicit ImportRunner(WorkspaceSession *session, QObject *parent = nullptr);
    ~ImportRunner() override;   // cancels a running import and waits for its rollback

    void start(const QString &workspacePath, const QString &filePath, const ImportMapping &mapping,
               const Settings &settings);
    // An event table: `tierlab import table`, with the same progress, cancel and counts.
    void startTable(const QString &workspacePath, const QString &filePath, const TableImportRequest &request,
                    const Settings &settings);
    void cancel();
    bool isRunning() const { return m_watcher.isRunning(); }
    bool cancelRequested() const { return m_cancel.load(); }
    const ImportRun &result() const { return m_result; }

Q_SIGNALS:
    void progress(qint64 bytesDone, qint64 bytesTotal);
    void finished();

private:
    ImportOptions optionsFor(const Settings &settings);

    WorkspaceSession *m_session;
    QFutureWatcher<ImportRun> m_watcher;
    std::atomic<bool> m_cancel = false;
    ImportRun m_result;
};

} // namespace tierlab::ui
