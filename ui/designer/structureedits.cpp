#include "structureedits.h"

#include <algorithm>

namespace tierlab::ui {

namespace {

// The model with entry `index` of one of its lists (categories, signals) relabelled; none when
// there is no such entry.
template <typename T>
std::optional<Model> relabelled(const Model &model, std::vector<T> Model::*list, int index, const QString &label)
{
    if (index < 0 || std::size_t(index) >= (model.*list).size())
        return std::nullopt;
    Model m = model;
    (m.*list)[std::size_t(index)].label = label.trimmed();
    return m;
}

} // namespace

StructureEdit StructureEdits::addCategory(const Model &model, const QString &label)
{
    if (label.trimmed().isEmpty())
        return tr("A category needs a name.");
    if (int(model.categories.size()) >= kMaxCategories)
        return tr("A model has at most %1 categories.").arg(kMaxCategories);
    Model m = model;
    Category c;
    c.id = freshId(label, QStringLiteral("category"), [&m](const QString &id) { return m.categoryIndex(id) >= 0; });
    c.label = label.trimmed();
    c.weight = 0;   // a new, empty category changes no score until it has signals and a weight
    m.categories.push_back(c);
    return StructureEdit::edit(m, tr("Add category %1").arg(c.label), QStringLiteral("c:") + c.id);
}

StructureEdit StructureEdits::renameCategory(const Model &model, int category, const QString &label)
{
    if (label.trimmed().isEmpty())
        return tr("A category needs a name.");
    const std::optional<Model> m = relabelled(model, &Model::categories, category, label);
    if (!m)
        return tr("No such category.");
    const Category &c = model.categories[std::size_t(category)];
    return StructureEdit::edit(*m, tr("Rename category %1 to %2").arg(displayName(c.label, c.id), label.trimmed()), QStringLiteral("c:") + c.id);
}

StructureEdit StructureEdits::moveCategory(const Model &model, int category, int delta)
{
    const int to = category + delta;
    if (category < 0 || to < 0 || std::size_t(category) >= model.categories.size() || std::size_t(to) >= model.categories.size())
        return {};   // already first or last: nothing to do, nothing to say
    Model m = model;
    std::swap(m.categories[std::size_t(category)], m.categories[std::size_t(to)]);
    const Category &c = m.categories[std::size_t(to)];
    return StructureEdit::edit(m, delta < 0 ? tr("Move category %1 up").arg(displayName(c.label, c.id))
                                 : tr("Move category %1 down").arg(displayName(c.label, c.id)),
                    QStringLiteral("c:") + c.id);
}

StructureEdit StructureEdits::removeCategory(const Model &model, int category)
{
    if (category < 0 || std::size_t(category) >= model.categories.size())
        return tr("No such category.");
    const Category &c = model.categories[std::size_t(category)];
    const auto members = std::count_if(model.signals.begin(), model.signals.end(),
                                       [&c](const Signal &s) { return s.category == c.id; });
    if (members > 0)
        return tr("%1 still has %n signal(s): move them to another category or remove them first.", nullptr, int(members))
            .arg(displayName(c.label, c.id));
    Model m = model;
    m.categories.erase(m.categories.begin() + category);
    return StructureEdit::edit(m, tr("Remove category %1").arg(displayName(c.label, c.id)));
}

StructureEdit StructureEdits::addSignal(const Model &model, const Signal &signal)
{
    if (signal.id.isEmpty())
        return tr("Choose the column the signal reads.");
    Model m = model;
    m.signals.push_back(signal);
    return StructureEdit::edit(m, tr("Add signal %1").arg(displayName(signal.label, signal.id)), QStringLiteral("s:") + signal.id);
}

StructureEdit StructureEdits::renameSignal(const Model &model, int signal, const QString &label)
{
    if (label.trimmed().isEmpty())
        return tr("A signal needs a name.");
    const std::optional<Model> m = relabelled(model, &Model::signals, signal, label);
    if (!m)
        return tr("No such signal.");
    const Signal &s = model.signals[std::size_t(signal)];
    return StructureEdit::edit(*m, tr("Rename signal %1 to %2").arg(displayName(s.label, s.id), label.trimmed()), QStringLiteral("s:") + s.id);
}

StructureEdit StructureEdits::moveSignal(const Model &model, int signal, int delta)
{
    if (signal < 0 || std::size_t(signal) >= model.signals.size() || delta == 0)
        return {};
    // The neighbour in the same category: the rows shown under a category are its signals in file order.
    const QString category = model.signals[std::size_t(signal)].category;
    int to = signal + (delta < 0 ? -1 : 1);
    while (to >= 0 && std::size_t(to) < model.signals.size() && model.signals[std::size_t(to)].category != category)
        to += delta < 0 ? -1 : 1;
    if (to < 0 || std::size_t(to) >= model.signals.size())
        return {};
    Model m = model;
    std::swap(m.signals[std::size_t(signal)], m.signals[std::size_t(to)]);
    const Signal &s = m.signals[std::size_t(to)];
    return StructureEdit::edit(m, delta < 0 ? tr("Move signal %1 up").arg(displayName(s.label, s.id))
                                 : tr("Move signal %1 down").arg(displayName(s.label, s.id)),
                    QStringLiteral("s:") + s.id);
}

StructureEdit StructureEdits::setSignalCategory(const Model &model, int signal, int category)
{
    if (signal < 0 || std::size_t(signal) >= model.signals.size() || category < 0
        || std::size_t(category) >= model.categories.size())
        return tr("No such signal or category.");
    Model m = model;
    Signal &s = m.signals[std::size_t(signal)];
    const Category &c = m.categories[std::size_t(category)];
    if (s.category == c.id)
        return {};
    s.category = c.id;
    return StructureEdit::edit(m, tr("Move signal %1 to %2").arg(displayName(s.label, s.id), displayName(c.label, c.id)),
                    QStringLiteral("s:") + s.id);
}

StructureEdit StructureEdits::removeSignal(const Model &model, int signal)
{
    if (signal < 0 || std::size_t(signal) >= model.signals.size())
        return tr("No such signal.");
    const Signal &s = model.signals[std::size_t(signal)];
    // A penalty or an override reads the signal's column: removing the signal would leave a
    // condition on a column the model no longer scores, which is almost never meant.
    QStringList users;
    for (const Penalty &p : model.penalties) {
        if (p.columnName() == s.columnName())
            users << tr("penalty \"%1\"").arg(displayName(p.label, p.id));
    }
    for (const Override &o : model.overrides) {
        if (o.columnName() == s.columnName())
            users << tr("override \"%1\"").arg(displayName(o.reason, o.id));
    }
    if (!users.isEmpty())
        return tr("%1 cannot be removed: %2 use(s) its column %3. Change or remove them first (Penalties and "
                  "overrides → Edit…).")
            .arg(displayName(s.label, s.id), users.join(QStringLiteral(", ")), s.columnName());
    Model m = model;
    const QString name = displayName(s.label, s.id);
    m.signals.erase(m.signals.begin() + signal);
    return StructureEdit::edit(m, tr("Remove signal %1").arg(name));
}

StructureEdit StructureEdits::addTier(const Model &model, const Tier &tier, int mostTiers)
{
    if (int(model.tiers.size()) >= mostTiers)
        return tr("A model has at most %1 tiers here.").arg(mostTiers);
    if (model.tierIndex(tier.id) >= 0)
        return tr("There is already a tier \"%1\".").arg(tier.id);
    Model m = model;
    // In order of the minimum score: tiers are listed from the worst up.
    const auto at = std::upper_bound(m.tiers.begin(), m.tiers.end(), tier.min,
                                     [](double min, const Tier &t) { return min < t.min; });
    m.tiers.insert(at, tier);
    return StructureEdit::edit(m, tr("Add tier %1").arg(displayName(tier.label, tier.id)));
}

StructureEdit StructureEdits::editTier(const Model &model, int tier, const Tier &edited)
{
    if (tier < 0 || std::size_t(tier) >= model.tiers.size())
        return tr("No such tier.");
    Model m = model;
    const QString oldId = m.tiers[std::size_t(tier)].id;
    m.tiers[std::size_t(tier)] = edited;
    if (edited.id != oldId) {
        // What names the tier by id follows it.
        for (Override &o : m.overrides) {
            if (o.capTier == oldId)
                o.capTier = edited.id;
        }
        if (m.trend && m.trend->tier == oldId)
            m.trend->tier = edited.id;
    }
    return StructureEdit::edit(m, tr("Change tier %1").arg(displayName(edited.label, edited.id)));
}

StructureEdit StructureEdits::removeTier(const Model &model, int tier, int fewestTiers)
{
    if (tier < 0 || std::size_t(tier) >= model.tiers.size())
        return tr("No such tier.");
    if (int(model.tiers.size()) <= fewestTiers)
        return tr("A model needs at least %1 tiers.").arg(fewestTiers);
    Model m = model;
    const Tier removed = m.tiers[std::size_t(tier)];
    m.tiers.erase(m.tiers.begin() + tier);
    // Its scores go to the tier below; removing the first tier, the next one starts at 0.
    if (tier == 0)
        m.tiers.front().min = 0;
    return StructureEdit::edit(m, tr("Remove tier %1").arg(displayName(removed.label, removed.id)));
}

} // namespace tierlab::ui
