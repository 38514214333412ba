#pragma once

#include "common/error.h"
#include "model/model.h"

#include <QComboBox>

#include <functional>

namespace tierlab {
class WorkspaceSession;
}

namespace tierlab::ui {

// The one model chooser of every page: the designer's current model (unsaved edits included), the
// published version, the saved versions (newest first), the built-in seeds, model files, and "Model
// file…". It follows the workspace session, so a version saved or published anywhere shows at once.
// Until the user picks something else it stays on the default: the published version, else the
// newest saved one, else the designer's model when offered, else the default seed.
class ModelChooser : public QComboBox
{
    Q_OBJECT

public:
    explicit ModelChooser(WorkspaceSession *session, QWidget *parent = nullptr);

    // Offers "Current model (designer)"; `current` gives that model whenever it is asked for.
    void setDesignerModel(std::function<Model()> current);
    // The designer loaded a model or opened a model file (not each edit): a chooser on its default takes
    // it up when the designer's model is the default, so pages run again once, not on every slider move.
    void designerModelReplaced();

    bool hasModel() const { return m_hasModel; }
    // The chosen model; the designer's is read anew on every call.
    Model model() const;
    // The chosen entry's text ("Seed default (built in)", "Tweaked (saved 2026-12-06 15:10)", …).
    QString label() const { return m_label; }
    // "published", "version:<id>", "seed:<path>", "file:<path>" or "designer".
    QString currentKey() const { return m_key; }
    // Reads a model file (an exported file's SHA-256 is checked), adds it and chooses it.
    Result<void> chooseFile(const QString &path);
    // Chooses the entry with `key`; false when there is none or its model cannot be read.
    bool chooseKey(const QString &key);
    // Back to the default: published, else the newest saved version, else the designer's, else the default seed.
    void chooseDefault();

Q_SIGNALS:
    // model() changed: the user chose, a file was opened, or the default moved (published, new workspace).
    void modelChosen();
    void failed(const QString &message);

private:
    void rebuild();
    void onActivated(int index);
    Result<Model> resolve(const QString &key) const;
    QString defaultKey() const;

    WorkspaceSession *m_session = nullptr;
    std::function<Model()> m_designer;
    QStringList m_files;         // model files opened here, in order
    QString m_key;
    QString m_label;
    Model m_model;
    bool m_hasModel = false;
    bool m_followDefault = true;   // until the user picks another entry
};

} // namespace tierlab::ui
