#pragma once

#include <QAction>
#include <QFutureWatcher>
#include <QString>

namespace tierlab::ui {

// Edit → Undo Import: names the workspace's last import, is enabled only when it can be undone,
// asks before taking it back (on a worker thread) and reports through `undone` or a message.
class ImportUndoAction : public QAction
{
    Q_OBJECT

public:
    explicit ImportUndoAction(QObject *parent = nullptr);

    // Reads the import log again (cheap: one small query).
    void setWorkspace(const QString &path);
    // Asks, then undoes; without `ask` (tests) it undoes at once.
    void undo(bool ask = true);

Q_SIGNALS:
    void undone(const QString &workspace, const QString &description);
    void failed(const QString &message);

private:
    QString m_path;
    QString m_description;   // "the table import of usage.csv (…)"
    QFutureWatcher<QString> m_watcher;   // the error message, empty on success
};

} // namespace tierlab::ui
