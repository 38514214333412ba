#include "importundoaction.h"

#include "session/workspacesession.h"
#include "store/workspace.h"

#include <QApplication>
#include <QLocale>
#include <QMessageBox>
#include <QWidget>

#include <optional>

namespace tierlab::ui {

ImportUndoAction::ImportUndoAction(WorkspaceSession *session, QObject *parent)
    : QAction(tr("Undo &Import"), parent), m_session(session)
{
    setObjectName(QStringLiteral("undoImportAction"));
    setEnabled(false);
    connect(this, &QAction::triggered, this, [this] { undo(); });
    connect(m_session, &WorkspaceSession::workspaceChanged, this, &ImportUndoAction::update);
    connect(m_session, &WorkspaceSession::dataChanged, this, &ImportUndoAction::update);
    connect(&m_watcher, &QFutureWatcher<QString>::finished, this, [this] {
        QApplication::restoreOverrideCursor();
        const QString error = m_watcher.result();
        const QString what = m_description;
        // Read first, so that whoever hears the signal finds the action as the workspace is now.
        update();
        if (error.isEmpty())
            Q_EMIT undone(m_path, what);
        else
            Q_EMIT failed(error);
    });
    update();
}

void ImportUndoAction::update()
{
    m_description.clear();
    setText(tr("Undo &Import"));
    setEnabled(false);
    setStatusTip(tr("No import to undo"));
    if (!m_session->isOpen() || m_watcher.isRunning())
        return;
    std::optional<ImportRecord> last;
    (void)m_session->withWorkspace([&last](Workspace &ws) -> Result<void> {
        auto log = ws.imports();
        if (!log)
            return std::unexpected(log.error());
        if (!log->empty())
            last = std::move(log->back());
        return {};
    });
    if (!last)
        return;   // none, or the log does not read: nothing to offer
    const QLocale locale;
    m_description = tr("the %1 import of %2 (%3 rows, %4)")
                        .arg(last->kind, last->fileName, locale.toString(last->rowsAccepted),
                             locale.toString(last->finishedAt.toLocalTime(), QLocale::ShortFormat));
    // Long file names are shortened in the middle so that the Edit menu keeps its width.
    const QString name = last->fileName.size() > 40 ? last->fileName.left(19) + u'…' + last->fileName.right(19) : last->fileName;
    setText(tr("Undo &Import of “%1”").arg(name));
    setEnabled(last->undoable);
    setStatusTip(last->undoable ? tr("Take back %1: the workspace returns to its state before it").arg(m_description)
                                : tr("%1 cannot be undone: the workspace keeps undo records only for files up to %2 MB, builds of up to "
                                     "%3 snapshot rows and the last 5 imports")
                                      .arg(m_description)
                                      .arg(Workspace::kUndoMaxFileBytes / (1024 * 1024))
                                      .arg(locale.toString(Workspace::kUndoMaxRows)));
}

void ImportUndoAction::undo(bool ask)
{
    if (!isEnabled() || !m_session->isOpen() || m_watcher.isRunning())
        return;
    if (ask) {
        auto *parent = qobject_cast<QWidget *>(this->parent());
        const auto answer = QMessageBox::question(parent, tr("Undo Import"),
                                                  tr("Take back %1? The workspace returns to its state before that import.").arg(m_description),
                                                  QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes)
            return;
    }
    m_path = m_session->path();
    setEnabled(false);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    m_watcher.setFuture(m_session->runWrite<QString>(m_path, false, [](Result<Workspace *> ws) -> QString {
        if (!ws)
            return ws.error().message;
        auto r = (*ws)->undoLastImport();
        return r ? QString() : r.error().message;
    }));
}

} // namespace tierlab::ui
