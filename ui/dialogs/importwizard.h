#pragma once

#include "common/error.h"
#include "import/importrunner.h"
#include "io/csvprofiler.h"
#include "io/importmapping.h"

#include <QWizard>

#include <functional>
#include <memory>
#include <optional>

namespace tierlab {
class ColumnMappingModel;
class PgQuerySource;
class Workspace;
class WorkspaceSession;
}

namespace tierlab::ui {

// File → Import…: choose a CSV file and its kind, preview it, map its columns (or, for an event
// table, name it and choose its key and time columns), import it on a worker thread with progress
// and cancel, and show what the import did. The wizard holds what the pages share (the profile,
// the mapping model, the runner); each page is its own class in ui/import/. It imports into the
// session's workspace unless the user names another (or a new) file; the import is a write job of
// the session, and importFinished tells the owner to refresh it.
class ImportWizard : public QWizard
{
    Q_OBJECT

public:
    // An event table goes from the preview to TablePageId instead of MappingPageId (see nextId()).
    enum PageId { FilePageId, PreviewPageId, MappingPageId, ProgressPageId, ResultPageId, TablePageId };

    explicit ImportWizard(WorkspaceSession *session, QWidget *parent = nullptr);
    ~ImportWizard() override;

    // The session the wizard's jobs run on (and whose workspace it imports into by default).
    WorkspaceSession *session() const { return m_session; }

    // What the first page shows (the session's workspace at first); a dropped file arrives
    // through setFilePath.
    QString workspacePath() const;
    void setWorkspacePath(const QString &path);
    // The file imported: the one chosen, or the CSV file a PostgreSQL query's rows were fetched into.
    QString filePath() const;
    void setFilePath(const QString &path);
    // A query's rows (PgQuerySource) instead of a file; null: a file. The wizard keeps the source (and
    // so its temporary file) until another one or a file is chosen.
    void setPostgresSource(std::shared_ptr<PgQuerySource> source);
    const PgQuerySource *postgresSource() const { return m_postgres.get(); }
    // What messages and titles call the source: the file's name, or "the query on SERVER".
    QString sourceName() const;
    // `message` with the temporary file of a query's rows named as the query (as the CLI does).
    QString shown(const QString &message) const;
    ImportKind kind() const;
    void setKind(ImportKind kind);
    // The third kind of file beside snapshots and outcomes: any export, stored as an event table
    // (`tierlab import table`). Off goes back to snapshots.
    bool isEventTable() const;
    void setEventTable(bool on);

    // Profiles the file and resets the mapping to the one saved in the workspace for this header
    // (when there is one for this kind of file) or else to the detected one. Every file is profiled
    // as the importers read it (NA, NULL, … are missing); an event table has no saved mapping.
    Result<void> loadFile(const QString &path, ImportKind kind, char delimiter = 0);
    const CsvProfile &profile() const { return m_profile; }
    ColumnMappingModel *mappingModel() const { return m_mappingModel; }
    const ImportMapping &detectedMapping() const { return m_detected; }
    const std::optional<ImportMapping> &savedMapping() const { return m_saved; }
    // Switches the table between the saved and the detected mapping.
    void useSavedMapping(bool use);
    bool usingSavedMapping() const { return m_usingSaved; }

    // A short read (or check) of the workspace file at `path`: through the session's connection
    // when it is the open workspace, else on a connection of its own.
    Result<void> readWorkspace(const QString &path, const std::function<Result<void>(Workspace &)> &use) const;

    ImportRunner *runner() const { return m_runner; }
    // Chunk size, the remember-mapping choice and the test hook of the next import.
    ImportRunner::Settings &runSettings() { return m_settings; }
    void startImport();

    int nextId() const override;

Q_SIGNALS:
    void fileLoaded();
    // An import committed: the main window refreshes its pages from `workspacePath`.
    void importFinished(const QString &workspacePath);

public Q_SLOTS:
    void reject() override;

private:
    void setMappingRows(const ImportMapping &mapping);

    WorkspaceSession *m_session;
    CsvProfile m_profile;
    ImportMapping m_detected;
    std::optional<ImportMapping> m_saved;
    bool m_usingSaved = false;
    ColumnMappingModel *m_mappingModel = nullptr;
    ImportRunner *m_runner = nullptr;
    ImportRunner::Settings m_settings;
    std::shared_ptr<PgQuerySource> m_postgres;
};

} // namespace tierlab::ui
