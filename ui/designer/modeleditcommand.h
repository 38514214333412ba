#pragma once

#include "charts/plotheader.h"

#include "model/model.h"

#include <QElapsedTimer>
#include <QUndoCommand>

namespace tierlab {
class DesignerSession;
}

namespace tierlab::ui {

// One undoable designer edit, stored as the whole model before and after: undo and redo go
// through DesignerSession::applyModel, which re-applies only what differs. The edit has already
// been applied when the command is pushed (a drag applies it live), so the first redo is skipped.
// Keyboard steps on the same control within a second merge into one step; drags never merge.
class ModelEditCommand : public QUndoCommand
{
public:
    static constexpr int kNoMerge = -1;

    ModelEditCommand(DesignerSession *session, Model before, Model after, const QString &text,
                     int mergeKey = kNoMerge);

    void undo() override;
    void redo() override;
    int id() const override { return m_mergeKey; }
    bool mergeWith(const QUndoCommand *other) override;

    const Model &before() const { return m_before; }
    const Model &after() const { return m_after; }

private:
    DesignerSession *m_session;
    Model m_before;
    Model m_after;
    int m_mergeKey;
    bool m_applied = true;
    QElapsedTimer m_age;
};

} // namespace tierlab::ui
