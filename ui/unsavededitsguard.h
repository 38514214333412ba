#pragma once

#include "designer/saveversiondialog.h"

#include <QDateTime>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

class QWidget;

namespace tierlab::ui {

class DesignerPage;
class ModelAutosave;

enum class UnsavedChoice { Save, Discard, Cancel };
// Why the designer's model is about to be left: the window closes, or another workspace opens.
enum class LeaveReason { Quit, OpenWorkspace };

// The questions about unsaved model edits. Each defaults to a dialog (dialogPrompts()); tests set
// their own answers, so no modal loop runs.
struct UnsavedEditsPrompts
{
    // Save / Discard / Cancel for the designer's model `modelName`.
    std::function<UnsavedChoice(LeaveReason reason, const QString &modelName)> unsavedEdits;
    // The name and note of the version to save; nullopt when the user cancels.
    std::function<std::optional<VersionText>(const QString &suggestion)> versionText;
    // "Restore unsaved model edits from <time>?" after a crash.
    std::function<bool(const QDateTime &savedAt)> restoreAutosave;
    std::function<void(const QString &title, const QString &message)> warning;
};

// MainWindow's side of the document rules for the designer's model: asks Save / Discard / Cancel before
// the window closes or another workspace opens, keeps the unsaved model autosaved (ModelAutosave) and,
// when a workspace opens with an autosave that differs from its model, offers it back as one undo step.
class UnsavedEditsGuard : public QObject
{
    Q_OBJECT

public:
    UnsavedEditsGuard(DesignerPage *designer, QWidget *window);
    ~UnsavedEditsGuard() override;

    static UnsavedEditsPrompts dialogPrompts(QWidget *parent);
    // Members left empty keep their dialog.
    void setPrompts(UnsavedEditsPrompts prompts);

    // True when the caller may go on: nothing unsaved, saved as a version, or discarded. False on
    // Cancel, when the version name is cancelled, or when saving fails.
    bool confirm(LeaveReason reason);
    // The designer is about to read another workspace (or this one again): the autosave pauses until
    // the designer has loaded and a pending autosave of the new workspace was offered.
    void workspaceChanging();
    // The window closes: nothing is left to recover.
    void closing();
    // Off for --screenshot: no autosave is written or offered.
    void setAutosaveEnabled(bool enabled);
    ModelAutosave *autosave() const { return m_autosave; }

Q_SIGNALS:
    void statusMessage(const QString &message);
    // A pending autosave was offered (after the designer loaded); `restored` when it was taken.
    void autosaveOffered(bool restored);

private:
    void onDesignerLoaded();
    void offerAutosave(const QString &workspace);

    DesignerPage *m_designer = nullptr;
    QWidget *m_window = nullptr;
    ModelAutosave *m_autosave = nullptr;
    UnsavedEditsPrompts m_prompts;
    bool m_awaitingLoad = false;
    bool m_enabled = true;
};

} // namespace tierlab::ui
