#pragma once

#include "common/error.h"
#include "model/model.h"

#include <QObject>

#include <vector>

class QUndoStack;

namespace tierlab {
class DesignerSession;
}

namespace tierlab::ui {

// The designer's edits as undo steps (ModelEditCommand on the page's QUndoStack), on the model the
// weights panel shows: the base model, or one segment variant's model (ModelSegments::variantModel).
// An edit of a variant's model is written back into the variant (ModelSegments::storeVariant): a
// member it changes becomes the variant's own, the rest stays inherited. A slider drag is applied
// live and becomes one step when it ends; keyboard steps on one control merge within a second.
class DesignerEdits : public QObject
{
    Q_OBJECT

public:
    DesignerEdits(DesignerSession *session, QUndoStack *undo, QObject *parent = nullptr);

    // The variant edited (an index into the model's segments.variants), or -1 for the base model.
    void setVariant(int variant);
    int variant() const { return m_variant; }
    // The model the weights panel shows and edits.
    Model shown() const;
    // `edited` (shown() after a change) applied live, without an undo step.
    Result<void> applyShown(const Model &edited);
    // `model` (the whole model) as one undo step named `text`; nothing changes when it does not fit.
    Result<void> applyEdit(const Model &model, const QString &text);
    // One undo step from `before` to the session's model (none when they are equal).
    void commit(const Model &before, const QString &text, int mergeKey);

    void dragStarted();
    void dragFinished(const QString &text);
    bool isDragging() const { return m_dragging; }

    // `locked` per category: with any locked, the other unlocked weights rebalance around the edit.
    Result<void> setCategoryWeight(int category, double weight, const std::vector<bool> &locked, bool dragging);
    Result<void> setSignalWeight(int signal, double weight, bool dragging);
    Result<void> setSignalRule(int signal, const SignalRule &rule, MissingPolicy missing);
    // Live (a drag of a threshold line); the page commits when the drag ends.
    Result<void> setTierMin(int tier, double min);
    Result<void> normalise(const std::vector<bool> &locked);
    // ↺ in the weights panel (WeightsPanel::ResetKind): the variant inherits that member again.
    Result<void> resetToBase(int kind, int index);
    Result<void> addVariant(const QString &by, const SegmentVariant &variant);
    Result<void> removeVariant(int variant);

private:
    // Keyboard steps on one control merge; each variant has keys of its own.
    int mergeKey(int base, int index) const { return base + index + 10000 * (m_variant + 1); }
    QString inVariant(const QString &text) const;

    DesignerSession *m_session;
    QUndoStack *m_undo;
    int m_variant = -1;
    bool m_dragging = false;
    Model m_dragStart;
};

} // namespace tierlab::ui
