#pragma once

#include "common/error.h"
#include "model/model.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>

#include <optional>

namespace tierlab {
class DesignerSession;
}

namespace tierlab::ui {

// The designer's unsaved model, written a few seconds after the last edit to a file of its own per
// workspace under the application's data folder (autosave/<SHA-1 of the workspace path>.json, through
// QSaveFile), so that a crash loses at most those seconds. Removed when the model is saved or back to
// its saved state, and on discard (MainWindow asks). The file: {"workspace", "saved_at", "model"}, the
// model as the text of a model file.
class ModelAutosave : public QObject
{
    Q_OBJECT

public:
    static constexpr int kDefaultDelayMs = 3000;

    struct Pending
    {
        QDateTime savedAt;
        Model model;
    };

    explicit ModelAutosave(DesignerSession *session, QObject *parent = nullptr);

    // Watches the session's edits for `workspace` from now on (after any pending autosave of it was
    // offered back); stop() before the session switches to another workspace.
    void start(const QString &workspace);
    void stop();
    QString workspace() const { return m_workspace; }
    void setDelay(int ms) { m_timer.setInterval(ms); }

    // Writes now (when the model has unsaved edits). False when the write failed.
    bool flush();
    // Removes the autosave of the watched workspace.
    void discard();

    static QString fileFor(const QString &workspace);
    // The autosave of `workspace`, if there is one; an error when it cannot be read.
    static Result<std::optional<Pending>> read(const QString &workspace);
    static bool remove(const QString &workspace);

Q_SIGNALS:
    void written(const QString &file);
    void failed(const QString &message);

private:
    void onEdited();

    DesignerSession *m_session = nullptr;
    QString m_workspace;
    QTimer m_timer;
};

} // namespace tierlab::ui
