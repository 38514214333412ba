// SPDX-License-Identifier: GPL-3.0-or-later
// The snapshot decoder: one stored blob (SnapshotCodec, as a workspace holds it) decoded by
// SnapshotDecoder into a Dataset, twice (the second row finds its category values in the
// dictionaries), against a catalogue with gaps in its indexes and every attribute role. What it
// decoded must be consistent: every category code names a dictionary entry.
#include "fuzzsupport.h"

#include "store/snapshotdecoder.h"

#include <QDate>

#include <limits>
#include <vector>

using namespace tierlab;

namespace {

std::vector<SignalInfo> catalogue()
{
    std::vector<SignalInfo> c;
    auto add = [&](int index, SignalType type, AttributeRole role) {
        SignalInfo s;
        s.index = index;
        s.id = QStringLiteral("s%1").arg(index);
        s.type = type;
        s.role = role;
        c.push_back(s);
    };
    add(0, SignalType::Number, AttributeRole::None);
    add(1, SignalType::Category, AttributeRole::None);
    add(2, SignalType::Flag, AttributeRole::None);
    add(3, SignalType::Number, AttributeRole::Arr);
    add(4, SignalType::Number, AttributeRole::RenewalDate);
    add(5, SignalType::Category, AttributeRole::Csm);
    add(7, SignalType::Category, AttributeRole::Segment);
    add(8, SignalType::Category, AttributeRole::Name);
    add(300, SignalType::Category, AttributeRole::None);   // indexes need not be dense
    return c;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    fuzz::quietQt();
    if (size > std::size_t(std::numeric_limits<int>::max()))
        return 0;
    static const std::vector<SignalInfo> columns = catalogue();
    SnapshotDecoder decoder(columns);
    Dataset ds;
    constexpr std::size_t kRows = 2;
    decoder.start(ds, QDate(2024, 1, 1), kRows);
    for (std::size_t row = 0; row < kRows; ++row)
        (void)decoder.append(ds, QStringLiteral("acc-%1").arg(row), QString(), QStringLiteral("csm"), QString(),
                             1000.0, 19000, data, int(size));
    for (const Column &c : ds.columns) {
        if (c.info.type != SignalType::Category)
            continue;
        for (std::int32_t code : c.codes)
            if (code != kMissingCode && (code < 0 || std::size_t(code) >= c.dictionary.size()))
                std::abort();
    }
    for (std::int32_t code : ds.csm)
        if (code != kMissingCode && (code < 0 || std::size_t(code) >= ds.csmNames.size()))
            std::abort();
    for (std::int32_t code : ds.segment)
        if (code != kMissingCode && (code < 0 || std::size_t(code) >= ds.segmentNames.size()))
            std::abort();
    return 0;
}
