#include "designeredits.h"

#include "designer/modeleditcommand.h"
#include "designer/weightspanel.h"
#include "engine/designersession.h"
#include "model/modelsegments.h"

#include <QUndoStack>

#include <algorithm>

namespace tierlab::ui {

namespace {
// Merge keys for keyboard steps: one range per kind of control.
constexpr int kCategoryKey = 1000;
constexpr int kSignalKey = 2000;

QString nameOf(const QString &label, const QString &id)
{
    return label.isEmpty() ? id : label;
}
} // namespace

DesignerEdits::DesignerEdits(DesignerSession *session, QUndoStack *undo, QObject *parent)
    : QObject(parent), m_session(session), m_undo(undo)
{
}

void DesignerEdits::setVariant(int variant)
{
    m_variant = variant >= 0 && std::size_t(variant) < m_session->model().segments.variants.size() ? variant : -1;
}

Model DesignerEdits::shown() const
{
    const Model &model = m_session->model();
    if (m_variant < 0 || std::size_t(m_variant) >= model.segments.variants.size())
        return model;
    return ModelSegments::variantModel(model, std::size_t(m_variant));
}

Result<void> DesignerEdits::applyShown(const Model &edited)
{
    if (m_variant < 0)
        return m_session->applyModel(edited);
    return m_session->applyModel(ModelSegments::storeVariant(m_session->model(), std::size_t(m_variant), edited));
}

QString DesignerEdits::inVariant(const QString &text) const
{
    if (m_variant < 0)
        return text;
    const SegmentVariant &v = m_session->model().segments.variants[std::size_t(m_variant)];
    //: %1 is an edit ("Change weight of Support"), %2 a segment variant's name
    return tr("%1 in %2").arg(text, nameOf(v.label, v.id));
}

Result<void> DesignerEdits::applyEdit(const Model &model, const QString &text)
{
    const Model before = m_session->model();
    if (auto ok = m_session->applyModel(model); !ok)
        return ok;
    commit(before, text, ModelEditCommand::kNoMerge);
    return {};
}

void DesignerEdits::commit(const Model &before, const QString &text, int mergeKey)
{
    if (before == m_session->model())
        return;
    m_undo->push(new ModelEditCommand(m_session, before, m_session->model(), text, mergeKey));
}

void DesignerEdits::dragStarted()
{
    m_dragging = true;
    m_dragStart = m_session->model();
}

void DesignerEdits::dragFinished(const QString &text)
{
    if (!m_dragging)
        return;
    m_dragging = false;
    // One drag is one undo step, however many values it went through.
    commit(m_dragStart, inVariant(text), ModelEditCommand::kNoMerge);
}

Result<void> DesignerEdits::setCategoryWeight(int category, double weight, const std::vector<bool> &locked, bool dragging)
{
    const Model before = dragging ? Model() : m_session->model();
    Model m = shown();
    if (category < 0 || std::size_t(category) >= m.categories.size())
        return fail(tr("No category %1 in the model").arg(category), Error::Code::Invalid);
    Result<void> ok;
    if (std::find(locked.begin(), locked.end(), true) != locked.end()) {
        std::vector<double> weights;
        for (const Category &c : m.categories)
            weights.push_back(c.weight);
        weights = DesignerSession::rebalanced(weights, locked, category, weight);
        for (std::size_t c = 0; c < weights.size(); ++c)
            m.categories[c].weight = weights[c];
        ok = applyShown(m);
    } else if (m_variant < 0) {
        ok = m_session->setCategoryWeight(category, weight);
    } else {
        m.categories[std::size_t(category)].weight = weight;
        ok = applyShown(m);
    }
    if (!dragging) {
        const Category &c = m.categories[std::size_t(category)];
        commit(before, inVariant(tr("Change weight of %1").arg(nameOf(c.label, c.id))), mergeKey(kCategoryKey, category));
    }
    return ok;
}

Result<void> DesignerEdits::setSignalWeight(int signal, double weight, bool dragging)
{
    const Model before = dragging ? Model() : m_session->model();
    Model m = shown();
    if (signal < 0 || std::size_t(signal) >= m.signals.size())
        return fail(tr("No signal %1 in the model").arg(signal), Error::Code::Invalid);
    Result<void> ok;
    if (m_variant < 0) {
        ok = m_session->setSignalWeight(signal, weight);
    } else {
        m.signals[std::size_t(signal)].weight = weight;
        ok = applyShown(m);
    }
    if (!dragging) {
        const Signal &s = m.signals[std::size_t(signal)];
        commit(before, inVariant(tr("Change weight of %1").arg(nameOf(s.label, s.id))), mergeKey(kSignalKey, signal));
    }
    return ok;
}

Result<void> DesignerEdits::setSignalRule(int signal, const SignalRule &rule, MissingPolicy missing)
{
    const Model before = m_session->model();
    Model m = shown();
    if (signal < 0 || std::size_t(signal) >= m.signals.size())
        return fail(tr("No signal %1 in the model").arg(signal), Error::Code::Invalid);
    Signal &s = m.signals[std::size_t(signal)];
    s.rule = rule;
    s.missing = missing;
    Result<void> ok = m_variant < 0 ? m_session->setSignalRule(signal, rule, missing) : applyShown(m);
    if (!ok)
        return ok;
    commit(before, inVariant(tr("Change rule of %1").arg(nameOf(s.label, s.id))), ModelEditCommand::kNoMerge);
    return {};
}

Result<void> DesignerEdits::setTierMin(int tier, double min)
{
    if (m_variant < 0)
        return m_session->setTierMin(tier, min);
    Model m = shown();
    if (tier <= 0 || std::size_t(tier) >= m.tiers.size())
        return fail(tr("Tier %1 has no movable threshold").arg(tier + 1), Error::Code::Invalid);
    m.tiers[std::size_t(tier)].min = min;
    return applyShown(m);
}

Result<void> DesignerEdits::normalise(const std::vector<bool> &locked)
{
    const Model before = m_session->model();
    Model m = shown();
    std::vector<double> weights;
    for (const Category &c : m.categories)
        weights.push_back(c.weight);
    weights = DesignerSession::normalised(weights, locked);
    for (std::size_t c = 0; c < weights.size(); ++c)
        m.categories[c].weight = weights[c];
    if (auto ok = applyShown(m); !ok)
        return ok;
    commit(before, inVariant(tr("Normalise weights to 100")), ModelEditCommand::kNoMerge);
    return {};
}

Result<void> DesignerEdits::resetToBase(int kind, int index)
{
    const Model &model = m_session->model();
    if (m_variant < 0)
        return {};
    const std::size_t v = std::size_t(m_variant);
    Model m;
    QString what;
    if (kind == WeightsPanel::ResetCategory && index >= 0 && std::size_t(index) < model.categories.size()) {
        const Category &c = model.categories[std::size_t(index)];
        m = ModelSegments::resetCategory(model, v, c.id);
        what = nameOf(c.label, c.id);
    } else if (kind == WeightsPanel::ResetSignal && index >= 0 && std::size_t(index) < model.signals.size()) {
        const Signal &s = model.signals[std::size_t(index)];
        m = ModelSegments::resetSignal(model, v, s.id);
        what = nameOf(s.label, s.id);
    } else if (kind == WeightsPanel::ResetTiers) {
        m = ModelSegments::resetTiers(model, v);
        what = tr("the tier edges");
    } else {
        return {};
    }
    return applyEdit(m, inVariant(tr("Use the base model's %1").arg(what)));
}

Result<void> DesignerEdits::addVariant(const QString &by, const SegmentVariant &variant)
{
    return applyEdit(ModelSegments::withVariant(m_session->model(), by, variant),
                     tr("Add segment variant %1").arg(nameOf(variant.label, variant.id)));
}

Result<void> DesignerEdits::removeVariant(int variant)
{
    const Model &model = m_session->model();
    if (variant < 0 || std::size_t(variant) >= model.segments.variants.size())
        return {};
    const SegmentVariant &v = model.segments.variants[std::size_t(variant)];
    const QString text = tr("Remove segment variant %1").arg(nameOf(v.label, v.id));
    return applyEdit(ModelSegments::withoutVariant(model, std::size_t(variant)), text);
}

} // namespace tierlab::ui
