#pragma once

#include <QAction>
#include <QFutureWatcher>
#include <QString>

namespace tierlab {
class WorkspaceSession;
}

namespace tierlab::ui {

// Edit → Undo Import: names the open workspace's last import, is enabled only when it can be undone,
// asks before taking it back (a write job of the session) and reports through `undone` or a message.
// It reads the import log again whenever the session opens a workspace or has new data.
class ImportUndoAction : public QAction
{
    Q_OBJECT

public:
    explicit ImportUndoAction(WorkspaceSession *session, QObject *parent = nullptr);

    // Asks, then undoes; without `ask` (tests) it undoes at once.
    void undo(bool ask = true);

Q_SIGNALS:
    // The owner then refreshes the session (the workspace's data changed).
    void undone(const QString &workspace, const QString &description);
    void failed(const QString &message);

private:
    // Reads the import log (cheap: one small query on the session's GUI connection).
    void update();

    WorkspaceSession *m_session;
    QString m_path;          // the workspace the running undo writes into
    QString m_description;   // "the table import of usage.csv (…)"
    QFutureWatcher<QString> m_watcher;   // the error message, empty on success
};

} // namespace tierlab::ui
