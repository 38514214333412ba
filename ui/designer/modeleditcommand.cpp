#include "modeleditcommand.h"

#include "engine/designersession.h"

namespace tierlab::ui {

namespace {
constexpr qint64 kMergeWindowMs = 1000;
} // namespace

ModelEditCommand::ModelEditCommand(DesignerSession *session, Model before, Model after, const QString &text, int mergeKey)
    : QUndoCommand(text), m_session(session), m_before(std::move(before)), m_after(std::move(after)), m_mergeKey(mergeKey)
{
    m_age.start();
}

void ModelEditCommand::undo()
{
    (void)m_session->applyModel(m_before);
}

void ModelEditCommand::redo()
{
    if (m_applied) {
        m_applied = false;
        return;
    }
    (void)m_session->applyModel(m_after);
}

bool ModelEditCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const ModelEditCommand *>(other);
    if (m_mergeKey == kNoMerge || next->m_mergeKey != m_mergeKey || m_age.elapsed() > kMergeWindowMs)
        return false;
    m_after = next->m_after;
    m_age.restart();
    setObsolete(m_before == m_after);
    return true;
}

} // namespace tierlab::ui
