#include "importwizard.h"

#include "import/importfilepage.h"
#include "import/importmappingpage.h"
#include "import/importpreviewpage.h"
#include "import/importprogresspage.h"
#include "import/importresultpage.h"
#include "import/importtablepage.h"
#include "itemmodels/columnmappingmodel.h"
#include "pg/pgquerysource.h"
#include "session/workspacesession.h"
#include "store/workspace.h"

#include <QFileInfo>
#include <QPushButton>

namespace tierlab::ui {

ImportWizard::ImportWizard(WorkspaceSession *session, QWidget *parent) : QWizard(parent), m_session(session)
{
    setObjectName(QStringLiteral("importWizard"));
    setWindowTitle(tr("Import CSV — Tierlab"));
    setOption(QWizard::NoBackButtonOnLastPage, true);
    setOption(QWizard::NoCancelButtonOnLastPage, true);
    m_mappingModel = new ColumnMappingModel(this);
    m_runner = new ImportRunner(m_session, this);
    setPage(FilePageId, new ImportFilePage(this));
    setPage(PreviewPageId, new ImportPreviewPage(this));
    setPage(MappingPageId, new ImportMappingPage(this));
    setPage(ProgressPageId, new ImportProgressPage(this));
    setPage(ResultPageId, new ImportResultPage(this));
    setPage(TablePageId, new ImportTablePage(this));
    setStartId(FilePageId);
    setWorkspacePath(m_session->path());
    connect(m_runner, &ImportRunner::finished, this, [this] {
        if (m_runner->result().succeeded())
            Q_EMIT importFinished(this->workspacePath());
    });
    resize(960, 680);
}

ImportWizard::~ImportWizard() = default;

QString ImportWizard::workspacePath() const
{
    return field(QStringLiteral("workspace")).toString();
}

void ImportWizard::setWorkspacePath(const QString &path)
{
    setField(QStringLiteral("workspace"), path);
}

Result<void> ImportWizard::readWorkspace(const QString &path, const std::function<Result<void>(Workspace &)> &use) const
{
    // The open workspace is read on the session's connection: no second connection to the same file.
    if (m_session->isOpen() && QFileInfo(path).absoluteFilePath() == m_session->path())
        return m_session->withWorkspace(use);
    return WorkspaceSession::withFile(path, use);
}

QString ImportWizard::filePath() const
{
    return m_postgres ? m_postgres->path() : field(QStringLiteral("file")).toString();
}

void ImportWizard::setFilePath(const QString &path)
{
    m_postgres.reset();
    setField(QStringLiteral("file"), path);
}

void ImportWizard::setPostgresSource(std::shared_ptr<PgQuerySource> source)
{
    m_postgres = std::move(source);
}

QString ImportWizard::sourceName() const
{
    return m_postgres ? m_postgres->label() : QFileInfo(filePath()).fileName();
}

QString ImportWizard::shown(const QString &message) const
{
    return m_postgres ? m_postgres->relabel(message) : message;
}

ImportKind ImportWizard::kind() const
{
    return field(QStringLiteral("outcomes")).toBool() ? ImportKind::Outcomes : ImportKind::Snapshots;
}

void ImportWizard::setKind(ImportKind kind)
{
    // The two radio buttons are exclusive: checking one clears the other.
    setField(kind == ImportKind::Outcomes ? QStringLiteral("outcomes") : QStringLiteral("snapshots"), true);
}

bool ImportWizard::isEventTable() const
{
    return field(QStringLiteral("eventTable")).toBool();
}

void ImportWizard::setEventTable(bool on)
{
    setField(on ? QStringLiteral("eventTable") : QStringLiteral("snapshots"), true);
}

int ImportWizard::nextId() const
{
    switch (currentId()) {
    case PreviewPageId:
        return isEventTable() ? TablePageId : MappingPageId;
    case MappingPageId:
    case TablePageId:
        return ProgressPageId;
    case ResultPageId:
        return -1;
    default:
        return QWizard::nextId();
    }
}

Result<void> ImportWizard::loadFile(const QString &path, ImportKind kind, char delimiter)
{
    const bool table = isEventTable();
    CsvProfiler::Options options;
    options.delimiter = delimiter;
    auto profile = CsvProfiler::profile(path, options);
    if (!profile)
        return std::unexpected(profile.error());
    if (profile->header.isEmpty())
        return fail(tr("%1: the file has no header row").arg(QFileInfo(path).fileName()), Error::Code::Invalid);
    m_profile = std::move(*profile);
    m_detected = m_profile.suggestMapping(kind);

    // A mapping saved by an earlier import of a file with this header is offered again.
    m_saved.reset();
    const QString ws = workspacePath();
    if (!table && !ws.isEmpty() && QFileInfo::exists(ws)) {
        // A workspace that does not read offers no saved mapping (the file page said why).
        (void)readWorkspace(ws, [&](Workspace &w) -> Result<void> {
            auto json = w.mapping(ImportMapping::headerKey(m_profile.header));
            if (json && !json->isEmpty()) {
                auto saved = ImportMapping::fromJson(json->toUtf8());
                // An explicit delimiter choice on the preview page wins over the saved one.
                if (saved && saved->kind == kind && saved->columns.size() == m_detected.columns.size()) {
                    if (delimiter)
                        saved->delimiter = delimiter;
                    m_saved = std::move(*saved);
                }
            }
            return {};
        });
    }
    setMappingRows(m_saved ? *m_saved : m_detected);
    m_usingSaved = m_saved.has_value();
    Q_EMIT fileLoaded();
    return {};
}

void ImportWizard::setMappingRows(const ImportMapping &mapping)
{
    std::vector<QStringList> examples;
    for (const ColumnProfile &c : m_profile.columns)
        examples.push_back(c.examples());
    m_mappingModel->setMapping(mapping, std::move(examples));
}

void ImportWizard::useSavedMapping(bool use)
{
    if (use && !m_saved)
        return;
    m_usingSaved = use;
    setMappingRows(use ? *m_saved : m_detected);
}

void ImportWizard::startImport()
{
    if (isEventTable()) {
        auto *form = qobject_cast<ImportTablePage *>(page(TablePageId));
        TableImportRequest request = form->request();
        request.delimiter = m_profile.delimiter;   // as the preview read it (detected or chosen there)
        m_runner->startTable(workspacePath(), filePath(), request, m_settings);
        return;
    }
    m_runner->start(workspacePath(), filePath(), m_mappingModel->mapping(), m_settings);
}

void ImportWizard::reject()
{
    // Closing while importing cancels the import; the result page then shows the rollback.
    if (m_runner->isRunning()) {
        if (auto *progress = qobject_cast<ImportProgressPage *>(page(ProgressPageId)))
            progress->cancelButton()->click();
        else
            m_runner->cancel();
        return;
    }
    QWizard::reject();
}

} // namespace tierlab::ui
