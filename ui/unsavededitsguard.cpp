#include "unsavededitsguard.h"

#include "designer/modelautosave.h"
#include "engine/designersession.h"
#include "pages/designerpage.h"

#include <QLocale>
#include <QMessageBox>
#include <QPushButton>

namespace tierlab::ui {

UnsavedEditsGuard::UnsavedEditsGuard(DesignerPage *designer, QWidget *window)
    : QObject(window), m_designer(designer), m_window(window), m_prompts(dialogPrompts(window))
{
    m_autosave = new ModelAutosave(designer->session(), this);
    connect(m_autosave, &ModelAutosave::failed, this, &UnsavedEditsGuard::statusMessage);
    connect(m_designer, &DesignerPage::loaded, this, &UnsavedEditsGuard::onDesignerLoaded);
}

UnsavedEditsGuard::~UnsavedEditsGuard() = default;

UnsavedEditsPrompts UnsavedEditsGuard::dialogPrompts(QWidget *parent)
{
    UnsavedEditsPrompts p;
    p.unsavedEdits = [parent](LeaveReason reason, const QString &modelName) {
        QMessageBox box(QMessageBox::Warning, tr("Unsaved Model Edits"),
                        tr("The model “%1” has edits that are not saved as a version.").arg(modelName),
                        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, parent);
        box.setInformativeText(reason == LeaveReason::Quit
                                   ? tr("Save them as a version in the workspace before quitting?")
                                   : tr("Save them as a version in the workspace before opening another workspace?"));
        box.button(QMessageBox::Save)->setText(tr("&Save Version…"));
        box.setDefaultButton(QMessageBox::Save);
        box.setEscapeButton(QMessageBox::Cancel);
        switch (box.exec()) {
        case QMessageBox::Save:
            return UnsavedChoice::Save;
        case QMessageBox::Discard:
            return UnsavedChoice::Discard;
        default:
            return UnsavedChoice::Cancel;
        }
    };
    p.versionText = [parent](const QString &suggestion) -> std::optional<VersionText> {
        SaveVersionDialog dialog(suggestion, parent);
        dialog.setIntro(tr("The model's edits are saved as a version in the workspace."));
        return dialog.exec() == QDialog::Accepted ? std::optional<VersionText>(dialog.text()) : std::nullopt;
    };
    p.restoreAutosave = [parent](const QDateTime &savedAt) {
        QMessageBox box(QMessageBox::Question, tr("Restore Unsaved Edits"),
                        tr("Restore unsaved model edits from %1?")
                            .arg(QLocale().toString(savedAt.toLocalTime(), QLocale::ShortFormat)),
                        QMessageBox::Yes | QMessageBox::No, parent);
        box.setInformativeText(tr("Tierlab did not close normally while the designer's model had unsaved edits. "
                                  "Restoring them is one step you can undo; No deletes them."));
        box.setDefaultButton(QMessageBox::Yes);
        return box.exec() == QMessageBox::Yes;
    };
    p.warning = [parent](const QString &title, const QString &message) { QMessageBox::warning(parent, title, message); };
    return p;
}

void UnsavedEditsGuard::setPrompts(UnsavedEditsPrompts prompts)
{
    const UnsavedEditsPrompts dialogs = dialogPrompts(m_window);
    m_prompts.unsavedEdits = prompts.unsavedEdits ? std::move(prompts.unsavedEdits) : dialogs.unsavedEdits;
    m_prompts.versionText = prompts.versionText ? std::move(prompts.versionText) : dialogs.versionText;
    m_prompts.restoreAutosave = prompts.restoreAutosave ? std::move(prompts.restoreAutosave) : dialogs.restoreAutosave;
    m_prompts.warning = prompts.warning ? std::move(prompts.warning) : dialogs.warning;
}

bool UnsavedEditsGuard::confirm(LeaveReason reason)
{
    if (!m_designer->isDirty())
        return true;
    switch (m_prompts.unsavedEdits(reason, m_designer->modelName())) {
    case UnsavedChoice::Cancel:
        return false;
    case UnsavedChoice::Discard:
        m_autosave->discard();
        return true;
    case UnsavedChoice::Save:
        break;
    }
    const std::optional<VersionText> text = m_prompts.versionText(m_designer->session()->model().name);
    if (!text)
        return false;
    if (auto saved = m_designer->saveVersion(text->name, text->note); !saved) {
        m_prompts.warning(tr("Save Version"), saved.error().message);
        return false;
    }
    return true;
}

void UnsavedEditsGuard::workspaceChanging()
{
    m_autosave->stop();
    m_awaitingLoad = m_enabled;
}

void UnsavedEditsGuard::closing()
{
    m_autosave->discard();
    m_autosave->stop();
}

void UnsavedEditsGuard::setAutosaveEnabled(bool enabled)
{
    m_enabled = enabled;
    if (!enabled) {
        m_autosave->stop();
        m_awaitingLoad = false;
    }
}

void UnsavedEditsGuard::onDesignerLoaded()
{
    // Only the first load after a workspace switch; an as-of change keeps the model.
    if (!m_awaitingLoad)
        return;
    m_awaitingLoad = false;
    const QString workspace = m_designer->workspacePath();
    if (workspace.isEmpty())
        return;
    offerAutosave(workspace);
    m_autosave->start(workspace);
}

void UnsavedEditsGuard::offerAutosave(const QString &workspace)
{
    auto pending = ModelAutosave::read(workspace);
    if (!pending) {
        Q_EMIT statusMessage(pending.error().message);
        ModelAutosave::remove(workspace);
        return;
    }
    if (!pending->has_value() || !m_designer->session()->hasData())
        return;   // nothing to offer, or a workspace the designer could not read: keep it for later
    const ModelAutosave::Pending &autosaved = **pending;
    if (autosaved.model == m_designer->session()->model()) {
        ModelAutosave::remove(workspace);
        return;
    }
    const bool restore = m_prompts.restoreAutosave(autosaved.savedAt);
    bool restored = false;
    if (restore) {
        if (auto ok = m_designer->restoreUnsavedModel(autosaved.model); ok)
            restored = true;
        else
            m_prompts.warning(tr("Restore Unsaved Edits"), ok.error().message);
    }
    if (!restored)
        ModelAutosave::remove(workspace);
    Q_EMIT autosaveOffered(restored);
}

} // namespace tierlab::ui
