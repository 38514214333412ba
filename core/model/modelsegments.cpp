#include "modelsegments.h"

#include <QCoreApplication>

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
    if (!v.tiers.empty())
        m.tiers = v.tiers;
    return m;
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
