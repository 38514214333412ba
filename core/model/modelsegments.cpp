#include "modelsegments.h"

#include <QCoreApplication>

#include <algorithm>

namespace tierlab::ModelSegments {

Model variantModel(const Model &model, std::size_t variant)
{
    Model m = model;
    m.segments = Segments();
    const SegmentVariant &v = model.segments.variants[variant];
    for (const auto &[category, weight] : v.categoryWeights) {
        const int c = m.categoryIndex(category);
        if (c >= 0)
            m.categories[std::size_t(c)].weight = weight;
    }
    for (const SignalVariant &sv : v.signals) {
        const int s = m.signalIndex(sv.signal);
        if (s < 0)
            continue;
        Signal &sig = m.signals[std::size_t(s)];
        if (sv.weight)
            sig.weight = *sv.weight;
        if (sv.rule)
            sig.rule = *sv.rule;
        if (sv.missing)
            sig.missing = *sv.missing;
    }
    // A variant moves the edges only: the base's labels and colours stay (the validator has checked
    // that the variant lists the same tiers in the same order).
    for (std::size_t t = 0; t < v.tiers.size() && t < m.tiers.size(); ++t)
        m.tiers[t].min = v.tiers[t].min;
    return m;
}

namespace {

SignalVariant *signalEntry(SegmentVariant &v, const QString &id)
{
    const auto it = std::find_if(v.signals.begin(), v.signals.end(), [&id](const SignalVariant &s) { return s.signal == id; });
    if (it != v.signals.end())
        return &*it;
    SignalVariant s;
    s.signal = id;
    v.signals.push_back(s);
    return &v.signals.back();
}

} // namespace

Model storeVariant(const Model &model, std::size_t variant, const Model &edited)
{
    if (variant >= model.segments.variants.size())
        return model;
    const Model shown = variantModel(model, variant);
    if (edited.categories.size() != shown.categories.size() || edited.signals.size() != shown.signals.size()
        || edited.tiers.size() != shown.tiers.size())
        return model;   // not an edit of this variant's values
    Model m = model;
    SegmentVariant &v = m.segments.variants[variant];
    for (std::size_t c = 0; c < shown.categories.size(); ++c) {
        const double weight = edited.categories[c].weight;
        if (weight == shown.categories[c].weight)
            continue;
        const QString &id = shown.categories[c].id;
        const auto it = std::find_if(v.categoryWeights.begin(), v.categoryWeights.end(),
                                     [&id](const auto &entry) { return entry.first == id; });
        if (it != v.categoryWeights.end())
            it->second = weight;
        else
            v.categoryWeights.emplace_back(id, weight);
    }
    for (std::size_t s = 0; s < shown.signals.size(); ++s) {
        const Signal &was = shown.signals[s];
        const Signal &now = edited.signals[s];
        if (now.weight != was.weight)
            signalEntry(v, was.id)->weight = now.weight;
        if (!(now.rule == was.rule))
            signalEntry(v, was.id)->rule = now.rule;
        if (now.missing != was.missing)
            signalEntry(v, was.id)->missing = now.missing;
    }
    bool tiersMoved = false;
    for (std::size_t t = 0; t < shown.tiers.size(); ++t)
        tiersMoved = tiersMoved || edited.tiers[t].min != shown.tiers[t].min;
    if (tiersMoved) {
        v.tiers.clear();
        for (const Tier &t : edited.tiers) {
            Tier own;   // a variant's tier is its id and min: the rest is the base's
            own.id = t.id;
            own.min = t.min;
            v.tiers.push_back(own);
        }
    }
    return m;
}

bool overridesCategory(const SegmentVariant &variant, const QString &categoryId)
{
    return std::any_of(variant.categoryWeights.begin(), variant.categoryWeights.end(),
                       [&categoryId](const auto &entry) { return entry.first == categoryId; });
}

bool overridesSignal(const SegmentVariant &variant, const QString &signalId)
{
    return std::any_of(variant.signals.begin(), variant.signals.end(), [&signalId](const SignalVariant &s) {
        return s.signal == signalId && (s.weight || s.rule || s.missing);
    });
}

Model resetCategory(const Model &model, std::size_t variant, const QString &categoryId)
{
    Model m = model;
    if (variant >= m.segments.variants.size())
        return m;
    auto &weights = m.segments.variants[variant].categoryWeights;
    std::erase_if(weights, [&categoryId](const auto &entry) { return entry.first == categoryId; });
    return m;
}

Model resetSignal(const Model &model, std::size_t variant, const QString &signalId)
{
    Model m = model;
    if (variant >= m.segments.variants.size())
        return m;
    auto &signals = m.segments.variants[variant].signals;
    std::erase_if(signals, [&signalId](const SignalVariant &s) { return s.signal == signalId; });
    return m;
}

Model resetTiers(const Model &model, std::size_t variant)
{
    Model m = model;
    if (variant < m.segments.variants.size())
        m.segments.variants[variant].tiers.clear();
    return m;
}

Model withVariant(const Model &model, const QString &by, const SegmentVariant &variant)
{
    Model m = model;
    if (m.segments.variants.empty())
        m.segments.by = by;
    m.segments.variants.push_back(variant);
    m.version = std::max(m.version, 2);
    return m;
}

Model withoutVariant(const Model &model, std::size_t variant)
{
    Model m = model;
    if (variant >= m.segments.variants.size())
        return m;
    m.segments.variants.erase(m.segments.variants.begin() + std::ptrdiff_t(variant));
    // No variant left: no segments at all (an empty list is not a valid segments member).
    if (m.segments.variants.empty())
        m.segments = Segments();
    return m;
}

std::vector<std::int64_t> rowsPerVariant(const std::vector<std::uint8_t> &variantOfRows, std::size_t variants)
{
    std::vector<std::int64_t> counts(variants + 1, 0);
    for (const std::uint8_t v : variantOfRows) {
        if (v < counts.size())
            ++counts[v];
    }
    return counts;
}

std::uint8_t variantOfValue(const Model &model, const QString &value)
{
    const QString key = value.trimmed();
    const auto &variants = model.segments.variants;
    for (std::size_t v = 0; v < variants.size(); ++v) {
        for (const QString &listed : variants[v].when) {
            if (listed.trimmed() == key)
                return std::uint8_t(v + 1);
        }
    }
    return 0;
}

Result<std::vector<std::uint8_t>> variantOfRows(const Model &model, const Dataset &data)
{
    std::vector<std::uint8_t> out(data.size(), 0);
    if (model.segments.variants.empty())
        return out;
    // One look-up per distinct value, then one per row.
    auto byCodes = [&](const std::vector<std::int32_t> &codes, const std::vector<QString> &names) {
        std::vector<std::uint8_t> lut(names.size());
        for (std::size_t i = 0; i < names.size(); ++i)
            lut[i] = variantOfValue(model, names[i]);
        for (std::size_t r = 0; r < codes.size() && r < out.size(); ++r) {
            const std::int32_t code = codes[r];
            out[r] = code >= 0 && std::size_t(code) < lut.size() ? lut[std::size_t(code)] : 0;
        }
    };
    const QString &by = model.segments.by;
    if (by == u"segment") {
        byCodes(data.segment, data.segmentNames);
    } else if (by == u"csm") {
        byCodes(data.csm, data.csmNames);
    } else {
        const int index = data.columnIndex(by);
        if (index < 0 || data.columns[std::size_t(index)].info.type != SignalType::Category)
            return fail(QCoreApplication::translate("ModelSegments", "segments.by: \"%1\" is neither an account attribute "
                                                                     "(segment, csm) nor a category column of the workspace")
                            .arg(by),
                        Error::Code::Invalid);
        const Column &col = data.columns[std::size_t(index)];
        byCodes(col.codes, col.dictionary);
    }
    return out;
}

} // namespace tierlab::ModelSegments
